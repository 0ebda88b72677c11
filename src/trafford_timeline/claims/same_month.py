"""A month named once and then pointed back to: "inspected in March, reported in May, and the notice
came that same month".

A claim that joins several dated statements may date a later one by the month of the one before it
("that same month", "the same month", "that month"). Checked part by part, the later part would
carry no date of its own, or speak of a month without saying which, and be matched to the wrong
item. The phrase is replaced by the month it points back to, as written ("in May"), so that part is
dated as the claim dates it. A phrase that names its own reference (`the same month as the audit`)
is left alone.
"""

from __future__ import annotations

import calendar
import re

from trafford_timeline.claims.language import fold
from trafford_timeline.claims.mentions import DateMention, find_dates

_SAME_MONTH = re.compile(
    r"\b(?:in |during )?(?:that same|the same|that very|that) month\b(?!\s+as\b)(?!['’]s\b)",
    re.IGNORECASE,
)
"""`that same month`, `in the same month`, `that month`; not `the same month as ...`, nor `that
month's figures`."""


def with_month_named(text: str) -> str:
    """The text with a month pointed back to replaced by the last month named before the phrase
    (`in May 2019`, for `on 8 May 2019`); unchanged where none is."""
    found = _SAME_MONTH.search(text)
    if found is None:
        return text
    months = [month for mention in find_dates(fold(text[: found.start()])) if (month := _month(mention))]
    if not months:
        return text
    return f"{text[: found.start()]}in {max(months)[1]}{text[found.end() :]}"


def _month(mention: DateMention) -> tuple[int, str] | None:
    """Where the mention starts, and the month it names (with its year, where it gives one)."""
    if mention.span is None:
        return (mention.start, calendar.month_name[mention.month]) if mention.month else None
    span = mention.span
    if span.first_precision not in ("month", "day") or (span.first.year, span.first.month) != (
        span.last.year,
        span.last.month,
    ):
        return None
    return mention.start, f"{calendar.month_name[span.first.month]} {span.first.year}"
