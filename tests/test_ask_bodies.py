"""A body the question has act, which the answering item never names, means that item answers another
question: the Deputy Leader's meetings with officers say nothing of meetings with Ofsted."""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord, ask_shipped, shipped_record


@pytest.fixture(scope="module")
def shipped() -> ShippedRecord:
    return shipped_record()


@pytest.mark.parametrize(
    "question",
    [
        "How frequently did Ofsted meet the Deputy Leader about progress on the recommendations?",
        "How frequently did councillors meet the Education Secretary about progress on the recommendations?",
    ],
)
def test_a_body_the_item_never_names_is_not_answered_for(shipped: ShippedRecord, question: str) -> None:
    answer = ask_shipped(question, shipped)
    assert answer.status == "not_stated"
    assert "another's act" in answer.explanation


def test_the_same_question_of_who_the_record_names_is_answered(shipped: ShippedRecord) -> None:
    answer = ask_shipped(
        "How frequently did officers meet the Deputy Leader about progress on the recommendations?", shipped
    )
    assert (answer.status, answer.answer) == ("answered", "regularly")


def test_a_body_named_only_as_an_owner_does_not_count(shipped: ShippedRecord) -> None:
    """The notice's item names the Education Secretary, not the DfE, whose adviser it is."""
    answer = ask_shipped("Who decides that the DfE-appointed adviser's post is no longer needed?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Education Secretary Damian Hinds")
