"""A derived copy of a dataset in the user's cache folder, so a command need not re-validate it.

Validating a large `events.json` with pydantic, and reading every fact for the claim checker,
takes seconds to minutes; a command should take a fraction of a second. So the validated record
and the claim index are kept in SQLite files (stdlib `sqlite3`), read on demand: `timeline
--from --to` reads only the events in its window, and `cite` only the postings of the claim's
terms and the documents they lead to. See benchmarks/README.md for the measurements behind this.

- **Never stale.** A file is named by a SHA-256 key of the content it was built from: the bytes
  of `events.json` (hashed again whenever its identity or ctime changes: see digest.py), the glossary's
  bytes for the claim index, and the tool's own code and Python version. Changed content has
  another key, so it is built afresh; nothing is ever updated in place. The one file that grows
  is `<key>.claims-read.db` beside a claim index: the claim documents runs have read, added in short
  transactions and only ever a shortcut (claims/stored.py, `KeptDocuments`).
- **Written atomically**, to a temporary file beside it that is fsynced and then renamed, so two
  processes building at once each write a whole file and the last rename wins.
- **Checked when read.** A file whose size disagrees with its SQLite header (truncated), whose
  key is not the one asked for, or whose rows fail their CRC or SQLite's own checks is rebuilt.
- **Outside the data folder**: `$TRAFFORD_CACHE_DIR`, else `$XDG_CACHE_HOME/trafford`, else
  `~/.cache/trafford`. It must be the user's own and not writable by others, because it holds
  pickles. `TRAFFORD_NO_CACHE=1`, or a folder that cannot be used, means no cache: the dataset
  is validated and read in memory on every run.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import os
import pickle
import secrets
import signal
import sqlite3
import stat
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from trafford_timeline import patterns, stems
from trafford_timeline.dates import DateSpan
from trafford_timeline.errors import DataError

CACHE_DIR_VAR = "TRAFFORD_CACHE_DIR"


NO_CACHE_VAR = "TRAFFORD_NO_CACHE"


FORMAT = b"trafford-cache 1"
"""Part of every key; the code's own fingerprint covers changes to what is stored."""


KEEP = 8
"""Cache files kept, the most recently used first; a ninth dataset evicts the least recent."""


KEPT_SUFFIX = ".claims-read.db"
"""The file beside `<key>.claims.sqlite` holding the claim documents runs have read (claims/stored.py):
not counted among the KEEP files, and removed with its claim index."""


STALE_BUILD_SECONDS = 24 * 3600
"""A temporary file this old was left by a build that never finished, and is removed."""


_SQLITE_MAGIC = b"SQLite format 3\x00"
KEYED_TABLES = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB, crc INTEGER) WITHOUT ROWID;
"""
"""Every cache file's first tables: `meta` holds its key (written last), `blobs` whole values by name."""


_UNPICKLING_ERRORS = (
    pickle.UnpicklingError,
    EOFError,
    AttributeError,
    ImportError,
    IndexError,
    TypeError,
    ValueError,
)


ALL_DAYS = (date.min.toordinal(), date.max.toordinal())


T = TypeVar("T")


class Damaged(Exception):
    """A cache row that fails its CRC or cannot be unpickled."""


def cache_folder(data_dir: Path | None = None) -> Path | None:
    """The folder to keep the cache in, created if need be; None if caching is off or unsafe, or if
    it would be inside `data_dir` (`TRAFFORD_CACHE_DIR=.cache` run in the dataset): a command that
    reads a dataset never writes into it."""
    folder = chosen_folder()
    if folder is None or (data_dir is not None and _inside(folder, data_dir)):
        return None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    if not _trusted(folder):
        return None
    patterns.keep(folder)  # the run's compiled patterns may be kept here too
    stems.keep(folder)  # and the stems it worked out
    return folder


def chosen_folder() -> Path | None:
    """Where the cache would be, whether or not it exists yet; None if caching is turned off."""
    if os.environ.get(NO_CACHE_VAR, "").strip() not in ("", "0"):
        return None
    chosen = os.environ.get(CACHE_DIR_VAR, "").strip()
    if chosen:
        return Path(chosen).absolute()
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base).absolute() if base else Path.home() / ".cache") / "trafford"


def readable_folder() -> Path | None:
    """The cache folder if it already exists and may be trusted, for reading only: nothing is created."""
    folder = chosen_folder()
    return folder if folder is not None and _trusted(folder) else None


