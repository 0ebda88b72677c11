"""The slot each form of question asks for, read from the record's structure.

A date from an event or a fact at its stored precision, a grade by year and area, a role's holder,
a statement's speaker, who is to act on a commitment, a figure or a frequency in a quote, a name
that ends in the noun asked about, a list, or the words a quote says after the question's own.
Each reader returns "not stated" rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from trafford_timeline.claims.check import check_claim
from trafford_timeline.claims.index import ROLE_CONTEXT, ClaimIndex, Document
from trafford_timeline.claims.language import NUMBER_WORDS, STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import (
    CANDIDATES,
    LEVEL,
    LOOSENED,
    MATCH,
    MATCH_DATE,
    MATCH_TEXT,
    Answer,
    Match,
    answered,
    cite,
    evidence_of,
    floor_of,
    ranked,
    read,
    readable,
    silent,
    stored_date,
    title_of,
    unique,
    why_not,
)  # fmt: skip
from trafford_timeline.claims.quantities import Quantity, find_quantities
from trafford_timeline.claims.question import AUXILIARY, Question, read_question
from trafford_timeline.claims.reading import AREA_PREFIX, GRADE_PREFIX, Reading
from trafford_timeline.dates import DateSpan, parse_record_date
from trafford_timeline.ratings import AREA_MAPPINGS, GRADE_LABELS, MAPPING_OF, framework_label
from trafford_timeline.record.model import (
    CommitmentFact,
    Event,
    Fact,
    FigureFact,
    RatingFact,
    RoleFact,
    StatementFact,
)  # fmt: skip

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
some many most all any each no not never nor"""
_BOUNDARY = frozenset(_BOUNDARY_WORDS.split())


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


def _dated_by_itself(item: Event | Fact) -> bool:
    """An event, or a fact with its own date: not a fact that only borrows its event's date."""
    return isinstance(item, Event) or item.date is not None


_WHAT_YEAR = re.compile(r"\b(?:what|which) year\b")
"""Only a question that asks for the year is answered with a rating's year; "when" wants a date."""


def _rated_when(question: Question, index: ClaimIndex) -> Answer:
    """`What year was Trafford rated good?`: the years of the rating facts with that grade and area."""
    areas = set(question.content.areas) or {"overall"}
    facts = [
        f
        for (_, area), f in sorted(index.ratings.items())
        if area in areas and f.grade in question.content.grades
    ]
    years = sorted({f.year for f in facts})
    if len(years) != 1:
        said = "no year" if not years else f"several years ({', '.join(map(str, years))})"
        return silent(question, index, f"the record's ratings give {said} for that grade and area")
    evidence = [cite(f.id, c) for f in facts for c in f.citations]
    return answered(question, str(years[0]), str(years[0]), f"the year of {facts[0].id}", evidence)


_RELATIVE = re.compile(r"\s+(?:that|which|who|whose)\s+.*$")
"""`the inspection that led to the inadequate judgement`: the clause says which inspection, and the
item that dates it need not say what it led to."""
_BEFORE_YEAR = re.compile(r"\bbefore (?:the |its |their )?(?P<year>(?:19|20)\d\d)\b")
"""`inspected before the 2019 inspection`: a year the answer must come before, not a year it is in."""


def _kind_stems(item: Event) -> set[str]:
    return {stem(word) for word in tokens(item.kind)}


_KINDS: list[tuple[object, frozenset[str]]] = []
"""The last index's documents (held, so compared by identity safely) and their event kinds."""


def _event_kinds(index: ClaimIndex) -> frozenset[str]:
    """The stems of the record's event kinds, read once per index: a large record is not walked for
    every question."""
    if not _KINDS or _KINDS[0][0] is not index.documents:
        kinds = frozenset(
            k for d in index.documents if isinstance(d.item, Event) for k in _kind_stems(d.item)
        )
        _KINDS[:] = [(index.documents, kinds)]
    return _KINDS[0][1]


