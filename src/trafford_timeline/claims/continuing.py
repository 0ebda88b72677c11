"""`Still` says that a state lasted up to a later time ("still had an interim chief executive when
Ofsted inspected"). An event records a happening at its date, often a start ("an interim chief
executive starts"), a role fact a post held from a date, and a detail what was done on an
occasion: none says how long what it shows lasted, unless its own words do (`remain`, `yet to`).
A finding, by contrast, is how things stood when the inspectors looked.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import own_text
from trafford_timeline.claims.language import fold
from trafford_timeline.record.model import DetailFact, Event, Fact, RoleFact

_STILL = re.compile(r"\bstill\b(?!\s+(?:to|yet|had to|has to|have to|needs? to|needed to)\b)")
"""`still` of a state holding on; not `still had to be appointed`, an act still to come."""
_LASTING = re.compile(r"\b(?:still|remain\w*|continu\w*|ongoing|yet to|persist\w*|throughout|as of)\b")
"""Words of an item that say a state held on to a later time; `until` is not among them, as it says
when the state ended ("until a permanent appointment")."""


def lasting_unsaid(claim: str, item: Event | Fact) -> bool:
    """Whether the claim says a state still held, and the item is an event, a post's holding or a
    detail whose words say nothing of its holding on: it dates a happening or a start, not the
    state's going on to the claim's time."""
    if not isinstance(item, Event | RoleFact | DetailFact) or not _STILL.search(fold(claim)):
        return False
    texts = [own_text(item), *(citation.quote for citation in item.citations)]
    return not any(_LASTING.search(fold(text)) for text in texts)
