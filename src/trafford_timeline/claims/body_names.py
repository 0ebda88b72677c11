"""The proper names of bodies a claim gives (`the Children and Young People's Scrutiny Committee`,
`Manchester City Council`), and whether a record item holds one.

A body's full name is a particular the record either gives or does not: an item that speaks of
"the committee" does not say which committee it was, however many of the name's common words
(`children`, `young people`) it shares elsewhere.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.reading import Reading, Vocabulary, read_text

_BODY = (
    r"Committee|Board|Panel|Partnership|Trust|Council|Team|Group|Department|Authority|Agency|Unit|"
    r"Forum|Commission|Foundation|Directorate|Hub|Network|Alliance|Police"
)
_NAME = re.compile(rf"(?<![\w'’-])(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on|the)\s+)*)+(?:{_BODY})s?\b")
"""A run of capitalised words, with the small words a name joins them by, ending in a word for a body."""
BodyName = tuple[str, tuple[str, ...]]
"""A name as written, and its terms in order."""
SHORTEST = 2
"""The terms a name must keep, besides the council every item is about, to be told from a common noun."""


def capitalised_throughout(text: str) -> bool:
    """A headline in Title Case or capitals: its capitals mark no name."""
    words = [word for word in re.findall(r"[^\W\d_]+", text) if len(word) > 1]
    return len(words) >= 2 and all(word[0].isupper() for word in words)


def body_names(text: str, glossary: Glossary, vocabulary: Vocabulary | None = None) -> tuple[BodyName, ...]:
    """Each body's name in `text`, with its terms in order; not a name the glossary reads as one of
    its concepts (`the Department for Education`), nor the council's own name (`Trafford Council`)."""
    if capitalised_throughout(text):
        return ()
    found: list[BodyName] = []
    for match in _NAME.finditer(text):
        terms = tuple(t for t in read_text(match[0], glossary, vocabulary).terms if t not in glossary.implied)
        if len(terms) >= SHORTEST:  # one concept's name reads as that concept alone
            found.append((match[0], terms))
    return tuple(found)


def holds_name(terms: tuple[str, ...], clauses: tuple[Reading, ...]) -> bool:
    """Whether one clause says the name's terms, in order and together."""
    size = len(terms)
    return any(
        clause.terms[at : at + size] == terms
        for clause in clauses
        for at in range(len(clause.terms) - size + 1)
    )


CHAIR = "concept:chair"
CHAIRED_BODIES = frozenset(
    ("concept:committee", "concept:improvement-board", "concept:meeting", "board", "panel", "partnership")
)
"""Bodies that have a chair or a lead (their terms as read: `committe` is the concept, `board` a stem)."""


def chair_unsaid(claim: Reading, said: frozenset[str]) -> str | None:
    """The body a claim gives a chair or a lead (`the scrutiny committee is chaired by X`, `X leads the
    board`) where the item, whose terms are `said`, speaks of a chair but of none of the bodies the
    claim names: it has the person lead something else (`led by deputy leader X`, of a cabinet role),
    which says nothing of who chairs this body."""
    if CHAIR not in claim.terms or CHAIR not in said:
        return None
    bodies = sorted(CHAIRED_BODIES.intersection(claim.terms))
    return bodies[0] if bodies and not said.intersection(bodies) else None
