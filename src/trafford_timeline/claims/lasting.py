"""A claim that a state lasted is supported only by an item that says it lasted.

Two ways of claiming it, each read here with the words that answer it:
- `Still` says that a state lasted up to a later time ("still had an interim chief executive when
  Ofsted inspected"). An event records a happening at its date, often a start ("an interim chief
  executive starts"), a role fact a post held from a date, and a detail what was done on an
  occasion: none says how long what it shows lasted, unless its own words do (`remain`, `yet to`).
  A finding, by contrast, is how things stood when the inspectors looked (`still_unsaid`).
- A state said to hold throughout a period ("The post was held permanently throughout the months
  before the inspection") asserts the state at every point of the period. An item that dates only
  when the state began inside the period ("the role was filled permanently shortly before the
  inspection"), or one that says it held at some time in it, leaves the rest of the period open, and
  another holder's interim cover may fill it: such an item does not state the claim. Only an item
  that itself says the state lasted (`throughout`, `continuously`, `since`, `remained`) speaks to the
  whole period. `Throughout` a place or a service (`throughout the service`) says how widely, not how
  long, and is left alone (`whole_period_unsaid`).

The two keep their own words of lasting: a state still holding at one later time is answered by
`remain`, `ongoing` or `yet to`; one held over a stretch, also by `since` and by a thing said to recur.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trafford_timeline.claims.index import own_text
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.mentions import find_dates
from trafford_timeline.record.model import DetailFact, Event, Fact, RoleFact

_STILL = re.compile(r"\bstill\b(?!\s+(?:to|yet|had to|has to|have to|needs? to|needed to)\b)")
"""`still` of a state holding on; not `still had to be appointed`, an act still to come."""
_STILL_LASTING = re.compile(r"\b(?:still|remain\w*|continu\w*|ongoing|yet to|persist\w*|throughout|as of)\b")
"""Words of an item that say a state held on to a later time; `until` is not among them, as it says
when the state ended ("until a permanent appointment")."""


def still_unsaid(claim: str, item: Event | Fact) -> bool:
    """Whether the claim says a state still held, and the item is an event, a post's holding or a
    detail whose words say nothing of its holding on: it dates a happening or a start, not the
    state's going on to the claim's time."""
    if not isinstance(item, Event | RoleFact | DetailFact) or not _STILL.search(fold(claim)):
        return False
    texts = [own_text(item), *(citation.quote for citation in item.citations)]
    return not any(_STILL_LASTING.search(fold(text)) for text in texts)


_WHOLE_PERIOD = re.compile(r"\b(?:throughout|all through|for the whole of|for the entire|the whole of)\s+")
"""What puts a whole period after it (`throughout the months before ...`)."""

_TIME_NOUNS = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?:period|time|months?|years?|weeks?|days?|spring|summer|autumn|winter|"
    r"interval|stretch|run-up|lead-up|tenure|term)\b"
)
"""A period named after the whole-period words: a stretch of time, not a place (`the service`)."""

_PERIOD_LASTING = re.compile(
    r"\b(?:throughout|all through|all along|the whole|the entire|continuously|continually|at all times|"
    r"since|remained|remains|stayed|still|unbroken|uninterrupted|"
    r"regular|regularly|every|each|daily|weekly|monthly|quarterly)\b"
)
"""Words with which an item says a state lasted over a stretch, rather than began or held once: a
thing said to recur (`a regular update ... during the municipal year`) is said of the whole stretch."""


def whole_period(text: str) -> bool:
    """Whether a claim says a state held over a whole period of time (`throughout 2018`,
    `throughout the months before the inspection`)."""
    folded = fold(text)
    for found in _WHOLE_PERIOD.finditer(folded):
        after = folded[found.end() :]
        if _TIME_NOUNS.match(after) or any(m.start == 0 for m in find_dates(after)):
            return True
    return False


def whole_period_unsaid(text: str, item_texts: Iterable[str]) -> bool:
    """Whether a claim says a state held over a whole period and none of the item's texts says
    that any state lasted: then the item cannot support it, whatever else it shares."""
    return whole_period(text) and not any(_PERIOD_LASTING.search(fold(own)) for own in item_texts)


CHANGE_POLES = frozenset({"improv", "increas"})
"""The glossary's poles of change (`improved` or `declined`, `rose` or `fell`): what a thing did, not
how it was."""
_KEPT = re.compile(r"\b(?:remain|remains|remained|stay|stays|stayed|unchanged)\b")
"""Words with which an item says a thing held as it was: no change either way."""


def kept_against_change(claim: str, changes: Iterable[str], item_texts: Iterable[str]) -> str | None:
    """The item's text that says a thing held as it was ("believed services remained good"), where the
    claim says it changed (`services had declined`) and the item states no change of that kind: the
    record says the opposite of a change. None where the claim itself says something held on."""
    if not set(changes) & CHANGE_POLES or _KEPT.search(fold(claim)):
        return None
    return next((text for text in item_texts if _KEPT.search(fold(text))), None)


def kept_state(text: str) -> str:
    """What a text says held as it was (`too high in some teams`, after "caseloads remain"): a claim
    that gives this state itself restates it, whatever else its words read as."""
    found = _KEPT.search(fold(text))
    return fold(text)[found.end() :] if found else ""


__all__ = [
    "CHANGE_POLES",
    "kept_against_change",
    "kept_state",
    "still_unsaid",
    "whole_period",
    "whole_period_unsaid",
]
