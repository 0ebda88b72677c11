"""`By the time of the committee meeting, was the final draft ready?`: a time the minutes speak at.

A committee's minutes record what was said at its meeting, so what they state in the past or present
("the final draft of the action plan was ready") held by the time of that meeting. A yes or no
question placed at the meeting is asked without that clause, and answered only from quotes of the
minutes themselves: another source's words are dated by nothing the question gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.record.model import Source

MINUTES = "committee_minutes"
"""The kind of source that records a meeting, in the words said at it."""

_AT_MEETING = re.compile(
    r",?\s*\b(?:by|at) the time of (?:the |its |their )?"
    r"(?:committee(?:'s)? meeting|meeting|committee)\b,?\s*",
    re.IGNORECASE,
)


def placed_at_meeting(text: str, sources: Sequence[Source]) -> tuple[str, frozenset[str]] | None:
    """The question without its clause placing it at the meeting, and the files of the minutes; None
    where it has no such clause or the record holds no minutes."""
    found = _AT_MEETING.search(text)
    files = frozenset(source.file for source in sources if source.kind == MINUTES)
    if found is None or not files:
        return None
    rest = " ".join(f"{text[: found.start()]} {text[found.end() :]}".split())
    return rest[:1].upper() + rest[1:], files
