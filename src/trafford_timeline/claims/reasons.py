"""The reason a claim gives for something, which it asserts as well as the thing it explains.

"Ofsted said Trafford lacked good performance data, which is why the decline went unnoticed" says
the data was lacking, and "inspectors blamed high staff churn for the decline" says churn was high:
where the record says the opposite of the reason, the claim is wrong whatever else it says. A
reason the record does state never supports the claim by itself, since that the one caused the
other is a further claim the record may not make.
"""

from __future__ import annotations

import re

_GIVEN_REASONS = (
    re.compile(
        r"^(?P<reason>.+?),\s*which\s+(?:is|was|explains|explained)\s+(?:why|how)\s+\S", re.IGNORECASE
    ),
    re.compile(r"\b(?:blamed|blames|blaming)\s+(?P<reason>.+?)\s+for\s+\S", re.IGNORECASE),
    re.compile(
        r"\b(?:praised|praises|commended|commends|hailed|hails|criticised|criticises|criticized|criticizes)"
        r"\s+(?P<reason>.+?)\s+(?:as|for)\s+\S",
        re.IGNORECASE,
    ),
)
"""A reason put first and then what it explains (`X, which is why Y`), given as what is blamed for
something (`blamed X for Y`), or what is judged, as described, for what it did (`praised Trafford's
high turnover as bringing new ideas` says turnover was high)."""


def given_reason(claim: str) -> str | None:
    """The reason a claim gives, as a statement of its own; None where it gives none."""
    for pattern in _GIVEN_REASONS:
        if (found := pattern.search(claim)) is not None:
            return found["reason"].strip()
    return None
