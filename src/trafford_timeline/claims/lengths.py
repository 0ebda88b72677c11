"""How soon a thing was to happen, read as the length the record states for it ("within six months").

`How soon after the inspection was Ofsted expected back?` and `Within what timeframe was the
inspector to return?` ask for a length of time, which the slot readers look for as words after the
question's own: a question worded otherwise ("return" for "come back", "after the report", "the
first visit") or two items quoting the same line then leave it unanswered. Here the length is read
from the quotes of the items the question matches best: where all of them state one and the same
length ("within six months"), that length answers, with the quotes that state it.

The point the length runs from ("after the inspection") and an ordinal ("the first visit") only say
which return is meant, the next one, which is the one a stated length is of; the point must still be
a thing the record speaks of, or the question is about something else and stays not stated.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold, stem
from trafford_timeline.claims.matching import LOOSENED, Answer, answered, cite, ranked, read
from trafford_timeline.claims.question import Question

_HOW_SOON = re.compile(
    r"^(?:(?:roughly|approximately|about|around) )?"
    r"(?:how soon|within (?:what|which|how long a|how much) (?:timeframe|time frame|time|period|timescale)|"
    r"within how long|in (?:what|how much) time)\b"
)
"""The openings of a question that asks how soon: the answer is a length within which it happens."""
_FROM_POINT = re.compile(
    r"^(?:after|following|from) (?P<phrase>(?:[a-z0-9'-]+ ){0,3}?(?P<point>[a-z'-]+))"
    r"(?= (?:was|were|would|will|did|does|do|is|are|had|has|should|could|might|must)\b)"
)
"""`after the 2019 inspection was...`, `following the published report would...`: the point the
length runs from, up to the verb of what happens; its last word names the point."""
_ORDINAL = re.compile(r"\b(?:first|next|initial)\b")
"""`the first monitoring visit`: which of a series, the next one, which a stated length is of."""
_FRAME = re.compile(r"\b(?:expected|due|set|scheduled|planned|supposed|going) to\b|\bexpected\b")
"""`was Ofsted expected to return`: the plan is the frame; the return is what is asked about."""
_STATED = re.compile(
    r"\bwithin (?:the next |a |an )?(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|a few|several) (?P<unit>days?|weeks?|fortnights?|months?|years?)\b"
)
"""A length stated as how soon: "within six months"."""


def asks_how_soon(folded: str) -> bool:
    """Whether a folded question asks how soon something happens."""
    return _HOW_SOON.match(folded) is not None


def answer_how_soon(question: Question, index: ClaimIndex) -> Answer | None:
    """The one length the best-matched items state for what the question asks, or None."""
    folded = question.folded
    opening = _HOW_SOON.match(folded)
    if opening is None:
        return None
    rest = folded[opening.end() :].strip()
    if point := _FROM_POINT.search(rest):
        if stem(point["point"]) not in index.vocabulary.stems:
            return None  # "after the audit", which the record never speaks of: about something else
        rest = rest[: point.start()] + " " + rest[point.end() :]
    rest = _FRAME.sub(" ", _ORDINAL.sub(" ", rest))
    reading = read(rest, index)
    if not reading.distinct_terms:
        return None
    matches = ranked(reading, index)
    if not matches or matches[0].coverage < LOOSENED:
        return None
    best = [m for m in matches if m.coverage == matches[0].coverage]
    lengths: dict[str, set[str]] = {}
    evidence = []
    for match in best:
        for citation in match.document.item.citations:
            for found in _STATED.finditer(fold(citation.quote)):
                said = found[0]
                lengths.setdefault(_plain(said), set()).add(match.document.item.id)
                evidence.append(cite(match.document.item.id, citation))
    if len(lengths) != 1:
        return None  # none states a length, or they state different ones: not for this reader to choose
    said = next(iter(lengths))
    items = sorted(lengths[said])
    explanation = f"{', '.join(items)} {'states' if len(items) == 1 else 'state'} how soon: {said!r}"
    return answered(question, said, said, explanation, evidence)


def _plain(said: str) -> str:
    """A length with its spelling evened out: "within  six months" is "within six months"."""
    return " ".join(said.split())
