"""One claim against one record item, field by field: terms, dates, quantities, grades, negation.

`candidates` finds the items that share a claim's terms and compares each; the checker then
decides from the best-matched ones. Each difference is said in the user's terms.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from trafford_timeline.claims.act_agent import acts_after, wrong_agent
from trafford_timeline.claims.act_unstated import act_unstated
from trafford_timeline.claims.aims import said_only_as_aim
from trafford_timeline.claims.body_names import (
    BodyName,
    body_names,
    capitalised_throughout,
    chair_unsaid,
    holds_name,
)
from trafford_timeline.claims.concept_stand_in import written_by_item
from trafford_timeline.claims.described_role import described_role_terms
from trafford_timeline.claims.figure_act import act_before
from trafford_timeline.claims.holder_status import (
    item_texts,
    status_against,
    status_of_another_time,
    statuses,
)
from trafford_timeline.claims.index import ACTING_BODIES as BODIES
from trafford_timeline.claims.index import (
    POOL_TERM_LIMIT,
    START,
    ClaimIndex,
    Document,
    own_text,
    same_quote,
    weight,
    year_unrecorded,
)
from trafford_timeline.claims.language import STOPWORDS, fold, stem
from trafford_timeline.claims.lasting import kept_against_change, kept_state, whole_period_unsaid
from trafford_timeline.claims.mentions import DateMention, find_dates
from trafford_timeline.claims.negation import closest_clauses, judge, judge_by_parts, read_clauses
from trafford_timeline.claims.opposites import TIME_ORDER, opposite_said
from trafford_timeline.claims.permitted_only import only_permitted
from trafford_timeline.claims.plural_post import said_in_plural
from trafford_timeline.claims.pole_companions import excused_companions
from trafford_timeline.claims.purpose_clause import said_only_as_purpose
from trafford_timeline.claims.qualifier import other_qualifier
from trafford_timeline.claims.qualities import judged_quality
from trafford_timeline.claims.quantities import Quantity, agrees, sole_count
from trafford_timeline.claims.reading import GRADE_PREFIX, Reading, read_text
from trafford_timeline.claims.selecting_bound import inside_bound, selecting_bounds
from trafford_timeline.claims.sentences import Filled, fill_from_sentence
from trafford_timeline.claims.singled_out import singled_out
from trafford_timeline.claims.sole_doer import other_doer_allowed, sole_doer
from trafford_timeline.claims.span_start import (
    another_post_dated,
    said_as_deadline,
    said_as_start,
    said_in_condition,
)
from trafford_timeline.claims.thesaurus import stand_ins, synonyms
from trafford_timeline.claims.undone import made_instead, undone_things
from trafford_timeline.claims.unknown_words import MAX_SENSES
from trafford_timeline.claims.verdicts import Evidence, cite
from trafford_timeline.dates import DateSpan, format_span, parse_record_date
from trafford_timeline.ratings import GRADE_LABELS
from trafford_timeline.record.model import Event, Fact, RatingFact, RoleFact

CANDIDATES = 12
RECOMMEND = "concept:recommend"
MAX_FIELDS = 24
"""A claim is compared on at most this many dates and as many quantities: a pasted page still answers."""


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
    denies: bool = False
    """The closest clause of the item negates something (`a lack of effective oversight`): on a tie,
    an item that states the claim plainly is the better evidence."""
    date_fits: bool = False
    """One of the claim's dates matches or overlaps the item's date."""
    clause_coverage: float = 0.0
    """The most of the claim's weight one clause of the item carries: "Greater Manchester Police
    chaired the board" is not said by "a board led by an independent chair, in which the police ..."."""
    unstated_figure: bool = False
    """The claim gives a number or a frequency the item does not state at all: `the DfE's first
    six-monthly review` is not the committee's review of the front door, whatever its date."""
    dated_conflicts: int = 0
    """How many of `conflicts` are of the date alone."""
    tense_differs: bool = False
    """The claim says it happened; the item, that it was to happen: its date is not the event's."""
    figure_conflict: bool = False
    """The claim gives another frequency than the item (`quarterly`, `every six months`): a value so
    particular that a looser match on the other words still decides."""
    reworded: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Words the record never uses, each with another word for it that the item says, and the
    item's term (`head`: `lead`, read as chairing)."""
    reworded_coverage: float = 0.0
    reworded_clause_coverage: float = 0.0
    """`coverage` and `clause_coverage` with the `reworded` words counted: enough to support a claim,
    never to contradict one, since another word for a thing is weaker evidence than its own word."""
    filled: Filled | None = None
    """The claim's words only the whole sentence around one of the item's quotes says, counted in
    `reworded_coverage` as another word is (`sentences.py`)."""
    another_actor: bool = False
    """The item's own text opens with another body doing the claim's act (`The DfE issues ...`)."""
    unrecorded_year: bool = False
    """The claim dates this kind of thing (an inspection, a finding, a rating) to a year the record
    holds none from: the item is another inspection's, so its opposite says nothing of that year
    (`judged adequate in 2010` is not denied by the 2019 report's `inadequate`)."""
    ungraded: list[str] = field(default_factory=list)
    """The claim's grades or qualities the item gives nothing (`good`, where it says only that no
    robust action was taken): each one of `gaps`, which another item of the passage may say."""


_last_weights: list[tuple[Reading, ClaimIndex, dict[str, float]]] = []
"""The last claim's weights: `compare` asks for them once per candidate (200 of them), each time
walking every person in the record (hundreds at 100,000 events), for the same claim and index."""


def term_weights(claim: Reading, index: ClaimIndex) -> dict[str, float]:
    """Each term's weight, a person's names counting once: "Damian Hinds visited" is two things
    (who, and what he did), so the name must not outweigh the verb."""
    if _last_weights and _last_weights[0][0] is claim and _last_weights[0][1] is index:
        return dict(_last_weights[0][2])
    weights = _term_weights(claim, index)
    _last_weights[:] = [(claim, index, weights)]
    return dict(weights)


def _term_weights(claim: Reading, index: ClaimIndex) -> dict[str, float]:
    weights = {term: weight(index, term) for term in claim.distinct_terms}
    for person in index.people:
        if len(person.name) > 1 and person.name <= weights.keys():
            share = max(weights[term] for term in person.name) / len(person.name)
            weights.update(dict.fromkeys(person.name, share))
    return weights


def describe_dates(spans: Sequence[DateSpan]) -> str:
    return ", ".join(dict.fromkeys(format_span(span) for span in spans))


def _another_role(claim: Reading, document: Document, index: ClaimIndex) -> bool:
    """Whether a claim that someone took up a post meets an item that does not say when it began:
    the date the deputy leader took on a cabinet post is not when she became deputy leader."""
    terms = set(claim.terms)
    if START not in terms or START in document.bag or not terms & index.glossary.actors:
        return False
    item = document.item
    if not isinstance(item, RoleFact):
        return True
    role = set(read_text(item.role, index.glossary, index.vocabulary).terms)
    return bool(role) and not role <= terms


_WHEN = re.compile(r"\b(?:in|on|during|by|around)\s+(?:early\s+|mid-?\s*|late\s+)?$")
"""`joined in March 2019`: a date said as when the claim's own thing happened, not a date naming another
thing (`the March 2019 inspection`)."""


def _said_as_when(mention: DateMention, text: str) -> bool:
    return bool(text) and _WHEN.search(text[max(0, mention.start - 16) : mention.start]) is not None


def _finer_date(document: Document) -> DateSpan | None:
    """The item's own date where it is finer than its event's (a fact dated to February, of an event
    dated "February to 3 March"): what the item itself says of when."""
    item = document.item
    event_date = getattr(document.item, "event", None) and len(document.dates) > 1
    own_date = getattr(item, "date", None)
    if isinstance(item, Event) or not own_date or not event_date:
        return None
    own, event = document.dates[0], document.dates[1]
    inside = event.first <= own.first and own.last <= event.last
    return own if inside and own != event else None


