"""The record read once for checking claims: each event and fact as a `Document`, the postings that
find them by term, the people and their roles, the ratings and the recorded conflicts.

`build_index` is the one place the record is read (`DocumentReader` reads one item as it does, for
the cache's documents read on demand); `claims/stored.py` keeps what it builds.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol, runtime_checkable

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold, stem, tokens
from trafford_timeline.claims.quantities import Quantity
from trafford_timeline.claims.reading import AREA_PREFIX, Reading, Vocabulary, Words, read_text
from trafford_timeline.dates import DateSpan, parse_record_date
from trafford_timeline.record.model import (
    Citation,
    Conflict,
    Event,
    Fact,
    FigureFact,
    RatingFact,
    Record,
    RoleFact,
)

SIDE_BODIES = ("concept:dfe", "concept:ofsted", "concept:council")
"""The bodies a post may be held for, as a role's organisation names them."""
ACTING_BODIES = frozenset({"concept:ofsted", "concept:dfe", "concept:education-secretary"})
"""The bodies that act in the record in their own name (inspect, issue, appoint), and whose words it
holds in reports and notices rather than as someone's statement. Kept here, not in `compare.py`, so
that a question answered without the claim checker does not import it."""
POOL_TERM_LIMIT = 5000
"""A term carried by more items than this only ranks the items rarer terms find. Counting it in
most of a 100,000-event record takes longer than a person waits, and it weighs little; in a
record of fewer items than this every term counts, as before."""
MEETING_CONTEXT = frozenset({"concept:committee", "concept:meeting"})
ROLE_CONTEXT = frozenset({"concept:council", "concept:childrens-services", "concept:children"})
"""Terms too general to tell one role from another."""
OFSTED = "concept:ofsted"
OFSTED_KINDS = frozenset({"finding", "rating", "recommendation"})
"""Kinds of fact that are Ofsted's judgements, whether or not their text names Ofsted."""
RECURRING_KINDS = frozenset({"inspection", "publication", "finding", "rating", "recommendation"})
_CLAUSE = re.compile(
    r",? but |; |: |, although |,? while |, whereas |despite |, though |, in which |, which |, who |, where "
    r"|(?<! can)(?<! will)(?<! would)(?<! could) and (?=(?:does|do|did|is|are|was|were|has|have|had|will|"
    r"would|can|could) )"
)
"""Where a fact's text turns to another statement, so a negation in one is not applied to the other."""
_CLAUSE_MARK = re.compile(", |; |: | but | while |despite | and ")
"""What `_CLAUSE` cannot match without: most texts hold none of these, and are not split."""


def _clauses(passage: str) -> list[str]:
    return _CLAUSE.split(passage) if _CLAUSE_MARK.search(passage) else [passage]


@dataclass(frozen=True)
class Document:
    """One event or fact as the checker sees it."""

    item: Event | Fact
    clauses: tuple[Reading, ...]
    bag: frozenset[str]
    dates: tuple[DateSpan, ...]
    quantities: tuple[Quantity, ...]
    grades: frozenset[str]
    quote_terms: tuple[frozenset[str], ...]
    caption_only: bool = False
    """Only a photo caption says this: shown as related, never decisive."""
    recurring: bool = False
    """An inspection or its findings: a year not on record may be another inspection, not an error."""
    context: tuple[Citation, ...] = ()
    """The whole source sentence around each quote that is only part of one, cited: weaker backing
    for a claim's leftover words (`sentences.py`, which reads it when a claim needs it), never decisive."""

    @cached_property
    def unworded(self) -> frozenset[str]:
        """What the item is about without its words saying it: the council every item is about, the
        Ofsted whose finding it is."""
        return self.bag.difference(*(clause.terms for clause in self.clauses))


@dataclass(frozen=True)
class Person:
    """Someone the record names, with the terms of each role it gives them."""

    name: frozenset[str]
    roles: tuple[tuple[RoleFact, frozenset[str]], ...]


