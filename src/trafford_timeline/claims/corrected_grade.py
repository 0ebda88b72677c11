"""A grade set against the grade it is not: "children in care were 'requires improvement to be good',
not inadequate", "leadership was judged inadequate rather than outstanding".

Both grades are said of one judgement, so both are read for one year: the year the claim gives, the
latest for a claim in the present, or else the only inspection that rated what is named with the
claim's grade, where none gave it the grade denied. Read across the record's years instead, the
two grades were paired with two inspections, and a year that rated nothing of the kind left the claim
not found. The claim is checked as the two statements it makes, `X was rated G in YEAR` and `X was
not rated H in YEAR`, part by part.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.grade_idioms import is_grade
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.rating_parts import YEAR, CheckOne, combined_parts
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck

_RATING_VERB = r"(?:rated|judged|graded|deemed|found)"
_CORRECTED = re.compile(
    r"^(?P<subject>.+?)\s+(?P<be>was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    rf"(?:(?P<verb>{_RATING_VERB})\s+)?(?:as\s+|to\s+be\s+)?(?P<grade>[^,;]{{2,50}}?)\s*,?\s+(?:and\s+)?"
    r"(?:not|rather\s+than|instead\s+of)\s+(?:as\s+)?(?:an?\s+)?(?P<other>[^,;.!?]{2,40}?)\s*[.!]?$",
    re.IGNORECASE,
)
"""`X was G, not H`, `X was judged G rather than H`: one grade given, the other denied, nothing after."""
_PRESENT = frozenset(("is", "are", "has been", "have been"))
"""A grade said in the present is the latest inspection's."""
_IN_YEAR = re.compile(r"\s*\b(?:in|for)\s+(?:19|20)\d\d\b|\s*\b(?:19|20)\d\d\b", re.IGNORECASE)


def check_corrected_grade(text: str, index: ClaimIndex, check_one: CheckOne) -> ClaimCheck | None:
    """`X was G, not H` as `X was rated G in YEAR` and `X was not rated H in YEAR`; None where the claim
    does not read so, or no one year can be told."""
    found = _CORRECTED.match(text.strip())
    if found is None or len(years := set(YEAR.findall(text))) > 1:
        return None
    subject, grade, other = (_IN_YEAR.sub("", found[name]).strip() for name in ("subject", "grade", "other"))
    if not subject or not is_grade(grade, index) or not is_grade(other, index):
        return None
    if not years and found["be"].casefold() in _PRESENT:
        years = {str(max(year for year, _ in index.ratings))} if index.ratings else set()
    year = next(iter(years), None) or _only_year(subject, grade, other, index)
    if year is None:
        return None
    be = found["be"].split()
    verb = found["verb"] or "rated"
    denied = " ".join([be[0], "not", *be[1:]])
    statements = [
        f"{subject} {found['be']} {verb} {grade} in {year}",
        f"{subject} {denied} {verb} {other} in {year}",
    ]
    return combined_parts(text, [check_one(statement, index) for statement in statements])


def _only_year(subject: str, grade: str, other: str, index: ClaimIndex) -> str | None:
    """The one year the record rates what `subject` names with `grade`; None where there is no such
    one year, or where some inspection gave it the denied grade `other`: "services were good, not
    inadequate" then disputes that inspection's verdict rather than restating the earlier one."""
    areas = set(read_text(subject, index.glossary, index.vocabulary).areas) or {"overall"}

    def rated(said: str) -> set[int]:
        wanted = set(read_text(said.strip("'‘’\"“”"), index.glossary, index.vocabulary).grades)
        return {
            year for (year, area), fact in index.ratings.items() if area in areas and fact.grade in wanted
        }

    given = rated(grade)
    if len(given) != 1 or rated(other):
        return None
    return str(given.pop())
