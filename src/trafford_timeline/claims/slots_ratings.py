"""`Which judgements fell from good or outstanding in 2015 to inadequate in 2019?`: the rating facts
compared area by area; and `What rating did the minutes give Northshire?`, another body's grade.

A list of judgement areas asked by the grades they went from and to is read from the record's ratings,
not from any one quote: each area rated in both years, whose first grade is one the question gives
before "to" and whose second is one it gives after. A count the question names ("which two") must be
the count found, or the question is not answered. A grade question that names another body by its
proper name is answered from the quotes that name that body, never from the council's ratings.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import Answer, answered, cite, silent
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.slots_gathered import asked_count
from trafford_timeline.claims.slots_time import _years
from trafford_timeline.ratings import MAPPING_OF, framework_label
from trafford_timeline.record.model import RatingFact

_AREAS_ASKED = re.compile(
    r"^(?:which|what)(?: [a-z]+)?(?: (?:19|20)\d\d)?(?: ofsted)? "
    r"(?:areas?|judgements?|judgments?|ratings?|grades?|parts?)\b"
)
"""`Which two judgements...`, `What areas...`, `Which 2019 Ofsted judgements...`: judgement areas asked
for, by a count or a year or not."""
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
    if question.form not in {"which", "list", "what"} or not _AREAS_ASKED.match(question.folded):
        return None
    years = _years(question.content)
    found = _FROM_TO.search(question.folded)
    if found is None:
        return answer_areas_graded(question, index, years)
    if len(years) == 1 and (earlier := _year_before(years[0], index)) is not None:
        years = [earlier, years[0]]  # "fell ... to inadequate in 2019": from the inspection before it
    if len(years) != 2:
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


def _year_before(year: int, index: ClaimIndex) -> int | None:
    """The last year before `year` the record holds ratings of: what a fall "to inadequate in 2019"
    fell from is the grade of the inspection before."""
    earlier = [first for first, _ in index.ratings if first < year]
    return max(earlier) if earlier else None


_GRADED_AS = re.compile(
    r"\b(?:was|were|is|are) (?:rated|judged|graded|found)(?: to be)?(?: as)? (?P<grade>.+)$"
)
"""`...were rated inadequate`, `...was judged to be good in 2015`: the one grade the areas asked for hold."""


def answer_areas_graded(question: Question, index: ClaimIndex, years: list[int]) -> Answer | None:
    """`Which 2019 judgements were rated inadequate?`: every area the year's ratings give that grade,
    read from the ratings, not a quote; None where the question names no one year and one grade."""
    found = _GRADED_AS.search(question.folded)
    if found is None or len(years) != 1 or len(grades := _grades(found["grade"])) != 1:
        return None
    if _grades(question.folded[: found.start()]):
        return None  # "which good judgements were rated...": a second grade, not this reader's
    year, grade = years[0], grades.pop()
    graded = [
        rating
        for area in MAPPING_OF
        if (rating := index.ratings.get((year, area))) is not None
        and not framework_label(area, rating.framework).startswith(_NOT_ITS_OWN)
        and rating.grade == grade
    ]
    counted = asked_count(question)
    if not graded or (counted is not None and counted[0] != len(graded)):
        return silent(question, index, f"the record's {year} ratings give no such areas")
    names = [MAPPING_OF[rating.area].label.lower() for rating in graded]
    answer = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    explanation = f"the areas the record's {year} ratings grade {grade.replace('_', ' ')}"
    evidence = [cite(rating.id, c) for rating in graded for c in rating.citations[:2]]
    return answered(question, answer, answer, explanation, evidence)


_PROPER_NAME = re.compile(
    r"(?<!^)(?<![.?!] )\b[A-Z][\w'’-]*(?:\s+(?:(?:and|of|upon|on|under)\s+)?[A-Z][\w'’-]*)*"
)
"""A capitalised name inside the question (`Cheshire West and Chester`), not its opening word."""
_GIVEN_GRADE = re.compile(
    r"\b(?:with|has|had|holds|held|holding)\s+(?:an?\s+)?(?P<with>outstanding|good|inadequate)"
    r"(?:\s+ofsted)?\s+(?:rating|grade|judge?ment)|\b(?P<rated>outstanding|good|inadequate)[- ]rated\b"
    r"|\b(?:rated|judged|graded)\s+(?:as\s+)?(?P<after>outstanding|good|inadequate)\b"
)
"""A grade given in passing of a body: `an authority, with good Ofsted rating`, `a good-rated council`,
`itself rated inadequate`."""
RARE_NAME = 3
"""A name the quotes of at most this many items print is a body spoken of in passing, not the record's
own council or inspectorate, whose names are everywhere."""


def answer_grade_of_named_body(question: Question, index: ClaimIndex) -> Answer | None:
    """`What Ofsted rating did the minutes give Northshire Council?`: the one grade the quotes that name
    the body give in passing (`visiting an authority, with good Ofsted rating, such as Northshire`);
    None where the question names no body so spoken of, "not stated" where its quotes give no single
    grade."""
    for name in sorted(_PROPER_NAME.findall(question.text), key=len, reverse=True):
        said = fold(name)
        naming = [
            (item, citation)
            for item in index.items()
            if not isinstance(item, RatingFact)
            for citation in item.citations
            if said in fold(citation.quote)
        ]
        if not naming or len({item.id for item, _ in naming}) > RARE_NAME:
            continue
        years, areas = _years(question.content), set(question.content.areas) - {"overall"}
        if areas or any(str(year) not in citation.quote for year in years for _, citation in naming):
            return silent(
                question, index, f"the quotes that name {name} give it no grade for that year or area"
            )
        given = {
            (item.id, citation): found["with"] or found["rated"] or found["after"]
            for item, citation in naming
            if (found := _GIVEN_GRADE.search(fold(citation.quote)))
        }
        if len(set(given.values())) != 1:
            return silent(question, index, f"the quotes that name {name} give it no one grade")
        grade = next(iter(given.values()))
        explanation = f"the grade the record's quotes give {name} in passing, not a rating of the council"
        return answered(question, grade, grade, explanation, [cite(i, c) for i, c in given])
    return None
