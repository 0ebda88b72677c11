"""Check a claim against the record: supported, contradicted or not found, with quoted evidence.

A claim is read the way every fact is read (see `reading`). Facts that share its terms are
retrieved and compared field by field: dates, quantities, grades and negation. A rating claim
("rated good in 2015") is compared with the record's rating facts by year and area. When the
record does not say enough to decide, the answer is `not_found`: a false "supported" is the worst
mistake a fact checker can make.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold, stem, tokens
from trafford_timeline.claims.quantities import Quantity, agrees
from trafford_timeline.claims.reading import AREA_PREFIX, GRADE_PREFIX, Reading, Vocabulary, read_text
from trafford_timeline.dates import DateMention, DateSpan, format_span, parse_record_date
from trafford_timeline.ratings import GRADE_LABELS, MAPPING_OF
from trafford_timeline.record.model import Citation, Event, Fact, FigureFact, RatingFact, Record, RoleFact

Verdict = Literal["supported", "contradicted", "not_found"]
VERDICTS: tuple[Verdict, ...] = ("supported", "contradicted", "not_found")

SUPPORT_COVERAGE = 0.75
"""The share of a claim's term weight one record item must carry for the claim to be supported."""
CONTRADICT_COVERAGE = 0.7
"""For a date, number, grade or negation that differs, the claim must still be this well matched."""
RELATED_COVERAGE = 0.3
RECOMMEND = "concept:recommend"
ROLE_CONTEXT = frozenset({"concept:council", "concept:childrens-services", "concept:children"})
"""Terms too general to tell one role from another."""
OFSTED = "concept:ofsted"
OFSTED_KINDS = frozenset({"finding", "rating", "recommendation"})
"""Kinds of fact that are Ofsted's judgements, whether or not their text names Ofsted."""
_CONJUNCTION = re.compile(r",\s*(?:and|but|with|while|whereas|although|though)\s+|;\s+|\s+but\s+")
MAX_PARTS = 4
IDENTITY = re.compile(r"\b(?:is|was|will be|would be|became|becomes|to be|as) (?:the |a |an |its |their )?")
"""Wording that says who someone is, where a role belonging to someone else is a contradiction."""
RECURRING_KINDS = frozenset({"inspection", "publication", "finding", "rating", "recommendation"})
CANDIDATES = 12
MAX_FIELDS = 24
"""A claim is compared on at most this many dates and as many quantities: a pasted page still answers."""
POOL_TERM_LIMIT = 5000
"""A term carried by more items than this only ranks the items rarer terms find. Counting it in
most of a 100,000-event record takes longer than a person waits, and it weighs little; in a
record of fewer items than this every term counts, as before."""
_CLAUSE = re.compile(r",? but |; |: |, although |, while |, whereas |despite |, though ")


@dataclass(frozen=True)
class Evidence:
    id: str
    source: str
    line: int
    quote: str
    score: float


@dataclass(frozen=True)
class ClaimCheck:
    claim: str
    verdict: Verdict
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    related: tuple[Evidence, ...] = ()


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


DocumentStore = Callable[[Iterator[Document]], Sequence[Document]]
"""Where `build_index` keeps the documents it reads: a list, or rows of the cache."""


@dataclass
class Comparison:
    document: Document
    coverage: float
    missing: list[str]
    agreements: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    soft_conflict: bool = False
    """The only conflict is a negation or an opposite, which needs a closer match to decide."""


def _own_text(item: Event | Fact) -> str:
    return item.title if isinstance(item, Event) else item.text


def _spans(values: Iterable[str | None]) -> list[DateSpan]:
    return [parse_record_date(value) for value in values if value is not None]


