"""Check a claim against the record: supported, contradicted, not found or disputed, with evidence.

A claim is read into what it asserts, and each assertion is checked against the part of the record
that says it: a title beside a name against the role facts, a change of grade or a grade against
the rating facts, a relation between two dated things against the events' dates, an attribution
against who the statements say spoke, and anything else against the best-matched events and facts
field by field (dates, quantities, grades, negation). A claim that joins statements is checked part
by part. When the record does not say enough to decide, the answer is `not_found`: a false
"supported" is the worst mistake a fact checker can make.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from trafford_timeline.claims.already_done import recommended_not_done
from trafford_timeline.claims.appraisal import PRAISE, check_appraisal, judged_alike, without_judgement
from trafford_timeline.claims.area_change import read_area_change
from trafford_timeline.claims.behalf import check_on_behalf
from trafford_timeline.claims.circumstance import without_circumstance
from trafford_timeline.claims.compare import (
    EVENT_KIND_TERMS,
    RECOMMEND,
    Comparison,
    candidates,
    evidence_of,
    kind_of,
    names_another_kind,
    term_weights,
)
from trafford_timeline.claims.contrasted import contrasted
from trafford_timeline.claims.corrected_grade import check_corrected_grade
from trafford_timeline.claims.denial_then_grade import check_denial_then_grade
from trafford_timeline.claims.disputes import _disputed_near, _follow_dispute, _matched, _with
from trafford_timeline.claims.frame_table import check_framed
from trafford_timeline.claims.grade_idioms import (
    check_denied_grade,
    check_graded_label,
    check_ranked_grade,
    with_rating_words,
)
from trafford_timeline.claims.grade_verbs import check_grade_move
from trafford_timeline.claims.grades import (
    YEARS_APART,
    area_label,
    check_change,
    check_rating,
    dates_fit_ratings,
    read_change,
    relative_grades,
)
from trafford_timeline.claims.held_at_event import held_at_event
from trafford_timeline.claims.index import ACTING_BODIES as BODIES
from trafford_timeline.claims.index import ROLE_CONTEXT, ClaimIndex, Document, Person, build_index, own_text
from trafford_timeline.claims.language import NUMBER_WORDS, fold, stem
from trafford_timeline.claims.lasting import still_unsaid
from trafford_timeline.claims.membership_denied import denied_membership
from trafford_timeline.claims.one_occasion import occasions_apart
from trafford_timeline.claims.otherwise import affirms_otherwise, denies_otherwise, says_otherwise
from trafford_timeline.claims.outer_denial import check_denied_statement
from trafford_timeline.claims.own_counts import counts_apart
from trafford_timeline.claims.parts import (
    MAX_PARTS,
    _deadlines,
    _first_person,
    _since,
    _spoken,
    _without_commentary,
    _without_decoration,
    _without_label,
    dated_from_before,
    split_parts,
)
from trafford_timeline.claims.people import (
    INDEPENDENT_CHAIR_SAID,
    check_attribution,
    check_chair,
    check_identity,
    check_titles,
    particular_words_of_another,
)
from trafford_timeline.claims.planned_within import check_planned_within
from trafford_timeline.claims.pole_acts import ACTED_ON
from trafford_timeline.claims.post_qualifier import check_post_qualifier
from trafford_timeline.claims.quoted_words import unused_quoted_word
from trafford_timeline.claims.rating_parts import (
    blocked_elsewhere,
    check_conceded_grade,
    check_latest_mention,
    check_rating_parts,
    leads_with_dated_event,
    sets_a_rating_apart,
    split_statements,
    with_elided_grades,
)
from trafford_timeline.claims.rating_span import check_rating_span, without_span
from trafford_timeline.claims.reading import AREA_PREFIX, GRADE_PREFIX, Reading, read_text
from trafford_timeline.claims.relations import (
    Relation,
    check_duration,
    check_relation,
    half_years,
    read_duration,
    read_relation,
)
from trafford_timeline.claims.reported_grade import reported_otherwise, reports_saying
from trafford_timeline.claims.requested import only_requested
from trafford_timeline.claims.restricted_object import without_restriction
from trafford_timeline.claims.reversed_order import reversed_order
from trafford_timeline.claims.said_to_happen import absent_things, said_to_happen
from trafford_timeline.claims.same_month import with_month_named
from trafford_timeline.claims.sentences import sentence_word
from trafford_timeline.claims.served_as import as_holding, as_post_named, without_state_noun
from trafford_timeline.claims.skipped_grade import without_skipped_grade
from trafford_timeline.claims.speaker_hedge import check_hedged
from trafford_timeline.claims.stated_cause import GIVEN, check_stated_cause, given_cause
from trafford_timeline.claims.subordinate_doer import other_decider
from trafford_timeline.claims.surrounded_rating import rating_amid_words
from trafford_timeline.claims.unknown_words import NEVER_MENTIONS, unknown_readings
from trafford_timeline.claims.unstated_extra import unstated_extra
from trafford_timeline.claims.verdicts import (
    VERDICTS,
    ClaimCheck,
    Evidence,
    Verdict,
    not_found,
    unique,
)
from trafford_timeline.ratings import GRADE_LABELS
from trafford_timeline.record.model import Event, Fact, RatingFact, StatementFact

__all__ = [
    "VERDICTS",
    "ClaimCheck",
    "ClaimIndex",
    "Document",
    "Evidence",
    "Verdict",
    "build_index",
    "check_claim",
]

_CIRCUMSTANCE = {True: "what else happened then", False: "what it was said in view of"}
"""What a closing clause of circumstance adds, of time or not, for the explanation."""

SUPPORT_COVERAGE = 0.75
"""The share of a claim's term weight one record item must carry for the claim to be supported."""
CLAUSE_COVERAGE = 0.6
"""The share of that weight one clause of the item must carry: the claim must be said in one place."""
CONTRADICT_COVERAGE = 0.7
"""For a date, number, grade or negation that differs, the claim must still be this well matched."""
FREQUENCY_COVERAGE = 0.55
"""How well a claim giving another frequency than an item must match it to be contradicted by it."""
RELATED_COVERAGE = 0.3
GROUPS_OF_CHILDREN = frozenset(
    AREA_PREFIX + area for area in ("help_and_protection", "children_in_care", "care_leavers")
)
"""Areas that say which children a finding is about; `leadership` is also read from "leader", a word
for a person, so an item that does not name it may still be about the same thing."""


def _readable(term: str, reading: Reading | None = None) -> str:
    """A term in the claim's own words: `summari` as `summary`, `concept:dfe` as `dfe`; an act on a
    pole's thing (`scrapped its extra staff`) as what was done to that thing."""
    if term.startswith(ACTED_ON):
        things = term.removeprefix(ACTED_ON).split("+")
        return "what was done to the " + " ".join(_readable(thing, reading) for thing in things)
    if reading is not None and ":" not in term:
        written = [word for word in reading.words if stem(word) == term]
        if written:
            return written[0]
    return term.split(":", 1)[-1].replace("_", " ").replace("-", " ")


def _related(comparisons: Sequence[Comparison], reading: Reading) -> list[Evidence]:
    return [e for c in comparisons for e in evidence_of(c, reading)[:1]]


