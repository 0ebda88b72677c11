"""A measure framed as the response to the inspection: "X, as part of Trafford's response to Ofsted".

The record files what the council did after the inspection under the events of its response and
its improvement (the measures it agreed, the board it set up), and under the committee meeting on
the Ofsted report, whose minutes list the measures being taken. A claim that frames a measure as
part of that response asserts the measure, placed where the record places it: it is checked without
the frame, and holds only where every item that decides it is a measure the record files there.
A finding, a figure or a statement is no measure, and an item filed elsewhere (the self-assessment
presented before the inspection) is not part of the response, so the claim then stays unsupported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.index import OFSTED, ClaimIndex, own_text
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck
from trafford_timeline.record.model import Event

_WHOSE = (
    r"(?:(?:the|its|their|trafford's|trafford’s|the\s+council's|the\s+council’s|"
    r"the\s+local\s+authority's)\s+)"
)
_TO_WHAT = (
    r"(?:the\s+)?(?:ofsted(?:'s|’s)?|inspectors'?|(?:20\d\d\s+)?inspection|report)"
    r"(?:\s+(?:report|inspection|findings|verdict|judgement|judgment))?"
)
_RESPONSE = re.compile(
    rf",?\s*\b(?:as\s+(?:a\s+|one\s+)?part\s+of|as\s+part\s+of|in|under)\s+{_WHOSE}?(?:first\s+)?"
    rf"(?:response|reply)\s+to\s+{_TO_WHAT}\b",
    re.IGNORECASE,
)
"""`as part of Trafford's response to Ofsted`, `in the council's response to the inspection report`."""

_INSPECTION = "Ofsted inspection inspectors Ofsted report"
"""What a meeting's title names when the meeting is on the inspection ("... on the Ofsted report")."""
_RESPONSE_KINDS = frozenset({"response", "improvement"})
_MEASURE_KINDS = frozenset({"commitment", "detail", "response", "improvement"})
"""Kinds of item that are something done or to be done, not a finding, figure or saying."""


def _a_measure_of_the_response(item_id: str, index: ClaimIndex) -> bool:
    """The item is a measure the record files under the response or improvement that followed the
    inspection, or under a meeting on Ofsted's report."""
    if item_id not in index.numbers:
        return False
    item = index.document_of(item_id).item
    if item.kind not in _MEASURE_KINDS:
        return False
    if isinstance(item, Event):
        return item.kind in _RESPONSE_KINDS
    event = item.event
    if event is None or event not in index.numbers:
        return False
    filed = index.document_of(event)
    if not isinstance(filed.item, Event):
        return False
    titled = set(read_text(own_text(filed.item), index.glossary, index.vocabulary).terms)
    inspected = set(read_text(_INSPECTION, index.glossary, index.vocabulary).terms) | {OFSTED}
    on_ofsted = filed.item.kind == "meeting" and bool(titled & inspected)
    return filed.item.kind in _RESPONSE_KINDS or (on_ofsted and item.kind == "commitment")


def as_the_response(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The verdict on a measure framed as the response to the inspection, from the measure; None
    where the claim has no such frame, or what decides the rest is not a measure of the response."""
    found = _RESPONSE.search(claim)
    if found is None:
        return None
    rest = (claim[: found.start()] + claim[found.end() :]).strip()
    if len(rest.split()) < 2:
        return None
    again = check(rest, index)
    if again.verdict != "supported" or not again.evidence:
        return None
    ids = list(dict.fromkeys(e.id for e in again.evidence))
    if not all(_a_measure_of_the_response(item_id, index) for item_id in ids):
        return None
    frame = " ".join(found.group(0).split()).strip(" ,")
    reason = (
        f"{again.explanation}; the record files it with the response to the inspection, as {frame!r} says"
    )
    return ClaimCheck(claim, "supported", reason, again.evidence, again.related, again.conflict)
