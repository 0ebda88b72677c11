"""A yes/no question that names its source, on a matter the sources disagree on: that source's side.

"According to the 3 June bulletin, had the panel met?" asks what that one source says, not what
happened, so a recorded disagreement on the matter does not leave it open: the answer is the side
the named source takes, with its own quote. The side's yes or no is read from the claim checker's
verdict on the question's statement, which follows the record's assessment of the dispute: a
statement the favoured side supports is "yes" on that side and "no" on the other, and one it
denies the reverse. A source quoted on both sides (a headline one way, its body the other) is read
as the record's assessment reads it, on the favoured side. Only a dispute of two sides, one of
them favoured, is answered so; a source on neither side, or an assessment that favours neither,
leaves the question disputed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import Answer, cite, unique
from trafford_timeline.claims.question import read_question
from trafford_timeline.claims.sources_agree import files_named
from trafford_timeline.record.model import Conflict, Source

_ACCORDING = re.compile(
    r"^(?:according to|as (?:reported|told|said) (?:in|by)|per) (?P<named>[^,?]{3,80}),"
    r"|,\s*(?:according to|as (?:reported|told|said) (?:in|by)|per) (?P<after>[^,?]{3,80})\??$"
)
"""`According to the 3 June bulletin, ...?` or `..., according to the bulletin?`: the source the
question asks the account of."""


def named_source(text: str, sources: Sequence[Source]) -> frozenset[str]:
    """The files of the source a question asks the account of, or none."""
    found = _ACCORDING.search(fold(text).strip())
    if found is None:
        return frozenset()
    return files_named(found["named"] or found["after"], sources)


def answer_named_side(
    text: str, answer: Answer, index: ClaimIndex, conflicts: Sequence[Conflict], sources: Sequence[Source]
) -> Answer | None:
    """The yes or no of the side a disputed yes/no question's named source takes; None otherwise."""
    from trafford_timeline.claims.check import check_claim  # the checker reads the question modules

    if answer.status != "disputed" or answer.kind != "yes_no":
        return None
    files = named_source(text, sources)
    disputed = {e.id for e in answer.evidence}
    found = [c for c in conflicts if c.id in disputed]
    if not files or len(found) != 1:
        return None
    conflict = found[0]
    favoured = conflict.favours
    if favoured is None or len(conflict.sides) != 2:
        return None
    question = read_question(text, index.glossary, index.vocabulary)
    check = check_claim(question.declarative, index)
    note = check.conflict
    if note is None or note.id != conflict.id or not note.dissent:
        return None
    if check.verdict not in {"supported", "contradicted"}:
        return None
    on = [n for n, side in enumerate(conflict.sides) if any(c.source in files for c in side.citations)]
    if not on:
        return None
    side = favoured if favoured in on else on[0]
    says = check.verdict == "supported" if side == favoured else check.verdict == "contradicted"
    reply = "yes" if says else "no"
    quotes = [c for c in conflict.sides[side].citations if c.source in files]
    named = ", ".join(sorted(files))
    explanation = (
        f"the question asks what {named} says; the sources disagree ({conflict.id}), and it takes the "
        f"side: {conflict.sides[side].statement.rstrip('.')}"
    )
    evidence = unique(cite(conflict.id, c) for c in quotes)
    return Answer(text, "answered", reply, reply, "yes_no", explanation, evidence)
