"""A thing a claim says is absent, against an item that says it takes place.

`Oversight was completely absent` denies that there is any oversight; "management oversight takes place
but is poorly recorded" says there is, and finds fault only with how it is done. The item's fault is a
denial too ("does not ensure good practice"), so the two deny something alike and would otherwise pass
for agreeing: what the item says happens is what the claim says is not there.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.language import STOPWORDS, stem

_ABSENT = re.compile(
    r"\b((?:[a-z'-]+\s+){0,2}[a-z-]+)\s+(?:was|were|is|are|had been|has been|have been)\s+(?:[a-z]+ly\s+)?"
    r"(?:absent|non-existent|nonexistent|missing|not happening)\b"
    r"|\b(?:total|complete|utter)?\s*absence of\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\b"
)
"""`oversight was completely absent`, `a total absence of oversight`: the thing said not to be there.
`lacking` is not among these: "oversight was lacking" is said as often of oversight that falls short."""
_HAPPENS = re.compile(
    r"\b((?:[a-z'-]+\s+){0,2}[a-z-]+)\s+(?:takes place|took place|is taking place|was taking place|happens"
    r"|happened|occurs|occurred|is in place|was in place|are in place|were in place|exists|existed)\b"
)
"""`oversight takes place`, `checks are in place`: the thing said to happen or be there."""


def _thing(phrase: str) -> tuple[str, ...]:
    """The stems of a phrase's words that name the thing, from its last back to a function word or an
    owner's name: `because management oversight` and `Trafford's management oversight` are both
    `management oversight`."""
    words: list[str] = []
    for word in reversed(phrase.split()):
        if word in STOPWORDS or word.endswith("'s"):
            break
        words.append(stem(word))
    return tuple(reversed(words))


def absent_things(text: str) -> list[tuple[str, ...]]:
    """What a text says is absent, each as the stems of its words."""
    return [
        thing
        for match in _ABSENT.finditer(text.lower().replace("’", "'"))
        for phrase in match.groups()
        if phrase and (thing := _thing(phrase))
    ]


def said_to_happen(absent: list[tuple[str, ...]], item_texts: list[str]) -> str | None:
    """The item text that says happens what the claim says is `absent` (its `absent_things`), if any:
    every word the claim names the thing by (`management oversight`, not `effective management
    oversight`) is the item's."""
    for item_text in item_texts:
        happening = [set(_thing(match.group(1))) for match in _HAPPENS.finditer(item_text.lower())]
        if any(set(thing) <= words and thing[-1] in words for thing in absent for words in happening):
            return item_text
    return None
