"""`When was the committee to see the plan?`: a `to` clause that is what was to be done, not why.

After `was` or `were` and a subject with no verb of its own, a `to` and its verb are the predicate
("were children in care to help pick the director": they were to help pick him), so the question asks
of a plan, and the clause is no reason that may be left out. A participle ("was the board set up to
oversee...") or a particle closing the subject ("were staff brought in to help") is a verb of its
own, after which the `to` clause says why.
"""

from __future__ import annotations

import re

PARTICIPLE = (
    r"[a-z]+ed|done|given|taken|seen|known|shown|made|found|held|left|set|put|kept|told|said|written|brought"
    r"|thought|chosen|drawn|sent|spent|built|run|won"
)
"""A past participle: "which service was praised" has its subject asked; "were children found" not."""
_PARTICLE = r"in|out|up|off|down|on"

TO_BE_DONE = re.compile(
    r"^(?:when|by when|where|how|who|what|which [a-z'-]+|(?:in|on|at|by) (?:what|which) [a-z'-]+)"
    r" (?:was|were|is|are)"
    r"(?: (?:the|its|their|this|that|a|an)"
    rf"(?: (?!(?:{_PARTICLE})\b)(?![a-z'-]+(?:ed|en)\b)[a-z'-]+){{1,5}}"
    rf"|(?: (?!(?:{PARTICIPLE})\b)[a-z'-]+){{0,4}} (?!(?:{_PARTICLE}|{PARTICIPLE})\b)[a-z'-]+)$"
)
"""The words before the `to`: a question word (`in what month` too), `was` or `were`, and a subject
with no verb of its own, with a determiner (none of its words a participle in -ed or -en, nor a
particle), or without one (none a participle, and no particle at its close)."""


def subject_before_to(folded: str) -> bool:
    """Whether some `to` of a folded question follows a subject with no verb of its own
    (`TO_BE_DONE`), so that the question asks what was to be done."""
    return any(TO_BE_DONE.match(folded[: m.start()].strip()) for m in re.finditer(r"\bto\b", folded))
