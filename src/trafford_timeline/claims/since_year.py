"""The year a state or change runs from, read as the quote words it: "since the last inspection in 2015".

`Since which year had leaders lost sight of practice?` asks for the year after "since" in the quote of
the item it matches, not for that item's own date (the report that says so is dated years later), nor
for the words after the question's own, which the slot readers look for. The rest of the question is
read as a claim is read; where the items it matches best all hold one and the same "since ... YEAR"
in their quotes, that year answers, with the quotes that state it. Two years, or none, or a rest
that matches nothing closely, leave it unanswered: the item found is then not plainly the one asked
of.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import LOOSENED, Answer, answered, cite, ranked
from trafford_timeline.claims.question import Question, read_question
from trafford_timeline.claims.verdicts import Evidence

_SINCE_WHICH_YEAR = re.compile(r"^(?:ever )?since (?:what|which) year\b,?\s*")
"""`Since which year...`, `Since what year...`: the question asks for the year a span runs from."""
_SINCE_YEAR = re.compile(r"\bsince (?:[a-z'’-]+ ){0,5}?(?P<year>(?:19|20)\d\d)\b")
"""`since 2015`, `since the last inspection in 2015`: a span's start, up to a few words before its
year, within one clause (no punctuation between)."""


def answer_since_year(question: Question, index: ClaimIndex) -> Answer | None:
    """The one year the quotes of the best-matched items run a span from ("since ... 2015"), or None."""
    opening = _SINCE_WHICH_YEAR.match(question.folded)
    if opening is None:
        return None
    rest = question.folded[opening.end() :].strip()
    if not rest:
        return None
    reading = read_question(rest + "?", index.glossary, index.vocabulary).content
    matches = ranked(reading, index) if reading.distinct_terms else []
    if not matches or matches[0].coverage < LOOSENED:
        return None
    years: dict[str, list[Evidence]] = {}
    for match in (m for m in matches if m.coverage == matches[0].coverage):
        for citation in match.document.item.citations:
            for found in _SINCE_YEAR.finditer(fold(citation.quote)):
                years.setdefault(found["year"], []).append(cite(match.document.item.id, citation))
    if len(years) != 1:
        return None
    ((year, evidence),) = years.items()
    explanation = f"{evidence[0].id} states the span runs since {year}"
    return replace(answered(question, year, year, explanation, evidence), kind="date")
