"""Finding what a question is about in the record, and the shape of an answer.

The question's terms are weighed by rarity, as the claim checker weighs a claim's; an item that
carries most of that weight is what the question asks about. Helpers here build the quotes an
answer gives and the "not stated" answer with what the record says nearby.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Literal

from trafford_timeline.claims.index import POOL_TERM_LIMIT, ClaimIndex, Document
from trafford_timeline.claims.language import fold, stem
from trafford_timeline.claims.question import BODIES, Kind, Question
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.verdicts import Evidence
from trafford_timeline.record.model import Citation, Event, Fact

Status = Literal["answered", "not_stated", "disputed"]
STATUSES: tuple[Status, ...] = ("answered", "not_stated", "disputed")
NOT_STATED = "not stated in the sources"

MATCH = 0.7
"""The share of the question's term weight an item must carry to be the one it asks about."""
MATCH_TEXT = 0.8
"""For an answer read from the words of a quote, which needs a closer match."""
MATCH_DATE = 0.8
"""A date answers only for the very thing asked about: "when was the chair appointed?" is not
answered by when the board with the chair was set up, so only a light term may be missing."""
RELATED = 0.3
DISPUTE = 0.6
"""The share of the question's term weight a disagreement's topic must carry to be what it asks."""
SAME_WORDS = 20
"""Two quotes of one line that share this many characters in a row quote the same words."""


@dataclass(frozen=True)
class Answer:
    question: str
    status: Status
    answer: str | None
    value: str | float | None
    kind: Kind
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    related: tuple[Evidence, ...] = ()
    weighed: str | None = None
    """The recorded dispute the claim checker weighed, by cite's rule (`disputes._follow_dispute`), in
    giving this yes or no: `answer._disputed` keeps its verdict and only shows the other side."""


@dataclass(frozen=True)
class Match:
    document: Document
    coverage: float
    missing: tuple[str, ...]


LEVEL = 0.1
CANDIDATES = 10
"""How many well-matched items a figure or a frequency is looked for in."""
LOOSENED = 0.85
"""The match needed once a word the record never uses has been left out of the question."""


def floor_of(question: Question, base: float) -> float:
    return max(base, LOOSENED) if question.loosened else base


LIGHT_SHARE = 0.25
"""The share of its weight a light term of the question keeps (`question.light_terms`)."""
LIGHT_CAP = 0.5
"""At most this: a light word the record seldom uses is still light, never outweighing a body's name."""
_LIGHT: ContextVar[frozenset[str]] = ContextVar("light", default=frozenset())


@contextmanager
def light(terms: frozenset[str]) -> Iterator[None]:
    """While a question is answered, its light terms weigh little in every match made for it."""
    token = _LIGHT.set(terms)
    try:
        yield
    finally:
        _LIGHT.reset(token)


def light_now() -> frozenset[str]:
    """The light terms of the question being answered."""
    return _LIGHT.get()


def weight(index: ClaimIndex, term: str) -> float:
    base = index.idf.get(term, index.unknown_weight)
    return min(base * LIGHT_SHARE, LIGHT_CAP) if term in _LIGHT.get() else base


_PARTS: dict[int, dict[str, frozenset[str]]] = {}
PART_WEIGHT = 0.5
"""A word found only inside a concept's phrase (`director` in `director of children's services`)
counts half: it may name that thing, or only share a word with it."""


def concept_parts(index: ClaimIndex) -> dict[str, frozenset[str]]:
    """The word stems of each glossary concept's phrases: `director` is part of `director of children's
    services`, so a question's "new director" finds the item that names that post."""
    key = id(index.glossary)
    if key not in _PARTS:
        parts: dict[str, set[str]] = {}
        for entries in index.glossary.phrases.values():
            for phrase, replacement in entries:
                for token in replacement:
                    if ":" in token:
                        parts.setdefault(token, set()).update(w for w in phrase if not w.startswith("~"))
        _PARTS.clear()
        _PARTS[key] = {token: frozenset(words) for token, words in parts.items()}
    return _PARTS[key]


def coverage_of(
    reading: Reading, bag: frozenset[str] | set[str], index: ClaimIndex
) -> tuple[float, tuple[str, ...]]:
    terms = reading.distinct_terms
    other_body = {t for t in terms if t in _LIGHT.get() and t in BODIES and bag & (BODIES - {t})}
    if other_body:  # "the DfE report" is not light where the item is Ofsted's report
        with light(_LIGHT.get() - other_body):
            return coverage_of(reading, bag, index)
    total = sum(weight(index, term) for term in terms)
    if not total:
        return 0.0, ()
    parts = concept_parts(index)
    within = {word for token in bag if ":" in token for word in parts.get(token, ())}
    missing = tuple(term for term in terms if term not in bag and term not in within)
    partly = sum(weight(index, term) for term in terms if term not in bag and term in within)
    lost = sum(weight(index, term) for term in missing) + PART_WEIGHT * partly
    return 1.0 - lost / total, missing


def denies(reading: Reading, document: Document) -> bool:
    """Whether the item's closest clause negates what the question asserts, or asserts what it negates."""
    terms = set(reading.terms)
    overlaps = [len(terms & set(clause.terms)) for clause in document.clauses]
    if not overlaps or not max(overlaps):
        return False
    best = max(overlaps)
    for clause, overlap in zip(document.clauses, overlaps, strict=True):
        if overlap == best:
            shared = terms & set(clause.terms)
            if (reading.negations_of(shared) + clause.negations_of(shared)) % 2 == 0:
                return False
    return True


