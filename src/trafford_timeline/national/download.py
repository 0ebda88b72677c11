"""`national update`: fetch the history (and the council lookup) over HTTP, check it, then replace the copy.

Nothing is written until the whole answer has arrived and reads as the expected CSV, and then it is
written beside the old copy and moved into place, so a failed or wrong download leaves the previous
copy as it was.
"""

from __future__ import annotations

import http.client
import os
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from trafford_timeline import __version__
from trafford_timeline.errors import DataError, quoted
from trafford_timeline.national.councils import parse_lookup
from trafford_timeline.national.history import NationalHistory, parse_history

HISTORY_URL = (
    "https://raw.githubusercontent.com/JT-39/ofsted-ilacs-scrape-tool/main/ofsted_csc_ilacs_history.csv"
)
LOOKUP_URL = "https://raw.githubusercontent.com/JT-39/ofsted-ilacs-scrape-tool/main/import_data/la_lookup/Provider_data_lookup.csv"
MAX_BYTES = 50 * 1024 * 1024
"""The history is about 150 kB; an answer far larger than that is not it."""
TIMEOUT_SECONDS = 60.0

T = TypeVar("T")


@dataclass(frozen=True)
class Downloaded:
    url: str
    path: Path
    size: int
    history: NationalHistory | None
    """The checked history, for the history file; None for the lookup."""


def fetch(url: str, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The whole body at `url`; a DataError naming the URL if it cannot be had in full."""
    if not url.lower().startswith(("https://", "http://")):
        raise DataError(url, "is not an http:// or https:// address")
    request = urllib.request.Request(url, headers={"User-Agent": f"trafford/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data, promised = _read_all(url, response), response.headers.get("Content-Length", "")
    except urllib.error.HTTPError as exc:
        exc.close()
        raise DataError(url, f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise DataError(url, f"cannot be fetched: {exc.reason}") from None
    except http.client.IncompleteRead as exc:
        raise DataError(url, f"the download stopped part way ({len(exc.partial):,} bytes received)") from None
    except (OSError, http.client.HTTPException) as exc:
        raise DataError(url, f"the download failed: {exc}") from None
    if promised.isdigit() and len(data) != int(promised):
        raise DataError(
            url, f"the download stopped part way ({len(data):,} of {int(promised):,} bytes received)"
        )
    return data


def _read_all(url: str, response: http.client.HTTPResponse) -> bytes:
    """Every byte of the answer, in chunks, refusing one larger than MAX_BYTES."""
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read(64 * 1024):
        total += len(chunk)
        if total > MAX_BYTES:
            raise DataError(
                url, f"answered more than {MAX_BYTES // (1024 * 1024)} MB; that is not the CSV expected"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def write_atomically(path: Path, data: bytes) -> None:
    """`data` into a temporary file beside `path`, then moved into place: never half a file."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as out:
            temporary = Path(out.name)
            out.write(data)
        os.replace(temporary, path)
    except OSError as exc:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise DataError(str(path), f"cannot be written: {exc.strerror or exc}") from None


def _checked(url: str, data: bytes, check: Callable[[bytes, str], T]) -> T:
    try:
        return check(data, url)
    except DataError as exc:
        raise DataError(
            url, f"is not the CSV expected, so nothing was replaced: {exc.summary}", exc.details
        ) from None


def _previous_count(target: Path) -> int | None:
    """How many reports the copy to be replaced holds; None if there is none that reads."""
    try:
        return len(parse_history(target.read_bytes(), target.name).rows)
    except (OSError, DataError):
        return None


def download_history(
    url: str, target: Path, timeout: float = TIMEOUT_SECONDS, allow_fewer: bool = False
) -> Downloaded:
    """Fetch the history CSV, check it reads as one, and only then replace `target`.

    A file with rows cut short (a field count that does not match the header) is refused too: that
    is what a download truncated mid-row looks like. So is one with fewer reports than the copy it
    would replace, unless `allow_fewer`: the history only grows, so fewer rows means a cut answer.
    """
    data = fetch(url, timeout)
    history = _checked(url, data, parse_history)
    cut = [p for p in history.problems if p.code == "wrong-field-count"]
    if cut:
        raise DataError(
            url,
            "is not the CSV expected, so nothing was replaced: rows with the wrong number of fields",
            [f"{p.where}: {p.message}" for p in cut[:20]],
        )
    previous = _previous_count(target)
    if previous is not None and len(history.rows) < previous and not allow_fewer:
        raise DataError(
            url,
            f"holds {len(history.rows)} reports, fewer than the {previous} of the copy it would replace, "
            "so nothing was replaced (add --force to replace it anyway)",
        )
    write_atomically(target, data)
    return Downloaded(url, target, len(data), history)


def download_lookup(url: str, target: Path, timeout: float = TIMEOUT_SECONDS) -> Downloaded:
    """Fetch the council lookup (statistical neighbours), check it, then replace `target`."""
    data = fetch(url, timeout)
    lookup = _checked(url, data, parse_lookup)
    if not lookup.rows:
        raise DataError(url, "holds no councils, so nothing was replaced")
    write_atomically(target, data)
    return Downloaded(url, target, len(data), None)


def describe(downloaded: Downloaded) -> str:
    what = f"{len(downloaded.history.rows)} reports" if downloaded.history else "the council lookup"
    return f"{what} ({downloaded.size:,} bytes) from {quoted(downloaded.url)}"
