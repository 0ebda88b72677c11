"""How soon a thing was to happen, read as the length the record states for it ("within six months").

`How soon after the inspection was Ofsted expected back?` and `Within what timeframe was the
inspector to return?` ask for a length of time, which the slot readers look for as words after the
question's own: a question worded otherwise ("return" for "come back", "after the report", "the
first visit") or two items quoting the same line then leave it unanswered. Here the length is read
from the quotes of the items the question matches best: where all of them state one and the same
length ("within six months"), that length answers, with the quotes that state it.

The point the length runs from ("after the inspection") and an ordinal ("the first visit") only say
which return is meant, the next one, which is the one a stated length is of; the point must still be
a thing the record speaks of, or the question is about something else and stays not stated.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold, stem
from trafford_timeline.claims.matching import LOOSENED, Answer, answered, cite, ranked, read
from trafford_timeline.claims.planned_within import FRAME, ORDINAL, STATED_WITHIN
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.relations import (
    WITHOUT_A_HOLDER,
    ended_by,
    gap_between,
    holding_of,
    successor_of,
)
from trafford_timeline.claims.verdicts import Evidence
from trafford_timeline.dates import DateSpan, format_span

_HOW_SOON = re.compile(
    r"^(?:(?:roughly|approximately|about|around) )?"
    r"(?:how soon|within (?:what|which|how long a|how much) (?:timeframe|time frame|time|period|timescale)|"
    r"within how long|in (?:what|how much) time)\b"
)
"""The openings of a question that asks how soon: the answer is a length within which it happens."""
_FROM_POINT = re.compile(
    r"^(?:after|following|from) (?P<phrase>(?:[a-z0-9'-]+ ){0,3}?(?P<point>[a-z'-]+))"
    r"(?= (?:was|were|would|will|did|does|do|is|are|had|has|should|could|might|must)\b)"
)
"""`after the 2019 inspection was...`, `following the published report would...`: the point the
length runs from, up to the verb of what happens; its last word names the point."""
_HOW_LONG = re.compile(
    r"^(?:for )?(?:(?:roughly|approximately|about|around) )?how long (?:was|were|had|has|is|did) "
)
"""`How long was...`, `For how long was...`: the opening of a question of how long a state held."""
_POST = r"(?P<post>[a-z' -]+?)"
_ENDS = r"(?= (?:before|until|till|when)\b|$)"
_WITHOUT = re.compile(rf"\b{WITHOUT_A_HOLDER}{_ENDS}")
_INTERIM_BASIS = re.compile(
    rf"^(?:(?:the|its|their|[a-z]+'s) )?{_POST} (?:(?:role|post|job|position) )?(?:(?:been )?"
    rf"(?:held|covered|filled|run|done) )?on an? (?:interim|acting|temporary)(?: part-time| full-time)? "
    rf"basis{_ENDS}"
)
"""`Trafford's chief executive role held on an interim basis`: the interim holding of the post."""
_INTERIM_HELD = re.compile(
    r"\b(?:rely|relied|relying|depend|depended|depending|run|ran|make do|made do|get by|got by|have|had)"
    rf" (?:on |with )?an? (?:interim|acting|temporary)(?: part-time| full-time)? {_POST}{_ENDS}"
)
"""`did Trafford rely on an interim chief executive`: the post held on an interim basis, said by what
the council did meanwhile, as `_INTERIM_BASIS` says it of the post."""
_UNTIL = re.compile(r" (?:before|until|till|when) (?P<until>.+)$")
_ARRIVING = re.compile(
    r"\b(?:arrived|arrives|arrive|started|starts|start|joined|joins|began|begins|came in|came|"
    r"took (?:up|over)(?: (?:the|their|his|her) (?:post|role|job))?|(?:was|were) appointed|took office)\b"
)
"""`before Sara Todd arrived`: the successor's taking up the post, which its event is by kind; who
took it up is what must match."""
_STATED_FOR = re.compile(
    r"\bfor (?P<said>(?:about |around |nearly |almost )?(?:\d+|a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|a few|several|many) (?:days?|weeks?|fortnights?|months?|years?))\b"
)
"""`an interim chief executive for several months`: how long, as the holding's own quote puts it."""


def asks_how_soon(folded: str) -> bool:
    """Whether a folded question asks how soon something happens."""
    return _HOW_SOON.match(folded) is not None


