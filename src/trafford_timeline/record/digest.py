"""The SHA-256 of a data file, remembered against its identity so an unchanged file is not read again.

Hashing `events.json` costs about as much as starting Python at 100,000 events (134 MB), and a
command answered from the cache needs nothing else from the file. So, as git's index does, the
digest is kept beside the file's device, inode, size, mtime and ctime (in nanoseconds), and reused
only while all five are unchanged. Writing a file changes its ctime, which no tool can set back, so
content changed with its size and mtime restored is still seen. A file younger than `RACY_SECONDS`
is always hashed (and its digest not remembered), since a second write within one tick of a coarse
clock could leave every field as it was. `verify` always hashes, and `$TRAFFORD_ALWAYS_HASH=1`
makes every command do so.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
import time
from pathlib import Path

ALWAYS_HASH_VAR = "TRAFFORD_ALWAYS_HASH"

RACY_SECONDS = 2.0
"""A file changed this recently may change again without any field showing it: hash it every time."""

FOLDER = "digests"
"""Inside the cache folder: one small text file per data file, named by a hash of its path."""


def always_hash() -> bool:
    return os.environ.get(ALWAYS_HASH_VAR, "").strip() not in ("", "0")


def _identity(info: os.stat_result) -> str:
    return f"{info.st_dev} {info.st_ino} {info.st_size} {info.st_mtime_ns} {info.st_ctime_ns}"


def _racy(info: os.stat_result) -> bool:
    changed = max(info.st_mtime_ns, info.st_ctime_ns) / 1e9
    return abs(time.time() - changed) < RACY_SECONDS


def _memo_path(folder: Path, path: Path) -> Path:
    name = hashlib.sha256(os.fsencode(os.path.abspath(path))).hexdigest()
    return folder / FOLDER / name


def remembered(folder: Path | None, path: Path, info: os.stat_result) -> bytes | None:
    """The digest remembered for `path` if the file is as it was when it was hashed; else None."""
    if folder is None or always_hash() or _racy(info):
        return None
    try:
        text = _memo_path(folder, path).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    identity, _, digest = text.strip().rpartition(" ")
    if identity != _identity(info) or len(digest) != 64:
        return None
    try:
        return bytes.fromhex(digest)
    except ValueError:
        return None


def remember(folder: Path | None, path: Path, before: os.stat_result, digest: bytes) -> None:
    """Keep `digest` for `path` if the file was not changed while it was read, nor only just before.

    `before` is the file's status taken before its bytes were read; if the status now differs, a
    write may have landed mid-read, and nothing is remembered. Failing to write is harmless.
    """
    if folder is None or _racy(before):
        return
    try:
        if _identity(os.stat(path)) != _identity(before):
            return
        memo = _memo_path(folder, path)
        memo.parent.mkdir(mode=0o700, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".memo-", dir=memo.parent)
        try:
            with os.fdopen(descriptor, "w", encoding="ascii") as file:
                file.write(f"{_identity(before)} {digest.hex()}\n")
            os.replace(temporary, memo)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError:
        return


def file_digest(folder: Path | None, path: Path, *, rehash: bool = False) -> bytes:
    """The SHA-256 of the regular file at `path`: remembered if it is unchanged, else read now.

    `rehash` reads it whatever is remembered. An OSError (or a file that is not regular, which a
    pipe put in its place would be) is left to the caller, whose own read says what is wrong.
    """
    if not rehash:
        with contextlib.suppress(OSError):
            found = remembered(folder, path, os.stat(path))
            if found is not None:
                return found
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb") as file:
        before = os.fstat(descriptor)
        if not stat.S_ISREG(before.st_mode):
            raise OSError(f"{path} is not a regular file")
        digest = hashlib.file_digest(file, "sha256").digest()
    remember(folder, path, before, digest)
    return digest
