"""Quality words a claim says together with a word of one pole (`thin and poor`, `long delays`):
where the item says the other pole of the same thing ("a good range", "responded to quickly"), the
companion is no missing content but more of the same quality, and it is false with the pole word.

A claim that joins two qualities is false if one of them is; a delay that is long is still a delay.
Only a gradable word counts as a companion (one WordNet gives an opposite, `long`, `thin`), joined
to the pole word by `and`, `or` or a comma, or standing right before it: a noun before it (`assessment
delays`) names what is delayed, which the item must still say. The pole word must be one (a
denial, or a word with an opposite), and denied on one side only: where both deny it alike
(`serious weaknesses`, "significant weaknesses"), nothing is opposed and nothing is excused.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.index import Document
from trafford_timeline.claims.language import term
from trafford_timeline.claims.opposites import NOT_QUALITIES
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.thesaurus import antonyms

_JOINED = r"(?:\s*,\s*|\s+(?:and|or)\s+|\s+)"
"""What may stand between a companion and its pole word: nothing, `and`, `or` or a comma."""


def _pole_terms(word: str, glossary: Glossary) -> frozenset[str]:
    return frozenset(read_text(word, glossary).terms)


def _quality_word(word: str, glossary: Glossary) -> bool:
    """A word of one pole of a quality: one the glossary reads as a denial (`delays` is *not timely*)
    or one WordNet gives an opposite (`quickly`); a noun the quality is said of (`time`) is neither."""
    return bool(read_text(word, glossary).negations) or (word not in NOT_QUALITIES and bool(antonyms(word)))


def excused_companions(claim: Reading, text: str, document: Document, glossary: Glossary) -> set[str]:
    """The terms of the claim's companions of a pole word whose quality the item speaks of, denied
    on one side (`delays` is *not timely*; "responded to quickly" is timely), that the item never
    says."""
    said_denied = set().union(*(n for clause in document.clauses for n in clause.negations))
    claim_denied = set().union(*claim.negations)
    opposed = claim_denied ^ said_denied  # denied on one side only: the two say opposite poles
    excused: set[str] = set()
    for at, word in enumerate(claim.words):
        poles = _pole_terms(word, glossary)
        if not poles & opposed & document.bag or not _quality_word(word, glossary):
            continue
        for other in claim.words[max(0, at - 1) : at] + claim.words[at + 1 : at + 2]:
            if other == word or not other.isalpha() or other in NOT_QUALITIES or not antonyms(other):
                continue
            companion = _pole_terms(other, glossary) or frozenset({term(other)})
            if companion & document.bag or companion & (claim_denied | said_denied):
                continue
            before = re.search(rf"\b{re.escape(other)}{_JOINED}{re.escape(word)}\b", text)
            after = re.search(rf"\b{re.escape(word)}\s*(?:,\s*|\s+(?:and|or)\s+){re.escape(other)}\b", text)
            if before or after:
                excused |= companion
    return excused


_LISTED = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
"""What joins two qualities said together of one thing: `and` or a comma, never `or`."""


def joined_to_quality(word: str, claim: Reading, text: str, glossary: Glossary) -> bool:
    """Whether `word` is listed with a quality word of the claim (`weak, fragmented`, `patchy and
    slow`): the claim says both of one thing, so it is false where the quality word is, whatever
    the other says. `or` offers either, so it does not join them."""
    for other in claim.words:
        if other == word or not other.isalpha() or not _quality_word(other, glossary):
            continue
        pair = (
            rf"\b{re.escape(other)}{_LISTED}{re.escape(word)}\b",
            rf"\b{re.escape(word)}{_LISTED}{re.escape(other)}\b",
        )
        if any(re.search(joined, text, re.IGNORECASE) for joined in pair):
            return True
    return False
