"""A post held by one person, said in the plural: `the council's leaders` are a group, not the leader.

The glossary reads `council leader`, `the council's leader` and, since words are stemmed, `council
leaders` as the one post of council leader. In the plural it is the council's leadership, the
senior leaders a finding speaks of, and a claim of what they believed gives the belief to no
single post: so the plural is no post for the checks of who holds which part.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trafford_timeline.claims.language import STOPWORDS


@lru_cache(maxsize=64)
def _plural_form(post: str) -> re.Pattern[str]:
    """`council leaders`, `the council's leaders`, `leaders of the council`: the post's name from its
    concept (`concept:council-leader`), its last word in the plural."""
    words = [w for w in post.split(":", 1)[-1].split("-") if w not in STOPWORDS]
    head, rest = words[-1], words[:-1]
    before = r"(?:['’]s)?\s+".join(map(re.escape, rest))
    after = r"\s+".join(map(re.escape, rest))
    forms = [rf"\b{before}(?:['’]s)?\s+{re.escape(head)}s\b" if rest else rf"\b{re.escape(head)}s\b"]
    if rest:
        forms.append(rf"\b{re.escape(head)}s\s+of\s+(?:the\s+)?{after}\b")
    return re.compile("|".join(forms))


def said_in_plural(post: str, folded: str) -> bool:
    """Whether folded text names the post `post` (a concept) only in the plural."""
    return bool(folded) and _plural_form(post).search(folded) is not None
