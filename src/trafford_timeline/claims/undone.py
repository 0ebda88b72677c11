"""An act that undoes a thing, against an item that says the thing is to be set up.

`scrap`, `axe` or `abolish` done to a thing (`scrap the improvement board`) says the thing existed or
was planned, and is then done away with. The glossary reads `scrap` and `axe` as the far side of
`additional` (`staff cuts` against `extra staff`), so before another thing they are matched only
through that pole, and the item's other words may carry the claim. An item whose own words set the
very thing up ("the next step is to set up an improvement board") says the opposite act: the claim
gives the thing's undoing where the record gives its making.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import Vocabulary, read_text

CREATE = "concept:create"
_UNDOING = re.compile(
    r"\b(?:scrap|scraps|scrapped|scrapping|axe|axes|axed|axing|ditch|ditches|ditched|ditching|"
    r"abolish|abolishes|abolished|abolishing|disband|disbands|disbanded|disbanding|dissolve|dissolves|"
    r"dissolved|dissolving|abandon|abandons|abandoned|abandoning|shelve|shelves|shelved|shelving|"
    r"cancel|cancels|cancelled|canceled|cancelling|canceling|do away with|did away with|get rid of|"
    r"got rid of|wind up|winds up|wound up|winding up)\s+(?:the|its|their|his|her|this|that|an?|any)\s+"
    r"(?P<thing>[^,;.:!?]+)"
)
"""A verb that does away with a thing, before the noun phrase it acts on (`scrap the ... plan`)."""
_REACH = 2
"""How many words after the making verb the thing's name may begin: `set up an independent board`."""


def undone_things(claim: str, glossary: Glossary, vocabulary: Vocabulary | None) -> list[str]:
    """The first term of each thing the claim says is done away with (`concept:improvement-board`)."""
    things = []
    for found in _UNDOING.finditer(fold(claim)):
        terms = read_text(found["thing"], glossary, vocabulary).terms
        if terms:
            things.append(terms[0])
    return things


def made_instead(
    things: Iterable[str], texts: Iterable[str], glossary: Glossary, vocabulary: Vocabulary | None
) -> str | None:
    """The item's text that sets up a thing the claim says is done away with, if any."""
    wanted = set(things)
    if not wanted:
        return None
    for text in texts:
        terms = read_text(text, glossary, vocabulary).terms
        for at, said in enumerate(terms):
            if said == CREATE and wanted & set(terms[at + 1 : at + 1 + _REACH]):
                return text
    return None


__all__ = ["made_instead", "undone_things"]