def _unknown_words(reading: Reading, index: ClaimIndex) -> list[str]:
    """The claim's words that no record text and no glossary entry contains."""
    known, glossary = index.vocabulary.stems, index.glossary.words
    return [
        w
        for w in dict.fromkeys(reading.words)
        if w.isalpha() and stem(w) not in known and w not in glossary and stem(w) not in index.glossary.stems
    ]


def _said_by_another_body(comparison: Comparison, claim: Reading, index: ClaimIndex) -> bool:
    """The item is someone's statement, the claim does not name who said it, and it names a body
    that speaks for itself (Ofsted, the DfE) that the statement does not speak of: the claim puts
    the words in that body's mouth. A body the statement is about ("it was explained that Ofsted
    does not set indicators") is its subject, not its speaker."""
    item = comparison.document.item
    if not isinstance(item, StatementFact):
        return False
    said_by = set(read_text(item.speaker, index.glossary, index.vocabulary).terms)
    for person in index.people:
        if person.name <= said_by:
            said_by |= person.name.union(*(terms for _, terms in person.roles))
    terms = set(claim.terms)
    spoken_of = set(read_text(item.text, index.glossary, index.vocabulary).terms)
    return not (said_by - ROLE_CONTEXT) & terms and bool(terms & BODIES - said_by - spoken_of)


QUALITY_SHARE = 0.2
"""The share of a claim's weight above which a quality it asserts is what the claim is about."""


def _quality_unsaid(
    comparison: Comparison, claim: Reading, index: ClaimIndex, said_beside: frozenset[str] = frozenset()
) -> bool:
    """The claim asserts a quality that has an opposite (`accurate`, `praised`, `stable`), not
    denied, that carries much of its weight, and the item does not speak to it: what the claim
    says of the thing is then not what the item says, however much else they share. A quality
    `said_beside`, by the other item of a pair, is spoken to."""
    weights = term_weights(claim, index)
    total = sum(weights.values()) or 1.0
    return any(
        term in index.glossary.polar
        and not claim.negations_of({term})
        and weights.get(term, 0.0) / total >= QUALITY_SHARE
        for term in set(comparison.missing) - said_beside
    )


RANKS = frozenset(stem(word) for word in ("first", "last", "earliest", "latest"))
"""Words of a thing's place in a series (`the first notice he issued`): a rank the item does not give
is content it does not state, however little the word weighs beside the rest."""


def said_by_sentence(comparison: Comparison) -> frozenset[str]:
    """The claim's words only the whole sentence around the item's quote says."""
    return comparison.filled.terms if comparison.filled is not None else frozenset()


_DENIED_STATE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:not|never)|\b(?:isn't|aren't|wasn't|weren't)"
    r"|(?:\bnot|\bnever|n't)\s+(?:be|been|being))\s+(?:being\s+)?(?P<word>[a-z]+)"
)
"""A state a claim denies of its subject: `could not be trusted`, `were never reliable`, `aren't being
helped`."""
_QUANTIFIERS = frozenset(
    {"everything", "everyone", "everybody", "everywhere", "entirely", "fully", "necessarily", "all", "always"}
)
"""Words a denial bounds rather than denies: "not everything was bad" says something was not."""


def denied_state_unsaid(comparison: Comparison, claim: str, reading: Reading) -> bool:
    """Whether the claim denies its subject a state (`could not be trusted`) in a word the item never uses,
    in its own words or others, and the denial reaches nothing the item says: what the claim says of the
    thing is then not what the item says, however much else they share, and the denial has nothing in the
    item to be compared with ("were not logged as contacts" still meets "not recorded as contacts")."""
    denied = {stem(found["word"]) for found in _DENIED_STATE.finditer(fold(claim))}
    unsaid = set(comparison.missing) - said_by_sentence(comparison) - set(comparison.reworded)
    wholly = [negated for negated in reading.negations if negated <= unsaid]  # nothing the item says
    return any(negated & denied - _QUANTIFIERS for negated in wholly)


def _can_support(
    comparison: Comparison,
    claim: Reading,
    actors: frozenset[str],
    people: Sequence[Person] = (),
    index: ClaimIndex | None = None,
) -> bool:
    """Whether a well-matched item may support the claim at all.

    Not when the claim names someone the item does not (the board "chaired by the council
    leader"), and not from a recommendation, which says what should happen, unless the claim is
    about recommending.
    """
    document = comparison.document
    if document.caption_only or set(comparison.missing) & actors - said_by_sentence(comparison):
        return False  # a role the item's sentence names ("officers told members") is named
    if set(comparison.missing) & RANKS - said_by_sentence(comparison):
        return False  # "the first notice he issued": the item gives it no place in a series
    if set(comparison.missing) & GROUPS_OF_CHILDREN:
        return False  # the claim speaks of children in care; the item, of others
    if index is not None and _said_by_another_body(comparison, claim, index):
        return False  # "Ofsted praised the teams" is not what the chief executive said of them
    if index is not None and _quality_unsaid(comparison, claim, index):
        return False  # "the self-assessment was accurate": the item says nothing of accuracy
    if any(person.name <= set(claim.terms) and not person.name <= document.bag for person in people):
        return False  # the claim names someone this item does not
    item = document.item
    if isinstance(item, RatingFact) and claim.areas and item.area not in claim.areas:
        return False  # a grade for one area says nothing of another's
    if index is not None and names_another_kind(item, claim, index):
        return False  # a date said of an inspection is not the date its report was published
    return item.kind != "recommendation" or RECOMMEND in claim.terms


def _settled_by_date(
    contradicting: list[Comparison], comparisons: list[Comparison], claim: Reading, index: ClaimIndex
) -> list[Comparison]:
    """Drop a date conflict where an event at least as well matched fits the claim's date: "the
    previous inspection was in November 2015" is about the 2015 inspection, not the 2019 report.
    An event of another kind than the claim names does not fit: "inspected in May" is not settled
    by the report published in May."""
    fitting = [
        c
        for c in comparisons
        if c.date_fits
        and not c.conflicts
        and isinstance(c.document.item, Event)
        and not names_another_kind(c.document.item, claim, index)
    ]
    if not fitting:
        return contradicting
    best_fit = max(c.coverage for c in fitting)
    return [c for c in contradicting if c.coverage > best_fit + 1e-9 or not _only_dates(c)]


def _dates_another_event(comparison: Comparison, kinds: set[str]) -> bool:
    """Whether the item differs from the claim only in its date, and never names the kind of event
    the claim dates (`kinds`; `the final re-inspection in 2021` against "the action plan would go to
    Ofsted on 13 August"): its date is another event's, which says nothing of when the claim's is."""
    dated_only = 0 < comparison.dated_conflicts == len(comparison.conflicts) and not comparison.soft_conflict
    return bool(kinds) and not kinds & comparison.document.bag and dated_only


PUBLISHED = "concept:publish"
"""Publishing, or issuing, is done to a notice or a plan as much as to a report: the act, not the
noun that names an event's kind."""
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")


