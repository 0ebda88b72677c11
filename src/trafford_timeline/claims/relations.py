"""Claims that relate two dated things: "the notice came two weeks after the report", "before the
inspection", "within a month of", "less than three months after the inspection ended".

Each side is resolved to one event of the record by its title; the gap between their dates is
worked out as a range of days from the dates' precision, and compared with what the claim says.
Where either side cannot be resolved to one dated event, this says nothing and the claim goes on
to the other checks.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal, cast

from trafford_timeline.claims.index import RECURRING_KINDS, ClaimIndex, year_unrecorded
from trafford_timeline.claims.language import NUMBER_WORDS, fold
from trafford_timeline.claims.mentions import DateMention, find_dates
from trafford_timeline.claims.parts import OPENS_PREDICATE
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck, Verdict, cite, unique
from trafford_timeline.dates import DateSpan, format_span, parse_record_date
from trafford_timeline.record.model import Event

Qualifier = Literal["exactly", "about", "under", "over", "within", "several"]
_UNIT_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25}
_COUNT = r"\d{1,3}(?:\.5)?|" + "|".join(NUMBER_WORDS)
"""A count of units in figures has at most three digits: `march 2019 weeks after` is a year, then weeks."""
_NUMBER = rf"(?P<n>{_COUNT}|a|an|the(?: very)?(?: next)?(?= day\b)|a few|several)"
"""`the day after` is one day after; `the month after` is vaguer, and not read as a count."""
_UNIT = r"(?P<u>day|week|fortnight|month|year)s?"
COUNT_OF_UNITS = rf"{_NUMBER}\s+{_UNIT}"
"""`six months`, `a year`: a length, with its count in group `n` and its unit in group `u`."""
_QUALIFIER = (
    r"(?P<q>just over|just under|a little over|a little under|slightly more than|slightly less than|"
    r"a little more than|a little less than|well over|well under|"
    r"exactly|precisely|less than|fewer than|under|more than|over|at least|at most|about|around|"
    r"nearly|almost|roughly|some|just|only|barely|within|inside|no more than|no less than|"
    r"in (?:less|fewer) than|in under)"
)
SEVERAL = 10
"""How many units "weeks before" may mean at most: more than one, up to about ten."""
_QUALIFIERS: dict[str, Qualifier] = {
    "less than": "under", "fewer than": "under", "under": "under", "at most": "under",
    "no more than": "under", "barely": "under", "more than": "over", "over": "over",
    "at least": "over", "no less than": "over", "about": "about", "around": "about",
    "nearly": "about", "almost": "about", "roughly": "about", "some": "about", "within": "within",
    "inside": "within", "in less than": "within", "in fewer than": "within", "in under": "within",
    "exactly": "exactly", "precisely": "exactly",
    "just over": "over", "a little over": "over", "slightly more than": "over",
    "a little more than": "over", "well over": "over", "just under": "under", "a little under": "under",
    "slightly less than": "under", "a little less than": "under", "well under": "under",
    "several": "several",
}  # fmt: skip
_RELATION = re.compile(
    rf"\s(?:{_QUALIFIER}\s+)?"
    rf"(?:{_NUMBER}\s+{_UNIT}\s+(?:to the day\s+)?|(?P<bare>days|weeks|months|years)\s+)?"
    r"(?P<rel>after|before|later than|earlier than|prior to|ahead of|following|of|followed|preceded)(?=\s)"
)
_ALSO = re.compile(
    rf"\s+and\s+(?:then\s+)?(?=(?:{_QUALIFIER}\s+)?{_NUMBER}\s+{_UNIT}\s+"
    r"(?:after|before|later than|earlier than|following|prior to|ahead of)\s)"
)
"""`... after the report and eleven weeks after the inspection`: a second length from another point."""
_FROM_TO = re.compile(
    rf"(?:{_QUALIFIER}\s+)?{_NUMBER}\s+{_UNIT}\s+(?:from|between)\s+(?P<earlier>.+?)\s+(?:to|until|till|and)\s+"
    r"(?P<later>.+)$"
)
"""`15 months from the notice to the deadline`: how far apart two dated things are."""
_FALLS = re.compile(r"\s+(?:falls|fell|fall|lands|landed|sits|sat)$")
"""`the deadline falls a year after`: where something comes in time, not a fall."""
_FRONTED = re.compile(
    rf"^(?P<head>(?:{_QUALIFIER}\s+)?(?:{_NUMBER}\s+{_UNIT}\s+)?(?:after|before|following))\s+"
    r"(?P<second>[^,]+),\s*(?P<rest>.+)$"
)
_SAME = re.compile(
    r"\s(?:(?P<order>later|earlier)\s+(?:(?:in|during)\s+)?|(?:in|during|within)\s+)the\s+(?:very\s+)?same\s+"
    r"(?P<gran>week|month|year)\s+(?:as|that|when|in which)?\s*"
    r"|\sthe\s+(?:very\s+)?same\s+(?P<gran2>week|month|year)\s+(?:as|that|when|in which)\s+"
)
"""`in the same month as the report`, `in the same week the inspection ended`."""
_NEXT_PERIOD = re.compile(
    r"\s(?:(?:in|during)\s+)?the\s+(?:previous\s+|preceding\s+|following\s+|next\s+)?"
    r"(?P<gran>week|month|year)\s+(?P<rel>before|after)\s+"
)
"""`the month before the inspection`: in the calendar month (week, year) next to the other's, which is
no count of days: a start on 28 February is "the month before" an inspection on 1 March."""
Granularity = Literal["week", "month", "year"]
_BY = re.compile(rf"\s+by\s+(?:{_QUALIFIER}\s+)?{_NUMBER}\s+{_UNIT}\s*\.?$")
_END = re.compile(
    r"\b(?:ended|finished|concluded|closed|end of|ending|finish|finishing|completed|wrapped up|"
    r"came to an end|left|leaving|departed|pulled out)\b"
)
_START = re.compile(
    r"\b(?:began|begun|started|opened|start of|beginning of|starting|beginning|opening|arrived|arrival of|"
    r"arriving|turned up|got there|came calling|came knocking|showed up|descended on)\b"
)
_ANCHOR = re.compile(rf"(?:{_END.pattern})|(?:{_START.pattern})")
"""Words that say which end of an event a side means: read for that, then no part of its title."""
_GRADED = re.compile(r"\b(?:outstanding|good|requires improvement|inadequate|rated|rating|graded|judged)\b")
"""A side that gives a grade says more than when something happened: order alone cannot support it."""
_AFTER = frozenset({"after", "later than", "following", "followed"})
_OPEN = frozenset({date.min, date.max})


@dataclass(frozen=True)
class Relation:
    """`first` is `days` (with `qualifier`) after `second`; `days` None for a bare before or after."""

    first: str
    second: str
    after: bool
    days: float | None
    qualifier: Qualifier
    said: str
    unit: float = 1.0
    """The unit the claim counts in, in days: "two weeks" may be a few days out, "two months" more."""
    either_way: bool = False
    """`within a month of`: before or after."""
    same: Granularity | None = None
    """`in the same month as`: both fall in one calendar week (Monday to Sunday), month or year."""
    apart: bool = False
    """`four years separated A and B`: how far apart, whichever came first."""
    clause: bool = False
    """Read from a `who ...` clause beside the claim's main statement: it can show the claim false, but
    the statement it sits in is left for the other checks to support."""
    ordered: bool = False
    """`later the same month as the report`: in one period, and in that order."""
    shift: int = 0
    """`the month before the inspection`: the first side's period is this many periods from the
    second's (-1, the one before), as `same` counts them."""
    on: str = ""
    """`first met on 2 June, the day the plan was signed off`: the date the claim gives
    the first side, which must be that side's date too for the claim to hold."""
    also: Relation | None = None
    """`less than three weeks after the report and about eleven weeks after the inspection`: a second
    relation of the same first side, which must hold too."""

    @property
    def one_clause(self) -> bool:
        """Whether the first side is one clause, set off by a comma at most ("the report came out in May,
        two months after the inspection"), so that a claim read as joined statements is still this one
        relation; "spent a week there, and the report came" is not."""
        return _CLAUSE_BREAK.search(self.first.rstrip(", ")) is None