def _event_of_kind(question: Question, index: ClaimIndex) -> Answer | None:
    """`When did Ofsted carry out the inspection that led to...?`: the date of the event of the kind
    the question names ("inspection"), whose own title names that kind, matched on the question
    without its relative clause; `...previously inspected before the 2019 inspection`: the latest such
    event before that year. None where no one event of that kind stands out."""
    asked = {stem(word) for word in tokens(question.folded)}
    kinds = _event_kinds(index) & asked
    if not kinds:
        return None
    main = _RELATIVE.sub("", question.folded)
    before = _BEFORE_YEAR.search(main)
    if before:  # the year bounds the answer, and "previously" only says so again
        main = EARLIER.sub(" ", _BEFORE_YEAR.sub(" ", main))
    content = read_question(main, index.glossary, index.vocabulary).content

    def of_kind(document: Document) -> bool:
        item = document.item
        if not isinstance(item, Event) or not _kind_stems(item) & kinds or item.date is None:
            return False
        titled = {stem(word) for word in tokens(item.title)}
        return bool(titled & kinds) and parse_record_date(item.date).last_precision != "open"

    matches = [m for m in ranked(content, index, of_kind) if m.coverage >= floor_of(question, MATCH_DATE)]
    if before:
        limit = int(before["year"])
        earlier = [m for m in matches if parse_record_date(str(m.document.item.date)).last.year < limit]
        earlier.sort(key=lambda m: parse_record_date(str(m.document.item.date)).last, reverse=True)
        matches = earlier[:1] if EARLIER.search(question.folded) else earlier
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if m.coverage >= best.coverage - 0.02]
    if len({m.document.item.date for m in tied}) > 1:
        pointed = _nearest_before(tied, question, index) if main != question.folded else None
        if pointed is None:
            return None
        best = pointed
    stored = str(best.document.item.date)
    said = spoken_date(parse_record_date(stored))
    explanation = f"the date of {best.document.item.id} ({title_of(best.document.item)})"
    return answered(question, said, stored, explanation, evidence_of(best.document, question.content))


def _first_year(match: Match, index: ClaimIndex) -> int:
    stored = stored_date(match.document.item, index)
    return parse_record_date(stored).first.year if stored else 0


def _nearest_before(tied: list[Match], question: Question, index: ClaimIndex) -> Match | None:
    """Of events of one kind that match equally, the one the question's relative clause points at:
    "the inspection that led to the inadequate judgement" is the last inspection before the item that
    the whole question matches best (the judgement)."""
    whole = [m for m in ranked(question.content, index) if m.coverage >= floor_of(question, MATCH_DATE)]
    dated = [stored_date(m.document.item, index) for m in whole[:1]]
    if not dated or dated[0] is None:
        return None
    limit = parse_record_date(dated[0]).last
    before = [m for m in tied if parse_record_date(str(m.document.item.date)).last <= limit]
    before.sort(key=lambda m: parse_record_date(str(m.document.item.date)).last, reverse=True)
    if not before or (len(before) > 1 and before[1].document.item.date == before[0].document.item.date):
        return None
    return before[0]


def _answer_when(question: Question, index: ClaimIndex) -> Answer:
    if question.content.grades and _WHAT_YEAR.search(question.folded):
        return _rated_when(question, index)
    if (event := _event_of_kind(question, index)) is not None:
        return event
    matches = ranked(question.content, index, lambda d: stored_date(d.item, index) is not None)
    floor = floor_of(question, MATCH_DATE)
    good = [m for m in matches if m.coverage >= floor and not set(m.missing) & index.actors]
    if before := _BEFORE_YEAR.search(question.folded):  # "before the 2019 inspection" is not in 2019
        good = [m for m in good if _first_year(m, index) < int(before["year"])]
    good.sort(key=lambda m: (-round(m.coverage, 2), not _dated_by_itself(m.document.item)))
    if not good:
        return silent(question, index, why_not(matches, "when"), matches)
    best = good[0]
    stored = stored_date(best.document.item, index)
    assert stored is not None
    span = parse_record_date(stored)
    if span.last_precision == "open":
        return silent(
            question,
            index,
            f"{best.document.item.id} gives only when it starts ({spoken_date(span)}), not when",
            good,
        )
    said = spoken_date(span)
    rivals = [
        m
        for m in good[1:4]
        if m.coverage >= best.coverage - 0.02 and stored_date(m.document.item, index) != stored
    ]
    if rivals and len(rivals[0].document.bag) == len(best.document.bag):
        return silent(
            question,
            index,
            f"{best.document.item.id} and {rivals[0].document.item.id} match equally, with different dates",
            good,
        )
    explanation = f"the date of {best.document.item.id} ({title_of(best.document.item)})"
    return answered(question, said, stored, explanation, evidence_of(best.document, question.content))


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


