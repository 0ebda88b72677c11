"""Writing into a dataset folder the user owns: every change is all or nothing.

Each new file is written beside its target and fsynced, then moved into place. If any step fails,
the files already moved are put back as they were and the new ones removed, so a failed
`sources add` or `draft --accept` leaves the folder exactly as it found it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from trafford_timeline.errors import DataError
from trafford_timeline.record.store import EVENTS_FILE, SOURCES_DIR, shipped_data_dir

SUMS_FILE = "SHA256SUMS"
BACKUP_SUFFIX = ".bak"


def writable_dataset(data_dir: Path) -> Path:
    """The folder, if it is a dataset the user owns; never the record installed with the tool."""
    if data_dir.resolve() == shipped_data_dir().resolve():
        raise DataError(
            str(data_dir),
            "is the record shipped with trafford, which is never changed; "
            "make your own with `trafford init DIR` and pass --data DIR (or set TRAFFORD_DATA)",
        )
    if not (data_dir / EVENTS_FILE).is_file():
        raise DataError(
            str(data_dir), "is not a dataset folder (no events.json); make one with `trafford init DIR`"
        )
    return data_dir


def events_bytes(document: dict[str, Any]) -> bytes:
    """`events.json` as the record writes it: two-space indents, UTF-8 as written, a final newline."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def sums_bytes(data_dir: Path, changed: dict[str, bytes]) -> bytes:
    """`sources/SHA256SUMS` with a line for every source text, `changed` ones by their new content."""
    folder = data_dir / SOURCES_DIR
    digests: dict[str, str] = {}
    if folder.is_dir():
        for path in folder.glob("*.txt"):
            digests[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    for name, data in changed.items():
        digests[name] = hashlib.sha256(data).hexdigest()
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(digests.items())).encode("utf-8")


class Change:
    """Files to write into one folder together: `commit` writes all of them or none."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: dict[Path, bytes] = {}

    def put(self, relative: str, data: bytes) -> None:
        self.files[self.folder / relative] = data

    def commit(self) -> None:
        staged: list[tuple[Path, Path]] = []
        moved: list[tuple[Path, bytes | None]] = []
        try:
            for target, data in self.files.items():
                target.parent.mkdir(parents=True, exist_ok=True)
                handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
                with os.fdopen(handle, "wb") as stream:
                    stream.write(data)
                    stream.flush()
                    os.fsync(stream.fileno())
                staged.append((Path(name), target))
            for temporary, target in staged:
                before = target.read_bytes() if target.exists() else None
                os.replace(temporary, target)
                moved.append((target, before))
        except BaseException as exc:
            for target, before in reversed(moved):
                with contextlib.suppress(OSError):
                    if before is None:
                        target.unlink()
                    else:
                        target.write_bytes(before)
            for temporary, _ in staged:
                with contextlib.suppress(OSError):
                    temporary.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise DataError(
                    str(self.folder), f"could not be written ({exc}); nothing was changed"
                ) from None
            raise
