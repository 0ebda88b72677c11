"""A claim that states as done, due or owed what the record says someone only may do.

"The notice obliges the adviser to carry out a diagnostic review", "the adviser will carry out a
diagnostic review", of "the adviser may require a diagnostic review": the record grants a power, and
whether it is used, or must be, it does not say. Where the item's own words put what the claim
matches under a word of permission ("may", "might", "has the power to", "is entitled to") and the
claim puts it under none of its own ("may", "can", "could", "allows", "lets", "empowers", "the power
to", "the option"), the item does not state the claim: not found, never supported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trafford_timeline.claims.language import fold, stem, tokens

_GRANTED = re.compile(
    r"\b(?:may|might|(?:has|have|had|with) the (?:power|right|option) to|(?:is|are|was|were) "
    r"(?:entitled|allowed|permitted|free) to)\s+(?P<scope>[^,;.:()]+)"
)
"""A word of permission in the record and what it governs, up to the clause's end."""
_ALLOWED = re.compile(
    r"\b(?:may|might|can|could|able|allow|allows|allowed|allowing|let|lets|letting|permit|permits|"
    r"permitted|entitle|entitles|entitled|empower|empowers|empowered|power|powers|option|options|free to|"
    r"discretion|if (?:it|he|she|they) (?:wish|wishes|chooses|choose)|if needed|if necessary)\b"
)
"""A claim's own word of permission or possibility: it claims the power, as the record grants it."""
_DATE_MAY = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)? may|may \d{1,2}(?:st|nd|rd|th)?|may (?:19|20)\d\d"
    r"|(?:in|of|by|since|until|early|late|mid-?) may)\b"
)
"""`8 May`, `in May`, `May 2019`: the month, not the modal."""
_LIGHT = frozenset({"the", "a", "an", "of", "to", "by", "be", "and", "or", "in", "for", "it", "its"})
MIN_SHARED = 2
"""How many of the claim's words the permitted act must share with it: enough to be what it claims."""


def _without_month(text: str) -> str:
    return _DATE_MAY.sub(" ", text)


def only_permitted(claim: str, own_texts: Iterable[str]) -> str | None:
    """The item's words of permission over what the claim says as done or owed; None where the claim
    says it may be done too, or where what it shares with the permitted act the item's texts also say
    outside any permission (`own_texts`: the item's own words, its quotes and their sentences)."""
    said = _without_month(fold(claim))
    if _ALLOWED.search(said):
        return None
    claimed = {stem(word) for word in tokens(said)} - _LIGHT
    texts = [_without_month(fold(text)) for text in own_texts]
    free = {stem(word) for text in texts for word in tokens(_GRANTED.sub(" ", text))}
    for text in texts:
        for granted in _GRANTED.finditer(text):
            scope = {stem(word) for word in tokens(granted["scope"])}
            if len(scope & claimed - free) >= MIN_SHARED:
                return granted[0].strip()
    return None
