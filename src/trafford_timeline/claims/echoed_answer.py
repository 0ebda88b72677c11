"""An answer that only says again what the question says is no answer.

`Who filled the acting director and deputy director posts?` is not answered by "director and deputy
director"; `which outlet ran the piece by Jo Bloggs?` is not answered by "Jo Bloggs". Where the
content words of an answer, or of each thing it lists, are a run of the question's own, in its
order, the item was matched on the question's words and the slot filled from them: the thing asked
for is not in the answer. A question that offers the answers to choose from ("was it A or B?") is
left to the readers that weigh the offer.

A question may also name some of what it asks for as given: `who sits on the board alongside the
police?` asks for the others, so the things a listed answer names that the question already gives
after `alongside`, `besides`, `other than` or `as well as` are left out of it (`without_given`).
"""

from __future__ import annotations

import re
from dataclasses import replace

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


_GIVEN = re.compile(
    r"\b(?:alongside|besides|beside|apart\s+from|aside\s+from|other\s+than|as\s+well\s+as|"
    r"in\s+addition\s+to|except(?:\s+for)?)\s+(?P<given>[^,;?.]+)",
    re.IGNORECASE,
)
"""`alongside police representatives`: what the question gives, asking for the rest."""
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
"""A listed thing's closing aside (`(led by an independent chair)`): where only the aside names what
the question gives (`besides the chair`), the aside goes and the thing stays."""


def question_without_given(text: str) -> str | None:
    """The question without what it gives (`who sits on the board other than the chair?` as `who sits
    on the board?`), to find the whole list it asks part of; None where it gives nothing."""
    found = _GIVEN.search(text)
    if found is None:
        return None
    cut = (text[: found.start()].rstrip(" ,") + " " + text[found.end() :].lstrip(" ,")).strip()
    return cut if len(cut.split()) >= 3 else None


def without_given(answer: Answer, question: Question) -> Answer:
    """A listed answer without the things the question names as given (`alongside the police`): where
    some but not all of the things it lists share a content word with what the question gives."""
    found = _GIVEN.search(question.folded)
    if found is None or answer.status != "answered" or answer.kind not in _ECHOED_KINDS or not answer.answer:
        return answer
    given = set(_content(found["given"]))
    listed = [part.strip() for part in _LIST_JOINS.split(answer.answer) if part.strip()]
    kept: list[str] = []
    for part in listed:
        main = _ASIDE.sub("", part)  # "representatives of the police (led by a chair)": the aside apart
        if not set(_content(main)) & given:
            kept.append(main if set(_content(part)) & given else part)
    if not kept or kept == listed or len(listed) < 2:
        return answer
    said = kept[0] if len(kept) == 1 else f"{', '.join(kept[:-1])} and {kept[-1]}"
    value = said if isinstance(answer.value, str) else answer.value
    explanation = f"{answer.explanation}; leaving out {found['given'].strip()!r}, which the question gives"
    return replace(answer, answer=said, value=value, explanation=explanation)


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
