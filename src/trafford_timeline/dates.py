"""Dates with their precision: the EDTF-style strings the record stores, and what a person types.

The record never holds free text for a date. It holds `2019`, `2019-05`, `2019-05-23`, or an
interval such as `2019-03-04/2019-03-08`, whose ends may be open (`..`). Every date is
handled as the span of days it covers, so "May 2019" overlaps "2019-05-23" and a filter never
drops an imprecise date.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from trafford_timeline.errors import quoted

Precision = Literal["year", "month", "day", "open"]

_SINGLE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FULL_MONTHS = (
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
"""Month names written out, as an answer in words gives them: `October 2019`."""
OPEN = ".."


@dataclass(frozen=True, order=True)
class DateSpan:
    """The first and last day a date can mean, with the precision of each end."""

    first: date
    last: date
    first_precision: Precision = "day"
    last_precision: Precision = "day"

    def overlaps(self, other: DateSpan) -> bool:
        return self.first <= other.last and other.first <= self.last

    @property
    def is_interval(self) -> bool:
        return (self.first, self.first_precision) != (self.last, self.last_precision) or (
            self.first_precision == "open"
        )


def _single_span(text: str) -> tuple[date, date, Precision]:
    match = _SINGLE.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(match[1])
    if match[2] is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    month = int(match[2])
    if not 1 <= month <= 12:
        raise ValueError(f"{text!r} has no month {month}")
    if match[3] is None:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
    try:
        day = date(year, month, int(match[3]))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a calendar date ({exc})") from None
    return day, day, "day"


@functools.lru_cache(maxsize=1 << 14)
def parse_record_date(text: str) -> DateSpan:
    """Read a stored date; raise ValueError saying what is wrong with it. Remembered: a large
    record's hundreds of thousands of dates are a few thousand days, and a span is immutable."""
    if "/" not in text:
        first, last, precision = _single_span(text)
        return DateSpan(first, last, precision, precision)
    start_text, _, end_text = text.partition("/")
    if start_text == OPEN and end_text == OPEN:
        raise ValueError(f"{text!r} is open at both ends")
    if start_text == OPEN:
        start: tuple[date, date, Precision] = (date.min, date.min, "open")
    else:
        start = _single_span(start_text)
    end: tuple[date, date, Precision] = (
        (date.max, date.max, "open") if end_text == OPEN else _single_span(end_text)
    )
    if start[0] > end[1]:
        raise ValueError(f"{text!r} ends before it starts")
    return DateSpan(start[0], end[1], start[2], end[2])


def _format_end(day: date, precision: Precision, months: Sequence[str]) -> str:
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{months[day.month]} {day.year}"
    return f"{day.day} {months[day.month]} {day.year}"


def format_span(span: DateSpan, months: Sequence[str] = _MONTHS) -> str:
    """A date as a reader says it: `8 May 2019`, `May 2019`, `4–8 Mar 2019`, `from 29 May 2019`;
    with `months=FULL_MONTHS`, as an answer in words gives it: `4–8 March 2019`."""
    if span.first_precision == "open":
        return f"by {_format_end(span.last, span.last_precision, months)}"
    if span.last_precision == "open":
        return f"from {_format_end(span.first, span.first_precision, months)}"
    first = _format_end(span.first, span.first_precision, months)
    last = _format_end(span.last, span.last_precision, months)
    if first == last:
        return first
    both_days = span.first_precision == span.last_precision == "day"
    if both_days and (span.first.year, span.first.month) == (span.last.year, span.last.month):
        return f"{span.first.day}–{last}"
    return f"{first} – {last}"


def date_label(stored: str) -> str:
    """A stored date as a reader says it (see `format_span`)."""
    return format_span(parse_record_date(stored))


def known_part(stored: str) -> DateSpan:
    """The span of the ends a date gives: `2019-05/..` is May 2019, `../2019-03-08` is 8 March."""
    start, _, end = stored.partition("/")
    if start == OPEN:
        return parse_record_date(end)
    if end == OPEN:
        return parse_record_date(start)
    return parse_record_date(stored)


_MONTH_FIRST = re.compile(r"^(0?[1-9]|1[0-2])[/.-](1[3-9]|2[0-9]|3[01])[/.-](\d{4})$")
"""A US-style date: a first number that can only be a month, a second that can only be a day."""

_PROBE_A = (1, 1, 1)
_PROBE_B = (2, 2, 2)


def parse_user_date(text: str) -> DateSpan:
    """Read a date as a person in the UK types it: ISO, `May 2019`, `2019`, `08/05/2019` (8 May).

    The span is as wide as the precision given, so `--to "May 2019"` includes 31 May.
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ValueError("the date is empty")
    us_style = _MONTH_FIRST.match(cleaned)
    if us_style:  # dateutil would quietly read 05/23/2019 month first; here it is a mistake to say
        month, day, year = us_style.groups()
        raise ValueError(
            f"{quoted(text)} reads month first, but dates are read day first: "
            f"for {int(day)} {_MONTHS[int(month)]} {year} write {int(day):02d}/{int(month):02d}/{year}"
        )
    try:
        return parse_record_date(cleaned)
    except ValueError:
        pass
    from datetime import datetime  # only now: an ISO date needs neither

    from dateutil import parser as dateutil_parser

    try:
        probe_a = dateutil_parser.parse(cleaned, dayfirst=True, ignoretz=True, default=datetime(*_PROBE_A))
        probe_b = dateutil_parser.parse(cleaned, dayfirst=True, ignoretz=True, default=datetime(*_PROBE_B))
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"could not read {quoted(text)} as a date") from exc
    if probe_a.year != probe_b.year:
        raise ValueError(f"{quoted(text)} gives no year")
    if probe_a.month != probe_b.month:
        return parse_record_date(f"{probe_a.year:04d}")
    if probe_a.day != probe_b.day:
        return parse_record_date(f"{probe_a.year:04d}-{probe_a.month:02d}")
    return parse_record_date(probe_a.date().isoformat())
