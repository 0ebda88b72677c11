"""`At which meeting would the committee see the plan?` is not answered by "regular meetings".

A `which` question with its noun in the singular asks for one thing of its kind: one meeting, one
visit. A noun phrase in the plural that says its things recur ("regular meetings", "monthly visits")
names a series of them, not the one asked for: whichever reader found it, the answer is "not stated",
with the item as a related one.
"""

from __future__ import annotations

from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import Answer
from trafford_timeline.claims.question import Question, plural
from trafford_timeline.claims.slots_amounts import HOW_OFTEN_WORD, REGULAR


def _recurring(phrase: str) -> bool:
    """Whether a noun phrase says its thing recurs, in the words the frequency reader reads."""
    said = fold(phrase)
    return bool(REGULAR.search(said) or HOW_OFTEN_WORD.search(said))


def one_not_a_series(answer: Answer, question: Question) -> Answer:
    """Not stated where a `which` question asks for one thing and the answer names a recurring
    series of them; any other answer as it is."""
    if answer.status != "answered" or question.form != "which" or not question.focus or not answer.answer:
        return answer
    words = answer.answer.split()
    if plural(question.focus) or not plural(words[-1]) or not _recurring(answer.answer):
        return answer
    reason = (
        f"the answer found, {answer.answer!r}, names a series of them, not the one {question.focus} "
        "the question asks for"
    )
    return Answer(question.text, "not_stated", None, None, answer.kind, reason, related=answer.evidence[:3])
