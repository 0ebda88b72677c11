"""A claim that reports what one side of a recorded dispute said, in that side's own speaker's voice:
"committee members asked why the rating fell from outstanding" is true of the minutes that record
them asking it, whatever the record's assessment makes of the rating itself.

The dispute's assessment weighs what happened; a claim about who said or asked what is true of the
side whose quote has that very speaker say or ask it. Only a claim that opens with a speaker and a
verb of saying or asking, against a side's quote that opens with the same speaker and such a verb,
is read this way: "the DfE appoints an adviser" reports an act, not a saying, and stays with the
assessment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import Vocabulary, read_text
from trafford_timeline.record.model import Citation

_SAID = re.compile(
    r"^(?P<who>[^,;:.!?\"“”‘’']{2,60}?)\s+(?:said|says|described|describes|asked|asks|questioned|questions|"
    r"queried|queries|sought|seeks|pressed|raised|told|claimed|claims|stated|states)\b"
)
"""A speaker put first and what they said or asked: "councillors at the meeting described ...",
"members sought clarification on ...". Nothing quoted or set off by punctuation comes before it."""


def _speaker(text: str, glossary: Glossary, vocabulary: Vocabulary | None) -> str | None:
    """The speaker a text opens with, as the reader's one concept for it; None where it opens
    otherwise or the speaker is not a named kind of body or person (a concept)."""
    found = _SAID.match(fold(text).strip())
    if found is None:
        return None
    terms = read_text(found["who"], glossary, vocabulary).terms
    return terms[0] if terms and terms[0].startswith("concept:") else None


def speaks_for_side(
    claim: str, side: Sequence[Citation], glossary: Glossary, vocabulary: Vocabulary | None
) -> bool:
    """Whether the claim reports the saying of the speaker a side's quote has say it."""
    speaker = _speaker(claim, glossary, vocabulary)
    return speaker is not None and any(
        _speaker(citation.quote, glossary, vocabulary) == speaker for citation in side
    )
