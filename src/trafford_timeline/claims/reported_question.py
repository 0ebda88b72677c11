"""A quote that reports a question states no answer to it.

Minutes record what members asked: "Members asked what indicators were being used". The words after
"asked what" are the question, not its answer, so a reader that answers from the words beyond a
question's own (the remainder, a list) must not take them: it would give "by Leadership" or "were
currently being" as the indicators.
"""

from __future__ import annotations

import re

_REPORTED = re.compile(
    r"\b(?:ask|asks|asked|asking|enquired|inquired|queried|wondered|questioned)\s+"
    r"(?:(?:officers|members|the\s+\w+|him|her|them)\s+)?(?:what|which|whether|if|how|why|when|who|where)\b",
    re.IGNORECASE,
)


def reports_a_question(quote: str) -> bool:
    """Whether the quote reports a question someone asked ("Members asked what X were")."""
    return _REPORTED.search(quote) is not None


__all__ = ["reports_a_question"]
