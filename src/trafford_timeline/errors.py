"""The errors the tool reports to a person: each says what went wrong and where, never a traceback."""

from __future__ import annotations

import enum
from collections.abc import Sequence

QUOTE_LIMIT = 80


class ExitStatus(enum.IntEnum):
    """Every status the tool exits with, in one place, as httpie's `status.py` keeps them."""

    SUCCESS = 0
    NEGATIVE = 1
    """A negative answer: verification failed, an id not found, a dataset that cannot be used."""
    USAGE = 2
    INTERRUPTED = 130
    """128 + SIGINT, what a shell reports for a command stopped by Ctrl-C."""


def quoted(value: str) -> str:
    """`value` quoted back to the user, shortened if long: a 100 kB argument is not echoed whole."""
    if len(value) <= QUOTE_LIMIT:
        return repr(value)
    return f"{value[: QUOTE_LIMIT - 1] + '…'!r} ({len(value):,} characters)"


class TraffordError(Exception):
    """Base of every error the command line turns into a message and an exit status."""

    status: ExitStatus = ExitStatus.NEGATIVE
    details: tuple[str, ...] = ()


class DataError(TraffordError):
    """The dataset cannot be used: `file` is where, `details` are `location: message` lines."""

    def __init__(self, file: str, summary: str, details: Sequence[str] = ()) -> None:
        super().__init__(f"{file}: {summary}")
        self.file = file
        self.summary = summary
        self.details = tuple(details)


class NotFound(TraffordError):
    """An id or name the record does not hold, with the closest ones it does."""

    def __init__(self, what: str, key: str, suggestions: Sequence[str] = ()) -> None:
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no {what} {quoted(key)} in the record{hint}")
        self.what = what
        self.key = key
        self.suggestions = tuple(suggestions)


class UsageError(TraffordError):
    """A request the record cannot answer as asked, such as a year it holds no ratings for: exit 2."""

    status = ExitStatus.USAGE
