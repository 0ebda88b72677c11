"""When and what grade: a date from an event or fact at its stored precision, a grade by year and
area, each read from the record's structure; "not stated" rather than a guess."""

from __future__ import annotations

import re

from trafford_timeline.claims.dated_clause import main_participle
from trafford_timeline.claims.given_grade import grade_given_for_year
from trafford_timeline.claims.index import ACTING_BODIES, ClaimIndex, Document
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import (
    MATCH_DATE,
    Answer,
    Match,
    answered,
    cite,
    evidence_of,
    floor_of,
    light_now,
    ranked,
    read,
    readable,
    silent,
    stored_date,
    title_of,
    unique,
    why_not,
)  # fmt: skip
from trafford_timeline.claims.planned_within import STATED_WITHIN, stated_length
from trafford_timeline.claims.question import FROM_WHAT_TO_WHAT, Question, read_question
from trafford_timeline.claims.reading import AREA_PREFIX, GRADE_PREFIX, Reading
from trafford_timeline.claims.service_named import without_service_names
from trafford_timeline.claims.slot_words import CHANGED_FROM, EARLIER, LATER_INSPECTION
from trafford_timeline.claims.to_be_done import subject_before_to
from trafford_timeline.claims.verdicts import Evidence
from trafford_timeline.dates import FULL_MONTHS, OPEN, DateSpan, format_span, parse_record_date
from trafford_timeline.ratings import AREA_MAPPINGS, GRADE_LABELS, MAPPING_OF
from trafford_timeline.record.model import (
    CommitmentFact,
    Event,
    Fact,
    RatingFact,
)  # fmt: skip

# Dates -----------------------------------------------------------------------------------------


def spoken_date(span: DateSpan) -> str:
    """A date as a person writes it, at the precision the record gives: `October 2019`, `4–8 March 2019`."""
    return format_span(span, months=FULL_MONTHS)


def _dated_by_itself(item: Event | Fact) -> bool:
    """An event, or a fact with its own date: not a fact that only borrows its event's date."""
    return isinstance(item, Event) or item.date is not None


def _dates_another(match: Match, question: Question, index: ClaimIndex) -> bool:
    """Whether the item's date is its event's and says nothing of the act asked about: a finding is
    dated by the report it is filed under, so where a word of the question is in none of the finding's
    own text and its event ("visit", from the headline "Ofsted visit to Trafford finds ..."), the
    report's day is not when that happened."""
    item = match.document.item
    if _dated_by_itself(item) or not isinstance(item, Fact) or item.event is None:
        return False
    if item.event not in index.numbers:
        return False  # an event the record does not hold dates nothing
    event = index.documents[index.numbers[item.event]]
    said = set(read(item.text, index).terms) | event.bag | index.glossary.implied
    return bool(set(question.content.terms) - said)


_WHAT_YEAR = re.compile(r"\b(?:what|which) year\b")
_RATED = re.compile(r"\b(?:rate|rated|rates|grade|graded|grades|judge|judged|judges)\b")
"""`When did Ofsted previously rate Trafford good?` asks when that grade was given: a rating's year,
never the date of an item that only quotes the grade ("downgraded from good")."""
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
_ASKING = re.compile(r"^(?:[a-z]+ )?(?:which|what|who|whose)\b")
"""The question word itself (`In which year...`), which opens no relative clause."""
"""`the inspection that led to the inadequate judgement`: the clause says which inspection, and the
item that dates it need not say what it led to."""
_BEFORE_YEAR = re.compile(r"\bbefore (?:the |its |their )?(?P<year>(?:19|20)\d\d)\b")
"""`inspected before the 2019 inspection`: a year the answer must come before, not a year it is in."""
_BEFORE_PHRASE = re.compile(r"\bbefore (?:the |its |their )?(?:19|20)\d\d(?:(?: [a-z'-]+){1,3}$)?")
"""The bound with the few words that end the question after it ("before the 2019 inadequate
judgement"): they name the later event, whose grade the earlier one need not share."""


def _kind_stems(item: Event) -> set[str]:
    return {stem(word) for word in tokens(item.kind)}


def _event_kinds(index: ClaimIndex) -> frozenset[str]:
    """The stems of the record's event kinds, kept in the index: a large record is not walked for
    every question."""
    return frozenset(k for kind in index.event_kinds for k in {stem(word) for word in tokens(kind)})


