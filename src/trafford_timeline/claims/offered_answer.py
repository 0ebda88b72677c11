"""`Did leaders receive reports occasionally or regularly?`: a yes or no question that offers two answers.

Such a question is asked as two yes or no questions, one for each word it offers, each through the
whole of `ask` (its framing and light verbs read as any question's are). The answer is the one word
whose question is answered "yes" where the other's is not, and only if the quotes that say "yes"
hold that word (in any of its forms: "regular" for `regularly`), so a word the record never uses
is never chosen for being near another's meaning. Both "yes", neither, or a dispute: no answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.language import fold, stem, tokens
from trafford_timeline.claims.matching import Answer

_OFFERED = re.compile(r"\b(?P<a>(?!not\b)[A-Za-z'-]+) or (?P<b>(?!not\b)[A-Za-z'-]+)(?P<end>\W*)$")
"""The two words offered at the question's very end, as `slots._TWO_WORDS` reads its statement."""


def answer_offered(text: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The one offered word the record says, asked as its own yes or no question; None otherwise."""
    found = _OFFERED.search(text.rstrip())
    if found is None:
        return None
    words = (found["a"], found["b"])
    answers = [ask(f"{text[: found.start()]}{word}?") for word in words]
    said = [n for n, answer in enumerate(answers) if answer.status == "answered" and answer.answer == "yes"]
    if len(said) != 1 or any(answer.status == "disputed" or answer.weighed for answer in answers):
        return None
    word, yes = words[said[0]], answers[said[0]]
    quoted = {stem(w) for e in yes.evidence for w in tokens(fold(e.quote))}
    if stem(fold(word)) not in quoted:
        return None  # the quote itself must say the word chosen, not only a concept near it
    explanation = f"of the two answers the question offers, the record says {word!r}: {yes.explanation}"
    return Answer(text, "answered", word, word, "text", explanation, yes.evidence)


_CHOICE = re.compile(
    r"(?:[—–:,;]|\s-)\s*(?:(?:was|is|were|are) it )?(?:either )?"
    r"(?P<a>(?!not\b)[A-Za-z0-9'-]+) or (?P<b>(?!not\b)[A-Za-z0-9'-]+)\W*$"
)
"""Two answers offered after the question proper, set off by a dash or a comma: `How often did they
meet — weekly or monthly?`."""


def neither_offered(text: str, answer: Answer) -> Answer:
    """ "Not stated" for an answer that is neither of the two a question offers (`How often — weekly or
    monthly?` answered "regularly"): the question asks which of the two, and the record says neither;
    any other answer as it is. A yes or no question is `answer_offered`'s."""
    found = _CHOICE.search(text.rstrip())
    if found is None or answer.status != "answered" or answer.kind == "yes_no" or not answer.answer:
        return answer
    said = {stem(w) for w in tokens(fold(answer.answer))}
    offered = (found["a"], found["b"])
    if any(stem(fold(word)) in said for word in offered):
        return answer
    why = (
        f"the question offers {offered[0]!r} or {offered[1]!r}; the record says {answer.answer!r}, "
        f"which is neither ({answer.explanation})"
    )
    return Answer(text, "not_stated", None, None, answer.kind, why, related=answer.evidence[:3])