def _kinds_dated(claim: str, reading: Reading, index: ClaimIndex) -> set[str]:
    """The words naming a kind of event (`inspection`, `report`) in the clause that gives a date:
    what the claim dates. One in another clause ("took office in May 2019, just as the report came
    out") only says when, beside it."""
    folded = fold(claim)
    named = set().union(*EVENT_KIND_TERMS.values()) - {PUBLISHED}
    kinds: set[str] = set()
    for mention in reading.dates:
        opened = max((m.end() for m in _CLAUSE_MARK.finditer(folded, 0, mention.start)), default=0)
        closed = _CLAUSE_MARK.search(folded, mention.end)
        clause = folded[opened : closed.start() if closed else len(folded)]
        kinds |= named & set(read_text(clause, index.glossary, index.vocabulary).terms)
    return kinds


def _names_a_dated_event(claim: Reading, index: ClaimIndex) -> bool:
    """The claim gives the exact dates of an event whose title says most of the claim's words
    ("inspectors were in Trafford from 4 to 8 March 2019"): it is about that event, and another
    item's date does not contradict it. Words are counted, not weighed: a rare word of the claim
    the title lacks (`looking`) would otherwise outweigh the ones it shares. A word that names a
    kind of event outright (`report`, `inspected`) must be the title's: "the report on Trafford was
    published on 23 May" is not about "the DfE issues a notice to Trafford"."""
    spans = [m.span for m in claim.dates if m.span is not None and m.bound is None]
    spans = [span for span in spans if span.first_precision == span.last_precision == "day"]
    if not spans:
        return False
    known = [term for term in claim.distinct_terms if term in index.idf]  # what the record could say
    kinds = set(known).intersection(set().union(*EVENT_KIND_TERMS.values()))
    for span in spans:
        for dated, title in index.dated_titles.overlapping(span):
            if dated != span:
                continue
            titled = set(read_text(title, index.glossary, index.vocabulary).terms)
            said = [term for term in known if term in titled]
            if kinds - titled:
                continue  # the claim names a report; the title, a notice
            if len(said) >= 2 and len(said) >= CLAUSE_COVERAGE * len(known):
                return True
    return False


def _only_dates(comparison: Comparison) -> bool:
    return (
        all(
            conflict.startswith("the claim says") and "the record says" in conflict
            for conflict in comparison.conflicts
        )
        and not comparison.soft_conflict
    )


_COUNT_OF_TIME = (
    r"(?:\d+|a|an|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:day|week|fortnight|month|year)s?\b"
)
_SPAN_OF_TIME = re.compile(
    r"\b(?:for|in|within|after|over)\s+(?:(?:less|fewer|more) than|under|over|about|around|nearly|almost|"
    rf"only|just|at least|at most|barely)?\s*{_COUNT_OF_TIME}"
    rf"|(?<!the )(?<!past )(?<!last )\b{_COUNT_OF_TIME}(?:\s+[\w'-]+){{0,4}}?"
    r"\s+(?:after|before|later|earlier|on from|ahead of)\b"
)
"""`for under a month`, `within two weeks`, `four years to the month after` (not `the six months
before`, which is a period): a length of time, which only the relation and duration checks read
from the events' dates; matching words cannot tell whether it is right."""


def _not_given_elsewhere(supporting: list[Comparison], comparisons: list[Comparison]) -> list[Comparison]:
    """Without the items of an event whose own text gives the claim's act to another body: "Ofsted
    issued the notice" is not said by a detail of the notice that names Ofsted only for what it
    found, where the notice itself says the DfE issues it."""
    elsewhere = {c.document.item.id for c in comparisons if c.another_actor}
    return [
        c
        for c in supporting
        if c.document.item.id not in elsewhere and getattr(c.document.item, "event", None) not in elsewhere
    ]


def _states_length(comparison: Comparison) -> bool:
    """The item itself gives a length of time (`within six months`), which the claim's can be
    compared with; a length the record only implies by two dates is for the relation checks."""
    return any(quantity.unit == "months" for quantity in comparison.document.quantities)


PAIR_CANDIDATES = 6
PAIR_SHARE = 1 / 3
PAIR_LEAD = 0.5
"""One of the two must say at least half the claim in one clause."""
PAIR_TERMS = 2
"""And each must say at least two of its words in one clause; each carries PAIR_SHARE of its weight."""
PAIR_LINES = 3
"""How far apart in one source two items' quotes may be to be read as one passage."""


def _said_together(
    comparisons: list[Comparison], claim: Reading, index: ClaimIndex
) -> tuple[Comparison, Comparison] | None:
    """Two items that together say every word of the claim, from one passage of one source:
    "the workforce was stable with low turnover and sickness" is one finding that the workforce is
    stable and, on the next line, another that turnover and sickness are low. Neither may differ
    from the claim or leave a date or figure unsaid, a grade or quality one leaves unsaid is one the
    other gives ("good-quality data flagged the weaknesses, yet no robust action was taken"), and
    each must carry a fair share of it."""
    terms = set(claim.terms) - index.glossary.implied
    near = [
        c
        for c in comparisons[:PAIR_CANDIDATES]
        if not c.conflicts
        and len(c.gaps) == len(c.ungraded)  # nothing unsaid but a grade
        and not c.document.caption_only
        and c.coverage >= PAIR_SHARE
    ]
    near = _not_given_elsewhere(near, comparisons)
    for n, first in enumerate(near):
        for second in near[n + 1 :]:
            if max(first.clause_coverage, second.clause_coverage) < PAIR_LEAD:
                continue
            if first.document.item.kind != second.document.item.kind:
                continue  # two findings, or two statements: one passage of one kind of thing
            said = (_clause_terms(first, terms), _clause_terms(second, terms))
            if min(len(said[0]), len(said[1])) < PAIR_TERMS or not terms <= said[0] | said[1]:
                continue
            if not (_graded_by(first, second) and _graded_by(second, first)):
                continue
            if not (_can_pair(first, claim, index, said[1]) and _can_pair(second, claim, index, said[0])):
                continue
            if _quality_lent(first, said, claim, index) or _quality_lent(second, said[::-1], claim, index):
                continue
            if _one_passage(first.document, second.document):
                return first, second
    return None


def _clause_terms(comparison: Comparison, terms: set[str]) -> set[str]:
    """The claim's terms that the item's one clause holding most of them says, with what every
    such item is about unsaid (a finding is Ofsted's)."""
    document = comparison.document
    best = max((terms & set(clause.terms) for clause in document.clauses), key=len, default=set())
    return best | (terms & document.unworded)


def _graded_by(comparison: Comparison, other: Comparison) -> bool:
    """Every grade or quality the one item leaves unsaid, the other gives."""
    return all(grade in other.document.grades for grade in comparison.ungraded)


def _can_pair(comparison: Comparison, claim: Reading, index: ClaimIndex, said_beside: set[str]) -> bool:
    item = comparison.document.item
    return item.kind != "recommendation" and not _quality_unsaid(
        comparison, claim, index, frozenset(said_beside)
    )


def _quality_lent(
    comparison: Comparison, said: tuple[set[str], set[str]], claim: Reading, index: ClaimIndex
) -> bool:
    """The one item already grades what it speaks of (`morale is good`, services that `remained good`),
    the claim gives no grade, and a quality the claim gives (`low`, `declined`) only the other item
    says, of its own thing (`low turnover`): the quality is lent from one thing to another."""
    if claim.grades or not comparison.document.grades:
        return False
    own, other = said
    qualities = {
        term for term in claim.terms if term in index.glossary.polar or claim.negations_of({term}) % 2
    }
    return bool(qualities & other - own)