_IN_POST = re.compile(
    r"^(?P<who>.+?)\s+(?:had|has)\s+(?:only\s+|just\s+)?been\s+(?:in\s+(?:post|place|office|charge|"
    r"(?:the|her|his|their)\s+(?:[\w'’]+\s+){0,3}?(?:job|role|post))\s+)?"
    r"(?:(?:(?:as\s+)?(?:the\s+|its\s+|trafford's\s+)?(?:[\w'’-]+\s+){1,5}?)?for\s+)?"
    rf"(?:(?:{_QUALIFIER}\s+)?{_NUMBER}\s+{_UNIT}|(?:only\s+)?(?:a\s+matter\s+of\s+)(?P<bare>days|weeks|months))"
    r"\s+(?:when|by the time|before)\s+(?P<then>.+)$"
)
"""`Sara Todd had been in post for under two months when the inspection began`: the inspection came
that long after she started."""
_LENGTH = rf"(?:{_QUALIFIER}\s+)?{_NUMBER}\s+{_UNIT}"
LENGTH = _LENGTH
"""`roughly 15 months`, `just two years`: a length, with its qualifier, count and unit in `q`, `n`, `u`."""
_SEPARATED = re.compile(
    rf"^(?P<length>{_LENGTH})\s+(?:separated|separate|lay between|passed between|elapsed between)\s+"
    r"(?P<a>.+?)\s+(?:and|from)\s+(?P<b>.+)$"
)
"""`four years separated the good rating and the inadequate one`: a gap, whichever came first."""
_APART = re.compile(
    rf"^(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+(?:were|are|was|came|fell|took place|happened)\s+"
    rf"(?P<length>{_LENGTH})\s+apart$"
)
"""`the inspection and the notice were three months apart`."""
_GIVEN = re.compile(
    rf"^(?:(?P<giver>.+?)\s+(?:gave|gives|has given|had given|allowed|allows)\s+(?P<who>\S+(?:\s+\S+)??)"
    r"|(?P<taker>.+?)\s+(?:(?:was|were|is|are|has been|had been)\s+(?:given|allowed)|had|has had|got|gets)"
    r")\s+"
    rf"(?P<length>{_LENGTH})\s+(?:from\s+(?:the\s+(?:date|day|time)\s+of\s+)?(?P<from>.+?)\s+)?to\s+(?P<do>.+)$"
)
"""`the notice gave Trafford less than a year to implement its plan`: the deadline to do it is that
long after what set it; `was given ... to` (or `had`, `got`) must say what set it (`from the notice`)."""
_MEET = re.compile(r"^(?:meet|hit|make|beat)\s+(?P<deadline>.*\bdeadline\b.*)$")
"""`had 15 months from the notice to meet its August 2020 deadline`: the deadline itself."""
_SHOW = re.compile(r"^(?:show|prove|demonstrate)\s+(?:that\s+)?")
"""`... to show its plan was implemented`: the deadline to implement it; showing is how it was met."""
_LASTED_UNTIL = re.compile(
    rf"^(?P<what>.+?)\s+(?:lasted|went on for|ran for|continued for)\s+(?P<length>{_LENGTH})\s+"
    r"(?:before|until|till)\s+(?P<then>.+)$"
)
"""`the interim arrangement lasted seven months before a permanent appointee started`: the second
came that long after the first."""


_TOOK = re.compile(
    rf"^it took\s+(?:(?P<who>.+?)\s+)??(?P<length>{_LENGTH})\s+(?:after|from)\s+(?P<since>.+?)\s+"
    r"(?:for\s+(?P<doer>.+?)\s+)?to\s+(?P<do>.+)$"
)
"""`it took Ofsted two months after the inspection to publish its report`: the doing came that long
after."""
_SUBJECT_TOOK = re.compile(
    rf"^(?P<who>.+?)\s+took\s+(?P<length>{_LENGTH})\s+(?:after|from)\s+(?P<since>.+?)\s+to\s+(?P<do>.+)$"
)
"""`the DfE took more than a month after the report to issue its notice`: as `it took the DfE ...`."""
_FOR_BEFORE = re.compile(
    rf"^(?P<what>.+?)\s+for\s+(?P<length>{_LENGTH})\s+(?:before|until|till)\s+(?P<then>.+)$"
)
"""`the post was covered on an interim basis for seven months before a permanent appointment`."""


_WAITED = re.compile(
    rf"^(?P<who>.+?)\s+(?:waited|held off(?: for)?)\s+(?P<length>{_LENGTH})\s+(?:after|from)\s+"
    r"(?P<since>.+?)\s+(?:before|to)\s+(?P<do>.+)$"
)
"""`the council waited two weeks after the notice before naming a chair`: the doing came that long
after."""


def _rewritten(folded: str) -> tuple[str, bool]:
    """A claim of a length between two things, said with `separated`, `apart`, `gave ... to` or
    `lasted ... before`, put as `B <length> after A`; and whether either order is meant."""
    found = _SEPARATED.match(folded) or _APART.match(folded)
    if found is not None:
        return f"{found['b']} {found['length']} after {found['a']}", True
    given = _GIVEN.match(folded)
    if given is not None and (given["giver"] or given["from"]):
        setter = given["from"] or given["giver"]
        if (met := _MEET.match(given["do"])) is not None:
            return f"{met['deadline']} {given['length']} after {setter}", False
        return f"the deadline to {_SHOW.sub('', given['do'])} {given['length']} after {setter}", False
    lasted = _LASTED_UNTIL.match(folded) or (None if _IN_POST.match(folded) else _FOR_BEFORE.match(folded))
    if lasted is not None:
        return f"{lasted['then']} {lasted['length']} after {lasted['what']}", False
    waited = _WAITED.match(folded)
    if waited is not None:
        return f"{waited['who']} {waited['do']} {waited['length']} after {waited['since']}", False
    took = _TOOK.match(folded)
    if took is None and (doer := _SUBJECT_TOOK.match(folded)) is not None:
        return f"{doer['who']} {doer['do']} {doer['length']} after {doer['since']}", False
    if took is not None and (took["who"] or took["doer"]) and not (took["who"] and took["doer"]):
        return f"{took['who'] or took['doer']} {took['do']} {took['length']} after {took['since']}", False
    return folded, False


def _count(word: str) -> float:
    """How many units a count says: `two`, `2`, `a`, `the (very next)` day, and `a few` or
    `several` as three."""
    count = NUMBER_WORDS.get(word) or (
        1 if word in {"a", "an"} or word.startswith("the") else 3 if word in {"a few", "several"} else None
    )
    return float(count) if count is not None else float(word)


