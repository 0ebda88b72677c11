"""Who a meeting was with: the name after "meetings with" in an item about the meetings asked of.

"Which councillor was kept up to date through regular meetings on progress?", "Which office-holder did
officers meet to report progress?": the record says "Regular meetings with the Deputy Leader of the
Council took place to update on progress", and leaves out who held them and whose recommendations
they were, which the event it files the item under says (the committee hearing the Interim Director
on the Ofsted report). So the item is read with its event's terms (`event_bag`), and the answer is the
name, with a capital, written after the quote's noun for meeting and "with"; never a name the
question itself gives.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.event_bag import with_event
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold, stem
from trafford_timeline.claims.matching import (
    CANDIDATES,
    MATCH,
    Answer,
    answered,
    cite,
    coverage_of,
    floor_of,
    ranked,
    read,
)  # fmt: skip
from trafford_timeline.claims.question import Question, asked_preposition

_MET_WITH = re.compile(
    r"\b(?:meetings?|met|meet|sessions?|discussions?|talks|conversations?) with "
    r"(?P<name>(?:the |an? )?[A-Z][\w'’-]*(?: (?:of|for|and)(?: the)?| [A-Z][\w'’-]*)*(?<! of)(?<! for)"
    r"(?<! and)(?<! the))"
)
"""`meetings with the Deputy Leader of the Council`, `met with Jo Bell`: the one met, named with a capital."""
_ASKS_OF_MEETING = re.compile(
    r"\b(?:meet|meets|met|meeting|meetings|sessions?|talks|discussions?|kept up to date|"
    r"(?:is|was|are|were|being|been) updated|receiv(?:e|es|ed|ing) (?:[a-z]+ ){0,3}updates?)\b"
)
"""A question about who was met, or kept up to date at the meetings, says so: "meet", "sessions", "was
receiving progress updates". Who briefed anyone on an update is another question."""

_WITH_WHOM = re.compile(
    r"^with whom (?:did|do|does|had|has|have|will|would) (?P<who>[a-z'’ -]+? )?(?:meet|hold meetings|talk)\b"
)
"""`With whom did the council meet...?`: the ones met may be a group named by its kind, no capital."""
_ASKS_WHO_HELD = re.compile(
    r"\b(?:chair(?:s|ed)?|presid(?:es|ed)|host(?:s|ed)|convened|called|organi[sz]ed|ran|runs|led|leads)\b"
)
"""`Who chaired the meeting?`: the one who held or ran a meeting, which those it was with never say."""


_PERSON_WORDS = (
    "holder member leader councillor politician minister secretary director chair officer official person"
)
_PERSON_HEADS = frozenset(stem(word) for word in _PERSON_WORDS.split())
"""Nouns a `which` question names a person by ("which office-holder", "which senior politician"): the
one met is a person, never the answer to "which organisation"."""


def said_by_question(name: str, question: Question, index: ClaimIndex) -> bool:
    """Whether a name stands only for what the question already says ("the Deputy Leader of the Council"
    for a question about the deputy leader): its concepts, all of them the question's."""
    named = set(read(name, index).terms) - index.glossary.implied
    return bool(named) and all(":" in t for t in named) and named <= set(question.content.terms)


def answer_met_with(question: Question, index: ClaimIndex) -> Answer | None:
    """The one a well-matched item (read with its event) says meetings were held with, or None."""
    if question.form not in {"who", "which"} or not _ASKS_OF_MEETING.search(question.folded):
        return None
    if _ASKS_WHO_HELD.search(question.folded):
        return None  # "who chaired the meeting?" asks its chair, not the one it was with
    head = (question.focus or "").split()[-1:] or [""]
    if question.form == "which" and stem(head[0].split("-")[-1]) not in _PERSON_HEADS:
        return None  # "which organisation did the council meet?" is not answered by a person
    prep = asked_preposition(question.folded)
    if prep == "by" or (prep != "with" and re.search(r"\bwith\b", question.folded)):
        return None  # "by whom was it updated?", "who met with the leader?": not who was met
    floor = floor_of(question, MATCH)
    scored = []
    for match in ranked(question.content, index)[:CANDIDATES]:
        coverage, _ = coverage_of(question.content, with_event(match.document, index), index)
        if coverage >= floor:
            scored.append((coverage, match))
    scored.sort(key=lambda pair: -pair[0])
    asked = fold(question.text)
    for _, match in scored:
        for citation in match.document.item.citations:
            for found in _MET_WITH.finditer(citation.quote):
                name = found["name"]
                if fold(re.sub(r"^(?:the|an?) ", "", name)) in asked or said_by_question(
                    name, question, index
                ):
                    continue  # the question's own words, or what they stand for, are not its answer
                explanation = f"who {match.document.item.id} says the meetings were with"
                return answered(question, name, name, explanation, [cite(match.document.item.id, citation)])
    if (group := _WITH_WHOM.match(question.folded)) is not None:
        from trafford_timeline.claims.slots_text import whom_met  # it imports the module that imports this

        return whom_met(question, group["who"] or "", index)  # "foster carers": people named by a kind
    return None
