"""A fall or rise that names the grade it passed over: "dropped from outstanding to requires
improvement, skipping good", "bypassing requires improvement altogether".

A grade lying between the two a change names is passed over by any change of more than one step, so
the clause says nothing the change does not: the claim is read without it and checked as a change.
A skipped grade that does not lie between them is left in place, and the claim is not read as a plain
change.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.grades import ORDER
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.reading import read_text

_SKIPPING = re.compile(
    r",?\s+(?:skipping|skipped|bypassing|bypassed|jumping\s+over|jumped\s+over|leaping\s+over|"
    r"missing\s+out|passing\s+over|passed\s+over|going\s+straight\s+past|straight\s+past)\s+"
    r"(?:the\s+)?(?P<grade>[^,;.!?]{2,45}?)(?:\s+(?:altogether|entirely|completely))?(?=\s*(?:[,;.!?]|$))",
    re.IGNORECASE,
)


def without_skipped_grade(text: str, index: ClaimIndex) -> str:
    """The claim without a clause naming a grade its change passed over; the claim as written where it
    has no such clause, or the grade named does not lie between the change's two grades."""
    found = _SKIPPING.search(text)
    if found is None:
        return text
    skipped = read_text(found["grade"].strip("'‘’\"“”"), index.glossary, index.vocabulary).grades
    rest = text[: found.start()] + text[found.end() :]
    ends = read_text(rest, index.glossary, index.vocabulary).grades
    if len(skipped) != 1 or len(ends) != 2:
        return text
    low, high = sorted(ORDER.index(grade) for grade in ends)
    return rest if low < ORDER.index(skipped[0]) < high else text
