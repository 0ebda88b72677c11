"""Where a claim touches a recorded conflict: which side it takes, who dissents, and the note a
verdict carries, following the record's assessment."""

from __future__ import annotations

from collections.abc import Sequence

from trafford_timeline.claims.attributed_side import speaks_for_side
from trafford_timeline.claims.compare import Comparison
from trafford_timeline.claims.index import ClaimIndex, same_quote
from trafford_timeline.claims.modal_side import takes_modal_side
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.verdicts import (
    ClaimCheck,
    ConflictNote,
    Evidence,
    cite,
    unique,
)
from trafford_timeline.record.model import Citation, Conflict


def _disputed_near(related: Sequence[Comparison], reading: Reading, index: ClaimIndex) -> ConflictNote | None:
    """The recorded dispute a claim the record cannot decide touches, so that the reader is told the
    sources disagree on it: the closest item's one side of a conflict the claim is about."""
    if not related:
        return None
    sides = [(c, n) for c, n in index.sides_of(related[0].document.item) if _about(c, reading, index)]
    if len(sides) != 1:
        return None
    ((conflict, side),) = sides
    favoured = conflict.sides[conflict.favours].statement if conflict.favours is not None else None
    return ConflictNote(conflict.id, favoured, _sources(conflict, {side}))


def _matched(comparison: Comparison, reading: Reading) -> str:
    """What matched, in the claim's own words: `matches what the record says of: early help, range`."""
    item = comparison.document.item
    words = [w for w in dict.fromkeys(reading.words) if w.isalpha()][:6]
    said = ", ".join(words) if words else "this"
    return f"{item.id} says this ({said})"


def _follow_dispute(
    check: ClaimCheck,
    deciding: list[Comparison],
    others: list[Comparison],
    reading: Reading,
    index: ClaimIndex,
    compared: Sequence[Comparison] = (),
) -> ClaimCheck:
    """A verdict decided by one side of a recorded conflict follows the record's assessment of it.

    Supported by the favoured side: supported, and it says so. Supported by the side the assessment
    does not favour: contradicted. Where the assessment favours neither side and another side's
    item speaks against the verdict: disputed. So is a claim one side denies where the assessment
    favours neither and an item the record holds if the other side is right (`compared`, every item
    weighed) matches it as well without denying it: one source says it, another denies it.
    """
    sides = [
        (conflict, side)
        for conflict, side in index.sides_of(deciding[0].document.item)
        if _about(conflict, reading, index)
    ]
    if len(sides) != 1:
        return check
    ((conflict, side),) = sides
    if not _rests_on(deciding[0], reading, conflict.sides[side].citations):
        return check  # the item takes a side in another of its quotes: "deteriorated", not its grade
    best = deciding[0].coverage
    also = {
        other
        for c in deciding
        if c.coverage >= best - 0.05
        for found, other in index.sides_of(c.document.item)
        if found.id == conflict.id
    }
    if also - {side}:  # as well said by both sides: "the DfE said it would appoint an adviser"
        favoured = conflict.sides[conflict.favours].statement if conflict.favours is not None else None
        return _with(check, ConflictNote(conflict.id, favoured), check.explanation, check.evidence)
    other_sides = {
        other for c in others for found, other in index.sides_of(c.document.item) if found.id == conflict.id
    } - {side}
    favoured = conflict.sides[conflict.favours].statement if conflict.favours is not None else None
    dissent = _sources(conflict, {n for n in range(len(conflict.sides)) if n != side})
    note = ConflictNote(conflict.id, favoured, dissent)
    evidence = check.evidence + tuple(
        cite(conflict.id, c, 1.0) for n, s in enumerate(conflict.sides) if n != side for c in s.citations[:1]
    )
    said = "supports" if check.verdict == "supported" else "speaks against"
    if conflict.favours is None:
        if check.verdict == "contradicted" and not other_sides:
            other_sides = _left_open_by(conflict, side, deciding[0].coverage, compared, index)
        if not other_sides:  # one side says it, and no item of another speaks against it
            why = check.explanation
            if check.verdict == "supported":
                topic = conflict.topic.rstrip(".")
                why = f"{why}; the sources differ on a related point ({topic}), but none denies this"
            return _with(check, note, why, check.evidence)
        why = (
            f"the sources disagree ({conflict.topic.rstrip('.')}): {_files(conflict, side)} {said} the "
            f"claim, {', '.join(dissent)} the other way, and the record's assessment favours neither side"
        )
        return ClaimCheck(check.claim, "disputed", why, unique(evidence), conflict=note)
    if conflict.favours == side:
        why = f"{check.explanation}; the sources disagree, and the record's assessment favours this side"
        return _with(check, note, why, unique(evidence))
    if check.verdict == "supported" and takes_modal_side(
        check.claim, conflict.sides[conflict.favours].citations, conflict.sides[side].citations
    ):
        why = (
            f"{check.explanation}; it says what is still to come, as the side the record's "
            "assessment favours does"
        )
        favouring = tuple(cite(conflict.id, c, 1.0) for c in conflict.sides[conflict.favours].citations)
        return _with(check, note, why, unique(favouring + check.evidence))
    if check.verdict == "supported" and speaks_for_side(
        check.claim, conflict.sides[side].citations, index.glossary, index.vocabulary
    ):
        why = (
            f"{check.explanation}; the claim reports what its speaker said, as {_files(conflict, side)} "
            f"records it, though the record's assessment favours the other side: {favoured}"
        )
        return _with(check, note, why, unique(evidence))
    if check.verdict == "supported":
        why = (
            f"only {_files(conflict, side)} says this, and the record's assessment of the dispute "
            f"favours the other side: {favoured}"
        )
        against = ConflictNote(conflict.id, favoured, _sources(conflict, {side}))
        favouring = tuple(cite(conflict.id, c, 1.0) for c in conflict.sides[conflict.favours].citations)
        return ClaimCheck(
            check.claim, "contradicted", why, unique(favouring + check.evidence), conflict=against
        )
    why = (
        f"only {_files(conflict, side)} speaks against it ({check.explanation}), and the record's "
        f"assessment of the dispute favours the other side: {favoured}"
    )
    return ClaimCheck(check.claim, "not_found", why, related=check.evidence[:3], conflict=note)


