"""Who did an act: `the notice was issued by Ofsted` against "The DfE issues an improvement notice".

A claim that gives an act to a body, before its verb (`Ofsted issued the notice`) or after `by`
(`was issued by Ofsted`, `on behalf of`, `in the name of`), says who did it. An item that gives the
very act to a body of another side (the DfE's notice, a commitment the DfE's notice orders) says
someone else did it; an item that says the act and gives it to no one, while it names the claim's
body only as the doer of something else ("a notice issued to Trafford after Ofsted found
failings"), does not say who did it. Until the tenth session the body's name anywhere in the item
counted, so "the improvement notice was issued by Ofsted" was supported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.reading import Vocabulary, read_text

_BY = re.compile(r"\b(?:by|on behalf of|in the name of)\s+")
"""What puts the doer after the act: `issued by`, `issued on behalf of`, `in the name of`."""
_FROM = re.compile(r"\b(?:by|on behalf of|in the name of|from)\s+")
"""In a claim, `from` puts the doer after its act's thing too (`got a notice from Ofsted`): what one
receives from a body, the body gave. Read in claims only: a record's `from` is often a place or a time."""
_CLAUSE_END = re.compile(r"[.;:!?,()\"“”]")
_OWNER = re.compile(r"\W*(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?:'s|’s|s'|s’)\s")
"""A claim that opens with an owner (`Ofsted's previous inspection`): what it names is the owner's
thing, not its act."""
_WORD = re.compile(r"[\w'’-]+")
_AUXILIARY = frozenset(
    {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "did", "does"}
    | {"do", "also", "then", "later"}
)
"""Words between a body's name and its act (`Ofsted has also issued`)."""
_CLAIMED: dict[tuple[str, int, int], frozenset[tuple[str, str]]] = {}
_CLAIMS_KEPT = 1024
_NAME_WORDS = 4
"""The most words a body's name that opens a claim may take: `the Department for Education`."""
_NO_ACT = frozenset({"concept:council", "concept:childrens-services", "concept:children"})
"""What a body acts on, never its act: the council every item is about."""
REACH = 3
"""How many words before `by`, or after a body's name, its act may be: "the notice was issued
today by", "the Education Secretary Damian Hinds decides", "Ofsted's chief inspector decides"."""


@dataclass(frozen=True)
class Acts:
    """What each body does in a text: its acts said after its name, and its acts said before `by`."""

    active: dict[str, set[str]]
    passive: dict[str, set[str]]

    def of(self, body: str) -> set[str]:
        return self.active.get(body, set()) | self.passive.get(body, set())


def acts_after(terms: Sequence[str], bodies: Collection[str], holders: Collection[str]) -> set[str]:
    """The words that follow one of `bodies` closely, before any of `holders` is named: what the body
    does in the text ("until the Education Secretary Damian Hinds decides"). Where a claim gives to
    one body the very act the record gives to another, the slot is one (a single decider, a single
    signatory), and the claim names the wrong holder of it."""
    acts: set[str] = set()
    for at, term in enumerate(terms):
        if term not in bodies:
            continue
        for later in terms[at + 1 : at + 1 + REACH]:
            if later in holders:
                break
            acts.add(later)
    return acts


def read_acts(text: str, bodies: Collection[str], glossary: Glossary, vocabulary: Vocabulary | None) -> Acts:
    """The acts each of `bodies` does in a record's `text`: every word within reach after its name,
    and before `by` it, whatever the text's word order."""
    active: dict[str, set[str]] = {}
    passive: dict[str, set[str]] = {}
    terms = read_text(text, glossary, vocabulary).terms
    for body in set(terms) & set(bodies):
        active[body] = acts_after(terms, {body}, bodies)
    folded = text.lower()
    for found in _BY.finditer(folded):
        by = _body_named(folded[found.end() :], bodies, glossary, vocabulary)
        if by is None:
            continue
        clause = _CLAUSE_END.split(folded[: found.start()])[-1]
        before = [t for t in read_text(clause, glossary, vocabulary).terms if t not in bodies][-REACH:]
        passive.setdefault(by, set()).update(before)
    return Acts(active, passive)


