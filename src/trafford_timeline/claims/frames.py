"""What a text asserts, read once: the public entry point for anything that reads claims or questions.

`read_assertions` gives the reading (terms, negations, dates, quantities, grades, areas), the parts a
compound claim joins, and each structured assertion found: a change of grade, a relation between two
dated things, a duration, who the text says spoke, and which people of the record it names. The
checker (`check.check_claim`) decides verdicts from these; `compare.candidates` retrieves the record
items a reading matches, each compared field by field.
"""

from __future__ import annotations

from dataclasses import dataclass

from trafford_timeline.claims.grades import GradeChange, read_change
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.parts import split_parts
from trafford_timeline.claims.people import holder_name, named_in, speaker_of
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.relations import Duration, Relation, read_duration, read_relation


@dataclass(frozen=True)
class Assertions:
    text: str
    reading: Reading
    parts: tuple[str, ...]
    """The statements a compound text joins, each with the date it inherits; one part if it joins none."""
    grade_change: GradeChange | None = None
    relation: Relation | None = None
    duration: Duration | None = None
    speaker: str | None = None
    """The person of the record the text says spoke, as the record names them."""
    people: tuple[str, ...] = ()
    """The people of the record the text names."""


def read_assertions(text: str, index: ClaimIndex) -> Assertions:
    """Read a claim or question into what it asserts, without deciding whether the record agrees."""
    cleaned = " ".join(text.split())
    reading = read_text(cleaned, index.glossary, index.vocabulary, correct=True)
    speaker = speaker_of(cleaned, index)
    return Assertions(
        text=cleaned,
        reading=reading,
        parts=tuple(split_parts(cleaned, index)),
        grade_change=read_change(fold(cleaned), reading),
        relation=read_relation(cleaned),
        duration=read_duration(cleaned),
        speaker=holder_name(speaker) if speaker is not None else None,
        people=tuple(holder_name(person) for person in named_in(cleaned, index)),
    )