def _compare_dates(
    claim: Reading, document: Document, result: Comparison, index: ClaimIndex, text: str = ""
) -> None:
    selecting = selecting_bounds(claim.dates)  # `before 2015, in 2011`: the bound picks the event
    bounded = any(mention.bound for mention in claim.dates)
    own = document.dates[0] if document.dates else None
    if own is not None and (outside := [m for m in selecting if not inside_bound(m, own)]):
        # another of the series than the one the bound picks: its date is not the claim's thing's
        picked = f"{outside[0].bound} {outside[0].text}"
        result.gaps.append(f"the claim speaks of the one {picked}; this item is of {format_span(own)}")
        return
    closed = own is not None and "open" not in (own.first_precision, own.last_precision)
    agreed = False
    named: list[tuple[str, str]] = []
    conflicts = result.conflicts
    result.conflicts = []
    for mention in claim.dates[:MAX_FIELDS]:
        said = format_span(mention.span) if mention.span is not None else mention.text
        if mention in selecting:
            continue
        if mention.bound is not None and mention.span is not None and document.dates:
            _compare_bound(mention, mention.span, document, result)
        elif not document.dates:
            result.gaps.append(f"the record gives no date for this (the claim says {said})")
        elif fitting := [s for s in document.dates if mention.covers(s) or _inside_days(mention, s)]:
            if all(_some_of_the_days(mention, span) for span in fitting):
                result.gaps.append(f"the record dates this to {describe_dates(fitting)}, not all of {said}")
                continue
            if (
                own is not None
                and own not in fitting
                and mention.overlaps(own)
                and _said_as_when(mention, text)
            ):  # "joined in March 2019" of a post taken up "shortly before the March 2019 inspection"
                result.gaps.append(f"the record dates this only to {format_span(own)}, not {said}")
                continue
            result.date_fits = closed and own is not None and mention.overlaps(own)
            agreed = True
            result.agreements.append(
                f"date {said} matches {describe_dates(document.dates)}{_basis(document)}"
            )
        elif (finer := _finer_date(document)) is not None and not mention.overlaps(finer):
            # the item's own month excludes the claim's, however its event's span overlaps it
            result.conflicts.append(f"the claim says {said}; the record says {format_span(finer)}")
        elif any(mention.overlaps(span) for span in document.dates):
            # a date inside the item's (`November 2015` of 2015) may be its date; one that runs past
            # its end (`March 2019` of "February to 3 March 2019") does not fit it; a month without
            # a year (`in February`) may be any year's, so overlapping is fitting
            inside = mention.within(own) if own is not None and mention.span is not None else True
            result.date_fits = closed and own is not None and mention.overlaps(own) and inside
            if _in_source_words(mention, document, index):  # "in February", as the span's source says
                agreed = True
                result.agreements.append(
                    f"date {said} is the source's own wording for {describe_dates(document.dates)}"
                    f"{_basis(document)}"
                )
                continue
            result.gaps.append(f"the record dates this only to {describe_dates(document.dates)}, not {said}")
        elif (
            document.recurring
            and not bounded
            and year_unrecorded(index, mention.span)
            and not singled_out(text, document)  # "the previous inspection", which the item says it is
        ):
            result.unrecorded_year = True
            result.gaps.append(f"the record holds no inspection or report from {said}")
        else:
            dated = index.dated_titles.overlapping(mention.span)
            elsewhere = [title for span, title in dated if mention.covers(span)]
            aside = f" ({said} is when: {elsewhere[0]})" if elsewhere else ""
            said_against = (
                f"the claim says {said}; the record says {describe_dates(document.dates)}"
                f"{_basis(document)}{aside}"
            )
            if _within_period(mention, document):  # "rose by 24% in 2018" of a rise "since 2015"
                result.gaps.append(f"the record gives a period, not a date: {said_against}")
            elif said_as_start(mention, text, own):  # "declined since 2015", said in a 2019 report
                result.gaps.append(
                    f"the claim dates when this began, the record when it was said: {said_against}"
                )
            elif said_in_condition(mention, text):  # "would resign if it had not improved by 2020"
                result.gaps.append(f"the claim dates a condition, not what it says: {said_against}")
            elif elsewhere and said_as_deadline(mention, text, own):  # "implementation due by August 2020",
                # the date of the record's deadline item, set against the notice that set it
                result.gaps.append(f"the claim gives a deadline, the record an earlier date: {said_against}")
            elif another_post_dated(claim, document, index):
                result.gaps.append(f"the record dates another post than the claim's: {said_against}")
            elif _another_role(claim, document, index):
                result.gaps.append(f"the record does not say when this post was taken up: {said_against}")
            elif _found_when_inspected(
                claim,
                document,
                [title for span, title in dated if mention.covers(span) and span.first_precision == "day"],
                index,
            ):
                result.gaps.append(
                    f"the record dates this finding by its report, not its inspection: {said_against}"
                )
            elif named_event := _named_event_on(mention, claim, index):
                named.append((f"{said} is when: {named_event}, which the claim names", said_against))
            elif (act := act_unstated(text, _item_texts(document.item))) is not None:
                result.gaps.append(f"the record has this {act} only as asked for or planned: {said_against}")
            else:
                result.conflicts.append(said_against)
    if agreed:  # "the notice, issued on 23 May 2019, sets an August 2020 deadline"
        result.agreements += [agreement for agreement, _ in named]
    else:
        result.conflicts += [conflict for _, conflict in named]
    if (agreed or result.tense_differs) and result.conflicts:
        # "inspected in March, published in May": a second date is another event's, not an error
        result.gaps += [f"the claim also gives a date this item does not: {c}" for c in result.conflicts]
        result.conflicts = []
    result.dated_conflicts = len(result.conflicts)
    result.conflicts = conflicts + result.conflicts


def _item_texts(item: Event | Fact) -> list[str]:
    """What an item says in words: its own text and its quotes."""
    return [own_text(item), *(citation.quote for citation in item.citations)]


def _found_when_inspected(
    claim: Reading, document: Document, elsewhere: list[str], index: ClaimIndex
) -> bool:
    """Whether a claim dates a finding to exactly the days of an inspection (`elsewhere`, the titles
    of the events on the claim's date that the record dates to days: `since 2015`, the year of an
    inspection dated only to its year, is no inspection's days and is still set against the finding's
    date): a finding takes the date of the report that published it, and the inspection that made it is
    its other date, not a wrong one ("Ofsted's team was on site on 4-8 March" of a finding the 8 May
    report gives). A claim that speaks of the report or its publishing dates that, and is still set
    against the report's date."""
    if document.item.kind != "finding" or set(claim.terms) & EVENT_KIND_TERMS["publication"]:
        return False
    inspecting = EVENT_KIND_TERMS["inspection"]
    return any(
        set(read_text(title, index.glossary, index.vocabulary).terms) & inspecting for title in elsewhere
    )


def _named_event_on(mention: DateMention, claim: Reading, index: ClaimIndex) -> str | None:
    """The title of an event on the claim's date whose title the claim names (at least two of its
    words): "the notice, issued on 23 May 2019, sets August 2020" gives the notice's date too."""
    if mention.span is None:
        return None
    terms = set(claim.terms)
    for span, title in index.dated_titles.overlapping(mention.span):
        if (
            mention.covers(span)
            and len(terms & set(read_text(title, index.glossary, index.vocabulary).terms)) >= 2
        ):
            return title
    return None


def _within_period(mention: DateMention, document: Document) -> bool:
    """Whether the claim's date falls inside the period an item's several dates span."""
    spans = [span for span in document.dates if "open" not in (span.first_precision, span.last_precision)]
    return (
        len(spans) > 1
        and mention.span is not None
        and min(span.first for span in spans) <= mention.span.first
        and mention.span.last <= max(span.last for span in spans)
    )


def _in_source_words(mention: DateMention, document: Document, index: ClaimIndex) -> bool:
    """Whether the claim dates the item in the very words its date was worked out from (`in February`,
    where the record widens that month to the span the other sources allow): the claim says what a
    source says, so the wider span the record keeps does not leave it unstated. Not where the item
    quotes two sides of a recorded conflict: its span is the dispute, and a claim taking one side's
    words is left to the items of that side, which carry the dispute's note."""
    item = document.item
    basis = item.date_basis if isinstance(item, Event) else None
    if basis is None or not basis.wording or _quotes_both_sides(document, index):
        return False
    return fold(mention.text).removeprefix("in ").strip() == fold(basis.wording).removeprefix("in ").strip()


