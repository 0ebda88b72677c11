"""`ask` on the shipped record: an answer is a whole phrase, and a date is the asked event's own.

A span cut before the question's own words may stop inside a noun phrase ("The virtual" of "The virtual
school"), or inside an existential clause ("there are a good"); a clause after "expect" says what was
expected, not why, and is never left out; an event the record never names has no date in it.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


@pytest.mark.parametrize(
    "question",
    [
        "Which school service works well with a range of professionals?",
        "Which school service did Ofsted find works well with professionals?",
    ],
)
def test_a_subject_span_runs_on_to_its_head_noun(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("answered", "The virtual school"), answer.explanation
    assert any(e.id == "finding-virtual-school-works-well" for e in answer.evidence)


def test_what_is_said_about_a_thing_is_the_whole_clause(shipped: Shipped) -> None:
    answer = ask("What was said about the range of early help services?", shipped)
    assert answer.status == "answered", answer.explanation
    assert answer.answer is not None
    assert "good range of early help services" in answer.answer


def test_what_was_expected_is_not_a_reason_to_leave_out(shipped: Shipped) -> None:
    answer = ask("When did members expect to see the finished action plan responding to Ofsted?", shipped)
    assert answer.answer != "May 2018", answer.explanation
    assert "left out" not in answer.explanation, answer.explanation


@pytest.mark.parametrize(
    "question",
    [
        "When is Ofsted's final reinspection of the council due?",
        "On what date will Ofsted's final reinspection of Trafford take place?",
    ],
)
def test_an_event_the_record_never_names_has_no_date(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)


def test_a_post_said_by_its_verb_is_placed_in_time_by_its_clause(shipped: Shipped) -> None:
    answer = ask("Who led Trafford Council when the inspectors judged its services inadequate?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Andrew Weston"), answer.explanation
    assert any(e.id == "role-council-leader-andrew-weston" for e in answer.evidence)


def test_a_post_whose_holder_reacted_is_asked_of_the_post(shipped: Shipped) -> None:
    answer = ask("Who is the chief executive who reacted to the inspection report?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Sara Todd"), answer.explanation
