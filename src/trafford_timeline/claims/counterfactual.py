"""A yes/no question about what would have happened otherwise, answered only by an item that says so.

"Would the weaknesses have been spotted without the inspection?" asks about a world that did not
happen. A finding that inspectors spotted weaknesses the council did not know of, read as a claim,
shares its words ("weaknesses", "without", "spotted") and can seem to say yes; only an item that
itself says what would have happened ("had the inspection not taken place, the weaknesses would not
have been recognised") answers it, by whether each side's main clause is denied.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trafford_timeline.claims.index import ClaimIndex, Document
from trafford_timeline.claims.language import fold, stem, tokens
from trafford_timeline.claims.matching import (
    MATCH_TEXT,
    Answer,
    answered,
    coverage_of,
    evidence_of,
    title_of,
)
from trafford_timeline.claims.otherwise import denies_otherwise, says_otherwise
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.thesaurus import stand_ins
from trafford_timeline.record.model import Event, Fact

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


def _texts(item: Event | Fact) -> list[str]:
    return [fold(title_of(item)), *(fold(c.quote) for c in item.citations)]


def _says_otherwise(item: Event | Fact) -> bool:
    return any(says_otherwise(text) for text in _texts(item))


def _main_coverage(content: Reading, main: str, document: Document, index: ClaimIndex) -> float:
    """How much of the question's clause the item holds, a word of it the item says in another
    word WordNet gives ("spotted", "recognised") counting: the item is already one of the few that say
    what would have happened otherwise, and its clause is that one's."""
    covered, missing = coverage_of(content, document.bag, index)
    if covered >= MATCH_TEXT or not missing:
        return covered
    said: dict[str, str] = {}
    for word in tokens(main):
        for term in set(read_text(word, index.glossary, index.vocabulary).terms) & set(missing):
            others = [
                t for w in (word, stem(word)) for _, t in stand_ins(w, index.glossary, index.vocabulary.stems)
            ]
            hit = next((t for t in others if t in document.bag), None)
            if hit is not None:
                said[term] = hit
    if not said:
        return covered
    terms = tuple(said.get(term, term) for term in content.terms)
    return coverage_of(replace(content, terms=terms), document.bag, index)[0]


def answer_otherwise(question: Question, index: ClaimIndex) -> Answer:
    """Yes or no from the one item that says what would have happened, else not stated."""
    main = _main_clause(question.folded)
    content = read_text(main, index.glossary, index.vocabulary)
    plain = read_text(_UNDENIED.sub(" ", question.declarative), index.glossary, index.vocabulary)
    documents = [index.document_of(item.id) for item in index.items() if _says_otherwise(item)]
    covered = [(_main_coverage(plain, question.declarative, d, index), d) for d in documents]
    for coverage, document in sorted(covered, key=lambda found: -found[0]):
        if coverage < MATCH_TEXT or _main_coverage(content, main, document, index) < MATCH_TEXT:
            continue  # the item denies what the question's condition denies, so `plain` is read undenied
        said = [t for t in _texts(document.item) if says_otherwise(t)]
        asked_denied = _DENIAL.search(re.sub(r"^(?:would|could|might)\b", "", main)) is not None
        stated_denied = denies_otherwise(said[0])
        answer = "yes" if asked_denied == stated_denied else "no"
        explanation = f"{document.item.id} says what would have happened otherwise"
        return answered(question, answer, answer, explanation, evidence_of(document, question.content))
    return Answer(
        question.text, "not_stated", None, None, "yes_no",
        "neither yes nor no: the question asks what would have happened otherwise, and no record item says",
    )  # fmt: skip
