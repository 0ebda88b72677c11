"""The national history: one row per full inspection report of every English council's children's services.

The file is a public scraper's CSV (see README, "Trafford in national context"). It is read as it is:
dates in its own formats (publication dd/mm/yy, inspection dd/mm/yyyy), grades as one of Ofsted's four
or one of the scraper's markers, each row keeping its line so every figure can cite it. A row that
cannot be read is left out and reported with its line, the way `verify` reports problems.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from trafford_timeline.errors import DataError

AREA_COLUMNS: dict[str, str] = {
    "overall": "overall_effectiveness_grade",
    "leadership": "impact_of_leaders_grade",
    "help_and_protection": "help_and_protection_grade",
    "children_in_care": "in_care_grade",
    "care_leavers": "care_leavers_grade",
}
"""Our judgement areas (as in ratings.py) and the CSV column that grades each."""
AREAS: tuple[str, ...] = tuple(AREA_COLUMNS)
REQUIRED_COLUMNS: tuple[str, ...] = (
    "urn",
    "local_authority",
    "inspection_link",
    "publication_date",
    "inspection_framework",
    "inspection_start_date",
    "inspection_end_date",
    *AREA_COLUMNS.values(),
)
GRADE_IDS: dict[str, str] = {
    "outstanding": "outstanding",
    "good": "good",
    "requires improvement": "requires_improvement",
    "inadequate": "inadequate",
}
"""The file's spelling of Ofsted's four grades, and the grade ids the tool uses everywhere."""
MARKERS: dict[str, str] = {
    "not_reported_post_reform": "no grade given: from April 2026 Ofsted gives no overall effectiveness grade",
    "inspection_pre_dates_judgement": (
        "no separate grade: until 2023 ILACS judged care leavers within children in care"
    ),
    "data_unreadable": "not read: the scraper could not read this grade from the report",
    "blank": "not in the file: the scraper left it blank (nearly all reports before 2018)",
}
"""What each of the scraper's markers means. A marker is never a grade; `blank` stands for an empty cell."""
MARKER_LABELS: dict[str, str] = {
    "not_reported_post_reform": "none given",
    "inspection_pre_dates_judgement": "with in care",
    "data_unreadable": "not read",
    "blank": "blank",
}
"""Short forms for a table cell, in brackets; the caption gives each its meaning."""

SIF, ILACS, ILACS_2026 = "SIF", "ILACS", "ILACS-2026"
FRAMEWORKS: tuple[str, ...] = (SIF, ILACS, ILACS_2026)
FRAMEWORK_DEFINITIONS: dict[str, str] = {
    SIF: "Single Inspection Framework: the file gives no inspection type and the report was published "
    "before 2019 (ILACS began in January 2018; the last SIF reports were published in 2018)",
    ILACS: "ILACS: the file gives an inspection type (standard or short), or the report was published "
    "from 2019, and the inspection began before April 2026",
    ILACS_2026: "ILACS after the April 2026 changes: the inspection began on or after 1 April 2026, or the "
    "file marks the overall grade not_reported_post_reform",
}
LAST_SIF_PUBLICATION_YEAR = 2018
"""No SIF report was published after 2018: a report without an inspection type from 2019 on is ILACS."""
REFORM_START = date(2026, 4, 1)

PROBLEM_CODES: dict[str, str] = {
    "wrong-field-count": "a row has more or fewer fields than the header: the row is left out",
    "bad-urn": "the URN is not a number: the row is left out",
    "missing-council": "the council's name is empty: the row is left out",
    "bad-date": "a date is not in the file's format (dd/mm/yy, inspection dd/mm/yyyy): the row is left out",
    "unknown-grade": "a grade is neither one of Ofsted's four nor a scraper marker: shown as not read",
}


@dataclass(frozen=True)
class NationalRow:
    """One report as the file gives it; `grades` maps each area to a grade id or None, and `notes`
    gives the scraper's marker for each area without a grade."""

    line: int
    council: str
    urn: str
    published: date
    inspection_start: date | None
    inspection_end: date | None
    inspection_type: str
    """The file's `inspection_framework` (standard, short, or empty before 2018), as written."""
    framework: str
    grades: Mapping[str, str | None]
    notes: Mapping[str, str]
    url: str
    text: str
    """The row's line as it is in the file: the verbatim quote a citation gives."""


@dataclass(frozen=True)
class Problem:
    code: str
    line: int
    message: str

    @property
    def where(self) -> str:
        return f"line {self.line}"


@dataclass(frozen=True)
class NationalHistory:
    file: str
    """The file's name, as a citation gives it (`file:line`)."""
    rows: tuple[NationalRow, ...]
    problems: tuple[Problem, ...]
    line_count: int
    """Data rows in the file, read or not."""

    @cached_property
    def by_council(self) -> dict[str, tuple[NationalRow, ...]]:
        """Each council's reports, oldest first (by publication, then line), councils in file order."""
        grouped: dict[str, list[NationalRow]] = {}
        for row in sorted(self.rows, key=lambda r: (r.published, r.line)):
            grouped.setdefault(row.council, []).append(row)
        return {council: tuple(grouped[council]) for council in dict.fromkeys(r.council for r in self.rows)}

    @property
    def councils(self) -> tuple[str, ...]:
        return tuple(self.by_council)

    def rows_of(self, council: str) -> tuple[NationalRow, ...]:
        """The council's reports, oldest first (by publication, then line)."""
        return self.by_council.get(council, ())

    @property
    def skipped_lines(self) -> tuple[int, ...]:
        kept = {row.line for row in self.rows}
        return tuple(sorted({p.line for p in self.problems if p.line not in kept}))


