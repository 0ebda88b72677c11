"""A claim that denies a whole statement: "It is not the case that X" is true where X is false.

The reader gives each `not` a reach of a few words, so in "it is not the case that leaders had an
accurate picture" the denial falls on `case` and the statement after `that` is read as asserted:
the claim was then found to say the opposite of a record that says the very same thing. A denial
framed around a whole statement reaches all of it: the statement is checked alone, and its verdict
turned over, since what the record supports the claim denies and what the record contradicts the
claim rightly denies. A statement the record does not settle stays not found either way.

The inspectors' own denial reads the same way: "Ofsted denied that governance was appropriate" is
Ofsted saying governance was not, so it is true where Ofsted said the opposite of the statement and
false where Ofsted said it. Only a denial by Ofsted, its inspectors or its report is read so: the
record holds their findings, while who else denied what is a statement it must hold itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.appraisal import by_the_judges
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


_JUDGES_DENIAL = re.compile(
    r"^(?P<judge>[^,;:.]{2,60}?)\s+(?:flatly\s+|firmly\s+)?(?:denied|denies|disputed|disputes|rejected|"
    r"rejects|refuted|refutes)\s+(?:the\s+(?:idea|claim|suggestion|notion|view|assertion)\s+)?that\s+",
    re.IGNORECASE,
)
"""`Ofsted denied that`, `inspectors rejected the idea that`: a judge's denial of the statement after."""


def denied_statement(claim: str, index: ClaimIndex) -> str | None:
    """The statement a claim denies as a whole, or None where it denies none so; a claim of
    several sentences is left alone, since the frame reaches only its own. A denial by Ofsted's
    inspectors gives the statement as theirs: `Ofsted said that ...`."""
    text = claim.strip()
    judged = _JUDGES_DENIAL.match(text)
    if judged is not None and not by_the_judges(judged["judge"], index):
        judged = None
    found = judged or _DENIED_FRAME.match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    if not rest or re.search(r"[.!?]\s+\S", rest):
        return None
    if judged is not None:
        return f"{judged['judge']} said that {rest}"
    return rest[:1].upper() + rest[1:]


def check_denied_statement(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The verdict on a claim that denies a whole statement: the statement's own, turned over."""
    statement = denied_statement(claim, index)
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
