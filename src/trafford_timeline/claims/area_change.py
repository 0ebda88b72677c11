"""A rated area said to change between two inspection years, without the word "grade": "leadership
improved between the 2015 and 2019 inspections", "children's services got worse between 2015 and
2019".

Ofsted rates an area at each inspection, so an area said to improve or decline from one rated year to
the next is said to have a better or worse grade; read word by word, the claim meets any record text
that shares its words (the council's "measures to improve") and is decided by that. Where a claim
names only a rated area (or the services as a whole, which the overall grade rates), a verb of change
and two years the record rates, it is read as the change of grade "the leadership grade improved"
states, and compared with the two ratings. A denied change ("has not improved") is left to the
general reading: not getting better is not the same as getting worse.
"""

from __future__ import annotations

import re
from typing import Literal

from trafford_timeline.claims.grades import GradeChange, years_of
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import Reading

_BETTER = re.compile(
    r"\b(?:improved|improves|rose|risen|rises|(?:got|gets|get|became|become|becomes|grew|grown)\s+better)\b"
)
_WORSE = re.compile(
    r"\b(?:declined|declines|deteriorated|deteriorates|worsened|worsens|slipped|slips|fell|falls|fallen|"
    r"(?:got|gets|get|became|become|becomes|grew|grown)\s+worse)\b"
)
_DENIED = re.compile(r"\b(?:not|never|no|neither|nor)\b|n['’]t\b")
_SERVICES = frozenset({"concept:childrens-services", "servic"})
"""The terms of the services as a whole, which the overall grade rates."""


def read_area_change(text: str, reading: Reading, index: ClaimIndex) -> GradeChange | None:
    """The change of grade a claim of a rated area's change between two rated years states, or None.

    The caller still requires that no term is left outside the rating words, areas and grades, so the
    claim says nothing but the change; that costs more than these checks, so it comes after them."""
    folded = fold(text)
    if reading.grades or reading.rated or _DENIED.search(folded):
        return None
    if not reading.areas and not _SERVICES & set(reading.terms):
        return None
    rating_years = {year for year, _ in index.ratings}
    years = years_of(reading)
    if len(years) != 2 or not set(years) <= rating_years:
        return None
    better, worse = _BETTER.search(folded), _WORSE.search(folded)
    if bool(better) == bool(worse):
        return None
    direction: Literal["down", "up"] = "up" if better else "down"
    return GradeChange(direction, None, None, None)
