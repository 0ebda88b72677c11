"""A question asking what standard or level something was at: the grade words a quote gives it.

"What standard did senior leaders believe their services were at?" asks for a grade, but not one of
the record's ratings: what the leaders believed, read from the quotes of the items that best match
("they believed services remained good or outstanding"), one grade or two joined ("good or
outstanding"), where they all give the same. A name that ends in the noun ("practice standards") is
no level, so where no such item gives a grade, the question is not answered at all.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import (
    MATCH_TEXT,
    Answer,
    Match,
    answered,
    cite,
    floor_of,
    ranked,
    silent,
)
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.slots_text import best_tied
from trafford_timeline.record.model import Citation

_LEVEL_ASKED = re.compile(
    r"^(?:what|which) (?:standard|level|grade|quality)\b(?!.*\b(?:rated|graded|judged)\b)"
    r".*\b(?:were|was|is|are|remained|remain|stayed|stood|been)(?: still)? at\b"
)
"""`What standard did leaders believe services were at?`, `What level had the service stayed at?`: the
noun of a level, and a verb of being with its `at` left stranded, ask where on a scale something stood."""
_GRADES = r"outstanding|good|requires improvement(?: to be good)?|inadequate"
_GRADE_PHRASE = re.compile(
    rf"\b(?:{_GRADES})(?:\s*(?:/|\bor\b|\bto\b|\band\b)\s*(?:even\s+)?(?:{_GRADES}))?\b", re.IGNORECASE
)
"""A grade, or two joined: "good or outstanding", "good to outstanding", "good/outstanding"."""


def _level_in(match: Match) -> tuple[str, Citation] | None:
    """The first grade phrase a quote of the matched item gives, with that quote."""
    for citation in match.document.item.citations:
        if found := _GRADE_PHRASE.search(citation.quote):
            return found[0], citation
    return None


def answer_standard(question: Question, index: ClaimIndex) -> Answer | None:
    """The grade words in the quotes of the items that best match a question asking what level
    something was at, where every one of them gives the same; None where the question asks no such
    thing, and not stated where they give none or differ (a name ending in "standard" is no answer)."""
    if question.form not in {"which", "what"} or not _LEVEL_ASKED.match(question.folded):
        return None
    matches = [m for m in ranked(question.content, index) if m.coverage >= floor_of(question, MATCH_TEXT)]
    best = best_tied(matches)
    levels = [_level_in(match) for match in best]
    said = {fold(level[0]) for level in levels if level is not None}
    if not best or None in levels or len(said) != 1:
        return silent(question, index, "no item, or no one level, says what level it was at", matches)
    evidence = [
        cite(match.document.item.id, level[1]) for match, level in zip(best, levels, strict=True) if level
    ]
    answer = levels[0][0] if levels[0] else ""
    explanation = f"the level {best[0].document.item.id} gives in its own words"
    return answered(question, answer, answer, explanation, evidence)