def _event_of_kind(question: Question, index: ClaimIndex) -> Answer | None:
    """`When did Ofsted carry out the inspection that led to...?`: the date of the event of the kind
    the question names ("inspection"), whose own title names that kind, matched on the question
    without its relative clause; `...previously inspected before the 2019 inspection`: the latest such
    event before that year. None where no one event of that kind stands out."""
    asked = {stem(word) for word in tokens(question.folded)}
    kinds = _event_kinds(index) & asked
    if not kinds:
        return None
    opening = _ASKING.match(question.folded)  # "in which year was...": the question's own `which`
    cut = opening.end() if opening else 0
    main = question.folded[:cut] + _RELATIVE.sub("", question.folded[cut:])
    if (clause := _RELATIVE.search(question.folded, cut)) is not None:
        main += main_participle(main, clause[0])  # "...the report that rated it inadequate published?"
    before = _BEFORE_YEAR.search(main)
    if before:  # the year bounds the answer, and "previously" only says so again; what the bound
        main = EARLIER.sub(" ", _BEFORE_PHRASE.sub(" ", main))  # names is not what is dated
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
    by_date = sorted(tied, key=lambda m: parse_record_date(str(m.document.item.date)).last, reverse=True)
    if len({m.document.item.date for m in tied}) > 1 and _LATEST.search(question.folded):
        best = by_date[0]  # "when was it last inspected?": the latest of the events that match equally
    elif len({m.document.item.date for m in tied}) > 1 and EARLIER.search(question.folded) and not before:
        best = by_date[1]  # "when was it previously inspected?": the one before the latest
    elif len({m.document.item.date for m in tied}) > 1:
        pointed = _nearest_before(tied, question, index) if main != question.folded else None
        if pointed is None:
            return None
        best = pointed
    if (planned := _planned_not_happened(question, best, index, matches)) is not None:
        return planned
    stored = str(best.document.item.date)
    if (within := _planned_within(question, best.document, stored)) is not None:
        return within
    ended = _end_asked(question, best, stored, matches, index)
    if isinstance(ended, Answer):
        return ended
    said = spoken_date(parse_record_date(ended))
    stored = ended
    explanation = f"the date of {best.document.item.id} ({title_of(best.document.item)})"
    return answered(question, said, stored, explanation, evidence_of(best.document, question.content))


_PLAN_WORDS = re.compile(
    r"\b(?:will|would|shall|must|should|due|planned|plan|plans|planning|scheduled|expected|expect|expects|"
    r"expecting|intended|intending|going to|"
    r"was to|were to|is to|are to|to be|set to|meant to|next|deadline|timescale|timetable|"
    r"by when|until when)\b"
)
_PAST = re.compile(r"\b(?:did|had|was|were)\b")
"""`When did the meeting take place?`, `When was the board set up?`: what happened, not what was to."""


_WAS_TO = re.compile(
    r"^(?:when|by when|on what date|in what month) (?:was|were|is|are) (?:the|its|their|this|that|a|an)"
    r"(?: (?!(?:in|out|up|off|down|on) )(?![a-z'-]+(?:ed|en) )[a-z'-]+){1,10} to [a-z]+$"
)
"""`When was the panel to appoint the new director to sit?`: a subject, with no verb of its own, before
a closing `to` and its verb: what was to be done, as `was to` says."""


def asks_what_happened(folded: str) -> bool:
    """Whether a question asks when something happened, not when it was planned or due to."""
    if _WAS_TO.match(folded.rstrip("?. ")) or subject_before_to(folded.rstrip("?. ")):
        return False  # "in what month were children in care to help pick...?": what was to be done
    return _PAST.search(folded) is not None and _PLAN_WORDS.search(folded) is None


def only_planned(item: Event | Fact, index: ClaimIndex) -> bool:
    """Whether the record holds the item only as something to happen: a planned event, a commitment,
    or a fact that borrows a planned event's date. Its date is when it was to happen, not when it did."""
    if isinstance(item, Event):
        return item.status == "planned"
    if isinstance(item, CommitmentFact):
        return True
    if item.date is None and item.event is not None and item.event in index.numbers:
        event = index.documents[index.numbers[item.event]].item
        return isinstance(event, Event) and event.status == "planned"
    return False


PLANNED_MARGIN = 0.05
"""An item that happened and matches this nearly as well as a planned one answers `when did X happen`."""


