"""`Name the council's deputy leader.`: an order to name one person, asked as `who was...?` is asked.

An imperative that opens with "name" reads as asking for a list (`Name the areas...`), and a list of
one post holder is no list: the list readers then give whatever a quote lists near the post's words.
Where what follows "name" is one post, by a singular noun for a person who holds one ("leader",
"director", "chair"), the order asks who held it, and is answered as "Who was the council's deputy
leader?" is, "not stated" included. Anything else stays as it was read.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.language import fold, stem
from trafford_timeline.claims.question import plural

_NAME = re.compile(
    r"^(?:please )?name (?P<post>(?:the |[a-z'’-]+(?:'s|’s) )(?:[a-z'’-]+ ){0,3}?[a-z'’-]+)"
    r"(?P<rest>(?: (?:of|for|at|in|during|when|after|before|as of|by) [^.?!]+)?)[.?!]*$"
)
"""`Name Trafford's deputy leader at the time.`: the post, and what follows it (whose post, when)."""
_HOLDER_WORDS = """leader director executive chair chairman chairwoman secretary minister adviser advisor
councillor mayor commissioner head"""
_HOLDERS = frozenset(stem(word) for word in _HOLDER_WORDS.split())
"""Singular nouns for one who holds a post: the last word of the post named."""


def as_who(text: str) -> str | None:
    """The order as a `who` question, or None where it does not name one post holder."""
    found = _NAME.match(fold(text).strip())
    if found is None:
        return None
    last = found["post"].split()[-1]
    if plural(last) or stem(last) not in _HOLDERS:
        return None
    return f"Who was {found['post']}{found['rest']}?"


_WHICH_PERSON = re.compile(
    r"^(?:which|what) (?:people|persons?|individuals?|(?:post|office)[- ]?holders?"
    r"|groups?(?= (?:was|were|is|are|will|would|had|has|have)\b))\b(?!['’])"
)
"""`Which people were promoted...?`, `which post-holders filled the roles?`, `which group were to sit
on the panel?`: a noun that says only that persons (holding posts, or together) are asked for, as
`who` asks; "which group of services" names what the group is of, and is not asked so."""


def which_person_as_who(text: str) -> str | None:
    """The question asked with `who` in place of "which people" or "which person", or None where it
    does not open so ("which people's views...?" asks of views, not of people)."""
    folded = fold(text).strip()
    found = _WHICH_PERSON.match(folded)
    if found is None:
        return None
    return f"Who{folded[found.end() :]}"
