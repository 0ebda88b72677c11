"""Whether two sources the question names agree on a matter: read from the record's disagreements.

"Do the Gazette and the 3 June article agree on whether the panel met?" asks about the sources, not
about the panel: no item says it, but a recorded disagreement does where its topic is the matter
asked and one of the two sources says something on a side the other is not on. Then they do not
agree ("no"; "yes" to "do they differ?"). With no such disagreement this says nothing: sources may
agree, or speak of different things, and the record does not say which.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import DISPUTE, Answer, cite, coverage_of, read, unique
from trafford_timeline.claims.publication_named import publisher_name
from trafford_timeline.dates import FULL_MONTHS
from trafford_timeline.record.model import Conflict, Source

_AGREE = re.compile(
    r"^(?:do|did|does) (?P<a>.+?) and (?P<b>.+?) (?P<verb>agree|concur|disagree|differ|conflict)"
    r"(?: (?:on|about|over|as to|in saying))? (?:whether |that |how |when |who )?(?P<matter>.+?)\??$"
)
"""`Do A and B agree on whether X?`, `Did A and B differ over X?`: two sources and the matter."""
_AT_ODDS = frozenset({"disagree", "differ", "conflict"})
_MINUTES = re.compile(r"\bminutes\b")


def _days_named(source: Source) -> list[str]:
    """The ways a question names a source by its day of publication: "23 may", "may 23"."""
    try:
        day = date.fromisoformat(source.date or "")
    except ValueError:
        return []
    month = fold(FULL_MONTHS[day.month])
    return [f"{day.day} {month}", f"{month} {day.day}"]


def files_named(phrase: str, sources: Sequence[Source]) -> frozenset[str]:
    """The files of the one source (or publisher) a phrase of the question names, or none."""
    folded = fold(phrase)
    named = {
        s.file
        for s in sources
        if ((name := publisher_name(s)) and fold(name) in folded)
        or any(re.search(rf"\b{day}\b", folded) for day in _days_named(s))
        or (s.kind == "committee_minutes" and _MINUTES.search(folded))
    }
    return frozenset(named)


def _apart(conflict: Conflict, a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one of the two sources says something on a side the other says nothing on."""
    for side in conflict.sides:
        files = {c.source for c in side.citations}
        if bool(files & a) != bool(files & b):
            return True
    return False


def answer_sources_agree(
    text: str, index: ClaimIndex, conflicts: Sequence[Conflict], sources: Sequence[Source]
) -> Answer | None:
    """ "no" (or "yes" to a question of differing) where a recorded disagreement on the asked matter
    puts the two named sources apart; None otherwise."""
    found = _AGREE.match(fold(text).strip())
    if found is None:
        return None
    a, b = files_named(found["a"], sources), files_named(found["b"], sources)
    if not a or not b or a & b:
        return None
    matter = read(found["matter"], index)
    if not matter.terms:
        return None
    for conflict in conflicts:
        if conflict.kind != "disagreement" or not _apart(conflict, a, b):
            continue
        said = " ".join([conflict.topic, *(side.statement for side in conflict.sides)])
        if coverage_of(matter, set(read(said, index).terms), index)[0] < DISPUTE:
            continue
        odds = found["verb"] in _AT_ODDS
        reply = "yes" if odds else "no"
        evidence = unique(
            (cite(conflict.id, c) for side in conflict.sides for c in side.citations if c.source in a | b), 8
        )
        explanation = f"the sources disagree on this ({conflict.id}), the two named on different sides"
        return Answer(text, "answered", reply, reply, "yes_no", explanation, evidence)
    return None
