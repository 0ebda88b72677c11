"""Answer a question from the record: the slot it asks for, filled from the item that matches it.

A question is read into its form and the rest (`question.py`); the rest finds record items as a
claim would, and the form says which field of the best item is the answer: an event's date, a
rating by year and area, a role's holder, a statement's speaker, a figure, a frequency. Where no
item matches well enough, or the matching item does not fill the slot, the answer is "not stated"
with the nearby items: a wrong answer given as an answer is the worst mistake `ask` can make.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Literal

from trafford_timeline.claims.check import (
    POOL_TERM_LIMIT,
    ROLE_CONTEXT,
    ClaimIndex,
    Document,
    Evidence,
    check_claim,
)
from trafford_timeline.claims.language import NUMBER_WORDS, STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.quantities import Quantity, find_quantities
from trafford_timeline.claims.question import Kind, Question, read_question, without_words
from trafford_timeline.claims.reading import AREA_PREFIX, GRADE_PREFIX, Reading, read_text
from trafford_timeline.dates import DateSpan, parse_record_date
from trafford_timeline.ratings import GRADE_LABELS, MAPPING_OF
from trafford_timeline.record.model import (
    Citation,
    CommitmentFact,
    Conflict,
    Event,
    Fact,
    FigureFact,
    RatingFact,
    RoleFact,
    StatementFact,
)

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
EARLIER = re.compile(r"\b(?:previous|previously|before|earlier|former|formerly|prior|used to|had been)\b")
MODAL = re.compile(
    r"\b(?:will|would|must|should|shall|agreed|agree|promised|promise|going to|is to|are to)\b"
)
REQUIRE = re.compile(r"\b(?:require|required|requires|order|ordered|orders|impose|imposed|demand|demanded)\b")
_FULL_MONTHS = (
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_NUMBER_NAMES = {value: word for word, value in NUMBER_WORDS.items() if word != "dozen"}
_WORD_AT = re.compile(r"[A-Za-z0-9][\w'’-]*(?:\s*\([A-Z]{2,}\))?|[“”\"]")
_BOUNDARY_WORDS = """the a an its their his her this that these those of to for by with in on at from as such
was were is are be been had has have which who said says and or but into under over after before than one
some many most all any each"""
_BOUNDARY = frozenset(_BOUNDARY_WORDS.split())


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


def _floor(question: Question, base: float) -> float:
    return max(base, LOOSENED) if question.loosened else base


def _weight(index: ClaimIndex, term: str) -> float:
    return index.idf.get(term, index.unknown_weight)


_PARTS: dict[int, dict[str, frozenset[str]]] = {}
PART_WEIGHT = 0.5
"""A word found only inside a concept's phrase (`director` in `director of children's services`)
counts half: it may name that thing, or only share a word with it."""


def _concept_parts(index: ClaimIndex) -> dict[str, frozenset[str]]:
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


def _coverage(
    reading: Reading, bag: frozenset[str] | set[str], index: ClaimIndex
) -> tuple[float, tuple[str, ...]]:
    terms = reading.distinct_terms
    total = sum(_weight(index, term) for term in terms)
    if not total:
        return 0.0, ()
    parts = _concept_parts(index)
    within = {word for token in bag if ":" in token for word in parts.get(token, ())}
    missing = tuple(term for term in terms if term not in bag and term not in within)
    partly = sum(_weight(index, term) for term in terms if term not in bag and term in within)
    lost = sum(_weight(index, term) for term in missing) + PART_WEIGHT * partly
    return 1.0 - lost / total, missing


def _denies(reading: Reading, document: Document) -> bool:
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
    if not rare and any(found.values()):
        rare = [min((t for t in found if found[t]), key=lambda t: len(found[t]))]
    hits: Counter[int] = Counter()
    for term in rare:
        hits.update(found[term])
    numbers = [number for number, _ in hits.most_common(POOL)]
    asked = [m.span for m in reading.dates if m.span is not None]
    matches = []
    for number in numbers:
        document = index.documents[number]
        if document.caption_only or not accept(document):
            continue
        if asked and not any(a.overlaps(d) for a in asked for d in document.dates):
            continue  # "appointed in February 2019" is not about an item dated 2018, nor an undated one
        if reading.negations and _denies(reading, document):
            continue  # "the interim director" is not the permanent one
        coverage, missing = _coverage(reading, document.bag, index)
        matches.append(Match(document, coverage, missing))
    matches.sort(key=lambda m: (-m.coverage, len(m.document.bag), m.document.item.id))
    return matches


def _cite(item_id: str, citation: Citation) -> Evidence:
    return Evidence(item_id, citation.source, citation.line, citation.quote, 1.0)


def _evidence(document: Document, reading: Reading, prefer: str | None = None) -> list[Evidence]:
    """The item's quotes, those saying `prefer` (the answer) first, then those sharing most terms."""
    terms = set(reading.terms)
    pairs = zip(document.item.citations, document.quote_terms, strict=True)

    def rank(pair: tuple[Citation, frozenset[str]]) -> tuple[bool, int]:
        says = prefer is not None and fold(prefer) in fold(pair[0].quote)
        return (not says, -len(terms & pair[1]))

    return [_cite(document.item.id, citation) for citation, _ in sorted(pairs, key=rank)]


def _unique(evidence: Iterable[Evidence], limit: int = 6) -> tuple[Evidence, ...]:
    seen: set[tuple[str, int, str]] = set()
    kept = []
    for item in evidence:
        if (item.source, item.line, item.quote) not in seen:
            seen.add((item.source, item.line, item.quote))
            kept.append(item)
    return tuple(kept[:limit])


def _related(matches: Sequence[Match], reading: Reading) -> tuple[Evidence, ...]:
    near = [m for m in matches if m.coverage >= RELATED][:3]
    return _unique(e for m in near for e in _evidence(m.document, reading)[:1])


def _readable(term: str) -> str:
    return term.split(":", 1)[-1].replace("_", " ").replace("-", " ")


def _silent(
    question: Question, index: ClaimIndex, reason: str, matches: Sequence[Match] | None = None
) -> Answer:
    if matches is None:
        matches = ranked(question.content, index)
    related = _related(matches, question.content)
    return Answer(question.text, "not_stated", None, None, question.kind, reason, related=related)


def _why_not(matches: Sequence[Match], what: str) -> str:
    if not matches or matches[0].coverage < RELATED:
        return f"no record item speaks to this, so the sources do not state {what}"
    best = matches[0]
    if best.missing:
        missing = ", ".join(_readable(term) for term in best.missing[:4])
        return f"the closest item, {best.document.item.id}, says nothing of {missing}; {what} is not stated"
    return f"the closest item, {best.document.item.id}, does not state {what}"


def _unknown_words(reading: Reading, index: ClaimIndex) -> list[str]:
    known, glossary = index.vocabulary.stems, index.glossary.words
    return [
        w for w in dict.fromkeys(reading.words) if w.isalpha() and stem(w) not in known and w not in glossary
    ]


def _answered(
    question: Question, answer: str, value: str | float, explanation: str, evidence: Iterable[Evidence]
) -> Answer:
    return Answer(question.text, "answered", answer, value, question.kind, explanation, _unique(evidence))


# Dates -----------------------------------------------------------------------------------------


def _end_words(day: DateSpan, first: bool) -> str:
    when = day.first if first else day.last
    precision = day.first_precision if first else day.last_precision
    if precision == "year":
        return str(when.year)
    if precision == "month":
        return f"{_FULL_MONTHS[when.month]} {when.year}"
    return f"{when.day} {_FULL_MONTHS[when.month]} {when.year}"


def spoken_date(span: DateSpan) -> str:
    """A date as a person writes it, at the precision the record gives: `October 2019`, `4–8 March 2019`."""
    if span.first_precision == "open":
        return f"by {_end_words(span, first=False)}"
    if span.last_precision == "open":
        return f"from {_end_words(span, first=True)}"
    first, last = _end_words(span, True), _end_words(span, False)
    if first == last:
        return first
    same_month = (span.first.year, span.first.month) == (span.last.year, span.last.month)
    if span.first_precision == span.last_precision == "day" and same_month:
        return f"{span.first.day}–{last}"
    return f"{first} – {last}"


def _stored_date(item: Event | Fact, index: ClaimIndex) -> str | None:
    if item.date is not None:
        return item.date
    if isinstance(item, Fact) and item.event is not None and item.event in index.numbers:
        event = index.documents[index.numbers[item.event]].item
        return event.date
    return None


def _dated_by_itself(item: Event | Fact) -> bool:
    """An event, or a fact with its own date: not a fact that only borrows its event's date."""
    return isinstance(item, Event) or item.date is not None


def _answer_when(question: Question, index: ClaimIndex) -> Answer:
    matches = ranked(question.content, index, lambda d: _stored_date(d.item, index) is not None)
    floor = _floor(question, MATCH_DATE)
    good = [m for m in matches if m.coverage >= floor and not set(m.missing) & index.actors]
    good.sort(key=lambda m: (-round(m.coverage, 2), not _dated_by_itself(m.document.item)))
    if not good:
        return _silent(question, index, _why_not(matches, "when"), matches)
    best = good[0]
    stored = _stored_date(best.document.item, index)
    assert stored is not None
    span = parse_record_date(stored)
    if span.last_precision == "open":
        return _silent(
            question,
            index,
            f"{best.document.item.id} gives only when it starts ({spoken_date(span)}), not when",
            good,
        )
    said = spoken_date(span)
    rivals = [
        m
        for m in good[1:4]
        if m.coverage >= best.coverage - 0.02 and _stored_date(m.document.item, index) != stored
    ]
    if rivals and len(rivals[0].document.bag) == len(best.document.bag):
        return _silent(
            question,
            index,
            f"{best.document.item.id} and {rivals[0].document.item.id} match equally, with different dates",
            good,
        )
    explanation = f"the date of {best.document.item.id} ({_title(best.document.item)})"
    return _answered(question, said, stored, explanation, _evidence(best.document, question.content))


def _title(item: Event | Fact) -> str:
    return item.title if isinstance(item, Event) else item.text


# Grades ----------------------------------------------------------------------------------------


def grade_label(fact: RatingFact) -> str:
    """The grade as the framework words it: ILACS says `requires improvement to be good`."""
    if fact.grade == "requires_improvement" and fact.framework == "ILACS":
        return "requires improvement to be good"
    return GRADE_LABELS[fact.grade]


def _years(reading: Reading) -> list[int]:
    return sorted(
        {
            m.span.first.year
            for m in reading.dates
            if m.span is not None and m.span.first.year == m.span.last.year
        }
    )


def _answer_grade(question: Question, index: ClaimIndex) -> Answer:
    reading = question.content
    on_record = sorted({year for year, _ in index.ratings})
    years = _years(reading)
    if len(years) > 1:
        return _silent(question, index, "the question names several years; ask about one")
    areas = list(dict.fromkeys(reading.areas)) or ["overall"]
    if len(areas) > 1:
        return _silent(question, index, "the question names several areas; ask about one")
    area = areas[0]
    if not years:
        rated = [year for year in on_record if (year, area) in index.ratings]
        if not rated:
            return _silent(question, index, f"the sources state no grade for {_area(area)}")
        years = [rated[0] if EARLIER.search(question.folded) else rated[-1]]
    elif EARLIER.search(question.folded):
        before = [year for year in on_record if year < years[0] and (year, area) in index.ratings]
        years = before[-1:] or years
    year = years[0]
    fact = index.ratings.get((year, area))
    if fact is None:
        nearby = [f for (y, a), f in sorted(index.ratings.items()) if y == year or a == area]
        related = _unique(_cite(f.id, c) for f in nearby[:3] for c in f.citations[:1])
        held = " and ".join(str(y) for y in on_record) or "no year"
        reason = (
            f"the sources state no grade for {_area(area)} in {year}; the record holds ratings for {held}"
        )
        return Answer(question.text, "not_stated", None, None, "grade", reason, related=related)
    document = index.documents[index.numbers[fact.id]]
    context = index.glossary.rating_context | document.bag
    leftover = [
        t for t in reading.terms if not t.startswith((GRADE_PREFIX, AREA_PREFIX)) and t not in context
    ]
    if leftover:
        words = ", ".join(repr(_readable(t)) for t in leftover[:3])
        return _silent(
            question, index, f"the record holds Ofsted's ratings by area only; nothing rates {words}"
        )
    label = grade_label(fact)
    explanation = f"Ofsted's {fact.year} {fact.framework} grade for {_area(area)} ({fact.id})"
    return Answer(
        question.text,
        "answered",
        label,
        fact.grade,
        "grade",
        explanation,
        _unique(_evidence(document, reading, label)),
    )


def _area(area: str) -> str:
    return MAPPING_OF[area].label.lower()


# People ----------------------------------------------------------------------------------------


def _named_person(reading: Reading, index: ClaimIndex) -> list[RoleFact]:
    terms = set(reading.terms)
    named = [person for person in index.people if person.name and person.name <= terms]
    if len(named) != 1:
        return []
    rest = terms - named[0].name - index.glossary.implied
    return [fact for fact, _ in named[0].roles] if not rest else []


WHO_IS = re.compile(r"^who (?:is|was|are|were)\b")
"""`Who is Sara Todd?` asks for her role; `Who replaced Sara Todd?` does not."""


def _answer_who(question: Question, index: ClaimIndex) -> Answer:
    reading = question.content
    folded = question.folded
    identity = WHO_IS.match(folded) is not None and not question.loosened
    if question.form == "who" and identity and (roles := _named_person(reading, index)):
        answer = "; ".join(dict.fromkeys(fact.role for fact in roles))
        evidence = [_cite(f.id, c) for f in roles for c in f.citations[:1]]
        return _answered(question, answer, answer, f"the roles the record gives {roles[0].person}", evidence)
    allowed: tuple[type, ...] = (StatementFact,) if question.form == "said" else (RoleFact,)
    if question.form in {"who", "which"} and MODAL.search(folded):
        allowed = (*allowed, CommitmentFact)
    matches = ranked(reading, index, lambda d: isinstance(d.item, allowed))
    good = [m for m in matches if m.coverage >= _floor(question, MATCH)]
    if not good:
        return _silent(question, index, _why_not(ranked(reading, index), "who"))
    asked = question.folded
    for match in good:
        item = match.document.item
        if isinstance(item, RoleFact) and question.form == "which" and not _names_role(question, item, index):
            continue  # "which organisation...": a person answers only when the question names their role
        passive = PASSIVE.search(folded) is not None
        if isinstance(item, CommitmentFact) and (passive or not _acts(question, item)):
            continue  # "who will chair the board?" is not who must set up a board with a chair
        person, how = _person_of(item, folded)
        if person is not None and fold(person) in asked:
            continue  # "who was chief executive before Sara Todd?" does not ask for Sara Todd
        if person is None or fold(person).startswith("unnamed"):
            reason = f"{item.id} matches, but the sources do not name who: {_title(item)}"
            return _silent(question, index, reason, good)
        return _answered(question, person, person, how, _evidence(match.document, reading, person))
    reason = (
        f"the items that match ({good[0].document.item.id} first) do not say who does what the question asks"
    )
    return _silent(question, index, reason, good)


_ACTION = re.compile(
    r"\b(?:to|will|would|must|should|shall)\s+(?:not\s+)?(?:the\s+|a\s+|an\s+)?(?!be\b|been\b)([a-z-]+)"
)
PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+[a-z]+ed\b(?!\s+by\b)")
"""`Who will the plan be presented to?` asks who receives it, not who is to act."""


def _acts(question: Question, item: CommitmentFact) -> bool:
    """Whether the action the question asks about is the commitment's: the first verb after a modal or
    `to` ("to establish a board ... to oversee" commits to establishing, not overseeing)."""
    asked = {stem(verb) for verb in _ACTION.findall(question.folded)}
    texts = [item.text, *(c.quote for c in item.citations)]
    done = {stem(found[1]) for text in texts if (found := _ACTION.search(fold(text)))}  # its first action
    return bool(asked & done)


def _names_role(question: Question, fact: RoleFact, index: ClaimIndex) -> bool:
    """Whether the question names the role, in its words or a shorter form (`leads` for `leader`)."""
    role = set(_read(fact.role, index).terms) - index.glossary.implied - ROLE_CONTEXT
    if role & set(question.content.terms):
        return True
    words = {stem(w) for w in tokens(fact.role)} - {stem(w) for w in STOPWORDS}
    asked = {stem(w) for w in question.content.words}
    return any(
        r.startswith(a) and len(a) >= 4 for r in words for a in asked if a not in {"council", "children"}
    )


def _person_of(item: Event | Fact, folded: str) -> tuple[str | None, str]:
    """Who fills the slot of a statement, commitment or role, and how that was read."""
    if isinstance(item, StatementFact):
        return item.speaker, f"the speaker of {item.id}"
    if isinstance(item, CommitmentFact):
        if REQUIRE.search(folded):
            return item.required_by, f"who requires {item.id}"
        return item.by, f"who is to act on {item.id}"
    if isinstance(item, RoleFact):
        return item.person, f"the holder of the role {item.role!r} ({item.id})"
    return None, ""


# Quantities and frequencies --------------------------------------------------------------------


def _number_value(value: float) -> float | int:
    return int(value) if value == int(value) else value


_LASTING = frozenset({"last", "take", "run", "long", "span", "continu"})
"""Verbs of how long something lasted, which the item that says when it ran need not use."""


def _days(question: Question, index: ClaimIndex) -> Answer | None:
    """`How many days did the inspection last?`: the length of a dated span, where it is in days."""
    if not question.focus or stem(question.focus.split()[-1]) != "day":
        return None
    content = replace(question.content, terms=tuple(t for t in question.content.terms if t not in _LASTING))
    matches = ranked(content, index, lambda d: _stored_date(d.item, index) is not None)
    ranges: dict[str, Match] = {}
    for match in matches:
        if match.coverage < _floor(question, MATCH):
            break
        stored = _stored_date(match.document.item, index)
        assert stored is not None
        span = parse_record_date(stored)
        if span.first_precision == span.last_precision == "day" and span.is_interval:
            ranges.setdefault(stored, match)
    if len(ranges) != 1:
        return None
    ((stored, match),) = ranges.items()
    span = parse_record_date(stored)
    days = (span.last - span.first).days + 1
    answer = f"{_NUMBER_NAMES.get(days, str(days))} ({spoken_date(span)})"
    explanation = f"the days from the first to the last of {match.document.item.id}, inclusive"
    return _answered(question, answer, days, explanation, _evidence(match.document, question.content))


def _quantities_in(quote: str) -> tuple[str, list[Quantity]]:
    folded = fold(quote)
    return folded, find_quantities(folded)


def _follows(folded: str, quantity: Quantity, head: str) -> bool:
    after = tokens(folded[quantity.end :])[:4]
    return any(stem(word) == head for word in after)


def _with_qualifier(quantity: Quantity) -> str:
    return quantity.text if quantity.qualifier == "exactly" else f"{quantity.qualifier} {quantity.text}"


def _answer_quantity(question: Question, index: ClaimIndex) -> Answer:
    if (days := _days(question, index)) is not None:
        return days
    folded_question = question.folded
    wants_percent = bool(
        re.search(r"percent|per cent|%|proportion|share|how much|by how much", folded_question)
    )
    head = question.focus_stem
    matches = ranked(question.content, index)
    for match in [m for m in matches if m.coverage >= _floor(question, MATCH)][:CANDIDATES]:
        item = match.document.item
        for citation in item.citations:
            folded, found = _quantities_in(citation.quote)
            for quantity in found:
                if quantity.unit == "every_months":
                    continue
                if quantity.unit == "percent" and not wants_percent:
                    continue
                fits = (quantity.unit == "percent" and wants_percent) or (
                    head is not None
                    and quantity.unit in {"count", "money", "months"}
                    and (_follows(folded, quantity, head) or head in {stem(w) for w in tokens(quantity.text)})
                )
                if not fits:
                    continue
                answer = _with_qualifier(quantity)
                explanation = f"the figure {item.id} states"
                if isinstance(item, FigureFact):
                    explanation += f" for {item.measure}"
                evidence = [_cite(item.id, citation), *_evidence(match.document, question.content)]
                return _answered(question, answer, _number_value(quantity.value), explanation, evidence)
    return _silent(question, index, _why_not(matches, "the figure"), matches)


_REGULAR = re.compile(r"\bregular(?:ly)?\b")


def _best_level(matches: Sequence[Match], floor: float) -> list[Match]:
    """The matches as good as the best, give or take `LEVEL`: among many items that share the
    question's words, the one that states the slot is looked for, not only the first few."""
    if not matches or matches[0].coverage < floor:
        return []
    level = max(floor, matches[0].coverage - LEVEL)
    return [m for m in matches if m.coverage >= level]


def _answer_frequency(question: Question, index: ClaimIndex) -> Answer:
    matches = ranked(question.content, index)
    for match in _best_level(matches, _floor(question, MATCH)):
        item = match.document.item
        for citation in item.citations:
            folded, found = _quantities_in(citation.quote)
            every = [q for q in found if q.unit == "every_months"]
            if every:
                answer = every[0].text
                evidence = [_cite(item.id, citation), *_evidence(match.document, question.content)]
                return _answered(question, answer, answer, f"how often, as {item.id} states", evidence)
            if regular := _REGULAR.search(folded):
                answer = "regularly"
                explanation = f"{item.id} says {regular[0]!r} and gives no interval"
                evidence = [_cite(item.id, citation)]
                return _answered(question, answer, answer, explanation, evidence)
    return _silent(question, index, _why_not(matches, "how often"), matches)


# Names and lists read from the quotes ----------------------------------------------------------


def _phrase_ending_at(words: list[str], at: int) -> list[str]:
    """The noun phrase whose last word is `words[at]`: back to a determiner, a preposition or a verb."""
    capital = words[at][:1].isupper()
    start = at
    while start > 0:
        word = words[start - 1]
        lower = word.lower()
        joined = start >= 2 and words[start - 2][:1].isupper() == capital
        if lower == "and" and joined and words[start - 2].lower() not in _BOUNDARY:
            start -= 1
            continue
        if lower in _BOUNDARY or not word[:1].isalnum() or (capital and not word[:1].isupper()):
            break
        start -= 1
    return words[start : at + 1]


ACTOR_NOUNS = frozenset(
    stem(word)
    for word in [
        "body",
        "organisation",
        "organization",
        "department",
        "agency",
        "authority",
        "council",
        "person",
        "official",
        "officer",
        "minister",
        "team",
        "group",
        "board",
        "panel",
        "committee",
    ]
)
"""Nouns for someone who acts: a `which` question about one may be answered as `who` is."""


def _answer_which(question: Question, index: ClaimIndex) -> Answer:
    """`Which system...`: a name in the best item's quote that ends in the noun asked about, or in a
    synonym of it (`Cheshire West and Chester Council` for "which authority"), and says something
    the question does not (`Trafford Council` is the record's own subject, not an answer)."""
    focus = question.focus or ""
    heads = {stem(word) for word in focus.split()}
    kinds = set(_read(focus, index).terms) - index.glossary.implied
    kinds |= {t for t in _read(focus, index).terms if ":" in t}
    matches = ranked(question.content, index)
    known = set(question.content.terms) | index.glossary.implied | set(_read(question.text, index).terms)
    asked_about = set(question.content.terms) - set(_read(focus, index).terms) - index.glossary.implied
    for match in [m for m in matches if m.coverage >= _floor(question, MATCH)][:3]:
        for citation in match.document.item.citations:
            words = _WORD_AT.findall(citation.quote)
            bare = [re.sub(r"\s*\([A-Z]{2,}\)$", "", w) for w in words]
            for at, word in enumerate(bare):
                last = tokens(word)
                if not last or (
                    stem(last[-1]) not in heads and not kinds & set(_read(last[-1], index).terms)
                ):
                    continue
                phrase = _phrase_ending_at(words, at)
                terms = set(_read(" ".join(phrase), index).terms)
                if len(phrase) < 2 or not terms - known or terms & asked_about:
                    continue  # "what type of system is LiquidLogic?" is not answered by "LiquidLogic..."
                answer = " ".join(phrase)
                explanation = f"the {focus} {match.document.item.id} names"
                evidence = [_cite(match.document.item.id, citation)]
                return _answered(question, answer, answer, explanation, evidence)
    if stem(focus.split()[-1] if focus else "") in ACTOR_NOUNS:
        return _answer_who(question, index)  # "which body will review..." asks who, in other words
    return _silent(question, index, _why_not(matches, f"which {focus or 'one'}"), matches)


def _read(text: str, index: ClaimIndex) -> Reading:
    return read_text(text, index.glossary, index.vocabulary)


_LIST_MARK = re.compile(r"\b(?:covering|covers|cover|including|includes|include|such as)\b|:")


def _own_verb(question: Question) -> re.Pattern[str] | None:
    """The question's closing verb, in any form, with its particle: "look at" finds "looked at"."""
    words = question.folded.rstrip("?!. ").split()
    if not words:
        return None
    particle = words[-1] if words[-1] in {"at", "on", "in", "to", "of"} and len(words) > 1 else ""
    verb = words[-2] if particle else words[-1]
    if verb in STOPWORDS or len(verb) < 3:
        return None
    root = re.escape(stem(verb)[:4])
    after = r"\s+" + particle if particle else ""
    return re.compile(rf"\b{root}[a-z]*{after}\b", re.IGNORECASE)


def _answer_list(question: Question, index: ClaimIndex) -> Answer:
    """What the record lists: the items after "covering", "including", a colon or the question's
    own closing verb ("which areas did the review look at?": "...the review looked at X, Y and Z")."""
    matches = ranked(question.content, index)
    own = _own_verb(question)
    for match in [m for m in matches if m.coverage >= _floor(question, MATCH)][:3]:
        for citation in match.document.item.citations:
            mark = _LIST_MARK.search(citation.quote) or (own.search(citation.quote) if own else None)
            if mark is None:
                continue
            listed = re.split(r"[.;]\s|[.;]$", citation.quote[mark.end() :].strip())[0].strip(' ,."“”')
            if len(tokens(listed)) < 2 or ("," not in listed and " and " not in listed):
                continue
            explanation = f"the list {match.document.item.id} gives"
            return _answered(question, listed, listed, explanation, [_cite(match.document.item.id, citation)])
    return _silent(question, index, _why_not(matches, "such a list"), matches)


SAYS = re.compile(r"\b(?:say|said|says|call|called|describe|described|tell|told|admit|admitted)\b")
MAX_WORDS = 6
MAX_LIST_WORDS = 30
"""An answer read from running text is a few words up to the next punctuation, or none at all."""
_QUOTED = re.compile(r"[\"“‘']([^\"”’']{2,80})[\"”’']")


def _answer_what(question: Question, index: ClaimIndex) -> Answer:
    """A `what` question: the words the best-matched quote says after the question's own words.

    "What did Sara Todd say..." is answered only from what the record has her say."""
    said = SAYS.search(question.folded) is not None
    matches = ranked(question.content, index, lambda d: not said or isinstance(d.item, StatementFact))
    asked = {stem(w) for w in question.content.words}
    for match in [m for m in matches if m.coverage >= _floor(question, MATCH_TEXT)][:CANDIDATES]:
        item = match.document.item
        own = {stem(w) for text in (_title(item), *(c.quote for c in item.citations)) for w in tokens(text)}
        if not asked <= own:
            continue  # every word of the question in the item's own words, not only implied concepts
        for citation in _evidence(match.document, question.content):
            quote = citation.quote
            spans = [(m.start(), m.end(), m[0]) for m in re.finditer(r"[A-Za-z0-9'’-]+", quote)]
            hits = [i for i, (_, _, w) in enumerate(spans) if stem(fold(w)) in asked]
            if not hits:
                continue
            after = spans[hits[-1]][1]
            quoted = _QUOTED.search(quote, after)
            if quoted and quoted.start() - after <= 25:
                answer = quoted[1].strip(" ,.")
            else:
                sentence = re.split(r"[.;:!?()\"“”]", quote[after:], maxsplit=1)[0]
                listed = "," in sentence and " and " in sentence and len(sentence.split()) <= MAX_LIST_WORDS
                rest = (sentence if listed else sentence.split(",", 1)[0]).split()
                if (len(rest) > MAX_WORDS and not listed) or (
                    len(rest) > 1 and all(fold(w) in STOPWORDS for w in rest[:2])
                ):
                    continue  # the gap is not right after the question's words: "said about morale"
                answer = " ".join(rest[1:] if rest and fold(rest[0]) in STOPWORDS else rest)
            new = [w for w in tokens(answer) if w not in STOPWORDS and stem(w) not in asked]
            if not new:
                continue
            explanation = f"what {citation.id} says after the question's own words"
            return _answered(question, answer, answer, explanation, [citation])
    return _silent(question, index, _why_not(matches, "this"), matches)


# Yes or no -------------------------------------------------------------------------------------


def _answer_yes_no(question: Question, index: ClaimIndex) -> Answer:
    reading = question.content
    specific = [
        t for t in reading.terms if t not in index.glossary.implied and not t.startswith(GRADE_PREFIX)
    ]
    if not specific and not reading.dates:
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            "the question does not say what it asks about: name the service, the year or the finding",
        )  # fmt: skip
    check = check_claim(question.declarative, index)
    if check.verdict == "not_found":
        return Answer(
            question.text, "not_stated", None, None, "yes_no", f"neither yes nor no: {check.explanation}",
            related=check.related,
        )  # fmt: skip
    if question.loosened and max((e.score for e in check.evidence), default=0.0) < LOOSENED:
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            f"with a word the record never uses left out, the rest matches too loosely: {check.explanation}",
            related=check.evidence[:3],
        )  # fmt: skip
    answer = "yes" if check.verdict == "supported" else "no"
    return _answered(question, answer, answer, check.explanation, check.evidence)


# Disagreements ---------------------------------------------------------------------------------


def _same_words(citation: Citation, evidence: Sequence[Evidence]) -> bool:
    """Whether a quote of the evidence is the citation's, or part of it: one line may hold several."""
    for item in evidence:
        if (item.source, item.line) != (citation.source, citation.line):
            continue
        a, b = item.quote, citation.quote
        if a in b or b in a:
            return True
        found = SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
        if found.size >= SAME_WORDS:
            return True
    return False


def _side_label(number: int, favoured: int | None) -> str:
    if favoured is None:
        return "one side"
    return "the favoured side" if number == favoured else "the other side"


def _disputed(answer: Answer, question: Question, index: ClaimIndex, conflicts: Sequence[Conflict]) -> Answer:
    """Where the question is about a matter the sources disagree on: both sides and the assessment.

    An answer on the side the record's assessment favours stands, with the other side shown; one on
    the other side, or on a matter the record cannot settle, becomes "disputed".
    """
    substantive = {t for t in question.content.distinct_terms if t not in index.glossary.implied}
    for conflict in conflicts:
        matter = [conflict.topic]
        if answer.kind == "yes_no":  # the whole statement is the answer, so what each side says counts
            matter += [side.statement for side in conflict.sides]
        topic = set(read_text(" ".join(matter), index.glossary, index.vocabulary).terms)
        coverage, _ = _coverage(question.content, topic, index)
        touched = [
            n
            for n, side in enumerate(conflict.sides)
            if any(_same_words(c, answer.evidence) for c in side.citations)
        ]
        if touched:
            if coverage < DISPUTE:
                continue
        elif answer.status != "not_stated" or coverage < LOOSENED or len(substantive) < 3:
            continue
        favoured = conflict.favours
        order = sorted(range(len(conflict.sides)), key=lambda n: n != favoured)

        sides = "; ".join(
            f"{_side_label(n, favoured)}: {conflict.sides[n].statement.rstrip('.')}" for n in order
        )
        note = f"the sources disagree ({conflict.id}): {sides}. Assessment: {conflict.assessment}"
        first = answer.evidence[:1]
        on_favoured = favoured is not None and any(
            _same_words(c, first) for c in conflict.sides[favoured].citations
        )
        if answer.status == "answered" and (on_favoured or touched == [favoured]):
            others = [c for n in order[1:] for c in conflict.sides[n].citations]
            kept = [e for e in answer.evidence if not any(_same_words(c, [e]) for c in others)]
            return replace(
                answer,
                explanation=f"{answer.explanation}; {note}",
                evidence=tuple(kept),
                related=_unique(_cite(conflict.id, c) for c in others),
            )
        cited = [c for n in order for c in conflict.sides[n].citations]
        evidence = [_cite(conflict.id, c) for c in cited]
        near = [e for e in (answer.evidence or answer.related) if not any(_same_words(c, [e]) for c in cited)]
        return Answer(
            question.text, "disputed", None, None, answer.kind, note, _unique(evidence, 8), _unique(near, 3)
        )
    return answer


ANSWERERS: dict[str, Callable[[Question, ClaimIndex], Answer]] = {
    "when": _answer_when, "who": _answer_who, "said": _answer_who, "grade": _answer_grade,
    "how_many": _answer_quantity, "how_often": _answer_frequency, "which": _answer_which,
    "list": _answer_list, "what": _answer_what, "yes_no": _answer_yes_no,
}  # fmt: skip


def answer_question(text: str, index: ClaimIndex, conflicts: Sequence[Conflict] = ()) -> Answer:
    """The answer to one question, with the quotes that state it; "not stated" where none do."""
    question = read_question(text, index.glossary, index.vocabulary)
    if not question.content.terms and not question.content.dates:
        return Answer(
            question.text,
            "not_stated",
            None,
            None,
            question.kind,
            "the question has no words the record could speak to",
        )
    unknown = _unknown_words(question.content, index)
    if unknown and question.form == "yes_no":
        reason = f"the record never mentions {', '.join(repr(w) for w in unknown[:5])}"
        return _silent(question, index, reason)
    if unknown:
        dropped = {stem(word) for word in unknown}
        known = {t for t in question.content.distinct_terms if t not in index.glossary.implied | dropped}
        if len(unknown) > 1 or len(known) < 2:
            reason = f"the record never mentions {', '.join(repr(w) for w in unknown[:5])}"
            return _silent(question, index, reason)
        question = without_words(question, unknown, index.glossary, index.vocabulary)
    answer = ANSWERERS[question.form](question, index)
    answer = _disputed(answer, question, index, conflicts)
    return replace(answer, kind=question.kind)
