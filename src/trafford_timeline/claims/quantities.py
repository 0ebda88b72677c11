"""Numbers as claims state them: percentages, sums of money, counts, durations and frequencies.

`over 24%`, `six monitoring visits`, `within six months` and `every six months` are four different
things; each is read into a value, a unit and a qualifier so that two of them can be compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from trafford_timeline.claims.language import NUMBER_WORDS, Claimed

Unit = Literal["percent", "money", "count", "months", "every_months"]
"""`months` is a duration (`within six months`); `every_months` a frequency (`every six months`)."""
Qualifier = Literal["exactly", "over", "under", "about"]

_WORD = "|".join(sorted((w for w in NUMBER_WORDS if w not in {"one", "dozen"}), key=len, reverse=True))
_NUM = rf"(?P<n>\d[\d,]*(?:\.\d+)?|{_WORD}|one|a|an|other|second)"
_COUNT = rf"(?P<n>\d[\d,]*(?:\.\d+)?|{_WORD})"
_MONTHS_IN = {
    "day": 1 / 30,
    "week": 12 / 52,
    "fortnight": 24 / 52,
    "month": 1.0,
    "quarter": 3.0,
    "year": 12.0,
}
_UNIT = r"(?P<u>day|week|fortnight|month|quarter|year)s?"
_ADVERBS = {
    "daily": 1 / 30, "weekly": 12 / 52, "fortnightly": 24 / 52, "monthly": 1.0, "quarterly": 3.0,
    "annually": 12.0, "annual": 12.0, "yearly": 12.0, "biannually": 6.0, "biannual": 6.0,
    "bi-annually": 6.0, "bi-annual": 6.0, "half-yearly": 6.0, "biennially": 24.0, "biennial": 24.0,
}  # fmt: skip
_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("more than", "over"), ("over", "over"), ("above", "over"), ("at least", "over"),
    ("in excess of", "over"), ("upwards of", "over"), ("less than", "under"), ("fewer than", "under"),
    ("under", "under"), ("below", "under"), ("at most", "under"), ("up to", "under"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("nearly", "about"),
    ("almost", "about"), ("roughly", "about"), ("some", "about"), ("circa", "about"),
)  # fmt: skip
BOUND_WORDS = tuple(phrase for phrase, _ in _QUALIFIERS)
"""The words that bound or hedge a number, read as part of its figure."""
_INCLUSIVE = ("at least", "at most", "up to")
"""Bounds that hold the number itself: `at least two` is two or more."""
_DENIED: dict[Qualifier, Qualifier] = {"over": "under", "under": "over"}
_DENIERS = re.compile(r"\b(?:no|not)\s*$")
"""`no more than two` is at most two, and `not under two` at least two: the bound denied, with its number."""
_SLIGHT = re.compile(r"\b(?:little|hardly|scarcely|barely|not much|not a lot|only just)\s*$")
"""`little more than two audits` is two, belittled; not a claim that there were more."""
_BELITTLED = re.compile(r"\b(?:barely|merely|a mere|mere|just|only)\s*$")
"""`barely six visits`, `a mere two audits`: the number itself, said to be small; the word is part of
the figure, not something the claim asserts of it."""
_DIGITS = r"\d[\d,]*(?:\.\d+)?"
_ADVERB = "|".join(sorted(_ADVERBS, key=len, reverse=True))
_PATTERNS: tuple[tuple[Unit, re.Pattern[str]], ...] = (
    ("every_months", re.compile(rf"\bevery\s+(?:{_NUM}\s+)?{_UNIT}\b")),
    ("every_months", re.compile(rf"\b{_NUM}[\s-]+monthly\b")),
    ("every_months", re.compile(
        rf"\b(?P<times>once|twice|{_NUM}\s+times)\s+(?:a|per|each|every)\s+{_UNIT}\b"
    )),
    ("every_months", re.compile(rf"\b(?P<adverb>{_ADVERB})\b")),
    ("percent", re.compile(rf"(?P<n>{_DIGITS}|{_WORD})\s*(?:%|per\s?cent\b|percent\b)")),
    ("percent", re.compile(
        r"\b(?:(?:a|one)\s+(?P<fraction>half|third|quarter|fifth|tenth)|(?P<fraction2>half)(?=\s+of))\b"
    )),
    ("money", re.compile(
        rf"(?P<cur>[£$€])\s?(?P<n>{_DIGITS})\s*(?P<scale>k|m|bn|thousand|million|billion)?\b"
    )),
    ("months", re.compile(rf"\b(?P<half>half)[\s-]+(?:an?\s+)?{_UNIT}\b")),
    ("months", re.compile(rf"\b{_COUNT}\s+{_UNIT}\b")),
    ("count", re.compile(r"\b(?:a|one)\s+(?P<n>dozen)\b")),
    ("count", re.compile(r"\ba\s+(?P<n>couple)\s+of\b")),
    ("count", re.compile(r"\b(?P<n>dozens|hundreds|thousands)\s+of\b")),
    ("count", re.compile(
        rf"(?<![\w£$€.,/-])(?P<n>{_DIGITS}|{_WORD})(?![\w%/-])(?!\s*(?:%|per\s?cent))"
    )),
)  # fmt: skip
_MAYBE = re.compile(
    rf"[\d%£$€]|cent|every|monthly|once|twice|times|half|third|quarter|fifth|tenth|dozen|thousand|couple|{_ADVERB}|\b(?:{_WORD})"
)
"""What each pattern above cannot match without (a digit, a sign, a number's word at a word's
start, `every`, `cent`...): a text in which none of these is found holds no quantity."""
_MANY = {"dozens": 24.0, "hundreds": 200.0, "thousands": 2000.0}
"""`dozens of audits` is at least two dozen: a bound, not a count, which two audits fall short of."""
_COUNTED_WORDS = {*NUMBER_WORDS, "couple", *_MANY}
"""`a couple of audits` is about two."""
_FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
"""`more than a fifth` is a percentage: over 20%."""
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: Unit
    qualifier: Qualifier
    text: str
    start: int
    end: int
    inclusive: bool = False
    """A bound that holds its own number (`at least two`, `no more than two`)."""

    def describe(self) -> str:
        return self.text if self.qualifier == "exactly" else f"{self.text} ({self.qualifier})"


def _number(text: str | None) -> float | None:
    if text is None or text in {"a", "an", "one"}:
        return 1.0
    if text in {"other", "second", "couple"}:
        return 2.0
    if text in _MANY:
        return _MANY[text]
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _value(unit: Unit, match: re.Match[str]) -> float | None:
    groups = match.groupdict()
    if groups.get("adverb"):
        return _ADVERBS[groups["adverb"]]
    if groups.get("fraction") or groups.get("fraction2"):
        return _FRACTIONS[groups.get("fraction") or "half"]
    if groups.get("half"):
        return _MONTHS_IN[groups["u"]] / 2  # `half a year`, `the half-year before`: six months
    number = _number(groups.get("n"))
    if number is None:
        return None
    if unit == "money":
        return number * _SCALES.get(groups.get("scale") or "", 1.0)
    if unit == "every_months" and groups.get("times"):
        times = {"once": 1.0, "twice": 2.0}.get(groups["times"], number)
        return _MONTHS_IN[groups["u"]] / times if times else None
    if unit in {"every_months", "months"}:
        return number * _MONTHS_IN[groups.get("u") or "month"]
    return number


def _qualifier(text: str, start: int) -> tuple[Qualifier, bool, int]:
    """How the number at `start` is bounded, whether the bound holds the number itself, and where
    a word that belittles or denies the bound begins (`start` where none does): `no` in `no more
    than two` is part of the figure, not a denial of what follows."""
    window = max(0, start - 32)
    before = text[window:start].rstrip()
    for phrase, qualifier in _QUALIFIERS:
        if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalpha()):
            ahead = before[: -len(phrase)]
            if qualifier in _DENIED and (slight := _SLIGHT.search(ahead)):
                return "about", False, window + slight.start()
            if qualifier in _DENIED and (denied := _DENIERS.search(ahead)):
                return _DENIED[qualifier], True, window + denied.start()
            return qualifier, phrase in _INCLUSIVE, start
    belittled = _BELITTLED.search(before + " ")
    return "exactly", False, window + belittled.start() if belittled else start


def find_quantities(text: str, *, skip: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """The quantities in folded text, ignoring the character ranges in `skip` (dates, say)."""
    if not _maybe_quantity(text, skip or ()):
        return []
    taken = Claimed(len(text))
    for start, end in skip or ():
        taken.take(start, end)
    found: list[Quantity] = []
    for unit, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if not taken.free(match.start(), match.end()):
                continue
            value = _value(unit, match)
            if value is None:
                continue
            if unit == "count" and not match["n"][0].isdigit() and match["n"] not in _COUNTED_WORDS:
                continue
            qualifier, inclusive, opened = _qualifier(text, match.start())
            qualifier = "about" if match.groupdict().get("n") == "couple" else qualifier
            if match.groupdict().get("n") in _MANY:
                qualifier, inclusive = "over", True
            found.append(Quantity(value, unit, qualifier, match[0].strip(), opened, match.end(), inclusive))
            taken.take(match.start(), match.end())
    return sorted(found, key=lambda quantity: quantity.start)


_SOLE = re.compile(
    r"\b(?:(?:only|just|merely)\s+(?:one|a\s+single|the\s+one)|a\s+single|one\s+single|a\s+lone)\s+(?!of\b)(?=[a-z])"
)
"""`only one visit`, `a single visit`: one, said so that it excludes more. A bare `one` or `a` is no
count (`one of the councils`, `a visit within six months`), so `find_quantities` never reads it."""


def sole_count(text: str) -> Quantity | None:
    """The count of one that folded `text` stresses as the only one (`just one monitoring visit`),
    which a count of the same thing in the record (`six visits`) denies."""
    match = _SOLE.search(text)
    if match is None:
        return None
    said = match[0].rstrip()
    return Quantity(1.0, "count", "exactly", said, match.start(), match.start() + len(said))


def _maybe_quantity(text: str, skip: list[tuple[int, int]] | tuple[()]) -> bool:
    """Whether `text` outside `skip` might hold a quantity. A match lies wholly outside `skip`, so
    each stretch between skipped ranges is searched alone (a stretch's start counts as a word's
    start, which can only find more)."""
    at = 0
    for start, end in sorted(skip):
        if start > at and _MAYBE.search(text, at, start):
            return True
        at = max(at, end)
    return _MAYBE.search(text, at) is not None


def agrees(claim: Quantity, record: Quantity) -> bool:
    """Whether the claim's quantity is what the record states, read with both qualifiers.

    `over 24%` in the record supports `24%` and `more than 20%`, but not `50%`: a writer who
    knew of a doubling would not have written "over 24%".
    """
    value, stated = claim.value, record.value
    slack = max(0.1 * abs(stated), 0.5)
    if record.qualifier == "over":
        if claim.qualifier == "over":
            return value <= stated + slack
        if claim.qualifier == "under":
            return False
        return stated <= value <= stated + slack
    if record.qualifier == "under":
        if claim.qualifier == "under":
            return value >= stated - slack
        return stated - slack <= value <= stated and claim.qualifier != "over"
    if record.qualifier == "about" or claim.qualifier == "about":
        return abs(value - stated) <= slack
    if claim.qualifier == "over":
        return stated >= value if claim.inclusive else stated > value
    if claim.qualifier == "under":
        return stated <= value if claim.inclusive else stated < value
    return abs(value - stated) < 1e-9
