"""Dates with their precision: the EDTF-style strings the record stores, and what a person types.

The record never holds free text for a date. It holds `2019`, `2019-05`, `2019-05-23`, or an
interval such as `2019-03-04/2019-03-08`, whose ends may be open (`..`). Every date is
handled as the span of days it covers, so "May 2019" overlaps "2019-05-23" and a filter never
drops an imprecise date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from trafford_timeline.claims.language import Claimed
from trafford_timeline.errors import quoted

Precision = Literal["year", "month", "day", "open"]

_SINGLE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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


def parse_record_date(text: str) -> DateSpan:
    """Read a stored date; raise ValueError saying what is wrong with it."""
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


def _format_end(day: date, precision: Precision) -> str:
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{_MONTHS[day.month]} {day.year}"
    return f"{day.day} {_MONTHS[day.month]} {day.year}"


def format_span(span: DateSpan) -> str:
    """A date as a reader says it: `8 May 2019`, `May 2019`, `4–8 Mar 2019`, `from 29 May 2019`."""
    if span.first_precision == "open":
        return f"by {_format_end(span.last, span.last_precision)}"
    if span.last_precision == "open":
        return f"from {_format_end(span.first, span.first_precision)}"
    first = _format_end(span.first, span.first_precision)
    last = _format_end(span.last, span.last_precision)
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


_MONTH_NAMES = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_M = r"(?P<{}>" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_D = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<{}>(?:19|20)\d\d)"
_TO = r"\s*(?:-|to|and|until|till)\s*"
_DATE_PATTERNS = (  # compiled on first use (re caches them): `timeline` never needs them
        r"\b" + _Y.format("y") + r"-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b",
        r"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>(?:19|20)?\d\d)\b",
        r"\b" + _D.format("d") + _TO + _D.format("d2") + r"\s+(?:of\s+)?" + _M.format("mn")
        + r",?\s+" + _Y.format("y") + r"\b",
        r"\b" + _D.format("d") + r"\s+(?:of\s+)?" + _M.format("mn") + r",?\s+" + _Y.format("y") + r"\b",
        r"\b" + _M.format("mn") + r"\s+" + _D.format("d") + r",?\s+" + _Y.format("y") + r"\b",
        r"\b" + _M.format("mn") + _TO + _M.format("mn2") + r",?\s+(?:of\s+)?" + _Y.format("y") + r"\b",
        r"\b" + _M.format("mn") + r",?\s+(?:of\s+)?" + _Y.format("y") + r"\b",
        r"\b(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?" + _Y.format("y") + r"\b",
        r"\b" + _Y.format("y") + r"-(?P<m>[01]\d)\b",
        r"\b" + _D.format("d") + _TO + _D.format("d2") + r"\s+(?:of\s+)?" + _M.format("mn") + r"\b",
        r"\b" + _D.format("d") + r"\s+(?:of\s+)?" + _M.format("mn") + r"\b",
        r"\b(?:in|by|during|until|since|from|before|after|early|late|mid|end of|start of)[\s-]+"
        + _M.format("mn") + r"\b",
        r"\b" + _Y.format("y") + r"\b(?!\s*%)",
)  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    """A date found in running text; `span` is None when no year is given (`on 13 August`)."""

    text: str
    start: int
    end: int
    span: DateSpan | None
    month: int | None = None
    day: int | None = None

    def overlaps(self, other: DateSpan) -> bool:
        if self.span is not None:
            return self.span.overlaps(other)
        first_year = max(other.first.year, 1900)
        last_year = min(other.last.year, first_year + 20)
        for year in range(first_year, last_year + 1):
            month = self.month or 1
            start = date(year, month, self.day or 1)
            end = date(year, month, self.day or calendar.monthrange(year, month)[1])
            if start <= other.last and other.first <= end:
                return True
        return False

    def within(self, other: DateSpan) -> bool:
        """True when every day this mention can mean lies inside `other` (a claim at least as precise)."""
        if self.span is None:
            return False
        return other.first <= self.span.first and self.span.last <= other.last

    def covers(self, other: DateSpan) -> bool:
        """True when `other` lies inside this mention (a claim no more precise than the record)."""
        if self.span is None:
            return self.day is None and other.first.month == other.last.month and self.overlaps(other)
        return self.span.first <= other.first and other.last <= self.span.last


def _mention(match: re.Match[str]) -> DateMention | None:
    groups = {key: value for key, value in match.groupdict().items() if value is not None}
    year = int(groups["y"]) if "y" in groups else None
    if year is not None and year < 100:
        year += 2000
    month = _MONTH_NAMES[groups["mn"]] if "mn" in groups else int(groups.get("m", 0)) or None
    try:
        if "season" in groups and year is not None:
            first_month, last_month = _SEASONS[groups["season"]]
            span = parse_record_date(f"{year:04d}-{first_month:02d}/{year:04d}-{last_month:02d}")
        elif year is None:
            if month is None or not 1 <= month <= 12:
                return None
            day = int(groups["d"]) if "d" in groups and "d2" not in groups else None
            if day is not None:
                date(2000, month, day)
            return DateMention(match[0], match.start(), match.end(), None, month, day)
        elif "mn2" in groups:
            last = _MONTH_NAMES[groups["mn2"]]
            span = parse_record_date(f"{year:04d}-{month:02d}/{year:04d}-{last:02d}")
        elif "d2" in groups:
            first_day = f"{year:04d}-{month:02d}-{int(groups['d']):02d}"
            span = parse_record_date(f"{first_day}/{year:04d}-{month:02d}-{int(groups['d2']):02d}")
        elif "d" in groups:
            span = parse_record_date(f"{year:04d}-{month:02d}-{int(groups['d']):02d}")
        elif month is not None:
            span = parse_record_date(f"{year:04d}-{month:02d}")
        else:
            span = parse_record_date(f"{year:04d}")
    except ValueError:
        return None
    return DateMention(match[0], match.start(), match.end(), span)


def find_dates(text: str) -> list[DateMention]:
    """Dates written in folded running text, longest reading first, UK day-first for `08/05/2019`."""
    found: list[DateMention] = []
    taken = Claimed(len(text))
    for pattern in map(re.compile, _DATE_PATTERNS):
        for match in pattern.finditer(text):
            if not taken.free(match.start(), match.end()):
                continue
            mention = _mention(match)
            if mention is not None:
                found.append(mention)
                taken.take(match.start(), match.end())
    return sorted(found, key=lambda mention: mention.start)
