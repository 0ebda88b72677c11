"""A date asked of a thing named with a clause: "when was the inspection that led to the rating?".

The relative clause ("that led to Trafford being judged inadequate") says which inspection; it is
not what is dated. Matched whole, the question's words can fit the rating better than the
inspection, and the rating's date (a year) is given for the inspection's (days in March). Asked
again without the clause, the thing the question names is dated on its own; that date is given
only where it is finer than the first and falls inside it: the clause's thing and the named thing
then agree, so the finer date is the same thing's date told more closely. Where they disagree
("the inspection that rated Trafford good", in another year) the first answer stands.

A who-question is read the same way (`who_without_relative_clause`): in "who sets the performance
indicators that Trafford's leaders use?" the clause says which indicators, and the item that best
matches the whole question may not say it; asked without it, that same item names who. The answer
stands only where it comes from that item, so the clause cannot send the question to another thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trafford_timeline.claims.matching import Answer
from trafford_timeline.dates import DateSpan, parse_record_date

_RELATIVE = re.compile(
    r"\b(?P<head>(?:the|its|their) (?:[A-Za-z'’-]+ ){0,3}?[A-Za-z'’-]+)"
    r" (?:that|which) (?P<clause>[^?,]+)\?\s*$"
)
"""`...the report that rated Trafford's care inadequate?`: a clause that closes the question."""
_RANK = {"year": 1, "month": 2, "day": 3}


def _span(answer: Answer) -> DateSpan | None:
    if answer.status != "answered" or answer.kind != "date" or not isinstance(answer.value, str):
        return None
    try:
        return parse_record_date(answer.value)
    except ValueError:
        return None


def _rank(span: DateSpan) -> int:
    return min(_RANK.get(span.first_precision, 0), _RANK.get(span.last_precision, 0))


def without_relative_clause(text: str, answer: Answer, ask: Callable[[str], Answer]) -> Answer:
    """`answer` to `text`, or the answer to `text` without its closing relative clause where that is
    a finer date inside `answer`'s (see the module's docstring)."""
    first = _span(answer)
    found = _RELATIVE.search(text)
    if first is None or found is None:
        return answer
    again = ask(text[: found.end("head")] + "?")
    second = _span(again)
    if second is None or _rank(second) <= _rank(first):
        return answer
    if not (first.first <= second.first and second.last <= first.last):
        return answer  # another thing's date: the clause names something the record dates elsewhere
    note = (
        f"; the clause {found['clause']!r} says which {found['head'].split()[-1]}, whose date the record"
        f" gives more closely, within {answer.answer}"
    )
    return replace(again, question=answer.question, explanation=again.explanation + note)


def who_without_relative_clause(
    text: str, answer: Answer, ask: Callable[[str], Answer], closest: str | None
) -> Answer:
    """`answer` to `text`, or, where it is "not stated" for want of who, the answer to `text` without
    its closing relative clause, given only where every quote of it is of `closest`, the item that
    best matches the whole question."""
    found = _RELATIVE.search(text)
    if answer.status != "not_stated" or answer.kind != "person" or found is None or closest is None:
        return answer
    again = ask(text[: found.end("head")] + "?")
    if again.status != "answered" or not again.evidence or any(e.id != closest for e in again.evidence):
        return answer
    note = (
        f"; the clause {found['clause']!r} only says which {found['head'].split()[-1]}: {closest}, the item"
        " closest to the whole question, names who"
    )
    return replace(again, question=answer.question, explanation=again.explanation + note)
