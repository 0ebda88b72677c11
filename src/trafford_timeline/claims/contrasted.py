"""A claim that sets what it asserts against an alternative it denies: `blamed the decline on
frontline staff rather than on leadership`, `aimed at its social workers instead of its leaders`.

The claim says the alternative is not so; where the record says it is (the decline was blamed on
leadership), the claim is contradicted, however its own choice is worded. The alternative is put in
the place of what the claim asserts, from the preposition both share (`on ... rather than on ...`)
or, where the alternative has none, from the last preposition before the contrast.
"""

from __future__ import annotations

import re

_CONTRAST = re.compile(r",?\s+(?:rather than|instead of)\s+(?P<other>[^,.;:!?]+)")
PREPOSITIONS = frozenset(
    ("on", "at", "of", "to", "for", "by", "with", "from", "in", "into", "onto", "as", "about", "against")
)
"""The words that open the thing a verb is said of or to, where what is asserted and its
alternative stand."""


def contrasted(claim: str) -> tuple[str, str] | None:
    """The claim with the alternative it denies in place of what it asserts, and the claim without
    the alternative; None where it sets nothing against an alternative."""
    found = _CONTRAST.search(claim)
    if found is None:
        return None
    before, after = claim[: found.start()], claim[found.end() :]
    other = found["other"].split()
    words = before.split()
    shared = other[0].casefold() if other[0].casefold() in PREPOSITIONS else None
    places = [at for at, word in enumerate(words) if word.casefold() in PREPOSITIONS]
    if shared is not None:
        places = [at for at in places if words[at].casefold() == shared]
    if not places or places[-1] == len(words) - 1:
        return None
    start = places[-1] if shared is not None else places[-1] + 1
    alternative = " ".join([*words[:start], *other]) + after
    return alternative, before + after
