"""How long a change between two ratings took, as a claim puts it: "slid from good to inadequate in
just two years", "fell within four years", "inadequate, four years on".

The grades alone are checked by `grades`; a length put on the change is a second assertion, compared
with the distance between the events the two ratings belong to (in calendar years where one is dated
only to its year, as `relations` counts "four years after 2015"). A length that is clearly wrong
contradicts the claim; one the ratings' dates cannot settle, or a claim whose ratings are not two
years', leaves it not found: the grades being right says nothing of how long the change took.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.relations import LENGTH, Dated, Relation, judge_gap, length_of
from trafford_timeline.claims.verdicts import ClaimCheck, not_found
from trafford_timeline.dates import parse_record_date
from trafford_timeline.record.model import Event

_SPAN = re.compile(
    rf"\b(?P<prep>in|within|inside|over|across|during)\s+(?:the\s+(?:course|space)\s+of\s+|a\s+matter\s+of\s+)?(?P<length>{LENGTH})\b"
    r"(?!\s+(?:after|before|later|earlier|of|from|since|prior|ahead|following)\b)"
)
"""`in just two years`, `within four years`, `over the space of four years`: how long the change took,
not a length from some other thing (`in two years after the report`)."""
_LATER = re.compile(rf"\b(?P<length>{LENGTH})\s+(?:later|on)\b")
"""`inadequate four years later`, `four years on`."""
_LENGTH = re.compile(LENGTH)
_WITHIN = frozenset({"within", "inside"})


def _spans(claim: str) -> list[re.Match[str]]:
    folded = fold(claim)
    return [*_SPAN.finditer(folded), *_LATER.finditer(folded)]


def read_span(claim: str) -> Relation | None:
    """The one length a claim puts on what it says, or None where it gives none or more than one."""
    found = _spans(claim)
    if len(found) != 1:
        return None
    prep = found[0].groupdict().get("prep")
    length = _LENGTH.match(found[0]["length"])
    if length is None:
        return None
    relation = length_of(length, default="within" if prep in _WITHIN else "exactly")
    return replace(relation, said=found[0][0].strip())


def without_span(claim: str) -> str | None:
    """The claim without the one length it puts on its change, to check the change alone; None where it
    gives none or more than one."""
    found = _spans(claim)
    if len(found) != 1 or read_span(claim) is None:
        return None
    folded = fold(claim)
    return " ".join(f"{folded[: found[0].start()]} {folded[found[0].end() :]}".split())


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _dated(year: int, index: ClaimIndex) -> Dated | None:
    """The event a year's ratings belong to, and its date: when the rating was given."""
    events = {fact.event for (at, _), fact in index.ratings.items() if at == year and fact.event is not None}
    if len(events) != 1 or not events <= set(index.numbers):
        return None
    event = index.document_of(events.pop()).item
    return Dated(event, parse_record_date(event.date), "all") if isinstance(event, Event) else None


def check_rating_span(claim: str, check: ClaimCheck, index: ClaimIndex) -> ClaimCheck:
    """The claim's change, checked without its length (`check`), then the length held to the distance
    between the two ratings that check compared: a change not supported stays as it was checked."""
    said = read_span(claim)
    if said is None or check.verdict != "supported":
        return replace(check, claim=claim)
    by_id = {fact.id: fact.year for fact in index.ratings.values()}
    rated = {year for year, _ in index.ratings}
    years = {by_id[e.id] for e in check.evidence if e.id in by_id}
    years |= {int(year) for year in _YEAR.findall(check.explanation)} & rated
    dated = [_dated(year, index) for year in sorted(years)]
    if len(dated) != 2 or dated[0] is None or dated[1] is None:
        return not_found(claim, f"the record's ratings do not say how long it took ({said.said})")
    earlier, later = dated[0], dated[1]
    verdict, gap = judge_gap(said, later, earlier)
    between = f"the ratings are of {earlier.span.first.year} and {later.span.last.year}: {gap}"
    if verdict == "contradicted":
        return ClaimCheck(claim, "contradicted", f"the claim says {said.said}, but {between}", check.evidence)
    if verdict == "not_found":
        return not_found(claim, f"the record's dates are not precise enough to say {said.said} ({between})")
    return ClaimCheck(claim, "supported", f"{check.explanation}; {between}", check.evidence, check.related)