POOL = 400
"""How many items, those sharing most of the question's rarer terms, are compared in full: a
100,000-event record answers as quickly as the shipped one."""


def ranked(
    reading: Reading, index: ClaimIndex, accept: Callable[[Document], bool] = lambda _: True
) -> list[Match]:
    """The record items that share the question's terms, best matched first, then most specific."""
    found = {term: index.postings.get(term, ()) for term in reading.distinct_terms}
    rare = [term for term, numbers in found.items() if 0 < len(numbers) <= POOL_TERM_LIMIT]
    weighty = [t for t in found if found[t] and t not in _LIGHT.get()]
    if not set(rare) - _LIGHT.get() and weighty:  # a light verb alone does not choose the items
        rare.append(min(weighty, key=lambda t: len(found[t])))
    elif not rare and any(found.values()):
        rare = [min((t for t in found if found[t]), key=lambda t: len(found[t]))]
    hits: Counter[int] = Counter()
    for term in rare:
        hits.update(found[term])
    numbers = [number for number, _ in hits.most_common(POOL)]
    asked = [m.span for m in reading.dates if m.span is not None]
    matches = []
    for document in index.documents_at(numbers):
        if document.caption_only or not accept(document):
            continue
        if asked and not any(a.overlaps(d) for a in asked for d in document.dates):
            continue  # "appointed in February 2019" is not about an item dated 2018, nor an undated one
        if reading.negations and denies(reading, document):
            continue  # "the interim director" is not the permanent one
        coverage, missing = coverage_of(reading, document.bag, index)
        matches.append(Match(document, coverage, missing))
    matches.sort(key=match_order)
    return matches


def match_order(match: Match) -> tuple[float, int, str]:
    """Best matched first, then the most specific (the fewest terms of its own), then by id."""
    return (-match.coverage, len(match.document.bag), match.document.item.id)


def cite(item_id: str, citation: Citation) -> Evidence:
    return Evidence(item_id, citation.source, citation.line, citation.quote, 1.0)


def evidence_of(document: Document, reading: Reading, prefer: str | None = None) -> list[Evidence]:
    """The item's quotes, those saying `prefer` (the answer) first, then those sharing most terms."""
    terms = set(reading.terms)
    pairs = zip(document.item.citations, document.quote_terms, strict=True)

    def rank(pair: tuple[Citation, frozenset[str]]) -> tuple[bool, int]:
        says = prefer is not None and fold(prefer) in fold(pair[0].quote)
        return (not says, -len(terms & pair[1]))

    return [cite(document.item.id, citation) for citation, _ in sorted(pairs, key=rank)]


def unique(evidence: Iterable[Evidence], limit: int = 6) -> tuple[Evidence, ...]:
    seen: set[tuple[str, int, str]] = set()
    kept = []
    for item in evidence:
        if (item.source, item.line, item.quote) not in seen:
            seen.add((item.source, item.line, item.quote))
            kept.append(item)
    return tuple(kept[:limit])


def related_to(matches: Sequence[Match], reading: Reading) -> tuple[Evidence, ...]:
    near = [m for m in matches if m.coverage >= RELATED][:3]
    return unique(e for m in near for e in evidence_of(m.document, reading)[:1])


def readable(term: str) -> str:
    return term.split(":", 1)[-1].replace("_", " ").replace("-", " ")


def silent(
    question: Question, index: ClaimIndex, reason: str, matches: Sequence[Match] | None = None
) -> Answer:
    if matches is None:
        matches = ranked(question.content, index)
    related = related_to(matches, question.content)
    return Answer(question.text, "not_stated", None, None, question.kind, reason, related=related)


def why_not(matches: Sequence[Match], what: str) -> str:
    if not matches or matches[0].coverage < RELATED:
        return f"no record item speaks to this, so the sources do not state {what}"
    best = matches[0]
    if best.missing:
        missing = ", ".join(readable(term) for term in best.missing[:4])
        return f"the closest item, {best.document.item.id}, says nothing of {missing}; {what} is not stated"
    return f"the closest item, {best.document.item.id}, does not state {what}"


def unknown_words(reading: Reading, index: ClaimIndex) -> list[str]:
    known, glossary = index.vocabulary.stems, index.glossary.words
    return [
        w for w in dict.fromkeys(reading.words) if w.isalpha() and stem(w) not in known and w not in glossary
    ]


def answered(
    question: Question, answer: str, value: str | float, explanation: str, evidence: Iterable[Evidence]
) -> Answer:
    return Answer(question.text, "answered", answer, value, question.kind, explanation, unique(evidence))


def stored_date(item: Event | Fact, index: ClaimIndex) -> str | None:
    if item.date is not None:
        return item.date
    if isinstance(item, Fact) and item.event is not None and item.event in index.numbers:
        event = index.documents[index.numbers[item.event]].item
        return event.date
    return None


def title_of(item: Event | Fact) -> str:
    return item.title if isinstance(item, Event) else item.text


def read(text: str, index: ClaimIndex) -> Reading:
    return read_text(text, index.glossary, index.vocabulary)