LONG_NAME_SHARE = 0.7
"""The share of a judgement's long name's words a question must use to name that judgement."""


def _name_words(phrase: str) -> frozenset[str]:
    plain = re.sub(r"\([^)]*\)", " ", phrase)
    return frozenset(stem(w) for w in tokens(plain) if w not in STOPWORDS)


def _long_names(folded: str) -> dict[str, dict[str | None, frozenset[str]]]:
    """The judgement areas the question names by one of their long names, as SIF or ILACS words them
    ("the impact of leaders on social work practice" is ILACS's leadership judgement), keyed by the
    framework whose name it is (None for the area's own label), with the words that name it."""
    asked = {stem(w) for w in tokens(folded)}
    named: dict[str, dict[str | None, frozenset[str]]] = {}
    for mapping in AREA_MAPPINGS:
        for framework, phrase in ((None, mapping.label), ("SIF", mapping.sif), ("ILACS", mapping.ilacs)):
            words = _name_words(phrase)
            used = words & asked
            if len(words) >= 2 and len(used) >= max(2, LONG_NAME_SHARE * len(words)):
                named.setdefault(mapping.area, {})[framework] = used
    return named


def _area_of(
    question: Question, index: ClaimIndex, year: int | None, areas: list[str]
) -> tuple[list[str], frozenset[str]]:
    """The areas asked about, and the words of the question that named them by a long name.

    Where the question uses a judgement's long name, the area is the one whose name it uses in the
    framework of the year asked about (ILACS's "children in care and care leavers" is one area)."""
    named = _long_names(question.folded)
    if not named:
        return areas, frozenset()
    frameworks = {f.framework for (y, _), f in index.ratings.items() if year is None or y == year}
    own = [area for area, names in named.items() if any(fw in frameworks for fw in names if fw)]
    chosen = own if len(own) == 1 else list(named)
    if len(chosen) != 1 and set(areas) - set(named):
        return areas, frozenset()
    words = frozenset(w for names in named.values() for used in names.values() for w in used)
    return chosen, words  # every long name used names the judgement, even one of another framework