def length_of(found: re.Match[str], *, default: Qualifier = "exactly") -> Relation:
    """A length matched by `LENGTH` (`roughly 15 months`, `just two years`) as a relation of no sides,
    for a check that finds the two dated things itself."""
    unit = _UNIT_DAYS[found["u"]]
    qualifier = _QUALIFIERS.get(found["q"] or "", "exactly") if found["q"] else default
    return Relation("", "", True, _count(found["n"]) * unit, qualifier, found[0].strip(), unit)


def days_of(count: str, unit: str) -> float:
    """How many days a length is: `six`, `month` is 182.64."""
    return _count(count) * _UNIT_DAYS[unit]


_DAY_OF = re.compile(
    r"^(?P<what>.+?)\s+on\s+(?P<on>[^,]+?),\s+(?:which was\s+)?the\s+(?:very\s+)?"
    r"(?:(?P<end>final|last|closing)\s+|(?P<start>first|opening)\s+)?day\s+"
    r"(?:of\s+|that\s+|when\s+|on which\s+)?(?P<other>.+)$"
)
"""`the board first met on 2 June, the day the plan was signed off`: a date, then another dated
thing said to fall on it; the two must share that day."""


def _day_of(folded: str) -> Relation | None:
    """A date put beside another dated thing as the same day, or None."""
    found = _DAY_OF.match(folded)
    if found is None or not find_dates(found["on"]):
        return None
    other = found["other"]
    second = f"the end of {other}" if found["end"] else f"the start of {other}" if found["start"] else other
    return Relation(found["what"], second, True, 0.0, "exactly", "on the same day as", on=found["on"])


_TIME_FRONTED = re.compile(r"^(?:by the time|when) (?P<then>[^,]+),\s*(?P<rest>.+ (?:had|has) .*been .+)$")
"""`by the time Ofsted came, Sara Todd had been in post for a year`: the time put first, read as put
last."""


_ALREADY_WHEN = re.compile(r"^(?P<what>.+?)\s+already\s+(?P<state>[^,]+?)\s+when\s+(?P<then>[^,]+)$")
"""`Sara Todd was already in post when the inspection began`: a state that held when something happened
had begun before it, so it is read as `... in post before the inspection began`."""


_WHO_CLAUSE = re.compile(r"^(?P<who>[^,]+),\s+who\s+(?P<did>[^,]+),\s+(?P<rest>.+)$")
"""`the director, who arrived a year after the report, said ...`: a relation said in passing."""


_HALF = re.compile(
    rf"\b(?P<n>{'|'.join(NUMBER_WORDS)}|\d+|an?)\s+(?:(?P<u>day|week|month|year)s?\s+and\s+a\s+half"
    r"|and\s+a\s+half\s+(?P<u2>day|week|month|year)s?)\b"
)
"""`a year and a half`, `two and a half months`: a count with a half, put as `1.5 years`."""


_HALF_A = re.compile(r"\bhalf\s+an?\s+(?P<u>month|week|day)\b")
"""`half a week`: a count of a half."""
_HALF_YEAR = re.compile(r"\b(?:a\s+)?half[\s-]+(?:a\s+)?year\b", re.IGNORECASE)
"""`half a year`, `the half-year before`: six months, as the record says it."""


def half_years(text: str) -> str:
    """A half-year put as six months, the length the record states (`within six months`, `over the last
    six months`), so that a claim of it is read as of that length."""
    return _HALF_YEAR.sub("six months", text)


_EMPHASIS = re.compile(
    rf"\b(?:a\s+(?:full|whole|clear|solid)|fully|all\s+of)\s+(?=(?:{_COUNT})\s+(?:day|week|fortnight|month|year)s?\b)"
    r"|\b(?<=\ba\s)(?:full|whole|clear|solid)\s+(?=(?:day|week|fortnight|month|year)\b)"
)
"""`a full two months`, `a whole year`, `fully three weeks`: words that only stress a length."""


def plain_lengths(folded: str) -> str:
    """Lengths put as the relation patterns read them: `and a half` and `half a` counts in figures
    (`half a year` as six months), and the words that only stress a length (`a full year`) left out."""

    def figure(found: re.Match[str]) -> str:
        return f"{_count(found['n']) + 0.5} {found['u'] or found['u2']}s"

    def half(found: re.Match[str]) -> str:
        return f"0.5 {found['u']}s"

    return _EMPHASIS.sub("", _HALF_A.sub(half, _HALF.sub(figure, half_years(folded))))


def read_relation(claim: str) -> Relation | None:
    """The relation a claim states between two things, or None."""
    claim = plain_lengths(fold(claim))
    clause = _WHO_CLAUSE.match(fold(claim).rstrip(".!?"))
    if clause is not None:
        inner = read_relation(f"{clause['who']} {clause['did']}")
        if inner is not None and inner.on == "" and inner.same is None:
            return replace(inner, clause=True)
    day_of = _day_of(fold(claim).rstrip(".!?"))
    if day_of is not None:
        return day_of
    folded, either = _rewritten(
        _TIME_FRONTED.sub(r"\g<rest> by the time \g<then>", fold(claim).rstrip(".!?"))
    )
    folded = _ALREADY_WHEN.sub(r"\g<what> \g<state> before \g<then>", folded)
    in_post = _IN_POST.match(folded)
    if in_post is not None and in_post["bare"]:  # "a matter of weeks": some weeks, as "weeks after"
        folded = f"{in_post['then']} {in_post['bare']} after {in_post['who']} took up post"
    elif in_post is not None:
        q = f"{in_post['q']} " if in_post["q"] else ""
        units = in_post["u"] if in_post["n"] in {"a", "an", "one", "1"} else f"{in_post['u']}s"
        folded = f"{in_post['then']} {q}{in_post['n']} {units} after {in_post['who']} took up post"
    same = _SAME.search(folded)
    if same is not None:
        first, second = folded[: same.start()].strip(), folded[same.end() :].strip()
        said_gran = same["gran"] or same["gran2"]
        if first and second:
            gran: Granularity = "week" if said_gran == "week" else "month" if said_gran == "month" else "year"
            return Relation(
                first, second, same["order"] != "earlier", None, "exactly", same[0].strip(), same=gran,
                ordered=same["order"] is not None,
            )  # fmt: skip
    beside = _NEXT_PERIOD.search(folded)
    if beside is not None and (first := folded[: beside.start()].strip()) and folded[beside.end() :].strip():
        after = beside["rel"] == "after"
        return Relation(
            first, folded[beside.end() :].strip(), after, None, "exactly", beside[0].strip(),
            same=cast(Granularity, beside["gran"]), shift=1 if after else -1,
        )  # fmt: skip
    fronted = _FRONTED.match(folded)
    if fronted is not None:  # "two weeks after the report, the DfE issued a notice"
        folded = f"{fronted['rest']} {fronted['head']} {fronted['second']}"
    apart = _FROM_TO.search(folded)
    if apart is not None:  # "roughly 15 months from the notice to the deadline"
        unit = _UNIT_DAYS[apart["u"]]
        qualifier = _QUALIFIERS.get(apart["q"] or "", "exactly")
        how_long = folded[apart.start("q") if apart["q"] else apart.start("n") : apart.end("u")]
        length = _count(apart["n"]) * unit
        how_long += "" if length == unit else "s"
        return Relation(apart["later"], apart["earlier"], True, length, qualifier, how_long, unit)
    matches = list(_RELATION.finditer(folded))
    for match in matches:
        rel = match["rel"]
        if rel == "of" and _QUALIFIERS.get(match["q"] or "") != "within":
            continue
        if rel in {"followed", "following"} and any(
            later["n"] for later in matches if later.start() > match.start()
        ):
            continue  # "followed two weeks after the report": the count is said with the later word
        first, second = _FALLS.sub("", folded[: match.start()].strip()), folded[match.end() :].strip()
        groups = match.groupdict()
        also = None
        if (joined := _ALSO.search(second)) is not None:  # "... after the report and a month after the visit"
            also = read_relation(f"{first} {second[joined.end() :]}")
            second = second[: joined.start()] if also is not None else second
        by = _BY.search(second)
        if by is not None:
            second = second[: by.start()]
            groups = {**groups, **{k: v for k, v in by.groupdict().items() if v}}
        if not first or not second:
            continue
        days = None
        unit = 1.0
        if groups.get("bare"):  # "weeks before": more than one week, up to about ten
            unit = _UNIT_DAYS[groups["bare"][:-1]]
            days, groups["q"] = SEVERAL * unit, "several"
        if groups.get("u"):
            unit = _UNIT_DAYS[groups["u"]]
            days = _count(groups["n"]) * unit
        qualifier = _QUALIFIERS.get(groups.get("q") or "", "exactly")
        if qualifier == "within" and days is None:
            continue
        said = match[0].strip() if by is None else f"{rel} by {by[0].strip().removeprefix('by ')}"
        after = rel in _AFTER or rel == "of"
        said = f"{said.removesuffix(' after')} apart" if either else said
        return Relation(
            first, second, after, days, qualifier, said, unit, either_way=rel == "of", apart=either, also=also
        )
    return None


