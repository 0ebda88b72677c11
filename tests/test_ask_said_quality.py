"""`ask`: a quality someone reported ("what did X say Y was like?", "what was Y described as?").

Checked on the shipped record; every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped, shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_what_a_body_found_a_thing_was_like_is_its_quality(shipped: Shipped) -> None:
    answer = ask_shipped("What did inspectors find long-term planning for care leavers was like?", shipped)
    assert (answer.status, answer.answer) == ("answered", "weak")
    assert answer.evidence[0].id == "finding-care-leavers-long-term-planning-weak"


def test_a_quality_written_before_the_thing_answers_what_it_was_described_as(shipped: Shipped) -> None:
    """ "with low rates of staff turnover": the quality stands before the noun, not after a verb."""
    answer = ask_shipped("What was staff turnover described as?", shipped)
    assert (answer.status, answer.answer) == ("answered", "low")
    assert answer.evidence[0].id == "finding-low-staff-turnover-and-sickness"


def test_a_doing_named_as_a_noun_is_answered_by_how_it_was_done(shipped: Shipped) -> None:
    """ "the recording of management oversight" asks how the oversight was recorded."""
    answer = ask_shipped("How did inspectors describe the recording of management oversight?", shipped)
    assert (answer.status, answer.answer) == ("answered", "poorly recorded")
    assert answer.evidence[0].id == "finding-management-oversight-poorly-recorded"


def test_what_a_thing_was_done_as_part_of_is_asked_without_it(shipped: Shipped) -> None:
    answer = ask_shipped("What was being developed for leaders as part of the improvement work?", shipped)
    assert (answer.status, answer.answer) == ("answered", "A leadership programme")
    assert answer.evidence[0].id == "committee-leadership-programme"


def test_staff_of_a_kind_are_named_by_their_posts(shipped: Shipped) -> None:
    """ "additional temporary social workers and family support workers": no name ends in "staff"."""
    answer = ask_shipped("What kind of temporary staff did Trafford agree to recruit?", shipped)
    assert (answer.status, answer.answer) == ("answered", "social workers and family support workers")
    assert answer.evidence[0].id == "council-temporary-social-workers-family-support-workers"


def test_an_example_of_one_kind_is_not_an_example_of_its_opposite(shipped: Shipped) -> None:
    """ "what example of X" asks for an X: the positive comment Sara Todd gave is no negative one."""
    answer = ask_shipped("What example of negative feedback did Sara Todd highlight?", shipped)
    assert answer.status == "not_stated"
    answer = ask_shipped("What example of positive feedback did Sara Todd point to?", shipped)
    assert (answer.answer or "").startswith("children at immediate risk of harm")