def _answer_grade(question: Question, index: ClaimIndex) -> Answer:
    reading = question.content
    on_record = sorted({year for year, _ in index.ratings})
    years = _years(reading)
    if len(years) > 1:
        return silent(question, index, "the question names several years; ask about one")
    areas, naming = _area_of(question, index, years[0] if years else None, list(dict.fromkeys(reading.areas)))
    areas = areas or ["overall"]
    if len(areas) > 1:
        return silent(question, index, "the question names several areas; ask about one")
    area = areas[0]
    if not years:
        rated = [year for year in on_record if (year, area) in index.ratings]
        if not rated:
            return silent(question, index, f"the sources state no grade for {_area(area)}")
        years = [rated[0] if EARLIER.search(question.folded) else rated[-1]]
    elif EARLIER.search(question.folded):
        before = [year for year in on_record if year < years[0] and (year, area) in index.ratings]
        years = before[-1:] or years
    year = years[0]
    fact = index.ratings.get((year, area))
    if fact is None:
        nearby = [f for (y, a), f in sorted(index.ratings.items()) if y == year or a == area]
        related = unique(cite(f.id, c) for f in nearby[:3] for c in f.citations[:1])
        held = " and ".join(str(y) for y in on_record) or "no year"
        reason = (
            f"the sources state no grade for {_area(area)} in {year}; the record holds ratings for {held}"
        )
        return Answer(question.text, "not_stated", None, None, "grade", reason, related=related)
    document = index.documents[index.numbers[fact.id]]
    context = index.glossary.rating_context | document.bag
    leftover = [
        t
        for t in reading.terms
        if not t.startswith((GRADE_PREFIX, AREA_PREFIX)) and t not in context and t not in naming
    ]
    if leftover:
        words = ", ".join(repr(readable(t)) for t in leftover[:3])
        return silent(
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
        unique(evidence_of(document, reading, label)),
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


_PERMANENT = re.compile(r"\bpermanent(?:ly)?\b")
_PERMANENT_TERM = stem("permanent")
_TEMPORARY = re.compile(r"\b(?:interim|acting|temporary|caretaker)\b", re.IGNORECASE)
WHO_IS = re.compile(r"^who (?:is|was|are|were)\b")
"""`Who is Sara Todd?` asks for her role; `Who replaced Sara Todd?` does not."""


def _answer_who(question: Question, index: ClaimIndex) -> Answer:
    reading = question.content
    folded = question.folded
    identity = WHO_IS.match(folded) is not None and not question.loosened
    if question.form == "who" and identity and (roles := _named_person(reading, index)):
        answer = "; ".join(dict.fromkeys(fact.role for fact in roles))
        evidence = [cite(f.id, c) for f in roles for c in f.citations[:1]]
        return answered(question, answer, answer, f"the roles the record gives {roles[0].person}", evidence)
    if _PERMANENT.search(folded):  # "permanent" is said by a role without "interim", not by a word
        reading = replace(reading, terms=tuple(t for t in reading.terms if t != _PERMANENT_TERM))
    allowed: tuple[type, ...] = (StatementFact,) if question.form == "said" else (RoleFact,)
    if question.form in {"who", "which"} and MODAL.search(folded):
        allowed = (*allowed, CommitmentFact)
    matches = ranked(reading, index, lambda d: isinstance(d.item, allowed))
    good = [m for m in matches if m.coverage >= floor_of(question, MATCH)]
    if not good:
        if (subject := _subject_of_verb(question, index)) is not None:
            return subject
        return silent(question, index, why_not(ranked(reading, index), "who"))
    asked = question.folded
    for match in good:
        item = match.document.item
        if isinstance(item, RoleFact) and question.form == "which" and not _names_role(question, item, index):
            continue  # "which organisation...": a person answers only when the question names their role
        if isinstance(item, RoleFact) and _PERMANENT.search(folded) and _TEMPORARY.search(item.role):
            continue  # "the permanent chief executive" is not the interim one
        passive = PASSIVE.search(folded) is not None
        if isinstance(item, CommitmentFact) and (passive or not _acts(question, item)):
            continue  # "who will chair the board?" is not who must set up a board with a chair
        person, how = _person_of(item, folded)
        if person is not None and fold(person) in asked:
            continue  # "who was chief executive before Sara Todd?" does not ask for Sara Todd
        if person is None or fold(person).startswith("unnamed"):
            reason = f"{item.id} matches, but the sources do not name who: {title_of(item)}"
            return silent(question, index, reason, good)
        return answered(question, person, person, how, evidence_of(match.document, reading, person))
    if (subject := _subject_of_verb(question, index)) is not None:
        return subject
    reason = (
        f"the items that match ({good[0].document.item.id} first) do not say who does what the question asks"
    )
    return silent(question, index, reason, good)


_IRREGULAR = {
    "gave": "give", "given": "give", "made": "make", "took": "take", "taken": "take", "held": "hold",
    "led": "lead", "wrote": "write", "written": "write", "sat": "sit", "ran": "run", "chose": "choose",
    "chosen": "choose", "told": "tell", "brought": "bring", "sent": "send", "set": "set", "met": "meet",
}  # fmt: skip
"""Past forms a stemmer does not bring to their verb: "who gave" is answered by "X gave"."""
_ASKED_VERB = re.compile(r"^(?:who|which [a-z' -]+?)\s+(?P<verb>[a-z]+)")
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on"})


def _verb_root(word: str) -> str:
    folded = fold(word)
    return stem(_IRREGULAR.get(folded, folded))


def _subject_of_verb(question: Question, index: ClaimIndex) -> Answer | None:
    """`Who gave the presentation...?`, `Who decides when...?`: where no person fact matches, the name
    written just before the question's own verb in the best-matched quote ("The Interim Director of
    Children's Services gave a presentation"): a run of capitalised words, nothing else."""
    found = _ASKED_VERB.match(question.folded)
    if found is None or re.fullmatch(AUXILIARY, found["verb"]) or found["verb"] in STOPWORDS:
        return None
    verb = _verb_root(found["verb"])
    asked = fold(question.text)
    matches = [m for m in ranked(question.content, index) if m.coverage >= floor_of(question, MATCH)]
    for match in matches[:3]:
        for citation in match.document.item.citations:
            words = re.findall(r"[A-Za-z][\w'’-]*", citation.quote)
            for at, word in enumerate(words):
                if at == 0 or _verb_root(word) != verb:
                    continue
                start = at
                while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in _NAME_JOINERS):
                    start -= 1
                while start < at and not words[start][:1].isupper():
                    start += 1  # a name starts with a capital: "until Education Secretary..."
                phrase = words[start:at]
                if not phrase or not any(w[:1].isupper() for w in phrase[1:] or phrase):
                    continue
                name = " ".join(phrase)
                if fold(name) in asked:
                    continue  # the question's own words are not its answer
                explanation = f"who {found['verb']}, as {match.document.item.id} names them"
                return answered(question, name, name, explanation, [cite(match.document.item.id, citation)])
    return None


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
    role = set(read(fact.role, index).terms) - index.glossary.implied - ROLE_CONTEXT
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
    matches = ranked(content, index, lambda d: stored_date(d.item, index) is not None)
    ranges: dict[str, Match] = {}
    for match in matches:
        if match.coverage < floor_of(question, MATCH):
            break
        stored = stored_date(match.document.item, index)
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
    return answered(question, answer, days, explanation, evidence_of(match.document, question.content))


