"""A `what` question whose question word is the subject of its verb: the thing written before that verb.

"What works with professionals to meet children's education needs?" asks what works with them; the
quote "The virtual school works well with a range of professionals..." answers it with the noun
phrase before "works", never with the words after the question's own ("meet children's education
needs"), which only restate what the question says the thing does (`asked_object.asked_subject`).
"""

from __future__ import annotations

import re

from trafford_timeline.claims.asked_object import asked_subject
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import Answer, answered, cite
from trafford_timeline.claims.question import SAYING, Question
from trafford_timeline.claims.slots_people import _passive_at, _verb_root
from trafford_timeline.claims.slots_text import MAX_THING_WORDS, _one_best

_CLAUSE_OPENS = frozenset(
    {"that", "which", "who", "and", "but", "while", "whereas", "because", "where", "when", "although"}
    | {"though", "if", "as", "so", "since"}
)
"""Words that open a clause: the subject of the verb starts after the last of them before it."""
_REPORTING = re.compile(rf"(?:{SAYING}|find|finds|found|show|shows|showed|believe|believes|believed|feel|feels|felt)")
"""A verb of saying before the subject ("carers say a duty team supports them") opens the clause it
reports, as "that" would."""


def _opens_clause(word: str) -> bool:
    return fold(word) in _CLAUSE_OPENS or _REPORTING.fullmatch(fold(word)) is not None


_PRONOUNS = frozenset({"it", "they", "this", "these", "those", "he", "she", "we", "there"})
"""A subject that only points back ("they work with") names nothing the asker could use."""


def _subject_before(quote: str, verb: str, question: Question) -> str | None:
    """The noun phrase a quote writes as the subject of `verb`: the words from the start of its clause
    (after a comma, a joining word or a full stop) up to the verb, where that is a short phrase that
    says something the question does not; None where the quote has no such phrase."""
    words = re.findall(r"[A-Za-z][\w'’-]*|[,.;:()]", quote)
    asked = {stem(w) for w in tokens(question.folded)}
    for at, word in enumerate(words):
        if at == 0 or _verb_root(word) != _verb_root(verb) or _passive_at(words, at):
            continue
        start = at
        while start > 0 and words[start - 1] not in ",.;:()" and not _opens_clause(words[start - 1]):
            start -= 1
        phrase = words[start:at]
        folded = [fold(w) for w in phrase]
        new = [w for w in folded if w not in STOPWORDS and stem(w) not in asked]
        if not new or len(phrase) > MAX_THING_WORDS or folded[-1] in STOPWORDS | _PRONOUNS:
            continue
        return " ".join(phrase)
    return None


def answer_subject(question: Question, index: ClaimIndex) -> Answer | None:
    """What the question asks the subject of, read before its verb in a quote of the one item that
    matches the question best; None where the question asks no subject, two items match as well, or no
    quote writes a short subject before the verb."""
    verb = asked_subject(question)
    if verb is None:
        return None
    match = _one_best(question, question.content, "", index)
    if match is None:
        return None
    item = match.document.item
    for citation in item.citations:
        if (subject := _subject_before(citation.quote, verb, question)) is not None:
            explanation = f"what {verb}, as {item.id} writes it before the verb"
            return answered(question, subject, subject, explanation, [cite(item.id, citation)])
    return None
