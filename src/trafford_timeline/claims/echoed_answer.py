"""An answer that only says again what the question says is no answer.

`Who filled the acting director and deputy director posts?` is not answered by "director and deputy
director"; `which outlet ran the piece by Jo Bloggs?` is not answered by "Jo Bloggs". Where the
content words of an answer, or of each thing it lists, are a run of the question's own, in its
order, the item was matched on the question's words and the slot filled from them: the thing asked
for is not in the answer. A question that offers the answers to choose from ("was it A or B?") is
left to the readers that weigh the offer.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import Answer
from trafford_timeline.claims.question import Question

_OFFERS = re.compile(r"\b(?:or|whether|either|nor|between)\b")
"""`was it A or B`, `whether A`: the question gives the answer to choose, so it may repeat it."""
_LIST_JOINS = re.compile(r",\s*(?:and\s+)?|\s+and\s+|;\s*")
"""A list's joins: each thing it names may be said again by the question in another order."""
_ECHOED_KINDS = frozenset({"text", "person"})
"""A grade, a date, a figure or a yes or no may be the question's word ("rated good?"); a name or a
phrase the question asks for is not."""


def _content(text: str) -> list[str]:
    return [stem(word) for word in tokens(fold(text)) if word not in STOPWORDS]


def _said_in(said: list[str], asked: list[str]) -> bool:
    """Whether the answer's content words are a run of the question's, in its order: the phrase said
    again, not words of the question put together anew ("improvement board" from "what kind of board
    does the improvement notice require", which names a board the question does not)."""
    return any(asked[start : start + len(said)] == said for start in range(len(asked) - len(said) + 1))


def echoed(answer: Answer, question: Question) -> Answer:
    """ "Not stated" for an answer whose content words, thing by thing, are the question's own."""
    if answer.status != "answered" or answer.kind not in _ECHOED_KINDS or not answer.answer:
        return answer
    if _OFFERS.search(question.folded):
        return answer
    parts = [_content(part) for part in _LIST_JOINS.split(fold(answer.answer))]
    asked = _content(question.folded)
    if not any(parts) or not all(_said_in(part, asked) for part in parts if part):
        return answer
    reason = f"the answer found, {answer.answer!r}, only repeats words of the question, not what it asks"
    return Answer(question.text, "not_stated", None, None, answer.kind, reason, related=answer.evidence[:3])
