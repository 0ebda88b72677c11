"""Other words for a word, from WordNet: to `head` a portfolio is to `lead` it.

The record's sources and a claim's writer seldom use the same words. The glossary knows the
domain's words; this knows general English. `synonyms.tsv` maps every one-word WordNet lemma
(and each irregular form, `led`) to the words that share one of its senses (and, for an adjective,
the adjectives it is listed as similar to). A word is looked up as WordNet's own
`morphy` does: as written, and with its inflection undone (`heading` as `head`). It is built
from Debian's `wordnet-base` by `scripts/build_thesaurus.py`, and shipped with WordNet's licence
(`WORDNET-LICENSE`).

`antonyms.tsv`, built the same way, maps a lemma to the words WordNet names as its antonyms
(`early`, `late`; `strong`, `weak`).

The files are sorted, so a word is found by bisecting its bytes: nothing is parsed up front, and a
run that never asks pays nothing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import term

SYNONYMS = Path(__file__).with_name("synonyms.tsv")
ANTONYMS = Path(__file__).with_name("antonyms.tsv")


@cache
def _table(path: Path = SYNONYMS) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # a damaged install reads as a thesaurus that knows no word
        return b""


def _line_at(data: bytes, position: int) -> tuple[int, int]:
    """The start and end of the line holding byte `position`."""
    start = data.rfind(b"\n", 0, position) + 1
    end = data.find(b"\n", position)
    return start, len(data) if end < 0 else end


_ENDINGS = (
    ("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
    ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
    ("er", ""), ("er", "e"), ("est", ""), ("est", "e"),
)  # fmt: skip
"""WordNet's rules of detachment, nouns', verbs' and adjectives' together."""


def _bases(word: str) -> tuple[str, ...]:
    """`word` as written and as each form it may be inflected from (`turning` the noun, `turn` the verb)."""
    bases = [word]
    bases += [
        word[: -len(end)] + base for end, base in _ENDINGS if word.endswith(end) and len(word) > len(end) + 2
    ]
    return tuple(dict.fromkeys(bases))


@cache
def synonyms(word: str) -> tuple[str, ...]:
    """The words WordNet gives as meaning what `word` means in one of its senses, read as
    written and as each form it may be inflected from."""
    return tuple(dict.fromkeys(other for base in _bases(word) for other in _lookup(base)))


@cache
def antonyms(word: str) -> tuple[str, ...]:
    """The words WordNet names as the opposite of `word` (`late` for `early`), read as written
    and as each form it may be inflected from (`stronger` as `strong`)."""
    return tuple(dict.fromkeys(other for base in _bases(word) for other in _lookup(base, ANTONYMS)))


def _lookup(word: str, path: Path = SYNONYMS) -> tuple[str, ...]:
    data = _table(path)
    key = word.encode("utf-8") + b"\t"
    low, high = 0, len(data)
    while low < high:
        middle = (low + high) // 2
        start, end = _line_at(data, middle)
        line = data[start:end]
        if line.startswith(key):
            return tuple(line[len(key) :].decode("utf-8").split())
        if line < key:
            low = end + 1
        else:
            high = start
    return ()


def stand_ins(word: str, glossary: Glossary, known: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Each other word for `word`, with the term the claim reader makes of it (`chair` for `lead`,
    where the glossary reads leading as chairing)."""
    read = ((other, glossary.rewrite([term(other)], known)) for other in synonyms(word))
    return tuple((other, terms[0]) for other, terms in read if len(terms) == 1)
