"""A question in two parts, a yes or no and then a `what`: "Were there X, and what did Ofsted say of them?".

The second part is what the asker wants; the first only sets it up, and a bare "yes" answers half the
question. So the second part is asked on its own, with its pronoun ("them", "it") read as the thing
the first part asks about ("Were there X" is of X), and its answer is the answer. A "no" to the first
part is a whole answer (there is nothing to say of what there was not); a "yes" without an answer to
the second part is no answer: "not stated".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trafford_timeline.claims.matching import Answer

_TWO_PARTS = re.compile(
    r"^(?P<first>(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b[^?]+?),? and "
    r"(?P<second>(?:what|how|who|when|where|which|why)\b[^?]+)\?\s*$",
    re.IGNORECASE,
)
"""`Were there X, and what did Ofsted say about them?`: a yes-or-no part, then a question-word part."""
_THERE = re.compile(r"^(?:is|are|was|were) there (?:any )?(?P<thing>.+)$", re.IGNORECASE)
"""`Were there staff training opportunities`: the thing the first part asks about."""
_PRONOUN = re.compile(r"\b(?:them|they|it|these|those)\b", re.IGNORECASE)


def split_two_parts(text: str) -> tuple[str, str] | None:
    """The yes-or-no part and the question-word part, each as its own question (the second with its
    pronoun read as the first part's thing, where the first says `there is/are`); None for one question."""
    found = _TWO_PARTS.match(text.strip())
    if found is None:
        return None
    first, second = found["first"].strip(), found["second"].strip()
    if (there := _THERE.match(first)) is not None:
        second = _PRONOUN.sub(there["thing"], second, count=1)
    return f"{first}?", f"{second[0].upper()}{second[1:]}?"


def answer_two_parts(text: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The answer to a two-part question (see the module's docstring), or None for one question."""
    parts = split_two_parts(text)
    if parts is None:
        return None
    first, second = parts
    whether = ask(first)
    if whether.status == "answered" and whether.answer == "no":
        note = f"; the first part, {first!r}, is answered no, so there is nothing of which to ask the second"
        return replace(whether, question=text, explanation=whether.explanation + note)
    asked = ask(second)
    if asked.status == "answered":
        note = f"; the question's second part, asked as {second!r}, is what it wants"
        return replace(asked, question=text, explanation=asked.explanation + note)
    reason = (
        f"the question asks two things, and its second part, {second!r}, is not answered: {asked.explanation}"
    )
    related = asked.related or whether.evidence[:3]
    return Answer(text, "not_stated", None, None, asked.kind, reason, related=related)
