"""A `what` question whose preposition is stranded before a closing phrase of its own: the gap it
leaves is in the middle of the question, not at its end.

"What did inspectors find children were living in for too long?" asks what fills the gap after
"living in": a quote that says "children living in conditions of neglect for too long" answers with
the words between the verb and its preposition and the question's closing phrase ("conditions of
neglect"), never with the words after the question's last one, which are only its closing phrase.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import (
    MATCH_TEXT,
    Answer,
    Match,
    answered,
    cite,
    floor_of,
    ranked,
    read,
)
from trafford_timeline.claims.question import AUXILIARY, LIGHT_VERBS, STRANDED, Question
from trafford_timeline.claims.slots_text import MAX_THING_WORDS, _one_best, best_tied

_CLOSING = r"for|during|since|until|at|in|on|by|after|before|over|within|throughout"
"""A preposition that opens a phrase placing the whole in time or extent (`for too long`)."""
_GAP = re.compile(
    rf"^what (?:{AUXILIARY}) (?P<frame>[a-z0-9'’ -]+?) (?P<verb>[a-z'’-]{{3,}}) "
    rf"(?:(?P<prep>{STRANDED}) (?P<tail>(?:{_CLOSING}) [a-z0-9'’ -]+)|(?P<but>but [a-z0-9'’ -]+))$"
)
"""`What did X find children were living in for too long?`: a verb, its preposition with nothing
after it, then a phrase opened by another preposition: the object of the first is asked for. `What
did X say the council held but needed to use better?`: a verb with nothing after it before "but"
and the rest of its sentence: the verb's object is asked for."""
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")


def answer_stranded_gap(question: Question, index: ClaimIndex) -> Answer | None:
    """The words a quote of the one item that matches the question best writes between the question's
    verb and stranded preposition ("living in") and its closing phrase ("for too long"), or between
    its verb and "but"; None where
    the question has no such gap, two items match as well, or no quote says the verb, its preposition
    and the closing phrase in that order with a short phrase between."""
    found = _GAP.match(question.folded) if question.form in {"what", "list"} else None
    if found is None or found["verb"] in STOPWORDS:
        return None
    tail_word, *tail = (found["tail"] or found["but"]).split()
    match = _one_best(question, question.content, "", index) if found["prep"] else _best_but(question, index)
    if match is None:
        return None
    closing = {stem(w) for w in tail if w not in STOPWORDS}
    asked = {stem(w) for w in tokens(question.folded)}
    prep = [found["prep"]] if found["prep"] else []
    for citation in match.document.item.citations:
        words = _WORD.findall(citation.quote)
        folded = [fold(w) for w in words]
        for at in range(len(words) - 1):
            starts = at + 1 + len(prep)
            if stem(folded[at]) != stem(found["verb"]) or folded[at + 1 : starts] != prep:
                continue
            ends = [
                end
                for end in range(starts, min(len(words), starts + 1 + MAX_THING_WORDS))
                if folded[end] == tail_word and _goes_on(closing, {stem(w) for w in folded[end + 1 :]}, prep)
            ]
            gap = words[starts : ends[0]] if ends else []
            new = [w for w in gap if fold(w) not in STOPWORDS and stem(fold(w)) not in asked]
            if new and fold(gap[-1]) not in STOPWORDS:
                answer, item = " ".join(gap), match.document.item.id
                explanation = f"what {item} says after {' '.join([found['verb'], *prep])!r}"
                return answered(question, answer, answer, explanation, [cite(item, citation)])
    return None


def _best_but(question: Question, index: ClaimIndex) -> Match | None:
    """The one item that matches the question best, lacking at most words of its clause after "but"
    ("needed to use better"), which the quote may say in words of its own."""
    matches = [m for m in ranked(question.content, index) if m.coverage >= floor_of(question, MATCH_TEXT)]
    clause = question.folded.split(" but ", 1)[-1]
    if not matches or len(best_tied(matches)) > 1:
        return None
    return matches[0] if set(matches[0].missing) <= set(read(clause, index).terms) | LIGHT_VERBS else None


def _goes_on(asked: set[str], said: set[str], prep: list[str]) -> bool:
    """Whether the quote goes on after the gap as the question does: with every word of a closing
    phrase ("for too long"), or, after "but", with some word of the question's clause (its words for
    what was needed may be the quote's own: "needed to use" for "it was necessary to utilise")."""
    return asked <= said if prep else bool(asked & said)


__all__ = ["answer_stranded_gap"]
