"""`What day of the week was the piece published?`: a weekday, never the date itself.

A date answers when something happened; a question that asks the day of the week asks for a day's
name. The record dates things by the calendar, so a date the record gives to the day names its
weekday; a date less precise, or a span of days, names none, and the answer is "not stated". Where
a quote of the answer prints a weekday of its own that the calendar does not give the date, the
sources and the record disagree: "not stated" too, rather than either.
"""

from __future__ import annotations

import calendar
import re

from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import Answer
from trafford_timeline.claims.question import Question
from trafford_timeline.dates import parse_record_date

WEEKDAY_ASKED = re.compile(r"\b(?:days? of (?:the|a) week|week ?days?)\b")
"""The words that ask for a day's name: "which day of the week", "on what weekday"."""
_WEEKDAYS = tuple(calendar.day_name)
_NAMED = re.compile(r"\b(" + "|".join(fold(day) for day in _WEEKDAYS) + r")\b")


def weekday_answer(answer: Answer, question: Question) -> Answer:
    """The weekday of a date answer to a question that asks the day of the week; "not stated" where
    the date is not one day, or its quotes print another weekday; any other answer as it is."""
    if answer.status != "answered" or not WEEKDAY_ASKED.search(question.folded):
        return answer
    related = answer.evidence[:3]
    span = None
    if answer.kind == "date" and isinstance(answer.value, str):
        try:
            span = parse_record_date(answer.value)
        except ValueError:
            span = None
    if span is None or span.is_interval or span.first_precision != "day":
        held = answer.answer if answer.kind == "date" else None
        reason = f"the record gives {held}, no one day" if held else "the record gives no day to name"
        return Answer(
            question.text,
            "not_stated",
            None,
            None,
            "date",
            f"{reason}, so no day of the week",
            related=related,
        )
    day = _WEEKDAYS[span.first.weekday()]
    printed = {m for e in answer.evidence for m in _NAMED.findall(fold(e.quote))}
    if printed - {fold(day)}:
        reason = (
            f"the calendar puts {answer.answer} on a {day}, but a quote prints {', '.join(sorted(printed))}"
        )
        return Answer(question.text, "not_stated", None, None, "date", reason, related=related)
    how = "as its quote prints it" if printed else "by the calendar"
    explanation = f"{answer.explanation}; {answer.answer} was a {day}, {how}"
    return Answer(
        question.text, "answered", day, answer.value, "date", explanation, answer.evidence, answer.related
    )