def answer_how_soon(question: Question, index: ClaimIndex) -> Answer | None:
    """The one length the best-matched items state for what the question asks, or None."""
    folded = question.folded
    opening = _HOW_SOON.match(folded)
    if opening is None:
        return None
    rest = folded[opening.end() :].strip()
    if point := _FROM_POINT.search(rest):
        if stem(point["point"]) not in index.vocabulary.stems:
            return None  # "after the audit", which the record never speaks of: about something else
        rest = rest[: point.start()] + " " + rest[point.end() :]
    rest = FRAME.sub(" ", ORDINAL.sub(" ", rest))
    reading = read(rest, index)
    if not reading.distinct_terms:
        return None
    matches = ranked(reading, index)
    if not matches or matches[0].coverage < LOOSENED:
        return None
    best = [m for m in matches if m.coverage == matches[0].coverage]
    lengths: dict[str, set[str]] = {}
    evidence = []
    for match in best:
        for citation in match.document.item.citations:
            for found in STATED_WITHIN.finditer(fold(citation.quote)):
                said = found[0]
                lengths.setdefault(_plain(said), set()).add(match.document.item.id)
                evidence.append(cite(match.document.item.id, citation))
    if len(lengths) != 1:
        return None  # none states a length, or they state different ones: not for this reader to choose
    said = next(iter(lengths))
    items = sorted(lengths[said])
    explanation = f"{', '.join(items)} {'states' if len(items) == 1 else 'state'} how soon: {said!r}"
    return answered(question, said, said, explanation, evidence)


_OVER_PERIOD = re.compile(
    r"^(?:(?:over|during|across|for|in) )?(?:what|which) (?:period|time ?span|timeframe|time frame|"
    r"length of time|span of time)\b"
)
"""`Over what period did inspectors look at the audits?`, `What period did the work cover?`: the span a
thing was looked at or done over, not when it happened."""
_LOOKING = re.compile(
    r"\b(?:look(?:ed|s)?|back|cover(?:ed|s)?|span(?:ned|s)?|examin(?:e|ed|es)|review(?:ed|s)?|assess(?:ed|es)?)\b"
)
"""The verbs that frame a period asked of ("look back at", "cover", "examine"): the item says the span."""
STATED_OVER = re.compile(
    r"\b(?:over|during|in|across|for) the (?:last|past|previous|preceding) (?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|eighteen|few|several) (?:days|weeks|months|years)\b"
)
"""A span looked back over: "over the last six months"."""


def answer_over_period(question: Question, index: ClaimIndex) -> Answer | None:
    """`Over what period did Ofsted look back at the audits?`: the one span looking back ("over the last
    six months") that the quotes of the items the question matches best state; None otherwise."""
    opening = _OVER_PERIOD.match(question.folded)
    if opening is None:
        return None
    reading = read(_LOOKING.sub(" ", question.folded[opening.end() :]), index)
    matches = ranked(reading, index) if reading.distinct_terms else []
    if not matches or matches[0].coverage < LOOSENED:
        return None
    spans: dict[str, list[Evidence]] = {}
    for match in (m for m in matches if m.coverage == matches[0].coverage):
        for citation in match.document.item.citations:
            for found in STATED_OVER.finditer(fold(citation.quote)):
                spans.setdefault(_plain(found[0]), []).append(cite(match.document.item.id, citation))
    if len(spans) != 1:
        return None
    ((said, evidence),) = spans.items()
    explanation = f"{evidence[0].id} states the span: {said!r}"
    return answered(question, said, said, explanation, evidence)


def _plain(said: str) -> str:
    """A length with its spelling evened out: "within  six months" is "within six months"."""
    return " ".join(said.split())


def answer_how_long_held(question: Question, index: ClaimIndex) -> Answer | None:
    """How long a post was held on an interim basis (or was without a permanent holder): from the
    holding's date to that of the next taking up of the post, with both items quoted. The length is
    the holding's own words where its quote states one, else the months between the two dates."""
    folded = question.folded
    opening = _HOW_LONG.match(folded)
    if opening is None:
        return None
    rest = folded[opening.end() :].strip()
    post = _WITHOUT.search(rest) or _INTERIM_BASIS.match(rest) or _INTERIM_HELD.search(rest)
    if post is None:
        return None
    until = _UNTIL.search(rest[post.end() :] if rest[post.end() :] else "")
    held = holding_of(f"interim {post['post']}", index)
    if held is None or "interim" not in fold(held.event.title):
        return None
    following = successor_of(held, index)
    if following is None:
        return None
    successor, span = following
    if until is not None:
        ended = _ARRIVING.sub(" ", until["until"])
        if not ended.split() or not ended_by(ended, successor, index):
            return None  # "before the DfE stepped in": the record ends the holding otherwise
    low, high = (span.first - held.span.last).days, (span.last - held.span.first).days
    stated = [
        (found["said"], citation)
        for citation in held.event.citations
        if (found := _STATED_FOR.search(fold(citation.quote)))
    ]
    said = stated[0][0] if stated else _months(low, high)
    basis = f"from {format_span(held.span)} until {format_span(span)}"
    evidence = [cite(held.event.id, c) for _, c in stated]
    evidence += [cite(e.id, c) for e in (held.event, successor) for c in e.citations]
    explanation = (
        f"{held.event.id} ({format_span(held.span)}) until {successor.id} ({format_span(span)}): "
        f"{low} to {high} days"
    )
    return answered(question, f"{said} ({basis})", said, explanation, evidence)


