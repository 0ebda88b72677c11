"""A yes/no question about all of something, answered "no" by a record that denies it of some, or
by a record in which the one the question names said it only of some.

"Were all the teams getting regular supervision?" against "in some teams, gaps ... have left workers
without regular supervision": the record speaks of fewer than the question, so as a claim it is
only unstated; but what the record says of those few is the opposite, and one team without
supervision is enough to make "all teams had it" false. The record saying the same thing of some
("some teams had regular supervision") says nothing of the rest, and answers nothing by itself; but a
question about what a body said ("did Ofsted say caseloads were high in every team?") is answered by
what that body said, and an item of that body's that says it of some is a narrower thing than all.
So is a question of all against a record that names the some it says it of, as a part of a plural
whole ("in some teams", "some of the wards", "in places"): a writer who sets such bounds on what
they found says it does not hold of the rest, and "were waiting lists too long on every ward?" is
"no" where the record says they were "too long on some wards".
"""

from __future__ import annotations

import re

from trafford_timeline.claims.compare import SOME, how_many, says_all, says_of_part_only
from trafford_timeline.claims.event_bag import with_event
from trafford_timeline.claims.index import ClaimIndex, own_text
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import (
    MATCH,
    Answer,
    Match,
    answered,
    denies,
    evidence_of,
    ranked,
    read,
)
from trafford_timeline.claims.question import Question


def _best_for_all(question: Question, index: ClaimIndex) -> Match | None:
    """The best-matched item of a yes/no question said of all (not "not all"), if it matches well."""
    asked = question.declarative
    if question.form != "yes_no" or not says_all(asked):
        return None
    matches = ranked(question.content, index)
    return matches[0] if matches and matches[0].coverage >= MATCH else None


def answer_all_denied_of_some(question: Question, index: ClaimIndex) -> Answer | None:
    """ "no" where the question says all and the best-matched item denies the same of some; else None."""
    best = _best_for_all(question, index)
    if best is None:
        return None
    if how_many(fold(own_text(best.document.item))) != SOME or not denies(question.content, best.document):
        return None
    explanation = (
        f"the question asks this of all; {best.document.item.id} says the opposite of some, so not of all"
    )
    return answered(question, "no", "no", explanation, evidence_of(best.document, question.content))


def answer_all_of_some_only(question: Question, index: ClaimIndex) -> Answer | None:
    """ "no" where the question says all and the best-matched item says the same of a named part of
    the whole (`says_of_part_only`), without denying it; else None."""
    best = _best_for_all(question, index)
    if best is None:
        return None
    own = fold(own_text(best.document.item))
    if not says_of_part_only(own) or denies(question.content, best.document):
        return None
    explanation = (
        f"the question asks this of all; {best.document.item.id} says it of only some, which bounds "
        "what was found to part of the whole, so not of all"
    )
    return answered(question, "no", "no", explanation, evidence_of(best.document, question.content))


_SAID_BY = re.compile(
    r"^(?:did|does|do|had|has|have) (?P<who>(?:[a-z'-]+ ){1,5}?)(?:say|said|find|found|report|reported|"
    r"state|stated|conclude|concluded|judge|judged)\b"
)
"""`Did Ofsted say...`, `Had the report found...`: the question asks what the one it names said."""


def answer_all_said_of_some(question: Question, index: ClaimIndex) -> Answer | None:
    """ "no" where the question asks whether a body said something of all and the best-matched item,
    that body's own (in its words or its event's), says the same of only some; else None."""
    asked = question.declarative
    if question.form != "yes_no" or not says_all(asked):
        return None
    said = _SAID_BY.match(question.folded)
    if said is None:
        return None
    who = set(read(said["who"], index).terms) - index.glossary.implied
    matches = ranked(question.content, index)
    if not who or not matches or matches[0].coverage < MATCH:
        return None
    best = matches[0]
    if how_many(fold(own_text(best.document.item))) != SOME or denies(question.content, best.document):
        return None
    if not who <= with_event(best.document, index):
        return None  # another's words: what the one named said is not in the record
    explanation = f"the question asks whether this was said of all; {best.document.item.id} says it of some"
    return answered(question, "no", "no", explanation, evidence_of(best.document, question.content))
