"""A claim that a thing was already done, against the record's recommendation that it be done.

"Inspectors found case reviews were already held on time" is matched best by an item in which
Ofsted recommends that the reviews be held on time. Read as tense, the item only says the thing was
to happen, and the claim is not found. But a recommendation that something improve, so that it is
done, says it was not being done when the inspectors made it: the claim's `already` places the
doing before the recommendation, which denies it. Only an item of the recommendation kind is read
so (a plan or a deadline says nothing of the state before it), only where the claim denies nothing
itself, and only where the item covers the claim but for its tense and the quality it adds
(`well recorded`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.compare import RECOMMEND, Comparison
from trafford_timeline.claims.reading import Reading

_ALREADY = re.compile(r"\balready\b", re.IGNORECASE)
_TENSE_ONLY = ("the record says only that this was to happen", "the record gives this no grade or quality")
"""The gaps a recommendation leaves against a claim of the thing done: its tense, and a quality the
claim gives the doing (`well`), which the recommendation asks for rather than states."""
ALREADY_COVERAGE = 0.7
"""How much of the claim the recommendation must carry: as much as a contradiction needs."""


def recommended_not_done(text: str, claim: Reading, comparisons: Sequence[Comparison]) -> Comparison | None:
    """The closest recommendation that denies a thing the claim says was already done; None where the
    claim does not say `already`, denies anything itself or speaks of the recommending, or where no
    recommendation covers it but for its tense. Items closer to the claim have been found neither to
    say nor to deny it."""
    if _ALREADY.search(text) is None or claim.negations or RECOMMEND in claim.terms:
        return None  # "Ofsted recommended what the council had already begun": the recommending, said
    for compared in comparisons:
        if compared.coverage < ALREADY_COVERAGE:
            return None
        if compared.document.item.kind != "recommendation" or compared.conflicts:
            continue
        return compared if all(gap.startswith(_TENSE_ONLY) for gap in compared.gaps) else None
    return None
