"""Two subjects, each with its own count of steps: `A was downgraded by two grades while B fell three`.

A change of grade is read with one count for every area it names, so the second subject's count
("three") would be set against the first's area too. Joined by `while`, `whereas` or `, and`, each
side is a statement of its own, and the second's bare number takes the first's unit (`three` is three
grades); each side is checked alone.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:one|two|three|four|five|\d)"
_UNIT = r"(?:grades?|steps?|notch(?:es)?|levels?|places?|rungs?)"
_JOINED = re.compile(
    rf"^(?P<first>.+?\b{_NUMBER}\s+(?:whole\s+)?(?P<unit>{_UNIT})\b[^,;]*?)\s*,?\s+(?:while|whereas|and)\s+"
    rf"(?P<second>[^,;]+?\b{_NUMBER})(?P<own>\s+{_UNIT})?(?P<end>[.!]?)$",
    re.IGNORECASE,
)


def counts_apart(claim: str) -> tuple[str, str] | None:
    """The two statements of a claim whose two subjects each have a count of steps, the second's unit
    restored where it is left out; None for any other claim."""
    found = _JOINED.match(claim.strip())
    if found is None:
        return None
    unit = found["own"] or f" {found['unit']}"
    second = found["second"]
    return found["first"], second[:1].upper() + second[1:] + unit
