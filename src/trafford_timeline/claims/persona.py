"""Who the asker is: "As a councillor on the committee, when should I expect the next update?".

A question may open by saying who asks ("As a committee member, ...", "As a parent, ..."), and then
speak of the asker as "I" or "we". That opening says nothing about what is asked, only who asks: it is
left out, as "according to the minutes" is. Only an opening that names a role ("as a" or "as an" and
a noun phrase up to a comma) and a question that speaks in the first person are read so: "As a result
of the report, what...?" opens with a cause, and "As a councillor, what did Weston say?" may ask
about councillors, so both keep their opening.
"""

from __future__ import annotations

import re

_PERSONA = re.compile(
    r"^as (?:a|an) (?!(?:result|consequence|part|matter|whole|rule|first|next|final|further)\b)"
    r"(?P<role>[a-z' -]{2,60}),\s*(?P<rest>(?:what|when|who|whom|whose|which|how|why|where)\b.+)$"
)
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|we|us|our)\b")


def without_persona(folded: str) -> str:
    """A folded question without an opening that only says who asks (see the module's docstring)."""
    found = _PERSONA.match(folded)
    if found is None or not _FIRST_PERSON.search(found["rest"]):
        return folded
    return found["rest"]