@dataclass(frozen=True)
class Dated:
    event: Event
    span: DateSpan
    at: Literal["start", "end", "all"]

    @property
    def days(self) -> tuple[date, date]:
        if not _lasted_days(self.span):  # "after Todd arrived" in Feb to 3 Mar: one day, not known which
            return self.span.first, self.span.last
        if self.at == "start":
            return self.span.first, self.span.first
        if self.at == "end":
            return self.span.last, self.span.last
        return self.span.first, self.span.last


SIDE_TERMS = 2
SIDE_MISSING = 1
UNSAID = 100
"""A side may leave one of its words unsaid by the event's title ("published its findings" for
"publishes its report") where at least two others are said and the event's quotes say it; such an
event is chosen only where no event's title says every word, so the title that says it all wins."""
Found = tuple[Event, DateSpan, int]
"""An event a side may be, its date, and how many things its title says beyond the side's words."""


_DUE = re.compile(
    r"\b(?:due|(?:was|were|is|are) (?:due |set |scheduled |planned )?to|would|will|planned|scheduled)\b"
)
"""A side that says what was due ("the action plan was due with Ofsted") is dated by the plan's date."""


_LEFT = re.compile(r"\b(?:left|leaving|departed|pulled out)\b")
"""`once the visitors had left`: the end of their visit; but a person who left is leaving a post,
which no event's end dates."""


_COVERED = re.compile(
    r"^(?P<post>.+?)\s+(?:post|job|role)?\s*(?:was|were|had been|is)\s+(?:covered|filled|held|run)\s+"
    r"(?:on an interim basis|by an interim|in the interim|temporarily)$"
)
"""`the director's post was filled on an interim basis`: that span began when the interim started."""


def _events_for(side: str, index: ClaimIndex, *, dated: bool = True, planned: bool = False) -> list[Found]:
    """The events whose title says everything this side does, dated at both ends (and, unless not
    `dated`, at the dates the side gives); with `planned`, events only planned for their date too."""
    covered = _COVERED.match(fold(side))
    side = f"an interim {covered['post']} starts" if covered is not None else side
    reading = read_text(_ANCHOR.sub(" ", side), index.glossary, index.vocabulary, correct=True)
    terms = [t for t in reading.distinct_terms if t not in index.glossary.implied]
    if _LEFT.search(fold(side)) and any(person.name <= set(terms) for person in index.people):
        return []
    arrived = _START.search(fold(side)) is not None
    roles = {  # "after Todd arrived": a person's arrival is the event their role fact points at
        role.event
        for person in index.people
        if arrived and person.name & set(terms)
        for role, _ in person.roles
        if role.event is not None
    }
    mentions = _dates_given(side) if dated else []
    known = [t for t in terms if t in index.postings]
    lasting = anchored = _ANCHOR.search(fold(side)) is not None
    """"when inspectors finished their fieldwork": a start or an end is of something that lasted days."""
    if known != terms and (mentions or lasting) and known:
        terms = known  # the date, or the lasting, says which; a word the record never uses says no more
    else:
        lasting = False
    if not terms:
        return []
    pool = {n for term in terms for n in index.postings.get(term, ())[:2000]}
    named = _named_in(index)
    kinds = Counter[str](doc.item.kind for doc in index.documents if isinstance(doc.item, Event))
    parts = _concept_parts(index)
    due = planned or _DUE.search(fold(side)) is not None
    found: list[Found] = []
    for number in sorted(pool):
        item = index.documents[number].item
        if not isinstance(item, Event) or (item.status != "occurred" and item.kind != "deadline" and not due):
            continue  # a deadline's date is set, whether or not it has come; so is what was due then
        span = parse_record_date(item.date)
        if {span.first, span.last} & _OPEN or any(not m.overlaps(span) for m in mentions):
            continue
        if lasting and (span.first == span.last or span.first_precision != "day"):
            continue
        title = set(read_text(item.title, index.glossary, index.vocabulary).terms) - index.glossary.implied
        said = [term for term in terms if term in title or term in named.get(item.id, ())]
        missing = [term for term in terms if term not in said]
        if not missing:
            found.append((item, span, len(title - set(terms))))
        elif (
            (len(said) >= SIDE_TERMS or _only_of_its_kind(item, said, kinds))
            and len(missing) <= SIDE_MISSING
            and all(_in_words_of(term, index.documents[number].bag, parts) for term in missing)
        ) or (anchored and said and len(missing) <= SIDE_MISSING and _lasted_days(span)):
            # "when inspectors finished their visit": the end of something that lasted days, whatever
            # the record calls it
            found.append((item, span, UNSAID * len(missing) + len(title - set(terms))))
    return [pair for pair in found if pair[0].id in roles] or found if roles else found


def _dates_given(side: str) -> list[DateMention]:
    """Dates a side gives; a month without a year (`in February`) still rules out other months."""
    return [m for m in find_dates(fold(side)) if m.span is not None or m.month is not None]


def _misdated(claim: str, relation: Relation, first: Dated | None, second: Dated | None,
              index: ClaimIndex) -> ClaimCheck | None:  # fmt: skip
    """A side that names one event but gives it a date the record's date for it excludes ("the
    report was published in January", of a report of 8 May): the claim is contradicted, whatever
    the relation says, and whether or not the other side is one event ("inspectors visited in
    March, weeks after the report came out in February"); None where no side names one event
    without its date, or the dates fit."""
    if (first is not None and second is not None) or relation.on or relation.clause:
        return None
    for side, other in ((relation.first, second), (relation.second, first)):
        if (misdated := _misdated_side(side, other, index)) is None:
            continue
        found, said = misdated
        dated = [event for event in (found, other) if event is not None]
        explanation = (
            f"the claim says {said}, but the record dates it {format_span(found.span)}: "
            + "; ".join([found.event.title] + [f"{e.event.title} ({format_span(e.span)})" for e in dated[1:]])
        )
        evidence = [cite(e.event.id, c, 1.0) for e in dated for c in e.event.citations[:2]]
        return ClaimCheck(claim, "contradicted", explanation, unique(evidence))
    return None


