"""A claim framed by how the record knows what it says: "Officers told members X", "Ofsted's view is
that X", "X, as part of Trafford's response to Ofsted".

The frame names who said, holds or filed X, not another matter, and the item that states X seldom
repeats it. Such a claim is checked as X, and the frame holds only where every item that decides X
is of the kind the frame names (`FRAMES`: a pattern and a filter of the deciding items):
- what a committee heard is a fact filed under a meeting that is not the committee's own act or
  question ("members asked...", "the committee resolved..."); a press report or Ofsted's report was
  not said at the meeting at all;
- whose view a matter is needs that holder's own item: an Ofsted finding, rating or recommendation
  for Ofsted or its inspectors, a statement for its speaker;
- a measure as the response to the inspection needs a commitment or detail the record files under
  the response, the improvement or the committee meeting on the Ofsted report; a finding, a figure or
  the self-assessment presented before the inspection is no part of the response.
A deciding item of another kind names the wrong speaker, holder or response, and the claim stays
unsupported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from trafford_timeline.claims.index import OFSTED, OFSTED_KINDS, ClaimIndex, own_text
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck
from trafford_timeline.record.model import CommitmentFact, Event, Fact, StatementFact


def _any(*words: str) -> str:
    return rf"(?:{'|'.join(words)})"


_OFFICERS = r"(?:(?:the\s+|council\s+|senior\s+|trafford\s+|trafford's\s+)*officers?|an\s+officer)"
_COMMITTEE = (
    r"(?:the\s+)?(?:scrutiny(?:\s+committee)?|(?:scrutiny\s+)?committee(?:\s+members)?|members|councillors|"
    r"the\s+meeting|us)"
)
_TOLD = _any("told", "informed", "briefed", "assured", "advised", "updated", "reminded")
_SAID = _any("said", "explained", "reported", "confirmed", "stated")
_HEARD = _any("heard", r"were\s+told", r"was\s+told", "learned", "learnt")
_THAT = r"(?:\s*,?\s*that\b)?[\s,:]*"
_TOLD_THE_COMMITTEE = re.compile(
    rf"^(?:{_OFFICERS}\s+{_TOLD}\s+{_COMMITTEE}"
    rf"|{_OFFICERS}\s+{_SAID}(?:\s+to\s+{_COMMITTEE})?"
    rf"|(?:we|{_COMMITTEE})\s+{_HEARD}(?:\s+(?:from|by)\s+{_OFFICERS})?"
    rf"|according\s+to\s+{_OFFICERS}\s*,?"
    rf"|it\s+was\s+(?:explained|reported|confirmed)\s+to\s+{_COMMITTEE}"
    rf"){_THAT}",
    re.IGNORECASE,
)
"""Who told the committee and that it was told: officers, or no one named, to members or scrutiny."""

_OPINION = _any("view", "opinion", "judgement", "judgment", "assessment")
_OWNER = r"(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)(?:'s|’s|s'|s’)"
_IN_WHOSE_VIEW = re.compile(
    rf"^(?P<within>in\s+)?{_OWNER}\s+(?:own\s+)?{_OPINION}(?(within)\s*,\s*|\s+(?:is|was)\s+that\s*,?\s*)",
    re.IGNORECASE,
)
"""`Ofsted's view is that ...`, `In the inspectors' opinion, ...`: whose view opens the claim."""

_WHOSE = _any("the", "its", "their", "trafford's", "trafford’s", r"the\s+council's", r"the\s+council’s",
              r"the\s+local\s+authority's")  # fmt: skip
_TO_WHAT = (
    r"(?:the\s+)?(?:ofsted(?:'s|’s)?|inspectors'?|(?:20\d\d\s+)?inspection|report)"
    r"(?:\s+(?:report|inspection|findings|verdict|judgement|judgment|criticisms?))?"
)
_AS_PART_OF = r"as\s+(?:a\s+|one\s+)?part\s+of"
_AS_THE_RESPONSE = re.compile(
    rf",?\s*\b(?:(?:{_AS_PART_OF}|in|under)\s+(?:{_WHOSE}\s+)?(?:first\s+)?(?:response|reply)\s+to\s+{_TO_WHAT}"
    rf"|{_AS_PART_OF}\s+(?:{_WHOSE}\s+)?(?:response|recovery(?:\s+plan)?"
    rf"|improvement\s+(?:measures|plans?|work|drive)))\b",
    re.IGNORECASE,
)
"""`as part of Trafford's response to Ofsted`, `in the council's response to the inspection report`, `in
response to Ofsted criticism`; after `as part of`, the response or recovery needs no `to Ofsted`: what the
council does as part of its response, its recovery or its improvement measures is its answer to the
inspection (`as part of its response`, `as part of its improvement plan`)."""

_COMMITTEE_TERM = "concept:committee"
_OPENING_WORDS = 3
"""How much of an item's own text names who acts in it ("The committee resolved", "Members asked")."""
_INSPECTORS = "Ofsted inspectors inspector"
"""Who holds an Ofsted judgement's view: Ofsted and its inspectors."""
_INSPECTION = "Ofsted inspection inspectors Ofsted report"
"""What a meeting's title names when the meeting is on the inspection ("... on the Ofsted report")."""
_RESPONSE_KINDS = frozenset({"response", "improvement"})
_MEASURE_KINDS = frozenset({"commitment", "detail", "response", "improvement"})
"""Kinds of item that are something done or to be done, not a finding, figure or saying."""


