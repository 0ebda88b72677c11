"""`ask`: text questions whose item is found, answered with the part of its quote that answers them.

- "What did inspectors find about how the council reviewed X?" asks how X was reviewed
  (`slots_text.answer_said_of`): the doer is the council or a body whose documents the record is
  made of, so the answer is what the quote says of X ("They were not routinely reviewed"); a doer
  of any other kind is not read so.
- "What did inspectors say was wrong with X?" asks what "What was wrong with X?" asks: a weakness
  said of X, never a strength.
- Of items the question's reading matches alike, the one whose clause holds the question's other
  words ("most", "fully", "consider") is the one asked about (`remainder._held_clearly_most`); only
  where it holds all of them but one, and clearly more than any other.
- A verb that only judges ("praised", "commended") is met by a finding of that polarity, which
  never uses the word; a finding of the other polarity never answers it (`appraisal.judging_verb`).
- A span ends where a joining word and a verb open a second predicate: "incomplete audit data", not
  "... and were therefore misleading".
- "needs" closing a noun phrase ("young people's health needs") is a noun, not the verb of "what
  needs to change", which asks for no thing.

Checked on Northstead's made-up record (`test_ask.py`) with items added here; every question is
worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import FindingFact

REVIEWS = FindingFact(
    id="finding-care-plans-not-routinely-reviewed",
    polarity="weakness",
    area="children_in_care",
    text="Care plans were not routinely reviewed.",
    citations=cite(901, "Care plans were not routinely reviewed."),
)
STEPS = FindingFact(
    id="finding-family-plans-miss-fathers-views",
    polarity="weakness",
    area="help_and_protection",
    text="In most cases, plans for families do not fully consider the views of fathers.",
    citations=cite(902, "In most cases, plans for families do not fully consider the views of fathers."),
)
WAITS = FindingFact(
    id="finding-families-wait-for-plans",
    polarity="weakness",
    area="help_and_protection",
    text="Some families wait too long for plans to be agreed.",
    citations=cite(903, "Some families wait too long for plans to be agreed."),
)
SIGNED = FindingFact(
    id="finding-family-plans-signed-off",
    polarity="strength",
    area="help_and_protection",
    text="Plans for families are signed off by managers.",
    citations=cite(904, "Plans for families are signed off by managers."),
)
YOUTH = FindingFact(
    id="finding-youth-team-works-with-police",
    polarity="strength",
    area="help_and_protection",
    text="The youth justice team works closely with the police to keep teenagers safe.",
    citations=cite(905, "The youth justice team works closely with the police to keep teenagers safe."),
)
NURSES = FindingFact(
    id="finding-school-nurses-meet-health-needs",
    polarity="strength",
    area="children_in_care",
    text="School nurses work well with carers to meet teenagers' health needs.",
    citations=cite(906, "School nurses work well with carers to meet teenagers' health needs."),
)
BOARD = FindingFact(
    id="finding-board-reports-misleading",
    polarity="weakness",
    area="leadership",
    text="Reports to the board rested on incomplete audit data and were misleading.",
    citations=cite(
        907, "Reports to the board were based on incomplete audit data and were therefore misleading."
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=[REVIEWS, STEPS, WAITS, SIGNED, YOUTH, NURSES, BOARD])


def test_how_the_council_did_a_thing_is_what_was_said_of_the_thing(index: ClaimIndex) -> None:
    answer = answer_question("What did inspectors find about how the council reviewed care plans?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "They were not routinely reviewed"
    assert [e.id for e in answer.evidence] == [REVIEWS.id]


def test_a_doing_by_another_is_not_read_as_the_councils(index: ClaimIndex) -> None:
    answer = answer_question("What did inspectors find about how carers reviewed care plans?", index)
    assert answer.answer != "They were not routinely reviewed", answer.explanation


def test_the_item_holding_the_questions_other_words_answers(index: ClaimIndex) -> None:
    answer = answer_question("What did Ofsted say most plans for families fail to consider fully?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "the views of fathers"
    assert [e.id for e in answer.evidence] == [STEPS.id]


def test_items_alike_in_the_questions_words_leave_it_unanswered(index: ClaimIndex) -> None:
    answer = answer_question("What did Ofsted say plans for families fail to include?", index)
    assert answer.answer != "the views of fathers", answer.explanation


@pytest.mark.parametrize("verb", ["praised", "commended"])
def test_a_finding_of_strength_answers_what_was_praised(verb: str, index: ClaimIndex) -> None:
    answer = answer_question(
        f"Which service was {verb} for working with the police to keep teenagers safe?", index
    )
    assert answer.status == "answered", answer.explanation
    assert (answer.answer or "").lower().removeprefix("the ") == "youth justice team"
    assert [e.id for e in answer.evidence] == [YOUTH.id]


def test_a_finding_of_strength_never_answers_what_was_criticised(index: ClaimIndex) -> None:
    answer = answer_question(
        "Which team was criticised for working with the police to keep teenagers safe?", index
    )
    assert answer.status == "not_stated", (answer.answer, answer.explanation)


def test_needs_closing_a_noun_phrase_is_no_verb(index: ClaimIndex) -> None:
    answer = answer_question(
        "Which staff were praised for working with carers on teenagers' health needs?", index
    )
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "School nurses"


def test_a_span_ends_where_a_second_predicate_opens(index: ClaimIndex) -> None:
    answer = answer_question("What did inspectors say reports to the board were based on?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "incomplete audit data"


def test_what_a_body_said_was_wrong_with_a_thing_is_a_weakness_said_of_it(index: ClaimIndex) -> None:
    answer = answer_question("What did inspectors say was wrong with care plans?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "They were not routinely reviewed"
    strength = answer_question("What did inspectors say was wrong with the youth justice team?", index)
    assert strength.status == "not_stated", (strength.answer, strength.explanation)