def _misdated_side(side: str, other: Dated | None, index: ClaimIndex) -> tuple[Dated, str] | None:
    """The one event a side names, where the date the side gives excludes the record's date for it,
    with the dates the side gives; None otherwise."""
    mentions = _dates_given(side)
    if not mentions:
        return None
    named = _events_for(side, index, dated=False)
    if any(m.overlaps(span) for _, span, _ in named for m in mentions):
        return None  # "the 2015 inspection": of the events the side could name, one is of its date
    found = _choose(named, side, other)
    if found is None or (other is not None and found.event.id == other.event.id):
        return None
    if found.event.kind in RECURRING_KINDS and any(year_unrecorded(index, m.span) for m in mentions):
        return None  # "last inspected in 2012": one of a kind that recurs, which the record does not hold
    return found, ", ".join(m.text for m in mentions)


def _only_of_its_kind(event: Event, said: list[str], kinds: Counter[str]) -> bool:
    """The side names the kind of an event the record holds only one of ("the improvement
    deadline": the record has one deadline), so that word alone says which event is meant."""
    return kinds[event.kind] == 1 and f"concept:{event.kind}" in said


def _concept_parts(index: ClaimIndex) -> dict[str, frozenset[str]]:
    """The words of each concept's phrases: `plan` and `improv` are said by `improvement plan`."""
    parts: dict[str, set[str]] = {}
    for phrases in index.glossary.phrases.values():
        for words, replacement in phrases:
            for token in replacement:
                if token.startswith("concept:"):
                    parts.setdefault(token, set()).update(words)
    return {concept: frozenset(words) for concept, words in parts.items()}


def _in_words_of(term: str, bag: frozenset[str], parts: dict[str, frozenset[str]]) -> bool:
    """A side's word the event's text says, itself or as a word of one of its concepts: "its plan"
    for the event's "improvement plan"."""
    return term in bag or any(term in parts.get(token, ()) for token in bag)


def _lasted_days(span: DateSpan) -> bool:
    """Whether something went on for days, each end dated to the day (an inspection's fieldwork)."""
    return span.first != span.last and span.first_precision == span.last_precision == "day"


def _named_in(index: ClaimIndex) -> dict[str, frozenset[str]]:
    """The names of the people whose role facts point at an event: "Sara Todd became chief
    executive" is the event a title calls "a permanent chief executive takes up the post", when the
    record's role fact for Sara Todd links it. A name counts as said by the title, not as extra."""
    named: dict[str, set[str]] = {}
    for person in index.people:
        for role, _ in person.roles:
            if role.event is not None:
                named.setdefault(role.event, set()).update(person.name)
    return {event: frozenset(names) for event, names in named.items()}


def _choose(found: list[Found], side: str, near: Dated | None = None) -> Dated | None:
    """One event, or None where the side could be several things at different dates.

    The event whose title is most nearly about the side alone is meant ("the report" is the one
    whose title is about a report, not the one that mentions a later report in passing); of those
    equally near, the one nearest the other side's date, else the most precisely dated.
    """
    if not found:
        return None
    fewest = min(extra for _, _, extra in found)
    closest = [(event, span) for event, span, extra in found if extra == fewest]
    spans = {span for _, span in closest}
    if len(spans) > 1 and near is not None:
        closest.sort(key=lambda pair: abs((pair[1].first - near.span.first).days))
    elif len(spans) > 1:
        precision = {"day": 0, "month": 1, "year": 2, "open": 3}
        closest.sort(key=lambda pair: (precision[pair[1].first_precision], pair[1].last - pair[1].first))
        if precision[closest[0][1].first_precision] == precision[closest[1][1].first_precision]:
            return None
    event, span = closest[0]
    at: Literal["start", "end", "all"] = (
        "end" if _END.search(side) else "start" if _START.search(side) else "all"
    )
    return Dated(event, span, at)


def _apart(mine: list[Found], theirs: list[Found]) -> list[Found]:
    """An event either side could be is not the other side: `the report` is not the notice."""
    shared = {event.id for event, _, _ in theirs}
    kept = [pair for pair in mine if pair[0].id not in shared]
    return kept or mine


def check_relation(claim: str, relation: Relation, index: ClaimIndex) -> ClaimCheck | None:
    """The relation compared with the two events' dates; None where a side is not one event. Two
    relations of one thing (`two weeks after the report and a month after the inspection`) must
    both hold: either contradicted decides, both supported support it."""
    if relation.also is None and (both := _each_of_two(relation, index)) is not None:
        relation = both  # "the new leader and lead member took up their posts after the inspection"
    if relation.also is None:
        return _check_relation(claim, relation, index)
    checks = [_check_relation(claim, replace(relation, also=None), index)]
    checks.append(check_relation(claim, relation.also, index))
    contradicted = [check for check in checks if check is not None and check.verdict == "contradicted"]
    if contradicted:
        return contradicted[0]
    if any(check is None for check in checks):
        return None
    found = [check for check in checks if check is not None]
    if all(check.verdict == "supported" for check in found):
        explanation = "; ".join(check.explanation for check in found)
        return ClaimCheck(claim, "supported", explanation, unique([e for c in found for e in c.evidence]))
    return next(check for check in found if check.verdict == "not_found")


_TWO_SUBJECTS = re.compile(
    r"^(?P<one>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+and\s+(?P<other>(?:[\w'’-]+\s+){0,5}?)"
    r"(?:both\s+)?(?P<said>(?:only\s+|just\s+)?(?:[a-z]+ed|took|took up|became|began|came|joined|left|"
    r"started|arrived|was|were|had)\b.*)$"
)
"""`the new leader and lead member for children took up their posts`: two subjects of one predicate."""


_THEIR_PLURAL = re.compile(r"\btheir\s+(?P<noun>[a-z]+?)s\b")


def _each_of_two(relation: Relation, index: ClaimIndex) -> Relation | None:
    """A first side of two subjects that is no one event, read as each subject with the predicate:
    both relations must hold."""
    found = _TWO_SUBJECTS.match(relation.first)
    if found is None or not found["other"].strip() or _events_for(relation.first, index):
        return None
    said = _THEIR_PLURAL.sub(r"the \g<noun>", found["said"].rstrip(", "))  # "the post", not "their posts"
    one, other = f"{found['one']} {said}", f"{found['other']}{said}"
    return replace(relation, first=one, also=replace(relation, first=other))


_THROUGHOUT = re.compile(
    r"\b(?:throughout|all along|the whole time|all the time|continuously|at all times)\b"
)
"""A holding said to last over a whole stretch ("held permanently throughout the period before the
inspection"): one event dated before the other does not show it held all that time."""


