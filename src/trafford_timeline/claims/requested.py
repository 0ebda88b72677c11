"""A request for an act is not the act: "has been approached for further comment" says the comment
was asked for, not that it was given.

Both sides read it here: a yes/no question ("Did the council comment further?") and a claim ("the
council gave a further comment") that match such a quote only on the requested act are neither
answered nor supported by it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import fold, stem, tokens
from trafford_timeline.claims.verdicts import Evidence

REQUEST = re.compile(
    r"\b(?:approached|asked|contacted|invited|pressed|urged|requested|approach|ask|contact|invite)"
    r" (?:for|to)(?: give| make| offer| provide)?(?: any)?(?: further| more)? (?P<act>[a-z]+)"
)
"""A request for an act ("has been approached for further comment", "was asked to respond"): the act
was asked for, which says nothing of whether it was done."""


def only_requested(folded: str, evidence: Sequence[Evidence]) -> str | None:
    """The request, where the quotes that seem to say the folded text's act say only that it was
    asked for; None where the text itself speaks of a request ("was approached for comment") or any
    quote says the act outside a request."""
    if REQUEST.search(folded):
        return None  # "was the council approached for comment?" is about the request itself
    stems = {stem(w) for w in tokens(folded)}
    requests = []
    for item in evidence:
        quote = fold(item.quote)
        asked = [m for m in REQUEST.finditer(quote) if stem(m["act"]) in stems]
        if not asked:
            continue
        outside = REQUEST.sub(" ", quote)
        if any(stem(m["act"]) in {stem(w) for w in tokens(outside)} for m in asked):
            return None  # the quote says the act itself too
        requests.append(asked[0].group(0))
    acts = {stem(m["act"]) for e in evidence for m in REQUEST.finditer(fold(e.quote))}
    said_elsewhere = any(
        acts & {stem(w) for w in tokens(fold(e.quote))} and not REQUEST.search(fold(e.quote))
        for e in evidence
    )
    return requests[0] if requests and not said_elsewhere else None


_ASKING = re.compile(
    r"\b(?:approach|ask|contact|invit|press|urg|request|sought|seek|call(?:ed|s|ing)? (?:on|for|upon)|demand)"
)
"""Any word of asking in a quote (`requested`, `invitation`, `sought`, `called on`): the request a claim
speaks of may be said in other words than the claim's."""


_ASKED_OF = re.compile(
    r"\b(?:was|were|is|are|be|been|being|get|gets|got)\s+(?:\w+\s+)?(?=" + REQUEST.pattern[2:] + ")"
)
"""A request made of the claim's subject ("the council was invited to respond"), not one the subject
makes ("the adviser may ask for a review", which the record may say in other words: `require`)."""


def request_unsaid(folded: str, texts: Sequence[str]) -> str | None:
    """The request the folded claim says was made of its subject ("was invited to respond"), where
    none of the deciding item's texts speaks of asking at all: the item then says the act or its
    words, not that anyone asked for it. None where the claim asks nothing or a text speaks of asking."""
    passive = _ASKED_OF.search(folded)
    found = REQUEST.search(folded, passive.end()) if passive is not None else None
    if found is None or any(_ASKING.search(fold(text)) for text in texts):
        return None
    return found.group(0)
