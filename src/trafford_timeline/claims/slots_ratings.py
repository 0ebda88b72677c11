"""`Which judgements fell from good or outstanding in 2015 to inadequate in 2019?`: the rating facts
compared area by area.

A list of judgement areas asked by the grades they went from and to is read from the record's ratings,
not from any one quote: each area rated in both years, whose first grade is one the question gives
before "to" and whose second is one it gives after. A count the question names ("which two") must be
the count found, or the question is not answered.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.matching import Answer, answered, cite, silent
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.slots_gathered import asked_count
from trafford_timeline.claims.slots_time import _years
from trafford_timeline.ratings import MAPPING_OF, framework_label

_AREAS_ASKED = re.compile(
    r"^(?:which|what)(?: [a-z]+)? (?:areas?|judgements?|judgments?|ratings?|grades?|parts?)\b"
)
"""`Which two judgements...`, `What areas...`: judgement areas asked for, by a count or not."""
_FROM_TO = re.compile(r"\bfrom (?P<before>.+?) to (?P<after>.+)$")
_GRADE_WORDS = {
    "outstanding": "outstanding", "good": "good", "requires improvement": "requires_improvement",
    "inadequate": "inadequate",
}  # fmt: skip
_GRADE = re.compile(r"\b(?:" + "|".join(_GRADE_WORDS) + r")\b")
_NOT_ITS_OWN = ("part of", "not judged")
"""An area an inspection graded only as part of another is not a judgement of its own that year."""


def _grades(text: str) -> set[str]:
    return {_GRADE_WORDS[word] for word in _GRADE.findall(text)}


def answer_areas_changed(question: Question, index: ClaimIndex) -> Answer | None:
    """The areas whose ratings went from a grade the question names to another it names between the
    two years it names; None where the question is not of that shape."""
    if question.form not in {"which", "list"} or not _AREAS_ASKED.match(question.folded):
        return None
    years = _years(question.content)
    found = _FROM_TO.search(question.folded)
    if len(years) != 2 or found is None:
        return None
    before, after = _grades(found["before"]), _grades(found["after"])
    if not before or not after:
        return None
    first, last = years
    changed = []
    for area in MAPPING_OF:
        old, new = index.ratings.get((first, area)), index.ratings.get((last, area))
        if old is None or new is None:
            continue
        if any(framework_label(area, f.framework).startswith(_NOT_ITS_OWN) for f in (old, new)):
            continue  # care leavers under ILACS are part of children in care, not a judgement of their own
        if old.grade in before and new.grade in after:
            changed.append((area, old, new))
    counted = asked_count(question)
    if not changed or (counted is not None and counted[0] != len(changed)):
        return silent(question, index, f"the record's {first} and {last} ratings give no such areas")
    names = [MAPPING_OF[area].label.lower() for area, _, _ in changed]
    answer = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    explanation = f"the areas whose {first} and {last} ratings went so, compared area by area"
    evidence = [cite(f.id, c) for _, old, new in changed for f in (old, new) for c in f.citations]
    return answered(question, answer, answer, explanation, evidence)
