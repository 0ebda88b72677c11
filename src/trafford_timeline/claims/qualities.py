"""A quality a claim gives (`poorly served`, `well staffed`, `both poor`) against a finding's polarity.

The glossary reads `good`, `well` and `decent` as the grade word good, and `poor`, `poorly` and
`badly` as good denied: said of a thing a finding judges, they are a quality, not a rating. A finding
carries the record's own judgement of its thing (a strength or a weakness), so a quality of the other
pole is contradicted by it, and one of the same pole is what it says. Only the clause of the claim
that holds the quality is weighed, so "weak, even though they got some good support" does not set
`good` against the weakness the first clause names; nor is a quality that opens its clause (`good
data flagged the weaknesses`), which describes a subject the finding does not judge. A grade only a
rating gives (`inadequate`, `failing`, `requires improvement`) says the finding's polarity too
loosely to support, so it can only contradict; and a claim of two grades of two poles
(`from good to inadequate`) speaks of ratings, not qualities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.index import Document, own_text
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import AREA_PREFIX, GRADE_PREFIX, Reading
from trafford_timeline.record.model import FindingFact

PRAISE, FAULT = "strength", "weakness"
"""A quality's pole, named as the record names a finding's polarity."""
_PRAISED = frozenset({"good", "outstanding"})
_RATING_ONLY = frozenset({"outstanding", "requires_improvement", "inadequate"})
_DESCRIBED_SHARE = 2 / 3
"""The share of the words of the quality's clause a finding must hold to deny the quality; to say it,
the finding must hold them all."""
_SOME = r"some|several|few|a few|minority|partly|in part|not all|not always|sometimes|occasionally|at times"
_PART_OF_THE_WHOLE = re.compile(rf"\b(?:{_SOME}|despite|although|though|while|whilst|but|however|yet)\b")
"""Words that say a finding holds of part of its thing, or concede the other pole: a quality of the
other pole may then hold of the rest, so it is no contradiction ("most" does not leave room for a
claim said of the whole, "some" does)."""
_CLAIMED_OF_PART = re.compile(rf"\b(?:{_SOME}|many|much|often)\b")
"""Words that say the claim's quality holds of part of its thing only (`most` holds of more than the
rest, so "most get a poor response" still denies "most receive a strong response")."""


def quality_pole(claim: Reading, grade: str) -> str | None:
    """The pole of the claim's quality `grade` (PRAISE or FAULT); None for a rating, or where a
    denial leaves no pole (`not inadequate` is not praise)."""
    if claim.rated:
        return None
    denied = claim.negations_of({GRADE_PREFIX + grade}) % 2 == 1
    if grade in _PRAISED:
        return FAULT if denied and grade == "good" else None if denied else PRAISE
    return None if denied else FAULT


def _quality_clause(claim: Reading, clauses: Sequence[Reading], grade: str) -> Reading | None:
    """The one clause of the claim that holds the quality, or the claim where it has one clause."""
    holding = [clause for clause in clauses if GRADE_PREFIX + grade in clause.terms] if clauses else [claim]
    return holding[0] if len(holding) == 1 else None


def judged_quality(
    claim: Reading,
    clauses: Sequence[Reading],
    grade: str,
    document: Document,
    text: str,
    implied: frozenset[str],
) -> tuple[bool, str] | None:
    """Whether a finding agrees with the quality the claim gives, with the reason; None where the
    finding does not judge what the quality describes, or the claim's quality is no pole of it."""
    item = document.item
    pole = quality_pole(claim, grade)
    clause = _quality_clause(claim, clauses, grade)
    poles = {quality_pole(claim, other) for other in claim.grades}
    if not isinstance(item, FindingFact) or pole is None or clause is None or len(poles) > 1:
        return None
    said = [term for term in clause.terms if term not in implied]
    if said and said[0] == GRADE_PREFIX + grade:
        return None  # "good data flagged the weaknesses": a quality of what the finding's verb is said of
    described = {term for term in said if not term.startswith((GRADE_PREFIX, AREA_PREFIX))}
    held = described & (document.bag | set(document.unworded))
    if len(held) < 2 or len(held) < _DESCRIBED_SHARE * len(described):
        return None
    if _PART_OF_THE_WHOLE.search(fold(own_text(item))):
        return None  # "despite the data being available, ...": what it concedes is not what it judges
    if pole == item.polarity:
        if grade in _RATING_ONLY or held != described:
            return None  # to say what a finding says, the quality must be of what it names, every word
        return True, f"the record finds it a {item.polarity}, as the claim's quality says"
    if _CLAIMED_OF_PART.search(fold(text)):
        return None
    return False, f"the claim gives it a quality the record's {item.polarity} denies: {own_text(item)!r}"