def _planned_not_happened(
    question: Question, best: Match, index: ClaimIndex, matches: list[Match]
) -> Answer | None:
    """A question about when something happened, whose best item the record holds only as planned:
    not stated, since the planned date ("the October meeting") is not when anything took place."""
    if not asks_what_happened(question.folded) or not only_planned(best.document.item, index):
        return None
    stored = stored_date(best.document.item, index)
    planned = f" ({spoken_date(parse_record_date(stored))})" if stored else ""
    reason = (
        f"the record says only that {best.document.item.id} was to happen{planned}, not that or when it did"
    )
    return silent(question, index, reason, matches)


def _planned_within(question: Question, document: Document, stored: str) -> Answer | None:
    """`When was Ofsted expected to return?`, of a plan the record dates only by the length the source
    gives it ("within six months" of the meeting): that length, as said, is the answer, with the dates
    reckoned from it; a question asking a month or a date by name ("by what month") is given the dates.
    None for an item with a date of its own."""
    item = document.item
    if not question.folded.startswith("when ") or not isinstance(item, Event) or item.status != "planned":
        return None
    if item.date_basis is None or STATED_WITHIN.search(fold(item.date_basis.wording or "")) is None:
        return None
    if (stated := stated_length(item)) is None:
        return None
    said = f"{stated[0]} ({spoken_date(parse_record_date(stored))})"
    explanation = f"{item.id} is planned {stated[0]!r}, its date reckoned from that"
    return answered(question, said, stored, explanation, evidence_of(document, question.content))


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


_BEGINNING = re.compile(
    r"\b(?:begin|began|begun|begins|start|started|starts|commence|commenced|commences|since when|from when)\b"
)
"""A question about when something began: the start of an open span ("from September 2021") answers it."""


_ENDING = re.compile(
    r"^(?:until|till|up to) (?:when|what (?:date|point|time))\b"
    r"|^when did\b.* (?:end|finish|stop|cease|expire|conclude)\?*$"
)
"""A question about when something ended: `Until when did the interim arrangement last?`. The date of
an item that says when the thing began does not answer it; the end of a closed span does."""


def _end_asked(
    question: Question, best: Match, stored: str, matches: list[Match], index: ClaimIndex
) -> str | Answer:
    """The date to answer with where the question asks when something ended (`_ENDING`): the last day
    of a closed span, or "not stated" where the item's date is when the thing began; `stored` as it is
    for any other question."""
    if not _ENDING.search(question.folded):
        return stored
    span = parse_record_date(stored)
    start, _, end = stored.partition("/")
    if end and OPEN not in (start, end):  # "until when did the inspection last?": the last of its days
        return end
    if _BEGINNING.search(fold(title_of(best.document.item))):
        reason = f"{best.document.item.id} gives when it began ({spoken_date(span)}), not when it ended"
        return silent(question, index, reason, matches)
    return stored


_LATEST = re.compile(r"\b(?:last|latest|most recently|most recent)\b(?! (?:year|month|week|time)\b)")
"""`When was it last inspected?` asks for the latest of the dated items that match equally; "last
year" only places the question in time."""


def _who_acts(index: ClaimIndex) -> frozenset[str]:
    """Who or what acts in the record: a post or person, or a body that inspects, issues and appoints.
    An item that lacks the one the question has act ("when were Ofsted's inspectors on site?") dates
    something someone else did (the council's own review), however well its other words match."""
    return index.actors | ACTING_BODIES


