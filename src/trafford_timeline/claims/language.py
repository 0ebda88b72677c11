"""Plain English as the claim checker compares it: folded text, word tokens and crude stems.

Nothing here knows about Trafford; the domain's words live in the glossary.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from snowballstemmer.english_stemmer import EnglishStemmer

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u2011": "-"})
_TOKEN = re.compile(r"[a-z0-9£$€]+(?:[.,][0-9]+)*%?|%")

_STOPWORD_LIST = """
a an the and or but if so as of in on at to for from by with into onto about over than then this
that these those there here it its it's they them their he she his her him we our us you your i
me my is are was were be been being am do does did done have has had having will would shall
should can could may might must also too very much many more most some any all each such just
only even still yet already which who whom whose what when where why how while whether said says
say saying told according reported reports reporting noted notes stated states made make makes
get got gets getting gotten due under fully entirely completely largely particular specific across describe
wholly totally utterly thoroughly altogether properly partly
described describes characterised characterized before after then followed
warned noted heard told explained stressed insisted claimed revealed confirmed concluded observed
remarked added found called back saw see sees seen still itself themselves per via upon s t
warns warn tells explains explain stresses insists insist reveals concludes observes adds
framed
among amongst
"""
_FUNCTION_WORD_LIST = """
ahead rather least exactly precisely roughly approximately nearly almost virtually practically
around somewhat quite
fairly pretty really actually basically simply clearly obviously apparently reportedly evidently
essentially indeed anyway anyhow though although whereas whilst despite however thus therefore
hence meanwhile moreover furthermore besides instead like towards toward onto alongside
amid amidst beyond throughout etc ie eg okay ok yeah lot lots bit kind sort thing things whatever
someone somebody something anyone anybody anything herself himself myself ourselves yourself
seem seems seemed seemingly let lets re until till prior pre expected scheduled every own
way manner fashion ever either far
"""
STOPWORDS = frozenset(_STOPWORD_LIST.split()) | frozenset(_FUNCTION_WORD_LIST.split())
"""Words that carry no claim of their own; `no`, `not` and `never` are deliberately absent. The
second list holds English function words, hedges and discourse words (`roughly`, `despite`,
`actually`), which say how a claim is put, not what it asserts; `re` is what is left of `re-`
once a hyphenated word is split (`re-inspection`). Words that quantities, extents and relations
read (`all`, `few`, `first`, `before`, `within`, `former`) are not among them."""

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}  # fmt: skip


def number_of(word: str) -> int | None:
    """The number a count is written as, in figures (`2`) or in words (`two`); None for any other word."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def fold(text: str) -> str:
    """Text for matching: case folded, typographic quotes and dashes made plain, `&` read as `and`
    ("help & protection" is the area "help and protection"), spaces collapsed."""
    return " ".join(text.translate(_QUOTES).replace("&", " and ").casefold().split())


_CONTRACTIONS = {
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "hasnt": "has not",
    "havent": "have not", "hadnt": "had not", "wont": "will not", "cant": "can not",
    "couldnt": "could not", "wouldnt": "would not", "shouldnt": "should not",
}  # fmt: skip
"""Contractions typed without their apostrophe."""


_SHORT_FORMS = (
    ("'d ", " would "),
    ("'ll ", " will "),
    ("'re ", " are "),
    ("'ve ", " have "),
    ("'m ", " am "),
)
"""`he'd set up` is `he would set up`: the modal matters to whether something happened."""


def tokens(text: str) -> list[str]:
    """Word tokens of folded text: `children's` gives `children`, `didn't` gives `did` `not`."""
    folded = fold(text)
    if "'" in folded:  # each form below holds one
        for short, long in (("can't", "can not"), ("won't", "will not"), ("shan't", "shall not")):
            folded = folded.replace(short, long)  # not `ca not`: the stem changes before the `n't`
        folded = folded.replace("n't", " not").replace("'s ", " ").replace("s' ", "s ")
        if "'" in folded:
            for short, full in _SHORT_FORMS:
                folded = folded.replace(short, full)
        folded = folded.replace("'", " ")
    found = _TOKEN.findall(folded)
    if not _CONTRACTIONS.keys() & set(found):
        return found
    return [part for word in found for part in _CONTRACTIONS.get(word, word).split()]


