"""`ratings --council`: any council's inspections as the same grid as Trafford's, from the national file.

Each cell cites the CSV row it comes from. A grade the file lacks (most SIF rows) comes from the user's
own record where it holds that report's grade, cited to the record's source instead; otherwise the cell
says what the file's marker means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from trafford_timeline.errors import UsageError
from trafford_timeline.national.context import Supplied, SuppliedGrade
from trafford_timeline.national.history import AREAS, MARKERS, SIF, NationalHistory, NationalRow
from trafford_timeline.ratings import AREA_MAPPINGS, Cell, RatingGrid, RatingRow
from trafford_timeline.record.model import Citation, Framework, RatingFact

if TYPE_CHECKING:
    from trafford_timeline.record.model import Record

FILLABLE_MARKERS = frozenset({"blank", "data_unreadable"})
"""Markers for a grade the report gives but the file lacks; the others mean the report gives none."""


def supplied_from_record(rows: tuple[NationalRow, ...], record: Record) -> Supplied:
    """The record's SIF grades for the SIF reports among `rows` the file has no grade for, matched by
    year of publication.

    This is the hook for grades from the user's own reports: a report added to the record (for
    example by `sources add`, where that has landed) fills the same cells.
    """
    facts: dict[tuple[int, str], RatingFact] = {
        (f.year, f.area): f for f in record.facts if isinstance(f, RatingFact) and f.framework == "SIF"
    }
    supplied: dict[tuple[int, str], SuppliedGrade] = {}
    for row in rows:
        if row.framework != SIF:
            continue
        for area, marker in row.notes.items():
            fact = facts.get((row.published.year, area))
            if fact is not None and marker in FILLABLE_MARKERS and fact.citations:
                c = fact.citations[0]
                supplied[(row.line, area)] = SuppliedGrade(fact.grade, c.source, c.line, c.quote)
    return supplied


def _cell(history: NationalHistory, row: NationalRow, area: str, supplied: Supplied) -> Cell:
    own = Citation(source=history.file, line=row.line, quote=row.text)
    grade = row.grades[area]
    if grade is not None:
        return Cell(grade, (own,))
    filled = supplied.get((row.line, area))
    if filled is not None:
        return Cell(filled.grade, (Citation(source=filled.source, line=filled.line, quote=filled.quote), own))
    return Cell(None, (own,), MARKERS[row.notes[area]])


def council_grid(
    history: NationalHistory,
    council: str,
    supplied: Supplied | None = None,
    years: tuple[int, ...] | None = None,
) -> RatingGrid:
    """Every report of `council` by year (the later where a year has two), or just `years`."""
    by_year = {row.published.year: row for row in history.rows_of(council)}
    if years is not None:
        if years[0] == years[1]:
            raise UsageError(f"a comparison needs two different years, not {years[0]} twice")
        missing = [str(y) for y in years if y not in by_year]
        if missing:
            known = ", ".join(str(y) for y in by_year) or "none"
            raise UsageError(
                f"no report published in {' or '.join(missing)}; the years in the file are: {known}"
            )
    chosen = years if years is not None else tuple(by_year)
    rows = tuple(
        RatingRow(mapping, {y: _cell(history, by_year[y], mapping.area, supplied or {}) for y in chosen})
        for mapping in AREA_MAPPINGS
        if mapping.area in AREAS  # the file has no column for SIF's adoption sub-judgement
    )
    frameworks: dict[int, Framework | None] = {y: cast("Framework", by_year[y].framework) for y in chosen}
    return RatingGrid(tuple(chosen), frameworks, rows)