def _quotes_both_sides(document: Document, index: ClaimIndex) -> bool:
    """Whether an item cites quotes of more than one side of a recorded conflict."""
    item = document.item
    return any(
        sum(
            any(same_quote(mine, theirs) for mine in item.citations for theirs in side.citations)
            for side in conflict.sides
        )
        > 1
        for conflict in index.conflicts
    )


def _basis(document: Document) -> str:
    """How the record's date was worked out, where no source states it outright."""
    item = document.item
    basis = item.date_basis if isinstance(item, Event) else None
    if basis is None:
        return ""
    if basis.wording and basis.relative_to:
        try:
            dated = format_span(parse_record_date(basis.relative_to))
        except ValueError:
            dated = basis.relative_to
        return f" (worked out from {basis.wording!r} in a source dated {dated})"
    return f" ({basis.reason.rstrip('.')})"


def _compare_bound(mention: DateMention, bound: DateSpan, document: Document, result: Comparison) -> None:
    """`before 2019`: the item's own date must end before 2019 begins (or begin after it ends)."""
    own = document.dates[0]
    stated = f"{mention.bound} {format_span(bound)}"
    inside = own.last < bound.first if mention.bound == "before" else own.first > bound.last
    outside = own.first >= bound.first if mention.bound == "before" else own.last <= bound.last
    if inside:
        result.date_fits = True
        result.agreements.append(f"{format_span(own)} is {stated}")
    elif outside:
        result.conflicts.append(f"the claim says {stated}; the record says {format_span(own)}")
    else:
        result.gaps.append(f"the record dates this only to {format_span(own)}, so not surely {stated}")


_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _some_of_the_days(mention: DateMention, span: DateSpan) -> bool:
    """Whether the claim gives a run of days ("from 4 to 8 May") and the record dates the thing to one
    day inside them: what took those days is not the thing of that one day (a report published on the
    last of them). A run inside a longer recorded run ("between 1 and 10 March" of 4 to 8 March) still
    fits."""
    days = mention.span
    if days is None and mention.day is not None and mention.last_day is not None:  # `4 to 8 May`
        return span.first == span.last and mention.covers(span)
    return (
        days is not None
        and len(_DAY_NUMBER.findall(mention.text)) >= 2  # written as two days, not `the first week of`
        and days.first_precision == days.last_precision == "day"
        and days.first < days.last
        and span.first == span.last
        and days.first <= span.first <= days.last
    )


def _inside_days(mention: DateMention, span: DateSpan) -> bool:
    return span.first_precision == span.last_precision == "day" and mention.within(span)


_FUTURE = re.compile(
    r"\b(?:will|would|shall|going to|is to|are to|was to|were to|plans? to|planned to|intends? to|"
    r"aims? to|yet to|agreed to|agrees to|promised to|pledged to|proposed|proposes|due to|set to|"
    r"expected to|committed to|commits to|vowed to|undertook to|could|can|may|might|should|must|"
    r"expected|scheduled|planned|due|set for|next steps?|"
    r"to be (?:\w+ed|\w+en|led|run|set up|held|made)|(?:is|are) being \w+(?:ed|en|wn|t))\b|'d\b|'ll\b"
    r"|\bwant(?:s|ed)?(?:\s+[\w']+){0,3}?\s+to\b"
)
"""What is to come: a modal, a plan's verb, what was due or set for a date (`was set for December`)
and what is being arranged (`is being handed the role`), which is not yet done."""
_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|now\s+)?(?:been\s+\w+|had\b|\w+(?:ed|en|wn|t|ne|ung|ade|id|ought|ept)\b)"
    r"|\balready\b|"
    r"\b(?:was|were)\s+\w+(?:ed|en|wn|t)\b|\b(?:went|came|took|held|met|did|happened|occurred|heard|said|told|saw|found|gave|made|got|"
    r"began|became|left|sent|wrote|knew|thought|brought|kept|paid|won|lost|sat|stood|spoke|"
    r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )"
    r"(?!(?:ofsted|need|indeed|hundred|speed|seed|feed|shed|red|bed)\b)\w+ed)\b"
)
"""A claim that says something happened: `has been appointed`, `was appointed`, `went`; not a word
that only ends as a past tense does (`Ofsted`, `need`), nor a participle that describes the noun
after an article (`a dedicated cabinet member`, `the agreed plan`)."""


_SAYING = re.compile(
    r"\b(?:said|says|told|tells|announced|announces|stated|states|promised|promises|pledged|pledges|vowed|"
    r"resolved|resolves|agreed|agrees|insisted|insists|added|adds|explained|explains|"
    r"asked|asks|requested|requests|called for|calls for)\b"
)
"""A verb that reports a saying, a decision or a request: what it reports may be to come (`asked for
an update in October`), the saying is done."""


_LISTING = re.compile(r"\b(?:included|includes|include|comprised|comprises|involved|involves)(?=\s+\w+ing\b)")
"""A verb of what a set holds, before the activity it lists (`the response included hiring ...`): its
tense is the list's, and the activity, in a form without tense, may be one the list plans."""


_TOLD_OF = re.compile(r"\s+(?:of|about|on|by)\b")
"""What follows a saying verb that names what was told of, not what was told (`told of the findings`)."""


def _only_the_saying_done(text: str, said: re.Match[str]) -> bool:
    """Whether the claim says only that something was said or resolved (`were told to expect`,
    `resolved to take an update`): no word of what was done comes before the saying verb or in
    what it reports, so the claim agrees with a record of what was to happen. Being told of or about
    a thing (`told of the findings in July`) is an event itself, not a report of what was to come."""
    if _TOLD_OF.match(text, said.end()):
        return False
    return all(said.start() <= done.start() < said.end() for done in _DONE.finditer(text))


def _without_dates(text: str) -> str:
    for mention in reversed(find_dates(text)):
        text = f"{text[: mention.start]} {text[mention.end :]}"
    return text


_ASKED = re.compile(r"\b(?:how|whether|why|what|where)\b")
"""What begins an indirect question: a modal after it (`to see how their plans could be developed`)
is what was looked into, not what is to come."""


def _plans(own: str) -> bool:
    """Whether an item's words say something is to come: a modal in an indirect question after a
    verb of what was done ("Meetings took place ... to see how their plans could be developed") is
    part of what was done, so it makes no plan of the item."""
    for future in _FUTURE.finditer(own):
        done = _DONE.search(own, 0, future.start())
        if done is None or _ASKED.search(own, done.end(), future.start()) is None:
            return True
    return False


_OUTCOME = re.compile(r"\b(?:met|meets|missed|misses|achieved|achieves|reached|reaches|hit|beat|kept to)\b")
"""Verbs of how a deadline or target came out: "Trafford met the deadline" says what happened by then."""


_COMPLETED = re.compile(
    r"(?<!\bto )(?<!\bbe )(?<!\bhave )\b(?:implemented|completed|delivered|finished|fulfilled|achieved|"
    r"carried out|put in place|rolled out)\b"
)
"""Verbs that say, in the past, that a thing due was done ("implemented the plan by August 2020"):
not after `to`, `be` or `have`, where they name what was due (`was to be implemented`)."""


_DUE_BEFORE = re.compile(r"\buntil\b|\bto\s+(?:get|have|see|ensure)\b")
"""What puts a completion verb after it in what was due: `given until August 2020 to get its plan
implemented` names the thing to be done, not that it was."""


def _deadline_outcome(claim: Reading, text: str) -> bool:
    """Whether the claim says how a deadline came out ("met the August 2020 deadline"), or that
    what was due was done ("implemented the plan by August 2020"), which only its outcome states."""
    if "concept:deadline" in claim.terms and _OUTCOME.search(text) is not None:
        return True
    done = _COMPLETED.search(text)
    return done is not None and _FUTURE.search(text) is None and not _DUE_BEFORE.search(text, 0, done.start())


def _sets_a_deadline(item: Event | Fact) -> bool:
    """Whether the item only sets a deadline or a commitment: a plan or a deadline is not its outcome,
    so it neither supports nor denies that it was met."""
    return item.kind in {"deadline", "commitment"} or getattr(item, "status", "occurred") == "planned"


