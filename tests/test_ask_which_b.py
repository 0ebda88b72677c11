"""`ask`: short answers where the closest item is right: a body that only frames the question as the
one whose act the item is part of (the record's `required_by`, the item's event); the part asked for
by "which part of X" as the subject of the verb; the place asked for by "where" as the phrase after
the quote's preposition.

Checked on Northstead's made-up record (`test_ask.py`) with a few items added here; every question is
worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead, northstead_index, rating
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import CommitmentFact, Event, FindingFact

EXTRA_EVENTS = (
    Event(
        id="recovery-order-issued",
        date="2022-03-01",
        kind="intervention",
        status="occurred",
        title="The Department for Education issues a recovery order to Northstead",
        citations=cite(501, "The Department for Education issued a recovery order to Northstead"),
    ),
)

EXTRA_FACTS = (
    CommitmentFact(
        id="commitment-recovery-panel-chair",
        by="the council",
        required_by="Department for Education (recovery order)",
        event="recovery-order-issued",
        text="The recovery order tells Northstead to form an improvement board with an external chair.",
        citations=cite(502, "Northstead must form an improvement board with an external chair"),
    ),
    FindingFact(
        id="finding-fostering-hub-works-with-police",
        polarity="strength",
        text="The fostering hub works closely with the police to find missing children.",
        citations=cite(503, "The fostering hub works closely with the police to find missing children"),
    ),
    FindingFact(
        id="finding-urgent-respite-outreach",
        polarity="strength",
        text="Families who need urgent respite are referred to a specialist outreach service.",
        citations=cite(504, "Families who need urgent respite are referred to a specialist outreach service"),
    ),
    rating(2016, "care_leavers", "good", 505),
    rating(2022, "care_leavers", "inadequate", 506),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=EXTRA_EVENTS, facts=EXTRA_FACTS)


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, northstead().conflicts)


def test_the_body_that_imposed_a_commitment_only_frames_who_is_to_chair(index: ClaimIndex) -> None:
    """The commitment's own words name no department; the record says the department imposed it."""
    answer = ask("Who was to chair the improvement board the government required?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "an external chair"
    assert [e.id for e in answer.evidence] == ["commitment-recovery-panel-chair"]
    # a body the item never involves is no frame
    assert ask("Who was to chair the improvement board the police required?", index).answer is None


def test_which_part_of_a_whole_asks_for_the_subject_the_quote_names(index: ClaimIndex) -> None:
    """No quote says "part": the part is the subject of the verb the question asks about."""
    answer = ask("Which part of the service works closely with the police to find missing children?", index)
    assert (answer.status, answer.answer) == ("answered", "The fostering hub"), answer
    assert [e.id for e in answer.evidence] == ["finding-fostering-hub-works-with-police"]


def test_what_was_said_to_do_a_thing_is_the_subject_of_that_verb(index: ClaimIndex) -> None:
    answer = ask("What was found to work closely with the police to find missing children?", index)
    assert (answer.status, answer.answer) == ("answered", "The fostering hub"), answer
    part = ask("Which aspect of the service was reported to work closely with the police?", index)
    assert part.answer == "The fostering hub", part


def test_who_said_so_before_the_verb_only_frames_the_subject_asked_for(index: ClaimIndex) -> None:
    """`did inspectors find` reports the clause whose subject is asked; the quote need not say "find"."""
    answer = ask("What did inspectors find works closely with the police to find missing children?", index)
    assert (answer.status, answer.answer) == ("answered", "The fostering hub"), answer


def test_where_is_answered_by_the_place_after_the_verb_s_preposition(index: ClaimIndex) -> None:
    """The quote's "to" opens where they are referred: the place is the answer, not "to a"."""
    answer = ask("Where are families needing urgent respite referred?", index)
    assert (answer.status, answer.answer) == ("answered", "specialist outreach service"), answer
    assert [e.id for e in answer.evidence] == ["finding-urgent-respite-outreach"]


def test_from_what_to_what_asks_for_the_two_grades_of_a_change(index: ClaimIndex) -> None:
    answer = ask("Care leavers went from what to what between 2016 and 2022?", index)
    assert (answer.status, answer.answer) == ("answered", "from good to inadequate (2016 to 2022)"), answer
    assert [e.id for e in answer.evidence] == ["rating-2016-care_leavers", "rating-2022-care_leavers"]
    # one year names no change: a single grade would answer another question
    assert ask("Care leavers went from what to what in 2022?", index).answer is None