def _quantities_in(quote: str) -> tuple[str, list[Quantity]]:
    folded = fold(quote)
    return folded, find_quantities(folded)


def _follows(folded: str, quantity: Quantity, head: str) -> bool:
    after = tokens(folded[quantity.end :])[:4]
    return any(stem(word) == head for word in after)


def _with_qualifier(quantity: Quantity) -> str:
    return quantity.text if quantity.qualifier == "exactly" else f"{quantity.qualifier} {quantity.text}"


_NOT_ITS_OWN = ("part of", "not judged")


def _graded_areas(question: Question, index: ClaimIndex) -> Answer | None:
    """`In how many of the 2019 judgement areas was Trafford rated good?`: a count of the rating facts
    of that year with that grade, each cited. Only for one year and one grade, asked of areas."""
    if question.focus is None or stem(question.focus.split()[-1]) not in {"area", "judgement", "judgment"}:
        return None
    years, grades = _years(question.content), set(question.content.grades)
    if len(years) != 1 or len(grades) != 1:
        return None
    facts = [
        f
        for (y, area), f in sorted(index.ratings.items())
        if y == years[0] and not framework_label(area, f.framework).startswith(_NOT_ITS_OWN)
    ]  # under ILACS care leavers are part of the children-in-care judgement, not an area of their own
    if not facts:
        return None
    chosen = [f for f in facts if f.grade in grades]
    count = len(chosen)
    answer = _NUMBER_NAMES.get(count, str(count))
    explanation = f"the areas Ofsted's {years[0]} ratings grade so, of {len(facts)} rated"
    evidence = [cite(f.id, c) for f in chosen for c in f.citations[:1]]
    return answered(question, answer, count, explanation, evidence)


def _answer_quantity(question: Question, index: ClaimIndex) -> Answer:
    if (days := _days(question, index)) is not None:
        return days
    if (areas := _graded_areas(question, index)) is not None:
        return areas
    folded_question = question.folded
    wants_percent = bool(
        re.search(r"percent|per cent|%|proportion|share|how much|by how much", folded_question)
    )
    head = question.focus_stem
    matches = ranked(question.content, index)
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH)][:CANDIDATES]:
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
                evidence = [cite(item.id, citation), *evidence_of(match.document, question.content)]
                return answered(question, answer, _number_value(quantity.value), explanation, evidence)
    return silent(question, index, why_not(matches, "the figure"), matches)


_REGULAR = re.compile(r"\bregular(?:ly)?\b")
_HOW_OFTEN_WORD = re.compile(
    r"\b(?:consistently|always|routinely|invariably|usually|often|frequently|sometimes|occasionally|"
    r"rarely|seldom|never|repeatedly|annually|monthly|weekly|daily|quarterly)\b"
)
"""Words that say how often: "reports consistently state that..." answers "how often did reports state"."""


_NEGATED = re.compile(r"\b(?:not|never|n't|nor)\s+(?:\w+\s+)?$")


def _says_it_of(question: Question, folded: str, adverb: re.Match[str]) -> bool:
    """Whether the adverb stands next to the question's own verb ("consistently state"), so it says
    how often that happens, not how often something else in the quote does."""
    asked = {stem(w) for w in question.content.words}
    near = tokens(folded[max(0, adverb.start() - 30) : adverb.end() + 30])
    return any(stem(w) in asked for w in near if w != adverb[0])