def _check_relation(claim: str, relation: Relation, index: ClaimIndex) -> ClaimCheck | None:
    if _THROUGHOUT.search(fold(claim)):
        return None
    graded = [_GRADED.search(side) is not None for side in (relation.first, relation.second)]
    if any(graded) and not relation.apart and not (all(graded) and relation.days is not None):
        return None  # "held an outstanding rating before 2019": the grade is for the rating checks; but
        # "inadequate two years after being rated good" says how far apart two ratings were
    sides = [side for side in (relation.first, relation.second) if _COVERED.match(fold(side)) is None]
    if any(read_text(side, index.glossary).negations for side in sides):  # an interim is not a denial
        return None  # "ran it full-time" (not part-time): what a side denies is no event's date
    planned_only = False
    if all(graded):  # "four years separated the good rating and the inadequate one"
        named = set(read_text(f"{relation.first} {relation.second}", index.glossary, index.vocabulary).areas)
        first, second = _rated(relation.first, index, named), _rated(relation.second, index, named)
    elif any(graded):
        return None
    else:
        first, second = _two_events(relation, index)
        if (misdated := _misdated(claim, relation, first, second, index)) is not None:
            return misdated
        if first is None or second is None:  # "the action plan went to Ofsted before the report came
            first, second = _two_events(relation, index, planned=True)  # out": planned for August
            planned_only = True
    if first is None or second is None or first.event.id == second.event.id:
        return None
    if relation.same is not None:
        return _same_period(claim, relation, first, second)
    verdict, gap = judge_gap(relation, first, second)
    if planned_only and verdict != "contradicted":
        return None  # a date a thing was only planned for can put it out of order, never show it happened
    if relation.clause and verdict != "contradicted":
        return None  # what the clause sits in is for the other checks
    if verdict == "supported" and any(not m.overlaps(first.span) for m in find_dates(relation.on)):
        return None  # the same day as the other, but not the day the claim gives
    when = (
        f"{first.event.title} ({format_span(first.span)}); {second.event.title} ({format_span(second.span)})"
    )
    gap_said = "; the gap is " + gap if relation.days is not None or relation.qualifier == "within" else ""
    explanation = {
        "supported": f"the claim says {relation.said}: {when}{gap_said}",
        "contradicted": f"the claim says {relation.said}, but the record says: {when}{gap_said}",
        "not_found": f"the record's dates are not precise enough to say ({when})",
    }[verdict]
    evidence = [cite(e.id, c, 1.0) for e in (first.event, second.event) for c in e.citations[:2]]
    if verdict == "not_found":
        return ClaimCheck(claim, verdict, explanation, related=unique(evidence, 3))
    return ClaimCheck(claim, verdict, explanation, unique(evidence))


def judge_gap(relation: Relation, first: Dated, second: Dated) -> tuple[Verdict, str]:
    """Whether the gap from `second` to `first` fits the relation's length, and the gap as the dates
    allow it: a range of days, or of calendar years where a year count meets a date known only to its
    year ("four years after 2015")."""
    a_first, a_last = first.days
    b_first, b_last = second.days
    low, high = (a_first - b_last).days, (a_last - b_first).days
    if not relation.after:
        low, high = -high, -low
    if relation.apart:
        low, high = _distance(low, high)
    verdict = _judge(low, high, relation)
    gap = f"{low} days" if low == high else f"{low} to {high} days"
    if _in_years(relation, first, second):
        low, high = a_first.year - b_last.year, a_last.year - b_first.year
        low, high = _distance(low, high) if relation.apart else (low, high)
        counted = Relation("", "", True, relation.days / relation.unit if relation.days else None,
                           relation.qualifier, relation.said, 1.0)  # fmt: skip
        verdict = _judge(low, high, counted)
        gap = f"{low} years" if low == high else f"{low} to {high} years"
        gap += " counted by calendar year, since the record dates one of them only to its year"
    return verdict, gap


def gap_between(later: str, earlier: str, index: ClaimIndex) -> tuple[Dated, Dated] | None:
    """The two events a question of how long after one another names (`the report was published`,
    `the inspection`), as a claim's two sides are read; None where either is not one event, is a
    grade (which the ratings date) or is denied."""
    sides = (later, earlier)
    if any(_GRADED.search(side) or read_text(side, index.glossary).negations for side in sides):
        return None
    first, second = _two_events(Relation(later, earlier, True, None, "exactly", ""), index)
    if first is None or second is None or first.event.id == second.event.id:
        return None
    return first, second


def _two_events(
    relation: Relation, index: ClaimIndex, *, planned: bool = False
) -> tuple[Dated | None, Dated | None]:
    firsts = _events_for(relation.first, index, planned=planned)
    seconds = _events_for(relation.second, index, planned=planned)
    if not relation.on:  # "on 4 June, the first day of the visit" may name one event twice
        firsts, seconds = _apart(firsts, seconds), _apart(seconds, firsts)
    second = _choose(seconds, relation.second)
    first = _choose(firsts, relation.first, second)
    if second is None:
        second = _choose(seconds, relation.second, first)
    return first, second


def _distance(low: int, high: int) -> tuple[int, int]:
    """How far apart, whichever came first: the range of the gap's size."""
    if low >= 0:
        return low, high
    if high <= 0:
        return -high, -low
    return 0, max(-low, high)


def _rated(side: str, index: ClaimIndex, named: set[str] | None = None) -> Dated | None:
    """The inspection a side means by the grade it names ("the 'good' rating", "the one that found
    it inadequate"): only where every rating of that grade (in the areas the side names, or else the
    areas the other side names: "leadership was rated inadequate four years after being rated good"
    is of leadership both times) is of one year, dated by the event the rating belongs to."""
    reading = read_text(side, index.glossary, index.vocabulary)
    if len(reading.grades) != 1:
        return None
    areas = set(reading.areas) or set(named or ())
    ratings = [
        fact
        for fact in index.ratings.values()
        if fact.grade == reading.grades[0] and (not areas or fact.area in areas) and fact.event is not None
    ]
    events = {fact.event for fact in ratings if fact.event is not None}
    if len({fact.year for fact in ratings}) != 1 or len(events) != 1 or not events <= set(index.numbers):
        return None
    event = index.document_of(events.pop()).item
    if not isinstance(event, Event):
        return None
    span = parse_record_date(event.date)
    return None if {span.first, span.last} & _OPEN else Dated(event, span, "all")


def _in_years(relation: Relation, first: Dated, second: Dated) -> bool:
    """A count of years, neither more nor less than, between things one of which the record dates
    only to a year: "four years after 2015" counts calendar years, as a reader does."""
    return (
        relation.days is not None
        and relation.unit == _UNIT_DAYS["year"]
        and relation.qualifier in {"exactly", "about"}
        and "year" in {first.span.first_precision, first.span.last_precision,
                       second.span.first_precision, second.span.last_precision}
    )  # fmt: skip


def _judge(low: int, high: int, relation: Relation) -> Verdict:
    """Whether every gap the dates allow fits the claim (supported), none does, or some do."""
    if relation.days is None:
        if low > 0:
            return "supported"
        return "contradicted" if high <= 0 else "not_found"
    days, unit = relation.days, relation.unit
    if relation.either_way:
        fits, misses = -days <= low and high <= days, low > days or high < -days
    elif relation.qualifier == "under":
        fits, misses = low > 0 and high < days, high <= 0 or low >= days
    elif relation.qualifier == "over":
        fits, misses = low > days, high <= days
    elif relation.qualifier == "several":  # as vague as the claim: any gap of some units fits
        fits, misses = high >= unit and low <= days, high < unit / 2 or low > 2 * days
    elif relation.qualifier == "within":
        fits, misses = low >= 0 and high <= days, high < 0 or low > days
    else:
        slack = max(unit / 2, 0.2 * days) if relation.qualifier == "about" else unit / 2
        fits = days - slack <= low and high <= days + slack
        misses = high < days - slack or low > days + slack
    if fits:
        return "supported"
    return "contradicted" if misses else "not_found"


