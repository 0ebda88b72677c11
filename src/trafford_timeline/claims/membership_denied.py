"""A claim that a group has no place on a body the record lists it among the members of.

"Greater Manchester Police have been left off the board", "the police have no seat on the board",
"no police representatives sit on the board": membership is the slot, and the item that lists the
body's members ("elected members, senior officers and representatives from Greater Manchester
Police worked together") fills it with the group the claim leaves out. The members are read as a
`Who sits on ...?` question is answered (`slots_members`), so a claim and a question agree.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck

_BE = r"(?:have|has|had|are|is|were|was|will|would)(?: not| never)?(?: be| been)?"
_DENIED = re.compile(
    rf"^(?P<member>[\w'’ -]+?) {_BE}"
    r" (?:left off|kept off|left out of|excluded from|shut out of|dropped from|barred from)"
    r" (?P<body>[\w'’ -]+?)\W*$"
    rf"|^(?P<member2>[\w'’ -]+?) (?:have|has|had|hold|holds|held|get|gets|got) no"
    r" (?:seat|seats|place|places|part|role|say|representation|representative|representatives)"
    r" (?:on|in|at) (?P<body2>[\w'’ -]+?)\W*$"
    r"|^(?P<member3>[\w'’ -]+?) (?:are|is|were|was|will|would)(?: not|n't| never)(?: be)?"
    r" (?:involved in|part of|members of|a member of|represented on|represented in|sitting on|on)"
    r" (?P<body3>[\w'’ -]+?)\W*$"
    r"|^no (?P<member4>[\w'’ -]+?) (?:sit|sits|sat|serve|serves|served) (?:on|in) (?P<body4>[\w'’ -]+?)\W*$"
)
"""The frames that deny a group a place on a body: left off it, with no seat or part on it, not
involved in it, or none of the group sitting on it. The claim's own opening ("Councillor:") is read
by the caller's reading of the sentence, not here."""


def denied_membership(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """Contradicted where the claim denies a group a place on a body and the item best matching the
    body lists that group among its members; None where the claim has no such frame or no item lists
    the group."""
    folded = fold(claim).replace("n't", " not").replace("  ", " ")
    found = _DENIED.match(folded.split(": ", 1)[-1].strip(" \"'“”"))
    if found is None:
        return None
    member = next(found[g] for g in ("member", "member2", "member3", "member4") if found[g])
    body = next(found[g] for g in ("body", "body2", "body3", "body4") if found[g])
    from trafford_timeline.claims.question import read_question  # the question reader, only for this frame
    from trafford_timeline.claims.slots_members import answer_members

    question = read_question(f"Who sits on {body}?", index.glossary, index.vocabulary)
    members = answer_members(question, index)
    if members is None or members.answer is None:
        return None
    group = set(read_text(member, index.glossary, index.vocabulary).terms)
    listed = set(read_text(members.answer, index.glossary, index.vocabulary).terms)
    if not group or not group <= listed:
        return None
    explanation = f"the record lists {member} among the members: {members.answer!r}"
    return ClaimCheck(claim, "contradicted", explanation, members.evidence)
