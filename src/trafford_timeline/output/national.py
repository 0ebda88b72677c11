"""The JSON `national` and `context` promise, as pure functions of the core's results (no terminal here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trafford_timeline.national.context import Statement
from trafford_timeline.national.history import AREAS, NationalRow


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