def _answer_when(question: Question, index: ClaimIndex) -> Answer:
    bounded = _BEFORE_YEAR.search(question.folded)  # "before the 2019 inadequate judgement": the grade
    if (  # names the bound, not what was graded when
        question.content.grades
        and not bounded
        and (_WHAT_YEAR.search(question.folded) or _RATED.search(question.folded))
    ):
        return _rated_when(question, index)
    if (event := _event_of_kind(question, index)) is not None:
        return event
    matches = ranked(question.content, index, lambda d: stored_date(d.item, index) is not None)
    floor = floor_of(question, MATCH_DATE)
    acts = _who_acts(index)
    good = [m for m in matches if m.coverage >= floor and not (set(m.missing) - light_now()) & acts]
    if before := _BEFORE_YEAR.search(question.folded):  # "before the 2019 inspection" is not in 2019
        good = [m for m in good if _first_year(m, index) < int(before["year"])]
    good = [m for m in good if not _dates_another(m, question, index)]
    good.sort(key=lambda m: (-round(m.coverage, 2), not _dated_by_itself(m.document.item)))
    if not good:
        return silent(question, index, why_not(matches, "when"), matches)
    if asks_what_happened(question.folded) and only_planned(good[0].document.item, index):
        done = [m for m in good if not only_planned(m.document.item, index)]
        if done and done[0].coverage >= good[0].coverage - PLANNED_MARGIN:
            good = done  # "when did the inspection take place?" is the one that did, not the one to come
    best = good[0]
    if (planned := _planned_not_happened(question, best, index, good)) is not None:
        return planned
    stored = stored_date(best.document.item, index)
    assert stored is not None
    if (within := _planned_within(question, best.document, stored)) is not None:
        return within
    span = parse_record_date(stored)
    if (
        span.last_precision == "open"
        and _BEGINNING.search(question.folded)
        and span.first_precision != "open"
    ):
        stored = stored.partition("/")[0]  # "when did the audits begin?": the start is the answer
        span = parse_record_date(stored)
    if span.last_precision == "open":
        return silent(
            question,
            index,
            f"{best.document.item.id} gives only when it starts ({spoken_date(span)}), not when",
            good,
        )
    ended = _end_asked(question, best, stored, good, index)
    if isinstance(ended, Answer):
        return ended
    stored, span = ended, parse_record_date(ended)
    said = spoken_date(span)
    rivals = [
        m
        for m in good[1:4]
        if m.coverage >= best.coverage - 0.02
        and stored_date(m.document.item, index) != stored
        and (_dated_by_itself(m.document.item) or not _dated_by_itself(best.document.item))
    ]  # a fact dated only by the meeting or report it comes from does not rival an item's own date
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


_FRAMING_YEAR = re.compile(
    r"\b(?:before|after|prior to|ahead of|following|until|preceding) (?:the |its |their |that |this )?"
    r"(?P<year>(?:19|20)\d\d)(?= [a-z])"
)
"""`before the 2019 downgrade`, `after its 2015 inspection`: a year that names the event a question is
timed by, not a year it asks a grade for."""


_COMPARED_YEAR = re.compile(
    r"\b(?:compared (?:with|to)|as against|relative to|than (?:it was )?(?:in )?|versus|vs\.?) "
    r"(?:the |its |their |that )?(?:(?:inspection|rating|grade|judgement) (?:of |in )?)?"
    r"(?P<year>(?:19|20)\d\d)\b"
)
"""`..., compared with 2015`: a year a question measures against, not the one it asks a grade for."""
_NOW_OR_LATEST = re.compile(r"\b(?:latest|most recent|newest|current|currently|now)\b")
"""`rated in the latest inspection`: the last inspection the record rates, whatever its year."""


def compared_to_latest(question: Question, years: list[int]) -> bool:
    """Whether the one year a question names is only what it compares the latest grade with ("how
    was leadership rated in the latest inspection, compared with 2015?"): the latest grade is asked."""
    compared = {int(found["year"]) for found in _COMPARED_YEAR.finditer(question.folded)}
    return len(years) == 1 and years[0] in compared and _NOW_OR_LATEST.search(question.folded) is not None


def asked_years(question: Question, years: list[int]) -> list[int]:
    """The years a question asks a grade for: of several, those not only naming the event it is
    timed by ("before the 2019 downgrade, what had it held from 2015?" asks 2015's); all of them
    where that leaves none or more than one, as "what in 2015, and what after the 2019 visit?" does."""
    if len(years) < 2:
        return years
    framing = {int(found["year"]) for found in _FRAMING_YEAR.finditer(question.folded)}
    left = [year for year in years if year not in framing]
    return left if len(left) == 1 else years


LONG_NAME_SHARE = 0.7
"""The share of a judgement's long name's words a question must use to name that judgement."""


def _name_words(phrase: str) -> frozenset[str]:
    plain = re.sub(r"\([^)]*\)", " ", phrase)
    return frozenset(stem(w) for w in tokens(plain) if w not in STOPWORDS)


def _own_words(areas: list[str]) -> frozenset[str]:
    """The words of the asked areas' own long names: "the impact of Trafford's leaders" names the
    leadership judgement in part, as ILACS words it, and asks for no rating of anything else."""
    return frozenset().union(
        *(_name_words(f"{MAPPING_OF[a].sif} {MAPPING_OF[a].ilacs}") for a in areas if a in MAPPING_OF)
    )


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
    named = _long_names(without_service_names(question.folded, index.glossary))
    if not named:
        return areas, frozenset()
    frameworks = {f.framework for (y, _), f in index.ratings.items() if year is None or y == year}
    own = [area for area, names in named.items() if any(fw in frameworks for fw in names if fw)]
    chosen = own if len(own) == 1 else list(named)
    if areas and not set(areas) & set(chosen):
        return areas, frozenset()  # "children in care", said outright, is not care leavers' long name
    if set(areas) - set(named):
        return areas, frozenset()  # "help and protection and care leavers": an area said outright stays
    words = frozenset(w for names in named.values() for used in names.values() for w in used)
    return chosen, words  # every long name used names the judgement, even one of another framework


