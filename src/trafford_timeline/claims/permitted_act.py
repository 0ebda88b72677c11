"""A yes to "did X do it?" that the record says only as what X may do: not stated, never yes.

"The notice says the adviser may require a review" grants a power; whether the adviser used it the
record does not say. A question asking whether the act was done ("Did the adviser order a review?")
is answered by a quote that states the act done, and one whose every mention of the asked act stands
under a word of permission or possibility ("may", "might", "could", "can", "is able to", "has the
power to") does not state it. A question that itself asks of the power ("could the adviser require
one?", "was the adviser able to...?") is left to the reading that answers it.
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


def _act_terms(word: str, glossary: Glossary) -> frozenset[str]:
    return frozenset(glossary.rewrite([term(word)], frozenset())) | {term(word)}


def only_permitted(question: Question, answer: Answer, glossary: Glossary) -> Answer:
    """Not stated where a yes to a question of a deed rests on quotes that put the asked act only
    under a word of permission ("may require"); the answer as it was otherwise."""
    if answer.status != "answered" or answer.answer != "yes" or not answer.evidence:
        return answer
    if question.form != "yes_no" or _ASKS_OF_POWER.search(fold(question.text)):
        return answer
    asked = frozenset(question.content.terms)
    permitted: list[str] = []
    for evidence in answer.evidence:
        quote = fold(evidence.quote)
        acts = [found for found in _PERMITTED.finditer(quote) if _act_terms(found["act"], glossary) & asked]
        if not acts:
            return answer  # this quote says the act, if at all, without a word of permission
        governed = {found.start("act") for found in acts}
        for word in _WORD.finditer(quote):
            if word.start() not in governed and _act_terms(word[0], glossary) & _act_terms(
                acts[0]["act"], glossary
            ):
                return answer  # the act also stated outside the permission ("may require ... required")
        permitted.append(quote[acts[0].start() : acts[0].end()])
    said = ", ".join(repr(words) for words in dict.fromkeys(permitted))
    why = f"the record says only what may be done ({said}), not that it was done"
    return Answer(answer.question, "not_stated", None, None, answer.kind, why, related=answer.evidence[:3])