_LASTED = re.compile(
    rf"\s(?:lasted|spent|took|ran for|ran over|went on for|was over|were over|spanned|"
    r"(?:took place|was held|were held|was carried out|happened) (?:over|across)|"
    rf"(?:was|were|stayed|remained)(?:\s+(?:in|at|on)\s+[\w'-]+|\s+there|\s+on\s+site)?\s+for)\s+(?:{_QUALIFIER}\s+)?"
    rf"{_NUMBER}\s+(?:(?:whole|full|entire|solid|clear)\s+)?{_UNIT}\b"
)
"""`lasted five days`, `spent a whole month`, `took place over five days`: how long, with a word that
only stresses the length."""


_CLAUSE_BREAK = re.compile(r",|;| and | but | while ")
_ENDED_BY = frozenset({"before", "until", "till", "when"})
_REST_BREAK = re.compile(rf"{_CLAUSE_BREAK.pattern}| before | until | till | when ")
"""After the length, a time word starts what ended it ("lasted seven months before a permanent
appointee took up the post"), which is not the subject of the length."""


@dataclass(frozen=True)
class Duration:
    """`the inspection lasted five days`: how long one dated thing took."""

    subject: str
    days: float
    unit: float
    qualifier: Qualifier
    said: str
    """How long, as the claim puts it (`about a week`)."""
    rest: str = ""
    """What else the claim says, where the length only qualifies its subject (`the five-day
    inspection found failings`): it must be supported too."""
    until: str = ""
    """What the claim says ended it (`before Sara Todd took up the post`): the record's end must be it."""
    then: str = ""
    """A further statement of the same subject after the length (`lasted five days and was led by
    three inspectors`), with the subject put back: it must be supported too, not dropped."""


_LONG = re.compile(
    rf"\b(?:(?P<n>{_COUNT})[- ])?(?P<u>day|week|fortnight|month|year)s?-long\s+(?=[a-z])"
    rf"|\b(?P<n2>{_COUNT})-(?P<u2>day|week|fortnight|month)\s+(?=[a-z])"
)
"""`a fortnight-long inspection`, `the five-day inspection`: how long, said before the noun."""


def _read_long(folded: str) -> Duration | None:
    found = _LONG.search(folded)
    if found is None:
        return None
    word = found["n"] or found["n2"]
    count = _count(word) if word else 1.0
    name = found["u"] or found["u2"]
    subject = " ".join(folded[found.end() :].split()[:2])  # the noun it qualifies: `ofsted inspection`
    said = f"{word} {name}s" if word and count != 1 else f"a {name}"
    rest = f"{folded[: found.start()]}{folded[found.end() :]}"
    return Duration(subject, count * _UNIT_DAYS[name], _UNIT_DAYS[name], "exactly", said, rest)


_INTERIM = r"(?:interim|acting|temporary)(?: part-time| full-time)?"
WITHOUT_A_HOLDER = (
    r"(?:without (?:a|an|any)|with no|(?:had|has|have) no) (?:permanent|substantive) (?P<post>[a-z' -]+?)"
)
"""`without a permanent chief executive`: a post held by no permanent holder, which the record dates
as its interim holding."""
_GONE_WITHOUT = (
    re.compile(
        rf"\b(?:went|gone|go|goes|spent|was|were|been|remained|stayed)\s+(?:for\s+)?(?:{_QUALIFIER}\s+)?"
        rf"{_NUMBER}\s+{_UNIT}\s+{WITHOUT_A_HOLDER}(?=$|{_REST_BREAK.pattern})"
    ),
    re.compile(rf"\b{WITHOUT_A_HOLDER}\s+for\s+(?:{_QUALIFIER}\s+)?{_NUMBER}\s+{_UNIT}\b"),
    re.compile(
        rf"\b(?:went|gone|spent|was|were|been|had)\s+(?:for\s+)?(?:{_QUALIFIER}\s+)?{_NUMBER}\s+{_UNIT}\s+"
        rf"(?:with|under) (?:a|an) {_INTERIM} (?P<post>[a-z' -]+?)(?=$|{_REST_BREAK.pattern})"
    ),
    re.compile(
        rf"\b(?P<post>[a-z' -]+?) (?:role|post|job|position) (?:was|were|had been|has been) "
        rf"(?:held|covered|filled|run|done) on an? {_INTERIM} basis "
        rf"for (?:{_QUALIFIER}\s+)?{_NUMBER}\s+{_UNIT}\b"
    ),
)
"""`went seven months without a permanent chief executive`, `had no permanent chief executive for
seven months`, `went a year with an interim chief executive`, `the chief executive's job was covered on
an interim basis for six months`: how long the post's interim holding lasted, not a denial that it was
ever filled."""
_OWNER = re.compile(r"^(?:(?:the|its|their|[a-z]+'s) )+|'s$")
"""`the chief executive's`, `trafford's chief executive`: the post, without whose it is."""


def _gone_without(folded: str) -> Duration | None:
    """How long a post went without a permanent holder, as the length of its interim holding."""
    found = next((found for pattern in _GONE_WITHOUT if (found := pattern.search(folded))), None)
    if found is None:
        return None
    rest = folded[found.end() :]
    clause_end = _REST_BREAK.search(rest)
    ended = rest[clause_end.end() :] if clause_end and clause_end[0].strip() in _ENDED_BY else ""
    length = folded[found.start("q") if found["q"] else found.start("n") : found.end("u") + 1].rstrip()
    unit = _UNIT_DAYS[found["u"]]
    vague = found["n"] in {"a few", "several"}  # as vague as `weeks before`: more than one, up to about ten
    qualifier: Qualifier = "several" if vague else _QUALIFIERS.get(found["q"] or "", "exactly")
    days = (SEVERAL if vague else _count(found["n"])) * unit
    post = _OWNER.sub("", found["post"].strip())
    return Duration(f"interim {post}", days, unit, qualifier, length, until=_CLAUSE_BREAK.split(ended)[0])


_GOING_THROUGH = re.compile(
    r"\b(?:going|combing|raking|trawling) through\b"
    r"(?! (?:the |its |their |his |her )?"
    r"(?:reports?|findings|documents?|files?|papers?|evidence|data|plans?)\b)"
)
"""`spent a month going through Trafford`: examining a place or a service, said as an idiom, which is
the record's inspecting; going through papers is not."""


def read_duration(claim: str) -> Duration | None:
    folded = plain_lengths(fold(claim)).rstrip(".!?")
    if (without := _gone_without(folded)) is not None:
        return without
    found = _LASTED.search(folded)
    if found is None:
        return _read_long(folded)
    if _SUBJECT_TOOK.match(folded) or _TOOK.match(folded):
        return None  # "took two months after the inspection to publish": how long after, a relation
    word = found["n"]
    count = NUMBER_WORDS.get(word) or (1 if word in {"a", "an"} else None)
    if count is None and not word.isdigit():
        return None
    unit = _UNIT_DAYS[found["u"]]
    rest = folded[found.end() :]  # "spent a week there, and the report came in May": the clause only
    clause_end = _REST_BREAK.search(rest)
    before = _CLAUSE_BREAK.split(folded[: found.start()])[-1]
    subject = _GOING_THROUGH.sub(
        "inspecting", before + " " + (rest[: clause_end.start()] if clause_end else rest)
    )
    qualifier = _QUALIFIERS.get(found["q"] or "", "exactly")
    length = folded[found.start("q") if found["q"] else found.start("n") : found.end()]
    ended = rest[clause_end.end() :] if clause_end and clause_end[0].strip() in _ENDED_BY else ""
    days = float(count if count is not None else word) * unit
    then = _said_next(before, rest[clause_end.end() :]) if clause_end and not ended else ""
    return Duration(subject, days, unit, qualifier, length, until=_CLAUSE_BREAK.split(ended)[0], then=then)