def _one_passage(first: Document, second: Document) -> bool:
    return any(
        a.source == b.source and abs(a.line - b.line) <= PAIR_LINES
        for a in first.item.citations
        for b in second.item.citations
    )


def _names_its_kind(item: Event | Fact, reading: Reading) -> bool:
    """A claim of one word and a date ("the inspection was on 4-8 March 2019") names the kind of
    the dated event it is about, or it says too little to be supported."""
    if not isinstance(item, Event):
        return False
    names = EVENT_KIND_TERMS.get(item.kind, frozenset()) | {stem(item.kind), f"concept:{item.kind}"}
    return set(reading.terms) <= names


def _check_general(claim: str, reading: Reading, index: ClaimIndex, *, joined: bool = False) -> ClaimCheck:
    comparisons = candidates(reading, index, claim)
    enough_terms = len(set(reading.terms)) >= 2
    lasted = read_duration(claim)
    length = _SPAN_OF_TIME.search(fold(claim)) is not None or (lasted is not None and not lasted.rest)
    # "the new lead member lasted more than a year": how long, which only the dates can tell
    comparisons = [c for c in comparisons if not length or _states_length(c)]
    named = [person.name for person in index.people if person.name <= set(reading.terms)]
    contradicting = [
        c
        for c in comparisons
        if c.conflicts
        and not c.document.caption_only
        and c.coverage >= (FREQUENCY_COVERAGE if c.figure_conflict else CONTRADICT_COVERAGE)
        and (c.clause_coverage >= CLAUSE_COVERAGE or not c.soft_conflict)  # an opposite said in one place
        and all(name <= c.document.bag for name in named)  # not about someone else
        and not c.unstated_figure  # an item without the claim's number is not what it is about
        and not (c.unrecorded_year and c.soft_conflict)  # another year's opposite says nothing of it
        and (c.document.item.kind != "recommendation" or RECOMMEND in reading.terms)  # what should be
    ]
    contradicting = _settled_by_date(contradicting, comparisons, reading, index)
    kinds = _kinds_dated(claim, reading, index) if contradicting and reading.dates else set()
    contradicting = [c for c in contradicting if not _dates_another_event(c, kinds)]
    if contradicting and _names_a_dated_event(reading, index):
        contradicting = [c for c in contradicting if not _only_dates(c)]
    floor = max(SUPPORT_COVERAGE, contradicting[0].coverage if contradicting else 0.0)
    supporting = [
        c
        for c in comparisons
        if (enough_terms or (c.date_fits and _names_its_kind(c.document.item, reading)))
        and c.reworded_coverage >= floor
        and c.reworded_clause_coverage >= CLAUSE_COVERAGE
        and not c.conflicts
        and not c.gaps
        and _can_support(c, reading, index.actors, index.people, index)
        and not denied_state_unsaid(c, claim, reading)  # "could not be trusted": the item never says trust
    ]
    supporting = _not_given_elsewhere(supporting, comparisons)
    supporting = [c for c in supporting if not still_unsaid(claim, c.document.item)]  # "still ..."
    if supporting and (order := _order_reversed(claim, supporting[0], reading)) is not None:
        return order
    if supporting:
        best = supporting[0]
        parts = [_matched(best, reading), *best.agreements]
        if best.coverage < floor or best.clause_coverage < CLAUSE_COVERAGE:  # only in other words
            parts += [f"it says {word!r} where the claim says {_readable(term, reading)!r}"
                      for term, (word, _) in best.reworded.items()]  # fmt: skip
        if best.filled is not None:
            filled = best.filled
            words = [sentence_word(t, filled, index) or _readable(t, reading) for t in sorted(filled.terms)]
            said = ", ".join(repr(word) for word in dict.fromkeys(words))
            parts.append(f"the whole sentence it quotes from says {said}")
        if contradicting and contradicting[0].soft_conflict and contradicting[0].coverage >= best.coverage:
            parts.append(f"but {contradicting[0].document.item.id} says otherwise (see `trafford conflicts`)")
        evidence = [e for c in supporting[:3] for e in evidence_of(c, reading)[:2]]
        evidence += [e for c in contradicting[:1] for e in evidence_of(c, reading)[:1]]
        check = ClaimCheck(claim, "supported", "; ".join(parts), unique(evidence))
        return _follow_dispute(check, supporting, contradicting, reading, index)
    plain = not (joined or length or reading.dates or reading.quantities)
    plain = plain and read_duration(claim) is None and read_relation(claim) is None  # not about time
    if plain and not contradicting and enough_terms and (pair := _said_together(comparisons, reading, index)):
        first, second = pair
        parts = [
            f"two items of one passage say this together: {_matched(first, reading)}",
            _matched(second, reading),
            *(f"the grade or quality {GRADE_LABELS[grade]} is {c.document.item.id}'s"
              for c in pair for grade in reading.grades if grade in c.document.grades),
        ]  # fmt: skip
        evidence = [e for c in pair for e in evidence_of(c, reading)[:2]]
        check = ClaimCheck(claim, "supported", "; ".join(parts), unique(evidence))
        return _follow_dispute(check, list(pair), contradicting, reading, index)
    if contradicting and enough_terms:
        best = contradicting[0]
        close = [c for c in contradicting[:3] if c.coverage >= best.coverage - 0.1]
        evidence = [e for c in close for e in evidence_of(c, reading)[:2]]
        check = ClaimCheck(
            claim, "contradicted", f"{best.conflicts[0]} [{best.document.item.id}]", unique(evidence)
        )
        near = [c for c in comparisons if not c.conflicts and not c.gaps and c.coverage >= floor]
        return _follow_dispute(check, close, near, reading, index, comparisons)
    if not contradicting and (advised := recommended_not_done(claim, reading, comparisons)) is not None:
        item = advised.document.item  # "were already held on time": Ofsted recommended they be
        reason = (
            f"the record recommends that this be done, so it was not already: {own_text(item)!r} [{item.id}]"
        )
        return ClaimCheck(claim, "contradicted", reason, unique(evidence_of(advised, reading)[:2]))
    related = [c for c in comparisons if c.coverage >= RELATED_COVERAGE][:3]
    unknown = _unknown_words(reading, index)
    gapped = [c for c in related if c.gaps and c.date_fits]
    if related and related[0].document.caption_only and not related[0].conflicts and not related[0].gaps:
        reason = "only a photo caption says this, and a caption is not evidence in the record"
    elif unknown:
        reason = f"{NEVER_MENTIONS} {', '.join(repr(w) for w in unknown[:5])}"
    elif gapped or (related and related[0].gaps):
        closest = (gapped or related)[0]
        reason = f"the closest record item, {closest.document.item.id}, does not say: {closest.gaps[0]}"
    elif related and names_another_kind(related[0].document.item, reading, index):
        best = related[0]
        kind = kind_of(best.document.item, index)
        reason = (
            f"no record item states this; the closest, {best.document.item.id}, is dated by the {kind}, "
            "and the claim speaks of another event: one's date is not the other's"
        )
    elif related:
        best = related[0]
        missing = ", ".join(_readable(term, reading) for term in best.missing[:4])
        says = f"says nothing of {missing}" if missing else "does not state it"
        reason = f"no record item states this; the closest, {best.document.item.id}, {says}"
    else:
        reason = "no record item speaks to this claim"
    found = not_found(claim, reason, _related(related, reading))
    return _with(found, note, reason, ()) if (note := _disputed_near(related, reading, index)) else found


