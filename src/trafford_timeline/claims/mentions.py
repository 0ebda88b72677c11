"""Dates as people write them in running text: `8 May 2019`, `the week of 11 March`, `before 2019`.

The record's own dates are read by `dates`; this reads a claim's, with the precision it gives, so
that "May 2019" is compared as the whole month and "before 2019" as a bound rather than a year.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from trafford_timeline.claims.language import Claimed
from trafford_timeline.dates import DateSpan, parse_record_date

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
_ORDINAL_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
_ORDINAL_DAYS = (
    {word: n for n, word in enumerate(_ORDINAL_WORDS, 1)}
    | {
        f"{tens}{joint}{word}": base + n
        for tens, base in (("twenty", 20), ("thirty", 30))
        for joint in ("-", " ")
        for n, word in enumerate(_ORDINAL_WORDS[: 9 if base == 20 else 1], 1)
    }
    | {"thirtieth": 30}
)
"""Days of the month written as ordinal words (`the thirteenth of August`), as a speaker says a date."""
_OD = r"\bthe\s+(?P<od>" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + r")\s+of\s+"
"""An ordinal word stands for a day only as `the ... of` a month: `a third of March's referrals` is
a share, and `the second March visit` a count."""
_NTH = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1}
_DATE_PATTERNS = (  # compiled on first use (re caches them): `timeline` never needs them
        _OD + _M.format("mn") + r",?\s+" + _Y.format("y") + r"\b",
        _OD + _M.format("mn") + r"\b",
        r"\b(?:the\s+)?(?P<week>week)\s+(?:of|beginning|starting|commencing|from)\s+(?:the\s+)?"
        + _D.format("d") + r"\s+(?:of\s+)?" + _M.format("mn") + r",?\s+" + _Y.format("y") + r"\b",
        r"\b(?:the\s+)?(?P<nth>" + "|".join(_NTH) + r")\s+week\s+(?:of|in)\s+" + _M.format("mn")
        + r",?\s+(?:of\s+)?" + _Y.format("y") + r"\b",
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


Bound = Literal["before", "after"]
_BOUND = re.compile(
    r"\b(?P<word>before|prior to|ahead of|earlier than|after|later than|following)\s+"
    r"(?:the\s+(?:start|beginning|end)\s+of\s+)?$"
)
_BOUND_OF = {"after": "after", "later than": "after", "following": "after"}


@dataclass(frozen=True)
class DateMention:
    """A date found in running text; `span` is None when no year is given (`on 13 August`), and a
    run of days without a year (`from 4 to 8 May`) keeps its first and last day."""

    text: str
    start: int
    end: int
    span: DateSpan | None
    month: int | None = None
    day: int | None = None
    last_day: int | None = None
    bound: Bound | None = None
    """`before 2019` is a bound on a date, not the year 2019: the thing is dated before it begins."""

    def overlaps(self, other: DateSpan) -> bool:
        if self.span is not None:
            return self.span.overlaps(other)
        return any(start <= other.last and other.first <= end for start, end in self._days(other))

    def _days(self, other: DateSpan) -> Iterator[tuple[date, date]]:
        """The first and last day this yearless mention means in each year `other` reaches."""
        first_year = max(other.first.year, 1900)
        for year in range(first_year, min(other.last.year, first_year + 20) + 1):
            month = self.month or 1
            days = calendar.monthrange(year, month)[1]  # `29 February` of a year with 28 days is its last
            last = min(self.last_day or self.day or days, days)
            yield date(year, month, min(self.day or 1, days)), date(year, month, last)

    def within(self, other: DateSpan) -> bool:
        """True when every day this mention can mean lies inside `other` (a claim at least as precise)."""
        if self.span is None:
            return False
        return other.first <= self.span.first and self.span.last <= other.last

    def covers(self, other: DateSpan) -> bool:
        """True when `other` lies inside this mention (a claim no more precise than the record)."""
        if self.span is None:  # `8 May` is the day of any year; `in May`, the month
            if self.last_day is not None:  # `4 to 8 May`: those days of any year
                return any(start <= other.first and other.last <= end for start, end in self._days(other))
            one_day, one_month = other.first == other.last, other.first.month == other.last.month
            return (one_day if self.day is not None else one_month) and self.overlaps(other)
        return self.span.first <= other.first and other.last <= self.span.last


def _mention(match: re.Match[str]) -> DateMention | None:
    groups = {key: value for key, value in match.groupdict().items() if value is not None}
    if "od" in groups:
        groups["d"] = str(_ORDINAL_DAYS[" ".join(groups.pop("od").split())])
    year = int(groups["y"]) if "y" in groups else None
    if year is not None and year < 100:
        year += 2000
    month = _MONTH_NAMES[groups["mn"]] if "mn" in groups else int(groups.get("m", 0)) or None
    try:
        if "week" in groups and year is not None and month is not None:
            first = date(year, month, int(groups["d"]))
            span = DateSpan(first, first + timedelta(days=6))
        elif "nth" in groups and year is not None and month is not None:
            days = calendar.monthrange(year, month)[1]
            nth = _NTH[groups["nth"]]
            start_day = days - 6 if nth < 0 else 1 + 7 * nth
            span = DateSpan(date(year, month, start_day), date(year, month, start_day + 6))
        elif "season" in groups and year is not None:
            first_month, last_month = _SEASONS[groups["season"]]
            span = parse_record_date(f"{year:04d}-{first_month:02d}/{year:04d}-{last_month:02d}")
        elif year is None:
            if month is None or not 1 <= month <= 12:
                return None
            day = int(groups["d"]) if "d" in groups else None
            last_day = int(groups["d2"]) if "d2" in groups else None
            if day is not None:
                date(2000, month, day)
            if last_day is not None and (day is None or last_day <= day):
                return DateMention(match[0], match.start(), match.end(), None, month)  # not a run of days
            if last_day is not None:
                date(2000, month, last_day)
            return DateMention(match[0], match.start(), match.end(), None, month, day, last_day)
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


_NEEDS = (
    (r"\d", r"\d"),
    ("(?P<mn>", "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"),
    ("week", "week"),
    (_TO, "-|to|and|til"),
    ("-(?P<m>", "-"),
    ("[/.]", "[/.]"),
    ("(?P<season>", "spring|summer|autumn|fall"),
    (_Y.format("y"), "19|20"),
)
"""What a date pattern cannot match without: a pattern whose source holds the first (a digit, a
month's name, `week`, a range's `to`...) matches only a text in which the second is found (every
month's name starts with one of those three letters). Most of a record's texts hold no date, and
most dates need only a few of the patterns tried."""


@functools.cache
def _needs() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(found) for _, found in _NEEDS)


@functools.cache
def _date_patterns() -> tuple[tuple[re.Pattern[str], int], ...]:
    """Compiled once, on first use: looking each up in `re`'s cache cost a fifth of reading a date.
    Each comes with the bits of `_NEEDS` it needs."""
    return tuple(
        (re.compile(source), sum(1 << bit for bit, (part, _) in enumerate(_NEEDS) if part in source))
        for source in _DATE_PATTERNS
    )


def find_dates(text: str) -> list[DateMention]:
    """Dates written in folded running text, longest reading first, UK day-first for `08/05/2019`."""
    needs = _needs()
    digit, month = needs[0].search(text) is not None, needs[1].search(text) is not None
    if not digit and not month:
        return []
    found_parts = digit | month << 1
    found_parts |= sum(1 << bit for bit, found in enumerate(needs) if bit > 1 and found.search(text))
    found: list[DateMention] = []
    taken = Claimed(len(text))
    for pattern, needed in _date_patterns():
        if needed & found_parts != needed:
            continue
        for match in pattern.finditer(text):
            if not taken.free(match.start(), match.end()):
                continue
            mention = _mention(match)
            if mention is not None:
                mention = _bounded(_part_of(mention, text), text)
                found.append(mention)
                taken.take(match.start(), match.end())
    return sorted(found, key=lambda mention: mention.start)


_PART = re.compile(
    r"\b(?:(?P<early>early|the (?:start|beginning) of)|(?P<mid>mid|the middle of)|"
    r"(?P<late>late|the end of))[\s-]+$"
)


def _part_of(mention: DateMention, text: str) -> DateMention:
    """`early March 2019` is its first ten days, `late 2018` its last four months: the words are
    part of the date, so they narrow it and are not read as words of the claim ("early help")."""
    span = mention.span
    found = _PART.search(text, max(0, mention.start - 20), mention.start)
    if span is None or found is None or span.first_precision not in {"month", "year"}:
        return mention
    monthly = span.first_precision == "month"
    if span.first.year != span.last.year or (monthly and span.first.month != span.last.month):
        return mention  # a range of months or years: which part is meant is not clear
    third = 0 if found["early"] else 1 if found["mid"] else 2
    if span.first_precision == "month":
        first = span.first.replace(day=1 + 10 * third)
        last = span.last if third == 2 else first.replace(day=10 + 10 * third)
        narrowed = DateSpan(first, last, "day", "day")
    else:
        first = span.first.replace(month=1 + 4 * third)
        end_month = 4 + 4 * third
        last = date(span.first.year, end_month, calendar.monthrange(span.first.year, end_month)[1])
        narrowed = DateSpan(first, last, "month", "month")
    return DateMention(text[found.start() : mention.end], found.start(), mention.end, narrowed)


def _bounded(mention: DateMention, text: str) -> DateMention:
    """The mention as a bound when `before`, `since` or the like comes right before it."""
    if mention.span is None:
        return mention
    found = _BOUND.search(text, max(0, mention.start - 30), mention.start)
    if found is None or found.end() != mention.start:
        return mention
    bound: Bound = "after" if found["word"] in _BOUND_OF else "before"
    return DateMention(mention.text, mention.start, mention.end, mention.span, bound=bound)
