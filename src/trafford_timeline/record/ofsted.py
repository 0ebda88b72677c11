"""Reading an Ofsted report of a council's children's services: its judgement table and its dates.

The table is read by its structure, not by any one report's wording: a row is a label followed by a
grade at the end of a line (a layout column, or the end of a sentence), a label may run onto the
lines after it (which start in lower case), and a grade may wrap ("Requires improvement / to be
good"). The area is known from the label's words. SIF (2013-2017) and ILACS (2018 on, including the
2023 form with care leavers judged apart and the 2026 form with no overall grade) all read this way.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from trafford_timeline.claims.mentions import find_dates
from trafford_timeline.record.model import Framework

_WORDS = r"(?:requires?|improvement|to|be|good|outstanding|inadequate)"
_FRAGMENT = re.compile(
    r"^(?P<label>.*?)[\s:]*\b(?P<grade>" + _WORDS + r"(?:\s+" + _WORDS + r")*)[\s.,\d]*$", re.I
)
_FULL = {
    "outstanding": "outstanding",
    "good": "good",
    "inadequate": "inadequate",
    "requires improvement": "requires_improvement",
    "require improvement": "requires_improvement",
    "requires improvement to be good": "requires_improvement",
    "require improvement to be good": "requires_improvement",
}
"""Every way the table writes a grade, once a wrapped grade is joined up."""


def _fragment(text: str) -> tuple[str, str] | None:
    """The label and the grade words ending a line, or None when it ends in no grade words."""
    match = _FRAGMENT.match(text)
    if match is None:
        return None
    return match["label"].strip(), " ".join(match["grade"].lower().split())


def _grade_in(fragment: str) -> tuple[str, str] | None:
    """The longest ending of `fragment` that is a whole grade, as (the words, the grade id)."""
    words = fragment.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if tail in _FULL:
            return tail, _FULL[tail]
    return None


_TABLE_LOOKAHEAD = 120
"""How many lines after the inspection dates the judgement table may start within: its first page."""
MAX_LABEL_LINES = 3


@dataclass(frozen=True)
class Judgement:
    """One row of the table: the area, the grade, and the lines that state it (the grade's line first)."""

    area: str
    grade: str
    label: str
    line: int
    quote: str
    more: tuple[tuple[int, str], ...] = ()
    """Further lines of the label, as (line, text)."""


@dataclass(frozen=True)
class Report:
    """What a report says about itself and the judgements in its table."""

    inspection_first: date | None
    inspection_last: date | None
    inspection_line: int | None
    inspection_quote: str | None
    published: date | None
    published_line: int | None
    published_quote: str | None
    lead_inspector: str | None
    lead_line: int | None
    judgements: tuple[Judgement, ...]
    framework: Framework
    improvements: tuple[tuple[int, str], ...]
    """The "what needs to improve" points, as (line, text)."""

    @property
    def year(self) -> int | None:
        return self.inspection_first.year if self.inspection_first else None

    @property
    def form(self) -> str:
        """SIF, ILACS (care leavers with children in care), ILACS 2023 (apart) or ILACS 2026 (no overall)."""
        areas = {j.area for j in self.judgements}
        if self.framework == "SIF":
            return "SIF"
        if "care_leavers" in areas and "overall" not in areas:
            return "ILACS 2026"
        return "ILACS 2023" if "care_leavers" in areas else "ILACS 2018"


def looks_like_ofsted_report(text: str) -> bool:
    """An inspection report states its inspection dates near the top, and names Ofsted."""
    return bool(re.search(r"inspection dates?\s*:", text[:3000], re.I)) and "ofsted" in text.lower()


def area_of(label: str) -> str | None:
    """The `ratings` area a row's label names, or None for a row no area stands for (the LSCB)."""
    text = " ".join(label.lower().replace("’", "'").split())
    if "safeguarding children board" in text or "lscb" in text:
        return None
    if "adoption" in text:
        return "adoption"
    if "children in care" in text or "looked after" in text:
        return "children_in_care"
    if "leavers" in text:
        return "care_leavers"
    if "help and protection" in text:
        return "help_and_protection"
    if "leaders" in text or "leadership" in text:
        return "leadership"
    if "overall" in text or re.search(r"children'?s services\b", text):
        return "overall"
    return None


def _starts_lower(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and stripped[0].islower()


def _is_prose(text: str) -> bool:
    """A line of running text, not a table row: many words and no grade at its end."""
    fragment = _fragment(text)
    return len(text.split()) >= 8 and (fragment is None or _grade_in(fragment[1]) is None)


def _joined_grade(lines: list[str], i: int, label: str, fragment: str) -> tuple[str, int, str, str] | None:
    """The row's whole grade where it wraps: a word on the line above ("Requires" / "improvement") or
    the rest on the line below ("Requires improvement" / "to be good"). Returns (label, last line index
    used, the grade id, any label text on the line below)."""
    below = i + 1 if i + 1 < len(lines) and lines[i + 1].strip() else None
    if below is not None:
        after = _fragment(lines[below].strip())
        if after is not None and (not after[0] or _starts_lower(after[0]) or not label):
            whole = _grade_in(f"{fragment} {after[1]}")
            if (
                whole is not None
                and len(whole[0].split()) > len(fragment.split())
                and (fragment.split()[-1] in {"require", "requires", "improvement", "to", "be"})
            ):
                return label, below, whole[1], after[0]
    above = _previous_nonblank(lines, i - 1)
    if above is not None and fragment.split()[0] == "improvement":
        before = _fragment(lines[above].strip())
        if before is not None and not before[0]:
            whole = _grade_in(f"{before[1]} {fragment}")
            if whole is not None:
                return label, i, whole[1], ""
    whole = _grade_in(fragment)
    if whole is None:
        return None
    rest = fragment[: len(fragment) - len(whole[0])].strip()
    return (f"{label} {rest}".strip(), i, whole[1], "")


def _previous_nonblank(lines: list[str], index: int) -> int | None:
    while index >= 0:
        if lines[index].strip():
            return index
        index -= 1
    return None


def read_table(lines: list[str], start: int) -> list[Judgement]:
    """The judgements in the table that follows line index `start`; the first row for an area wins."""
    rows: list[Judgement] = []
    seen: set[str] = set()
    label_lines: list[tuple[int, str]] = []
    end = min(len(lines), start + _TABLE_LOOKAHEAD)
    i = start
    found_area_row = False
    while i < end:
        text = lines[i].strip()
        if not text:
            label_lines = []
            i += 1
            continue
        fragment = _fragment(text)
        joined = _joined_grade(lines, i, *fragment) if fragment is not None else None
        if joined is None:
            if found_area_row and _is_prose(text):
                break
            label_lines = [*label_lines, (i, text)][-MAX_LABEL_LINES:]
            i += 1
            continue
        own_label, consumed, grade, below_label = joined
        more: list[tuple[int, str]] = [(consumed, below_label)] if below_label else []
        label = own_label
        if not own_label:
            label = " ".join(t for _, t in label_lines)
            more = [*label_lines, *more]
        following = _next_nonblank(lines, consumed + 1, blank_ends=True)
        while following is not None and len(more) < MAX_LABEL_LINES:
            candidate = lines[following].strip()
            if not _starts_lower(candidate) or (_fragment(candidate) and _grade_in(_fragment(candidate)[1])):  # type: ignore[index]
                break
            more.append((following, candidate))
            consumed = following
            following = _next_nonblank(lines, following + 1, blank_ends=True)
        full = (
            " ".join([label, *(t for n, t in more if n > i)]) if own_label else " ".join(t for _, t in more)
        )
        area = area_of(full)
        if area is not None and area not in seen:
            seen.add(area)
            rows.append(
                Judgement(
                    area=area,
                    grade=grade,
                    label=full,
                    line=i + 1,
                    quote=text,
                    more=tuple((n + 1, t) for n, t in more if n != i),
                )
            )
            found_area_row = found_area_row or area != "overall"
        label_lines = []
        i = consumed + 1
    return rows


def _next_nonblank(lines: list[str], index: int, *, blank_ends: bool = False) -> int | None:
    while index < len(lines):
        if lines[index].strip():
            return index
        if blank_ends:
            return None
        index += 1
    return None


def _span(text: str) -> tuple[date | None, date | None]:
    """The first and last day of an inspection, filling a start written without its year."""
    mentions = find_dates(text.lower())
    if not mentions:
        return None, None
    last_mention = mentions[-1]
    last = last_mention.span.last if last_mention.span else None
    first_mention = mentions[0]
    if first_mention.span is not None:
        return first_mention.span.first, last
    if last is None or first_mention.month is None:
        return None, last
    year = last.year - (1 if first_mention.month > last.month else 0)
    if (first_mention.day or 1) > calendar.monthrange(year, first_mention.month)[1]:
        return None, last  # `29 February` of a year with 28 days is no day: the start is unknown
    return date(year, first_mention.month, first_mention.day or 1), last


def _stated(lines: list[str], pattern: str) -> tuple[int, str] | None:
    rx = re.compile(pattern, re.I)
    for number, line in enumerate(lines[:200]):
        if rx.search(line):
            return number, line.strip()
    return None


_MARKER = re.compile(r"^(?:\d{1,2}\.|[•●▪◼■◆○◦*\-–])\s+\S")
_IMPROVE_HEADING = re.compile(
    r"^\s*(?:what (?:needs to improve|does the local authority need to improve)\b[^?\d]*|recommendations)"
    r"\??\d?\s*$",
    re.I,
)


SUBHEADING_WORDS = 6
_NEXT_SECTION = re.compile(r"\b(?:strengths|summary|progress since|information about)\b", re.I)
"""Headings of the sections that follow the improvement points in SIF and ILACS reports."""


def _improvements(lines: list[str]) -> tuple[tuple[int, str], ...]:
    """The numbered or bulleted points under the "what needs to improve" heading (not the contents
    page's entry), each with the indented lines that continue it; the list ends at the next paragraph."""
    heading = next((n for n, line in enumerate(lines) if _IMPROVE_HEADING.match(line)), None)
    if heading is None:
        return ()
    points: list[tuple[int, str]] = []
    after_blank = False
    for number in range(heading + 1, min(len(lines), heading + 150)):
        raw = lines[number]
        text = raw.strip()
        if not text:
            after_blank = True
            continue
        if _MARKER.match(text):
            points.append((number + 1, text))
        elif points and raw.startswith(" ") and not after_blank:
            line, joined = points[-1]
            points[-1] = (line, f"{joined} {text}")
        elif (
            points
            and not raw.startswith(" ")
            and (len(text.split()) > SUBHEADING_WORDS or _NEXT_SECTION.search(text))
        ):
            break  # the next paragraph or section; a short line is a sub-heading of the list
        after_blank = False
    return tuple(points)


def read_report(text: str) -> Report:
    """Read the report's dates, lead inspector, judgement table and improvement points."""
    lines = text.splitlines()
    dates_at = _stated(lines, r"inspection dates?\s*:")
    first = last = None
    inspection_line = inspection_quote = None
    if dates_at is not None:
        first, last = _span(lines[dates_at[0]].split(":", 1)[1])
        inspection_line, inspection_quote = dates_at[0] + 1, dates_at[1]
    published_at = _stated(lines, r"report published\s*:")
    published = None
    if published_at is not None:
        _, published = _span(lines[published_at[0]].split(":", 1)[1])
    lead_at = _stated(lines, r"lead inspector\s*:")
    lead = None
    if lead_at is not None:
        name = lines[lead_at[0]].split(":", 1)[1].strip()
        lead = re.split(r",|\s{2,}|\b(?:HMI|Her|His) Majesty", name)[0].strip() or None
        lead = re.sub(r"\s+HMI$", "", lead) if lead else None
    start = dates_at[0] + 1 if dates_at is not None else 0
    judgements = read_table(lines, start)
    sif = any(j.area == "adoption" for j in judgements) or any(
        "looked after" in j.label.lower() or "governance" in j.label.lower() for j in judgements
    )
    framework: Framework = "SIF" if sif or (first is not None and first.year < 2018) else "ILACS"
    return Report(
        inspection_first=first,
        inspection_last=last,
        inspection_line=inspection_line,
        inspection_quote=inspection_quote,
        published=published,
        published_line=published_at[0] + 1 if published_at else None,
        published_quote=published_at[1] if published_at else None,
        lead_inspector=lead,
        lead_line=lead_at[0] + 1 if lead_at else None,
        judgements=tuple(judgements),
        framework=framework,
        improvements=_improvements(lines),
    )
