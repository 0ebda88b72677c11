"""A statement with a closing clause of circumstance, against an item that contradicts the statement.

"The new chair took up the post in June 2017, just as the audit began" gives its own date and then
says what else happened at that time; "the mayor called the delays excusable given the workload"
says what the judgement was made in view of. The clause's words ("the audit began", "the workload")
are not in the item that records the statement, so the whole claim is not found even where that
item says otherwise. The clause only places or qualifies the statement before it, which the claim
asserts whatever the clause says. Read without the clause, the statement is taken only where the
record contradicts it; agreement would leave the clause unchecked, so it never supports. A clause of
time is cut only from a statement that gives its own date: without one, `when` may set the
condition the statement holds under ("the adviser will stay, when asked").
"""

from __future__ import annotations

import re

_TIMED = re.compile(
    r"^(?P<rest>.+?\S)\s*[,;–—-]\s*(?:(?:just|right|exactly|precisely)\s+)?"
    r"(?P<clause>(?:as|when|while|at the (?:same )?time (?:as|that|when))\s+[^,;]+?)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
"""`..., just as the report was published.`, `... - when Ofsted arrived`: a clause after a comma or a
dash that closes the claim and says what else happened then."""
_GIVEN = re.compile(
    r"^(?P<rest>.+?\S)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bis)(?<!\bare)"
    r"\s*,?\s+(?P<clause>(?:given|in view of|in light of)\s+(?:the|its|their|his|her|all)\s+"
    r"[^,;]+?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
"""`... was excusable given the workload.`, `... in light of the cuts`: what a judgement was made in
view of, closing the claim; `was given the deadline` is a thing received, not a circumstance."""


def without_circumstance(text: str) -> tuple[str, str, bool] | None:
    """The claim without its closing clause of circumstance, the clause, and whether the clause is
    one of time; None where the claim closes with no such clause."""
    for pattern, timed in ((_TIMED, True), (_GIVEN, False)):
        found = pattern.match(text.strip())
        if found is not None:
            return f"{found['rest']}.", found["clause"], timed
    return None
