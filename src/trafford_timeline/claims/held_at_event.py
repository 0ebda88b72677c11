"""A post held at the time of an event: "Jane Doe was the mayor when the audit came out".

The record gives a person's post as of a dated event (the role fact of the event it was reported
at), and dates the event the clause names on its own. The clause's words are not in the role fact,
so the whole claim is not found even where both halves hold. Read apart, the claim holds where the
post without the clause is supported, a named person's role fact among its evidence, the clause
names one dated event of the record, and that event falls in the month(s) of the first supporting
item with a closed date (the item that calls the person by the post then). A post is not known to
be held in another month than the one it is spoken of in, so a clause of another time (`when the
2015 inspection took place`, `when the action plan went to Ofsted`) leaves the claim not found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from trafford_timeline.claims.index import ClaimIndex, Document
from trafford_timeline.claims.matching import MATCH, ranked
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck
from trafford_timeline.dates import DateSpan
from trafford_timeline.record.model import Event, RoleFact

_HELD_WHEN = re.compile(
    r"^(?P<rest>[^,;:]+?\b(?:was|were|is|had been|served as)\b[^,;:]+?)\s*,?\s+"
    r"(?:when|at the time of|at the time when|at the time that|at the time)\s+"
    r"(?P<clause>[^,;:]+?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
"""`... was council leader when the report came out.`, `... was the minister at the time of the
intervention`: a copula's post, then one clause of time that closes the claim."""


_LASTING = re.compile(r"\b(?:still|no longer|yet|already|again|remained|stayed)\b", re.IGNORECASE)
"""`was still acting when ...`: a post said to last up to the event, or to be held again, says more
than that it was held in the event's month."""


def held_at_event(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The claim supported as a post held at the time of the event its closing clause names; None
    where it has no such clause, the post is not supported by a role fact, or the event is not the
    one dated time the post is reported at."""
    found = _HELD_WHEN.match(" ".join(claim.split()))
    if found is None or _LASTING.search(found["rest"]) or read_text(found["rest"], index.glossary).dates:
        return None
    held = check(f"{found['rest']}.", index)
    roles = [
        e.id
        for e in held.evidence
        if isinstance(role := index.document_of(e.id).item, RoleFact) and role.person is not None
    ]
    if held.verdict != "supported" or not roles:
        return None
    windows = [(e.id, w) for e in held.evidence if (w := _months(_dated(index.document_of(e.id), index)))]
    event = _named_event(found["clause"], index)
    if not windows or event is None or not all(_within(span, windows[0][1]) for span in event.dates):
        return None
    reason = (
        f"{held.explanation}; {event.item.id} dates {found['clause']!r} to the month(s) "
        f"{windows[0][0]} speaks of the post in"
    )
    return ClaimCheck(claim, "supported", reason, held.evidence)


def _dated(document: Document, index: ClaimIndex) -> tuple[DateSpan, ...]:
    """The item's dates, or those of the event it was reported at."""
    item = document.item
    if document.dates or isinstance(item, Event) or item.event is None:
        return document.dates
    return index.document_of(item.event).dates


def _months(spans: tuple[DateSpan, ...]) -> tuple[date, date] | None:
    """The whole months the spans fall in, or None where they are open or unknown."""
    if not spans or any(span.last.year >= 9999 for span in spans):
        return None
    first = min(span.first for span in spans).replace(day=1)
    last = max(span.last for span in spans)
    following = date(last.year + last.month // 12, last.month % 12 + 1, 1)
    return first, following


def _within(span: DateSpan, window: tuple[date, date]) -> bool:
    return window[0] <= span.first and span.last < window[1]


_JUDGEMENT = re.compile(r"\b(?:judge?ments?|verdicts?|ratings?|grades?)\b", re.IGNORECASE)
"""The words for an inspection's judgement: the judgement is what its report says."""
_PUBLISHED = "concept:publish"


def _named_event(clause: str, index: ClaimIndex) -> Document | None:
    """The one dated event the clause names: the best-matched event, where no other event is matched
    as well (`the report` may be the inspection's or the response's). A judgement said to come out
    (`when the inadequate verdict came out`) is its report's coming out: the judgement is read as the
    report, as a rating word alone names no event."""
    reading = read_text(clause, index.glossary, index.vocabulary)
    if _PUBLISHED in reading.terms and _JUDGEMENT.search(clause):
        reading = read_text(_JUDGEMENT.sub("report", clause), index.glossary, index.vocabulary)
    matches = [m for m in ranked(reading, index, lambda d: isinstance(d.item, Event)) if m.coverage >= MATCH]
    if not matches or (len(matches) > 1 and matches[1].coverage >= matches[0].coverage):
        return None
    best = matches[0].document
    return best if best.dates and all(span.last.year < 9999 for span in best.dates) else None
