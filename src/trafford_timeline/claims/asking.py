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
"""`How often would the committee hear about progress?`: the committee is who was told, which the
minutes that record it never say of what they record. In a `when` question the telling is what is
dated (the meeting that hears it), so there it stays."""

_IN_POST = re.compile(
    r"\b(?P<verb>start|started|starts|begin|began|begun|begins|arrive|arrived|arrives|join|joined|joins)"
    r" in (?:(?:their|his|her|its|the) )?(?:new )?(?:posts?|roles?|jobs?|positions?)\b"
)
"""`When did the leader start in post?`: starting is the whole event; "in post" names no appointment
the item must also state."""
_CURRENT = re.compile(r"\b(?:the|its|their) (?:current|present|sitting|incumbent) (?=[a-z])")
"""`When did the current council leader start?`: which holder is meant (the latest the record dates),
never a word the item that dates the start must use; where the record dates several starts equally,
`when` says so and answers nothing."""


_INSPECTORS_STAY = re.compile(
    r"\b(?:the )?(?:ofsted )?(?:inspectors|inspection team) "
    r"(?:spend|spent|stay|stayed|remain|remained|were|was)(?: on site| there)?\b"
)
"""`How long did inspectors spend in Trafford?`: how long the inspectors were there is how long the
inspection lasted, which the record dates; "on site" says no more."""
_INSPECTION_VISIT = re.compile(r"\binspection visit\b")
"""`How long did the inspection visit last?`: the visit is the inspection, not a monitoring visit."""


def without_frames(text: str, form: str) -> str:
    """The folded question without the words that only frame a plan, the audience told of it, or,
    in a `when` question, which holder is meant."""
    text = _PROSPECTIVE.sub(" ", text)
    if form != "when":  # "when will members be told of the plan?" dates the telling: the meeting
        text = _AUDIENCE_TOLD.sub(" ", text)
    if form == "how_many" and text.startswith("how long"):
        text = _INSPECTION_VISIT.sub("inspection", _INSPECTORS_STAY.sub(" the inspection last ", text))
    if form == "when":
        text = _CURRENT.sub("the ", _IN_POST.sub(r"\g<verb>", text))
    return text


_PIECE_DATE = re.compile(
    r"^(?:what|which) (?:date|day) (?:is|was) (?:on|given on|printed on|at the top of) "
    r"|\b(?:is|was) (?:the |their |his |her )?(?:article|piece|story|report) dated\b"
)
"""`What date is on Dan Parton's article?`, `When was the piece dated?`: the date a piece carries, as
"when did the magazine run the piece" asks (its author or publisher must still be named)."""


def dated_piece(folded: str) -> bool:
    """Whether a `when` question asks for the date a piece of writing carries."""
    return _PIECE_DATE.search(folded) is not None