def _answer_grade(question: Question, index: ClaimIndex) -> Answer:
    from trafford_timeline.claims.slots_standard import answer_believed_level  # it reads slots_text

    if (believed := answer_believed_level(question, index)) is not None:
        return believed  # "how did leaders think their services rated?": a belief, not a rating
    reading = question.content
    on_record = sorted({year for year, _ in index.ratings})
    years = asked_years(question, _years(reading))
    if compared_to_latest(question, years):
        years = []  # "in the latest inspection, compared with 2015": the latest, not 2015's
    areas, naming = _area_of(
        question, index, years[0] if len(years) == 1 else None, list(dict.fromkeys(reading.areas))
    )
    areas = areas or ["overall"]
    naming = naming | _own_words(areas)
    if len(years) > 1:
        return _grade_each_year(question, index, areas, years, naming)
    if FROM_WHAT_TO_WHAT.search(question.folded):  # one grade is no change: the question names no two
        if not years and len(areas) == 1 and (last_two := _last_change(index, areas[0])):
            return _grade_each_year(
                question, index, areas, last_two, naming
            )  # "dropped from which to which?"
        return silent(question, index, "the question asks for a change of grade; name the two years")
    if len(areas) > 1:
        return _one_grade_for_all(question, index, areas, years, naming)
    area = areas[0]
    earlier = EARLIER.search(question.folded) or CHANGED_FROM.search(question.folded)
    given = grade_given_for_year(question.folded) if len(years) == 1 else None
    if given is not None and _holds(index, area, *given):
        year = given[1]  # "fell to what, having been outstanding in 2015?": the next inspection's grade
        after = [later for later in on_record if later > year and (later, area) in index.ratings]
        if not after:
            return silent(question, index, f"the sources state no grade for {_area(area)} after {year}")
        years, earlier = after[:1], None
    if not years:
        rated = [year for year in on_record if (year, area) in index.ratings]
        if not rated:
            return silent(question, index, f"the sources state no grade for {_area(area)}")
        if LATER_INSPECTION.search(question.folded):  # "when Ofsted re-inspected": after the latest on record
            return silent(question, index, f"the sources state no grade from an inspection after {rated[-1]}")
        years = [rated[0] if earlier else rated[-1]]
    elif earlier:
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
    if leftover:  # "what rating did the minutes give Northshire?": another body's grade, in passing
        from trafford_timeline.claims.slots_ratings import answer_grade_of_named_body  # it reads this module

        if (passing := answer_grade_of_named_body(question, index)) is not None:
            return passing
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


def _last_change(index: ClaimIndex, area: str) -> list[int]:
    """`Trafford dropped from which rating to which?`, naming no year: the change is the latest the record
    holds, between the area's last two graded inspections, where their grades differ; none otherwise."""
    rated = sorted(year for year, graded in index.ratings if graded == area)[-2:]
    grades = {index.ratings[(year, area)].grade for year in rated}
    return rated if len(rated) == 2 and len(grades) == 2 else []


def _holds(index: ClaimIndex, area: str, grade: str, year: int) -> bool:
    """Whether the record gives the area that grade in that year: only then is the year a question
    gives with the grade the year of the grade changed from ("outstanding in 2015"), not of the change
    ("dropped from good in 2019")."""
    fact = index.ratings.get((year, area))
    return fact is not None and fact.grade == grade


