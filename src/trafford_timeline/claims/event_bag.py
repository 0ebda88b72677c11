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


def with_event(document: Document, index: ClaimIndex) -> frozenset[str]:
    """The document's terms and, for a fact filed under an event, the event's."""
    event = getattr(document.item, "event", None)
    if isinstance(event, str) and event in index.numbers:
        return document.bag | index.document_of(event).bag
    return document.bag


def with_event_title(document: Document, index: ClaimIndex) -> frozenset[str]:
    """The document's terms and, for a fact filed under an event, the terms of the event's title:
    what the event is (the DfE's notice), not every word its quotes hold ("following the Ofsted
    inspection"), so that a body named only there is not taken for the one that acts."""
    event = getattr(document.item, "event", None)
    if isinstance(event, str) and event in index.numbers:
        title = own_text(index.document_of(event).item)
        return document.bag | frozenset(read_text(title, index.glossary, index.vocabulary).terms)
    return document.bag
