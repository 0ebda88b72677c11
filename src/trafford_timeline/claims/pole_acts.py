"""A word of a pole's far side that acts on a thing its near side names: an act, not a quality.

The glossary reads `cut`, `axe` and `scrap` as the opposite of `extra` (`staff cuts` against
`extra staff`). Before a noun phrase that the near side itself names, though ("scrapped its extra
social workers", "cut the additional posts"), such a word is a verb done to that thing: the claim
says the extra staff were there and then removed, not that staff were never extra. Read as a
denial of `extra` beside an assertion of it, the claim says `extra` both ways, so nothing either
way, and the verb, matched through the pole, would be passed over as if the record said it. The
act is content the record must state: it is read as a term of its own, which only an item that
states the same act holds.

A reversal of the far side says its near side as well as the far side it undoes: "reversing the
decline" says that things are to improve, as "turning things round" does, and that they had declined,
so it is read as saying the pole both ways.
"""

from __future__ import annotations

from trafford_timeline.claims.glossary import OPPOSITE
from trafford_timeline.claims.language import FILLER

ACTED_ON = "acted-on:"
"""How the term for a far-side word acting on its near side's thing begins (`acted-on:concept:additional`)."""

_DETERMINER_LIST = "the its their his her our your my a an all this that these those some any"
_DETERMINERS = frozenset(FILLER + word for word in _DETERMINER_LIST.split())
"""Words that open the noun phrase between the verb and the thing it acts on (`scrapped its extra
workers`): one must stand there, which marks the thing as the verb's object; without one the two
words may sit in two clauses whose comma the tokens lose (`stayed the same, piling on work`). A
conjunction is not among them: `poor and good` says a quality both ways."""


REVERSAL = "concept:reverse"
"""The glossary's term for `reverse`, `turn round`: an act that undoes what its object names."""


def pole_acts(raw: list[str]) -> list[str]:
    """The glossary's tokens with each far-side word that acts on its near side's thing read as
    one term of that act: `OPPOSITE1 additional ~its additional staff` becomes
    `acted-on:additional ~its additional staff`."""
    out: list[str] = []
    at = 0
    while at < len(raw):
        size = _pole_size(raw[at])
        if size and _reversed(out):  # "reversing the decline": the near side, and the far side undone
            out += raw[at + 1 : at + 1 + size]
        if size:
            base = raw[at + 1 : at + 1 + size]
            after = at + 1 + size
            while after < len(raw) and raw[after] in _DETERMINERS:
                after += 1
            opened = after > at + 1 + size  # `stayed the same, piling on work`: no object, two clauses
            if opened and len(base) == size and raw[after : after + size] == base:
                out.append(ACTED_ON + "+".join(base))
                at += 1 + size
                continue
        out.append(raw[at])
        at += 1
    return out


def _reversed(before: list[str]) -> bool:
    """Whether the far-side token that follows `before` is the object of a reversal: `reverse`, then
    a determiner ("reversing the decline", "turned round its slide")."""
    at = len(before)
    while at and before[at - 1] in _DETERMINERS:
        at -= 1
    return at < len(before) and at > 0 and before[at - 1] == REVERSAL


def _pole_size(token: str) -> int:
    """How many tokens the near side a far-side token stands against has; 0 for any other token."""
    size = token[len(OPPOSITE) :] if token.startswith(OPPOSITE) else ""
    return int(size) if size.isdigit() else 0
