"""`What did Ofsted say about whether the council was taking the right steps?` asks for a clause.

A question of what someone said "about whether" (or "on whether", "about if") a thing was so names
the thing itself in its closing clause; what was said of it is whether it was so: the clause the quote
states ("the Council was taking the right steps"), not the words after the question's own ("to address
the recommendations"), which only finish the sentence. The answer is the quote's clause that holds
the question's clause, from the word that opens it ("that", or the start of the quote) to its last
word the question shares; where the quote holds no such clause, it is "not stated".
"""

from __future__ import annotations

import re
from dataclasses import replace

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import Answer, read
from trafford_timeline.claims.question import Question

_ABOUT_WHETHER = re.compile(
    r"^what (?:did|do|does|had|has|have|was|is) (?:[a-z0-9'’ -]+? )?"
    r"(?:say|said|find|found|conclude|concluded|report|reported|note|noted|think|thought|decide|decided)"
    r" (?:about|on|as to) (?:whether|if) (?P<clause>[^?]+)"
)
_OPENS = re.compile(r"\bthat\s", re.IGNORECASE)
"""The complementiser that opens the clause said ("stated that the Council was ...")."""
_WORD = re.compile(r"[A-Za-z0-9'’-]+")
MAX_CLAUSE_WORDS = 12
"""A clause said runs to at most this many words; a longer span is a sentence, not the clause asked of."""


def _content(clause: str, index: ClaimIndex) -> set[str]:
    """The stems of the clause's words of substance, less those the record reads as its own subject
    ("Trafford", which the quote may call "the Council")."""
    return {stem(w) for w in tokens(fold(clause)) if w not in STOPWORDS and not _the_subject(w, index)}


def _the_subject(word: str, index: ClaimIndex) -> bool:
    terms = set(read(word, index).terms)
    return bool(terms) and terms <= index.glossary.implied


def _clause_said(quote: str, content: set[str]) -> str | None:
    """The span of the quote from the opening of the clause that holds every word of `content` to the
    last of them; None where the quote does not hold them all."""
    spans = [(m.start(), m.end(), stem(fold(m[0]))) for m in _WORD.finditer(quote)]
    hits = [i for i, (_, _, s) in enumerate(spans) if s in content]
    if not hits or {spans[i][2] for i in hits} != content:
        return None
    first, last = spans[hits[0]][0], spans[hits[-1]][1]
    openings = [m.end() for m in _OPENS.finditer(quote, 0, first)]
    start = openings[-1] if openings else 0
    if re.search(r"[.;:!?]", quote[start:last]) or len(quote[start:last].split()) > MAX_CLAUSE_WORDS:
        return None  # the words run over a stop, or on and on: more than the one clause
    return quote[start:last].strip(' ,"“”')


def clause_said_of_whether(question: Question, answer: Answer, index: ClaimIndex) -> Answer:
    """An answer to "what did X say about whether P?" given as the clause the quote states of P; "not
    stated" where the answer's quote does not state it; any other answer as it is."""
    found = _ABOUT_WHETHER.match(question.folded)
    if found is None or answer.status != "answered" or answer.kind != "text" or not answer.evidence:
        return answer
    content = _content(found["clause"], index)
    said = _clause_said(answer.evidence[0].quote, content) if content else None
    if said is None:
        reason = (
            f"the question asks what was said of whether {found['clause'].strip()}, and the quote found "
            "does not state that clause"
        )
        related = answer.evidence[:3]
        return Answer(question.text, "not_stated", None, None, answer.kind, reason, related=related)
    explanation = f"the clause {answer.evidence[0].id} states of whether {found['clause'].strip()}"
    return replace(answer, answer=said, value=said, explanation=explanation)


__all__ = ["clause_said_of_whether"]