def _compare_tense(claim: Reading, text: str, document: Document, result: Comparison) -> None:
    """A claim that something has been done is not supported by a record that says it will be."""
    text = _without_dates(text)  # "by 23 May 2019" is a month, not the modal `may`
    if _deadline_outcome(claim, text) and _sets_a_deadline(document.item):
        result.gaps.append(
            f"the record gives only the deadline, not its outcome: {own_text(document.item)!r}"
        )
        result.tense_differs = True
        return
    if not _DONE.search(text) or _FUTURE.search(text):
        return
    if document.item.kind == "recommendation" and RECOMMEND in claim.terms:
        return  # "Ofsted recommended that X improve": the recommending is done, whatever its `should`
    own = _without_dates(fold(own_text(document.item)))  # "took over in May 2018" is done, not `may`
    said, stated = _SAYING.search(text), _SAYING.search(own)
    if said and _only_the_saying_done(text, said):
        return  # "councillors were told to expect a visit": what was told may be to come
    listed = _LISTING.search(text)
    if listed and _only_the_saying_done(text, listed):
        return  # "the measures included hiring": what was agreed, not that it was done
    planned = getattr(document.item, "status", "occurred") == "planned"
    if said and stated and not planned:  # both report a saying: compare what each reports, not the saying
        reported, own_reported = text[said.end() :], own[stated.end() :]
        if not (_DONE.search(reported) and not _FUTURE.search(reported) and _FUTURE.search(own_reported)):
            return  # "X said she wanted to ..." against "X said the council would ..."
    if planned or _plans(own):
        result.gaps.append(f"the record says only that this was to happen: {own_text(document.item)!r}")
        result.tense_differs = True


_HOW_MANY = (
    (
        0,
        re.compile(
            r"\b(?:(?:hardly|barely|scarcely|almost|virtually|practically|next to) "
            r"(?:any|anyone|anybody|none)|(?:almost|virtually|practically|next to) no|"
            r"(?:very|precious|vanishingly) few|few if any)\b"
        ),
    ),
    (
        3,
        re.compile(
            r"\b(?:nearly|almost|virtually|practically|just about) (?:all|every|everyone|always)\b"
            r"|\ball but\b"
        ),
    ),
    (
        4,
        re.compile(
            r"\b(?:all|every|each|always|everywhere|everyone|entirely|universally|without exception"
            r"|across the board)\b"
        ),
    ),
    (3, re.compile(r"\b(?:most|majority|mostly|largely|vast majority)\b")),
    (2, re.compile(r"\b(?:many|much|widely|often)\b")),
    (1, re.compile(r"\b(?:some|several|few|a small number|a number of|not always|in places|certain)\b")),
)
"""How much of something a text speaks of, from all (4) down to some (1), and hardly any (0); `almost
all` is read before `all`, as most, and `hardly any` before `any`."""


ALL, MOST, HARDLY_ANY = 4, 3, 0
_NOT_ALL = re.compile(r"\bnot\s+(?:all|every|always|each)\b|\b(?:all|every)\b[^.]*\bnot\b")
"""`not every child` says fewer than all; so does `every child was not`, read with care."""


def how_many(text: str) -> int | None:
    """How much of something a (folded) text speaks of, on the scale of `_HOW_MANY`; None if it says not."""
    return next((rank for rank, pattern in _HOW_MANY if pattern.search(text)), None)


SOME = 1
"""The extent `how_many` gives "some", "several", "in places"."""

_SOME_OF_MANY = re.compile(
    r"\b(?:in |on |at |across |for |of )?(?:some|several|certain|a few|a small number of|a number of)"
    r"(?: of(?: the| its| their)?)? (?:[a-z'-]+ )?[a-z'-]{3,}(?<!s)s\b|\bin places\b"
)
"""`in some teams`, `some of the wards`, `in places`: "some" bounding a plural whole the text speaks
of part of, never "some capacity issue", which is only "a"."""


def says_all(text: str) -> bool:
    """Whether a (folded) text says something of all of a group or always, and not "not all"."""
    return how_many(text) == ALL and not _NOT_ALL.search(text)


def says_of_part_only(text: str) -> bool:
    """Whether a (folded) text bounds what it says to a named part of a plural whole: "in some teams",
    "some of the wards", "in places". A writer who sets such bounds on what they found says it does not
    hold of the rest, so a claim or question of all against it is denied, not merely unstated."""
    return how_many(text) == SOME and _SOME_OF_MANY.search(text) is not None


MANY = 2
_FEW = re.compile(
    r"(?:\b(?P<before>[\w']+)\s+)?\b(?:few|not many|not much)\b"
    r"(?!\s+(?:hours?|days?|weeks?|months?|years?|times?|minutes?|if any)\b)"
)
_NOT_FEW_BEFORE = frozenset(
    {"a", "the", "every", "last", "next", "past", "first", "these", "those", "its", "their"}
)
"""`few staff` says not many, as `a few`, `the last few` and `every few weeks` do not: the small end
of the scale, which the record's `many` or `most` of the same group denies (`some` does not)."""


def _few_said(text: str) -> re.Match[str] | None:
    return next((m for m in _FEW.finditer(text) if m["before"] not in _NOT_FEW_BEFORE), None)


def _compare_extent(text: str, document: Document, result: Comparison) -> set[str]:
    """`in all teams` is not what `in some teams` says: a claim may say less than the record, not more.
    Returns the stems of a claim's `few` that the record's `many` denies, the word the two differ on,
    which the item cannot be expected to hold."""
    claimed = how_many(text)
    stated = how_many(fold(own_text(document.item)))
    if claimed == ALL and stated == MOST and not _NOT_ALL.search(text):
        # "the vast majority" says not all: a claim that every one did is wrong, not unstated ("some"
        # says nothing of the rest, so a claim of all against it is only unstated)
        result.conflicts.append(f"the claim says all; the record says fewer: {own_text(document.item)!r}")
    elif (
        claimed is not None
        and stated is not None
        and HARDLY_ANY in {claimed, stated}
        and max(claimed, stated) >= MOST
    ):
        # "hardly any care leavers" against "the vast majority of its care leavers": the two ends of the
        # scale cannot both hold of one group, while "some" against "most" can
        said = "hardly any" if claimed == HARDLY_ANY else "most"
        result.conflicts.append(
            f"the claim says {said}; the record says the opposite: {own_text(document.item)!r}"
        )
    elif claimed is not None and stated is not None and stated >= MANY and (few := _few_said(text)):
        # "few staff had stayed long" against "many staff have worked here a long time"
        said = "most" if stated >= MOST else "many"
        result.conflicts.append(f"the claim says few; the record says {said}: {own_text(document.item)!r}")
        return {stem(word) for word in few.group().split()[1 if few["before"] else 0 :]}
    elif claimed == ALL and says_all(text) and says_of_part_only(fold(own_text(document.item))):
        # "across all teams" against "in some teams": the record bounds what it found to a part
        result.conflicts.append(f"the claim says all; the record says only some: {own_text(document.item)!r}")
    elif claimed is not None and stated is not None and claimed > stated:
        result.gaps.append(f"the record says this of fewer: {own_text(document.item)!r}")
    return set()


def _counted(text: str, quantity: Quantity) -> str | None:
    """The stem of what a count counts: `audit` in "three thematic audits" (the word before a
    preposition or the end, within three words)."""
    words = re.findall(r"[a-z]+", text[quantity.end :])[:3]
    nouns = [word for word in words if word not in STOPWORDS]
    cut = next((n for n, word in enumerate(words) if word in STOPWORDS), len(words))
    return stem(words[cut - 1]) if cut and nouns else None


