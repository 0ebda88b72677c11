"""What a supported claim asserts beyond the item that matches its words: a denied change, a count of
a group, one thing preferred over another, a request. Each is a frame of English the matching of
words cannot see; each is read here against the deciding item's own texts, and withdraws the support
(or, for a preference the item reverses, contradicts) where the item does not say it.
"""

from __future__ import annotations

from collections.abc import Sequence

from trafford_timeline.claims.counted_group import uncounted_group
from trafford_timeline.claims.denied_change import denial_unsaid
from trafford_timeline.claims.index import ClaimIndex, own_text
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.preferred_over import preference_against
from trafford_timeline.claims.requested import request_unsaid
from trafford_timeline.claims.verdicts import ClaimCheck, Evidence, not_found


def _texts_of(evidence: Sequence[Evidence], index: ClaimIndex) -> list[str]:
    """The deciding item's quotes as cited (whole sentences among them), its own text and every quote."""
    texts = [e.quote for e in evidence]
    for e in evidence[:1]:
        if e.id in index.numbers:
            item = index.document_of(e.id).item
            texts += [own_text(item), *(c.quote for c in item.citations)]
    return texts


def unstated_extra(claim: str, checked: ClaimCheck, index: ClaimIndex) -> ClaimCheck | None:
    """The verdict where a supported claim asserts more than its deciding item says; None otherwise."""
    if checked.verdict != "supported" or not checked.evidence:
        return None
    texts = _texts_of([e for e in checked.evidence if e.id == checked.evidence[0].id], index)
    if change := denial_unsaid(claim, texts):
        reason = f"the claim denies a change ({change!r}), and the record item it matches denies none"
        return not_found(claim, reason, checked.evidence)
    if group := uncounted_group(claim, texts):
        reason = f"the claim counts its subject in a group ({group!r}), and the record gives no such count"
        return not_found(claim, reason, checked.evidence)
    if preferred := preference_against(claim, texts):
        verdict, quote = preferred
        if verdict == "contradicted":
            reason = f"the claim puts first what the record sets second: {quote!r}"
            return ClaimCheck(claim, "contradicted", reason, checked.evidence)
        reason = (
            "the claim prefers one thing over another, and the record does not set the two against each other"
        )
        return not_found(claim, reason, checked.evidence)
    if asked := request_unsaid(fold(claim), texts):
        reason = (
            f"the claim says something was asked for ({asked!r}); the item that says the rest asks nothing"
        )
        return not_found(claim, reason, checked.evidence)
    return None
