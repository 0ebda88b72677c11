"""How many times in a period, answered from how often: "How many times a year will the DfE review
Trafford's performance?" is "how often will it review it?" counted over a year.

The record states intervals ("every six months", "monthly"), not counts. A question that asks for a
count per year, month or week is asked again as a `how often` question, and an interval that divides
the period a whole number of times is counted: every six months is twice a year. An interval that
does not divide it, or an answer that gives no interval ("regularly"), is no count: "not stated".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trafford_timeline.claims.language import number_of
from trafford_timeline.claims.matching import Answer

_TIMES_PER = re.compile(
    r"^how many times (?:a|per|each|every|in a|in one) (?P<period>year|month|week)\s+(?P<rest>[^?]+)\?*\s*$",
    re.IGNORECASE,
)
"""`How many times a year will X happen?`: the period counted over, and the rest of the question."""
_DAYS = {"year": 365, "month": 365 / 12, "week": 7, "day": 1, "fortnight": 14, "quarter": 365 / 4}
_EVERY = re.compile(
    r"\b(?:every|each|once every|once a|once per|once each) (?:(?P<count>\d+|[a-z]+) )?"
    r"(?P<unit>years?|months?|weeks?|days?|fortnights?|quarters?)\b"
)
_ADVERBS = {
    "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
    "fortnightly": "fortnight", "quarterly": "quarter", "six-monthly": "6 month", "biannually": "6 month",
}  # fmt: skip
_TIMES = {1: "once", 2: "twice"}


def interval_days(said: str) -> float | None:
    """The length of the interval an answer to `how often` states, in days; None for none."""
    folded = said.casefold()
    if found := _EVERY.search(folded):
        count = found["count"]
        number = 1 if count is None else number_of(count)
        return None if number is None else number * _DAYS[found["unit"].rstrip("s")]
    for adverb, unit in _ADVERBS.items():
        if re.search(rf"\b{re.escape(adverb)}\b", folded):
            count, _, name = unit.rpartition(" ")
            return int(count or 1) * _DAYS[name]
    return None


def answer_times_per_period(text: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The count of times per period a `how many times a year` question asks, from the interval the
    same question asked as `how often` is answered with; None for any other question."""
    found = _TIMES_PER.match(text.strip())
    if found is None:
        return None
    often = ask(f"How often {found['rest']}?")
    if often.status != "answered" or not often.answer:
        return replace(often, question=text, kind="quantity")
    days = interval_days(often.answer)
    period = _DAYS[found["period"].casefold()]
    times = None if not days else period / days
    if times is None or times < 1 or abs(times - round(times)) > 0.05:
        reason = (
            f"{often.explanation}: {often.answer!r}, which is no whole number of times a {found['period']}"
        )
        return replace(
            often,
            question=text,
            status="not_stated",
            answer=None,
            value=None,
            kind="quantity",
            explanation=reason,
        )
    count = round(times)
    said = f"{_TIMES.get(count, f'{count} times')} ({often.answer})"
    explanation = f"{often.explanation}: {often.answer!r}, counted over a {found['period']}"
    return replace(often, question=text, answer=said, value=count, kind="quantity", explanation=explanation)
