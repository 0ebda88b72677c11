"""A no to "had it happened by a later year?" from items dated before that year: not stated.

"Was the council out of intervention by 2021?" asks of the state in 2021. Where the record holds
nothing from 2021 and the items the answer rests on are all dated before it, the record is silent on
2021: what held (or did not hold) in 2019 does not say what held two years later, and a date of 2019
set against "by 2021" is no contradiction, for what was done by 2019 was done by 2021. A "no" from
such items is not stated.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex, year_unrecorded
from trafford_timeline.claims.matching import Answer
from trafford_timeline.claims.question import Question

_BY = re.compile(r"\b(?:by|as of|as at)\s+(?:(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+)?$")
"""A year as the time by which a state is asked of ("by 2021", "by the end of 2021")."""


def no_from_earlier(question: Question, answer: Answer, index: ClaimIndex) -> Answer:
    """Not stated where a "no" answers a question of the state by a year the record holds nothing
    from, and every item it rests on is dated before that year; the answer as it was otherwise."""
    if question.form != "yes_no" or answer.status != "answered" or answer.answer != "no":
        return answer
    if not answer.evidence:
        return answer
    for mention in question.content.dates:
        span = mention.span
        at = question.folded.find(mention.text.lower())
        if span is None or at < 0 or not _BY.search(question.folded[:at]):
            continue
        if not year_unrecorded(index, span):
            continue
        dates = [index.document_of(e.id).dates for e in answer.evidence if e.id in index.numbers]
        if len(dates) != len(answer.evidence) or not all(dates):
            continue
        if all(date.last < span.first for dated in dates for date in dated):
            why = (
                f"the record holds nothing from {mention.text}, and the items found are dated before it: "
                f"what held then does not say what held by {mention.text}"
            )
            return Answer(
                answer.question, "not_stated", None, None, answer.kind, why, related=answer.evidence[:3]
            )
    return answer