def _compare_quantities(
    claim: Reading, document: Document, result: Comparison, index: ClaimIndex, text: str = ""
) -> None:
    for quantity in claim.quantities[:MAX_FIELDS]:
        same_unit = [q for q in document.quantities if q.unit == quantity.unit]
        if not same_unit:
            result.gaps.append(f"the record states no such figure as {quantity.text}")
            result.unstated_figure |= quantity.unit in {"percent", "money", "count", "every_months"}
        elif any(agrees(quantity, stated) for stated in same_unit):
            result.agreements.append(f"{quantity.text} matches {same_unit[0].describe()}")
        elif (act := act_before(text, quantity, index, BODIES)) is not None and act not in document.bag:
            # "the adviser will visit every week" against the DfE's reviews every six months
            stated = ", ".join(q.describe() for q in same_unit)
            act = act.split(":", 1)[-1].replace("-", " ")
            result.gaps.append(f"the record gives no figure for {act!r}: its {stated} is of another thing")
        else:
            stated = ", ".join(q.describe() for q in same_unit)
            result.conflicts.append(f"the claim says {quantity.describe()}; the record says {stated}")
            result.figure_conflict |= quantity.unit == "every_months"
            counted = _counted(text, quantity) if quantity.unit == "count" else None
            # "three thematic audits" against "two thematic audits": a count of the same thing
            own = fold(own_text(document.item)) if counted is not None else ""
            result.figure_conflict |= counted is not None and any(
                _counted(own, q) == counted for q in same_unit
            )


def _compare_sole_count(
    claim: Reading, document: Document, result: Comparison, index: ClaimIndex, text: str
) -> None:
    """`only a single monitoring visit` against "six visits would take place": a count of one, stressed
    as the only one, against the item's count of the same thing. It decides nothing where the item
    counts nothing, or counts another thing, since one said in passing is no figure the record
    must give. The words of the count are said in the item's figure's place, so they count as matched."""
    sole = sole_count(text)
    if sole is None or any(quantity.unit == "count" for quantity in claim.quantities):
        return
    counted = _counted(text, sole)
    own = fold(own_text(document.item))
    stated = [q for q in document.quantities if q.unit == "count" and _counted(own, q) == counted]
    if counted is None or not stated or any(agrees(sole, q) for q in stated):
        return
    result.conflicts.append(
        f"the claim says {sole.text}; the record says {', '.join(q.describe() for q in stated)}"
    )
    result.figure_conflict = True
    words = set(read_text(sole.text, index.glossary).terms)
    weights = term_weights(claim, index)
    share = sum(weights.get(term, 0.0) for term in words if term in result.missing)
    result.coverage += share / (sum(weights.values()) or 1.0)


def _grades_another(claim: Reading, document: Document, result: Comparison) -> bool:
    """A claim without a rating word that grades something a rating item does not name ("some of
    their support is good"): a quality of that thing, not Ofsted's judgement."""
    return isinstance(document.item, RatingFact) and not claim.rated and bool(result.missing)


def _denied_in_own_words(claim: Reading, grade: str, document: Document) -> bool:
    """Whether a quality the claim denies of the thing it stands before (`poor management
    oversight`, `inadequate oversight`) is one the item denies of that thing in its own words ("a
    lack of effective management oversight"): a quality word in a noun phrase, not a grade to look
    up, which the item's negation then judges. A rating, or a claim that rates, is about the grade."""
    denied = claim.negations_of({grade}) % 2 or grade == GRADE_PREFIX + "inadequate"  # not adequate
    if claim.rated or isinstance(document.item, RatingFact) or not denied:
        return False
    terms = claim.terms
    place = terms.index(grade)
    described = terms[place + 1] if place + 1 < len(terms) else None
    return described is not None and any(_denies_before(clause, described) for clause in document.clauses)


def _denies_before(clause: Reading, described: str) -> bool:
    """Whether a clause denies the thing itself or the word standing before it (`effective` in
    "lack of effective management oversight")."""
    denied = set().union(*clause.negations)
    return described in denied or any(
        term == described and at and clause.terms[at - 1] in denied for at, term in enumerate(clause.terms)
    )


def _compare_grades(
    claim: Reading,
    document: Document,
    result: Comparison,
    clauses: Sequence[Reading] = (),
    text: str = "",
    implied: frozenset[str] = frozenset(),
) -> None:
    """A grade the record gives otherwise contradicts; but where the claim names several grades
    ("from good to inadequate") and the record item holds one of them, the others are about
    another rating, not a conflict with this one. A quality given to what a finding judges is
    set against the finding's polarity (`qualities.py`)."""
    shared = any(grade in document.grades for grade in claim.grades)
    for grade in claim.grades:
        if grade in document.grades:
            result.agreements.append(f"grade {GRADE_LABELS[grade]} matches")
        elif document.grades and not shared and _grades_another(claim, document, result):
            # "some of their support is good": the claim grades a thing the rating does not name
            result.gaps.append(f"the record grades something else: {own_text(document.item)!r}")
        elif document.grades and not shared:
            stated = ", ".join(GRADE_LABELS[g] for g in sorted(document.grades))
            result.conflicts.append(f"the claim says {GRADE_LABELS[grade]}; the record says {stated}")
        elif (judged := judged_quality(claim, clauses, grade, document, text, implied)) is not None:
            agrees, reason = judged
            if agrees:
                result.agreements.append(reason)
            else:
                result.soft_conflict |= not result.conflicts  # an opposite, which a close match decides
                result.conflicts.append(reason)
        elif not _denied_in_own_words(claim, GRADE_PREFIX + grade, document):
            result.gaps.append(f"the record gives this no grade or quality ({GRADE_LABELS[grade]})")
            result.ungraded.append(grade)


_SUBJECT = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)+)\s+(?P<rest>.+)$"
)
"""A claim that opens with a many-word name (`Greater Manchester Police chaired ...`): its subject."""


Subject = tuple[frozenset[str], str]
"""The terms of a claim's subject's name, and its verb's term."""


def names_in(text: str, index: ClaimIndex) -> tuple[Subject, ...]:
    """The subject a claim opens with, as the terms of its name and of the verb that follows.

    "Greater Manchester Police chaired the board" is not said by an item where the police are in
    one clause and the board's chair in another: the clause that carries the claim must hold who
    did it together with what they did. A person's name is read apart (the role facts).
    """
    found = _SUBJECT.match(" ".join(text.split()))
    if found is None or capitalised_throughout(text):
        return ()
    name = (
        frozenset(read_text(found["name"], index.glossary, index.vocabulary).terms) - index.glossary.implied
    )
    rest = read_text(found["rest"], index.glossary, index.vocabulary).terms
    if len(name) < 2 or not rest or any(person.name & name for person in index.people):
        return ()
    return ((name, rest[0]),)


def _few_senses_as_written(words: Sequence[str], text: str) -> bool:
    """Whether the claim's text writes the first of `words` itself and WordNet gives it few others."""
    written = bool(words) and re.search(rf"\b{re.escape(words[0])}\b", fold(text)) is not None
    return written and len(synonyms(words[0])) <= MAX_SENSES


def reworded(
    missing: Sequence[str], claim: Reading, document: Document, index: ClaimIndex, text: str = ""
) -> dict[str, tuple[str, str]]:
    """The claim's words this item lacks, said by it in another word (`head` for `lead`), each with
    that word and the item's term for it; an item's term stands in for one claim word only.

    Another word is weaker evidence than the word itself, so it fills the claim's last gaps only:
    every other word of the claim must be in the item, the other word must be in a clause that
    holds two of the claim's own, and the claim read with the item's words must not deny what the
    item says ("lacked proper governance" against "despite appropriate governance").

    A word the record uses elsewhere is content of its own, and may be read as another word only
    where WordNet gives it few other words (`MAX_SENSES`): `circumstances` as the item's
    `conditions`, never `look` as `see`; and only as the claim `text` writes it, never a record word
    read in for an unknown one (`quits` as `depart`, then `depart` as `part`)."""
    if not missing or any(":" in term for term in missing):
        return {}
    if any(word in TIME_ORDER for word in claim.words if stem(word) in missing):
        return {}  # "later" is no other word for "previous": WordNet groups words of order with opposites
    written = {term: [word for word in claim.words if stem(word) == term] for term in missing}
    known = index.vocabulary.stems
    if any(term in known and not _few_senses_as_written(words, text) for term, words in written.items()):
        return {}
    offered = {
        term: stand_ins(words[0], index.glossary, known) if words else () for term, words in written.items()
    }
    if not all(any(t in document.bag for _, t in others) for others in offered.values()):
        return {}  # no other word the item holds: its clauses need not be read
    found: dict[str, tuple[str, str]] = {}
    claimed = set(claim.terms)
    beside = {t for clause in document.clauses if len(claimed & set(clause.terms)) >= 2 for t in clause.terms}
    for term in missing:
        used = {said for _, said in found.values()} | claimed  # nothing counts twice
        hit = next(
            (
                (w, t)
                for w, t in offered[term]
                if t in beside
                and t not in used
                and written_by_item(written[term][0], t, offered[term], document)
            ),
            None,
        )  # `resign` is not `present`, though both are words for `submit`
        if hit is None:
            return {}
        found[term] = hit
    read = Reading(
        terms=tuple(found[t][1] if t in found else t for t in claim.terms),
        dates=claim.dates,
        quantities=claim.quantities,
        rated=claim.rated,
        negations=tuple(
            frozenset(found[t][1] if t in found else t for t in negated) for negated in claim.negations
        ),
    )
    if judge(read, closest_clauses(read, document))[0] != "agrees":
        return {}
    return found


