"""`Who said children were not helped to give feedback?`: the inspectorate, whose finding it is.

The record files what an inspection report found or recommended as findings and recommendations, not
as statements, so a `said` question about one finds no speaker. Yet who said it is plain: the body of
the inspection the finding is filed under, which the event's own quotes name ("Ofsted"). The answer
is given only where the items that best match the whole question are all findings or recommendations
of one body's inspection, matched fully, with whatever the question says was said ("described as
damning") in their own words, and no word of the question the record never uses (which the reader
would otherwise drop, and the finding never said); a question that names its speaker by a noun for a
person ("which leader said") is never answered by a body, nor one that a statement matches as well: a
statement's speaker said it in their own right.
"""

from __future__ import annotations

from dataclasses import replace

from trafford_timeline.claims.index import ClaimIndex, Document
from trafford_timeline.claims.language import stem
from trafford_timeline.claims.matching import (
    MATCH,
    Answer,
    answered,
    cite,
    floor_of,
    light_now,
    ranked,
    read,
    unknown_words,
)
from trafford_timeline.claims.question import BODIES, Question
from trafford_timeline.claims.slots_body import written_name
from trafford_timeline.claims.slots_people import own_stems, said_words_of, speaker_noun
from trafford_timeline.claims.slots_text import best_tied
from trafford_timeline.record.model import FindingFact, RecommendationFact

_BODY_NOUNS = frozenset(stem(w) for w in ("body", "organisation", "organization", "agency", "regulator"))
"""Nouns that ask for a body as such ("which body said..."): the inspectorate may be one. Not the nouns
for a particular kind of body ("which council", "which department"), which the inspectorate is not."""


def _inspecting_body(document: Document, index: ClaimIndex) -> str | None:
    """The one body a finding's or recommendation's event names: the inspection's."""
    item = document.item
    event = item.event if isinstance(item, FindingFact | RecommendationFact) else None
    if event is None or event not in index.numbers:
        return None
    named = index.document_of(event).bag & BODIES
    return next(iter(named)) if len(named) == 1 else None


def said_by_inspectorate(question: Question, index: ClaimIndex) -> Answer | None:
    """The body whose inspection found or recommended what a `said` question asks about, where the best
    items are all its findings or recommendations and no statement matches as well; None otherwise."""
    if question.form != "said":
        return None
    noun = speaker_noun(question)
    if any(stem(word) != noun for word in unknown_words(read(question.folded, index), index)):
        return None  # a word the record never uses is part of what was said, which no finding says
    reading, asked = question.content, BODIES
    if noun is not None:
        said_as = " ".join(w for w in question.content.words if stem(w) == noun)
        named = frozenset(read(said_as, index).terms)
        if noun not in _BODY_NOUNS and not named & BODIES:
            return None  # "which leader said...": a person of that kind, never a body
        asked = named & BODIES or BODIES  # "which inspectorate said...": that body alone
        reading = replace(reading, terms=tuple(t for t in reading.terms if t not in named))
    matches = [m for m in ranked(reading, index) if m.coverage >= floor_of(question, MATCH)]
    tied = best_tied(matches)
    if not tied or any(set(m.missing) - light_now() for m in tied):
        return None  # only a light verb of the question ("rested on") may be missing
    bodies = {_inspecting_body(m.document, index) for m in tied}
    if len(bodies) != 1 or None in bodies or not bodies <= asked:
        return None  # a statement, a role or another body's item matches as well
    said = said_words_of(question)
    if said and not all(said <= own_stems(m.document.item) for m in tied):
        return None  # "who described the findings as stark?": the finding must say "stark"
    (body,) = bodies
    assert body is not None
    best = tied[0].document
    written = written_name(body, best, index)
    if written is None:
        return None
    name, _ = written
    evidence = [cite(best.item.id, citation) for citation in best.item.citations]
    how = f"{best.item.id} is a finding of the inspection it is filed under, which {name} made"
    return answered(question, name, name, how, evidence)
