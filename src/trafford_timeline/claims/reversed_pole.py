"""A pole's far side that a verb of reversal acts on: the act says the near side.

The glossary reads `decline` as the opposite of `improve`, and `reversing`, `turning round` as the
concept `reverse`. Reversing a decline is improving, so "said reversing the decline was a top
priority" says what "said turning things around was a top priority" says; read word by word it
would deny improving, and set the two against each other. The far side is read as the near side it
stands against where a reversal comes before it (`reversing the decline`, "called turning it round
a top priority after the decline"), wraps it (`turning the decline around`, whose `around` the
glossary does not join to its verb), or follows it in the passive (`the decline was reversed`); the
reversal stays a term of its own.
"""

from __future__ import annotations

from trafford_timeline.claims.glossary import OPPOSITE
from trafford_timeline.claims.language import FILLER
from trafford_timeline.claims.pole_acts import DETERMINERS

REVERSAL = "concept:reverse"
"""The glossary's term for the verbs of reversal (`reverse`, `turn round`, `turning things around`)."""
_TURN = "turn"
_TURNED_OVER = frozenset({FILLER + "around", FILLER + "round"})
"""The particles that make `turn ... around` a reversal where the glossary leaves the verb alone."""
_PASSIVE = frozenset(
    FILLER + word for word in ("is", "are", "was", "were", "be", "been", "being", "has", "had")
)


def reversed_poles(raw: list[str]) -> list[str]:
    """The glossary's tokens with each far-side marker a reversal acts on left out, and a `turn` that
    wraps it with `around` read as the reversal: `turn ~the OPPOSITE1 improv ~around` becomes
    `concept:reverse ~the improv ~around`."""
    out = list(raw)
    dropped: set[int] = set()
    for at, token in enumerate(raw):
        size = _pole_size(token)
        if not size:
            continue
        before = at - 1
        while before >= 0 and raw[before] in DETERMINERS:
            before -= 1
        after = at + 1 + size
        while after < len(raw) and raw[after] in _PASSIVE:
            after += 1
        if REVERSAL in raw[:at]:  # "turning it round ... after the decline" reverses it too
            dropped.add(at)
        elif (
            before >= 0
            and raw[before] == _TURN
            and at + 1 + size < len(raw)
            and raw[at + 1 + size] in _TURNED_OVER
        ):
            out[before] = REVERSAL
            dropped.add(at)
        elif after > at + 1 + size and after < len(raw) and raw[after] == REVERSAL:
            dropped.add(at)
    return [token for at, token in enumerate(out) if at not in dropped]


def _pole_size(token: str) -> int:
    size = token[len(OPPOSITE) :] if token.startswith(OPPOSITE) else ""
    return int(size) if size.isdigit() else 0
