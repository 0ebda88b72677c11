"""A date asked of a thing named with a clause: "when was the inspection that led to the rating?".

The relative clause ("that led to Trafford being judged inadequate") says which inspection; it is
not what is dated. Matched whole, the question's words can fit the rating better than the
inspection, and the rating's date (a year) is given for the inspection's (days in March). Asked
again without the clause (but with the question's own verb where it closes the question after the
clause: "when was the report that rated Trafford inadequate published?"), the thing the question
names is dated on its own; that date is given only where it is finer than the first and falls inside
it: the clause's thing and the named thing then agree, so the finer date is the same thing's date told
more closely. Where they disagree ("the inspection that rated Trafford good", in another year) the first
answer stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trafford_timeline.claims.matching import Answer
from trafford_timeline.claims.to_be_done import PARTICIPLE
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


_PASSIVE = frozenset({"be", "being", "been", "was", "were", "is", "are", "get", "got", "getting"})
_AUXILIARY_SUBJECT = re.compile(r"\b(?:was|were|is|are) (?:the|its|their|this|that|these|those|a|an) ", re.I)


def main_participle(main: str, clause: str) -> str:
    """`When was the report that rated Trafford inadequate published?`: after `was` and its subject (in
    `main`, the question before the clause), a participle closing the clause is the question's own verb,
    not the clause's, and is kept (" published"); "" where the clause ends otherwise."""
    words = clause.strip(" ?").split()
    if len(words) < 3 or _AUXILIARY_SUBJECT.search(main) is None:
        return ""  # "that rated it", "which published": a clause's own verb and object at the least
    if words[-2].casefold() in _PASSIVE:
        return ""  # "that led to Trafford being rated": the clause's own passive
    return f" {words[-1]}" if re.fullmatch(PARTICIPLE, words[-1].casefold()) else ""


def without_relative_clause(text: str, answer: Answer, ask: Callable[[str], Answer]) -> Answer:
    """`answer` to `text`, or the answer to `text` without its closing relative clause where that is
    a finer date inside `answer`'s (see the module's docstring)."""
    first = _span(answer)
    found = _RELATIVE.search(text)
    if first is None or found is None:
        return answer
    kept = main_participle(text[: found.end("head")], found["clause"])
    again = ask(text[: found.end("head")] + kept + "?")
    second = _span(again)
    if second is None or _rank(second) <= _rank(first):
        return answer
    if not (first.first <= second.first and second.last <= first.last):
        return answer  # another thing's date: the clause names something the record dates elsewhere
    clause = found["clause"].removesuffix(kept)
    note = (
        f"; the clause {clause!r} says which {found['head'].split()[-1]}, whose date the record"
        f" gives more closely, within {answer.answer}"
    )
    return replace(again, question=answer.question, explanation=again.explanation + note)
