"""A verb that says a grade moved, with no grade named: "Ofsted upgrades Trafford's children's
services", "Trafford was downgraded", "inspectors raised its rating".

`upgrade`, `downgrade` and `demote`, and raising or lowering a rating, say the inspectorate moved a
grade up or down; the glossary reads `upgraded` as `improved`, which a finding about something else
improving (or a lack of awareness of a decline) matched word for word. Said of the services or the
council and nothing more, the claim is a change of grade and is compared with the ratings it spans.
"""

from __future__ import annotations

import re
from typing import Literal

from trafford_timeline.claims.grades import GradeChange, check_change
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.verdicts import ClaimCheck

_GRADE_MOVE = re.compile(
    r"\b(?P<up>upgrad(?:e|es|ed|ing))\b|\b(?:downgrad|demot)(?:e|es|ed|ing)\b"
    r"|\b(?:(?P<raise>rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?)|lower(?:s|ed|ing)?)\s+"
    r"(?:its|their|the|trafford'?s)\s+(?:ofsted\s+|overall\s+)?(?:rating|grade)s?\b"
)


def check_grade_move(text: str, reading: Reading, index: ClaimIndex) -> ClaimCheck | None:
    """A claim whose only news is a grade moved up or down, compared with the ratings; None where it
    names a grade, denies anything, or says more than the move of the services' or council's grade."""
    if reading.grades or reading.negations:
        return None
    folded = fold(text)
    moves = list(_GRADE_MOVE.finditer(folded))
    if len(moves) != 1:
        return None
    move = moves[0]
    rest = read_text(folded[: move.start()] + " " + folded[move.end() :], index.glossary, index.vocabulary)
    if rest.grades or rest.quantities or any(t not in index.glossary.rating_context for t in rest.terms):
        return None
    direction: Literal["down", "up"] = "up" if move["up"] or move["raise"] else "down"
    return check_change(text, GradeChange(direction, None, None, None), reading, index)
