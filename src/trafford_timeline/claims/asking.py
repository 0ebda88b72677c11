"""Words of a question that frame what it asks, not what it is about: left out of its content.

A question may put a plan as a plan ("when was the council planning to appoint...", "who was lined up
to take the role") or say who is to hear of a thing ("how often would the committee hear about
progress"). The record holds the planned thing itself, and minutes never say the committee heard what
they record, so these frames would otherwise count against the very item that answers.
"""

from __future__ import annotations

import re

_PROSPECTIVE = re.compile(
    r"\b(?:(?:was|were|is|are|am) (?:planning|going|set|lined up|in line|due|poised|expected) to|"
    r"(?:plan|plans|planned|planning) to|lined up (?:to|for)|in line (?:to|for))\b"
)
"""`When was Trafford planning to appoint...`, `Who was going to take on...`, `Which councillor was
lined up to take...`: the question asks when or by whom the planned thing was to be done, so its date
or holder answers it (a `when` question with such words asks no longer what happened)."""

_TOLD = r"hear|hears|heard|be told|be informed|be updated|be briefed|be kept informed|learn|learnt|learned"
_AUDIENCE_TOLD = re.compile(
    r"\b(?:would|will|should|could|does|do|did|is|are|was|were|has|have|had) (?:the )?"
    r"(?:committee|committee members|members|councillors|scrutiny members) "
    rf"(?:{_TOLD})(?: (?:about|of|on|that))?\b"
)
"""`How often would the committee hear about progress?`, `When will members be told of...`: the
committee is who was told, which the minutes that record it never say of what they record."""


def without_frames(text: str) -> str:
    """The folded question without the words that only frame a plan or the audience told of it."""
    return _AUDIENCE_TOLD.sub(" ", _PROSPECTIVE.sub(" ", text))