def _compare_actor(claim: Reading, document: Document, result: Comparison) -> None:
    """`Ofsted issued the notice` against "The DfE issues an improvement notice": the claim gives
    the act to another body than the one the record says did it."""
    if len(claim.terms) < 2 or claim.terms[0] not in BODIES or not document.clauses:
        return
    own = document.clauses[0].terms  # the item's own text comes first, read when the index was built
    if len(own) >= 2 and own[0] in BODIES and own[0] != claim.terms[0] and own[1] == claim.terms[1]:
        result.gaps.append(f"the record says another body did this: {own_text(document.item)!r}")
        result.another_actor = True


def _compare_agent(
    claim: Reading, text: str, document: Document, result: Comparison, index: ClaimIndex
) -> None:
    """`the notice was issued by Ofsted` against "The DfE issues an improvement notice": the act is
    another side's, which contradicts; or the item says the act with no doer and names the claim's
    body only as doing something else, which does not say it (`act_agent.py`)."""
    if not text or not BODIES & set(claim.terms):
        return
    item = document.item
    texts = [own_text(item), *(citation.quote for citation in item.citations)]
    imposer = getattr(item, "required_by", None) or ""
    found = wrong_agent(text, texts, imposer, BODIES, _body_side, index.glossary, index.vocabulary)
    if found is None:
        return
    decides, body = found
    name = body.split(":")[-1].replace("-", " ")
    if decides:
        result.conflicts.append(f"the record gives this act to {name}: {own_text(item)!r}")
    else:
        result.gaps.append(f"the record does not say {name} did this: {own_text(item)!r}")


def _body_side(body: str) -> str:
    return _SIDES[body]


def _compare_bodies(claim: Reading, document: Document, result: Comparison) -> None:
    """`until Ofsted decides` against "until the Education Secretary decides": a body the claim names
    that the item never does, where the item names another, is someone else's part, so the item does
    not say it, however many of the claim's other words it holds."""
    named = {term for term in claim.terms if term in BODIES}
    held = BODIES & document.bag
    if not (named - document.bag and held - named):
        return
    if any(
        acts_after(claim.terms, {said}, BODIES) & acts_after(clause.terms, {own}, BODIES)
        for said in named - document.bag
        for own in held - named
        if _SIDES[said] != _SIDES[own]
        for clause in document.clauses
    ):
        result.conflicts.append(f"the claim gives this to another body: {own_text(document.item)!r}")
    else:
        result.gaps.append(f"the record names another body here: {own_text(document.item)!r}")


def _compare_sole_doer(text: str, document: Document, result: Comparison) -> None:
    """`could only be conducted by Ofsted` against "to be conducted by Trafford or another party":
    the item leaves to two doers what the claim gives to one alone (`sole_doer.py`)."""
    if not text or (doer := sole_doer(text)) is None:
        return
    item = document.item
    if allowed := other_doer_allowed([own_text(item), *(c.quote for c in item.citations)]):
        result.conflicts.append(
            f"the claim says this is done only by {doer}; the record says {allowed!r}: {own_text(item)!r}"
        )


def _compare_posts(
    claim: Reading, document: Document, result: Comparison, index: ClaimIndex, text: str = ""
) -> None:
    """`until the council leader decides` against "until the Education Secretary decides": a post the
    claim names that the item does not, doing the very act the item gives to a post or body held for
    another side (the council, the DfE, Ofsted), names the wrong holder of a single part. A post
    said in the plural (`the council's leaders`) is a group of people, not the one post."""
    sides = index.post_sides
    named = {term for term in claim.terms if term in sides and term not in BODIES} - document.bag
    named = {term for term in named if not said_in_plural(term, text)}
    if not named or result.conflicts or any(person.name <= set(claim.terms) for person in index.people):
        return  # a post beside a person's name is that person's title, which `people.py` checks
    held = (BODIES | set(sides)) & document.bag - named
    if any(
        acts_after(claim.terms, {said}, BODIES | set(sides))
        & acts_after(clause.terms, {own}, BODIES | set(sides))
        for said in named
        for own in held
        if _side(own, sides) not in (None, _side(said, sides))
        for clause in document.clauses
    ):
        result.conflicts.append(f"the claim gives this to another post: {own_text(document.item)!r}")


def _side(holder: str, sides: dict[str, str]) -> str | None:
    """The side a body or post acts for: the Education Secretary and the DfE are one side."""
    if holder in _SIDES:
        return "concept:ofsted" if _SIDES[holder] == "inspectorate" else "concept:dfe"
    return sides.get(holder)


_SIDES = {
    "concept:ofsted": "inspectorate",
    "concept:dfe": "government",
    "concept:education-secretary": "government",
}
"""The Education Secretary heads the DfE: a claim giving the Secretary's act to the department may
speak loosely, so only a body on the other side (Ofsted for the DfE) is another holder of the act."""


def _compare_opposites(
    claim: Reading, document: Document, result: Comparison, index: ClaimIndex, text: str = ""
) -> None:
    """`a late adopter` against "one of the early adopters": an opposite, which decides only where
    the item's clause says the claim's other words, as a denial does. The opposite is said in the
    word's place, so the word counts as matched, as `stable` does against `unstable`."""
    found = opposite_said(claim, document, index.glossary, text)
    if found is None:
        return
    word, other, own = found
    weights = term_weights(claim, index)
    share = sum(weights.get(term, 0.0) for term in own if term in result.missing) / (
        sum(weights.values()) or 1.0
    )
    result.coverage += share
    result.clause_coverage += share
    result.soft_conflict |= not result.conflicts
    result.conflicts.append(
        f"the claim says {word!r} where the record says {other!r}: {own_text(document.item)!r}"
    )


def _compare_body_names(
    claim: Reading, bodies: Sequence[BodyName], document: Document, result: Comparison
) -> None:
    """`Trafford's Children and Young People's Scrutiny Committee` against an item that speaks only
    of "the committee": the body's name is the item's to give, and it does not give it."""
    for name, terms in bodies:
        if not holds_name(terms, document.clauses):
            result.gaps.append(f"the record does not give the name {name!r}")
    if (body := chair_unsaid(claim, document.bag)) is not None:
        said = body.split(":")[-1].replace("-", " ")
        result.gaps.append(f"the record does not say who chairs the {said} here: {own_text(document.item)!r}")


def _compare_lasting(text: str, document: Document, result: Comparison) -> None:
    """A state claimed for a whole period, against an item that never says a state lasted: it may
    date a start inside the period, or one time in it, so it keeps the item from support."""
    sentence = result.filled.citation.quote if result.filled is not None else ""
    if text and whole_period_unsaid(text, (*item_texts(document), sentence)):
        result.gaps.append(
            f"the record does not say this held for the whole period: {own_text(document.item)!r}"
        )


def _compare_kept(
    claim: Reading, text: str, document: Document, result: Comparison, index: ClaimIndex
) -> None:
    """`services had declined` against "services remained good": a change the item never states, of a
    thing its own clause that shares the claim's words says held as it was, is denied by it."""
    changes = [term for term in claim.terms if term not in document.bag]
    kept = kept_against_change(text, changes, item_texts(document)) if text else None
    if kept is None or not (set(claim.terms) - {"concept:council"}) & set(document.bag):
        return
    state = read_text(kept_state(kept), index.glossary, index.vocabulary).terms
    if not set(state) & set(claim.terms):  # "caseloads were too high": the state that held, restated
        result.conflicts.append(f"the record says it stayed as it was: {kept!r}")


