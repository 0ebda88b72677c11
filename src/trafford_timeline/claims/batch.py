"""A batch of claims for `cite --batch`: read from a file, a pipe or standard input, never without end,
and split one claim per line (a line of an evaluation file also works)."""

from __future__ import annotations

import contextlib
import errno
import json
import sys
from pathlib import Path

BATCH_LIMIT = 16 * 1024 * 1024
"""Characters read from a batch at most: about 300,000 claims, an hour of checking. A device such as
/dev/zero never ends, so without a bound it would be read until memory ran out."""


def read_batch_text(path: Path | None, limit: int = BATCH_LIMIT) -> str:
    """The text of the batch at `path`, or of standard input for None.

    A pipe is fine here (`--batch <(grep … claims.txt)`), unlike in a dataset: it is read once, as it
    comes. Raises OSError for a batch that cannot be read or is over the limit, and UnicodeDecodeError
    for one that is not UTF-8 (standard input is read strictly; see __main__).
    """
    if path is None:
        text = sys.stdin.read(limit + 1)
    else:
        with path.open(encoding="utf-8", errors="strict") as file:
            text = file.read(limit + 1)
    if len(text) > limit:
        raise OSError(errno.EFBIG, f"more than {limit // (1024 * 1024)} MB of claims; split the batch")
    return text


def batch_claims(text: str, key: str = "claim") -> list[str]:
    """One claim (or question) per non-blank line; a JSON object with a `claim` (or `question`) key, as
    in an evaluation file, also works.

    A line starting with `#` is a comment, as in a shell script, so a batch file can say what it tests.
    """
    claims: list[str] = []
    for line in text.split("\n"):  # not splitlines(): U+0085 or U+2028 inside a claim is no line end
        line = line.strip()
        if line.startswith("#"):
            continue
        if line.startswith("{"):
            with contextlib.suppress(ValueError, AttributeError, RecursionError):
                line = str(json.loads(line).get(key, line))
        if line:
            claims.append(line)
    return claims
