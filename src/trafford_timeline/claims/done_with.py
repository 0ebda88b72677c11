"""`What did Sara Todd say the council should do with the challenge?`: the verb done to a named thing.

A question that asks what is (or was to be) done with or about a thing asks for the verb whose object
the thing is ("embrace the challenge"), which stands before the thing in a quote, never after it. So
the answer is the quote's verb and the thing's noun phrase ("embrace the challenge"), read from the
best-matched items; where no quote has a verb right before the thing, nothing is stated, and the
words after the thing ("the challenge the report had laid down") are never the answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import STOPWORDS, fold
from trafford_timeline.claims.matching import Match

DONE_WITH = re.compile(
    r"\b(?:do|does|did|doing|done) (?:with|about) (?P<thing>(?:[a-z0-9'’-]+ ){0,4}?(?P<head>[a-z-]+))\s*\?*$"
)
"""`...do with Ofsted's challenge?`, `...done about the backlog?`: the thing, and its last word the noun."""
_DETERMINER = r"(?:the|this|that|these|those|its|their|his|her|our|your|a|an|[a-z]+['’]s)"
_NOT_A_VERB = frozenset(
    {"would", "will", "should", "could", "can", "may", "might", "must", "to", "not", "be"}
)
"""Words before a thing that are no verb done to it: a modal, `to`, `not` or `be`."""


def done_with(folded: str) -> str | None:
    """The head noun of the thing a folded question asks what is done with, or None."""
    found = DONE_WITH.search(folded)
    return found["head"] if found is not None else None


def verb_done_with(head: str, matches: Sequence[Match]) -> tuple[Match, str, int] | None:
    """The first quote of the matches (best first) with a verb right before the thing ("embrace the
    challenge"): the match, the verb with the thing's phrase, and the quote's number; None where none."""
    phrase = re.compile(
        rf"\b(?P<verb>[a-z-]+) [\"“‘']?(?:{_DETERMINER} )?(?:[a-z-]+ )?{re.escape(head)}s?\b",
    )
    for match in matches:
        for number, citation in enumerate(match.document.item.citations):
            for found in phrase.finditer(fold(citation.quote).replace("’", "'")):
                verb = found["verb"]
                if verb in STOPWORDS or verb in _NOT_A_VERB or verb == head:
                    continue
                return match, re.sub(r"[\"“‘]", "", found[0]), number
    return None
