"""A role or past a claim predicates of its subject: "the chair is a former police chief", "he was a
retired headteacher", "she is an ex-social worker".

What such a description says is a fact about that subject, so the record must say it of the
subject; a sentence that merely mentions the same words of someone else ("a board where police sit
with members") does not. The words of the description are therefore not filled in from the whole
sentence around an item's quote: only the item itself can give them.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import read_text

_DESCRIBED = re.compile(
    r"(?:\b(?:is|was|are|were|been|being|'s)\s+|,\s*)(?:a|an)\s+(?:former|retired|onetime|one-time|ex-?)\s*"
    r"(?P<role>[a-z'’-]+(?:\s+[a-z'’-]+)?)"
)
"""A copula, an article, a word of a past role (`former`, `retired`, `ex-`), and the role's two words."""


def described_role_terms(text: str, glossary: Glossary) -> frozenset[str]:
    """The terms of every past role a claim predicates of its subject; empty where it predicates none."""
    roles = [found["role"] for found in _DESCRIBED.finditer(fold(text))]
    return frozenset(term for role in roles for term in read_text(role, glossary).terms)
