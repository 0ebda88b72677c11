"""The reader of a `why` question: the cause an item states, never words that only follow the question's.

A reason is read only from a quote that marks a cause ("because of", "due to", "as a result of",
"caused by", "blamed on", "led to"), and only where the other side of that mark is what the question
asks about. An item that says what happened but not why answers "not stated".
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.line_quotes import quotes_by_line
from trafford_timeline.claims.matching import (
    CANDIDATES,
    MATCH,
    Answer,
    answered,
    evidence_of,
    floor_of,
    ranked,
    silent,
    why_not,
)  # fmt: skip
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.slot_words import _BOUNDARY
from trafford_timeline.claims.verdicts import Evidence

_CAUSE_AFTER = re.compile(
    r"\b(?:because of|because|due to|as a result of|as a consequence of|owing to|caused by|blamed on|"
    r"resulting from|the result of|"
    r"(?:key |main |chief )?reasons? (?:for|why) [^,.;]*? (?:was|is|were|are))\s+",
    re.IGNORECASE,
)
"""Marks whose cause follows them: "because of the delay, children wait", "a key reason for the
downgrade was..."."""
_CAUSE_BEFORE = re.compile(
    r"\s+(?:(?:had|has|have) )?(?:led to|leads to|lead to|caused|causes|resulted in|results in|"
    r"left (?:[a-z]+ ){1,3}?without)\b",
    re.IGNORECASE,
)
"""Marks whose cause goes before them: "a lack of oversight had led to leaders being unaware"; "gaps
in management have left staff without supervision" (leaving someone without a thing causes the lack,
where leaving a place, "managers have left the council", causes nothing)."""
_THEREFORE = re.compile(
    r",?\s+(?:and\s+)?(?:(?:was|is|were|are|has|had|have)\s+)?(?:therefore|thus|hence)\b", re.IGNORECASE
)
"""`..., but this was based on weak checks, and was therefore inaccurate`: the clause before "therefore"
is why what it says of the sentence's subject holds."""
_CLAUSE_END = re.compile(r"[.;:!?()]|,\s")
_CLAUSE_START = re.compile(
    r"[.;:!?()\"“”,]|\b(?:that|after|found|finds|find|said|says|when|while|as|because)\s", re.IGNORECASE
)
REASON_CANDIDATES = 4 * CANDIDATES
"""Only an item that states a cause answers, so more of the items that match are looked through."""
MAX_REASON_WORDS = 16
"""A cause longer than this is a passage to read, not an answer in a few words."""


def _asked(question: Question) -> set[str]:
    return {stem(w) for w in question.content.words if w not in STOPWORDS}


def _event_words(question: Question, index: ClaimIndex) -> set[str]:
    """The asked words that name what happened, not only where: "Trafford" and "the council" are
    in nearly every effect the record states, so an effect sharing only them is the cause of
    something else ("deterioration in Trafford" answers no question about a downgrade)."""
    implied = index.glossary.implied
    return {
        stem(w)
        for w in question.content.words
        if w not in STOPWORDS and not (set(read_text(w, index.glossary, index.vocabulary).terms) & implied)
    }


_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "no",
        "its",
        "their",
        "his",
        "her",
        "this",
        "these",
        "those",
        "some",
        "many",
        "most",
        "all",
        "any",
    ]
)
"""Words a noun phrase may open with, though a phrase may not end with them."""


def _complete(reason: str) -> bool:
    """A whole phrase of a few words: not opening with a preposition, nor ending mid-phrase."""
    words = tokens(reason)
    if not 1 < len(words) <= MAX_REASON_WORDS:
        return False
    return words[-1] not in _BOUNDARY and (words[0] not in _BOUNDARY or words[0] in _OPENERS)