def _trusted(folder: Path) -> bool:
    """The user's own folder, which nobody else can write to: another user could plant a pickle."""
    try:
        info = folder.stat()
    except OSError:
        return False
    return not (hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022))


def _inside(folder: Path, data_dir: Path) -> bool:
    """`folder` is `data_dir` or below it, symbolic links followed (as far as they exist)."""
    try:
        folder, data_dir = folder.resolve(), data_dir.resolve()
    except (OSError, RuntimeError):  # a loop of links: not a folder to trust
        return True
    return folder == data_dir or data_dir in folder.parents


@functools.cache
def code_fingerprint() -> bytes:
    """What the stored rows depend on besides the data: this package's code, Python, the stemmer.
    Worked out once per process, from the code this process runs; no path is part of it."""
    digest = hashlib.sha256(FORMAT + sys.version.encode())
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for name in ("snowballstemmer", "pydantic", "pydantic_core"):
        release = library_release(name)
        if release is not None:
            digest.update(f"{name} {release}".encode())
    return digest.digest()


def library_release(name: str) -> str | None:
    """Which release of the library `name` this process would import, without importing it; None if
    it is not installed."""
    from importlib.util import find_spec

    spec = find_spec(name)
    return _release(name, Path(spec.origin)) if spec is not None and spec.origin else None


def _release(name: str, origin: Path) -> str:
    """Which release of a library is installed, by its metadata folder's name (`name-1.2.dist-info`),
    not by where it is: a new virtual environment with the same releases reuses the cache."""
    found = sorted(path.name for path in origin.parents[1].glob(f"{name}-*.dist-info"))
    if found:
        return " ".join(found)
    return str(origin.stat().st_size)  # no metadata beside it: at least its size changes with it


def cache_key(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def seal(value: object) -> tuple[bytes, int]:
    data = pickle.dumps(value, protocol=5)
    return data, zlib.crc32(data)


def unseal(data: bytes, crc: int) -> Any:
    if zlib.crc32(data) != crc:
        raise Damaged("a row fails its CRC")
    try:
        return pickle.loads(data)
    except _UNPICKLING_ERRORS as exc:
        raise Damaged(str(exc)) from None


def unseal_row(row: tuple[Any, ...]) -> Any:
    return unseal(row[-2], row[-1])


def days(span: DateSpan) -> tuple[int, int]:
    return span.first.toordinal(), span.last.toordinal()


def _whole_file(path: Path) -> bool:
    """The file is as long as its SQLite header says: a truncated or foreign file is not."""
    try:  # never wait on a FIFO put in a cache file's place; read only a regular file
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            return False
        header = os.read(descriptor, 100)
    except OSError:
        return False
    finally:
        os.close(descriptor)
    size = info.st_size
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC) or header[24:28] != header[92:96]:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return size == page_size * int.from_bytes(header[28:32], "big")


def open_file(path: Path, key: str) -> sqlite3.Connection | None:
    """A finished cache file for `key`, read-only; None if it is missing or damaged."""
    if not _whole_file(path):
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        found = connection.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
    except sqlite3.Error:
        return None
    if found != (key,):
        connection.close()
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # most recently used, for eviction
    return connection


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a record is validated or a cache file filled.

    Both make hundreds of thousands of objects that live on, and few cycles: at 100,000 events the
    collector's repeated walks over them took 12 of the 28 s that validating and storing took."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build(folder: Path | None, name: str, fill: Callable[[sqlite3.Connection], None]) -> sqlite3.Connection:
    """Fill a new database and return it opened read-only: a cache file if `folder` can take one,
    else in memory. The file is written beside its final name and renamed into place."""
    with collector_paused():
        return _build(folder, name, fill)


