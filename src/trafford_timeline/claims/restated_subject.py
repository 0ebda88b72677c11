"""`Who was going to be involved in the panel...?`: the subject of the quote that restates the question.

A who-question is a sentence with its subject taken out. Where a well-matched quote says the rest of
that sentence in the question's own words ("representatives of children in care were going to be
involved in the panel to appoint..."), the words before it, up to the start of their clause, are the
subject the question asks for, whether or not they are a name or a post the record holds. The
restatement must be close: the question's words after `who` (its auxiliary aside) begin the matching
run in the same order, determiners aside, for at least `RUN` words, and what the run leaves out of
the question is still said by the item.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem
from trafford_timeline.claims.matching import (
    CANDIDATES,
    MATCH,
    MATCH_TEXT,
    Answer,
    answered,
    cite,
    coverage_of,
    floor_of,
    ranked,
)  # fmt: skip
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.reading import read_text

_SUBJECT_ASKED = re.compile(
    r"^who (?:(?P<aux>is|was|are|were|will|would|could|should|must|might|has|have|had|can|shall) )?"
    r"(?P<rest>.+)$"
)
"""`Who was going to...`, `Who will chair...`, `Who sets...`: the asked word is the subject. Not `who
did X meet` (`did`, `does`, `do` open a question about the object), which this does not match."""
_OBJECT_ASKED = re.compile(r"^who (?:did|does|do)\b")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
_AUXILIARY_WORDS = """is was are were will would could should must might has have had can shall be been being
did do does going to due set about also"""
_AUXILIARIES = frozenset(_AUXILIARY_WORDS.split())
_BOUND_TO = frozenset({"going", "due", "about", "set", "have", "has", "had", "ought", "used", "able"})
"""`going to`, `due to`: the words before `to` that make the verb after it the subject's own."""
_DENIALS = frozenset({"not", "never", "no", "nobody", "none", "neither", "nor", "cannot"})
"""A subject the quote denies the act of ("Ofsted did not set the indicators") is not who did it."""
_OPENER_WORDS = "that and but which who said says when while as if"
_CLAUSE_OPENERS = frozenset(_OPENER_WORDS.split())
_PRONOUN_WORDS = "it they he she we i you this these those there them"
_PRONOUNS = frozenset(_PRONOUN_WORDS.split())
RUN = 4
"""How many of the question's words (determiners aside) the quote must repeat in order after the
subject: "were going to be involved" repeats "going to be involved"."""
SUBJECT_WORDS = 8
"""A subject longer than this is a clause, not the phrase asked for."""
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*|[,;:()“”\"]")


_PLACED = frozenset({"in", "on", "onto", "within"})
"""Prepositions that place one in a body alike: "involved on the panel" is "involved in the panel"."""


def _same(a: str, b: str) -> bool:
    return a == b or stem(a) == stem(b) or {a, b} <= _PLACED


def _restating_at(quote_words: list[str], asked: list[str]) -> int | None:
    """Where in the quote the question's words after `who` begin to be repeated: at least `RUN` of them
    in order, and every word of the question left after that run said within the next few words
    ("appoint Trafford's new director" restated as "appoint the new Trafford director")."""
    folded = [fold(w) for w in quote_words]
    asked_plain = [w for w in asked if w not in _DETERMINERS]
    for start in range(len(folded)):
        at, matched = start, 0
        while at < len(folded) and matched < len(asked_plain):
            if folded[at] in _DETERMINERS:
                at += 1
                continue
            if not _same(folded[at], asked_plain[matched]):
                break
            at, matched = at + 1, matched + 1
        if matched < min(RUN, len(asked_plain)) or matched < 2:
            continue
        left = {stem(w) for w in asked_plain[matched:] if w not in STOPWORDS}
        window = {stem(w.replace("’", "'").removesuffix("'s")) for w in folded[at : at + len(left) + 3]}
        window |= {stem(w) for w in folded[at : at + len(left) + 3]}
        if left <= window:
            return start
    return None


def _subject_before(quote_words: list[str], start: int) -> str | None:
    """The words before the restated run, back to the start of their clause, its auxiliary left out."""
    end = start
    if end >= 2 and fold(quote_words[end - 1]) == "to" and fold(quote_words[end - 2]) not in _BOUND_TO:
        return None  # "a panel to review casework" gives the purpose of the panel, not who reviews
    while end > 0 and fold(quote_words[end - 1]) in _AUXILIARIES | _DENIALS:
        if fold(quote_words[end - 1]) in _DENIALS:
            return None
        end -= 1
    begin = end
    while begin > 0 and quote_words[begin - 1] not in {",", ";", ":", "(", ")", "“", "”", '"'}:
        if fold(quote_words[begin - 1]) in _CLAUSE_OPENERS:
            break
        begin -= 1
    phrase = quote_words[begin:end]
    if not phrase or len(phrase) > SUBJECT_WORDS or fold(phrase[0]) in _PRONOUNS:
        return None
    if any(fold(w) in _DENIALS | _AUXILIARIES for w in phrase):
        return None  # "the council must set up a panel" is a clause of its own, not a subject
    if all(fold(w) in STOPWORDS for w in phrase):
        return None
    return " ".join(phrase)


def restated_subject(question: Question, index: ClaimIndex) -> Answer | None:
    """The subject of a well-matched quote that restates the question after `who`, or None."""
    folded = question.folded
    found = _SUBJECT_ASKED.match(folded)
    if found is None or _OBJECT_ASKED.match(folded):
        return None
    asked = [w for w in _WORD.findall(found["rest"]) if w[:1].isalnum()]
    matches = [m for m in ranked(question.content, index) if m.coverage >= floor_of(question, MATCH)]
    for match in matches[:CANDIDATES]:
        if coverage_of(question.content, match.document.bag, index)[0] < MATCH_TEXT:
            continue
        for citation in match.document.item.citations:
            words = _WORD.findall(citation.quote)
            where = _restating_at(words, asked)
            if where is None:
                continue
            subject = _subject_before(words, where)
            if subject is None or fold(subject) in folded:
                continue
            if not read_text(subject, index.glossary, index.vocabulary).terms:
                continue
            explanation = (
                f"the subject of the quote of {match.document.item.id}, which says the rest of the "
                "question in its words"
            )
            return answered(question, subject, subject, explanation, [cite(match.document.item.id, citation)])
    return None