class DatedTitles(Protocol):
    """The events' dates and titles, narrowed by date before they are read."""

    def overlapping(self, span: DateSpan | None) -> Iterable[tuple[DateSpan, str]]:
        """Those whose date overlaps `span`; all of them for None."""
        ...


@dataclass(frozen=True)
class TitleList:
    """Dated titles held in memory."""

    titles: tuple[tuple[DateSpan, str], ...] = ()

    def overlapping(self, span: DateSpan | None) -> list[tuple[DateSpan, str]]:
        return [pair for pair in self.titles if span is None or span.overlaps(pair[0])]


@runtime_checkable
class ReadOnDemand(Protocol):
    """Documents kept in the cache and read when a claim examines them (`stored.py`)."""

    def read_ahead(self, numbers: Iterable[int]) -> None: ...

    def items(self) -> Sequence[Event | Fact]: ...

    def keep(self) -> None: ...


@dataclass
class ClaimIndex:
    """The record read for checking claims. The large parts are sequences and mappings, so they
    may be lists in memory or read on demand from the cache (`cache.py`) at scale."""

    glossary: Glossary
    vocabulary: Vocabulary
    documents: Sequence[Document]
    postings: Mapping[str, Sequence[int]]
    idf: Mapping[str, float]
    unknown_weight: float
    record_years: frozenset[int]
    ratings: dict[tuple[int, str], RatingFact]
    people: tuple[Person, ...]
    actors: frozenset[str]
    dated_titles: DatedTitles = field(default_factory=TitleList)
    numbers: Mapping[str, int] = field(default_factory=dict)
    """Each item id's place in `documents`."""

    conflicts: tuple[Conflict, ...] = ()
    """The record's conflicts: a claim decided by one side of a dispute says so."""

    event_kinds: frozenset[str] = frozenset()
    """The kinds of the record's events, kept whole: `ask` matches a question's words against them,
    and reading every document to find them took 40 s and 2 GB at 100,000 events."""

    post_sides: dict[str, str] = field(default_factory=dict)
    """The body each post the record names is held for, from its role facts' organisations
    (`Trafford Council`, `Department for Education`): a council leader does not do the Education
    Secretary's part. Read with the index (`_post_sides`), so a cached `cite` reads no role fact."""

    def document_of(self, item_id: str) -> Document:
        return self.documents[self.numbers[item_id]]

    def documents_at(self, numbers: Sequence[int]) -> list[Document]:
        """The documents at `numbers`, read together where the cache reads them on demand."""
        if isinstance(self.documents, ReadOnDemand):
            self.documents.read_ahead(numbers)
        return [self.documents[number] for number in numbers]

    def keep_read(self) -> None:
        """Keep the documents this run read in the cache, so the next run need not read them again."""
        if isinstance(self.documents, ReadOnDemand):
            self.documents.keep()

    def items(self) -> Iterable[Event | Fact]:
        """Every event and fact, in order, without reading their documents where they are read on demand."""
        if isinstance(self.documents, ReadOnDemand):
            return self.documents.items()
        return (document.item for document in self.documents)

    def sides_of(self, item: Event | Fact) -> list[tuple[Conflict, int]]:
        """The conflicts an item takes one side of: it cites a quote of that side and no other's."""
        found: list[tuple[Conflict, int]] = []
        for conflict in self.conflicts:
            sides = [
                number
                for number, side in enumerate(conflict.sides)
                if any(same_quote(mine, theirs) for mine in item.citations for theirs in side.citations)
            ]
            if len(sides) == 1:
                found.append((conflict, sides[0]))
        return found


def same_quote(one: Citation, other: Citation) -> bool:
    """Two citations of one passage: same line, and one quote holds the other."""
    if (one.source, one.line) != (other.source, other.line):
        return False
    first, second = fold(one.quote), fold(other.quote)
    return first in second or second in first


Sentences = Callable[[Citation], Citation | None]
"""The whole sentence(s) of a citation's line that hold its quote, cited (same file and line, the
sentences verbatim); None where the quote is already the whole sentence or its line is not the body."""


