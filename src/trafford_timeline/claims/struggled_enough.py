"""A verb of difficulty before "enough": "workers are struggling to spend enough time with children"
does not say they spend enough.

To struggle (or battle, or find it hard) to do enough of something does not assert that enough is done;
read word by word, though, "enough" stands as asserted and meets any claim of a shortage ("short of
social workers") as its opposite. Such an "enough" is left unread: the sentence says what is hard to
do, not how much of something there was.
"""

from __future__ import annotations

import re

_STRUGGLED_ENOUGH = re.compile(
    r"\b(?P<verb>(?:struggl|battl)(?:e|es|ed|ing)\s+to|(?:find|finds|found|finding)\s+it\s+"
    r"(?:hard|difficult)\s+to)\s+(?P<between>(?:[a-z'’-]+\s+){0,3}?)enough\b"
)
"""The verb of difficulty and its `to`, then up to three words of what is done (`spend`, `give
children`), then `enough`."""


def struggled_enough(text: str) -> str:
    """The folded text without each "enough" a verb of difficulty governs."""
    return _STRUGGLED_ENOUGH.sub(lambda found: f"{found['verb']} {found['between']}", text)