def _day_month_year(value: str, year_digits: int) -> date:
    """A dd/mm/yy or dd/mm/yyyy date; ValueError otherwise (two-digit years are 20yy)."""
    parts = value.split("/")
    if (
        len(parts) != 3
        or [len(p) for p in parts] != [2, 2, year_digits]
        or not all(p.isdigit() for p in parts)
    ):
        raise ValueError(value)
    day, month, year = (int(p) for p in parts)
    return date(year + 2000 if year_digits == 2 else year, month, day)


def framework_of(inspection_type: str, published: date, start: date | None, overall_raw: str) -> str:
    """The framework a report was made under, by the rules in FRAMEWORK_DEFINITIONS."""
    if (start is not None and start >= REFORM_START) or overall_raw == "not_reported_post_reform":
        return ILACS_2026
    if not inspection_type and published.year <= LAST_SIF_PUBLICATION_YEAR:
        return SIF
    return ILACS


def _grades(
    raw: dict[str, str], line: int, problems: list[Problem]
) -> tuple[dict[str, str | None], dict[str, str]]:
    grades: dict[str, str | None] = {}
    notes: dict[str, str] = {}
    for area, column in AREA_COLUMNS.items():
        value = raw[column].strip()
        if value in GRADE_IDS:
            grades[area] = GRADE_IDS[value]
            continue
        grades[area] = None
        if value in MARKERS:
            notes[area] = value
        elif not value:
            notes[area] = "blank"
        else:
            notes[area] = "data_unreadable"
            problems.append(
                Problem(
                    "unknown-grade", line, f"{column} {value!r} is not a grade or a marker; shown as not read"
                )
            )
    return grades, notes


def _row(raw: dict[str, str], line: int, text: str, problems: list[Problem]) -> NationalRow | None:
    urn, council = raw["urn"].strip(), raw["local_authority"].strip()
    if not urn.isdigit():
        problems.append(Problem("bad-urn", line, f"urn {urn!r} is not a number"))
        return None
    if not council:
        problems.append(Problem("missing-council", line, "local_authority is empty"))
        return None
    dates: dict[str, date | None] = {}
    for column, digits in (("publication_date", 2), ("inspection_start_date", 4), ("inspection_end_date", 4)):
        value = raw[column].strip()
        if not value and column != "publication_date":
            dates[column] = None
            continue
        try:
            dates[column] = _day_month_year(value, digits)
        except ValueError:
            form = "dd/mm/yy" if digits == 2 else "dd/mm/yyyy"
            problems.append(Problem("bad-date", line, f"{column} {value!r} is not a date written {form}"))
            return None
    published = dates["publication_date"]
    assert published is not None
    grades, notes = _grades(raw, line, problems)
    inspection_type = raw["inspection_framework"].strip()
    start = dates["inspection_start_date"]
    overall_raw = raw[AREA_COLUMNS["overall"]].strip()
    return NationalRow(
        line=line,
        council=council,
        urn=urn,
        published=published,
        inspection_start=start,
        inspection_end=dates["inspection_end_date"],
        inspection_type=inspection_type,
        framework=framework_of(inspection_type, published, start, overall_raw),
        grades=grades,
        notes=notes,
        url=raw["inspection_link"].strip(),
        text=text,
    )


def parse_history(data: bytes, file: str) -> NationalHistory:
    """The rows of the file that can be read, and a problem for each that cannot.

    A DataError if the file as a whole is not the history CSV: not UTF-8 text, a header without the
    columns it needs, or no rows at all.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            file, f"is not UTF-8 text (byte {exc.start}); is it the inspection history CSV?"
        ) from None
    lines = text.splitlines()
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise DataError(file, "is empty; expected the inspection history CSV") from None
    except csv.Error as exc:
        raise DataError(file, f"is not CSV: {exc}") from None
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise DataError(
            file,
            "is not the inspection history CSV: its header lacks " + ", ".join(missing),
            [f"line 1: {lines[0][:200]!r}" if lines else "line 1: empty"],
        )
    rows: list[NationalRow] = []
    problems: list[Problem] = []
    count = 0
    start = reader.line_num + 1
    try:
        for fields in reader:
            line, start = start, reader.line_num + 1
            if not fields:
                continue
            count += 1
            if len(fields) != len(header):
                problems.append(
                    Problem(
                        "wrong-field-count", line, f"{len(fields)} fields where the header has {len(header)}"
                    )
                )
                continue
            row = _row(
                dict(zip(header, fields, strict=True)), line, "\n".join(lines[line - 1 : start - 1]), problems
            )
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        raise DataError(file, f"is not CSV at line {reader.line_num}: {exc}") from None
    if not rows:
        raise DataError(
            file,
            "holds no inspection report that can be read",
            [f"{p.where}: {p.message}" for p in problems[:20]],
        )
    return NationalHistory(file=file, rows=tuple(rows), problems=tuple(problems), line_count=count)


def load_history(path: Path) -> NationalHistory:
    """Read and check the history CSV at `path`; a DataError names the file and what is wrong."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError(str(path), "does not exist") from None
    except OSError as exc:
        raise DataError(str(path), f"cannot be read: {exc.strerror or exc}") from None
    return parse_history(data, path.name)
