"""A question asking what standard or level something was at: the grade words a quote gives it.

"What standard did senior leaders believe their services were at?" asks for a grade, but not one of
the record's ratings: what the leaders believed, read from the quotes of the items that best match
("they believed services remained good or outstanding"), one grade or two joined ("good or
outstanding"), where they all give the same. A name that ends in the noun ("practice standards") is
no level, so where no such item gives a grade, the question is not answered at all. So is a question
asking what grade someone believed a thing merited (`How did leaders think their services rated?`,
`What grades did they think services merited?`, `What did they believe services remained?`): the grade
a quote gives after a verb of believing, never one of Ofsted's own ratings.
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
from trafford_timeline.claims.question import Question, without_words
from trafford_timeline.claims.slots_text import best_tied
from trafford_timeline.claims.verdicts import Evidence
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


_BELIEVING = (
    r"(?:think|thinks|thought|believe|believes|believed|consider|considers|considered|feel|feels|felt)"
)
_BELIEF_ASKED = re.compile(
    rf"^(?:[^,]+, )?(?:(?:what|which) (?:grades?|ratings?|standard|level)\b.*\b{_BELIEVING}\b"
    rf"|how (?:did|do|does) .+\b{_BELIEVING} .+\b(?:rated|graded|rate|rank|ranked|stood)\b"
    rf"|what (?:did|do|does) .+\b{_BELIEVING} .+\b(?:remained|stayed|were|was|are|is)(?: still)?"
    r"(?= at the start\b| going into\b| before\b| during\b|\?|$))"
)
"""`How did leaders think their services rated?`, `What grades did they think services merited?`, `What
did they tell inspectors they believed services remained at the start?`, after any clause that sets the
time: the grade of a belief."""
_BELIEVED_GRADE = re.compile(
    rf"\b(?:believed|believe|believes|thought|think|considered|felt)\b[^.;]{{0,60}}?(?P<grade>{_GRADE_PHRASE.pattern})",
    re.IGNORECASE,
)
"""A grade a quote gives after a verb of believing: "they believed services remained good or outstanding"."""
_RATING_WORDS = re.compile(
    r"\b(?:grades?|ratings?|rated|graded|rate|rank|ranked|merit|merited|deserved|stood)\b"
)


def answer_believed_level(question: Question, index: ClaimIndex) -> Answer | None:
    """The grade the best-matched items' quotes give after a verb of believing, where they all give the
    same; None where the question asks no such thing or no such quote answers it."""
    if not _BELIEF_ASKED.match(question.folded):
        return None
    asked = without_words(
        question, _RATING_WORDS.findall(question.folded), index.glossary, index.vocabulary, loosen=False
    )
    matches = [m for m in ranked(asked.content, index) if m.coverage >= floor_of(question, MATCH_TEXT)]
    found: dict[str, list[Evidence]] = {}
    for match in best_tied(matches):
        for citation in match.document.item.citations:
            if said := _BELIEVED_GRADE.search(citation.quote):
                found.setdefault(fold(said["grade"]), []).append(cite(match.document.item.id, citation))
    if len(found) != 1:
        return None
    ((grade, evidence),) = found.items()
    explanation = f"the grade {evidence[0].id} says was believed, not one of Ofsted's ratings"
    return answered(question, grade, grade, explanation, evidence)