_KNOWN_STEMS: dict[str, str] = {}
"""Stems worked out before, such as a cached index's: a claim in the record's own words is then
read without importing the stemmer."""


def stem(word: str) -> str:
    """The Snowball (Porter 2) stem, the same on both sides of a comparison: `rated` is `rate`."""
    known = _KNOWN_STEMS.get(word)
    return known if known is not None else _snowball(word)


def remember_stems(stems: Mapping[str, str]) -> None:
    """Take stems computed by `stem` earlier, in this process or another; a pure function's memo."""
    _KNOWN_STEMS.update(stems)


_CAPABLE = re.compile(r"[a-z]{3}(?:(a)|i)b(?:le|les|ly|ility|ilities)$")
"""An adjective of what can be done (`manageable`, `responsible`) and its noun (`responsibility`)."""


_WORKED_OUT: dict[str, str] = {}
"""Stems this process had the stemmer work out, none of them known before: what `stems.py` keeps
for the next run, so that the readers' own word lists are stemmed once, not on every start."""

_MOST_WORKED_OUT = 4096
"""Enough for the readers' word lists and many runs' questions; a large batch keeps its first ones."""


def worked_out_stems() -> Mapping[str, str]:
    """The stems `_snowball` worked out in this process (at most `_MOST_WORKED_OUT` of them)."""
    return _WORKED_OUT


@contextmanager
def stems_kept_elsewhere() -> Iterator[None]:
    """Stems first worked out inside are not offered to `stems.py`: building the claim index stems
    every word of the record, and the index keeps those itself (`claims/stored.py`)."""
    before = len(_WORKED_OUT)
    try:
        yield
    finally:
        for word in list(_WORKED_OUT)[before:]:
            del _WORKED_OUT[word]


@lru_cache(maxsize=65536)
def _snowball(word: str) -> str:
    """Snowball's stem, but an `-able` or `-ible` word keeps its ending: Snowball makes
    `manageable` the stem of `management` and `responsible` that of `response`, and a claim of
    manageable caseloads is not one of management. (`stems.py` keys the stems it keeps by this
    file's text: what decides a stem stays in this file.)"""
    stemmed = str(_stemmer().stemWord(word))
    capable = _CAPABLE.search(word)
    if capable is not None and not stemmed.endswith(("abl", "ibl")):
        stemmed += "abl" if capable.group(1) else "ibl"
    if len(_WORKED_OUT) < _MOST_WORKED_OUT:
        _WORKED_OUT[word] = stemmed
    return stemmed


@lru_cache(maxsize=1)
def _stemmer() -> EnglishStemmer:
    """English's stemmer, loaded alone: the package's `__init__` imports all 30 of its languages
    (about 9 ms, paid by every `cite` and `ask`), so where the package is not yet imported its
    English module is loaded under a bare stand-in for it, which is then withdrawn, so that a
    later `import snowballstemmer` runs the real one (and reuses the module loaded here)."""
    if "snowballstemmer" not in sys.modules:
        import importlib.util
        import types

        spec = importlib.util.find_spec("snowballstemmer")
        if spec is not None and spec.submodule_search_locations is not None:
            stand_in = types.ModuleType("snowballstemmer")
            stand_in.__path__ = list(spec.submodule_search_locations)
            sys.modules["snowballstemmer"] = stand_in
            try:
                from snowballstemmer.english_stemmer import EnglishStemmer
            finally:
                del sys.modules["snowballstemmer"]
            return EnglishStemmer()
    from snowballstemmer.english_stemmer import EnglishStemmer

    return EnglishStemmer()


FILLER = "~"


def term(word: str) -> str:
    """The form a word is matched in: its stem, or `~word` for a stopword that only a phrase uses."""
    return FILLER + word if word in STOPWORDS else stem(word)


class Claimed:
    """The characters of a text that earlier matches have taken, so a later pattern skips them."""

    def __init__(self, length: int) -> None:
        self._mask = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)
