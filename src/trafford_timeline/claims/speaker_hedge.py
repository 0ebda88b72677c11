"""A speaker's hedge on what they assert: "As I understand it, X", "My understanding is that X",
"Chair, I understand X".

Such an opening says how sure the speaker is, not who said X or what X is, so the claim is X: the
record decides it as it decides X. Left in, its word `understand` is read as a word of the matter
and may match an item about someone's understanding, or leave X unsupported for want of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.verdicts import ClaimCheck

_CHAIR = r"(?:(?:madam\s+|mr\.?\s+)?chair(?:man|woman|person)?\s*,\s*)?"
"""`Chair, ...`: the speaker addressing the meeting, before or after the hedge."""
_HEDGE = re.compile(
    rf"^{_CHAIR}(?:as\s+(?:i|we)\s+understand\s+it|(?:my|our)\s+understanding\s+is"
    rf"|(?:i|we)\s+understand|as\s+far\s+as\s+(?:i|we)\s+(?:know|understand))(?:\s*,?\s*that\b)?\s*,?\s*"
    rf"{_CHAIR}",
    re.IGNORECASE,
)
_TAG = re.compile(r",?\s*(?:is\s+that\s+(?:right|correct)|am\s+i\s+right)\s*\?\s*$", re.IGNORECASE)
"""`..., is that right?`: the hedged speaker asking to be confirmed, which adds nothing to X."""


def unhedged(claim: str) -> tuple[str, str] | None:
    """The claim without the speaker's hedge, and the hedge; None where it opens with none or too
    little is left to be a claim."""
    found = _HEDGE.search(claim.strip())
    if found is None:
        return None
    rest = _TAG.sub(".", claim.strip()[found.end() :]).strip()
    if len(rest.split()) < 3:
        return None
    return rest[:1].upper() + rest[1:], " ".join(found.group(0).split()).strip(" ,")


def check_hedged(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The verdict on the claim the hedge opens, given for the whole claim; None without a hedge."""
    cut = unhedged(claim)
    if cut is None:
        return None
    rest, hedge = cut
    again = check(rest, index)
    return replace(again, claim=claim, explanation=f"{again.explanation}; {hedge!r} only hedges it")