def _document(
    item: Event | Fact,
    glossary: Glossary,
    vocabulary: Vocabulary,
    event_of: dict[str, Event],
    people: Sequence[Person],
) -> Document:
    text = _own_text(item)
    parts = [
        part for passage in (text, *(c.quote for c in item.citations)) for part in _CLAUSE.split(passage)
    ]
    clauses = tuple(read_text(part, glossary, vocabulary) for part in parts if part.strip())
    whole = read_text(text, glossary, vocabulary)
    quotes = tuple(frozenset(read_text(c.quote, glossary, vocabulary).terms) for c in item.citations)
    event = item if isinstance(item, Event) else event_of.get(item.event or "")
    dates = _spans([item.date, event.date if event is not None else None])
    dates += [mention.span for mention in whole.dates if mention.span is not None]
    quantities = list(whole.quantities)
    if isinstance(item, FigureFact) and item.unit == "percent":
        quantities.append(
            Quantity(item.value, "percent", item.qualifier or "exact", f"{item.value:g}%", 0, 0)
        )
    bag = frozenset(whole.terms).union(*quotes, glossary.implied)
    if item.kind in OFSTED_KINDS:
        bag |= {OFSTED}
    for person in people:
        if person.name <= bag:  # "Sara Todd said" is also what "the chief executive said"
            bag = bag.union(*(terms for _, terms in person.roles))
    return Document(
        item=item,
        clauses=clauses,
        bag=bag,
        dates=tuple(dates),
        quantities=tuple(quantities),
        grades=frozenset(whole.grades) | ({item.grade} if isinstance(item, RatingFact) else set()),
        quote_terms=quotes,
        caption_only=all(citation.caption for citation in item.citations),
        recurring=item.kind in RECURRING_KINDS,
    )


def build_index(record: Record, glossary: Glossary, store: DocumentStore = list) -> ClaimIndex:
    """Read every event and fact once, so that each claim is compared against ready readings.

    Each document is handed to `store` as it is read, so the cache can write a large record's
    documents out one by one instead of holding them all.
    """
    items: list[Event | Fact] = [*record.events, *record.facts]
    texts = [_own_text(item) for item in items] + [c.quote for item in items for c in item.citations]
    words = {word for text in texts for word in tokens(text)}
    vocabulary = Vocabulary(frozenset(words), frozenset(stem(word) for word in words))
    event_of = {event.id: event for event in record.events}
    people = _people(record, glossary, vocabulary)
    postings: dict[str, list[int]] = defaultdict(list)
    years: set[int] = set()

    def read() -> Iterator[Document]:
        for number, item in enumerate(items):
            document = _document(item, glossary, vocabulary, event_of, people)
            for term in document.bag:
                postings[term].append(number)
            years.update(
                year
                for span in document.dates
                for year in (span.first.year, span.last.year)
                if span.first_precision != "open" or year == span.last.year
            )
            yield document

    documents = store(read())
    total = len(items)
    idf = {term: math.log(1 + total / len(found)) for term, found in postings.items()}
    numbers: dict[str, int] = {}
    for number, item in enumerate(items):
        numbers.setdefault(item.id, number)
    ratings: dict[tuple[int, str], RatingFact] = {
        (f.year, f.area or "overall"): f for f in record.facts if isinstance(f, RatingFact)
    }
    titles = TitleList(tuple((parse_record_date(e.date), e.title) for e in record.events))
    return ClaimIndex(
        glossary, vocabulary, documents, dict(postings), idf, math.log(1 + total) + 1.0,
        frozenset(years - {1, 9999}), ratings, people,
        glossary.actors.union(*(terms for person in people for _, terms in person.roles)), titles, numbers,
    )  # fmt: skip


def _people(record: Record, glossary: Glossary, vocabulary: Vocabulary) -> tuple[Person, ...]:
    """The named people and their roles, from the record's role facts."""
    roles: dict[frozenset[str], list[tuple[RoleFact, frozenset[str]]]] = defaultdict(list)
    for fact in record.facts:
        if isinstance(fact, RoleFact) and fact.person:
            name = frozenset(read_text(fact.person, glossary, vocabulary).terms)
            terms = frozenset(read_text(fact.role, glossary, vocabulary).terms) - ROLE_CONTEXT
            roles[name].append((fact, terms))
    return tuple(Person(name, tuple(found)) for name, found in roles.items() if name)


def _weight(index: ClaimIndex, term: str) -> float:
    return index.idf.get(term, index.unknown_weight)


def _describe_dates(spans: Sequence[DateSpan]) -> str:
    return ", ".join(dict.fromkeys(format_span(span) for span in spans))


