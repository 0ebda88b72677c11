"""A person said to have served in a post (`had run the council as its chief executive since 2016`).

"Served as" or "ran the council as" a post says the person held that post, which is how
the record puts it ("had been chief executive since ..."). The verb and the body run are words the
item need not say, so the claim is not found even where the item dates the person's start in the
post otherwise. Read as holding the post, the claim is taken only where the record contradicts it:
running a council as its chief executive says more than holding the title, so agreement does not
support it.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.relations import STATE_NOUN

_SERVED = re.compile(
    r"\b(?P<aux>had|has|have)\s+(?:served|worked|run|led|headed|steered)\s+"
    r"(?:(?:the\s+)?[A-Za-z'’-]+\s+){0,2}?as\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?=[a-z])",
)
"""`had served as`, `has worked as the`, `had run Trafford as`, `had led the council as its`: up to two
words of what was run between the verb and `as`; the post after it starts in lower case, where a
capital would name a person or a body run."""


def as_holding(text: str) -> str | None:
    """The claim with its serving in a post read as holding the post (`had been interim chief
    executive`); None where it says no such thing."""
    found = _SERVED.search(text)
    if found is None:
        return None
    return f"{text[: found.start()]}{found['aux']} been {text[found.end() :]}"


_OF_A_POST = re.compile(
    rf"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bthis )(?<!\bthat )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    rf"(?<=[A-Za-z'’] )(?:{STATE_NOUN.pattern})(?=\s+(?!of\b)[a-z])",
    re.IGNORECASE,
)
"""`the interim chief executive arrangement began`, `Todd's tenure started`: a word for a state after
the words of what it is the state of, and before the verb; not `the arrangement of ...`, nor one a
determiner opens (`covering the period before`), which names no post."""


def without_state_noun(text: str) -> str | None:
    """The claim without the word for the state a post was held in (`the interim chief executive
    arrangement began in May 2018`: the interim chief executive began then), which says no more than
    the post; None where it has none. Taken only where the record contradicts it, as above."""
    found = _OF_A_POST.search(text)
    if found is None:
        return None
    return f"{text[: found.start()].rstrip()} {text[found.end() :].lstrip()}"


_HELD_POST = re.compile(
    r"\b(?:(?P<aux>had|has|have)\s+)?(?P<verb>held|holds|occupied|occupies|filled|fills|served|serves)\s+"
    r"(?P<post>the\s+(?:post|role|position|office|job)\s+of|as)\s+(?:the\s+|an?\s+)?(?=[a-z])",
)
"""`held the post of`, `occupied the role of`, `served as the`, `had held the position of`: a verb of
holding and a word for a post, or `served as`, before a post in lower case."""

_PRESENT = frozenset({"holds", "occupies", "fills", "serves"})


def as_post_named(text: str) -> str | None:
    """The claim with its holding of a post read as being in it (`Hynes held the post of deputy
    leader`: Hynes was deputy leader), which is how the record names a person in a post; None where
    it says no such thing. Holding the post of a thing says no more than being it, so the reading
    may support the claim as well as deny it. `served` holds a post only with `as`; a post a verb of
    holding takes without `the post of` (`held office`, `held a meeting`) is not read."""
    found = _HELD_POST.search(text)
    if found is None or (found["post"] == "as") != found["verb"].startswith("serv"):
        return None
    being = f"{found['aux']} been" if found["aux"] else "is" if found["verb"] in _PRESENT else "was"
    return f"{text[: found.start()]}{being} {text[found.end() :]}"
