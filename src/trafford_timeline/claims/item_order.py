"""The order an item's own words put two things in, against the order a claim gives them.

"Councillors would see the plan before it went to the board" is not stated by an item that speaks
of the plan, the councillors and the board: the claim's content is the order. Where the dates
cannot settle it (`relations.py`), the item's own words must: a text of the item that relates the
same two things ("brought to this Committee ... following the presentation to the Board") states
the claim where it orders them the same way, and denies it where it orders them the other way.
"""

from __future__ import annotations

from typing import Literal

from trafford_timeline.claims.index import ClaimIndex, Document, own_text
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.relations import Relation, read_relation

Order = Literal["same", "reversed", "unsaid"]


def _terms(text: str, index: ClaimIndex) -> frozenset[str]:
    return frozenset(read_text(text, index.glossary, index.vocabulary).terms) - index.glossary.implied


def _side(claimed: frozenset[str], first: frozenset[str], second: frozenset[str]) -> int:
    """Which side of the item's relation a side of the claim's is (1 or 2), or 0 if neither is plainly it."""
    one, two = len(claimed & first), len(claimed & second)
    return 0 if one == two else 1 if one > two else 2


def order_in_item(relation: Relation, document: Document, index: ClaimIndex) -> Order:
    """Whether the item's texts put the claim's two things in its order, the other way, or in none."""
    first, second = _terms(relation.first, index), _terms(relation.second, index)
    item = document.item
    for text in (own_text(item), *(citation.quote for citation in item.citations)):
        said = read_relation(text)
        if said is None or said.either_way or said.same is not None or said.apart:
            continue
        own_first, own_second = _terms(said.first, index), _terms(said.second, index)
        sides = (_side(first, own_first, own_second), _side(second, own_first, own_second))
        if sides == (1, 2):
            return "same" if said.after == relation.after else "reversed"
        if sides == (2, 1):
            return "same" if said.after != relation.after else "reversed"
    return "unsaid"
