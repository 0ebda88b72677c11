"""`ask`: answers that filled the wrong slot, now given right or held back as "not stated".

A change of grade asked "from which rating to which" is the area's last change on record; a plan the
record dates only by its own length ("within three months") is answered with that length; "when was
the report that judged X inadequate published" dates the publishing, not the inspection; "what did X
say to do with the scrutiny" is the verb done to it; an answer naming only what the question's own
modifier names ("changes at the top of the authority": "the council") names nothing; a reason is kept
and only its closing time phrase ("before the statutory one") let go; and a two-part question ("were
there X, and what did inspectors say of them?") is never answered a bare "yes". Checked on Northstead's
made-up record (`test_ask.py`) with a few items added here, the publication on the shipped record;
every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord, ask_shipped, cite, northstead, northstead_index, quotes, shipped_record
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import DateBasis, DetailFact, Event, StatementFact

EXTRA_EVENTS = (
    Event(
        id="panel-review-visit",
        date="2021-09/2021-12",
        kind="review",
        status="planned",
        title="The improvement panel returns for a review within three months",
        citations=cite(601, "the improvement panel would return for a review within three months"),
        approximate=True,
        date_basis=DateBasis(
            reason="'within three months' of the September meeting",
            wording="within three months",
            relative_to="2021-09",
        ),
    ),
)
EXTRA_FACTS = (
    StatementFact(
        id="statement-reed-welcome-scrutiny",
        text="Tom Reed said the council would welcome the scrutiny the panel had promised.",
        speaker="Tom Reed",
        citations=cite(
            603, "Tom Reed said the council would \u201cwelcome the scrutiny\u201d the panel had promised"
        ),
    ),
    DetailFact(
        id="detail-inspectors-noted-changes",
        text="Inspectors noted changes at the top of the council.",
        citations=cite(604, "inspectors noted changes at the top of the council"),
    ),
    DetailFact(
        id="detail-interim-panel",
        text="An interim Recovery Panel was set up to address the findings.",
        citations=cite(
            606, "an interim Recovery Panel, chaired by an outside expert, was set up to address the findings"
        ),
    ),
    DetailFact(
        id="detail-recovery-panel",
        text="The council will create a Recovery Panel.",
        citations=cite(607, "the council will create a Recovery Panel"),
    ),
    DetailFact(
        id="detail-mentoring-scheme",
        text="Social workers have access to a mentoring scheme.",
        citations=cite(605, "social workers have access to a mentoring scheme"),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=EXTRA_EVENTS, facts=EXTRA_FACTS)


@pytest.fixture(scope="module")
def shipped() -> ShippedRecord:
    return shipped_record()


def ask(question: str, index: ClaimIndex) -> str | None:
    return answer_question(question, index, northstead().conflicts).answer


@pytest.mark.parametrize(
    "question",
    [
        "Overall, the council slipped from which rating to which rating?",
        "The council fell from which judgement to which judgement overall?",
    ],
)
def test_from_which_to_which_is_the_last_change_on_record(index: ClaimIndex, question: str) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered"
    assert str(answer.answer).startswith("from good to inadequate")
    assert {e.id for e in answer.evidence} == {"rating-2017-overall", "rating-2021-overall"}


def test_a_plan_dated_only_by_its_length_is_answered_with_it(index: ClaimIndex) -> None:
    answer = answer_question("When was the improvement panel expected to come back for its review?", index)
    assert answer.status == "answered"
    assert str(answer.answer).startswith("within three months")
    assert [e.id for e in answer.evidence] == ["panel-review-visit"]


def test_a_participle_closing_a_dated_question_is_what_is_dated(shipped: ShippedRecord) -> None:
    question = "When was the inspection report that found Trafford's services inadequate published?"
    answer = ask_shipped(question, shipped)
    assert answer.answer == "8 May 2019"
    assert "published" in quotes(answer)


def test_what_is_done_with_a_thing_is_the_verb_before_it(index: ClaimIndex) -> None:
    said = ask("What did Tom Reed say the council should do with the panel's scrutiny?", index)
    assert said == "welcome the scrutiny"


def test_an_answer_naming_only_the_question_s_modifier_is_not_stated(index: ClaimIndex) -> None:
    answer = answer_question("What changes at the top of the authority did inspectors note?", index)
    assert answer.status == "not_stated"
    assert answer.answer is None


def test_a_two_part_question_is_never_answered_a_bare_yes(index: ClaimIndex) -> None:
    question = "Were there mentoring schemes for social workers, and what were they like?"
    answer = answer_question(question, index)
    assert answer.answer != "yes"


def test_a_reason_is_kept_and_only_its_closing_time_phrase_let_go(index: ClaimIndex) -> None:
    question = "Which panel had the council set up to address the findings before the statutory one?"
    answer = answer_question(question, index)
    assert answer.answer == "Recovery Panel"
    assert [e.id for e in answer.evidence] == ["detail-interim-panel"]
