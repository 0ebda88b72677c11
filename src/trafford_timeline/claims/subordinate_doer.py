"""Who decides in a clause of condition or time: `until the council decides`, `unless the board agrees`.

A claim's main act can match an item word for word while the doer of its `until` or `unless` clause
is another body than the item's ("will report until the education secretary decides the post is no
longer needed"). Those words are few beside the rest, so the match passes over them; but who ends,
allows or sets off the act is what the clause says. Where the item's clause of the same conjunction
and verb names a doer none of whose terms are the claim's, the item gives that decision to someone
else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import stem
from trafford_timeline.claims.reading import Vocabulary, read_text

_CONJUNCTIONS = r"until|unless|once|till"
_NAME = r"(?:[\w'’-]+\s+){0,5}?[\w'’-]+"
_DECIDING = (
    r"(?:decide|agree|approve|judge|determine|consider|conclude|confirm|rule|allow|permit|choose|"
    r"sanction|authorise|authorize)(?:s|d)"
)
_CLAIMED = re.compile(rf"\b(?P<conj>{_CONJUNCTIONS})\s+(?P<doer>{_NAME})\s+(?P<verb>{_DECIDING})\b")
"""`until X decides`, `unless X agreed`: a conjunction, its doer of at most six words, and a verb of
deciding or consenting; a verb of anything else (`until a permanent appointee started`) dates the act
rather than gives anyone the say over it."""
_ARTICLES = frozenset(("the", "a", "an", "its", "their"))


def _doer_terms(doer: str, glossary: Glossary, vocabulary: Vocabulary | None) -> frozenset[str]:
    words = [word for word in doer.split() if word.casefold() not in _ARTICLES]
    return frozenset(read_text(" ".join(words), glossary, vocabulary).terms)


def other_decider(
    claim: str, texts: Sequence[str], glossary: Glossary, vocabulary: Vocabulary | None = None
) -> tuple[str, str] | None:
    """The claim's doer and the item's, where a clause of the claim (`until X decides`) and one of
    the item's texts share the conjunction and the verb, and the two doers share no term; None
    where the claim has no such clause, or the item's clause names the claim's doer or none."""
    for found in _CLAIMED.finditer(claim.casefold()):
        verb = found["verb"]
        claimed = _doer_terms(found["doer"], glossary, vocabulary)
        if not claimed:
            continue
        said = re.compile(rf"\b{found['conj']}\s+(?P<doer>{_NAME})\s+{re.escape(stem(verb))}[a-z]*\b")
        for text in texts:
            for other in said.finditer(text.casefold()):
                given = _doer_terms(other["doer"], glossary, vocabulary)
                if given and not given & claimed:
                    return found["doer"], other["doer"]
    return None