def _compare_dates(claim: Reading, document: Document, result: Comparison, index: ClaimIndex) -> None:
    for mention in claim.dates[:MAX_FIELDS]:
        said = format_span(mention.span) if mention.span is not None else mention.text
        if not document.dates:
            result.gaps.append(f"the record gives no date for this (the claim says {said})")
        elif any(mention.covers(span) or _inside_days(mention, span) for span in document.dates):
            result.agreements.append(f"date {said} matches {_describe_dates(document.dates)}")
        elif any(mention.overlaps(span) for span in document.dates):
            result.gaps.append(f"the record dates this only to {_describe_dates(document.dates)}, not {said}")
        elif document.recurring and _year_unrecorded(mention, index.record_years):
            result.gaps.append(f"the record holds no inspection or report from {said}")
        else:
            dated = index.dated_titles.overlapping(mention.span)
            elsewhere = [title for span, title in dated if mention.covers(span)]
            aside = f" ({said} is when: {elsewhere[0]})" if elsewhere else ""
            result.conflicts.append(
                f"the claim says {said}; the record says {_describe_dates(document.dates)}{aside}"
            )


def _year_unrecorded(mention: DateMention, on_record: frozenset[int]) -> bool:
    span = mention.span
    return span is not None and not set(range(span.first.year, span.last.year + 1)) & on_record


def _inside_days(mention: DateMention, span: DateSpan) -> bool:
    return span.first_precision == span.last_precision == "day" and mention.within(span)


def _compare_quantities(claim: Reading, document: Document, result: Comparison) -> None:
    for quantity in claim.quantities[:MAX_FIELDS]:
        same_unit = [q for q in document.quantities if q.unit == quantity.unit]
        if not same_unit:
            result.gaps.append(f"the record states no such figure as {quantity.text}")
        elif any(agrees(quantity, stated) for stated in same_unit):
            result.agreements.append(f"{quantity.text} matches {same_unit[0].describe()}")
        else:
            stated = ", ".join(q.describe() for q in same_unit)
            result.conflicts.append(f"the claim says {quantity.describe()}; the record says {stated}")


def _compare_grades(claim: Reading, document: Document, result: Comparison) -> None:
    for grade in claim.grades:
        if grade in document.grades:
            result.agreements.append(f"grade {GRADE_LABELS[grade]} matches")
        elif document.grades:
            stated = ", ".join(GRADE_LABELS[g] for g in sorted(document.grades))
            result.conflicts.append(f"the claim says {GRADE_LABELS[grade]}; the record says {stated}")
        else:
            result.gaps.append(f"the record gives this no grade or quality ({GRADE_LABELS[grade]})")


def _closest_clauses(claim: Reading, document: Document) -> list[Reading]:
    """The clauses of a fact that share most of the claim's terms; negation is judged per clause."""
    terms = set(claim.terms)
    overlaps = [len(terms & set(clause.terms)) for clause in document.clauses]
    best = max(overlaps)
    return [
        clause for clause, overlap in zip(document.clauses, overlaps, strict=True) if overlap >= 0.8 * best
    ]


def _compare(claim: Reading, document: Document, index: ClaimIndex) -> Comparison:
    terms = claim.distinct_terms
    total = sum(_weight(index, term) for term in terms) or 1.0
    matched = [term for term in terms if term in document.bag]
    result = Comparison(
        document,
        coverage=sum(_weight(index, term) for term in matched) / total,
        missing=[term for term in terms if term not in document.bag],
    )
    _compare_dates(claim, document, result, index)
    _compare_quantities(claim, document, result)
    _compare_grades(claim, document, result)
    for clause in _closest_clauses(claim, document):
        shared = set(claim.terms) & set(clause.terms)
        if (claim.negations_of(shared) + clause.negations_of(shared)) % 2 == 1:
            if not result.conflicts:
                result.soft_conflict = True
            side = "the claim" if claim.negations_of(shared) % 2 else "the record"
            result.conflicts.append(f"{side} says the opposite: {_own_text(document.item)!r}")
            break
    return result


def _evidence(comparison: Comparison, claim: Reading) -> list[Evidence]:
    terms = set(claim.terms)
    document = comparison.document
    ranked = sorted(
        zip(document.item.citations, document.quote_terms, strict=True),
        key=lambda pair: -len(terms & pair[1]),
    )
    score = round(comparison.coverage, 3)
    return [_cite(document.item.id, citation, score) for citation, _ in ranked]


def _cite(item_id: str, citation: Citation, score: float) -> Evidence:
    return Evidence(item_id, citation.source, citation.line, citation.quote, score)