def claimed_acts(
    text: str, bodies: Collection[str], glossary: Glossary, vocabulary: Vocabulary | None
) -> frozenset[tuple[str, str]]:
    """The bodies a claim gives an act, each with the act: the body that opens the claim and the word
    said next (`Ofsted issued`, `the DfE has appointed`), and a body after `by` or `from` with the
    word before it (`was issued by Ofsted`, `a notice from Ofsted`). A word read as nothing (`found`,
    `said`) is no act to compare. Read once per claim, though every item the claim is compared with
    asks."""
    key = (text, id(glossary), id(vocabulary))
    if (known := _CLAIMED.get(key)) is not None:
        return known
    if len(_CLAIMED) >= _CLAIMS_KEPT:
        _CLAIMED.clear()
    _CLAIMED[key] = found = frozenset(_claimed_acts(text, bodies, glossary, vocabulary))
    return found


def _claimed_acts(
    text: str, bodies: Collection[str], glossary: Glossary, vocabulary: Vocabulary | None
) -> set[tuple[str, str]]:

    def act(word: str) -> str | None:
        terms = [t for t in read_text(word, glossary, vocabulary).terms if t not in _NO_ACT | glossary.actors]
        return terms[0] if len(terms) == 1 and terms[0] not in bodies else None

    pairs: set[tuple[str, str]] = set()
    words = _WORD.findall(text)
    folded = [word.lower() for word in words]
    if not _OWNER.match(text.lower()):
        for end in range(1, min(len(words), _NAME_WORDS) + 1):
            opening = read_text(" ".join(folded[:end]), glossary, vocabulary).terms
            if not opening or opening[0] not in bodies:
                continue
            if len(opening) > 1 or (
                end < len(words)
                and read_text(" ".join(folded[: end + 1]), glossary, vocabulary).terms[:1] != opening[:1]
            ):
                break  # a longer name, or a body that owns what follows
            rest = [w for w in folded[end:] if w not in _AUXILIARY]
            if rest and (said := act(rest[0])) is not None:
                pairs.add((opening[0], said))
            break
    lowered = text.lower()
    for found in _FROM.finditer(lowered):
        body = _body_named(lowered[found.end() :], bodies, glossary, vocabulary)
        before = _WORD.findall(_CLAUSE_END.split(lowered[: found.start()])[-1])
        if body is not None and before and (said := act(before[-1])) is not None:
            pairs.add((body, said))
    return pairs


def _body_named(
    text: str, bodies: Collection[str], glossary: Glossary, vocabulary: Vocabulary | None
) -> str | None:
    """The body whose name opens `text` (after `by`): `the Department for Education`, not a body
    named further on (`by more than 24% after the Ofsted inspection` names none)."""
    words = _WORD.findall(text)[: _NAME_WORDS + 1]
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or not read_text(words[0], glossary, vocabulary).terms:
        return None
    for end in range(1, min(len(words), _NAME_WORDS) + 1):
        terms = read_text(" ".join(words[:end]), glossary, vocabulary).terms
        if len(terms) == 1 and terms[0] in bodies:
            return terms[0]
    return None


def wrong_agent(
    claim: str,
    texts: Sequence[str],
    imposed_by: str,
    bodies: Collection[str],
    side: Callable[[str], str],
    glossary: Glossary,
    vocabulary: Vocabulary | None,
) -> tuple[bool, str] | None:
    """(True, body) where the item gives the claim's act to `body`, of another side than the one the
    claim names; (False, body) where it says the act without a doer and names the claim's `body`
    only as the doer of something else; None where the item does not speak to who did it.
    `imposed_by` is who required a commitment: the doer of what the commitment's notice orders."""
    pairs = claimed_acts(claim, bodies, glossary, vocabulary)
    if not pairs:
        return None
    said = [read_acts(text, bodies, glossary, vocabulary) for text in texts]
    words = {term for text in texts for term in read_text(text, glossary, vocabulary).terms}
    named = {body for acts in said for body in bodies if acts.of(body)}
    imposer = read_text(imposed_by, glossary, vocabulary).terms if imposed_by else ()
    if imposer and imposer[0] in bodies:  # all that a commitment says is what its imposer demands
        said.append(Acts({imposer[0]: words | {"concept:require"}}, {}))
    for body, act in sorted(pairs):
        if any(act in acts.of(one) for acts in said for one in bodies if side(one) == side(body)):
            continue  # the record gives it to the claim's body, or to one on its side
        others = sorted({one for acts in said for one in bodies if act in acts.of(one)})
        if others:
            return True, others[0]
        if act in words and body in named:
            return False, body
    return None
