"""An occasion of a recurring kind singled out by its order: `the previous inspection was in 2013`.

A year the record holds nothing from is otherwise read as another occasion the record never mentions
(an inspection "in 2012" may be one it does not hold). But "the previous inspection" is one occasion,
not any of a series: where the item's own quotes single it out by the same order and the same thing
("the council's previous inspection in 2015"), the claim's other year misdates that occasion.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import Document
from trafford_timeline.claims.language import STOPWORDS, stem

_ORDERED = re.compile(
    r"\b(?:previous|prior|preceding|last|earlier)\s+((?:[\w']+\s+){0,2}[\w']+)", re.IGNORECASE
)
"""An order word of time and the up to three words after it, where the thing it orders is named."""


def _ordered_things(text: str) -> set[str]:
    """The stems of the words an order word of time (`previous`, `last`) sets before."""
    return {
        stem(word.lower().removesuffix("'s"))
        for match in _ORDERED.finditer(text)
        for word in match.group(1).split()
        if word.lower() not in STOPWORDS
    }


def singled_out(text: str, document: Document) -> bool:
    """Whether the claim names its occasion by an order word (`the previous inspection`, `last
    inspected`) that the item's own quotes give the same thing ("the last inspection in 2015")."""
    said = _ordered_things(text)
    return bool(said) and any(said & _ordered_things(c.quote) for c in document.item.citations)
