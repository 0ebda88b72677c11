"""An item's terms with its event's: what a fact is about includes the event the record files it under.

"The notice says the unnamed advisor may require..." is filed under the adviser's appointment, and
"the council declined to further comment" under the DfE's announcement of an adviser: a question
that names the appointment or the adviser asks about those facts, though their own words do not.
Used only where an answer is read from the fact's own structure or words (whether its post's holder
is named, whether its act was refused, whether it names the body a question has act), never to
decide a claim.
"""

from __future__ import annotations

from trafford_timeline.claims.index import ClaimIndex, Document, own_text
from trafford_timeline.claims.reading import read_text
from trafford_timeline.record.model import CommitmentFact


def with_event(document: Document, index: ClaimIndex) -> frozenset[str]:
    """The document's terms and, for a fact filed under an event, the event's."""
    event = getattr(document.item, "event", None)
    if isinstance(event, str) and event in index.numbers:
        return document.bag | index.document_of(event).bag
    return document.bag


def imposed_by(document: Document) -> str:
    """Who imposed a commitment (the record's `required_by`: the Department for Education, for what
    its notice orders), or "": the body whose act a demanded commitment is, though the commitment's
    own words name only what is to be done."""
    item = document.item
    return (item.required_by or "") if isinstance(item, CommitmentFact) else ""


def with_event_title(document: Document, index: ClaimIndex) -> frozenset[str]:
    """The document's terms and, for a fact filed under an event, the terms of the event's title:
    what the event is (the DfE's notice), not every word its quotes hold ("following the Ofsted
    inspection"), so that a body named only there is not taken for the one that acts; and who
    imposed a commitment (`imposed_by`)."""
    event = getattr(document.item, "event", None)
    texts = [imposed_by(document)]
    if isinstance(event, str) and event in index.numbers:
        texts.append(own_text(index.document_of(event).item))
    return document.bag.union(*(read_text(text, index.glossary, index.vocabulary).terms for text in texts))
