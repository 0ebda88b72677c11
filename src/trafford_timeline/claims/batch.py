"""A batch of claims to check, as `cite --batch` reads it: one per line, or a line of an evaluation file."""

from __future__ import annotations

import contextlib
import json


def batch_claims(text: str) -> list[str]:
    """One claim per non-blank line; a JSON object with a `claim` key (an evaluation file) also works."""
    claims: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            with contextlib.suppress(ValueError, AttributeError):
                line = str(json.loads(line).get("claim", line))
        if line:
            claims.append(line)
    return claims
