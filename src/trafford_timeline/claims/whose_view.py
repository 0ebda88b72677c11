"""A claim framed as someone's view: "Ofsted's view is that X", "in the inspectors' view, X".

Whose view a matter is names who holds it, not another matter: the item that states it seldom words
it as a view. Such a claim is checked as X, and holds only where every item that decides X is that
holder's own: an Ofsted finding, rating or recommendation for Ofsted or its inspectors, a statement
for its speaker. The view of someone the deciding item does not name (Ofsted's, of what the council
leader said) leaves the claim unsupported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.index import OFSTED, OFSTED_KINDS, ClaimIndex
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck
from trafford_timeline.record.model import StatementFact

_OPINION = r"(?:view|opinion|judgement|judgment|assessment)"
_OWNER = r"(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)(?:'s|’s|s'|s’)"
_VIEWS = (
    re.compile(rf"^{_OWNER}\s+(?:own\s+)?{_OPINION}\s+(?:is|was)\s+that\s*,?\s*", re.IGNORECASE),
    re.compile(rf"^in\s+{_OWNER}\s+(?:own\s+)?{_OPINION}\s*,\s*", re.IGNORECASE),
)
"""`Ofsted's view is that ...`, `In the inspectors' opinion, ...`: whose view opens the claim."""

_INSPECTORS = "Ofsted inspectors inspector"
"""Who holds an Ofsted judgement's view: Ofsted and its inspectors."""


def _holders(item_id: str, index: ClaimIndex) -> set[str]:
    """The terms naming who holds the view an item states: Ofsted for its judgements, the speaker
    for a statement; nobody for any other item."""
    if item_id not in index.numbers:
        return set()
    item = index.document_of(item_id).item
    if item.kind in OFSTED_KINDS:
        return set(read_text(_INSPECTORS, index.glossary, index.vocabulary).terms) | {OFSTED}
    if isinstance(item, StatementFact):
        speaker = re.sub(r"\(.*?\)", "", item.speaker)
        return set(read_text(speaker, index.glossary, index.vocabulary).terms)
    return set()


def in_whose_view(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The verdict on a claim framed as someone's view, from the matter; None where the claim has no
    such frame, or an item that decides the matter is not that holder's."""
    found = next((m for view in _VIEWS if (m := view.match(claim.strip())) is not None), None)
    if found is None:
        return None
    owner = set(read_text(found["owner"], index.glossary, index.vocabulary).terms)
    rest = claim.strip()[found.end() :]
    if not owner or len(rest.split()) < 2:
        return None
    again = check(rest[:1].upper() + rest[1:], index)
    if again.verdict not in ("supported", "contradicted") or not again.evidence:
        return None
    ids = list(dict.fromkeys(e.id for e in again.evidence))
    if not all(owner <= _holders(item_id, index) for item_id in ids):
        return None
    frame = " ".join(found.group(0).split()).strip(" ,")
    reason = f"{again.explanation}; {', '.join(ids)} is the view of whom {frame!r} names"
    return ClaimCheck(claim, again.verdict, reason, again.evidence, again.related, again.conflict)
