"""A denied change ("services did not decline between 2015 and 2019") is not the opposite change:
things may have stayed as they were. The reader takes `not declined` as `improved`, as it takes
`not unstable` as `stable`, which is right for a quality and wrong for a change; so an item that
says an improvement (or an aim to improve) does not support the denial. Only an item that itself
denies a change speaks to it; a recorded change is what would contradict it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import fold

_CHANGE = (
    r"(?:improv\w*|declin\w*|deteriorat\w*|worsen\w*|(?:get|got|gotten|getting|become|became) "
    r"(?:worse|better)|slip\w*|slid|fall\w*|fell|drop\w*|decreas\w*|increas\w*|ris(?:e|en|es|ing)|rose|"
    r"chang\w*|downgrad\w*|upgrad\w*)"
)
DENIED_CHANGE = re.compile(
    rf"\b(?:not|never|no|n't|nor|without)\s+(?!(?:just|only|merely|simply)\b)(?:[\w'-]+\s+){{0,2}}?{_CHANGE}\b"
)
"""`did not decline`, `never got worse`, `no decline`, `without any improvement`; not `didn't just
slip`, which says it slipped and more."""


def denial_unsaid(claim: str, texts: Sequence[str]) -> str | None:
    """The change the claim denies, where no text of the deciding item denies a change itself; None
    where the claim denies none or a text does."""
    found = DENIED_CHANGE.search(fold(claim).replace("n't", " n't"))
    if found is None or any(DENIED_CHANGE.search(fold(text).replace("n't", " n't")) for text in texts):
        return None
    return found.group(0)