def _terms(text: str, index: ClaimIndex) -> set[str]:
    return set(read_text(text, index.glossary, index.vocabulary).terms)


def _filed_under(item: Fact | Event, index: ClaimIndex) -> Event | None:
    """The event a fact is filed under, where the record has it."""
    event = None if isinstance(item, Event) else item.event
    found = index.document_of(event).item if event is not None and event in index.numbers else None
    return found if isinstance(found, Event) else None


def _committee_own(item: Fact | Event, index: ClaimIndex) -> bool:
    """The item is the committee's own act, question or resolution, not something put to it: its
    speaker or who required it is the committee, or its text opens with the committee acting. A
    speaker's note in brackets ("Ofsted (as reported to the committee)") is not who spoke."""
    said_by = item.speaker if isinstance(item, StatementFact) else None
    required = item.required_by if isinstance(item, CommitmentFact) else None
    opening = " ".join(own_text(item).split()[:_OPENING_WORDS])
    return any(
        _COMMITTEE_TERM in _terms(re.sub(r"\(.*?\)", "", text or ""), index)
        for text in (said_by, required, opening)
    )


def _heard_at_meeting(item: Fact | Event, index: ClaimIndex, _: re.Match[str]) -> bool:
    """The item is a fact filed under a meeting, and not the committee's own."""
    meeting = _filed_under(item, index)
    return meeting is not None and meeting.kind == "meeting" and not _committee_own(item, index)


def _held_by_the_owner(item: Fact | Event, index: ClaimIndex, found: re.Match[str]) -> bool:
    """The item states the view of whom the frame names: Ofsted for its judgements, the speaker for
    a statement; nobody's for any other item."""
    owner = _terms(found["owner"], index)
    if item.kind in OFSTED_KINDS:
        holders = _terms(_INSPECTORS, index) | {OFSTED}
    elif isinstance(item, StatementFact):
        holders = _terms(re.sub(r"\(.*?\)", "", item.speaker), index)
    else:
        return False
    return bool(owner) and owner <= holders


def _a_measure_of_the_response(item: Fact | Event, index: ClaimIndex, _: re.Match[str]) -> bool:
    """The item is a measure the record files under the response or improvement that followed the
    inspection, or under a meeting on Ofsted's report."""
    if item.kind not in _MEASURE_KINDS:
        return False
    if isinstance(item, Event):
        return item.kind in _RESPONSE_KINDS
    filed = _filed_under(item, index)
    if filed is None:
        return False
    on_ofsted = filed.kind == "meeting" and bool(
        _terms(own_text(filed), index) & (_terms(_INSPECTION, index) | {OFSTED})
    )
    return filed.kind in _RESPONSE_KINDS or (on_ofsted and item.kind == "commitment")


@dataclass(frozen=True)
class Frame:
    """A frame of how the record knows a matter: where the claim says it, which deciding items it
    admits, which verdicts on the matter it passes on, and what the explanation adds."""

    pattern: re.Pattern[str]
    admits: Callable[[Fact | Event, ClaimIndex, re.Match[str]], bool]
    verdicts: frozenset[str]
    says: str
    """What the explanation adds, given the deciding ids and the frame's words."""
    strip: str = " ,"


FRAMES = (
    Frame(_TOLD_THE_COMMITTEE, _heard_at_meeting, frozenset({"supported", "contradicted"}),
          "the meeting heard this ({ids}), as {frame!r} says", strip=" ,:"),
    Frame(_IN_WHOSE_VIEW, _held_by_the_owner, frozenset({"supported", "contradicted"}),
          "{ids} is the view of whom {frame!r} names"),
    Frame(_AS_THE_RESPONSE, _a_measure_of_the_response, frozenset({"supported", "contradicted"}),
          "the record files it with the response to the inspection, as {frame!r} says"),
)  # fmt: skip
"""In the order they are tried: the first frame a claim has that holds decides."""


def check_framed(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The verdict on a claim framed by how the record knows it, from the matter it frames; None
    where the claim has no frame, or an item that decides the matter is not of the frame's kind."""
    text = claim.strip()
    for frame in FRAMES:
        found = frame.pattern.search(text)
        if found is None:
            continue
        rest = (text[: found.start()] + text[found.end() :]).strip()
        if len(rest.split()) < 2:
            continue
        again = check(rest[:1].upper() + rest[1:], index)
        if again.verdict not in frame.verdicts or not again.evidence:
            continue
        ids = list(dict.fromkeys(e.id for e in again.evidence))
        if not all(i in index.numbers and frame.admits(index.document_of(i).item, index, found) for i in ids):
            continue
        said = frame.says.format(
            ids=", ".join(ids), frame=" ".join(found.group(0).split()).strip(frame.strip)
        )
        return replace(again, claim=claim, explanation=f"{again.explanation}; {said}")
    return None
