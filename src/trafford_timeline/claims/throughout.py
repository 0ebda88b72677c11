"""A state said to hold throughout a period is supported only by an item that says it held so long.

"The post was held permanently throughout the months before the inspection" asserts the state at
every point of the period. An item that dates only when the state began inside the period ("the
role was filled permanently shortly before the inspection"), or one that says it held at some time
in it, leaves the rest of the period open, and another holder's interim cover may fill it: such an
item does not state the claim. Only an item that itself says the state lasted (`throughout`,
`continuously`, `since`, `remained`) speaks to the whole period. `Throughout` a place or a
service (`throughout the service`) says how widely, not how long, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trafford_timeline.claims.language import fold
from trafford_timeline.claims.mentions import find_dates

_WHOLE_PERIOD = re.compile(r"\b(?:throughout|all through|for the whole of|for the entire|the whole of)\s+")
"""What puts a whole period after it (`throughout the months before ...`)."""

_TIME_NOUNS = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?:period|time|months?|years?|weeks?|days?|spring|summer|autumn|winter|"
    r"interval|stretch|run-up|lead-up|tenure|term)\b"
)
"""A period named after the whole-period words: a stretch of time, not a place (`the service`)."""

_LASTING = re.compile(
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


def lasting_unsaid(text: str, item_texts: Iterable[str]) -> bool:
    """Whether a claim says a state held over a whole period and none of the item's texts says
    that any state lasted: then the item cannot support it, whatever else it shares."""
    return whole_period(text) and not any(_LASTING.search(fold(own)) for own in item_texts)
