"""`Who led the council in 2015?` is not answered by the chair a quote gives another body.

A quote that names a chair ("a Shadow Improvement Board, led by an independent chair, had been
established") says who leads the thing named right before "led by", the board; a question asking who
led some body names that body after its verb ("who led the council"). The chair answers only where the
body's head noun is among the few words before "led by": the board's chair is no answer about the
council, however well the item matches the rest.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.language import fold, stem, tokens

_ASKED_BODY = re.compile(r"^who (?:leads|led|heads|headed) (?P<body>[^?,]+)")
_BODY_ENDS = re.compile(
    r"\s(?:for|of|to|that|which|who|where|when|at|in|on|before|after|during|since|until)\s|$"
)
"""Where the name of the body asked of ends: at a preposition or a relative word ("the council in 2015")."""
_STAND_INS = frozenset({"it", "them", "this", "that", "one"})
"""Words that stand for a body named elsewhere: the question then names no body to check."""
LED_WORDS = 4
"""How many words before "led by" may name the thing led ("a Shadow Improvement Board, led by")."""


def _head_asked(folded: str) -> str | None:
    """The head noun of the body a `who led X?` question asks of, or None where it names none."""
    found = _ASKED_BODY.match(folded)
    if found is None:
        return None
    words = tokens(_BODY_ENDS.split(f"{found['body'].strip()} ", maxsplit=1)[0])
    return None if not words or words[-1] in _STAND_INS else words[-1]


def chairs_another_body(folded: str, quote: str, led_at: int) -> bool:
    """Whether the chair a quote names at `led_at` (where "led by" opens) leads a body other than the
    one the question asks of: the question's body's head noun is not among the words before it."""
    head = _head_asked(folded)
    if head is None:
        return False
    before = tokens(fold(quote[:led_at]))[-LED_WORDS:]
    return stem(head) not in {stem(word) for word in before}


__all__ = ["chairs_another_body"]