def _order_reversed(claim: str, best: Comparison, reading: Reading) -> ClaimCheck | None:
    """The best-matched item puts the claim's thing the other way round in time ("after", where the
    claim says "before"): it denies what it would otherwise support."""
    item = best.document.item
    found = reversed_order(claim, [own_text(item), *(citation.quote for citation in item.citations)])
    if found is None:
        return None
    claimed, said = found
    reason = f"the record says {said!r} where the claim says {claimed!r}: {own_text(item)!r} [{item.id}]"
    return ClaimCheck(claim, "contradicted", reason, unique(evidence_of(best, reading)[:2]))


def _named_holder(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """The reader of unnamed holders, loaded only for a claim that speaks of naming: it matches with
    the question side's ranking."""
    from trafford_timeline.claims.unnamed_holder import NAMING, check_named_holder

    return check_named_holder(claim, index) if NAMING.search(fold(claim)) else None


def check_claim(claim: str, index: ClaimIndex) -> ClaimCheck:
    """The verdict on one claim, with the explanation and the evidence that decide it.

    A claim that joins statements ("stable, with low turnover") and that no single record item
    supports is checked part by part: any part contradicted or disputed decides; all parts
    supported support it; otherwise it is not found.
    """
    if (hedged := check_hedged(claim, index, check_claim)) is not None:
        return hedged  # "as I understand it, X": X
    if (denied_whole := check_denied_statement(claim, index, check_claim)) is not None:
        return denied_whole  # "it is not the case that X": X's verdict, turned over
    checked = _check_claim(claim, index)
    if checked.verdict == "contradicted" and (apart := _own_counts(claim, index)) is not None:
        return apart  # "A was downgraded by two grades while B fell three": each count is its subject's
    if checked.verdict != "contradicted" and (named := _named_holder(claim, index)) is not None:
        return named  # "the notice named the adviser": the record says the adviser goes unnamed
    if checked.verdict != "contradicted" and (denied := denied_membership(claim, index)) is not None:
        return denied
    if checked.verdict == "not_found" and (framed := check_framed(claim, index, check_claim)) is not None:
        return framed  # "officers told members X": X, as the meeting heard it
    if checked.verdict == "not_found" and (reason := given_cause(claim, GIVEN, index)) is not None:
        again = _check_claim(reason, index)  # "blamed high staff churn for the decline": churn was high
        if again.verdict == "contradicted":
            explained = f"{again.explanation}; the claim takes {reason!r} as given"
            return ClaimCheck(claim, "contradicted", explained, again.evidence)
    if checked.verdict == "not_found" and (cut := without_restriction(claim)) is not None:
        rest, clause = cut  # "Ofsted sets the indicators councils must use": it sets none at all
        again = _check_claim(rest, index)
        if again.verdict == "contradicted" and again.explanation.startswith(_OPPOSITE[0]):
            reason = f"{again.explanation}; the clause {clause!r} only says which ones"
            return ClaimCheck(claim, "contradicted", reason, again.evidence)
    if checked.verdict == "not_found" and (circumstance := without_circumstance(claim)) is not None:
        rest, clause, timed = circumstance  # "took office in May 2019, just as the report came out"
        again = _check_claim(rest, index)
        if again.verdict == "contradicted" and (read_text(rest, index.glossary).dates or not timed):
            reason = f"{again.explanation}; the clause {clause!r} only says {_CIRCUMSTANCE[timed]}"
            return ClaimCheck(claim, "contradicted", reason, again.evidence)
    if checked.verdict == "not_found" and (at_event := held_at_event(claim, index, _check_claim)) is not None:
        return at_event  # "was council leader when the report came out": the post, reported that month
    if checked.verdict == "not_found" and (held := as_holding(claim)) is not None:
        again = _check_claim(held, index)  # "had run the council as interim chief executive since ..."
        if again.verdict == "contradicted":
            return ClaimCheck(claim, "contradicted", f"{again.explanation}; read as {held!r}", again.evidence)
    if checked.verdict == "not_found" and (as_post := as_post_named(claim)) is not None:
        again = _check_claim(as_post, index)  # "held the post of deputy leader": was deputy leader
        if again.verdict in ("supported", "contradicted"):
            return replace(again, claim=claim, explanation=f"{again.explanation}; read as {as_post!r}")
    if checked.verdict == "not_found" and (post := without_state_noun(claim)) is not None:
        again = _check_claim(post, index)  # "the interim chief executive arrangement began in May 2018"
        if again.verdict == "contradicted":
            return ClaimCheck(claim, "contradicted", f"{again.explanation}; read as {post!r}", again.evidence)
    if checked.verdict != "contradicted" and (denied := _alternative_said(claim, index)) is not None:
        return denied
    deciding = [e for e in checked.evidence if e.id == checked.evidence[0].id] if checked.evidence else []
    if checked.verdict == "supported" and (reported := _reported_otherwise(claim, index)) is not None:
        return reported  # "leaders told inspectors services were inadequate": they said good
    if checked.verdict in ("supported", "not_found") and (happens := _said_to_happen(claim, index)):
        return happens  # "oversight was absent": the record says it takes place, though poorly
    if checked.verdict == "supported" and deciding and (other := _decided_by_another(claim, deciding, index)):
        return other  # "until the council decides": the item's clause gives the decision to the DfE
    if checked.verdict == "supported" and (request := only_requested(fold(claim), deciding)):
        reason = f"the record says only that this was asked for ({request!r}), not that it was done"
        return not_found(claim, reason, checked.evidence)
    if checked.verdict == "supported" and (quoted := unused_quoted_word(claim, index.vocabulary)):
        return not_found(claim, f"the record never uses the quoted word {quoted!r}", checked.evidence)
    if (extra := unstated_extra(claim, checked, index)) is not None:
        return extra  # "did not decline", "one of five councils", "favoured X over Y", "was invited to"
    return _judged_otherwise(checked, index) if says_otherwise(fold(checked.claim)) else checked


_OPPOSITE = ("the record says the opposite", "the claim says the opposite")


REPORT_ITEMS = 8
"""How many of the best-matched items are read for what the claim's sayer reported."""
T = TypeVar("T")


def _reported_otherwise(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """Contradicted where one of the items best matched to a claim of what someone reported has the
    same sayer report another grade of the same thing (`reported_grade`)."""
    if not reports_saying(claim):
        return None
    found = _in_best_items(
        claim, index, lambda texts: reported_otherwise(claim, texts, index.glossary, index.vocabulary)
    )
    if found is None:
        return None
    (claimed, said), item, evidence = found
    reason = f"the record has this reported as {said!r}, not {claimed!r}: {own_text(item)!r} [{item.id}]"
    return ClaimCheck(claim, "contradicted", reason, evidence)


def _in_best_items(
    claim: str, index: ClaimIndex, read: Callable[[list[str]], T | None]
) -> tuple[T, Event | Fact, tuple[Evidence, ...]] | None:
    """What `read` finds in the texts (own text and quotes) of one of the items best matched to a claim,
    the first that has it, with that item and its evidence."""
    reading = read_text(claim, index.glossary, index.vocabulary)
    for match in candidates(reading, index, claim)[:REPORT_ITEMS]:
        item = match.document.item
        if (found := read([own_text(item), *(citation.quote for citation in item.citations)])) is not None:
            return found, item, unique(evidence_of(match, reading)[:2])
    return None


def _own_counts(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """Each side of a claim whose two subjects have their own counts of steps (`own_counts`), checked
    alone: supported where both are; None where either is not decided."""
    if (sides := counts_apart(claim)) is None:
        return None
    checks = [check_claim(side, index) for side in sides]
    if any(check.verdict != "supported" for check in checks):
        return None
    return _all_supported(claim, checks)


def _said_to_happen(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """Contradicted where one of the items best matched to a claim that something is absent says it
    takes place (`said_to_happen`)."""
    if not (absent := absent_things(claim)):
        return None
    if (found := _in_best_items(claim, index, lambda texts: said_to_happen(absent, texts))) is None:
        return None
    happens, item, evidence = found
    reason = f"the record says this takes place: {happens!r} [{item.id}]"
    return ClaimCheck(claim, "contradicted", reason, evidence)


def _decided_by_another(claim: str, deciding: Sequence[Evidence], index: ClaimIndex) -> ClaimCheck | None:
    """Contradicted where the deciding item's `until` or `unless` clause gives the claim's decision to
    another doer (`subordinate_doer`)."""
    if deciding[0].id not in index.numbers:
        return None
    item = index.document_of(deciding[0].id).item
    texts = [own_text(item), *(citation.quote for citation in item.citations)]
    found = other_decider(claim, texts, index.glossary, index.vocabulary)
    if found is None:
        return None
    claimed, said = found
    reason = f"the record gives this to {said!r}, not to {claimed!r}: {own_text(item)!r} [{item.id}]"
    return ClaimCheck(claim, "contradicted", reason, tuple(deciding))


def _alternative_said(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """A claim that denies an alternative the record states ("blamed frontline staff rather than
    leadership", where the record blames leadership) is contradicted, unless the record states
    the claim's own choice too."""
    if (pair := contrasted(claim)) is None:
        return None
    alternative, own = pair
    said = check_claim(alternative, index)
    if said.verdict != "supported" or check_claim(own, index).verdict == "supported":
        return None
    reason = f"the claim denies what the record says: {alternative!r}: {said.explanation}"
    return ClaimCheck(claim, "contradicted", reason, said.evidence)


def _judged_otherwise(checked: ClaimCheck, index: ClaimIndex) -> ClaimCheck:
    """A claim of what would have happened otherwise ("without the inspection, nobody would have
    known") is decided only by an item that says what would have happened, and by whether each
    denies it; an item that says only what did happen ("inspectors found weaknesses the council did
    not know of") neither states the claim nor denies it."""
    if checked.verdict == "not_found":
        return _otherwise_opposed(checked.claim, index) or checked  # "would have found them anyway"
    if checked.verdict not in ("supported", "contradicted"):
        return checked
    items = [index.document_of(e.id).item for e in checked.evidence if e.id in index.numbers]
    said = [
        text
        for item in items
        for text in (own_text(item), *(c.quote for c in item.citations))
        if says_otherwise(fold(text))
    ]
    if not said:
        if (opposed := _otherwise_opposed(checked.claim, index)) is not None:
            return opposed
        opposed_by_what_did = checked.verdict == "contradicted" and checked.explanation.startswith(_OPPOSITE)
        if opposed_by_what_did and (same := _otherwise_same(checked.claim, index)) is not None:
            return same  # the item saying what would have happened decides
        reason = "the claim says what would have happened otherwise, and no record item it matches says that"
        return not_found(checked.claim, reason, checked.evidence)
    if denies_otherwise(fold(checked.claim)) == denies_otherwise(fold(said[0])):
        if checked.verdict == "contradicted" and checked.explanation.startswith(_OPPOSITE):
            # "but for the inspection, ... would not have": a condition's denial the words do not
            # show is no opposite where both say the same would not have happened
            reason = f"the record says the same of what would have happened: {said[0]!r}"
            return ClaimCheck(checked.claim, "supported", reason, checked.evidence[:1])
        return checked
    reason = f"the record says the opposite of what would have happened: {said[0]!r}"
    return ClaimCheck(checked.claim, "contradicted", reason, checked.evidence[:1])


OTHERWISE_ITEMS = 8
"""How many of the best-matched items are read for what they say would have happened otherwise."""
OTHERWISE_COVERAGE = 0.5
"""How well such an item must match the claim: half its weight, since the claim's way of saying what
would have happened (`spotted and fixed`) is seldom the item's (`recognised`, `action taken`)."""


OTHERWISE_SAME_COVERAGE = 0.7
"""How well an item saying the same of what would have happened must match a claim to support it, where
the claim was opposed only by an item saying what did happen: most of its weight, not half."""


def _otherwise_same(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """Supported where one of the items best matched to a claim of what would have happened otherwise,
    matched for most of its weight, denies it as the claim does ("would never have been spotted"
    against "would not have been recognised"); None where none does."""
    reading = read_text(claim, index.glossary, index.vocabulary)
    if not denies_otherwise(fold(claim)):
        return None
    for match in candidates(reading, index, claim)[:OTHERWISE_ITEMS]:
        said = own_text(match.document.item)
        if match.coverage >= OTHERWISE_SAME_COVERAGE and denies_otherwise(fold(said)):
            reason = f"the record says the same of what would have happened: {said!r}"
            return ClaimCheck(claim, "supported", reason, unique(evidence_of(match, reading)[:2]))
    return None


def _otherwise_opposed(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """Contradicted where one of the items best matched to a claim of what would have happened otherwise,
    itself well matched, says what would have happened the other way ("would have spotted them anyway"
    against "would not have been recognised"); None where none does. Only a side that plainly denies or
    plainly affirms it counts, and an item that says the same way, in words the claim shares only in
    part, is not taken to support it here (`_otherwise_same` asks for most of the claim's weight)."""
    reading = read_text(claim, index.glossary, index.vocabulary)
    for match in candidates(reading, index, claim)[:OTHERWISE_ITEMS]:
        item = match.document.item
        if match.coverage < OTHERWISE_COVERAGE or not says_otherwise(fold(own_text(item))):
            continue
        said = fold(own_text(item))
        if not (affirms_otherwise(fold(claim)) and denies_otherwise(said)) and not (
            denies_otherwise(fold(claim)) and affirms_otherwise(said)
        ):
            return None
        reason = f"the record says the opposite of what would have happened: {own_text(item)!r} [{item.id}]"
        return ClaimCheck(claim, "contradicted", reason, unique(evidence_of(match, reading)[:2]))
    return None


def _check_claim(claim: str, index: ClaimIndex) -> ClaimCheck:
    text = " ".join(claim.split())
    plain = _since(_deadlines(_first_person(_spoken(half_years(_without_decoration(text)), index))))
    plain = with_month_named(plain)  # "..., and the notice came that same month": the month named before
    plain = relative_grades(_without_commentary(plain, index))
    parts = split_parts(plain, index)
    whole = _check_one(_without_label(plain, index), index, joined=2 <= len(parts) <= MAX_PARTS)
    whole = ClaimCheck(text, whole.verdict, whole.explanation, whole.evidence, whole.related, whole.conflict)
    if not 2 <= len(parts) <= MAX_PARTS:
        return whole
    if whole.verdict == "supported" and whole.conflict is None:
        if _yearless(text, index):  # "the inspection was in March, and Ofsted rated it good": which one?
            checks = [_check_one(part, index) for part in parts]
            if all(check.verdict == "supported" for check in checks):
                return _one_occasion(text, parts, checks, index) or whole
        return whole
    if whole.verdict == "contradicted" and whole.explanation.startswith(INDEPENDENT_CHAIR_SAID):
        return whole  # "..., with the council leader in the chair": the chair of the body the claim names
    if whole.verdict == "contradicted" and whole.conflict is None and dated_from_before(plain):
        # "rated good in 2015. Four years on, inadequate": the first date is not the second part's
        checks = [_check_one(part, index) for part in parts]
        if (by_parts := _by_parts(text, parts, checks, index)) is not None:
            return by_parts
        number, unsettled = next((n, c) for n, c in enumerate(checks, start=1) if c.verdict != "supported")
        return ClaimCheck(text, "not_found", f"part {number}: {unsettled.explanation}", unsettled.evidence)
    if whole.verdict == "contradicted" and whole.conflict is None:
        # the date of one part set against the item of another ("started in February and called the
        # report stark") is no contradiction where each part, read alone, is supported
        checks = [_check_one(part, index) for part in parts]
        if all(check.verdict == "supported" for check in checks):
            return _one_occasion(text, parts, checks, index) or _all_supported(text, checks)
        return whole
    if whole.verdict != "not_found" or whole.explanation == YEARS_APART:
        return whole  # "rated inadequate overall but kept its leadership outstanding" is one inspection
    checks = [_check_one(part, index) for part in parts]
    return _by_parts(text, parts, checks, index) or whole


def _by_parts(text: str, parts: list[str], checks: list[ClaimCheck], index: ClaimIndex) -> ClaimCheck | None:
    """A compound claim's verdict from its parts': a part contradicted (or disputed) is the claim's;
    every part supported supports it; otherwise None, as no part settles it."""
    for wanted in ("contradicted", "disputed"):
        for number, check in enumerate(checks, start=1):
            if check.verdict == wanted:
                return ClaimCheck(
                    text, check.verdict, f"part {number}: {check.explanation}", check.evidence,
                    conflict=check.conflict,
                )  # fmt: skip
    if all(check.verdict == "supported" for check in checks):
        return _one_occasion(text, parts, checks, index) or _all_supported(text, checks)
    return None


def _yearless(text: str, index: ClaimIndex) -> bool:
    """Whether a claim gives no year, so that its parts may be read of different years."""
    return not any(mention.span is not None for mention in read_text(text, index.glossary).dates)


def _one_occasion(
    text: str, parts: Sequence[str], checks: list[ClaimCheck], index: ClaimIndex
) -> ClaimCheck | None:
    """For a claim whose every part is supported and which gives no year, where its parts hold of two
    occasions of one recurring kind (`one_occasion`): contradicted where a part read in the other's
    year is, else not found; None where the parts may hold of one occasion."""
    apart = occasions_apart(parts, checks, index) if _yearless(text, index) else None
    if apart is None:
        return None
    for number, anchored, year in apart:
        again = _check_one(anchored, index)
        if again.verdict == "contradicted":
            reason = f"part {number} read in {year}, the other part's year: {again.explanation}"
            return ClaimCheck(text, "contradicted", reason, again.evidence, conflict=again.conflict)
    years = " and ".join(str(year) for _, _, year in apart)
    reason = f"the parts hold of different occasions ({years}), and the record says neither of one"
    return not_found(text, reason, [e for check in checks for e in check.evidence[:1]])


def _all_supported(text: str, checks: list[ClaimCheck]) -> ClaimCheck:
    """A claim whose every part is supported, with each part's explanation and evidence."""
    explanation = "; ".join(f"part {n}: {c.explanation}" for n, c in enumerate(checks, start=1))
    evidence = [item for check in checks for item in check.evidence[:2]]
    notes = [check.conflict for check in checks if check.conflict is not None]
    return ClaimCheck(text, "supported", explanation, unique(evidence), conflict=next(iter(notes), None))


def _check_one(text: str, index: ClaimIndex, *, joined: bool = False) -> ClaimCheck:
    """One statement's verdict; a `joined` text (several statements) leaves durations and
    relations to its parts, since "spent a week there, and the report came in May" is not the
    report taking a week."""
    reading = read_text(text, index.glossary, index.vocabulary, correct=True)
    check = _check_reading(text, reading, index, joined=joined)
    if check.verdict == "not_found" and check.explanation.startswith(NEVER_MENTIONS):
        for other, settles in unknown_readings(reading, text, index):
            again = _check_reading(text, other, index, joined=joined)
            if again.verdict in settles:
                check = again
                break
        if check.verdict == "not_found" and (post := check_post_qualifier(text, reading, index)) is not None:
            return post  # "the transport secretary": the record's secretary is the education secretary
    if check.verdict in ("not_found", "supported") and (
        opposed := check_appraisal(text, fold(text), reading, index)
    ):
        return opposed  # "Inspectors commended the MARAT": the record's findings on it are weaknesses
    if check.verdict == "not_found" and (plain := without_judgement(text, index)) is not None:
        rest, polarity = plain  # "Ofsted criticised the audits": the audits, and a weakness
        again = _check_one(rest, index, joined=joined)
        if again.verdict == "supported" and judged_alike(polarity, again, index):
            said = "a strength" if polarity.polarity == PRAISE else "a weakness"
            reason = f"{again.explanation}; the record finds it {said}, as the claim's judgement says"
            return ClaimCheck(text, "supported", reason, again.evidence, again.related, again.conflict)
    if check.verdict == "not_found" and (caused := check_stated_cause(text, index, _check_one)) is not None:
        return caused  # "blamed the decline on high staff churn": the record finds turnover low
    return check


def _check_reading(text: str, reading: Reading, index: ClaimIndex, *, joined: bool = False) -> ClaimCheck:
    """One statement's verdict from one reading of it."""
    if not reading.terms and not reading.dates and not reading.quantities:
        return not_found(text, "the claim has no words the record could speak to")
    titled = check_titles(text, index) or check_chair(text, reading, index)
    if titled is not None:
        return titled
    duration = None if joined else read_duration(text)
    if duration is not None:
        lasted = check_duration(text, duration, index)
        if lasted is not None and lasted.verdict == "supported" and (duration.rest or duration.then):
            # "the five-day inspection found failings", "lasted five days and was led by ..."
            rest = _check_one(duration.rest or duration.then, index)
            if rest.verdict != "supported":
                return ClaimCheck(
                    text, rest.verdict, rest.explanation, rest.evidence, rest.related, rest.conflict
                )
            explanation = f"{lasted.explanation}; {rest.explanation}"
            return ClaimCheck(text, "supported", explanation, unique([*lasted.evidence, *rest.evidence]))
        if lasted is not None:
            return lasted
    planned = None if joined else check_planned_within(text, index)
    if planned is not None:
        return planned  # "Ofsted won't be back for at least a year": against the length the plan states
    relation = read_relation(text)
    relation = None if relation is not None and joined and not relation.one_clause else relation
    if relation is not None:
        related = check_relation(text, relation, index)
        if related is not None:
            return related
    area_changed = read_area_change(text, reading, index)  # "leadership improved between 2015 and 2019"
    if area_changed is not None and not _rating_leftover(text, reading, index):
        return check_change(text, area_changed, reading, index)
    if (moved := check_grade_move(text, reading, index)) is not None:
        return moved  # "Ofsted upgrades Trafford's children's services": against the ratings, not the words
    if reading.grades or reading.rated or reading.areas:
        if (bare := without_span(text)) is not None and _changes_grade(text, reading):
            return check_rating_span(text, _check_one(bare, index), index)  # "... in just two years"
        if (
            whole := with_rating_words(with_elided_grades(without_skipped_grade(text, index)), index)
        ) != text:
            return _check_one(whole, index)  # "from the top grade to the bottom one", "its 'good' crown"
        if (apart := check_denial_then_grade(text, index, _check_one)) is not None:
            return apart  # "the rating didn't fall - Ofsted still says good": the grade is affirmed
        if (denied := check_denied_grade(text, index, _check_one)) is not None:
            return denied  # "escaped an inadequate grade, being judged ...": not that grade, and the other
        if (corrected := check_corrected_grade(text, index, _check_one)) is not None:
            return corrected  # "was 'requires improvement', not inadequate": both grades of one year
        if (ranked := check_ranked_grade(text, index, _check_one)) is not None:
            return ranked  # "the first council to be rated inadequate for ...": the grade is wrong
        if (latest := check_latest_mention(text, index, _check_one)) is not None:
            return latest  # "despite the poor verdict": the rating that stands
        if (conceded := check_conceded_grade(text, index, _check_one)) is not None:
            return conceded  # "despite the failings, morale is good": the rating that stands, and the rest
        if (labelled := check_graded_label(text, index, _check_one)) is not None:
            return labelled  # "the day Ofsted's inadequate verdict was made public": that rating, and the day
        if (leads_with_dated_event(text) or sets_a_rating_apart(text)) and (
            parted := check_rating_parts(text, index, _check_one)
        ):
            return parted  # "inspected on 4-8 March, the report rated ...": the date is the inspection's
        leftover = _rating_leftover(text, reading, index)
        change = read_change(fold(text), reading) if not leftover else None
        if change is not None:
            return check_change(text, change, reading, index)
        if not leftover and reading.grades and dates_fit_ratings(reading, index):
            return check_rating(text, reading, index)
        if reading.rated and reading.grades:
            general = _check_general(text, reading, index)
            if general.verdict != "not_found":
                return general
            parted = check_rating_parts(text, index, _check_one)  # a rating beside a finding or event
            if parted is not None:
                return parted
            if (amid := rating_amid_words(text, reading, leftover, index, check_rating)) is not None:
                return amid  # "the 2019 verdict left services rated 'requires improvement' overall"
            if blocked_elsewhere(general, index):
                return general  # "the audits were judged poor": a finding, not a rating the record lacks
            rated = ", ".join(sorted({area_label(area) for _, area in index.ratings}))
            words = ", ".join(repr(_readable(term, reading)) for term in leftover[:3])
            return not_found(text, f"the record holds Ofsted ratings only for {rated}; nothing rates {words}")
        graded = _graded_statements(text, index) if reading.grades and not reading.rated else []
        if graded and _check_general(text, reading, index).verdict == "not_found":
            wrong = [
                check
                for check in (_check_one(part, index) for part in graded)
                if check.verdict == "contradicted"
            ]
            if wrong:  # "Its 2015 inspection? 'Requires improvement' overall.": no year had that grade
                return ClaimCheck(text, "contradicted", wrong[0].explanation, wrong[0].evidence)
    attributed = check_attribution(text, reading, index)
    if attributed is not None:
        return attributed
    identity = check_identity(text, reading, index)
    if identity is not None:
        return identity
    general = _check_general(text, reading, index, joined=joined)
    if general.verdict == "not_found" and (another := particular_words_of_another(text, reading, index)):
        return another
    if general.verdict == "not_found" and (behalf := check_on_behalf(text, reading, index)):
        return behalf
    if relation is not None and general.verdict == "supported" and _one_side_only(relation, general, index):
        item = general.evidence[0].id
        reason = f"{item} says the one, but the record does not place it {relation.said} {relation.second}"
        return not_found(text, reason, general.evidence)
    return general


def _graded_statements(text: str, index: ClaimIndex) -> list[str]:
    """The statements that give a grade, where a claim is several: each is a rating said alone."""
    statements = split_statements(text)
    if len(statements) < 2:
        return []
    return [part for part in statements if read_text(part, index.glossary, index.vocabulary).grades]


CAUSE = "concept:cause"
_DOWN_TO = re.compile(r"\bdown to\s+((?:\S+\s+){0,2}\S+)", re.IGNORECASE)


def _changes_grade(text: str, reading: Reading) -> bool:
    """Whether a claim speaks of a change between two ratings: two grades, or a change of one
    (`fell to inadequate`), so that a length it gives is how long the change took."""
    return len(set(reading.grades)) > 1 or read_change(fold(text), reading) is not None


def _falls_to_a_grade(text: str, index: ClaimIndex) -> bool:
    """Whether `down to` leads from one grade to another ("went from outstanding all the way down to
    inadequate"): a fall to that grade, not the cause that `down to` names elsewhere ("the decline
    was down to inadequate leadership", with no grade before it to fall from)."""
    for match in _DOWN_TO.finditer(text):
        after = read_text(match[1], index.glossary, index.vocabulary).terms
        before = read_text(text[: match.start()], index.glossary, index.vocabulary).terms
        if after and after[0].startswith(GRADE_PREFIX) and any(t.startswith(GRADE_PREFIX) for t in before):
            return True
    return False


def _one_side_only(relation: Relation, general: ClaimCheck, index: ClaimIndex) -> bool:
    """Whether the event supporting a claim of two things in time ("appointed before the plan went to
    Ofsted") says nothing of the second: the dates could not settle it, and the first alone is not
    the claim. An item that speaks of both ("six visits before a final inspection") may still say it,
    and so may a finding, which tells how things stood when the inspectors came. The evidence may open
    with the quotes of a recorded conflict, which is no item: the first item's is read."""
    items = [evidence.id for evidence in general.evidence if evidence.id in index.numbers]
    if not items:
        return False
    document = index.document_of(items[0])
    if not isinstance(document.item, Event):
        return False
    other = read_text(relation.second, index.glossary, index.vocabulary)
    said = [term for term in other.distinct_terms if term not in index.glossary.implied]
    return bool(said) and sum(term in document.bag for term in said) * 2 < len(said)


def _rating_leftover(text: str, reading: Reading, index: ClaimIndex) -> list[str]:
    """A claim's terms outside its grades, areas and the words any rating claim uses."""
    context = index.glossary.rating_context
    falls = _falls_to_a_grade(text, index)
    return [
        t
        for t in reading.terms
        if not t.startswith((GRADE_PREFIX, AREA_PREFIX))
        and t not in context
        and t not in NUMBER_WORDS
        and not (falls and t == CAUSE)
    ]
