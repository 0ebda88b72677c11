"""What a claim says someone said, and whether an item has that one say it.

"The reports to leaders had warned that most practice was poor" asserts two things: that practice
was poor, and that the reports said so. An Ofsted finding that practice was poor states the first
and not the second; the record may even give the reports the opposite content. So an item supports
a claim of a saying only where it has the claim's sayer say something (its speaker, or its own
words naming the sayer before a verb of saying), and says what the claim reports of the thing (a quality,
or a denial): what someone said is particular, and a near match of it is another thing said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.index import (
    MEETING_CONTEXT,
    OFSTED,
    OFSTED_KINDS,
    ROLE_CONTEXT,
    ClaimIndex,
    Document,
    own_text,
)
from trafford_timeline.claims.language import fold, term, tokens
from trafford_timeline.claims.reading import Vocabulary, read_text
from trafford_timeline.record.model import CommitmentFact, StatementFact

_VERBS = (
    r"said|says|told|tells|warned|warns|stated|states|claimed|claims|insisted|insists|admitted|admits|"
    r"called|calls|described|describes|branded|brands|labelled|labels"
)
_SAYING = re.compile(
    rf"(?:^|[,;:]\s*)(?P<sayer>(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
    rf"(?P<verb>{_VERBS})\b(?P<rest>.*)$"
)
"""A clause that opens with who said it and the verb of saying: `senior leaders told Ofsted that ...`."""
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|who|which)$")
_OF_ITSELF = re.compile(r"^\s+(?:as|to|was|were|is|are|be)\b")
"""`the system said to be changeable`, `morale described as good`: what the subject is said to be, by
no one named, not a sayer's words."""
_THAT = re.compile(r"^(?P<to>(?:\s+[\w'’-]+){0,3}?)\s+that\b")
_TOLD = frozenset({"told", "tells"})
_ITEM_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|warned|warns|stated|states|state|claimed|claims|insisted|insists|"
    r"admitted|admits|called|calls|described|describes|branded|labelled|explained|explains|reported|"
    r"reports|made clear|makes clear|highlighted|highlights|believed|believes|added|adds|announced|"
    r"announces|confirmed|confirms|presented|presents|assured|advised|informed|acknowledged)\b"
)
"""Verbs by which an item has someone say a thing."""
NEAR = 6
"""How many words before an item's verb of saying its sayer's words may stand."""


@dataclass(frozen=True)
class Saying:
    sayer: frozenset[str]
    """The terms of who the claim says said it, without the council every item is about."""
    words: tuple[str, ...]
    """The stems of the sayer's words as written (`report`, `leader`)."""
    reported: frozenset[str]
    """The terms of what the claim says was said that carry its content: a quality, or a term denied
    (`declined`, `could not be trusted`)."""


def read_saying(claim: str, glossary: Glossary, vocabulary: Vocabulary | None = None) -> Saying | None:
    """The claim's sayer and what it reports, where the claim is a saying; None otherwise."""
    found = _SAYING.search(fold(claim))
    if found is None or _PASSIVE.search(found["sayer"]) or _OF_ITSELF.match(found["rest"]):
        return None
    sayer = frozenset(read_text(found["sayer"], glossary, vocabulary).terms) - ROLE_CONTEXT
    stems = (term(word) for word in tokens(found["sayer"]))
    words = tuple(stem for stem in stems if stem[0].isalpha() and stem not in glossary.owners)
    rest = found["rest"]
    if (that := _THAT.match(rest)) is not None:
        rest = rest[that.end() :]
    elif found["verb"] in _TOLD:
        rest = " ".join(rest.split()[1:])  # `told councillors the data ...`: to whom, then what
    said = read_text(rest, glossary, vocabulary)
    if not sayer or not said.terms:
        return None
    reported = frozenset(said.terms) & (glossary.polar | said.denied) - glossary.implied
    return Saying(sayer, words, reported)


def _speaker_terms(speaker: str, index: ClaimIndex) -> frozenset[str]:
    """The terms of an item's speaker, and of every post the record gives the person it names."""
    said = frozenset(read_text(speaker, index.glossary, index.vocabulary).terms)
    return said.union(*(role for person in index.people if person.name <= said for _, role in person.roles))


def _has_them_say(saying: Saying, document: Document, index: ClaimIndex) -> bool:
    item = document.item
    if saying.sayer <= MEETING_CONTEXT & document.bag:
        return True  # "the committee minutes say": whatever the record files under the meeting
    if isinstance(item, StatementFact | CommitmentFact):
        speaker = item.speaker if isinstance(item, StatementFact) else item.by
        return saying.sayer <= _speaker_terms(speaker, index)
    if item.kind in OFSTED_KINDS and saying.sayer <= {OFSTED, "concept:report"}:
        return True  # a finding is Ofsted's, in its report
    for text in (own_text(item), *(citation.quote for citation in item.citations)):
        folded = fold(text)
        for verb in _ITEM_SAYING.finditer(folded):
            before = [term(word) for word in tokens(folded[: verb.start()])][-NEAR:]
            if set(saying.words) <= set(before):
                return True
    return False


def saying_unsaid(saying: Saying, documents: Sequence[Document], index: ClaimIndex) -> bool:
    """Whether the items (one, or two of one passage) leave the claim's saying unstated: one does not
    have the sayer say anything, or they lack some word of what the claim reports."""
    if not all(_has_them_say(saying, document, index) for document in documents):
        return True
    return not saying.reported <= frozenset().union(*(document.bag for document in documents))