def _months(low: int, high: int) -> str:
    """The months between two dates known to a range of days: "about seven months" or a range."""
    first, last = round(low / 30.44), round(high / 30.44)
    return f"about {first} months" if first == last else f"{first} to {last} months"


_HOW_LONG_AFTER = re.compile(
    r"^(?:(?:roughly|approximately|about|around) )?how (?:long|many (?P<unit>days|weeks|months|years)) "
    r"after (?P<earlier>.+?) (?:was|were|did|does|had|has|is) (?P<later>.+)$"
)
"""`How long after the inspection was the report published?`: the gap between two dated things."""
_DAYS = {"days": 1.0, "weeks": 7.0, "months": 30.44, "years": 365.25}


_GAP_BETWEEN = re.compile(
    r"^(?:(?:roughly|approximately|about|around) )?"
    r"(?:how (?:long|much time|many (?P<unit>days|weeks|months|years))(?:'s?|’s?)?(?: gap| time)?"
    r"|what (?:was|is) the (?:gap|time|interval|time gap|length of time))"
    r" (?:(?:was|is|were|are|passed|elapsed|went by|ran) )?(?:there )?"
    r"between (?P<earlier>.+?) and (?P<later>.+)$"
)
"""`How many months' gap between the notice and its deadline?`, `How long was there between the visit
and the report?`: the gap between two dated things, named in either order."""


def answer_how_long_after(question: Question, index: ClaimIndex) -> Answer | None:
    """How long after one dated event another came: the days between their dates, in the unit asked
    (else the one that says it best), with both events quoted; None where the dates leave the count
    of that unit open ("10 to 12 weeks")."""
    asked = _HOW_LONG_AFTER.match(question.folded)
    between = None if asked else _GAP_BETWEEN.match(question.folded)
    if between is not None:
        asked = between
    if asked is None:
        return None
    pair = gap_between(asked["later"], asked["earlier"], index)
    if pair is None:
        return None
    later, earlier = pair
    low, high = (later.span.first - earlier.span.last).days, (later.span.last - earlier.span.first).days
    if between is not None and high < 0:  # "between A and B" names the two in either order
        later, earlier = earlier, later
        low, high = -high, -low
    if low < 0:
        return None  # the record puts it before, or its dates overlap: no gap to give
    unit = asked["unit"] or ("days" if high < 28 else "weeks" if high < 120 else "months")
    if asked["unit"] is None and unit == "weeks" and _near_whole_months(low, high):
        unit = "months"  # 61 to 65 days is "about 2 months", as a person would say it, not "about 9 weeks"
    counts = {round(low / _DAYS[unit]), round(high / _DAYS[unit])}
    if len(counts) != 1 and unit == "months":
        counts &= {_calendar_months(earlier.span, later.span)}
    if len(counts) != 1:
        return None
    count = counts.pop()
    about = "" if low == high and unit == "days" else "about "
    said = f"{about}{count} {unit if count != 1 else unit[:-1]}"
    basis = (
        f"{earlier.event.id} ({format_span(earlier.span)}) to {later.event.id} ({format_span(later.span)})"
    )
    evidence = [cite(e.event.id, c) for e in (later, earlier) for c in e.event.citations[:2]]
    explanation = f"{basis}: {low} to {high} days" if low != high else f"{basis}: {low} days"
    days = "" if unit == "days" else f"{low} days, " if low == high else f"{low}–{high} days, "
    answer = f"{said} ({days}from {format_span(earlier.span)} to {format_span(later.span)})"
    return answered(question, answer, said, explanation, evidence)


def _calendar_months(earlier: DateSpan, later: DateSpan) -> int | None:
    """The count of calendar months from one date to the other, where each lies within one month:
    "May 2019 to August 2020" is 15 months, though the deadline's day, which the record leaves open,
    puts it 14 to 15 months after 23 May by days; None where a date runs over more than one month."""
    if any(
        (span.first.year, span.first.month) != (span.last.year, span.last.month) for span in (earlier, later)
    ):
        return None
    return (later.first.year - earlier.first.year) * 12 + later.first.month - earlier.first.month


_NEAR_MONTH = 7
"""The most days a gap may fall short of or run past a whole number of months and still be given in
months: a week either side."""


def _near_whole_months(low: int, high: int) -> bool:
    """Whether every count of days from `low` to `high` is within a week of the same whole number of
    months (two or more): such a gap is told in months, the count of days kept beside it."""
    months = round(high / _DAYS["months"])
    whole = months * _DAYS["months"]
    return months >= 2 and all(abs(days - whole) <= _NEAR_MONTH for days in (low, high))
