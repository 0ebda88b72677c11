"""A claim framed as what a committee heard: "Officers told members X", "Scrutiny heard that X".

Minutes report what was put to a committee, mostly without naming who put it ("it was explained
that"): officers present, members listen and ask. A claim that frames X as told to the committee
asserts X as the meeting heard it, so it is checked as X, and the frame holds only where every item
that decides X is one the meeting heard: a fact the record files under a meeting. An item that is
the committee's own act or question ("members asked...", "the committee resolved...") was not told
to it, and an item of a press report or of Ofsted's report was not said at the meeting at all: the
frame then names the wrong speaker or the wrong hearer, and the claim stays unsupported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.index import ClaimIndex, own_text
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck
from trafford_timeline.record.model import CommitmentFact, Event, Fact, StatementFact

_OFFICERS = r"(?:(?:the\s+|council\s+|senior\s+|trafford\s+|trafford's\s+)*officers?|an\s+officer)"
_COMMITTEE = (
    r"(?:the\s+)?(?:scrutiny(?:\s+committee)?|(?:scrutiny\s+)?committee(?:\s+members)?|members|councillors|"
    r"the\s+meeting|us)"
)
_TOLD = r"(?:told|informed|briefed|assured|advised|updated|reminded)"
_SAID = r"(?:said|explained|reported|confirmed|stated)"
_HEARD = r"(?:heard|were\s+told|was\s+told|learned|learnt)"
_THAT = r"(?:\s*,?\s*that\b)?[\s,:]*"
_FRAME = re.compile(
    rf"^(?:{_OFFICERS}\s+{_TOLD}\s+{_COMMITTEE}"
    rf"|{_OFFICERS}\s+{_SAID}(?:\s+to\s+{_COMMITTEE})?"
    rf"|(?:we|{_COMMITTEE})\s+{_HEARD}(?:\s+(?:from|by)\s+{_OFFICERS})?"
    rf"|according\s+to\s+{_OFFICERS}\s*,?"
    rf"|it\s+was\s+(?:explained|reported|confirmed)\s+to\s+{_COMMITTEE}"
    rf"){_THAT}",
    re.IGNORECASE,
)
"""Who told the committee and that it was told: officers, or no one named, to members or scrutiny."""

_COMMITTEE_TERM = "concept:committee"
_OPENING_WORDS = 3
"""How much of an item's own text names who acts in it ("The committee resolved", "Members asked")."""


def _committee_own(item: Fact, index: ClaimIndex) -> bool:
    """The item is the committee's own act, question or resolution, not something put to it: its
    speaker or who required it is the committee, or its text opens with the committee acting. A
    speaker's note in brackets ("Ofsted (as reported to the committee)") is not who spoke."""
    said_by = item.speaker if isinstance(item, StatementFact) else None
    required = item.required_by if isinstance(item, CommitmentFact) else None
    opening = " ".join(own_text(item).split()[:_OPENING_WORDS])
    for text in (said_by, required, opening):
        named = re.sub(r"\(.*?\)", "", text or "")
        if _COMMITTEE_TERM in read_text(named, index.glossary, index.vocabulary).terms:
            return True
    return False


def _heard_at_meeting(item_id: str, index: ClaimIndex) -> bool:
    """The item is a fact filed under a meeting, and not the committee's own."""
    if item_id not in index.numbers:
        return False
    item = index.document_of(item_id).item
    event = getattr(item, "event", None)
    if isinstance(item, Event) or not isinstance(event, str) or event not in index.numbers:
        return False
    meeting = index.document_of(event).item
    return isinstance(meeting, Event) and meeting.kind == "meeting" and not _committee_own(item, index)


def told_the_committee(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The verdict on a claim framed as what the committee heard, from what it says the committee
    heard; None where the claim has no such frame, or what decides the rest is not what the
    meeting heard."""
    found = _FRAME.match(claim.strip())
    if found is None or found.end() >= len(claim.strip()):
        return None
    rest = claim.strip()[found.end() :]
    again = check(rest[:1].upper() + rest[1:], index)
    if again.verdict not in ("supported", "contradicted") or not again.evidence:
        return None
    ids = list(dict.fromkeys(e.id for e in again.evidence))
    if not all(_heard_at_meeting(item_id, index) for item_id in ids):
        return None
    frame = " ".join(found.group(0).split()).rstrip(" ,:")
    reason = f"{again.explanation}; the meeting heard this ({', '.join(ids)}), as {frame!r} says"
    return ClaimCheck(claim, again.verdict, reason, again.evidence, again.related, again.conflict)
