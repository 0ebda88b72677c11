"""A yes to "did X do it?" that the record says only as what X may do: not stated, never yes.

"The notice says the adviser may require a review" grants a power; whether the adviser used it the
record does not say. A question asking whether the act was done ("Did the adviser order a review?")
is answered by a quote that states the act done, and one whose every mention of the asked act stands
under a word of permission or possibility ("may", "might", "could", "can", "is able to", "has the
power to") does not state it. A question asking the deed in other words ("Did the adviser call for
a review?") is matched on what the permitted act governs: the quote's words after "may require", up to
the clause's end, hold an asked term, and before the permission the quote says no asked term but in
the few words that name its doer, so no act of another's frames the permission. A question
that itself asks of the power ("could the adviser require one?", "was the adviser able to...?") is
left to the reading that answers it.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold, term
from trafford_timeline.claims.matching import Answer
from trafford_timeline.claims.question import Question

_PERMITTED = re.compile(
    r"\b(?:may|might|could|can|(?:is|are|was|were|be) (?:able|allowed|permitted|entitled|free) to"
    r"|(?:has|have|had) (?:the )?(?:power|right|option|discretion) to)"
    r"(?: (?:also|then|still|now|further|not|only|even|yet))? (?P<act>[a-z]+)\b"
)
"""A word of permission or possibility with the act it governs ("may require", "could also ask")."""
_ASKS_OF_POWER = re.compile(
    r"^(?:can|could|may|might|would|will|should|must|shall)\b"
    r"|\b(?:may|might|could|can|able|allowed|permitted|entitled|power|right|option|discretion|possible|"
    r"possibly)\b"
)
"""A question that asks whether an act could be done, not whether it was."""
_WORD = re.compile(r"[a-z]+")
_CLAUSE_END = re.compile(r"[,.;:!?()]|\b(?:and|but|or|which|who|while|because|if|unless|when)\b")
"""Where the words a permitted act governs stop: "may require a review, and ..." governs "a review"."""
_DOER_WORDS = 3
"""How many words before the permission word may name its doer ("the unnamed adviser may ...")."""


def _span_terms(text: str, glossary: Glossary) -> frozenset[str]:
    return frozenset(glossary.rewrite([term(word) for word in _WORD.findall(text)], frozenset()))


def _object_terms(found: re.Match[str], quote: str, glossary: Glossary) -> frozenset[str]:
    """The terms of what the permitted act `found` governs, up to its clause's end."""
    rest = quote[found.end() :]
    end = _CLAUSE_END.search(rest)
    return _span_terms(rest[: end.start()] if end else rest, glossary)


def _governs_asked(found: re.Match[str], quote: str, asked: frozenset[str], glossary: Glossary) -> bool:
    """Whether the permitted act `found` governs the question's deed said in other words: what it
    governs holds an asked term, and before it the quote says no asked term but in its doer's words
    ("the council agreed that the adviser may ..." states the council's act, which is not left open)."""
    governed = _object_terms(found, quote, glossary) & asked
    words = _WORD.findall(quote[: found.start()])
    return bool(governed) and not (
        _span_terms(" ".join(words[:-_DOER_WORDS]), glossary) & asked
        or _span_terms(" ".join(words), glossary) & governed
    )


def _act_terms(word: str, glossary: Glossary) -> frozenset[str]:
    return frozenset(glossary.rewrite([term(word)], frozenset())) | {term(word)}


def _permitted_phrases(
    quotes: list[str], asked: frozenset[str], glossary: Glossary, other_words: bool
) -> list[str] | None:
    """The permission phrases ("may require") under which every quote puts the asked act; None where
    some quote states it without one. With `other_words`, an act counts where it governs the asked
    deed (`_governs_asked`), and a quote naming nothing of that deed is passed over."""
    permitted: list[str] = []
    silent: list[str] = []
    deed: set[str] = set()
    for quote in quotes:
        acts = [found for found in _PERMITTED.finditer(quote) if _act_terms(found["act"], glossary) & asked]
        if not acts and other_words:
            acts = [
                found for found in _PERMITTED.finditer(quote) if _governs_asked(found, quote, asked, glossary)
            ]
            deed.update(term for found in acts for term in _object_terms(found, quote, glossary) & asked)
        if not acts and other_words:
            silent.append(quote)
            continue
        if not acts:
            return None  # this quote says the act, if at all, without a word of permission
        governed = {found.start("act") for found in acts}
        for word in _WORD.finditer(quote):
            if word.start() not in governed and _act_terms(word[0], glossary) & _act_terms(
                acts[0]["act"], glossary
            ):
                return None  # the act also stated outside the permission ("may require ... required")
        permitted.append(quote[acts[0].start() : acts[0].end()])
    if not permitted or any(_span_terms(quote, glossary) & deed for quote in silent):
        return None
    return permitted


def only_permitted(question: Question, answer: Answer, glossary: Glossary) -> Answer:
    """Not stated where a yes to a question of a deed rests on quotes that put the asked act only
    under a word of permission ("may require"); the answer as it was otherwise. A deed asked in other
    words ("call for") is read in the quotes of the item the yes rests on, the first one's."""
    if answer.status != "answered" or answer.answer != "yes" or not answer.evidence:
        return answer
    if question.form != "yes_no" or _ASKS_OF_POWER.search(fold(question.text)):
        return answer
    asked = frozenset(question.content.terms)
    quotes = [fold(evidence.quote) for evidence in answer.evidence]
    permitted = _permitted_phrases(quotes, asked, glossary, other_words=False)
    if permitted is None:
        first = answer.evidence[0].id
        own = [fold(evidence.quote) for evidence in answer.evidence if evidence.id == first]
        permitted = _permitted_phrases(own, asked, glossary, other_words=True)
    if permitted is None:
        return answer
    said = ", ".join(repr(words) for words in dict.fromkeys(permitted))
    why = f"the record says only what may be done ({said}), not that it was done"
    return Answer(answer.question, "not_stated", None, None, answer.kind, why, related=answer.evidence[:3])
