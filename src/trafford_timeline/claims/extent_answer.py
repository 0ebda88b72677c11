"""A yes/no question about all of something, answered "no" by a record that denies it of some.

"Were all the teams getting regular supervision?" against "in some teams, gaps ... have left workers
without regular supervision": the record speaks of fewer than the question, so as a claim it is
only unstated; but what the record says of those few is the opposite, and one team without
supervision is enough to make "all teams had it" false. The record saying the same thing of some
("some teams had regular supervision") says nothing of the rest, and answers nothing here.
"""

from __future__ import annotations

from trafford_timeline.claims.compare import _NOT_ALL, ALL, _how_many
from trafford_timeline.claims.index import ClaimIndex, own_text
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import MATCH, Answer, answered, denies, evidence_of, ranked
from trafford_timeline.claims.question import Question

SOME = 1
"""The extent `compare` gives "some", "several", "in places"."""


def answer_all_denied_of_some(question: Question, index: ClaimIndex) -> Answer | None:
    """ "no" where the question says all and the best-matched item denies the same of some; else None."""
    asked = question.declarative
    if question.form != "yes_no" or _how_many(asked) != ALL or _NOT_ALL.search(asked):
        return None
    matches = ranked(question.content, index)
    if not matches or matches[0].coverage < MATCH:
        return None
    best = matches[0]
    if _how_many(fold(own_text(best.document.item))) != SOME or not denies(question.content, best.document):
        return None
    explanation = (
        f"the question asks this of all; {best.document.item.id} says the opposite of some, so not of all"
    )
    return answered(question, "no", "no", explanation, evidence_of(best.document, question.content))
