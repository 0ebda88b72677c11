"""A when-question about a disputed event, where the side the record's assessment favours says it has
not happened yet and gives no date: not stated, with both sides shown, never the date of the plan.
Every question is written here, over the shipped record.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord, ask_shipped, shipped_record


@pytest.fixture(scope="module")
def shipped() -> ShippedRecord:
    return shipped_record()


def test_the_date_of_an_appointment_the_favoured_side_says_is_yet_to_come(shipped: ShippedRecord) -> None:
    answer = ask_shipped("What was the date of the government adviser's appointment?", shipped)
    assert answer.status == "not_stated"
    assert answer.answer is None
    assert "yet to be appointed" in answer.explanation
    assert answer.related  # both sides, quoted


def test_the_date_of_the_announcement_itself_is_still_answered(shipped: ShippedRecord) -> None:
    answer = ask_shipped("When did the DfE announce that it would appoint an adviser?", shipped)
    assert answer.status == "answered"
    assert answer.value is not None
    assert str(answer.value).startswith("2019-05")


def test_a_dispute_between_two_dates_stays_disputed(shipped: ShippedRecord) -> None:
    assert ask_shipped("When did the permanent chief executive start?", shipped).status == "disputed"