def no_sentences(citation: Citation) -> Citation | None:
    """For a record read without its sources: items carry only their own quotes."""
    return None


DocumentStore = Callable[[Iterator[Document]], Sequence[Document]]
"""Where `build_index` keeps the documents it reads: a list, or rows of the cache."""


def own_text(item: Event | Fact) -> str:
    return item.title if isinstance(item, Event) else item.text


def _spans(values: Iterable[str | None]) -> list[DateSpan]:
    return [parse_record_date(value) for value in values if value is not None]


READINGS_KEPT = 1 << 18
"""Readings remembered while the record is read: a clause is often a whole text or quote, and a
quote is often cited by an event and its facts alike. A reading depends on its text alone (the
glossary and vocabulary being fixed), so one remembered is the one read again."""


START = "concept:start"


def _names_role(fact: RoleFact, event: Event, read: Callable[[str], Reading]) -> bool:
    """Whether an event's title is the start of the post a role fact gives (`a new council leader
    takes over`), so that its date is when the post was taken up."""
    role = set(read(fact.role).terms)
    title = set(read(event.title).terms)
    return bool(role) and role | {START} <= title


@dataclass(frozen=True)
class Finding:
    """What finds an item: the terms it is posted under and its dates. The first run reads only
    this much of each item (its own text and its quotes, not every clause); the rest of its
    `Document` is read when a claim examines it (see `DocumentReader`)."""

    whole: Reading
    quotes: tuple[frozenset[str], ...]
    bag: frozenset[str]
    dates: tuple[DateSpan, ...]


def _finding(
    item: Event | Fact,
    glossary: Glossary,
    read: Callable[[str], Reading],
    event_of: Mapping[str, Event],
    people: Sequence[Person],
) -> Finding:
    text = own_text(item)
    whole = read(text)
    quotes = tuple(frozenset(read(c.quote).terms) for c in item.citations)
    event = item if isinstance(item, Event) else event_of.get(item.event or "")
    attested = isinstance(item, RoleFact) and event is not None and not _names_role(item, event, read)
    """"Catherine Hynes is the deputy leader", cited at the May 2019 event of another role: the date
    says when the record finds her in post, not when she took it up, so it contradicts no date."""
    dates = [] if attested else _spans([item.date, event.date if event is not None else None])
    dates += [mention.span for mention in whole.dates if mention.span is not None]
    bag = frozenset(whole.terms).union(*quotes, glossary.implied)
    if item.kind in OFSTED_KINDS:
        bag |= {OFSTED}
    if event is not None and event is not item and event.kind == "meeting":
        bag |= MEETING_CONTEXT  # what a meeting heard, "the committee was told", is said at the committee
    area = getattr(item, "area", None)
    if area is not None and area != "overall":  # the record files it under an area it need not name
        bag |= {AREA_PREFIX + area}
    return Finding(whole, quotes, _with_roles(bag, people), tuple(dates))


def _document(
    item: Event | Fact,
    glossary: Glossary,
    read: Callable[[str], Reading],
    event_of: Mapping[str, Event],
    people: Sequence[Person],
    sentences: Sentences = no_sentences,
) -> Document:
    found = _finding(item, glossary, read, event_of, people)
    text = own_text(item)
    parts = [part for passage in (text, *(c.quote for c in item.citations)) for part in _clauses(passage)]
    clauses = tuple(read(part) for part in parts if part.strip())
    quantities = list(found.whole.quantities)
    if isinstance(item, FigureFact) and item.unit == "percent":
        quantities.append(
            Quantity(item.value, "percent", item.qualifier or "exact", f"{item.value:g}%", 0, 0)
        )
    return Document(
        item=item,
        clauses=clauses,
        bag=found.bag,
        dates=found.dates,
        quantities=tuple(quantities),
        grades=frozenset(found.whole.grades) | ({item.grade} if isinstance(item, RatingFact) else set()),
        quote_terms=found.quotes,
        caption_only=all(citation.caption for citation in item.citations),
        recurring=item.kind in RECURRING_KINDS,
        context=tuple(dict.fromkeys(s for c in item.citations if (s := sentences(c)) is not None)),
    )


