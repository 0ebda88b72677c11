"""A claim's word the item says the opposite of, as WordNet names opposites: `a late adopter`
against "one of the early adopters", `weak oversight` against "strong oversight".

The glossary lists the domain's opposites, which the negation check reads (`unstable` is *not
stable*); the claim's other adjectives and adverbs are read here (`claims/antonyms.tsv`, see
`thesaurus.py`). A word the item never says
is otherwise only a missing word, which a close match on the rest may pass over: its opposite in
the clause that says the claim's other words is what the item says instead.

`first` and `last` are words of order, not qualities, except as the rank of an act (`one of the last
councils to adopt it`, `the first to publish`): there they say when the thing was done among others,
which the item may say as a quality of the doer ("one of the early adopters").
"""

from __future__ import annotations

import re

from trafford_timeline.claims.glossary import PARTICLES, Glossary
from trafford_timeline.claims.index import Document
from trafford_timeline.claims.language import stem, term
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.thesaurus import antonyms

TIME_ORDER = frozenset(
    ("later", "earlier", "previous", "former", "next", "last", "latter", "subsequent", "prior")
)
"""Words of order in time, which WordNet's groups set beside their opposites (`later`, `previous`)."""
NOT_QUALITIES = TIME_ORDER | {"first", "second", "final", "left"}
"""Words WordNet pairs with an opposite that is no opposite here: ordinals, which the relations between
dates read (`first` against `second`), and `left`, mostly a verb's past (`left leaders unaware`)."""
_RANK_OF_ACT = re.compile(r"\b(?P<rank>first|last|earliest|latest)\s+(?:[\w'’-]+\s+){0,3}?to\s+[a-z]")
"""A rank given to an act (`the last council to adopt`), not to one of a series (`the last inspection`)."""
RANK_OPPOSITES = {
    "first": ("late", "last"),
    "earliest": ("late", "last"),
    "last": ("early", "first"),
    "latest": ("early", "first"),
}
"""What the item may say instead of a rank of an act: the other end, as a rank or as the doer's timing."""
CLAUSE_SHARE = 2
"""The claim's terms, besides the word itself, that the item's clause must hold."""
NEIGHBOURS = 2
"""How many words either side of the claim's word and of the item's opposite are read for the
thing both are said of: `adopter` beside `late` and beside `early`."""


def _read_word(word: str, glossary: Glossary) -> tuple[frozenset[str], int]:
    """The terms a word is read as, and how many denials its own reading holds (`late` is *not
    timely*, `bad` *not good*)."""
    reading = read_text(word, glossary)
    return frozenset(reading.terms) or frozenset({term(word)}), len(reading.negations)


def _beside(words: tuple[str, ...], at: int) -> set[str]:
    """The stems of the words next to `words[at]`, the thing a quality is said of."""
    return {stem(word) for word in words[max(0, at - NEIGHBOURS) : at] + words[at + 1 : at + 1 + NEIGHBOURS]}


def _same_verb(words: tuple[str, ...], at: int, others: tuple[str, ...], other_at: int) -> bool:
    """Whether two particles ("down", "up") follow one verb: "stepped down" is the opposite of "step
    up", but "set up" is another verb, of which "step down" says nothing."""
    if term(words[at]) not in PARTICLES:
        return True
    return at > 0 and other_at > 0 and stem(words[at - 1]) == stem(others[other_at - 1])


def opposite_said(
    claim: Reading, document: Document, glossary: Glossary, text: str = ""
) -> tuple[str, str, frozenset[str]] | None:
    """The claim's word and the item's word WordNet names as its opposite, where the item never says
    the claim's word and says its opposite, undenied, of the same thing (a word beside each), in a
    clause that holds the claim's other words; with the terms the claim's word is read as. A rank of
    an act in the claim's `text` is opposed by the other end (`RANK_OPPOSITES`)."""
    claimed = set(claim.terms)
    ranked = {found["rank"] for found in _RANK_OF_ACT.finditer(text.casefold())}
    for at, word in enumerate(claim.words):
        opposites = RANK_OPPOSITES[word] if word in ranked else antonyms(word)
        if (word in NOT_QUALITIES and word not in ranked) or not word.isalpha() or not opposites:
            continue
        own, denials = _read_word(word, glossary)
        if own & document.bag or claim.negations_of(own) > denials:
            continue  # the item says the word too ("unaware" of "unaware"), or the claim denies it
        subject = _beside(claim.words, at)
        for other in opposites:
            said, said_denials = _read_word(other, glossary)
            for clause in document.clauses:
                stems = [stem(written) for written in clause.words]
                if (
                    stem(other) in stems
                    and subject & _beside(clause.words, stems.index(stem(other)))
                    and _same_verb(claim.words, at, clause.words, stems.index(stem(other)))
                    and clause.negations_of(said) == said_denials  # not "did not offer an accurate"
                    and len(claimed & set(clause.terms) - own) >= CLAUSE_SHARE
                ):
                    return word, other, own
    return None
