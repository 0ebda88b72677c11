"""A question that names some of what it asks for as given (`alongside the police`, `apart from
councillors`) asks for the rest: a listed answer leaves those out. Every question is written here,
over the shipped record.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord, ask_shipped, shipped_record


@pytest.fixture(scope="module")
def shipped() -> ShippedRecord:
    return shipped_record()


def test_the_members_given_are_left_out(shipped: ShippedRecord) -> None:
    answer = ask_shipped("Who sits on the Shadow Improvement Board other than elected members?", shipped)
    assert answer.status == "answered"
    assert answer.answer is not None
    assert "elected members" not in answer.answer
    assert "senior officers" in answer.answer


def test_without_a_given_part_the_whole_list_is_the_answer(shipped: ShippedRecord) -> None:
    answer = ask_shipped("Who sits on the Shadow Improvement Board?", shipped)
    assert answer.answer is not None
    assert "elected members" in answer.answer
    assert "Greater Manchester Police" in answer.answer


def test_a_given_part_named_only_in_an_aside_drops_the_aside(shipped: ShippedRecord) -> None:
    answer = ask_shipped("Who sits on the Shadow Improvement Board apart from the chair?", shipped)
    assert answer.answer is not None
    assert "Greater Manchester Police" in answer.answer
    assert "chair" not in answer.answer
