"""A grade said with no subject of its own, after a statement that names the area it grades:
"Trafford's care leavers service was rated outstanding in 2015 – now just 'requires improvement'".
The second statement, read alone, names no area and so would be read as the council's overall
grade; it goes on speaking of the care leavers service the first statement names, as a reader takes
it. Such a statement (a grade and at most a word of time: `now`, `today`, `still`) is read with the
area of the statements before it, where they name exactly one.
"""

from __future__ import annotations

from collections.abc import Sequence

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.reading import GRADE_PREFIX, read_text
from trafford_timeline.ratings import MAPPING_OF

OVERALL = "overall"

TIME_ONLY = frozenset({"now", "today", "current", "day", "still"})
"""The terms of the words of time a bare grade may come with: `now`, `today`, `currently`, `these
days`, `still`."""


def with_area_carried(statements: Sequence[str], index: ClaimIndex) -> list[str]:
    """The statements, each bare grade after one named area led by that area (`care leavers: now
    just 'requires improvement'`); the rest as they are."""
    named: set[str] = set()
    carried: list[str] = []
    for statement in statements:
        reading = read_text(statement, index.glossary, index.vocabulary)
        areas = set(reading.areas) - {OVERALL}
        plain = {term for term in reading.terms if not term.startswith(GRADE_PREFIX)}
        if not reading.areas and reading.grades and plain <= TIME_ONLY and len(named) == 1:
            statement = f"{MAPPING_OF[next(iter(named))].label.lower()}: {statement}"
        named |= areas
        carried.append(statement)
    return carried