def _unique(evidence: Iterable[Evidence], limit: int = 12) -> tuple[Evidence, ...]:
    seen: set[tuple[str, int, str]] = set()
    kept: list[Evidence] = []
    for item in evidence:
        key = (item.source, item.line, item.quote)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return tuple(kept[:limit])


def _readable(term: str) -> str:
    return term.split(":", 1)[-1].replace("_", " ").replace("-", " ")


def _not_found(
    claim: str, reason: str, related: Sequence[Comparison] = (), reading: Reading | None = None
) -> ClaimCheck:
    near = [e for c in related for e in _evidence(c, reading)[:1]] if reading is not None else []
    return ClaimCheck(claim, "not_found", reason, related=_unique(near, 3))


def _years(reading: Reading) -> list[int]:
    return sorted(
        {
            m.span.first.year
            for m in reading.dates
            if m.span is not None and m.span.first.year == m.span.last.year
        }
    )


def _area_label(area: str) -> str:
    return MAPPING_OF[area].label.lower()


def _unknown_words(reading: Reading, index: ClaimIndex) -> list[str]:
    """The claim's words that no record text and no glossary entry contains."""
    known, glossary = index.vocabulary.stems, index.glossary.words
    return [
        w for w in dict.fromkeys(reading.words) if w.isalpha() and stem(w) not in known and w not in glossary
    ]


def _rating_pairs(
    reading: Reading, years: list[int], rating_years: list[int]
) -> list[tuple[str, str, int | None]] | None:
    grades = list(reading.grades)
    areas = list(dict.fromkeys(reading.areas)) or ["overall"]
    each_year: list[int | None] = list(years) or [None]
    if len(grades) == 1:
        return [(area, grades[0], year) for area in areas for year in each_year]
    if len(years) == len(grades):
        chosen = areas if len(areas) == len(grades) else [areas[0]] * len(grades)
        return list(zip(chosen, grades, years, strict=True))
    if len(areas) == len(grades):
        return [(area, grade, year) for area, grade in zip(areas, grades, strict=True) for year in each_year]
    if not years and len(grades) == len(rating_years):
        return [(areas[0], grade, year) for grade, year in zip(grades, rating_years, strict=True)]
    return None


def _check_rating(claim: str, reading: Reading, index: ClaimIndex) -> ClaimCheck:
    """A claim that gives a grade, checked against the rating facts by year and area."""
    rating_years = sorted({year for year, _ in index.ratings})
    on_record = " and ".join(str(year) for year in rating_years) or "no year"
    years = _years(reading)
    absent = [year for year in years if year not in rating_years]
    if absent:
        return _not_found(
            claim, f"the record holds Ofsted ratings for {on_record} only; none for {absent[0]}"
        )
    pairs = _rating_pairs(reading, years, rating_years)
    if pairs is None:
        return _not_found(
            claim, "the claim gives several grades and it is unclear which year or area each is for"
        )
    agree: list[RatingFact] = []
    differ: list[tuple[str, RatingFact]] = []
    unstated: list[str] = []
    for area, grade, year in pairs:
        stated = [
            index.ratings[(y, area)] for y in ([year] if year else rating_years) if (y, area) in index.ratings
        ]
        label = f"{_area_label(area)}{f' in {year}' if year else ''}"
        if not stated:
            unstated.append(f"the sources state no grade for {label}")
        elif matching := [fact for fact in stated if fact.grade == grade]:
            agree.extend(matching[:1])
        else:
            differ += [(grade, fact) for fact in stated]
    negated = reading.negations_of({GRADE_PREFIX + grade for grade in reading.grades}) % 2 == 1
    if (differ and not negated) or (agree and negated and not differ):
        return _rating_verdict(claim, "contradicted", reading, index, differ, agree)
    if unstated:
        return _not_found(claim, "; ".join(unstated))
    return _rating_verdict(claim, "supported", reading, index, differ, agree)


