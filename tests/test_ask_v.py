"""`ask` on the shipped record: how many times a year (a month, a week) a thing happens, where the
record states only how often ("every six months"): the same question asked as `how often`, its
interval counted over the period. An interval that is no whole number of times the period, or an
answer that gives no interval ("regularly"), is no count: not stated.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import shipped_record
from trafford_timeline.claims.times_per_period import interval_days


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_every_six_months_is_twice_a_year(shipped: Shipped) -> None:
    answer = ask(
        "How many times per year does the Department for Education review Trafford's performance?", shipped
    )
    assert answer.status == "answered", answer.explanation
    assert (answer.answer or "").startswith("twice")
    assert answer.evidence


def test_no_whole_count_and_no_interval_are_not_stated(shipped: Shipped) -> None:
    monthly = ask(
        "How many times a month does the Department for Education review Trafford's performance?", shipped
    )
    regular = ask("How many times a year does the adviser send progress reports?", shipped)
    assert (monthly.status, regular.status) == ("not_stated", "not_stated")


@pytest.mark.parametrize(
    ("said", "days"),
    [("every six months", 182.5), ("quarterly", 91.25), ("once a fortnight", 14), ("regularly", None)],
)
def test_the_length_of_an_interval(said: str, days: float | None) -> None:
    assert interval_days(said) == days
