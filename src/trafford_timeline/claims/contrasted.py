"""A claim that sets what it asserts against an alternative it denies: `blamed the decline on
frontline staff rather than on leadership`, `aimed at its social workers instead of its leaders`.

The claim says the alternative is not so; where the record says it is (the decline was blamed on
leadership), the claim is contradicted, however its own choice is worded. The alternative is put in
the place of what the claim asserts, from the preposition both share (`on ... rather than on ...`)
or, where the alternative has none, from the last preposition before the contrast.

A denial set after a comma (`would resist, not embrace, the challenge`, `the council, not the
department, decides`, `was temporary, not permanent`) names its alternative as a stand-in for as
many words just before it: the alternative takes their place, and the sentence goes on after it.
"""

from __future__ import annotations

import re

_CONTRAST = re.compile(r",?\s+(?:rather than|instead of)\s+(?P<other>[^,.;:!?]+)")
PREPOSITIONS = frozenset(
    ("on", "at", "of", "to", "for", "by", "with", "from", "in", "into", "onto", "as", "about", "against")
)
"""The words that open the thing a verb is said of or to, where what is asserted and its
alternative stand."""


_DENIED_BETWEEN = re.compile(
    r",\s+not\s+(?!only\b|just\b|least\b|yet\b|even\b|merely\b|simply\b)(?P<other>[^,.;:!?]+)(?:,|\s*[.!?]?\s*$)"
)
"""`A, not B,` or `A, not B.`: the alternative B after a comma, to the next comma or the end; not
`not only`, `not least` or `not yet`, which deny no alternative."""
_STAND_IN_WORDS = 4
"""The most words the alternative between commas may stand in for: a verb, a grade or a body's name."""


def _denied_between(claim: str) -> tuple[str, str] | None:
    """The pair `contrasted` returns for an alternative set between commas after what it replaces."""
    found = _DENIED_BETWEEN.search(claim)
    if found is None:
        return None
    other = found["other"].split()
    before, after = claim[: found.start()], claim[found.end() :]
    words = before.split()
    if not 1 <= len(other) <= _STAND_IN_WORDS or len(words) < len(other):
        return None
    kept = words[: -len(other)]
    alternative = " ".join([*kept, *other]) + (" " if after[:1] not in ("", " ") else "") + after
    return alternative, before + (" " if after[:1] not in ("", " ") else "") + after


def contrasted(claim: str) -> tuple[str, str] | None:
    """The claim with the alternative it denies in place of what it asserts, and the claim without
    the alternative; None where it sets nothing against an alternative."""
    found = _CONTRAST.search(claim)
    if found is None:
        return _denied_between(claim)
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