WHOLE = 0.99
"""The coverage of an item that holds all of a claim's weight."""


def _left_open_by(
    conflict: Conflict, side: int, coverage: float, compared: Sequence[Comparison], index: ClaimIndex
) -> set[int]:
    """The other sides of a conflict an item stands for that holds every word of the claim, matched as
    closely as the denying one, without denying it: "she started in March" is denied by the side that
    says February, and left open by the item dated February to early March that holds if the side
    that says March is right."""
    found: set[int] = set()
    for comparison in compared:
        if comparison.conflicts or comparison.coverage < max(WHOLE, coverage - 0.05):
            continue  # it must say all the claim says but the disputed point ("as inspectors arrived")
        item = comparison.document.item
        found |= {n for n, s in enumerate(conflict.sides) if n != side and item.id in s.items}
        found |= {n for c, n in index.sides_of(item) if c.id == conflict.id and n != side}
    return found


def _rests_on(comparison: Comparison, reading: Reading, disputed: Sequence[Citation]) -> bool:
    """Whether a quote the claim shares most words with is the disputed one, and not another quote
    of the same item, which may take a side on something else: a finding of a deterioration that
    also quotes a disputed grade."""
    terms = set(reading.terms)
    document = comparison.document
    shared = [
        (len(terms & quote_terms), any(same_quote(citation, other) for other in disputed))
        for citation, quote_terms in zip(document.item.citations, document.quote_terms, strict=True)
    ]
    most = max(count for count, _ in shared)
    return any(on_side for count, on_side in shared if count == most)


def _about(conflict: Conflict, reading: Reading, index: ClaimIndex) -> bool:
    """Whether the claim speaks to what the sources disagree on: most of the topic's terms."""
    topic = set(read_text(conflict.topic, index.glossary, index.vocabulary).terms) - index.glossary.implied
    return bool(topic) and len(topic & set(reading.terms)) >= len(topic) / 2


def _with(
    check: ClaimCheck, note: ConflictNote, explanation: str, evidence: tuple[Evidence, ...]
) -> ClaimCheck:
    return ClaimCheck(check.claim, check.verdict, explanation, evidence, check.related, note)


def _sources(conflict: Conflict, sides: set[int]) -> tuple[str, ...]:
    """The sources that speak only for these sides: a source quoted on another side as well (a
    headline one way, its body the other) is of two minds, and not a dissenter."""
    others = {c.source for n, s in enumerate(conflict.sides) if n not in sides for c in s.citations}
    mine = tuple(dict.fromkeys(c.source for n in sorted(sides) for c in conflict.sides[n].citations))
    return tuple(source for source in mine if source not in others) or mine


def _files(conflict: Conflict, side: int) -> str:
    return ", ".join(_sources(conflict, {side}))
