"""A who-question with a closing clause that only says which thing, or on what condition.

In "who sets the performance indicators that Trafford's leaders use?" (or "...the indicators Trafford
uses?") the clause says which indicators, and in "who could carry out a review if the adviser asks for
one?" it says when the review would be done; the item that best matches the whole question may say
neither, and so answers "not stated" for want of the clause's words. Asked again without the clause,
as a loosened question (which must match an item more closely), that same item names who. The answer
stands only where every quote of it is of the item closest to the whole question, so the clause
cannot send the question to another thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import Answer

_NOUN = r"(?!(?:before|after|when|while|since|until|once|as|by|for|to|from|with|of|in|on|at)\b)[a-z'’-]+"
_RELATIVE = re.compile(
    rf"\b(?P<head>(?:the|its|their) (?:{_NOUN} ){{0,3}}?{_NOUN})"
    r" (?:(?:that|which) (?P<clause>[^?,]+)"
    r"|(?P<bare>(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*|it|they|we|he|she)(?:'s)? (?:[a-z]+ ){0,2}?[a-z]+))"
    r"\?\s*$"
)
"""`...the indicators that Trafford's leaders use?`, `...the indicators Trafford uses?`: a relative
clause that closes the question, after a noun phrase of lower-case words; without "that", only one
whose subject is a name or a pronoun, which is where the noun phrase is known to end ("the board
before Dana Rowe took over" is no noun phrase: "before" opens a clause of time)."""
_CONDITION = re.compile(r"(?<=\w)\s+(?P<clause>(?:if|unless|should|in case) [^?,]+)\?\s*$")
"""`...who could carry it out if the adviser asks for one?`: a condition that closes the question."""


def _without_clause(text: str) -> tuple[str, str] | None:
    """The question without its closing clause, and the clause; None where it ends in neither."""
    if found := _RELATIVE.search(text):
        return text[: found.end("head")] + "?", found["clause"] or found["bare"]
    if found := _CONDITION.search(text):
        return text[: found.start()] + "?", found["clause"]
    return None


def who_without_closing_clause(
    text: str, answer: Answer, ask: Callable[[str], Answer], closest: str | None
) -> Answer:
    """`answer` to `text`, or, where it is "not stated" for want of who, the answer `ask` gives to
    `text` without its closing clause, taken only where every quote of it is of `closest`."""
    if answer.status != "not_stated" or answer.kind != "person" or closest is None:
        return answer
    if (cut := _without_clause(text)) is None:
        return answer
    rest, clause = cut
    again = ask(rest)
    if again.status != "answered" or not again.evidence or any(e.id != closest for e in again.evidence):
        return answer
    if fold(again.answer or "") in fold(text):
        return answer  # "who chaired it before Dana Rowe took over?" is never answered by Dana Rowe
    note = (
        f"; the clause {clause!r} only says which one, or when: {closest}, the item closest to the whole"
        " question, names who"
    )
    return replace(again, question=answer.question, explanation=again.explanation + note)


_THE_ONE_WHO = re.compile(
    r"^who (?:was|is|were|are) (?:the|a|an) (?P<head>[^?,]+?) (?:who|that) (?P<act>[^?,]+)\?\s*$",
    re.IGNORECASE,
)
"""`Who was the leader of the council who called the decline unacceptable?`: the clause names the act,
and the question asks which holder of the head noun did it, as "which leader of the council called
the decline unacceptable?" does."""


def who_the_one_who(text: str, answer: Answer, ask: Callable[[str], Answer]) -> Answer:
    """`answer` to `text`, or, where it is "not stated" for want of who, the answer `ask` gives to the
    question as `which <head> <act>?`: a name, neither in the question nor naming the head noun."""
    if answer.status != "not_stated" or answer.kind != "person":
        return answer
    if (found := _THE_ONE_WHO.match(text.strip())) is None:
        return answer
    again = ask(f"Which {found['head']} {found['act']}?")
    if again.status != "answered" or not again.answer or fold(again.answer) in fold(text):
        return answer
    noun = fold(found["head"]).split(" of ")[0].split()[-1]  # "leader" of "the leader of the council"
    if not again.answer[:1].isupper() or noun in fold(again.answer).split():
        return answer  # "the Children's Services Director" is the post asked about, not who held it
    note = f"; read as which {found['head']} {found['act']}"
    return replace(again, question=answer.question, kind="person", explanation=again.explanation + note)
