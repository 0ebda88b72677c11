"""A grade a question gives for the one year it names, while it asks the grade changed to.

`Which grade did leadership fall to, having been outstanding in 2015?` names 2015 only as the year of
the grade it gives: the grade it asks for is the one the area fell to, at the next inspection on
record, not the grade of 2015 (which the question itself states). Read only where the question asks
for a grade reached by a change ("fall to", "dropped into") and the year stands right after a grade.
"""

from __future__ import annotations

import re

_CHANGED_TO = re.compile(
    r"\b(?:downgrad|drop|fell|fall|slid|slip|sank|sink|declin|deteriorat|plung|plummet|tumbl|collaps|"
    r"improv|rose|rise|upgrad|lower|mov|went|go|climb)[a-z]* (?:[a-z'’-]+ ){0,2}?(?:to|into)\b"
)
"""A change and where it ended: "fall to", "dropped down to", "was downgraded to"."""
_GRADE_IN_YEAR = re.compile(
    r"\b(?P<grade>outstanding|good|inadequate|requires? improvement(?: to be good)?)['’\"]?,? "
    r"(?:in|during|for|at|back in) (?:the )?(?P<year>(?:19|20)\d\d)\b"
)
"""A grade given with its year: "having been outstanding in 2015", "from 'good' in 2015"."""
_GRADES = {"outstanding": "outstanding", "good": "good", "inadequate": "inadequate"}


def grade_given_for_year(folded: str) -> tuple[str, int] | None:
    """The grade (as the record names it) and the year a question gives it for, where the question asks
    the grade a change led to; None otherwise."""
    if not _CHANGED_TO.search(folded):
        return None
    found = list(_GRADE_IN_YEAR.finditer(folded))
    if len(found) != 1:
        return None
    word = found[0]["grade"]
    return _GRADES.get(word, "requires_improvement"), int(found[0]["year"])