def _compare_undone(text: str, document: Document, result: Comparison, index: ClaimIndex) -> None:
    """`scrap the improvement board` against "set up an improvement board": the item makes the very
    thing the claim says was done away with (`undone.py`)."""
    things = undone_things(text, index.glossary, index.vocabulary) if text else []
    made = made_instead(things, item_texts(document), index.glossary, index.vocabulary) if things else None
    if made is not None:
        result.conflicts.append(f"the record sets up what the claim says was done away with: {made!r}")


def _compare_qualifier(
    claim: Reading, text: str, document: Document, result: Comparison, index: ClaimIndex
) -> None:
    """`adult social care` against the record's "children's social care": another kind of the thing
    the item names, which keeps the item from support (`qualifier.py`). A person the item names
    brings the posts the record gives them, as the item's terms do. Where the item is the post
    itself, held by someone the claim names, the post is one of one kind: the claim's is contradicted."""
    if not text:
        return
    item = document.item
    people = index.people

    def texts() -> list[str]:
        roles = [role.role for person in people if person.name <= document.bag for role, _ in person.roles]
        return [*item_texts(document), *roles]

    found = other_qualifier(text, texts, document.bag, index.glossary)
    if found is None:
        return
    claimed, own = found
    said = f"the claim says {claimed!r} where the record says {own!r}: {own_text(item)!r}"
    named = any(person.name <= set(claim.terms) and person.name <= document.bag for person in people)
    if (
        isinstance(item, RoleFact)
        and named
        and other_qualifier(text, lambda: [item.role], document.bag, index.glossary)
    ):
        result.conflicts.append(said)
    else:
        result.gaps.append(said)


def _compare_status(
    claim: Reading, text: str, document: Document, result: Comparison, index: ClaimIndex
) -> None:
    """`the permanent director` against the record's Interim Director: an opposite status of the
    post's holder, which contradicts, or, where the status may have changed within the period the
    claim names, keeps the item from support."""
    claimed = statuses(text, index) if text else {}
    sentence = result.filled.citation.quote if result.filled is not None else ""
    found = status_against(claimed, text, claim.dates, document, index, sentence) if claimed else None
    if found is None:
        return
    wording, decides = found
    if decides:
        result.conflicts.append(f"{wording}: {own_text(document.item)!r}")
    else:
        result.gaps.append(f"{wording} from within the period the claim names: {own_text(document.item)!r}")


def _holds_names(clause: Reading, names: Sequence[Subject], document: Document) -> bool:
    """Whether a clause may carry the claim: it holds the claim's subject with its verb, wherever
    some clause of the item holds the subject at all."""
    terms = set(clause.terms)
    return all(
        name <= terms and verb in terms
        for name, verb in names
        if any(name <= set(other.terms) for other in document.clauses)
    )


def compare(
    claim: Reading,
    document: Document,
    index: ClaimIndex,
    text: str = "",
    names: Sequence[Subject] = (),
    clauses: Sequence[Reading] = (),
    bodies: Sequence[BodyName] = (),
) -> Comparison:
    """How one record item stands to a claim; `clauses` are the claim's own clauses, if several
    (`read_clauses`), each judged for negation against the item's clauses closest to it, and
    `bodies` the names of bodies it gives (`body_names`)."""
    result = _compare_item(claim, document, index, text, names, clauses, bodies)
    if result.soft_conflict:
        _count_companions(claim, text, document, result, index)
    return result


def _count_companions(
    claim: Reading, text: str, document: Document, result: Comparison, index: ClaimIndex
) -> None:
    """Where the item says the opposite pole of a quality, the claim's other words for that
    quality (`thin and poor`, `long delays`) count as matched: they are false with it."""
    excused = excused_companions(claim, text, document, index.glossary) & set(result.missing)
    if not excused:
        return
    weights = term_weights(claim, index)
    share = sum(weights.get(term, 0.0) for term in excused) / (sum(weights.values()) or 1.0)
    result.coverage += share
    result.clause_coverage += share


def _compare_item(
    claim: Reading,
    document: Document,
    index: ClaimIndex,
    text: str,
    names: Sequence[Subject],
    clauses: Sequence[Reading],
    bodies: Sequence[BodyName],
) -> Comparison:
    terms = claim.distinct_terms
    weights = term_weights(claim, index)
    total = sum(weights.values()) or 1.0
    result = Comparison(
        document,
        coverage=sum(w for term, w in weights.items() if term in document.bag) / total,
        missing=[term for term in terms if term not in document.bag],
    )
    unworded = set(document.unworded)  # what every item is about, and who a named person is
    unworded |= {term for person in index.people if person.name <= document.bag for term in person.name}
    held = [clause for clause in document.clauses if _holds_names(clause, names, document)]
    result.clause_coverage = max(
        (
            sum(w for term, w in weights.items() if term in clause.terms or term in unworded) / total
            for clause in held
        ),
        default=0.0,
    )
    result.reworded_coverage, result.reworded_clause_coverage = result.coverage, result.clause_coverage
    result.reworded = reworded(result.missing, claim, document, index, text)
    if result.reworded:
        reworded_terms = {term: said for term, (_, said) in result.reworded.items()}
        extra = sum(weights[term] for term in result.reworded) / total
        result.reworded_coverage += extra
        result.reworded_clause_coverage = max(
            (
                sum(
                    w
                    for term, w in weights.items()
                    if term in clause.terms or term in unworded or reworded_terms.get(term) in clause.terms
                )
                / total
                for clause in held
            ),
            default=0.0,
        )
    if not result.reworded:
        role = described_role_terms(text, index.glossary)  # "is a former police chief": of the subject
        fill_sentence(claim, document, weights, held, unworded, result, index, unfillable=role)
    _compare_actor(claim, document, result)
    _compare_bodies(claim, document, result)
    _compare_sole_doer(text, document, result)
    _compare_agent(claim, text, document, result, index)
    _compare_posts(claim, document, result, index, fold(text))
    _compare_tense(claim, text, document, result)
    texts = [own_text(document.item), *(c.quote for c in (*document.item.citations, *document.context))]
    if text and (granted := only_permitted(text, texts)) is not None:
        result.gaps.append(f"the record says only that this may be done: {granted!r}")
        result.tense_differs = True
    contested = _compare_extent(text, document, result) & set(result.missing)
    if contested:  # "few" against "many": the quantifier is what the two disagree on, so it counts as met
        share = sum(weights.get(term, 0.0) for term in contested) / total
        result.coverage += share
        result.clause_coverage += share
        result.missing = [term for term in result.missing if term not in contested]
    _compare_dates(claim, document, result, index, text)
    _compare_quantities(claim, document, result, index, fold(text))
    _compare_sole_count(claim, document, result, index, fold(text))
    _compare_grades(claim, document, result, clauses, text, index.glossary.implied)
    _compare_opposites(claim, document, result, index, text)
    _compare_body_names(claim, bodies, document, result)
    _compare_status(claim, text, document, result, index)
    _compare_lasting(text, document, result)
    _compare_kept(claim, text, document, result, index)
    _compare_undone(text, document, result, index)
    _compare_qualifier(claim, text, document, result, index)
    closest = closest_clauses(claim, document, index.glossary.polar)
    result.denies = any(clause.negations for clause in closest)
    stance, said, clause = judge_by_parts(clauses, document) or judge(claim, closest)
    changes = set(claim.terms) & index.glossary.polar & document.bag
    if stance != "unrelated" and changes and (aim := _aim_only(changes, text, document, index)):
        result.gaps.append(f"the record says this change only as an aim: {aim!r}")
        return result
    if stance == "agrees":
        return result
    if stance == "unrelated":
        result.gaps.append(f"the record does not say that this is lacking: {own_text(document.item)!r}")
        return result
    shared = set(said.terms) & set(clause.terms)
    # "badly written and lacked measurable outcomes" denies twice where the record denies
    # nothing: two denials do not make it agree with "well written, with measurable outcomes"
    if not result.conflicts:
        result.soft_conflict = True
    differing = {term for term in shared if said.negations_of({term}) % 2 != clause.negations_of({term}) % 2}
    if differing & index.glossary.polar and _grade_against_figure(claim, document):
        result.gaps.append(
            f"the claim's change is of a grade, the record's of a figure: {own_text(document.item)!r}"
        )
        return result
    if purpose := said_only_as_purpose(differing, item_texts(document), index.glossary):
        result.gaps.append(f"the record says this only as a purpose: {purpose!r}")
        return result
    if status_of_another_time(differing, claim, document):
        result.gaps.append(
            f"the record says how the post was held only at its own time: {own_text(document.item)!r}"
        )
        return result
    side = "the claim" if said.negations_of(shared) > clause.negations_of(shared) else "the record"
    if side == "the record" and result.tense_differs:
        return result  # "not yet" in a plan says nothing of whether it was done later
    result.conflicts.append(f"{side} says the opposite: {own_text(document.item)!r}")
    return result


