"""What a claim says someone was told, or what reports said, is not what the claim says is so.

"Leaders kept being told most of the work was good" says what leaders heard, not that the work was
good: the record's finding that practice was not good is no opposite of it (it is, if anything,
why the telling was wrong). A clause after "was told (that)", "kept being told", or a report's
"that" or "saying" ("reports to leaders saying most practice was good") is content reported, not
asserted; where every word the claim and an item disagree on stands only in such a clause of the
claim, the item does not contradict it. A claim that names its sayer with "said" ("Ofsted said
the work was good") is left alone: that sayer's word is what the record holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import read_text

_REPORTED = re.compile(
    r"\b(?:being|been|were|was|are|is|get|gets|got|getting)\s+(?:repeatedly\s+|always\s+|often\s+)?told\b"
    r"(?:\s+that\b)?|\breports?\b(?:\s+[a-z']+){0,3}?\s+(?:that|saying|stating|claiming)\b"
)
"""The openings of content reported, not asserted: `were told that`, `reports to leaders saying`."""
_CLAUSE_END = re.compile(r"[,.;:!?]|\s[-–—]\s|\bbut\b|\bwhich\b")


def only_reported(terms: Iterable[str], claim_text: str, glossary: Glossary) -> str | None:
    """The reported clause ("told most of the work was good") where every one of `terms` the claim
    says stands only in content it reports; None otherwise."""
    wanted = set(terms)
    folded = fold(claim_text)
    if not wanted or (opening := _REPORTED.search(folded)) is None:
        return None
    end = _CLAUSE_END.search(folded, opening.end())
    stop = end.start() if end else len(folded)
    reported = folded[opening.end() : stop]
    outside = folded[: opening.start()] + " " + folded[stop:]
    if not wanted & set(read_text(reported, glossary).terms):
        return None
    if wanted & set(read_text(outside, glossary).terms):
        return None  # the claim says it outright as well
    return folded[opening.start() : stop]
