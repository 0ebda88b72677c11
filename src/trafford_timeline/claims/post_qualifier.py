"""A post named with another qualifier than the one the record gives it: `the transport secretary`
where the record's secretary is the Education Secretary.

The record names its posts (`RoleFact.role`): a head noun (`secretary`, `leader`, `executive`)
and the word before it that says which one (`education`, `council`, `chief`). A claim that puts a
word the record never uses in that place, before the same head noun, names a post nobody in the
record holds; where an item says everything else the claim says, and names the post with its own
qualifier there ("on behalf of education secretary Damian Hinds"), the claim has swapped the
record's post for another, and is contradicted rather than unfound. The word must be unknown to the
record (a known word, `interim`, `new`, is read by the status and role checks), written in lower
case (a capitalised one, `Labour`, may be a party or a name, which qualifies the holder, not the
post), and not WordNet's other word for the record's qualifier. A denied claim is left alone:
denying the wrong post is true.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trafford_timeline.claims.compare import candidates, evidence_of
from trafford_timeline.claims.index import ClaimIndex, own_text
from trafford_timeline.claims.language import fold, stem, term, tokens
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.thesaurus import synonyms
from trafford_timeline.claims.unknown_words import unknown_words, written_as_name
from trafford_timeline.claims.verdicts import ClaimCheck, unique

_TAIL = re.compile(r"\s+(?:for|of|to|at)\s+.*$")
"""The part of a post's name after its head noun (`cabinet member for children's social care`)."""
_DENIAL = re.compile(r"\b(?:not|no|never|nor|neither|without|none|rather than|instead of)\b|n't\b")
"""A word that denies or sets aside: `not the health secretary` is true of the education secretary."""
MIN_COVERAGE = 0.3
"""The least share of the claim an item must hold to be what the claim speaks of."""


def _posts(index: ClaimIndex) -> set[tuple[str, str]]:
    """Each post the record names, as its qualifier and head noun, folded: (`education`, `secretary`)."""
    found: set[tuple[str, str]] = set()
    for person in index.people:
        for role, _ in person.roles:
            words = tokens(_TAIL.sub("", fold(role.role)))
            if len(words) >= 2:
                found.add((words[-2], words[-1]))
    return found


def _swapped(text: str, reading: Reading, index: ClaimIndex) -> Iterator[tuple[str, str, str]]:
    """The claim's unknown words that stand before a post's head noun where the record puts another
    qualifier: the claim's word, the head noun, and the record's qualifier."""
    unknown = {word for word in unknown_words(reading, index) if not written_as_name(word, text)}
    words = tokens(text)
    stems = {stem(word) for word in words}
    posts = _posts(index)
    for at, word in enumerate(words[:-1]):
        if word not in unknown:
            continue
        for qualifier, head in posts:
            if stem(words[at + 1]) != stem(head) or stem(qualifier) in stems:
                continue
            if qualifier not in {word, *synonyms(word)}:
                yield word, head, qualifier


def check_post_qualifier(text: str, reading: Reading, index: ClaimIndex) -> ClaimCheck | None:
    """Contradicted where the claim names a post with a qualifier the record never uses, and an item
    that says the rest of the claim names that post with the record's own qualifier."""
    if _DENIAL.search(fold(text)):
        return None
    for word, head, qualifier in _swapped(text, reading, index):
        allowed = {term(word), term(head), *read_text(head, index.glossary, index.vocabulary).terms}
        said = re.compile(rf"\b{re.escape(qualifier)}\s+{re.escape(head)}\b")
        for comparison in candidates(reading, index, text):
            item = comparison.document.item
            if comparison.coverage < MIN_COVERAGE or not set(comparison.missing) <= allowed:
                continue
            quotes = [own_text(item), *(citation.quote for citation in item.citations)]
            if not any(said.search(fold(quote)) for quote in quotes):
                continue
            evidence = [e for e in evidence_of(comparison, reading) if said.search(fold(e.quote))]
            shown = evidence[0].quote if evidence else own_text(item)
            reason = (
                f"the claim says {f'{word} {head}'!r} where the record says {f'{qualifier} {head}'!r}: "
                f"{shown!r} [{item.id}]"
            )
            shown_evidence = evidence or evidence_of(comparison, reading)
            return ClaimCheck(text, "contradicted", reason, unique(shown_evidence))
    return None