def _rating_verdict(
    claim: str,
    verdict: Verdict,
    reading: Reading,
    index: ClaimIndex,
    differ: list[tuple[str, RatingFact]],
    agree: list[RatingFact],
) -> ClaimCheck:
    def said(fact: RatingFact) -> str:
        area = _area_label(fact.area or "overall")
        return f"{area} {fact.year}: {GRADE_LABELS[fact.grade]} ({fact.framework})"

    parts: list[str] = []
    for grade, fact in differ:
        same_year = [
            _area_label(area)
            for (year, area), other in index.ratings.items()
            if year == fact.year and other.grade == grade and other is not fact
        ]
        aside = f" ({' and '.join(same_year)} rated {GRADE_LABELS[grade]} that year)" if same_year else ""
        parts.append(f"the claim says {GRADE_LABELS[grade]}; the record says {said(fact)}{aside}")
    parts += [f"the record says {said(fact)}" for fact in agree if not differ]
    if (verdict == "supported" and differ) or (verdict == "contradicted" and agree and not differ):
        parts.append("the claim is negated")
    facts = [fact for _, fact in differ] + agree
    evidence = [
        e for fact in facts for e in _evidence(Comparison(_document_of(index, fact.id), 1.0, []), reading)
    ]
    return ClaimCheck(claim, verdict, "; ".join(dict.fromkeys(parts)), _unique(evidence))


def _document_of(index: ClaimIndex, item_id: str) -> Document:
    return index.documents[index.numbers[item_id]]


def _candidates(reading: Reading, index: ClaimIndex) -> list[Comparison]:
    found = {term: index.postings.get(term, ()) for term in set(reading.terms)}
    rare = [term for term, numbers in found.items() if len(numbers) <= POOL_TERM_LIMIT]
    if not rare and found:
        rare = [min(found, key=lambda term: len(found[term]))]
    hits: Counter[int] = Counter()
    for term in rare:
        hits.update(found[term])
    pool = set(hits)
    for term in found.keys() - set(rare):
        hits.update(pool.intersection(found[term]))
    ranked = [_compare(reading, index.documents[number], index) for number, _ in hits.most_common(200)]
    ranked.sort(key=lambda c: (-c.coverage, len(c.conflicts), len(c.gaps)))
    return ranked[:CANDIDATES]


def _can_support(comparison: Comparison, claim: Reading, actors: frozenset[str]) -> bool:
    """Whether a well-matched item may support the claim at all.

    Not when the claim names someone the item does not (the board "chaired by the council
    leader"), and not from a recommendation, which says what should happen, unless the claim is
    about recommending.
    """
    document = comparison.document
    if document.caption_only or set(comparison.missing) & actors:
        return False
    return document.item.kind != "recommendation" or RECOMMEND in claim.terms


def _check_general(claim: str, reading: Reading, index: ClaimIndex) -> ClaimCheck:
    comparisons = _candidates(reading, index)
    enough_terms = len(set(reading.terms)) >= 2
    contradicting = [
        c
        for c in comparisons
        if c.conflicts and not c.document.caption_only and c.coverage >= CONTRADICT_COVERAGE
    ]
    floor = max(SUPPORT_COVERAGE, contradicting[0].coverage if contradicting else 0.0)
    supporting = [
        c
        for c in comparisons
        if enough_terms
        and c.coverage >= floor
        and not c.conflicts
        and not c.gaps
        and _can_support(c, reading, index.actors)
    ]
    if supporting:
        best = supporting[0]
        matched = len(set(reading.terms)) - len(best.missing)
        parts = [
            f"{best.document.item.id} matches {matched} of {len(set(reading.terms))} terms",
            *best.agreements,
        ]
        if contradicting and contradicting[0].soft_conflict and contradicting[0].coverage >= best.coverage:
            parts.append(f"but {contradicting[0].document.item.id} says otherwise (see `trafford conflicts`)")
        evidence = [e for c in supporting[:3] for e in _evidence(c, reading)[:2]]
        evidence += [e for c in contradicting[:1] for e in _evidence(c, reading)[:1]]
        return ClaimCheck(claim, "supported", "; ".join(parts), _unique(evidence))
    if contradicting and enough_terms:
        best = contradicting[0]
        close = [c for c in contradicting[:3] if c.coverage >= best.coverage - 0.1]
        evidence = [e for c in close for e in _evidence(c, reading)[:2]]
        return ClaimCheck(
            claim, "contradicted", f"{best.conflicts[0]} [{best.document.item.id}]", _unique(evidence)
        )
    related = [c for c in comparisons if c.coverage >= RELATED_COVERAGE][:3]
    unknown = _unknown_words(reading, index)
    if related and related[0].document.caption_only and not related[0].conflicts and not related[0].gaps:
        reason = "only a photo caption says this, and a caption is not evidence in the record"
    elif unknown:
        reason = f"the record never mentions {', '.join(repr(w) for w in unknown[:5])}"
    elif related and related[0].gaps:
        reason = f"the closest record item, {related[0].document.item.id}, does not say: {related[0].gaps[0]}"
    elif related:
        best = related[0]
        missing = ", ".join(_readable(term) for term in best.missing[:4])
        reason = (
            f"no record item states this; the closest, {best.document.item.id}, says nothing of {missing}"
        )
    else:
        reason = "no record item speaks to this claim"
    return _not_found(claim, reason, related, reading)


