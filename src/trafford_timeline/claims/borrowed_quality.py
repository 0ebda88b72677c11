"""A quality one item of a pair would lend to the thing the other item already judges otherwise.

Two items of one passage may say a claim together ("the workforce was stable with low turnover"):
one says that the workforce is stable, the next that turnover is low. But where the item that names
the claim's thing gives it a quality of its own that the claim does not give ("morale in many teams
is good"), the quality the claim gives it instead ("morale was low") is one the other item says of
another thing (turnover and sickness): the record's judgement of the thing is not the claim's, and
the pair does not say it.
"""

from __future__ import annotations

from trafford_timeline.claims.index import Document
from trafford_timeline.claims.reading import GRADE_PREFIX


def _judging_clause(document: Document, terms: set[str]) -> frozenset[str]:
    """The terms of the item's clause that holds most of the claim's terms."""
    clauses = [frozenset(clause.terms) for clause in document.clauses]
    return max(clauses, key=lambda clause: len(clause & terms), default=frozenset())


def lends_quality(
    document: Document, missing: set[str], terms: set[str], polar: frozenset[str], said_beside: set[str]
) -> bool:
    """The claim's quality (a polar word or grade among `terms`) that the item leaves unsaid comes from
    the other item (`said_beside`), while the item's own clause judges its thing with a quality the
    claim does not give: the claim then says of this thing what the record says of another."""

    def quality(term: str) -> bool:
        return term in polar or term.startswith(GRADE_PREFIX)

    lent = {term for term in missing & said_beside if quality(term)}
    if not lent:
        return False
    return any(quality(term) and term not in terms for term in _judging_clause(document, terms))
