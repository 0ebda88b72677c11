"""Things of one kind a quote lists before the noun they share: "the director of children's and adults'
services posts" names two posts.

`Which posts had been separated?` asks for a list, which the list readers look for after a verb or
spread over several items; a quote may instead join the things' own words with "and" in front of the
one plural noun the question asks about ("the finance and housing teams were merged"). The words from
the noun phrase's opening word ("the", "both", "its") to that noun, where they hold an "and", are the
list. Only the items that match the question best and lack none of its words are read, and only
where one such phrase of that noun stands in their quotes; a count the question gives ("which two
posts") must be the number of things joined.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold, number_of, stem
from trafford_timeline.claims.matching import MATCH_TEXT, Answer, answered, cite, floor_of, ranked
from trafford_timeline.claims.question import Question, plural

_COUNT = re.compile(r"^(?:which|what) (?P<count>[a-z]+|\d+) ")
"""`Which two posts...`: the number of things asked for, where the question gives one."""
_OPENING = r"(?:the|both|its|their|his|her|our|these|those)"
_WORD = r"[a-z'’-]+"
MAX_WORDS = 8
"""The most words the joined things may run to: a longer run is a clause, not a noun's modifiers."""


def _joined(quote: str, noun: str) -> list[str]:
    """Each run of words joined by "and" that stands between an opening word and a word of `noun`'s
    stem, in a folded quote."""
    found = []
    pattern = re.compile(
        rf"\b{_OPENING} (?P<run>(?:{_WORD} ){{1,{MAX_WORDS}}}?)(?P<noun>{re.escape(noun)}[a-z]*)\b"
    )
    for match in pattern.finditer(quote):
        run = match["run"].strip()
        if stem(match["noun"]) != noun or " and " not in f" {run} ":
            continue
        if run.startswith("and ") or run.endswith(" and"):
            continue
        found.append(run)
    return found


def _count_of(run: str) -> int:
    """How many things a run joins: "children's and adults' services" is two; "a, b and c" three."""
    return len(re.split(r",\s*|\s+and\s+", run))


def answer_joined_modifiers(question: Question, index: ClaimIndex) -> Answer | None:
    """The things the one clearly matching item's quote joins before the plural noun the question asks
    for, or None."""
    if question.form != "list" or not question.focus or not plural(question.focus):
        return None
    noun = stem(question.focus.split()[-1])
    matches = ranked(question.content, index)
    if not matches or matches[0].coverage < floor_of(question, MATCH_TEXT) or matches[0].missing:
        return None
    best = [m for m in matches if m.coverage == matches[0].coverage]
    runs = {
        run: (match.document.item, citation)
        for match in best
        for citation in match.document.item.citations
        for run in _joined(fold(citation.quote), noun)
    }
    if len(runs) != 1:
        return None  # none, or two lists: which is asked is not plain
    ((run, (item, citation)),) = runs.items()
    start = fold(citation.quote).find(run)
    said = citation.quote[start : start + len(run)]  # the quote's own spelling and capitals
    counted = _COUNT.match(question.folded)
    if counted is not None:
        word = counted["count"]
        count = number_of(word)
        if count is not None and count != _count_of(run):
            return None
    explanation = f"the {question.focus} {item.id} names before the noun they share"
    return answered(question, said, said, explanation, [cite(item.id, citation)])
