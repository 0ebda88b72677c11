"""`Which inspectorate...?`, `Which watchdog...?`: a noun the glossary reads as one of the record's bodies.

"Which inspectorate downgraded Trafford?" names its answer by a word for Ofsted, so what is asked is
whether the acts the question describes are that body's: of the items that best match it, read with
the event each is filed under, every one that names a body at all must name this one, and not all of
them another too (a statement of the council leader's names none, and says nothing either way); the
answer is its name as the record writes it ("Ofsted", "Department for Education"). The noun itself
must be the body ("inspectorate") or a word for an organisation the glossary reads with it
("government department"); a thing a body owns ("which Ofsted finding") and a noun that names no body
("which department") are left to the other readers.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.event_bag import with_event
from trafford_timeline.claims.index import ClaimIndex, Document
from trafford_timeline.claims.language import stem
from trafford_timeline.claims.matching import MATCH, Answer, answered, cite, floor_of, ranked, read
from trafford_timeline.claims.question import BODIES, Question
from trafford_timeline.claims.slots_people import ACTOR_NOUNS
from trafford_timeline.claims.slots_text import best_tied
from trafford_timeline.record.model import Citation

_NAME = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w'’]*(?: (?:for|of) [A-Z][\w'’]*| [A-Z][\w'’]*)*"
)
"""A run of capitalised words, with "for" or "of" inside it ("Department for Education"), not opened by
an article that only starts a sentence ("An Ofsted inspection")."""


def written_name(body: str, document: Document, index: ClaimIndex) -> tuple[str, Citation] | None:
    """The body's name as a quote of the item, or of its event, writes it, with that quote."""
    items = [document.item]
    event = getattr(document.item, "event", None)
    if isinstance(event, str) and event in index.numbers:
        items.append(index.document_of(event).item)
    for item in items:
        for citation in item.citations:
            for found in _NAME.finditer(citation.quote):
                if set(read(found[0], index).terms) == {body}:
                    return found[0], citation
    return None


def answer_body(question: Question, index: ClaimIndex) -> Answer | None:
    """The body a `which` question's noun names, where the items that best match the question name that
    body alone among the record's bodies (in their own words or their event's); None otherwise."""
    if question.form != "which" or not question.focus:
        return None
    head = question.focus.split()[-1]
    named = set(read(question.focus, index).terms) & BODIES
    if not (named & set(read(head, index).terms) or stem(head) in ACTOR_NOUNS):
        return None  # "which positive Ofsted finding": a finding is asked for, Ofsted only owns it
    unfocused = read(question.folded.replace(question.focus, " ", 1), index)
    if len(named) != 1 or named & set(unfocused.terms):
        return None  # "which inspectorate's report did Ofsted publish": the body is given, not asked
    (body,) = named
    matches = [m for m in ranked(question.content, index) if m.coverage >= floor_of(question, MATCH)]
    bodies = [with_event(m.document, index) & BODIES for m in best_tied(matches)]
    naming = [held for held in bodies if held]
    if not naming or any(body not in held for held in naming) or len(set.intersection(*map(set, naming))) > 1:
        return None  # another best item names another body, or every one names two
    for match in [m for m in best_tied(matches) if body in with_event(m.document, index)]:
        if written := written_name(body, match.document, index):
            name, citation = written
            item = match.document.item
            explanation = (
                f"the {question.focus} that {item.id} names, read with its event, as do the best items"
            )
            return answered(question, name, name, explanation, [cite(item.id, citation)])
    return None
