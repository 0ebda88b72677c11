"""Which side of a recorded dispute a claim's future or modal takes: "the DfE said it would appoint an
adviser" is the side that quotes "we will appoint one", not the side that says one "has been appointed".

Words alone place such a claim with whichever side's item shares most of its other words, yet the
tense is what the sides disagree on: an act put under "will" or "would" is one still to come. Where
the claim puts an act under a modal and only one side's quotes put that same act under a modal, the
claim says what that side says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import fold, stem
from trafford_timeline.record.model import Citation

_MODAL_ACT = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were) (?:going )?to|plans? to|planned to|intends? to|intended to"
    r"|(?:moving|preparing|poised|set|about|getting ready) to"
    r"|(?:decided|decides|resolved|resolves|chose|chooses|opted|opts) to)"
    r"(?: (?:soon|now|also|then|shortly|still))? (?P<act>[a-z]+)\b"
)
"""An act still to come: "will appoint", "would soon appoint", "is to appoint", "plans to appoint", and
one in hand but not yet done: "moving to appoint", "preparing to appoint", "set to appoint", and one
decided on ("decided to appoint"): the decision is made, the act is still to come."""
_HEADLINE_ACT = re.compile(r"^(?:[\w'’.-]+ ){1,3}to (?P<act>[a-z]+)\b")
"""A headline's act to come: "DfE to appoint adviser", its subject and `to` with no verb between."""
_NOT_ACTS = frozenset({"be", "have", "not", "never", "no", "been", "a", "an", "the"})
"""Words after a modal that are not the act itself ("will be appointed" is read by its act's own
words elsewhere; "will not appoint" is a denial, judged before this)."""


def modal_acts(text: str) -> frozenset[str]:
    """The stems of the acts a text puts under a modal."""
    folded = fold(text)
    found = [*_MODAL_ACT.finditer(folded), *_HEADLINE_ACT.finditer(folded)]
    return frozenset(stem(m["act"]) for m in found if m["act"] not in _NOT_ACTS)


def takes_modal_side(claim: str, favoured: Sequence[Citation], other: Sequence[Citation]) -> bool:
    """Whether the claim's modal act is one the favoured side's quotes put under a modal and the
    other side's do not: the claim then speaks for the favoured side."""
    acts = modal_acts(claim)
    if not acts:
        return False
    on_favoured = acts & set().union(*(modal_acts(c.quote) for c in favoured))
    on_other = acts & set().union(*(modal_acts(c.quote) for c in other))
    return bool(on_favoured - on_other)