def _best_level(matches: Sequence[Match], floor: float) -> list[Match]:
    """The matches as good as the best, give or take `LEVEL`: among many items that share the
    question's words, the one that states the slot is looked for, not only the first few."""
    if not matches or matches[0].coverage < floor:
        return []
    level = max(floor, matches[0].coverage - LEVEL)
    return [m for m in matches if m.coverage >= level]


def _answer_frequency(question: Question, index: ClaimIndex) -> Answer:
    matches = ranked(question.content, index)
    for match in _best_level(matches, floor_of(question, MATCH)):
        item = match.document.item
        for citation in item.citations:
            folded, found = _quantities_in(citation.quote)
            every = [q for q in found if q.unit == "every_months"]
            if every:
                answer = every[0].text
                evidence = [cite(item.id, citation), *evidence_of(match.document, question.content)]
                return answered(question, answer, answer, f"how often, as {item.id} states", evidence)
            if (adverb := _HOW_OFTEN_WORD.search(folded)) and _says_it_of(question, folded, adverb):
                negated = _NEGATED.search(folded[: adverb.start()]) is not None
                answer = f"not {adverb[0]}" if negated else adverb[0]  # "not consistently applied"
                explanation = f"{item.id} says {answer!r} of what the question asks"
                return answered(question, answer, answer, explanation, [cite(item.id, citation)])
            if regular := _REGULAR.search(folded):
                answer = "regularly"
                explanation = f"{item.id} says {regular[0]!r} and gives no interval"
                evidence = [cite(item.id, citation)]
                return answered(question, answer, answer, explanation, evidence)
    return silent(question, index, why_not(matches, "how often"), matches)


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
    kinds = set(read(focus, index).terms) - index.glossary.implied
    kinds |= {t for t in read(focus, index).terms if ":" in t}
    matches = ranked(question.content, index)
    known = set(question.content.terms) | index.glossary.implied | set(read(question.text, index).terms)
    asked_about = set(question.content.terms) - set(read(focus, index).terms) - index.glossary.implied
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH)][:3]:
        for citation in match.document.item.citations:
            words = _WORD_AT.findall(citation.quote)
            bare = [re.sub(r"\s*\([A-Z]{2,}\)$", "", w) for w in words]
            for at, word in enumerate(bare):
                last = tokens(word)
                if not last or (stem(last[-1]) not in heads and not kinds & set(read(last[-1], index).terms)):
                    continue
                phrase = _phrase_ending_at(words, at)
                terms = set(read(" ".join(phrase), index).terms)
                if len(phrase) < 2 or not terms - known or terms & asked_about:
                    continue  # "what type of system is LiquidLogic?" is not answered by "LiquidLogic..."
                answer = " ".join(phrase)
                explanation = f"the {focus} {match.document.item.id} names"
                evidence = [cite(match.document.item.id, citation)]
                return answered(question, answer, answer, explanation, evidence)
    if (passive := _before_passive(question, matches)) is not None:
        return passive
    if stem(focus.split()[-1] if focus else "") in ACTOR_NOUNS:
        return _answer_who(question, index)  # "which body will review..." asks who, in other words
    return silent(question, index, why_not(matches, f"which {focus or 'one'}"), matches)


_PASSIVE_ASKED = re.compile(
    r"^(?:which|what) [a-z' -]+? "
    r"(?P<verb>(?:will|would|could|may|might|must|should|is|are|was|were|has|have|had)"
    r"(?: not)?(?: be| been| being)? [a-z]+ed)\b"
)
"""`What step will be considered if...?`: the thing the passive is said of is the answer."""


def _before_passive(question: Question, matches: Sequence[Match]) -> Answer | None:
    """`What step will be considered...?` from "a direction will be considered": the short noun phrase
    written just before the question's own passive verb phrase, in a quote of the best-matched item."""
    asked = _PASSIVE_ASKED.match(question.folded)
    if asked is None:
        return None
    verb = re.compile(rf"\b{re.escape(asked['verb'])}\b", re.IGNORECASE)
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH)][:2]:
        for citation in match.document.item.citations:
            if not (found := verb.search(citation.quote)):
                continue
            before = re.findall(r"[A-Za-z][\w'’-]*", citation.quote[: found.start()])[-4:]
            cut = max((i for i, w in enumerate(before) if fold(w) in {"a", "an", "the"}), default=None)
            phrase = before[cut:] if cut is not None else []
            if not 2 <= len(phrase) <= 4 or any(fold(w) in _BOUNDARY for w in phrase[1:]):
                continue
            answer = " ".join(phrase)
            explanation = f"what {match.document.item.id} says {asked['verb']}"
            return answered(question, answer, answer, explanation, [cite(match.document.item.id, citation)])
    return None


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


