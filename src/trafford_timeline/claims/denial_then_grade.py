"""A denied change of grade, then a grade said in a clause of its own: "the rating didn't fall - Ofsted
still says good".

The reader pairs a change word with the grades a claim names, so it reads the claim as a fall to
`good`, and the denial before the change then turns the whole pairing over: a fall to good did not
happen, which the record (a fall to inadequate) bears out. But a denial reaches no further than its
clause. After a colon, a semicolon or a dash the claim says something new and affirms it: the grade
is what the claim says the rating is, not where a fall ended. So each clause is checked alone, and
the claim holds only where both do.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.grades import read_change
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import read_text, without_not_only
from trafford_timeline.claims.verdicts import ClaimCheck, not_found

CLAUSE_BREAK = re.compile(r"\s+[-\u2013\u2014]+\s+|;\s+|:\s+")
"""A dash between spaces, a semicolon or a colon: where one clause ends and the next begins."""
_DENIAL = re.compile(r"\b(?:not|never|no|nobody|nothing)\b|n't\b")
"""A denial in so many words: `fallen` is read as the opposite of a rise, but denies nothing."""


def check_denial_then_grade(
    text: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The verdict on a claim whose first clause denies a change of grade or a rating and names no
    grade, and whose next clause affirms a grade: contradicted where either clause is, supported where
    both are, else not found. None for any other claim."""
    pieces = [piece.strip() for piece in CLAUSE_BREAK.split(text, maxsplit=1)]
    if len(pieces) != 2 or not all(pieces):
        return None
    denied = read_text(pieces[0], index.glossary, index.vocabulary)
    affirmed = read_text(pieces[1], index.glossary, index.vocabulary)
    if denied.grades or not _DENIAL.search(without_not_only(fold(pieces[0]))) or not denied.negations:
        return None
    if not (denied.rated or read_change(fold(pieces[0]), denied)):
        return None
    if not affirmed.grades or _DENIAL.search(fold(pieces[1])):
        return None
    checks = [check(piece, index) for piece in pieces]
    for number, part in enumerate(checks, start=1):
        if part.verdict == "contradicted":
            return ClaimCheck(text, "contradicted", f"part {number}: {part.explanation}", part.evidence)
    if all(part.verdict == "supported" for part in checks):
        explanation = "; ".join(f"part {n}: {part.explanation}" for n, part in enumerate(checks, start=1))
        return ClaimCheck(text, "supported", explanation, tuple(e for c in checks for e in c.evidence[:2]))
    return not_found(text, "; ".join(part.explanation for part in checks))
