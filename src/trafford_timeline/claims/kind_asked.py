"""What a "what type of X" question asks for: a kind of X, named by a phrase that holds X's head noun.

`What type of government notice was issued?` asks which notice ("an improvement notice"), not the
government that issued it; `what kind of social workers were hired?` asks which workers ("additional
social workers"), never a bare "additional social". The question reader takes the word after "of" as
the noun asked about, which for a phrase of several words is only its first modifier; so where the
phrase before the verb has more than one word, an answer must hold the phrase's last word, the noun
the question asks for a kind of, or it names something else the matching item holds.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold, stem, tokens
from trafford_timeline.claims.matching import Answer, read
from trafford_timeline.claims.question import AUXILIARY, PREPOSITIONS, Question

_BOUNDARY = rf"(?:{AUXILIARY}|{PREPOSITIONS}|of|in|that|which|who|whose)\b"
_WORD = rf"(?!{_BOUNDARY})[a-z'-]+"
_KIND_PHRASE = re.compile(
    rf"^(?:what|which) (?:kind|sort|type)s? of (?P<phrase>{_WORD}(?: {_WORD})+?)(?= {_BOUNDARY})"
)
"""`what type of government notice was ...`: the phrase up to the verb or a preposition."""


def kind_head(folded: str) -> str | None:
    """The noun a "what type of <modifier> <noun>" question asks a kind of, where the phrase has more
    than one word; None for any other question."""
    found = _KIND_PHRASE.match(folded)
    return found["phrase"].split()[-1] if found else None


def kind_kept(answer: Answer, question: Question, index: ClaimIndex) -> Answer:
    """An answer to "what type of <modifier> <noun>" that neither holds the noun nor names what the
    glossary reads as one ("social workers" are staff) is "not stated": it names what issued or holds
    the thing, or a piece of the phrase, not the kind asked for. A grade is a kind of rating."""
    head = kind_head(question.folded)
    if answer.status != "answered" or head is None or not answer.answer or answer.kind != "text":
        return answer
    if stem(head) in {stem(w) for w in tokens(fold(answer.answer))}:
        return answer
    named = set(read(answer.answer, index).terms)
    if named & set(read(head, index).terms) or any(term.startswith("grade:") for term in named):
        return answer
    reason = f"the answer found, {answer.answer!r}, is no kind of {head}, which the question asks for"
    return Answer(question.text, "not_stated", None, None, answer.kind, reason, related=answer.evidence[:3])
