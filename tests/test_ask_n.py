"""`ask` on the shipped record: a figure is never read out of a date.

`how many` is answered from the numbers a quote states outside its dates: in "a report published on
8 May", 8 is the day of the month, not a count of anything.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_the_day_of_a_date_is_no_count(shipped: Shipped) -> None:
    answer = ask("How many children in Trafford were in care at the 2019 inspection?", shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_a_figure_beside_a_date_is_still_read(shipped: Shipped) -> None:
    answer = ask("By what percentage had the number of looked after children risen since 2015?", shipped)
    assert answer.status == "answered"
    assert answer.answer is not None
    assert "24" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "When were councillors due to see the completed action plan for Ofsted?",
        "When were councillors set to see the finished action plan?",
    ],
)
def test_what_someone_was_due_to_do_is_what_is_asked_not_a_reason_to_drop(
    shipped: Shipped, question: str
) -> None:
    # asked without "to see the ... plan", the question had been answered with a council leader's start
    # or a committee meeting's months
    answer = ask(question, shipped)
    assert answer.status == "not_stated" or answer.answer == "October 2019"


def test_a_rating_from_a_re_inspection_the_record_lacks_is_not_stated(shipped: Shipped) -> None:
    assert (
        ask("What grade did Ofsted give Trafford when it came back to re-inspect?", shipped).status
        == "not_stated"
    )
    assert (
        ask("What overall grade did Trafford receive at its re-inspection?", shipped).status == "not_stated"
    )
    # the latest rating on record is still what a question of the present asks for
    assert ask("What grade did Trafford get in its most recent inspection?", shipped).answer == "inadequate"
