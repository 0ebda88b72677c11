"""`ask`: months, lists and members, and grades asked of a time after the record's last inspection.

Each rule is checked on questions worded unlike any benchmark's, against the shipped record: a grade
asked of an inspection after the last graded one, or of a later year, is not stated, never the last
grade on record (nor a "no" read from it), while a grade asked of a year on record still answers;
"which groups" sit on a body are its members as a quote lists them; and when an audience was told it
would do something ("the committee was told it would see the plan") dates that act, not another;
how many things a whole list covers is its count of items; and "who was the leader who did X" is
asked as "which leader did X"; who heads a body is the kind of chair a quote gives, while who chairs
it asks for a name.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord, ask_shipped, shipped_record


@pytest.fixture(scope="module")
def shipped() -> ShippedRecord:
    return shipped_record()


@pytest.mark.parametrize(
    "question",
    [
        "Which grade did inspectors award at the inspection following 2019?",
        "Which judgement did the inspection after 2019 give?",
        "What rating did inspectors give the council's leadership after 2019?",
    ],
)
def test_a_grade_after_the_last_graded_inspection_is_not_stated(
    question: str, shipped: ShippedRecord
) -> None:
    answer = ask_shipped(question, shipped)
    assert answer.status == "not_stated"
    assert answer.answer is None


def test_a_grade_after_a_bound_is_not_stated_but_the_bounding_inspection_still_grades(
    shipped: ShippedRecord,
) -> None:
    after = ask_shipped("What rating did the leadership get at the re-inspection after 2019?", shipped)
    assert after.status == "not_stated"
    at = ask_shipped("What rating did Trafford get after the 2019 inspection?", shipped)
    assert (at.status, at.answer) == ("answered", "inadequate")


@pytest.mark.parametrize(
    "question",
    [
        "Which groups sit on the Shadow Improvement Board?",
        "What kinds of people make up the Shadow Improvement Board?",
    ],
)
def test_which_groups_sit_on_a_body_are_its_members_listed(question: str, shipped: ShippedRecord) -> None:
    answer = ask_shipped(question, shipped)
    assert answer.status == "answered"
    assert answer.answer is not None
    assert answer.answer.startswith("elected members, senior officers and representatives")
    assert "Greater Manchester Police" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "In what month were members informed that they would see the final action plan?",
        "When did the committee hear it would get the final action plan?",
    ],
)
def test_when_an_audience_was_told_of_its_own_act_dates_that_act(
    question: str, shipped: ShippedRecord
) -> None:
    answer = ask_shipped(question, shipped)
    assert (answer.status, answer.answer) == ("answered", "October 2019")
    assert any("Committee" in e.quote for e in answer.evidence)


def test_how_many_things_a_whole_list_covers_is_its_count_of_items(shipped: ShippedRecord) -> None:
    answer = ask_shipped("How many areas will the DfE's six-monthly reviews cover?", shipped)
    assert (answer.status, answer.answer, answer.value) == ("answered", "five", 5)
    assert any("covering leadership" in e.quote for e in answer.evidence)
    unlisted = ask_shipped("How many extra social workers did Trafford recruit after the report?", shipped)
    assert unlisted.status == "not_stated"


def test_who_was_the_holder_who_did_an_act_names_who_did_it_never_the_post(shipped: ShippedRecord) -> None:
    for question in (
        "Who was the council leader that described the fall in standards as unacceptable?",
        "Who was the leader who admitted standards had declined unacceptably?",
    ):
        answer = ask_shipped(question, shipped)
        assert (answer.status, answer.answer) == ("answered", "Andrew Weston")
    post = ask_shipped("Who is the director who was appointed in October?", shipped)
    assert post.status == "not_stated"


def test_who_heads_a_body_is_the_kind_of_chair_the_quote_gives(shipped: ShippedRecord) -> None:
    answer = ask_shipped("Who heads up the Shadow Improvement Board?", shipped)
    assert (answer.status, answer.answer) == ("answered", "an independent chair")
    assert any("led by an independent chair" in e.quote for e in answer.evidence)
    chairs = ask_shipped("Who chairs the Shadow Improvement Board?", shipped)  # asks for a name
    assert chairs.status == "not_stated"
