"""`ask` never answers from a quote that reports a question, nor one span for a question asking two.

- Minutes record what members asked ("Members asked what performance indicators were currently being
  used by Leadership ..."): the words after "asked what" are the question, so neither the list reader
  nor the reader of what a quote says beyond the question's words takes them as the answer
  (`claims/reported_question.py`).
- "X went from what in 2015 to what in 2019?" asks two values: the words after one quote's match give
  one at most, so the readers of one span say not stated rather than give a fragment.

Checked on the shipped record; every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped, cite, northstead_index, shipped_record
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.question import asks_two_things
from trafford_timeline.claims.reported_question import reports_a_question
from trafford_timeline.record.model import FindingFact

MENTORING = FindingFact(
    id="finding-mentoring-scheme-in-development",
    polarity="strength",
    area="leadership",
    text="A mentoring scheme for team managers was being developed.",
    citations=cite(801, "A mentoring scheme for team managers was being developed."),
)


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


@pytest.mark.parametrize(
    "question",
    [
        "Which performance indicators did leaders use?",
        "What indicators of performance were the leadership using?",
    ],
)
def test_what_members_asked_is_not_the_answer(question: str, shipped: Shipped) -> None:
    answer = ask_shipped(question, shipped)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)
    assert answer.answer is None


def test_a_question_asking_two_values_gets_no_single_fragment() -> None:
    index = northstead_index(facts=[MENTORING])
    answer = answer_question("Mentoring went from what in 2020 to what in 2021?", index)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)
    assert answer.answer is None


@pytest.mark.parametrize(
    ("question", "two"),
    [
        ("leadership went from what in 2015 to what in 2019?", True),
        ("which grade came first, and which came after?", True),
        ("what grade did leadership get in 2019?", False),
    ],
)
def test_a_question_asking_two_values_is_seen(question: str, two: bool) -> None:
    assert asks_two_things(question) is two


@pytest.mark.parametrize(
    ("quote", "reported"),
    [
        ("Councillors asked whether the audit had finished.", True),
        ("Members queried how many agency staff were in post.", True),
        ("The chair asked officers what the timetable was.", True),
        ("Members asked for a further update in October.", False),
        ("Inspectors found what leaders had missed.", False),
    ],
)
def test_a_reported_question_is_told_from_a_statement(quote: str, reported: bool) -> None:
    assert reports_a_question(quote) is reported
