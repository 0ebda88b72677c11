"""The act a length or a frequency is said of, so that another act's figure is not taken for it.

"The adviser will visit every week" gives how often the adviser visits; "the DfE reviews progress
every six months", how often the DfE reviews. "Visits would each last two days" gives how long a
visit lasts; "a visit within six months", how soon it comes. Each figure fills the slot of the word
it follows, and an item that never says that word states no figure for it: its own figure, of
another act, neither confirms nor denies the claim's.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.quantities import Quantity
from trafford_timeline.claims.reading import read_text

_TIME_UNITS = frozenset({"months", "every_months"})
"""Lengths and frequencies: a count or a sum is of the noun after it, which `_counted` reads."""
_AFTER_ITS_ACT = re.compile(r"^(?:every|once|twice)\b|\btimes\b")
"""`visit every week`, `meet once a month`: a frequency said after its act. One said before it
(`quarterly reviews`, `six-monthly review`) is of the noun it stands before."""
_CLAUSE_END = re.compile(r"[,;:()]")


def act_before(text: str, quantity: Quantity, index: ClaimIndex, others: frozenset[str]) -> str | None:
    """The term of the act a length or frequency in folded `text` is said of: the last content word
    before it in its clause (`visit` in "will visit Trafford every week", `last` in "would each last
    two days"), past the council it is done to and who does it (`others`, the bodies and posts);
    None for another kind of figure, a frequency said before its noun, or where no word comes
    before it."""
    if quantity.unit not in _TIME_UNITS:
        return None
    if quantity.unit == "every_months" and _AFTER_ITS_ACT.search(quantity.text) is None:
        return None
    clause = _CLAUSE_END.split(text[: quantity.start])[-1]
    if not clause.strip():
        return None
    skipped = index.glossary.implied | index.glossary.actors | others
    terms = [t for t in read_text(clause, index.glossary, index.vocabulary).terms if t not in skipped]
    return terms[-1] if terms else None
