"""A grade asked of a time after the record's last graded inspection is not stated, never the last grade.

The record holds Ofsted's grades for the inspections its sources report. "What grade did the
re-inspection after 2019 give?" or "had it returned to good by 2022?" asks about an inspection it does
not hold; the latest grade on record, or the checker's reading of it, would answer another question.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.matching import Answer, silent
from trafford_timeline.claims.mentions import DateMention
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.slot_words import LATER_INSPECTION

_GRADED = re.compile(
    r"\b(?:rated|rating|ratings|rate|grade|graded|grades|judged|judgement|judgment|judgements|judgments|"
    r"re-?inspect\w*|inspection|inspections|inspected|good|outstanding|inadequate|requires improvement)\b"
)
"""A word of a grade or of an inspection that gives one."""
_GRADE_GIVEN = re.compile(
    r"\b(?:rated|rating|ratings|rate|grade|graded|grades|judged|judgement|judgment|judgements|judgments|"
    r"good|outstanding|inadequate|requires improvement)\b"
)
"""A word of the grade itself, not of the inspection that gives it."""
_LINK = r"(?:in|by|after|since|from|of|until|till|during|following|at|for|the|its|their|a|an|later than)"
_BETWEEN_BEFORE = re.compile(r"^['’\"]?(?:\s+" + _LINK + r")*\s+$")
"""What may stand between a grade word and the year after it for the year to be the grade's: only
prepositions and articles ("a good rating by 2022", "the re-inspection after 2019")."""
_BETWEEN_AFTER = re.compile(r"^(?:\s+ofsted)?\s+$")
"""What may stand between a year and the grade word after it: "the 2022 (Ofsted) inspection"."""

_AFTER = re.compile(r"\b(?:after|following|later than)\s+$")
"""A year as the bound after which the thing asked about came ("the inspection following 2019")."""
_BEFORE = re.compile(r"\b(?:before|prior to|preceding|earlier than)\s+(?:(?:the|its|their)\s+)?$")
"""A year as the bound before which the thing asked about came ("the rating before the 2015 inspection")."""
_AFTER_THE_LATER = re.compile(
    rf"(?:{LATER_INSPECTION.pattern})\s+(?:after|following|since)\s+(?:the|its|their)\s+$"
)
"""The year of what a later inspection came after ("the re-inspection after the 2019 judgement"): the
grade asked is that later one's, where "the rating after the 2019 inspection" is 2019's."""


def _around(folded: str, mention: DateMention) -> tuple[str, str] | None:
    """The question's words before and after the year (the reading's offsets are of its rest)."""
    at = folded.find(mention.text.lower())
    return None if at < 0 else (folded[:at], folded[at + len(mention.text) :])


def _said_of_a_grade(before: str, after: str, leading_only: bool) -> bool:
    """Whether the year is said of a grade: a grade word right before it, or right after it unless
    the year is a bound (in "the notice after the 2019 inspection" the inspection is the bound's)."""
    if any(_BETWEEN_BEFORE.match(before[found.end() :]) for found in _GRADED.finditer(before)):
        return True
    trailing = any(_BETWEEN_AFTER.match(after[: found.start()]) for found in _GRADED.finditer(after))
    return trailing and not leading_only


def _later_inspection_graded(question: Question, last: int) -> str | None:
    """The reason a grade asked of a later inspection the question dates by no year is not stated: "has
    it since been re-inspected and rated good again?" asks of an inspection after the record's, whose
    grade the record's last one would answer wrongly; None where it names no such inspection."""
    if question.content.dates or (found := LATER_INSPECTION.search(question.folded)) is None:
        return None
    rest = question.folded[: found.start()] + " " + question.folded[found.end() :]
    if question.form != "grade" and not _GRADE_GIVEN.search(rest):
        return None
    return f"the record holds no Ofsted grade from an inspection after {last}, its last graded one"


def grade_beyond_record(question: Question, index: ClaimIndex) -> Answer | None:
    """Not stated where the question asks for a grade in, by or after a year later than the last
    year the record holds a grade for ("after 2019" with 2019 the last), or before the first year it
    holds one ("before 2015" with 2015 the first: that grade is not the one before it); None where
    it does not."""
    if not index.ratings:
        return None
    first = min(year for year, _ in index.ratings)
    last = max(year for year, _ in index.ratings)
    if (undated := _later_inspection_graded(question, last)) is not None:
        return silent(question, index, undated)
    for mention in question.content.dates:
        if mention.span is None:
            continue
        around = _around(question.folded, mention)
        if mention.bound == "before" or (around is not None and _BEFORE.search(around[0])):
            if mention.span.first.year <= first and question.form == "grade":
                reason = f"the record holds no Ofsted grade from before {first}, its first graded inspection"
                return silent(question, index, reason)
            continue
        if around is None:
            continue
        before, after = around
        beyond = mention.span.first.year > last
        later = mention.bound == "after" or any(after.search(before) for after in (_AFTER, _AFTER_THE_LATER))
        bound = later and mention.span.last.year >= last
        graded = question.form == "grade" or _said_of_a_grade(before, after, leading_only=not beyond)
        if (beyond or bound) and graded:  # a question asking for a grade asks it of the year it names
            reason = f"the record holds no Ofsted grade from after {last}, its last graded inspection"
            return silent(question, index, reason)
    return None