def clauses_of(passage: str) -> list[str]:
    """A passage split where it turns to another statement, as an item's text and quotes are."""
    return [part for part in _clauses(passage) if part.strip()]


class DocumentReader:
    """Reads one item's whole `Document` when a claim examines it, exactly as `build_index` reads
    it with `whole=True`: the same glossary, vocabulary and people, and readings remembered."""

    def __init__(
        self,
        glossary: Glossary,
        vocabulary: Vocabulary,
        people: Iterable[Person],
        sentences: Sentences = no_sentences,
    ) -> None:
        self._glossary = glossary
        self._people = People(people)
        self._sentences = sentences
        read_before: dict[str, Words] = {}

        @functools.lru_cache(maxsize=READINGS_KEPT)
        def reading(text: str) -> Reading:
            return read_text(text, glossary, vocabulary, read_before=read_before)

        self._read = reading

    def document(self, item: Event | Fact, event: Event | None) -> Document:
        """`item`'s document; `event` is the event a fact belongs to (None for an event)."""
        event_of = {event.id: event} if event is not None else {}
        return _document(item, self._glossary, self._read, event_of, self._people, self._sentences)


class People(tuple[Person, ...]):
    """The record's people, found by a term of their name: a record's hundreds of people were each
    tried against every one of its hundreds of thousands of documents."""

    by_term: dict[str, list[int]]
    """Each person's number under one term of their name (every term of it must be in a bag)."""
    nameless: list[int]
    """Those with no name, which every bag names."""

    def __new__(cls, people: Iterable[Person]) -> People:
        found = super().__new__(cls, people)
        found.by_term, found.nameless = defaultdict(list), []
        for number, person in enumerate(found):
            if person.name:
                found.by_term[min(person.name)].append(number)
            else:
                found.nameless.append(number)
        return found


def _with_roles(bag: frozenset[str], people: Sequence[Person]) -> frozenset[str]:
    """`bag` with the role terms of each person it names: "Sara Todd said" is also what "the chief
    executive said". People are tried in order, each against the bag as the earlier ones left it
    (a role's terms may complete a later person's name), as a walk over all of them would."""
    if not isinstance(people, People):
        for person in people:
            if person.name <= bag:
                bag = bag.union(*(terms for _, terms in person.roles))
        return bag
    waiting = [number for term in bag for number in people.by_term.get(term, ())] + people.nameless
    heapq.heapify(waiting)
    last = -1
    while waiting:
        number = heapq.heappop(waiting)
        if number <= last:
            continue
        last = number
        person = people[number]
        if person.name <= bag:
            grown = bag.union(*(terms for _, terms in person.roles))
            for term in grown - bag:
                for later in people.by_term.get(term, ()):
                    if later > number:
                        heapq.heappush(waiting, later)
            bag = grown
    return bag


