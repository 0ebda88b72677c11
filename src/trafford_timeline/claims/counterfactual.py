"""A yes/no question about what would have happened otherwise, answered only by an item that says so.

"Would the weaknesses have been spotted without the inspection?" asks about a world that did not
happen. A finding that inspectors spotted weaknesses the council did not know of, read as a claim,
shares its words ("weaknesses", "without", "spotted") and can seem to say yes; only an item that
itself says what would have happened ("had the inspection not taken place, the weaknesses would not
have been recognised") answers it, by whether each side's main clause is denied.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import (
    MATCH_TEXT,
    Answer,
    answered,
    coverage_of,
    evidence_of,
    ranked,
    title_of,
)
from trafford_timeline.claims.otherwise import denies_otherwise, says_otherwise
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.reading import read_text

_ASKS_OTHERWISE = re.compile(r"^(?:would|could|might)\b.*\bhave\b")
_CONDITION = re.compile(r"\b(?:without|if|unless|but for|absent|in the absence of|had)\b.*$")
"""Where the condition of a question about what would have happened begins: the rest is its main clause."""
_UNDENIED = re.compile(r"\b(?:without|not|never|no|hadn't|wasn't|weren't|didn't)\b|n't\b")
_DENIAL = re.compile(r"\b(?:not|never|no)\b|n't\b|\bun[a-z]{4,}\b")


def asks_otherwise(question: Question) -> bool:
    """Whether a yes/no question asks what would have happened were something otherwise."""
    return question.form == "yes_no" and _ASKS_OTHERWISE.match(question.folded) is not None


def _main_clause(folded: str) -> str:
    found = _CONDITION.search(folded)
    return folded[: found.start()] if found else folded


def answer_otherwise(question: Question, index: ClaimIndex) -> Answer:
    """Yes or no from the one item that says what would have happened, else not stated."""
    main = _main_clause(question.folded)
    content = read_text(main, index.glossary, index.vocabulary)
    plain = read_text(_UNDENIED.sub(" ", question.declarative), index.glossary, index.vocabulary)
    for match in ranked(plain, index)[:10]:  # the item denies what the question's condition denies
        item = match.document.item
        texts = [fold(title_of(item)), *(fold(c.quote) for c in item.citations)]
        said = [t for t in texts if says_otherwise(t)]
        if not said or match.coverage < MATCH_TEXT:
            continue
        if coverage_of(content, match.document.bag, index)[0] < MATCH_TEXT:
            continue
        asked_denied = _DENIAL.search(re.sub(r"^(?:would|could|might)\b", "", main)) is not None
        stated_denied = denies_otherwise(said[0])
        answer = "yes" if asked_denied == stated_denied else "no"
        explanation = f"{item.id} says what would have happened otherwise"
        return answered(question, answer, answer, explanation, evidence_of(match.document, question.content))
    return Answer(
        question.text, "not_stated", None, None, "yes_no",
        "neither yes nor no: the question asks what would have happened otherwise, and no record item says",
    )  # fmt: skip
