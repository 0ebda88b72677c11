"""A compound whose parts hold of two occasions of one recurring kind: two inspections, not one.

"The inspection took place in the spring, and inspectors judged the service good" gives no year, so
each part is read against whichever inspection fits it: the spring visit of one year, the good grade
of another. Joined in one sentence, the parts speak of one occasion; where the items that support
them are both of a kind the record holds several of (an inspection, its ratings and findings) and
share no year, no single occasion holds both. Each part is then read again in the other's year:
where that is contradicted, the claim is; otherwise the record does not say it.

A part that itself tells a change from one grade to another ("went from good to inadequate between
two inspections") already spans both occasions, so the claim's other parts are of neither alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck


def _years(check: ClaimCheck, index: ClaimIndex) -> frozenset[int] | None:
    """The years of the item that decides a supported part, where it is of a recurring kind."""
    if not check.evidence or check.evidence[0].id not in index.numbers:
        return None
    document = index.document_of(check.evidence[0].id)
    if not document.recurring or not document.dates:
        return None
    return frozenset(year for span in document.dates for year in range(span.first.year, span.last.year + 1))


_FROM_TO = re.compile(r"\bfrom\b.+\bto\b")


def _change_between_grades(part: str, index: ClaimIndex) -> bool:
    """Whether a part tells a change from one grade to another: "went from 'good' to 'inadequate'"."""
    folded = fold(part)
    return _FROM_TO.search(folded) is not None and len(read_text(folded, index.glossary).grades) >= 2


def occasions_apart(
    parts: Sequence[str], checks: Sequence[ClaimCheck], index: ClaimIndex
) -> list[tuple[int, str, int]] | None:
    """For supported parts decided by recurring items that share no year: each part (by number),
    read again in a year of the other part's item, as the ways the claim could join them; None where
    the parts' items share a year or are not of a recurring kind."""
    if any(_change_between_grades(part, index) for part in parts):
        return None
    years = [_years(check, index) for check in checks]
    for one, first in enumerate(years):
        for other, second in enumerate(years[one + 1 :], start=one + 1):
            if first is None or second is None or first & second:
                continue
            return [
                (other + 1, f"{parts[other].rstrip(' .')} in {min(first)}", min(first)),
                (one + 1, f"{parts[one].rstrip(' .')} in {min(second)}", min(second)),
            ]
    return None
