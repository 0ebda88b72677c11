"""Where an export may be written: a new file outside the dataset, written whole or not at all.

Nothing a user owns is lost by accident: an existing file is replaced only when asked (`--force`),
and only if it is a regular file, keeping its permissions; the dataset folder is never written to,
and a file is written beside its destination first and moved into place once complete, so a
failure leaves no half-written file behind.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from trafford_timeline.errors import UsageError, quoted


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _existing_mode(path: Path) -> int | None:
    """The permission bits of the regular file at `path`, None if there is none; a UsageError if
    something else is there: replacing `/dev/null` or a FIFO with a file would break what uses it."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UsageError(f"cannot write {quoted(str(path))}: {_reason(exc)}") from None
    if stat.S_ISDIR(mode):
        raise UsageError(f"{quoted(str(path))} is a folder; give a file name")
    if not stat.S_ISREG(mode):
        raise UsageError(
            f"{quoted(str(path))} is not a regular file (a device, FIFO or socket); "
            "trafford replaces only regular files, even with --force"
        )
    return stat.S_IMODE(mode) & 0o777  # never set-user-id: the new file is data


def check_destination(
    path: Path, *, data_dir: Path, force: bool = False, suffixes: Sequence[str] = ()
) -> Path:
    """`path` if it may be written; a UsageError saying why not otherwise."""
    shown = quoted(str(path))
    if suffixes and path.suffix.lower() not in suffixes:
        raise UsageError(f"{shown} must end in {' or '.join(suffixes)}")
    try:
        resolved = path.resolve()
        dataset = data_dir.resolve()
    except (OSError, RuntimeError) as exc:
        raise UsageError(f"cannot write {shown}: {exc}") from None
    if resolved == dataset or dataset in resolved.parents:
        raise UsageError(
            f"{shown} is inside the dataset folder {str(data_dir)!r}; trafford never writes there"
        )
    if _existing_mode(path) is not None and not force:
        raise UsageError(f"{shown} already exists; add --force to replace it")
    folder = resolved.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {shown}: the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"cannot write {shown}: the folder {str(folder)!r} is not writable")
    return path


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole: into a temporary file beside it, then moved into place.

    A file it replaces keeps its permission bits (a private 0600 file stays private); a new one
    gets what the umask allows, as `>` in a shell would give it.
    """
    temporary: Path | None = None
    kept = _existing_mode(path)
    try:
        with tempfile.NamedTemporaryFile(
            dir=path.resolve().parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as handle:
            temporary = Path(handle.name)
            handle.write(data)
        if kept is None:
            umask = os.umask(0)
            os.umask(umask)
            kept = 0o666 & ~umask
        os.chmod(temporary, kept)
        os.replace(temporary, path)
    except OSError as exc:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise UsageError(f"cannot write {quoted(str(path))}: {_reason(exc)}") from None