def _said_next(subject: str, after: str) -> str:
    """The statement a clause after the length makes of the length's subject, where it opens with a
    verb (`, was led by three inspectors and found ...`): the subject and the clause, to the end."""
    after = after.strip()
    if not subject.strip() or OPENS_PREDICATE.match(after) is None:
        return ""
    return f"{subject.strip()} {after.removeprefix('and ')}"


def check_duration(claim: str, duration: Duration, index: ClaimIndex) -> ClaimCheck | None:
    """How long an event took, from its dates: only an event dated to the day at both ends."""
    subjects = [STATE_NOUN.sub(" ", duration.subject)]
    if duration.rest:  # `the five-day inspection took place`: the noun, with or without the next word
        subjects.append(duration.subject.split()[0])
    events = next((events for subject in subjects if (events := _events_for(subject, index))), [])
    found = _choose(events, duration.subject)
    if found is not None and (found.span.first_precision != "day" or found.span.last_precision != "day"):
        return _held_for(claim, duration, found, index)
    if found is None:
        return None
    length = (found.span.last - found.span.first).days + 1
    relation = Relation("", "", True, duration.days, duration.qualifier, duration.said, duration.unit)
    verdict = _judge(length, length, relation)
    if verdict == "not_found":
        return None
    when = f"{found.event.title} ({format_span(found.span)}, {length} day{'s' if length != 1 else ''})"
    said = "the record says" if verdict == "supported" else "but the record says"
    explanation = f"the claim says it lasted {duration.said}; {said}: {when}"
    evidence = [cite(found.event.id, c, 1.0) for c in found.event.citations[:2]]
    return ClaimCheck(claim, verdict, explanation, unique(evidence))


STATE_NOUN = re.compile(r"\b(?:arrangements?|spell|stint|period|tenure|setup|set-up)\b")
"""`the interim arrangement lasted seven months`: a word for a state that lasted, which says no more
than the post or the event it is of."""
_TAKES_UP = re.compile(r"\b(?:starts?|takes? (?:over|up)|begins?)\b")
_NOT_A_POST = frozenset({"concept:start", "concept:post", "concept:council", "concept:include"})


def _held_for(claim: str, duration: Duration, held: Dated, index: ClaimIndex) -> ClaimCheck | None:
    """How long someone held a post that the record says they took up ("an interim chief
    executive starts"): until the next event of its kind, after it, in which someone takes up the
    same post. Without such a successor the record does not say how long it lasted."""
    following = successor_of(held, index)
    if following is None:
        return None
    successor, span = following
    if duration.until and not ended_by(duration.until, successor, index):
        return None  # "lasted seven months before the DfE stepped in": the record ends it otherwise
    low, high = (span.first - held.span.last).days, (span.last - held.span.first).days
    relation = Relation("", "", True, duration.days, duration.qualifier, duration.said, duration.unit)
    verdict = _judge(low, high, relation)
    if verdict == "not_found":
        return None
    when = (
        f"{held.event.title} ({format_span(held.span)}) until {successor.title} ({format_span(span)}): "
        f"{low} to {high} days"
    )
    said = "the record says" if verdict == "supported" else "but the record says"
    explanation = f"the claim says it lasted {duration.said}; {said}: {when}"
    evidence = [cite(e.id, c, 1.0) for e in (held.event, successor) for c in e.citations[:2]]
    return ClaimCheck(claim, verdict, explanation, unique(evidence))


def successor_of(held: Dated, index: ClaimIndex) -> tuple[Event, DateSpan] | None:
    """The next event after one in which someone takes up a post ("an interim chief executive
    starts") in which someone takes up the same post: what ended the holding, with its date."""
    if held.event.kind != "leadership" or not _TAKES_UP.search(fold(held.event.title)):
        return None
    posts = _post_terms(held.event.title, index)
    later = []
    for document in index.documents:
        item = document.item
        if not isinstance(item, Event) or item.kind != held.event.kind or item.status != "occurred":
            continue
        span = parse_record_date(item.date)
        if {span.first, span.last} & _OPEN or span.first <= held.span.last:
            continue
        if _TAKES_UP.search(fold(item.title)) and posts & _post_terms(item.title, index):
            later.append((span.first, item, span))
    if not posts or not later:
        return None
    _, successor, span = min(later, key=lambda found: found[0])
    return successor, span


def holding_of(subject: str, index: ClaimIndex) -> Dated | None:
    """The one dated event a post's holding is (`interim chief executive`), as a claim's is read."""
    return _choose(_events_for(subject, index), subject)


def ended_by(until: str, successor: Event, index: ClaimIndex) -> bool:
    """Whether what a claim or question says ended a post (`until a permanent appointee started`) is
    what the record's successor says or names: every word of it the record uses at all."""
    reading = read_text(until, index.glossary, index.vocabulary, correct=True)
    said = [t for t in reading.distinct_terms if t in index.postings and t not in index.glossary.implied]
    bag = index.document_of(successor.id).bag | _named_in(index).get(successor.id, frozenset())
    return bool(said) and all(term in bag for term in said)


def _post_terms(title: str, index: ClaimIndex) -> set[str]:
    """The posts a title names (`concept:chief-executive`): its concepts, less the generic ones."""
    terms = set(read_text(title, index.glossary, index.vocabulary).terms) - index.glossary.implied
    return {term for term in terms if term.startswith("concept:") and term not in _NOT_A_POST}


def _period(day: date, same: Granularity, shift: int = 0) -> tuple[int, int]:
    """The week, month or year a day falls in, moved `shift` periods on (back, where negative)."""
    if same == "week":
        year, week, _ = (day + timedelta(weeks=shift)).isocalendar()
        return (year, week)
    if same == "month":
        months = day.year * 12 + day.month - 1 + shift
        return (months // 12, months % 12 + 1)
    return (day.year + shift, 0)


def _same_period(claim: str, relation: Relation, first: Dated, second: Dated) -> ClaimCheck:
    """Both in one month (or year): every day each may be is in it, or none is shared."""
    same = relation.same or "year"
    periods = [
        {_period(day, same) for day in first.days},
        {_period(day, same, relation.shift) for day in second.days},
    ]
    both = periods[0] | periods[1]
    verdict: Verdict = (
        "supported" if len(both) == 1 else "contradicted" if not periods[0] & periods[1] else "not_found"
    )
    if relation.ordered:  # "later the same month": the order must hold too
        low, high = (first.days[0] - second.days[1]).days, (first.days[1] - second.days[0]).days
        order = _judge(*((low, high) if relation.after else (-high, -low)), relation)
        both_said = {verdict, order}
        verdict = (
            "contradicted"
            if "contradicted" in both_said
            else "not_found"
            if "not_found" in both_said
            else verdict
        )
    when = (
        f"{first.event.title} ({format_span(first.span)}); {second.event.title} ({format_span(second.span)})"
    )
    evidence = [cite(e.id, c, 1.0) for e in (first.event, second.event) for c in e.citations[:2]]
    if verdict == "not_found":
        return ClaimCheck(
            claim,
            verdict,
            f"the record's dates are not precise enough to say ({when})",
            related=unique(evidence, 3),
        )
    said = "the record says" if verdict == "supported" else "but the record says"
    return ClaimCheck(claim, verdict, f"the claim says {relation.said}; {said}: {when}", unique(evidence))
