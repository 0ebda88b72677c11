"""A cause a claim gives that the record says was not so: what did not exist caused nothing.

"Ofsted blamed the decline on high staff churn" asserts that staff churn was high; where the record
finds turnover low, the claim is wrong whatever it says of the decline, which the record may never
tie to any cause. The cause is read out of the claim's wording of blame and checked alone; only a
cause the record contradicts decides, since a cause the record confirms need not be the cause.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.verdicts import ClaimCheck

_CAUSE_AFTER = re.compile(
    r"\b(?:blamed|blames|blame|blaming)\b.{3,80}?\bon\s+(?P<cause>[^,.;:!?]+)"
    r"|\b(?:put|puts|putting)\b.{3,80}?\bdown to\s+(?P<down>[^,.;:!?]+)"
    r"|\b(?:due to|caused by|because of|owing to|as a result of|the result of|attributed to|resulted from|"
    r"stemmed from)\s+(?P<because>[^,.;:!?]+)",
    re.IGNORECASE,
)
"""Where a claim names a cause after what it caused (`blamed the decline on X`, `put it down to X`,
`was due to X`)."""
_CAUSE_BEFORE = re.compile(
    r"\b(?:blamed|blames|blaming)\s+(?P<blamed>[^,.;:!?]+?)\s+for\b",
    re.IGNORECASE,
)
"""Where a claim names a cause before what it caused: `blamed X for the decline`."""
MIN_WORDS = 2


def stated_cause(claim: str) -> str | None:
    """The cause a claim gives, in its own words, or None."""
    found = _CAUSE_BEFORE.search(claim) or _CAUSE_AFTER.search(claim)
    if found is None:
        return None
    cause = next(group for group in found.groups() if group)
    cause = re.sub(r"\s+(?:for|in|at|across|among)\s.*$", "", cause.strip())
    return cause if len(cause.split()) >= MIN_WORDS else None


def check_stated_cause(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """Contradicted where the record says the opposite of the cause the claim gives; None otherwise."""
    cause = stated_cause(claim)
    if cause is None:
        return None
    alone = check(cause, index)
    if alone.verdict != "contradicted" or "opposite" not in alone.explanation:
        return None
    explanation = f"the cause the claim gives ({cause!r}) is not so: {alone.explanation}"
    return ClaimCheck(claim, "contradicted", explanation, alone.evidence, alone.related, alone.conflict)
