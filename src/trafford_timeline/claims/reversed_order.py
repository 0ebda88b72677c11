"""A claim that puts a thing before what the item says it came after, or after what it came before.

"The plan would reach the committee after it went to the board": a claim that says the committee
would see it *before* it went to the board names the same thing the item orders, with the order
turned round. Only the item's own words are read: the order word must be followed, within a few
words, by the same thing the claim's is (two of its content words), and the item must not also put
it the claim's way. A claim whose order word the item never sets against the same thing ("six
monitoring visits before a final inspection") is left to the other checks.
"""

from __future__ import annotations

from collections.abc import Iterable

from trafford_timeline.claims.language import STOPWORDS, stem, tokens

_EARLIER = frozenset({"before", "ahead", "prior"})
_LATER = frozenset({"after", "following"})
_OPPOSITE = dict.fromkeys(_EARLIER, _LATER) | dict.fromkeys(_LATER, _EARLIER)
_PRESENTED = frozenset(
    {
        "go",
        "goes",
        "going",
        "went",
        "gone",
        "come",
        "comes",
        "coming",
        "came",
        "brought",
        "bring",
        "put",
        "puts",
        "laid",
        "lay",
        "appear",
        "appeared",
        "appearing",
        "placed",
        "taken",
        "presented",
    }
)
"""Verbs after which `before` is a place, not a time: a plan that "went before the board" was put to
it, which says nothing of what came first."""
_REACH = 6
"""How many words after the order word name the thing it orders against."""
_SHARED = 2
"""The content words the two things must share to be read as one."""


def _ordered(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each order word of `text` with the stems of the content words that follow it."""
    words = tokens(text)
    return [
        (word, frozenset(stem(w) for w in words[n + 1 : n + 1 + _REACH] if w not in STOPWORDS))
        for n, word in enumerate(words)
        if word in _OPPOSITE and not (word == "before" and n and words[n - 1] in _PRESENTED)
    ]


def reversed_order(claim: str, texts: Iterable[str]) -> tuple[str, str] | None:
    """The claim's order word and the item's opposite one, where the item orders the same thing the
    other way round and never the claim's way; None otherwise."""
    claimed = _ordered(claim)
    if not claimed:
        return None
    said = [pair for text in texts for pair in _ordered(text)]
    for word, thing in claimed:
        same = [w for w, other in said if len(thing & other) >= _SHARED]
        if same and not any(w not in _OPPOSITE[word] for w in same):
            return word, same[0]
    return None
