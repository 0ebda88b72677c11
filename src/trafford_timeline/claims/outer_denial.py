"""A claim that denies a whole statement: "It is not the case that X" is true where X is false.

The reader gives each `not` a reach of a few words, so in "it is not the case that leaders had an
accurate picture" the denial falls on `case` and the statement after `that` is read as asserted:
the claim was then found to say the opposite of a record that says the very same thing. A denial
framed around a whole statement reaches all of it: the statement is checked alone, and its verdict
turned over, since what the record supports the claim denies and what the record contradicts the
claim rightly denies. A statement the record does not settle stays not found either way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.verdicts import ClaimCheck, Verdict

_NOT = r"(?:\s+is\s+not|\s+was\s+not|\s+isn['’]t|\s+wasn['’]t|['’]s\s+not)"
_DENIED_FRAME = re.compile(
    rf"^(?:(?:but|and|so|yet),?\s+)?(?:it|that){_NOT}\s+(?:the\s+case|true|so|correct|right)\s+"
    r"(?:to\s+say\s+)?that\s+"
    r"|^(?:(?:but|and|so|yet),?\s+)?(?:it|that)(?:\s+is|\s+was|['’]s)\s+(?:untrue|false|incorrect|wrong)\s+"
    r"(?:to\s+say\s+)?that\s+",
    re.IGNORECASE,
)
"""`It is not the case that`, `it isn't true that`, `it is false that`, `it is wrong to say that`:
a frame that denies the statement after it, the whole of it."""
_TURNED: dict[Verdict, Verdict] = {"supported": "contradicted", "contradicted": "supported"}


def denied_statement(claim: str) -> str | None:
    """The statement a claim denies as a whole, or None where it denies none so; a claim of
    several sentences is left alone, since the frame reaches only its own."""
    found = _DENIED_FRAME.match(claim.strip())
    if found is None:
        return None
    rest = claim.strip()[found.end() :]
    if not rest or re.search(r"[.!?]\s+\S", rest):
        return None
    return rest[:1].upper() + rest[1:]


def check_denied_statement(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The verdict on a claim that denies a whole statement: the statement's own, turned over."""
    statement = denied_statement(claim)
    if statement is None:
        return None
    alone = check(statement, index)
    turned = _TURNED.get(alone.verdict, alone.verdict)
    if turned == alone.verdict:
        return ClaimCheck(claim, turned, alone.explanation, alone.evidence, alone.related, alone.conflict)
    said = "says it" if alone.verdict == "supported" else "says otherwise"
    explanation = (
        f"the claim denies that {statement.rstrip('.!?')!r}, and the record {said}: {alone.explanation}"
    )
    return ClaimCheck(claim, turned, explanation, alone.evidence, alone.related, alone.conflict)