def _grade_against_figure(claim: Reading, document: Document) -> bool:
    """Whether a claim that grades and counts nothing meets an item that counts and grades nothing:
    "a big drop: good in 2015" is a fall in grade, which a rise in the number of children in care
    "since the inspection in 2015" does not oppose."""
    return bool(claim.grades) and not claim.quantities and bool(document.quantities) and not document.grades


def _aim_only(changes: set[str], text: str, document: Document, index: ClaimIndex) -> str | None:
    """The aim ("measures to improve") where the item says the claim's change only as one."""
    item = document.item
    texts = [own_text(item), *(citation.quote for citation in item.citations)]
    return said_only_as_aim(changes, text, texts, index.glossary)


def fill_sentence(
    claim: Reading,
    document: Document,
    weights: dict[str, float],
    held: Sequence[Reading],
    unworded: set[str],
    result: Comparison,
    index: ClaimIndex,
    *,
    unfillable: frozenset[str] = frozenset(),
) -> None:
    """Count the claim's words the item's whole sentence says, towards support only; the item's own
    clause must still carry the claim's other words, and the item itself the `unfillable` ones."""
    missing = [term for term in result.missing if term not in unfillable]
    filled = fill_from_sentence(claim, document, missing, result.coverage, index)
    if filled is None:
        return
    total = sum(weights.values()) or 1.0
    result.filled = filled
    result.reworded_coverage += sum(weights[term] for term in filled.terms) / total
    result.reworded_clause_coverage = max(
        (
            sum(w for term, w in weights.items() if term in clause.terms or term in unworded | filled.terms)
            / total
            for clause in held
        ),
        default=0.0,
    )


def evidence_of(comparison: Comparison, claim: Reading) -> list[Evidence]:
    terms = set(claim.terms)
    document = comparison.document
    ranked = sorted(
        zip(document.item.citations, document.quote_terms, strict=True),
        key=lambda pair: -len(terms & pair[1]),
    )
    score = round(comparison.coverage, 3)
    found = [cite(document.item.id, citation, score) for citation, _ in ranked]
    if comparison.filled is not None:  # the sentence says what the quote alone does not
        found.insert(0, cite(document.item.id, comparison.filled.citation, score))
    return found


EVENT_KIND_TERMS: dict[str, frozenset[str]] = {
    "inspection": frozenset({"inspect"}),
    "publication": frozenset({"concept:publish", "concept:report"}),
}
"""The words that name a kind of event outright, for the two kinds that are easily confused: an
inspection, and the report published on it weeks later."""


def kind_of(item: Event | Fact, index: ClaimIndex) -> str | None:
    """The kind of event an item is, or belongs to: a rating takes its date from its report."""
    if isinstance(item, Event):
        return item.kind
    if item.event is not None and item.event in index.numbers:
        event = index.document_of(item.event).item
        return event.kind if isinstance(event, Event) else None
    return None


def names_another_kind(item: Event | Fact, claim: Reading, index: ClaimIndex) -> bool:
    """The claim names a kind of event (an inspection) and not the item's (the report's publication)."""
    kind = kind_of(item, index)
    if kind not in EVENT_KIND_TERMS or not claim.dates:
        return False
    named = {name for name, terms in EVENT_KIND_TERMS.items() if terms & set(claim.terms)}
    return bool(named) and kind not in named


def names_own_kind(item: Event | Fact, claim: Reading, index: ClaimIndex) -> bool:
    """The claim gives a date and names the kind of event the item is: "inspected in May 2019"
    and the inspection itself, which then ranks above items of equal match that are not events."""
    if not isinstance(item, Event) or item.kind not in EVENT_KIND_TERMS or not claim.dates:
        return False
    return bool(EVENT_KIND_TERMS[item.kind] & set(claim.terms))


def _days_apart(claim: Reading, document: Document) -> int:
    """How far the item's date is from the claim's first date: of two inspections equally matched
    (each of the kind the claim names), the one nearer the date claimed is the one the claim is
    about, right or wrong."""
    said = claim.dates[0].span if claim.dates else None
    if said is None or not document.dates:
        return 0
    return min(abs((span.first - said.first).days) for span in document.dates)


def _kind_rank(comparison: Comparison, claim: Reading, index: ClaimIndex) -> tuple[bool, int]:
    """Items of the kind of event the claim names first, the nearest to its date first among them."""
    own = names_own_kind(comparison.document.item, claim, index)
    return not own, _days_apart(claim, comparison.document) if own else 0


MARK_MARGIN = 0.2
"""How far below the best match an item holding the claim's marks may be and still come first."""

_QUOTED = re.compile(r"(?<![\w'])['\"]([^'\"]+?)['\"](?![\w'])")
"""A run of words the claim puts in quotes: `called it 'a failure of senior leaders'`."""


def _quoted_terms(text: str, index: ClaimIndex) -> list[frozenset[str]]:
    """The terms of each run of words the claim quotes, where it says two things or more: one
    quoted word (`'good'`) is a grade or a scare quote, not words to find."""
    read = (read_text(found[1], index.glossary, index.vocabulary).terms for found in _QUOTED.finditer(text))
    return [frozenset(terms) for terms in read if len(set(terms)) >= 2]


_SINCE = re.compile(r"\bsince\s+$")
"""`declined since 2015`: a date a change is counted from, which is not when the claim's thing was."""


def _dated(claim: Reading, text: str) -> bool:
    """Whether the claim gives a date of its own thing, not only one a change is counted from."""
    return any(
        _SINCE.search(text[max(0, mention.start - 8) : mention.start]) is None for mention in claim.dates
    )


def _holds_marks(comparison: Comparison, dated: bool, quoted: list[frozenset[str]]) -> bool:
    """Whether the item gives the claim's date, if `dated`, and holds every term of its quoted words."""
    fits = not dated or (comparison.date_fits and not comparison.conflicts)
    return fits and all(terms <= comparison.document.bag for terms in quoted)


def _marks_first(ranked: list[Comparison], dated: bool, quoted: list[frozenset[str]]) -> list[Comparison]:
    """A claim's date or quoted words, which one near-equal item gives and the best match lacks,
    decide between them: a word the best match shares (`ideas`, `practice`) is no match for
    `until August 2020` or `'a failure of senior leaders'` that the other holds."""
    if not ranked or not (dated or quoted) or _holds_marks(ranked[0], dated, quoted):
        return ranked
    near = [
        (at, comparison)
        for at, comparison in enumerate(ranked)
        if comparison.coverage >= ranked[0].coverage - MARK_MARGIN and _holds_marks(comparison, dated, quoted)
    ]
    if not near:
        return ranked
    at, comparison = max(near, key=lambda found: (found[1].coverage, found[1].clause_coverage, -found[0]))
    return [comparison, *ranked[:at], *ranked[at + 1 :]]


def candidates(reading: Reading, index: ClaimIndex, text: str = "") -> list[Comparison]:
    """The record items best matched to a reading, each compared; `text` is the claim as written."""
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
    names = names_in(text, index)
    clauses = read_clauses(fold(text), index)
    bodies = body_names(text, index.glossary, index.vocabulary)
    ranked = [
        compare(reading, document, index, fold(text), names, clauses, bodies)
        for document in index.documents_at([number for number, _ in hits.most_common(200)])
    ]
    ranked.sort(
        key=lambda c: (
            -c.coverage,
            *_kind_rank(c, reading, index),
            len(c.conflicts),
            len(c.gaps),
            c.denies,
        )
    )
    folded = fold(text)
    return _marks_first(ranked, _dated(reading, folded), _quoted_terms(folded, index))[:CANDIDATES]
