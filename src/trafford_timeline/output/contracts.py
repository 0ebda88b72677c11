"""The JSON each command promises: pure functions from the core's results to plain data.

Nothing here touches a terminal, so a contract test reads a command's JSON without running it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from trafford_timeline.record.model import Citation, Conflict, Event, Fact

if TYPE_CHECKING:  # each command imports only what it uses: start-up is most of its time
    from trafford_timeline.claims.check import ClaimCheck, Evidence
    from trafford_timeline.query import Item
    from trafford_timeline.ratings import RatingGrid
    from trafford_timeline.record.verify import Verification


def as_data(value: Any) -> Any:
    """A record's dataclass as JSON-ready data: `dataclasses.asdict` without its deep copies, which
    cost more than the rest of `timeline --json` on a large window."""
    names = getattr(type(value), "__dataclass_fields__", None)
    if names is not None:
        return {name: as_data(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [as_data(item) for item in value]
    return value


def citation_record(citation: Citation) -> dict[str, Any]:
    """A citation as the `ratings` and `conflicts` JSON contracts give it."""
    return {"source": citation.source, "line": citation.line, "quote": citation.quote}


def ratings_record(grid: RatingGrid, *, with_change: bool) -> dict[str, Any]:
    """The `ratings --json` object; with `change` it is the `ratings --compare A B --json` contract."""
    rows = []
    for row in grid.rows:
        grades = {
            str(year): {"grade": cell.grade, "citations": [citation_record(c) for c in cell.citations]}
            for year, cell in row.cells.items()
        }
        item: dict[str, Any] = {"area": row.mapping.area, "label": row.mapping.label, "grades": grades}
        if with_change:
            item["change"] = row.change
        rows.append(item)
    return {"years": list(grid.years), "rows": rows}


def conflict_records(conflicts: Sequence[Conflict]) -> list[dict[str, Any]]:
    """The `conflicts --json` contract."""
    return [
        {
            "id": conflict.id,
            "kind": conflict.kind,
            "topic": conflict.topic,
            "sides": [
                {"statement": side.statement, "citations": [citation_record(c) for c in side.citations]}
                for side in conflict.sides
            ],
            "assessment": conflict.assessment,
        }
        for conflict in conflicts
    ]


def item_record(item: Item, facts: Sequence[Fact]) -> dict[str, Any]:
    record: dict[str, Any] = as_data(item)
    if isinstance(item, Event):
        record["facts"] = [as_data(fact) for fact in facts]
    return record


def verification_record(result: Verification) -> dict[str, Any]:
    return {
        "ok": result.ok,
        "citations_checked": result.citations_checked,
        "sources_checked": result.sources_checked,
        "counts": result.counts(),
        "problems": [{"code": p.code, "where": p.where, "message": p.message} for p in result.problems],
    }


def evidence_record(evidence: Evidence) -> dict[str, Any]:
    return {
        "id": evidence.id,
        "source": evidence.source,
        "line": evidence.line,
        "quote": evidence.quote,
        "score": evidence.score,
    }


def claim_record(check: ClaimCheck) -> dict[str, Any]:
    """One verdict as the `cite --json` contract gives it; near misses only for `not_found`."""
    record: dict[str, Any] = {
        "claim": check.claim,
        "verdict": check.verdict,
        "explanation": check.explanation,
        "evidence": [evidence_record(e) for e in check.evidence],
    }
    if check.verdict == "not_found":
        record["related"] = [evidence_record(e) for e in check.related]
    if check.conflict is not None:
        record["conflict"] = {"id": check.conflict.id, "favoured": check.conflict.favoured}
    return record
