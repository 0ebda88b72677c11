"""A preference between two things ("favoured agency staff over permanent social workers", "chose
permanent posts rather than agency cover") asserts which of the two was put first, and that the
other was set against it. An item that shares every word may say the reverse ("a preference for
permanent staff"), or name both without preferring either, which is not the comparison.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens

PREFERRED_OVER = re.compile(
    r"\b(?:favou?r(?:ed|s|ing)?|prefer(?:red|s|ring)?|cho(?:se|ose|oses|osing|sen)|pick(?:ed|s|ing)?|"
    r"prioriti[sz](?:ed|es|ing|e)?|opt(?:ed|s|ing)? for|"
    r"(?:preference|priority)\s+(?:(?:is|was|would be|will be)\s+)?(?:for|given to))"
    r"\s+(?P<first>[^,.;:]+?)\s+"
    r"(?:over|rather than|instead of|ahead of|above)\s+(?P<second>[^,.;:]+)"
)
"""`favoured X over Y`, `chose X rather than Y`, `the preference was for X over Y`: X is the one put
first."""
_PREFERENCE = re.compile(
    r"\b(?:prefer|preference|favou?r|priorit|chose|choice|opt)\w*\s+(?:for\s+|to\s+|of\s+|given to\s+)?"
    r"(?P<what>(?:[\w'-]+\s*){1,3})"
)
"""The record's own preference and the words that say what it is for: `preference for permanent staff`."""


def _lead(text: str) -> str | None:
    """The first word of substance of a phrase, which, before a noun, says which sort of it is meant:
    `agency` in `agency staff`, `permanent` in `permanent social workers`."""
    return next((stem(word) for word in tokens(text) if word not in STOPWORDS and word.isalpha()), None)


def preference_against(claim: str, texts: Sequence[str]) -> tuple[str, str | None] | None:
    """Where the claim prefers one thing over another: ("contradicted", quote) where a text prefers
    the other, ("not_found", None) where no text states a preference for the claim's first (a dispute
    over the two, or only the one named); None where the claim states no such preference or a text
    prefers its first."""
    found = PREFERRED_OVER.search(fold(claim))
    if found is None:
        return None
    first, second = _lead(found["first"]), _lead(found["second"])
    if first is None or second is None or first == second:
        return None
    for text in (fold(text) for text in texts):
        for said in _PREFERENCE.finditer(text):
            what = _lead(said["what"])
            if what == second:
                return "contradicted", text
            if what == first:
                return None  # the item's preference for the one is a preference over the others
    return "not_found", None
