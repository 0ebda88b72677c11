"""A claim that counts its subject among a group ("one of five councils rated inadequate", "among
several councils served notices") asserts the group and its size, which a record item about the
subject alone does not: the item must give that count itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import NUMBER_WORDS, fold

_COUNT = (
    r"\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + "|several|many|a few|few|a handful of"
)
COUNTED_GROUP = re.compile(
    rf"\b(?:one of|among|amongst)\s+(?:only\s+|just\s+|about\s+|around\s+)?(?:the\s+)?"
    rf"(?P<count>{_COUNT})\s+[a-z]"
)
"""`one of five councils`, `among several Greater Manchester councils`; not `one of the findings`,
which names no size of group."""


def _said(count: str, text: str) -> bool:
    """Whether a text gives the count, in figures or in words."""
    number = NUMBER_WORDS.get(count, int(count) if count.isdigit() else None)
    forms = {count} | ({str(number)} if number is not None else set())
    forms |= {word for word, value in NUMBER_WORDS.items() if value == number}
    return any(re.search(rf"\b{re.escape(form)}\b", text) for form in forms)


def uncounted_group(claim: str, texts: Sequence[str]) -> str | None:
    """The claim's counted group ("one of five"), where no text of the deciding item gives its count;
    None where the claim counts no group or a text gives the count."""
    found = COUNTED_GROUP.search(fold(claim))
    if found is None or any(_said(found["count"], fold(text)) for text in texts):
        return None
    return found.group(0)[:-1].strip()
