"""Whether a "no" to a yes/no question rests on a denial whose reach the reader cannot be sure of.

The reader gives each denial a few words of scope. "Many children were not passed on appropriately for
timely early help" denies the passing, in its reading, and leaves "timely" asserted, yet it says
the help was not timely: against "do children wait too long for help?" (help that is not timely) it
would read as the opposite and answer "no". Where the words whose sense differs are asserted by a
clause that denies something else, the denial may reach them, so a yes or no is not safe to give.
"""

from __future__ import annotations

from collections.abc import Sequence

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.negation import closest_clauses, judge
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.verdicts import Evidence


def _denies_other_words(reading: Reading, shared: set[str]) -> bool:
    """Whether a reading denies words the other side never uses, and none it does: a denial whose
    reach over the shared words the reader cannot tell ("not passed on ... for timely help")."""
    return bool(reading.negations) and not any(negated & shared for negated in reading.negations)


def denial_out_of_reach(
    statement: str, index: ClaimIndex, evidence: Sequence[Evidence], *, opposed: bool
) -> bool:
    """Whether the yes or no a statement gets from the item its best evidence quotes turns on words
    that a clause, on either side, asserts beside a denial of something the other side never says:
    "many children were not passed on for timely help" neither says nor denies that help was timely
    as the reader takes it. Only a verdict that turns on words alone is in doubt: a grade, a date or a
    figure the statement gives decides by itself, and a "no" (`opposed`) must rest on a denial."""
    numbers = [index.numbers[e.id] for e in evidence[:1] if e.id in index.numbers]
    if not numbers:
        return False
    document = index.documents[numbers[0]]
    claim = read_text(statement, index.glossary, index.vocabulary)
    if claim.grades or claim.dates or claim.quantities:
        return False
    if not document.clauses or not set(claim.terms) & set().union(*(c.terms for c in document.clauses)):
        return False
    stance, said, clause = judge(claim, closest_clauses(claim, document))
    if opposed and stance != "opposes":
        return False
    shared = set(said.terms) & set(clause.terms)
    return _denies_other_words(said, shared) or _denies_other_words(clause, shared)
