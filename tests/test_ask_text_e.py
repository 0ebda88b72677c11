"""`ask`: text questions answered with the part of one quote that is not the question's own words.

- What a quote says beyond the question's words (`claims/remainder.py`): the words after them ("were
  not passed to the early help team in good time"), before them where the question asks a subject
  ("Which service works well ...?"),
  or the one run between them ("had no tools in place", asked what was lacked), the question's frame
  ("note", "flag", "lack") never asked of the quote; only where one item clearly matches.
- A span never cuts a noun phrase: "a robust casework quality review framework", not "review
  framework", where the question holds "quality".
- An example given of a kind, asked about what it names ("...about young carers at risk?"), is given
  without the question's own words.

Checked on Northstead's made-up record (`test_ask.py`) with items added here, and on the shipped
record; every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped, cite, northstead_index, shipped_record
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import FindingFact, RecommendationFact, StatementFact

REFERRALS = FindingFact(
    id="finding-school-referrals-passed-on-late",
    polarity="weakness",
    area="help_and_protection",
    text="Referrals from schools about pupils with low attendance reached early help late.",
    citations=cite(
        701,
        "Referrals sent by schools for pupils with low attendance were not passed to the early help team "
        "in good time.",
    ),
)
HUB = FindingFact(
    id="finding-family-hub-works-with-schools",
    polarity="strength",
    area="help_and_protection",
    text="The family hub works well with local schools to support attendance.",
    citations=cite(702, "The family hub works well with local schools to support pupils' attendance."),
)
TOOLS = FindingFact(
    id="finding-no-tools-to-track-caseloads",
    polarity="weakness",
    area="leadership",
    text="Managers had no tools to track caseloads in the duty team.",
    citations=cite(703, "Managers had no tools in place to track caseloads in the duty team"),
)
ADOPTIONS = FindingFact(
    id="finding-adoption-deadlines-met",
    polarity="strength",
    area="children_in_care",
    text="Despite more adoption hearings, most deadlines are met.",
    citations=cite(
        704, "Despite a rise in the number of adoption hearings, the council meets most deadlines."
    ),
)
PROMPT_VISITS = StatementFact(
    id="statement-mayor-positive-comments",
    speaker="Tom Reed",
    text="Tom Reed pointed to positive comments in the report.",
    citations=cite(
        705,
        "the report made positive comments, such as that young carers at risk of harm get prompt visits "
        "that keep them safe",
    ),
)
FRAMEWORK = RecommendationFact(
    id="recommendation-casework-review-framework",
    text="Managers should adopt a review framework for casework.",
    citations=cite(
        706,
        "Managers should sharpen their grip on casework through the adoption of a robust casework quality "
        "review framework.",
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=(REFERRALS, HUB, TOOLS, ADOPTIONS, PROMPT_VISITS, FRAMEWORK))


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


@pytest.mark.parametrize(
    "question",
    [
        "What problem did inspectors note with referrals sent by schools for pupils with low attendance?",
        "What problem did the inspectors flag with referrals sent by schools for pupils with low attendance?",
    ],
)
def test_the_words_after_the_questions_own_answer_what_was_noted(index: ClaimIndex, question: str) -> None:
    """ "note" and "flag" frame the question: the quote holds the rest, and what it adds is the
    answer."""
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "were not passed to the early help team in good time"
    assert [evidence.id for evidence in answer.evidence] == [REFERRALS.id]


def test_a_subject_asked_is_the_words_before_the_questions_own(index: ClaimIndex) -> None:
    answer = answer_question(
        "Which service works well with local schools to support pupils' attendance?", index
    )
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "The family hub"


def test_what_was_lacked_is_the_one_run_between_the_questions_words(index: ClaimIndex) -> None:
    """ "lack" is "had no": the denial stays with what was lacked."""
    answer = answer_question("What did managers lack for tracking caseloads in the duty team?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "no tools in place"


def test_an_example_asked_about_what_it_names_is_given_without_those_words(index: ClaimIndex) -> None:
    answer = answer_question(
        "What positive point did Tom Reed quote about young carers at risk of harm?", index
    )
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "prompt visits that keep them safe"


def test_a_span_never_cuts_a_noun_phrase(index: ClaimIndex) -> None:
    answer = answer_question("What should managers adopt to sharpen their grip on casework quality?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer is not None
    assert answer.answer.removeprefix("a ") == "robust casework quality review framework"


def test_the_shipped_record_what_was_noted_of_referrals(shipped: Shipped) -> None:
    answer = ask_shipped(
        "What shortcoming did inspectors note with written referrals from partner agencies for children "
        "at lower levels of need?",
        shipped,
    )
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "were not recorded as contacts in a timely way"


def test_the_shipped_record_which_part_works_with_professionals(shipped: Shipped) -> None:
    answer = ask_shipped(
        "Which service was judged to work well with a range of professionals on children's education?",
        shipped,
    )
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "The virtual school"