MAX_ITEM_WORDS = 12
"""A list's items are short phrases; a longer run between commas is a sentence's clause."""
_RANGE = re.compile(r"\b\d+\s+(?:and|to)\s+\d+\b")
"""`between 4 and 8 March` joins two numbers into one date, not two items of a list."""


def _answer_list(question: Question, index: ClaimIndex) -> Answer:
    """What the record lists: the items after "covering", "including", a colon or the question's
    own closing verb ("which areas did the review look at?": "...the review looked at X, Y and Z")."""
    matches = ranked(question.content, index)
    own = _own_verb(question)
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH)][:3]:
        for citation in match.document.item.citations:
            mark = _LIST_MARK.search(citation.quote) or (own.search(citation.quote) if own else None)
            if mark is None:
                continue
            listed = re.split(r"[.;]\s|[.;]$", citation.quote[mark.end() :].strip())[0].strip(' ,."“”')
            if len(tokens(listed)) < 2 or ("," not in listed and " and " not in listed):
                continue
            items = re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", _RANGE.sub("#", listed))
            if max(len(item.split()) for item in items) > MAX_ITEM_WORDS:
                continue  # a clause, not an item: "between 4 and 8 March, the council said it had agreed..."
            explanation = f"the list {match.document.item.id} gives"
            return answered(question, listed, listed, explanation, [cite(match.document.item.id, citation)])
    return silent(question, index, why_not(matches, "such a list"), matches)


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
    if len(asked) < 2:
        return silent(question, index, "the question is too open for an answer in a few words", matches)
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH_TEXT)][:CANDIDATES]:
        item = match.document.item
        own = {stem(w) for text in (title_of(item), *(c.quote for c in item.citations)) for w in tokens(text)}
        if not asked <= own:
            continue  # every word of the question in the item's own words, not only implied concepts
        for citation in evidence_of(match.document, question.content):
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
            return answered(question, answer, answer, explanation, [citation])
    return silent(question, index, why_not(matches, "this"), matches)


# Yes or no -------------------------------------------------------------------------------------


def _answer_stands_for(question: Question, index: ClaimIndex) -> Answer:
    """`What does MARAT stand for?`: the words written before "(MARAT)" in a quote whose initials spell
    it ("multi-agency referral and assessment team"); joining words ("and", "of") may be left out."""
    acronym = (question.focus or "").upper()
    marked = re.compile(rf"\(\s*{re.escape(acronym)}\s*\)")
    for document in index.documents:
        for citation in document.item.citations:
            if not (found := marked.search(citation.quote)):
                continue
            words = re.findall(r"[A-Za-z][A-Za-z'’]*", citation.quote[: found.start()])
            for start in range(len(words) - 1, -1, -1):
                phrase = words[start:]
                initials = "".join(w[0] for w in phrase if fold(w) not in STOPWORDS).upper()
                if initials == acronym and fold(phrase[0]) not in STOPWORDS:
                    text = citation.quote[: found.start()]
                    begin = [m.start() for m in re.finditer(r"[A-Za-z][A-Za-z'’]*", text)][start]
                    answer = text[begin:].strip(" ,;:")
                    explanation = f"the words {document.item.id} writes before ({acronym})"
                    return answered(question, answer, answer, explanation, [cite(document.item.id, citation)])
                if len(initials) > len(acronym):
                    break
    return silent(question, index, f"no quote spells out {acronym}")


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
    return answered(question, answer, answer, check.explanation, check.evidence)


ANSWERERS: dict[str, Callable[[Question, ClaimIndex], Answer]] = {
    "when": _answer_when, "who": _answer_who, "said": _answer_who, "grade": _answer_grade,
    "how_many": _answer_quantity, "how_often": _answer_frequency, "which": _answer_which,
    "list": _answer_list, "what": _answer_what, "yes_no": _answer_yes_no, "stands_for": _answer_stands_for,
}  # fmt: skip