def _build(folder: Path | None, name: str, fill: Callable[[sqlite3.Connection], None]) -> sqlite3.Connection:
    if folder is None:
        connection = sqlite3.connect(":memory:")
        fill(connection)
        return connection
    path = folder / name
    temporary = folder / f".build-{secrets.token_hex(8)}.sqlite"
    ours: Path | None = temporary
    """Named before it exists, so that SIGTERM at any moment after its creation can remove it."""
    try:
        with _terminated_as_exception():
            try:
                _create(temporary)
            except FileExistsError:
                ours = None  # another process's: never ours to remove
                raise
            writer = sqlite3.connect(temporary)
            try:
                writer.execute("PRAGMA journal_mode = OFF")  # a half-written temporary file is discarded
                writer.execute("PRAGMA synchronous = OFF")
                fill(writer)
            finally:
                writer.close()
            with open(temporary, "rb+") as file:
                os.fsync(file.fileno())
            os.replace(temporary, path)
        _sync_folder(folder)
    except BaseException as exc:  # a bad glossary, Ctrl-C, SIGTERM, a full disk: never leave it behind
        if ours is not None:
            _remove(ours)
        if isinstance(exc, _Terminated):
            os.kill(os.getpid(), signal.SIGTERM)  # now as the handler restored says: by default, exit
        if not isinstance(exc, OSError | sqlite3.Error):
            raise
        connection = sqlite3.connect(":memory:")  # an unwritable folder, a full disk: answer without caching
        fill(connection)
        return connection
    _evict(folder)
    reader = open_file(path, _stored_key(path))
    if reader is None:  # replaced by a damaged file between the rename and now: rare, but not fatal
        reader = sqlite3.connect(":memory:")
        fill(reader)
    return reader


def _create(path: Path) -> None:
    """A new empty file only this user can read, or FileExistsError: never someone else's file."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


class _Terminated(BaseException):
    """SIGTERM arrived during a build (from `timeout`, a service manager): clean up, then end."""


@contextlib.contextmanager
def _terminated_as_exception() -> Iterator[None]:
    """While building, SIGTERM raises `_Terminated`, so the temporary file is removed; the handler
    there before is put back afterwards. Only the main thread can set one: elsewhere, no change."""

    def terminated(signum: int, frame: object) -> None:
        raise _Terminated

    try:
        previous = signal.signal(signal.SIGTERM, terminated)
    except (ValueError, AttributeError):  # not the main thread, or no SIGTERM
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


def _stored_key(path: Path) -> str:
    return path.name.split(".", 1)[0]


def _sync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _evict(folder: Path) -> None:
    """Keep the KEEP most recently used files; drop temporary files of builds that died."""
    entries: list[tuple[float, Path]] = []
    for path in folder.glob("*.sqlite"):
        if path.name.startswith("."):  # glob matches dot-files: another process's build, not ours
            continue
        try:
            entries.append((path.lstat().st_mtime, path))
        except OSError:
            continue
    for _, path in sorted(entries, reverse=True)[KEEP:]:
        _remove(path)
    for path in folder.glob(f"*{KEPT_SUFFIX}"):  # documents kept for a claim index evicted
        if not path.with_name(path.name.removesuffix(KEPT_SUFFIX) + ".claims.sqlite").exists():
            _remove(path)
    for path in folder.glob(".build-*.sqlite"):
        try:
            if time.time() - path.stat().st_mtime > STALE_BUILD_SECONDS:
                _remove(path)
        except OSError:
            continue


class Database:
    """A cache file read on demand. If a read finds it damaged, it is rebuilt and read again."""

    def __init__(self, connection: sqlite3.Connection, rebuild: Callable[[], sqlite3.Connection]) -> None:
        self._connection = connection
        self._rebuild = rebuild

    def rows(
        self,
        sql: str,
        args: tuple[object, ...],
        convert: Callable[[tuple[Any, ...]], T],
        counted: str | None = None,
    ) -> list[T]:
        """The rows `sql` finds, converted. With `counted`, they must be as many as the meta row of
        that name says the build wrote: a lost row is damage, not a shorter answer."""
        try:
            return self._read(sql, args, convert, counted)
        except (sqlite3.DatabaseError, Damaged):
            self._connection.close()
            self._connection = self._rebuild()
        try:
            return self._read(sql, args, convert, counted)
        except (sqlite3.DatabaseError, Damaged) as exc:
            raise DataError("the cache", f"is damaged and could not be rebuilt ({exc})") from None

    def _read(
        self, sql: str, args: tuple[object, ...], convert: Callable[[tuple[Any, ...]], T], counted: str | None
    ) -> list[T]:
        found = [convert(row) for row in self._connection.execute(sql, args)]
        if counted is not None:
            stored = self._connection.execute("SELECT value FROM meta WHERE name = ?", (counted,)).fetchone()
            if stored != (str(len(found)),):
                raise Damaged(f"{len(found)} rows where {counted} says {stored}")
        return found

    def blob(self, name: str) -> Any:
        found = self.rows("SELECT data, crc FROM blobs WHERE name = ?", (name,), lambda row: unseal(*row))
        return found[0] if found else None