def _check_roles(
    claim: str, reading: Reading, index: ClaimIndex, *, identity: bool = False
) -> ClaimCheck | None:
    """`Sara Todd is the council leader`: the record gives that role to someone else.

    With `identity` (the claim says someone *is* or *will be* something), naming the person's own
    role as well does not save the claim: `the cabinet member will be council leader Andrew Weston`.
    """
    terms = set(reading.terms)
    named = [person for person in index.people if person.name <= terms]
    if len(named) != 1:
        return None
    person = named[0]
    own = set().union(*(role_terms for _, role_terms in person.roles))
    if not identity and any(role_terms and role_terms <= terms for _, role_terms in person.roles):
        return None
    for other in index.people:
        for fact, role_terms in other.roles:
            if other is not person and role_terms and role_terms <= terms and not role_terms <= own:
                theirs = "; ".join(f.role for f, _ in person.roles)
                explanation = (
                    f"the record gives the role {fact.role!r} to {fact.person}; "
                    f"the person the claim names is given: {theirs}"
                )
                evidence = [_cite(fact.id, c, 1.0) for c in fact.citations]
                evidence += [_cite(f.id, c, 1.0) for f, _ in person.roles for c in f.citations[:1]]
                return ClaimCheck(claim, "contradicted", explanation, _unique(evidence))
    return None


def check_claim(claim: str, index: ClaimIndex) -> ClaimCheck:
    """The verdict on one claim, with the explanation and the evidence that decide it.

    A claim that joins two statements ("stable, with low turnover") and that no single record item
    decides is checked part by part: one contradicted part contradicts it; all parts supported
    support it.
    """
    text = " ".join(claim.split())
    whole = _check_one(text, index)
    parts = [part for part in _CONJUNCTION.split(text) if part.strip()]
    if whole.verdict != "not_found" or not 2 <= len(parts) <= MAX_PARTS:
        return whole
    checks = [_check_one(part, index) for part in parts]
    for number, check in enumerate(checks, start=1):
        if check.verdict == "contradicted":
            return ClaimCheck(text, "contradicted", f"part {number}: {check.explanation}", check.evidence)
    if all(check.verdict == "supported" for check in checks):
        explanation = "; ".join(f"part {n}: {c.explanation}" for n, c in enumerate(checks, start=1))
        evidence = [item for check in checks for item in check.evidence[:2]]
        return ClaimCheck(text, "supported", explanation, _unique(evidence))
    return whole


def _check_one(text: str, index: ClaimIndex) -> ClaimCheck:
    reading = read_text(text, index.glossary, index.vocabulary, correct=True)
    if not reading.terms and not reading.dates and not reading.quantities:
        return _not_found(text, "the claim has no words the record could speak to")
    if reading.grades:
        context = index.glossary.rating_context
        leftover = [
            t for t in reading.terms if not t.startswith((GRADE_PREFIX, AREA_PREFIX)) and t not in context
        ]
        if not leftover:
            return _check_rating(text, reading, index)
        if reading.rated:
            general = _check_general(text, reading, index)
            if general.verdict != "not_found":
                return general
            rated = ", ".join(sorted({_area_label(area) for _, area in index.ratings}))
            words = ", ".join(repr(_readable(term)) for term in leftover[:3])
            return _not_found(
                text, f"the record holds Ofsted ratings only for {rated}; nothing rates {words}"
            )
    if IDENTITY.search(fold(text)):
        role = _check_roles(text, reading, index, identity=True)
        if role is not None:
            return role
    general = _check_general(text, reading, index)
    if general.verdict == "supported":
        return general
    return _check_roles(text, reading, index) or general
