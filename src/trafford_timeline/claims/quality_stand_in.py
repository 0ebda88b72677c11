"""A quality word the record never uses, read as the glossary's word of the same pole.

The glossary lists the domain's qualities in pairs of poles (`good`, `decent` against `poor`,
`limited`, `patchy`), and the record judges things with them ("a good range of services"). A claim
may judge the same thing with a word neither uses (`a narrow range`): WordNet gives it other words,
and where those among them that the glossary lists as a quality all stand on one pole of one pair
(`narrow` as `limited`), the claim's word is that quality, and a record that gives the thing the
other pole contradicts it. The word must be one WordNet names an opposite of, as it does only for
adjectives and adverbs of a scale (a noun such as `autumn` shares `fall` with a change), and no word
of order (`former`); the glossary's poles of change (`rise`, `fall`) are what a thing did, not a
quality. Only contradicts: one sense of a word is not enough to say the record states what the
claim does, and WordNet's other words say less than the glossary's own.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import FILLER
from trafford_timeline.claims.lasting import CHANGE_POLES
from trafford_timeline.claims.opposites import NOT_QUALITIES
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.thesaurus import antonyms, synonyms

Pole = tuple[tuple[str, ...], tuple[frozenset[str], ...]]
"""A one-word quality's reading: its terms and its denials (`limited` is *not good*)."""


def _pole(word: str, glossary: Glossary) -> Pole | None:
    """The reading of a word the glossary lists, by itself, as one pole of a quality; None for any
    other word, or one that is only part of a longer phrase (`thin` of `thin on the ground`)."""
    if word not in glossary.words:
        return None
    reading = read_text(word, glossary)
    terms = tuple(t for t in reading.terms if not t.startswith(FILLER))
    if len(terms) != 1 or terms[0] not in glossary.polar or terms[0] in CHANGE_POLES:
        return None  # `fall` for `autumn` is a change, not a quality
    return terms, tuple(reading.negations)


def quality_stand_in(word: str, glossary: Glossary) -> str | None:
    """The glossary's quality word WordNet gives for `word`, where every such word it gives stands
    on one pole of one pair: `limited` for `narrow`; None where they stand on two (`big` as both
    `bad` and `heavy`), where none is a quality, or where `word` is no adjective or adverb of a scale
    (WordNet names it no opposite) or is a word of order (`former`, `second`)."""
    if word in NOT_QUALITIES or not antonyms(word):
        return None  # WordNet names opposites of adjectives and adverbs only
    found: dict[Pole, str] = {}
    for other in sorted(synonyms(word)):
        if (pole := _pole(other, glossary)) is not None:
            found.setdefault(pole, other)
    return next(iter(found.values())) if len(found) == 1 else None


def with_stand_ins(text: str, words: dict[str, str]) -> str:
    """The claim's text with each of `words` (as written, folded) put as its stand-in."""
    for word, other in words.items():
        text = re.sub(rf"\b{re.escape(word)}\b", other, text, flags=re.IGNORECASE)
    return text