def _grade_each_year(
    question: Question, index: ClaimIndex, areas: list[str], years: list[int], naming: frozenset[str]
) -> Answer:
    """`What was leadership rated in 2015, and in 2019?`: one area's grade in each year the question
    names ("outstanding in 2015, inadequate in 2019"), only where the record rates it in every one."""
    facts = [index.ratings.get((year, areas[0])) for year in sorted(years)] if len(areas) == 1 else []
    found = [fact for fact in facts if fact is not None]
    if not found or len(found) < len(facts):
        return silent(question, index, "the question names several years; ask about one")
    if (unrated := _leftover(question, index, found, naming)) is not None:
        return unrated
    answer = ", ".join(f"{grade_label(fact)} in {fact.year}" for fact in found)
    if (other := _grade_not_given(question, found)) is not None:  # "dropped to what, from outstanding?"
        evidence = _rating_quotes(question, index, [other])
        area = _area(areas[0])
        explanation = f"Ofsted's {other.year} grade for {area} ({other.id}): the question gives the other"
        label = grade_label(other)
        return Answer(question.text, "answered", label, other.grade, "grade", explanation, evidence)
    if len(found) == 2 and FROM_WHAT_TO_WHAT.search(question.folded):  # "went from what to what"
        first, last = found
        answer = f"from {grade_label(first)} to {grade_label(last)} ({first.year} to {last.year})"
    ids = ", ".join(fact.id for fact in found)
    explanation = f"Ofsted's grade for {_area(areas[0])} in each year asked ({ids})"
    evidence = _rating_quotes(question, index, found)
    return Answer(question.text, "answered", answer, answer, "grade", explanation, evidence)


def _grade_not_given(question: Question, found: list[RatingFact]) -> RatingFact | None:
    """`Which grade did leadership drop to in 2019, from outstanding in 2015?`: a question that gives
    one year's grade itself asks for the other's, so the answer is that grade alone, not both. Only
    where the grade it gives is the record's for one year and not for the other; None otherwise."""
    if question.form == "yes_no" or len(found) != 2:
        return None
    given = {t.removeprefix(GRADE_PREFIX) for t in question.content.terms if t.startswith(GRADE_PREFIX)}
    stated = [fact for fact in found if fact.grade in given]
    asked = [fact for fact in found if fact.grade not in given]
    return asked[0] if given and len(stated) == 1 and len(asked) == 1 else None


def _rating_quotes(question: Question, index: ClaimIndex, facts: list[RatingFact]) -> tuple[Evidence, ...]:
    """The best quote of each rating an answer rests on."""
    documents = [index.documents[index.numbers[fact.id]] for fact in facts]
    pairs = zip(documents, facts, strict=True)
    return unique(e for d, f in pairs for e in evidence_of(d, question.content, grade_label(f))[:1])


def _leftover(
    question: Question, index: ClaimIndex, facts: list[RatingFact], naming: frozenset[str]
) -> Answer | None:
    """ "Not stated" where the question names something besides the ratings' areas and years (a grade
    for "impact", which the record does not rate); None where it names nothing else."""
    documents = [index.documents[index.numbers[fact.id]] for fact in facts]
    context = index.glossary.rating_context | frozenset().union(*(d.bag for d in documents))
    leftover = [
        t
        for t in question.content.terms
        if not t.startswith((GRADE_PREFIX, AREA_PREFIX)) and t not in context and t not in naming
    ]
    if not leftover:
        return None
    words = ", ".join(repr(readable(t)) for t in leftover[:3])
    return silent(question, index, f"the record holds Ofsted's ratings by area only; nothing rates {words}")


def _one_grade_for_all(
    question: Question, index: ClaimIndex, areas: list[str], years: list[int], naming: frozenset[str]
) -> Answer:
    """`The grade for children in care and care leavers in 2019?`: several areas are one answer only
    where the record gives each the same grade that year (the year the question names, or the latest
    in which all are rated); otherwise the question must ask about one."""
    on_record = sorted({year for year, _ in index.ratings})
    rated = [year for year in on_record if all((year, area) in index.ratings for area in areas)]
    latest = (rated[0] if EARLIER.search(question.folded) else rated[-1]) if rated else None
    year = years[0] if years else latest
    facts = [index.ratings.get((year, area)) for area in areas] if year is not None else []
    found = [fact for fact in facts if fact is not None]
    if not found or len(found) < len(areas) or len({fact.grade for fact in found}) > 1:
        reason = "the question names several areas, which the record grades apart; ask about one"
        return silent(question, index, reason)
    if (unrated := _leftover(question, index, found, naming)) is not None:
        return unrated
    label = grade_label(found[0])
    names = " and ".join(_area(area) for area in areas)
    explanation = f"Ofsted's {year} grade for each of {names} ({', '.join(f.id for f in found)})"
    evidence = _rating_quotes(question, index, found)
    return Answer(question.text, "answered", label, found[0].grade, "grade", explanation, evidence)


def _area(area: str) -> str:
    return MAPPING_OF[area].label.lower()
