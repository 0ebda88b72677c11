"""An all-capitals word that names the noun after it is an initialism, not the ordinary word.

Case is folded before a text is read, so in "Trafford's SEND services" the initialism SEND
(special educational needs and disabilities) would be read as the verb `send`, which the
glossary takes for a concept (`submit`), and the claim would match an item about a
presentation. In text that is otherwise written in normal case, a short all-capitals word
standing right before a lower-case content word, as that noun's modifier, is a name: it is kept
as a term of its own, which only the same initialism matches.

Capitals for emphasis are left alone: an all-capitals headline has no normal case to stand out
from; a function word in capitals ("had NO idea", "a notice AND an adviser") is emphasis; a
word before a function word or the end ("rated INADEQUATE by Ofsted") modifies nothing; a long
word ("a DAMNING report") is no initialism; and a word the glossary reads as a grade or a quality
with an opposite ("a POOR service") is a judgement stressed. Only ordinary English words (WordNet
knows them) that the glossary would read as one of its concepts are at stake: `MARAT` is no word,
and an initialism the glossary spells out (`DCS`, "director of children services") keeps the
glossary's reading.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.glossary import CONCEPT, Glossary
from trafford_timeline.claims.language import STOPWORDS, fold, term
from trafford_timeline.claims.thesaurus import synonyms

INITIALISM = "initialism:"
"""The prefix of the term an initialism is read as."""

LONGEST = 5
"""Letters in the longest initialism read here: longer all-capitals words are mostly emphasis."""

_CAPITALS_BEFORE_WORD = re.compile(rf"\b(?P<capitals>[A-Z]{{2,{LONGEST}}})\s+(?P<next>[a-z][a-z'-]*)\b")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def initialisms(text: str, glossary: Glossary) -> frozenset[str]:
    """The folded words of `text` that stand as initialisms (`send` in "the SEND team")."""
    if not _LOWER_WORD.search(text):
        return frozenset()  # an all-capitals headline
    found = set()
    for match in _CAPITALS_BEFORE_WORD.finditer(text):
        word, following = match["capitals"].lower(), fold(match["next"])
        if word in STOPWORDS or following in STOPWORDS:
            continue
        if synonyms(word) and _read_as_concept(word, glossary) and not _spelled_out(word, glossary):
            found.add(word)
    return frozenset(found)


def _read_as_concept(word: str, glossary: Glossary) -> bool:
    """Whether the glossary reads `word` alone as one of its concepts, and not as a quality with an
    opposite."""
    key = (term(word),)
    meant = next((meant for held, meant in glossary.phrases.get(key[0], ()) if held == key), ())
    return len(meant) == 1 and meant[0].startswith(CONCEPT) and meant[0] not in glossary.polar


def _spelled_out(word: str, glossary: Glossary) -> bool:
    """Whether one of the glossary's phrases for what it reads `word` as is made of words whose
    initials spell it (`lac`, "looked after children")."""
    key = (term(word),)
    meant = next((meant for held, meant in glossary.phrases.get(key[0], ()) if held == key), None)
    for entries in glossary.phrases.values():
        for held, replacement in entries:
            if replacement == meant and len(held) > 1 and _initials(held) == word:
                return True
    return False


def _initials(stems: tuple[str, ...]) -> str:
    """The initials of a phrase's words but its function words: `dcs`, "director of children services"."""
    return "".join(stem[0] for stem in stems if stem not in STOPWORDS)


def initialism_term(word: str) -> str:
    """The term an initialism is read as: its own, matched only by the same initialism."""
    return INITIALISM + word
