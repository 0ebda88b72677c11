"""What the checker answers: a verdict, why, the evidence that decides it, and any dispute touched."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from trafford_timeline.record.model import Citation

Verdict = Literal["supported", "contradicted", "not_found", "disputed"]
VERDICTS: tuple[Verdict, ...] = ("supported", "contradicted", "not_found", "disputed")
"""`disputed`: the record's sources disagree on the claim and its assessment favours neither side."""


@dataclass(frozen=True)
class Evidence:
    id: str
    source: str
    line: int
    quote: str
    score: float


@dataclass(frozen=True)
class ConflictNote:
    """A recorded disagreement the claim touches: which side the record's assessment favours."""

    id: str
    favoured: str | None
    """The favoured side's statement; None where the assessment favours neither."""
    dissent: tuple[str, ...] = ()
    """The source files of the side the claim's verdict goes against."""


@dataclass(frozen=True)
class ClaimCheck:
    claim: str
    verdict: Verdict
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    related: tuple[Evidence, ...] = ()
    conflict: ConflictNote | None = None


def cite(item_id: str, citation: Citation, score: float) -> Evidence:
    return Evidence(item_id, citation.source, citation.line, citation.quote, score)


def unique(evidence: Iterable[Evidence], limit: int = 12) -> tuple[Evidence, ...]:
    """Evidence without repeats, in order: one quote cited by two items is shown once."""
    seen: set[tuple[str, int, str]] = set()
    kept: list[Evidence] = []
    for item in evidence:
        key = (item.source, item.line, item.quote)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return tuple(kept[:limit])


def not_found(claim: str, reason: str, related: Iterable[Evidence] = ()) -> ClaimCheck:
    return ClaimCheck(claim, "not_found", reason, related=unique(related, 3))