def build_index(
    record: Record,
    glossary: Glossary,
    store: DocumentStore = list,
    *,
    whole: bool = True,
    sentences: Sentences = no_sentences,
) -> ClaimIndex:
    """Read every event and fact once, so that each claim is compared against ready readings.

    Each document is handed to `store` as it is read, so the cache can write a large record's
    documents out one by one instead of holding them all. With `whole` False, only what finds
    the documents is read (postings, weights, years) and `documents` is empty: the cache reads
    each document when a claim examines it (`DocumentReader`), which at 100,000 events is a few
    hundred of 400,000. `sentences` gives the source sentence around each quote (`sentences.py`).
    """
    items: list[Event | Fact] = [*record.events, *record.facts]
    texts = [own_text(item) for item in items] + [c.quote for item in items for c in item.citations]
    words = {word for text in dict.fromkeys(texts) for word in tokens(text)}  # a quote is often cited twice
    vocabulary = Vocabulary(frozenset(words), frozenset(stem(word) for word in words))
    event_of = {event.id: event for event in record.events}
    people = People(_people(record, glossary, vocabulary))
    postings: dict[str, list[int]] = defaultdict(list)
    years: set[int] = set()

    read_before: dict[str, Words] = {}

    @functools.lru_cache(maxsize=READINGS_KEPT)
    def reading(text: str) -> Reading:
        return read_text(text, glossary, vocabulary, read_before=read_before)

    def read() -> Iterator[Document]:
        for number, item in enumerate(items):
            document = _document(item, glossary, reading, event_of, people, sentences) if whole else None
            found = document or _finding(item, glossary, reading, event_of, people)
            for term in found.bag:
                postings[term].append(number)
            years.update(
                year
                for span in found.dates
                for year in (span.first.year, span.last.year)
                if span.first_precision != "open" or year == span.last.year
            )
            if document is not None:
                yield document

    documents: Sequence[Document] = ()
    if whole:
        documents = store(read())
    else:
        for _ in read():  # only the postings and years are kept
            pass
    total = len(items)
    idf = {term: math.log(1 + total / len(found)) for term, found in postings.items()}
    numbers: dict[str, int] = {}
    for number, item in enumerate(items):
        numbers.setdefault(item.id, number)
    ratings: dict[tuple[int, str], RatingFact] = {
        (f.year, f.area or "overall"): f for f in record.facts if isinstance(f, RatingFact)
    }
    titles = TitleList(tuple((parse_record_date(e.date), e.title) for e in record.events))
    actors = glossary.actors.union(*(terms for person in people for _, terms in person.roles))
    return ClaimIndex(
        glossary=glossary,
        vocabulary=vocabulary,
        documents=documents,
        postings=dict(postings),
        idf=idf,
        unknown_weight=math.log(1 + total) + 1.0,
        record_years=frozenset(years - {1, 9999}),
        ratings=ratings,
        people=tuple(people),
        actors=actors,
        dated_titles=titles,
        numbers=numbers,
        conflicts=record.conflicts,
        event_kinds=frozenset(event.kind for event in record.events),
        post_sides=_post_sides(record, glossary, vocabulary, actors),
    )


def _post_sides(
    record: Record, glossary: Glossary, vocabulary: Vocabulary, actors: frozenset[str]
) -> dict[str, str]:
    """The body (`SIDE_BODIES`) each post among `actors` is held for, by the first role fact naming it."""
    sides: dict[str, str] = {}
    for fact in record.facts:
        if not isinstance(fact, RoleFact):
            continue
        organisation = read_text(fact.organisation, glossary, vocabulary).terms
        side = next((body for body in SIDE_BODIES if body in organisation), None)
        if side is not None:
            for term in actors.intersection(read_text(fact.role, glossary, vocabulary).terms):
                sides.setdefault(term, side)
    return sides


def _people(record: Record, glossary: Glossary, vocabulary: Vocabulary) -> tuple[Person, ...]:
    """The named people and their roles, from the record's role facts."""
    roles: dict[frozenset[str], list[tuple[RoleFact, frozenset[str]]]] = defaultdict(list)
    for fact in record.facts:
        if isinstance(fact, RoleFact) and fact.person:
            name = frozenset(read_text(fact.person, glossary, vocabulary).terms)
            terms = frozenset(read_text(fact.role, glossary, vocabulary).terms) - ROLE_CONTEXT
            roles[name].append((fact, terms))
    return tuple(Person(name, tuple(found)) for name, found in roles.items() if name)


def year_unrecorded(index: ClaimIndex, span: DateSpan | None) -> bool:
    """Whether a span lies wholly in years the record holds nothing from: an inspection "in 2012" is
    one the record never mentions, not a misdated one of another year."""
    return span is not None and not set(range(span.first.year, span.last.year + 1)) & index.record_years


def weight(index: ClaimIndex, term: str) -> float:
    """A term's weight in the index: rarer terms weigh more; a term the record never uses, the index's
    weight for the unknown. Here, not in `compare`, so a reader that weighs terms (`appraisal`, on the
    path of `ask`) need not load the claim checker."""
    return index.idf.get(term, index.unknown_weight)