def _reasons(quote: str) -> list[tuple[str, str]]:
    """Each (cause, effect) a quote states, as its own words."""
    found = []
    quote = re.sub(r"[\"“”]", "", quote)  # a quotation inside the quote is part of its sentence
    for mark in _CAUSE_AFTER.finditer(quote):
        cause = _CLAUSE_END.split(quote[mark.end() :], maxsplit=1)[0]
        effect = quote[: mark.end()]  # "the reason for the downgrade was X": the mark names the effect
        if not quote[: mark.start()].strip(" ,"):  # "Because of X, Y": the effect follows the cause
            effect = quote[mark.end() + len(cause) :]
        found.append((cause.strip(" ,'’"), effect))
    for mark in _THEREFORE.finditer(quote):
        before = quote[: mark.start()]
        starts = [m.end() for m in _CLAUSE_START.finditer(before)]
        cause = before[starts[-1] :] if starts else before
        effect = quote[: mark.start() - len(cause)] + quote[mark.end() :]  # the subject and what follows
        found.append((re.sub(r"^\s*(?:but|and|yet|while)\s+", "", cause).strip(" ,'’"), effect))
    for mark in _CAUSE_BEFORE.finditer(quote):
        before = quote[: mark.start()]
        starts = [m.end() for m in _CLAUSE_START.finditer(before)]
        cause = before[starts[-1] :] if starts else before
        effect = _CLAUSE_END.split(quote[mark.end() :], maxsplit=1)[0]
        found.append((cause.strip(" ,'’"), effect))
    return found


def answer_why(question: Question, index: ClaimIndex) -> Answer:
    """`Why were visits late?`: the cause a well-matched item states for what the question names."""
    matches = ranked(question.content, index)
    asked = _asked(question)
    events = _event_words(question, index)
    if not asked:
        return silent(question, index, "the question does not say what it asks the reason for", matches)
    found: list[tuple[float, int, int, str, list[Evidence]]] = []
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH)][:REASON_CANDIDATES]:
        quotes = evidence_of(match.document, question.content)
        for citation in quotes:
            for cause, effect in _reasons(citation.quote):
                effect_words = {stem(fold(w)) for w in tokens(effect)}
                cause_words = {stem(fold(w)) for w in tokens(cause)}
                if not events & effect_words or not _complete(cause):
                    continue  # the cause of something else, or no whole phrase
                if not cause_words - asked - {stem(w) for w in STOPWORDS}:
                    continue  # the question's own words are no reason
                whole = _continued(cause, citation, index)
                if whole is None:
                    continue  # the cause goes on past the quote, in words no quote of the item holds
                cause, cited = whole
                said = len(events & effect_words)  # "widespread deterioration", asked so, not "serious"
                found.append((-round(match.coverage, 2), -said, len(tokens(cause)), cause, cited))
    if not found:
        return silent(question, index, why_not(matches, "why"), matches)
    best = min(found, key=lambda f: f[:2])[:2]  # the best matched, whose effect is most the one asked
    stated = [f for f in found if f[:2] == best]
    _, _, _, cause, cited = min(stated, key=lambda f: (-_stated_by(f[3], stated), f[2]))
    return answered(question, cause, cause, f"the cause {cited[0].id} states", cited)


def _stated_by(cause: str, found: list[tuple[float, int, int, str, list[Evidence]]]) -> int:
    """How many quotes give this cause in the same words: the cause the record repeats is the one
    its sources agree on, where one alone words it its own way ("leadership failings")."""
    return sum(fold(f[3]) == fold(cause) for f in found)


def _continued(cause: str, citation: Evidence, index: ClaimIndex) -> tuple[str, list[Evidence]] | None:
    """The cause, or None where it runs to the end of its quote and the record quotes more of the
    same source line beyond it: the record cites one sentence in pieces ("X" and "a Y, Ofsted said"),
    so the cause read from the first piece is half of the reason, and half a reason is a wrong one.
    How the pieces join is not in the quotes, so they are not joined into an answer either."""
    tail = re.sub(r"[\"“”]", "", citation.quote).rstrip(" ,'’")
    if not tail.endswith(cause):
        return cause, [citation]
    others = quotes_by_line(index).get((citation.source, citation.line), ())
    if any(q not in citation.quote and citation.quote not in q for q in others):
        return None
    return cause, [citation]
