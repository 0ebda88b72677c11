"""What a text says would have happened were something otherwise, read from its words alone.

"Without the inspection, the weaknesses would not have been recognised" says what would have
happened; whether its main clause is denied says which way. Both the claim checker and the
answerer of questions read it, so it depends on nothing but `re`: `cite` imports it without the
question reader.
"""

from __future__ import annotations

import re

_SAYS_OTHERWISE = re.compile(r"\bwould(?: not|n't| never)? have\b")
_IF_NOT = re.compile(
    r"\b(?:had\b[^,.;]*\b(?:not|no|never)\b|without|if\b[^,.;]*\b(?:not|no)\b|but for|unless|absent|"
    r"in the absence of)\b|\bhad(?:n't| not)\b"
)
_DENIED_MAIN = re.compile(
    r"\bwould(?: not|n't| never) have\b|\bwould have (?:gone|remained|stayed) un[a-z]+"
    r"|\b(?:nobody|no one|nothing|none|no [a-z]+)(?: [a-z']+){0,3} would have\b"
)


def says_otherwise(folded: str) -> bool:
    """Whether a text says what would have happened were something otherwise ("without the
    inspection, the weaknesses would not have been recognised")."""
    return _SAYS_OTHERWISE.search(folded) is not None and _IF_NOT.search(folded) is not None


def denies_otherwise(folded: str) -> bool:
    """Whether what a text says would have happened otherwise is denied ("would not have been
    recognised", "would have gone unnoticed", "nobody (at the council) would have spotted them", "no
    action would have been taken"), as against done ("would have found them anyway")."""
    return _DENIED_MAIN.search(folded) is not None


_CONDITION_CLAUSE = re.compile(
    r"(?:^|[,:;]\s*)had\b(?:(?!\bwould\b)[^,;])*"
    r"|\b(?:even\s+)?(?:without|if|unless|but for|absent|in the absence of)\b(?:(?!\bwould\b)[^,;])*"
)
"""The condition of a text that says what would have happened otherwise: `had we not inspected`,
`even without an inspection`, `if no inspection had happened`; `had` only where it opens a clause (after
a comma, colon or semicolon), not `would have had`; a condition ends at a comma or at `would`, so that
"without the inspection the weaknesses would never have been found" keeps its denial."""
_ANY_DENIAL = re.compile(r"\b(?:not|no|nobody|nothing|none|never|neither|nor)\b|n't\b|\bun[a-z]{4,}")


def affirms_otherwise(folded: str) -> bool:
    """Whether a text says what would have happened otherwise and, outside its condition, denies
    nothing ("would have spotted the weaknesses on its own even without an inspection"), as against
    "nobody would have spotted them", which `denies_otherwise` sees even where no comma ends the
    condition ("if Ofsted had not inspected nobody would have known")."""
    if not says_otherwise(folded) or denies_otherwise(folded):
        return False
    return _ANY_DENIAL.search(_CONDITION_CLAUSE.sub(" ", folded)) is None
