"""What a record says only as the purpose of something else is not said to be so.

"The response to missing children should improve, so that return home interviews are completed"
states a goal: it does not say that the interviews are completed, so a claim that they are not
all completed is no opposite of it (if anything, the need says they are not). A clause after
"so that", "in order to" or "to ensure (that)" names what an act is for; the item's words the
claim and the item disagree on, where every text of the item says them only in such a clause,
settle nothing. The same words said outright anywhere in the item still decide, and so does a grade
("so that work with children is good"), which the comparisons of grades read as a standard set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import GRADE_PREFIX, read_text

_PURPOSE = re.compile(
    r"\b(?:so that|so as to|in order to|in order that|to (?:ensure|make sure|make certain)(?: that)?)\s"
)
"""The openings of a clause of purpose."""
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def said_only_as_purpose(terms: Iterable[str], texts: Iterable[str], glossary: Glossary) -> str | None:
    """The clause of purpose ("so that return home interviews are completed") where every one of an
    item's texts that says one of `terms` says it only in such a clause; None otherwise."""
    wanted = set(terms)
    if not wanted or any(term.startswith(GRADE_PREFIX) for term in wanted):
        return None
    purpose = None
    for text in texts:
        outright, aims = _split(fold(text))
        if wanted & set(read_text(outright, glossary).terms):
            return None  # the item says it outright
        for aim in aims:
            if wanted & set(read_text(aim, glossary).terms):
                purpose = purpose or aim
    return purpose


def _split(text: str) -> tuple[str, list[str]]:
    """A text's words outside clauses of purpose, and each clause of purpose (to its sentence's end)."""
    outright: list[str] = []
    aims: list[str] = []
    at = 0
    while (opening := _PURPOSE.search(text, at)) is not None:
        outright.append(text[at : opening.start()])
        end = _SENTENCE_END.search(text, opening.end())
        stop = end.start() if end else len(text)
        aims.append(text[opening.start() : stop])
        at = stop
    outright.append(text[at:])
    return " ".join(outright), aims
