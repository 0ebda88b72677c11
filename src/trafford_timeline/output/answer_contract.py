"""The `ask --json` contract: one answer as plain data, the same for one question and for a batch.

Kept apart from `render` so that the contract is a pure function a test can call directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trafford_timeline.claims.answer import Answer
    from trafford_timeline.claims.check import Evidence

ANSWER_FIELDS = ("question", "status", "answer", "value", "kind", "evidence", "related", "explanation")
QUOTE_FIELDS = ("id", "source", "line", "quote")


def quote_json(evidence: Evidence) -> dict[str, Any]:
    """A quote as `ask` gives it: the record item, the source file, its line and the verbatim text."""
    return {"id": evidence.id, "source": evidence.source, "line": evidence.line, "quote": evidence.quote}


def answer_json(answer: Answer) -> dict[str, Any]:
    """`{"question", "status", "answer", "value", "kind", "evidence", "related", "explanation"}`."""
    value = answer.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return {
        "question": answer.question,
        "status": answer.status,
        "answer": answer.answer,
        "value": value,
        "kind": answer.kind,
        "evidence": [quote_json(e) for e in answer.evidence],
        "related": [quote_json(e) for e in answer.related],
        "explanation": answer.explanation,
    }
