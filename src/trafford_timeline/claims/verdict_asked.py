"""A `what` question that asks for Ofsted's verdict on a judgement it names by the judgement's own name.

"What did Ofsted conclude in 2019 about the impact of leaders on social work practice?" names the
ILACS leadership judgement in the words of the framework and asks what the inspection concluded on
it: the grade, as "what grade..." asks. Only a verb of concluding or judging does this ("what did
Ofsted find about..." may ask for a finding in words), only with a year or an inspection named,
and only where a framework's long name is used, never a bare area label a finding may share.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trafford_timeline.claims.question import Question
from trafford_timeline.claims.slots_time import _long_names

_VERDICT_VERB = re.compile(
    r"^what (?:did|does|do|had|has|have)\b.*\b(?:conclude|concluded|judge|judged|decide|decided|"
    r"rule|ruled)\b(?=.*\b(?:on|about|of|for)\b)"
)


def as_verdict(question: Question) -> Question:
    """The question as a grade question where it asks the verdict on a judgement named in full."""
    if question.form != "what" or not _VERDICT_VERB.match(question.folded):
        return question
    if not re.search(r"\b(?:19|20)\d\d\b|\binspection\b", question.folded):
        return question
    named = _long_names(question.folded)
    if len(named) != 1 or not any(framework for names in named.values() for framework in names):
        return question
    return replace(question, form="grade")
