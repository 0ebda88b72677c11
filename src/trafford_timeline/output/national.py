"""The JSON `national` and `context` promise, and the `national` listing: pure functions of the
core's results (no terminal here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trafford_timeline.national.context import Statement
from trafford_timeline.national.history import AREAS, NationalRow
from trafford_timeline.output.listings import Column, Listing


def national_row_json(row: NationalRow) -> dict[str, Any]:
    """One report: dates ISO, grades as ids or null, and for each null grade its marker in `notes`."""
    record: dict[str, Any] = {
        "council": row.council,
        "urn": row.urn,
        "published": row.published.isoformat(),
        "inspection_start": row.inspection_start.isoformat() if row.inspection_start else None,
        "inspection_end": row.inspection_end.isoformat() if row.inspection_end else None,
        "framework": row.framework,
        "grades": {area: row.grades[area] for area in AREAS},
        "url": row.url,
        "line": row.line,
    }
    if row.notes:
        record["notes"] = {area: row.notes[area] for area in AREAS if area in row.notes}
    return record


def national_json(rows: Sequence[NationalRow]) -> list[dict[str, Any]]:
    """The `national --json` array: one object per row, in file order."""
    return [national_row_json(row) for row in sorted(rows, key=lambda r: r.line)]


def statement_json(statement: Statement, file: str) -> dict[str, Any]:
    return {
        "statement": statement.statement,
        "figure": statement.figure,
        "rows": [{"file": file, "line": row.line} for row in statement.rows],
        "definition": statement.definition,
        "caveats": list(statement.caveats),
    }


def context_json(statements: Sequence[Statement], file: str) -> list[dict[str, Any]]:
    """The `context --json` array; `rows` are exactly the rows each figure counts."""
    return [statement_json(statement, file) for statement in statements]


def _national_grade(row: NationalRow, area: str) -> tuple[str, str]:
    """A grade in words, or what the file's marker means: dim, and never written like a grade."""
    from trafford_timeline.national.history import MARKER_LABELS
    from trafford_timeline.ratings import GRADE_LABELS

    grade = row.grades[area]
    if grade is not None:
        return GRADE_LABELS[grade], GRADE_STYLES.get(grade, "")
    return f"({MARKER_LABELS[row.notes[area]]})", "dim italic"


GRADE_STYLES = {
    "outstanding": "green",
    "good": "green",
    "requires_improvement": "yellow",
    "inadequate": "bold red",
}


def national_listing(
    rows: Sequence[NationalRow], file: str, title: str, one_council: bool = False
) -> Listing:
    """Reports as the national file gives them, each with its line; markers in words, in brackets."""
    from trafford_timeline.national.councils import display_name
    from trafford_timeline.national.history import AREAS, MARKER_LABELS, MARKERS

    table_rows, styles = [], []
    for row in rows:
        cells = [_national_grade(row, area) for area in AREAS]
        inspected = (
            f"inspected {row.inspection_start:%d/%m/%Y}–{row.inspection_end:%d/%m/%Y}"
            if row.inspection_start and row.inspection_end
            else "inspection dates not in the file"
        )
        published = f"{row.published:%d %b %Y}"
        report = f"{published}\nline {row.line}"
        report = report if one_council else f"{display_name(row.council)}\n{report}"
        framework = f"{row.framework} {row.inspection_type}".strip() if row.framework != "SIF" else "SIF"
        table_rows.append([report, framework, *(c[0] for c in cells), inspected])
        styles.append(["", "", *(c[1] for c in cells), ""])
    legend = "; ".join(f"({MARKER_LABELS[marker]}) {meaning}" for marker, meaning in MARKERS.items())
    return Listing(
        title=title,
        columns=[
            Column("Published" if one_council else "Council, published", main=True, ratio=1),
            Column("Framework", ratio=1),
            Column("Overall", ratio=1),
            Column("Leaders", ratio=1),
            Column("Help, protection", ratio=1),
            Column("In care", ratio=1),
            Column("Care leavers", ratio=1),
            Column("Inspected", secondary=True, ratio=1),
        ],
        rows=table_rows,
        records=national_json(rows),
        items=[
            {k: v for k, v in record.items() if k not in ("grades", "notes")}
            | record["grades"]
            | {f"{area}_note": record.get("notes", {}).get(area) for area in AREAS}
            for record in national_json(rows)
        ],
        csv_columns=[
            "council",
            "urn",
            "published",
            "inspection_start",
            "inspection_end",
            "framework",
            "url",
            "line",
            *AREAS,
            *(f"{area}_note" for area in AREAS),
        ],
        caption=f"Line: the row's line in {file}. In brackets: no grade, and why. {legend}.",
        cell_styles=styles,
        empty_message="No reports.",
    )
