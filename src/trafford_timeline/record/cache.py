"""A derived copy of a dataset in the user's cache folder, so a command need not re-validate it.

Validating a large `events.json` with pydantic, and reading every fact for the claim checker,
takes seconds to minutes; a command should take a fraction of a second. So the validated record
and the claim index are kept in SQLite files (stdlib `sqlite3`), read on demand: `timeline
--from --to` reads only the events in its window, and `cite` only the postings of the claim's
terms and the documents they lead to. See benchmarks/README.md for the measurements behind this.

- **Never stale.** A file is named by a SHA-256 key of the content it was built from: the bytes
  of `events.json` (hashed on every run; modification times are never trusted), the glossary's
  bytes for the claim index, and the tool's own code and Python version. Changed content has
  another key, so it is built afresh; nothing is ever updated in place.
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
import hashlib
import os
import pickle
import sqlite3
import stat
import sys
import tempfile
import time
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

from trafford_timeline.dates import DateSpan, parse_record_date
from trafford_timeline.errors import DataError
from trafford_timeline.record.model import Event, Record, Source
from trafford_timeline.record.store import (
    EVENTS_FILE,
    glossary_path,
    parse_glossary,
    parse_record,
    read_events,
    read_glossary,
    refuse_if_too_large,
)

if TYPE_CHECKING:
    from trafford_timeline.claims.check import ClaimIndex, Document
    from trafford_timeline.claims.glossary import Glossary

CACHE_DIR_VAR = "TRAFFORD_CACHE_DIR"
NO_CACHE_VAR = "TRAFFORD_NO_CACHE"
FORMAT = b"trafford-cache 1"
"""Part of every key; the code's own fingerprint covers changes to what is stored."""
KEEP = 8
"""Cache files kept, the most recently used first; a ninth dataset evicts the least recent."""
STALE_BUILD_SECONDS = 24 * 3600
"""A temporary file this old was left by a build that never finished, and is removed."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
_RECORD_TABLES = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB, crc INTEGER) WITHOUT ROWID;
CREATE TABLE events (
    n INTEGER PRIMARY KEY, long INTEGER, first INTEGER, last INTEGER, data BLOB, crc INTEGER
);
CREATE TABLE facts (n INTEGER PRIMARY KEY, data BLOB, crc INTEGER);
"""
_RECORD_INDEXES = "CREATE INDEX events_by_date ON events (long, first);"
LONG_DAYS = 400
"""Events dated over a span longer than this (or open-ended) are few, and looked up on their own:
the rest are found by their first day alone, within this many days before a window."""
_CLAIM_TABLES = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB, crc INTEGER) WITHOUT ROWID;
CREATE TABLE documents (n INTEGER PRIMARY KEY, id TEXT, data BLOB, crc INTEGER);
CREATE TABLE postings (term TEXT PRIMARY KEY, numbers BLOB, crc INTEGER) WITHOUT ROWID;
CREATE TABLE titles (n INTEGER PRIMARY KEY, first INTEGER, last INTEGER, data BLOB, crc INTEGER);
"""
_CLAIM_INDEXES = """
CREATE INDEX documents_by_id ON documents (id);
CREATE INDEX titles_by_date ON titles (first, last);
"""
_UNPICKLING_ERRORS = (
    pickle.UnpicklingError,
    EOFError,
    AttributeError,
    ImportError,
    IndexError,
    TypeError,
    ValueError,
)
_INT32 = "I" if array("I").itemsize == 4 else "L"

_ALL_DAYS = (date.min.toordinal(), date.max.toordinal())

T = TypeVar("T")


class _Damaged(Exception):
    """A cache row that fails its CRC or cannot be unpickled."""


def cache_folder() -> Path | None:
    """The folder to keep the cache in, created if need be; None if caching is off or unsafe."""
    if os.environ.get(NO_CACHE_VAR, "").strip() not in ("", "0"):
        return None
    chosen = os.environ.get(CACHE_DIR_VAR, "").strip()
    if chosen:
        folder = Path(chosen).absolute()
    else:
        base = os.environ.get("XDG_CACHE_HOME", "").strip()
        folder = (Path(base).absolute() if base else Path.home() / ".cache") / "trafford"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
        return None  # another user could plant a pickle here
    return folder


@functools.cache
def _code_fingerprint() -> bytes:
    """What the stored rows depend on besides the data: this package's code, Python, the stemmer.
    Worked out once per process, from the code this process runs."""
    digest = hashlib.sha256(FORMAT + sys.version.encode())
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    from importlib.util import find_spec

    for name in ("snowballstemmer", "pydantic_core"):
        spec = find_spec(name)
        if spec is not None and spec.origin:
            info = os.stat(spec.origin)
            digest.update(f"{name} {spec.origin} {info.st_size} {info.st_mtime_ns}".encode())
    return digest.digest()


def _key(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def _seal(value: object) -> tuple[bytes, int]:
    data = pickle.dumps(value, protocol=5)
    return data, zlib.crc32(data)


def _unseal(data: bytes, crc: int) -> Any:
    if zlib.crc32(data) != crc:
        raise _Damaged("a row fails its CRC")
    try:
        return pickle.loads(data)
    except _UNPICKLING_ERRORS as exc:
        raise _Damaged(str(exc)) from None


def _days(span: DateSpan) -> tuple[int, int]:
    return span.first.toordinal(), span.last.toordinal()


def _whole_file(path: Path) -> bool:
    """The file is as long as its SQLite header says: a truncated or foreign file is not."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
            size = os.fstat(file.fileno()).st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC) or header[24:28] != header[92:96]:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return size == page_size * int.from_bytes(header[28:32], "big")


def _open(path: Path, key: str) -> sqlite3.Connection | None:
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


def _build(folder: Path | None, name: str, fill: Callable[[sqlite3.Connection], None]) -> sqlite3.Connection:
    """Fill a new database and return it opened read-only: a cache file if `folder` can take one,
    else in memory. The file is written beside its final name and renamed into place."""
    if folder is not None:
        try:
            descriptor, temporary = tempfile.mkstemp(prefix=".build-", suffix=".sqlite", dir=folder)
            os.close(descriptor)
        except OSError:
            folder = None
    if folder is None:
        connection = sqlite3.connect(":memory:")
        fill(connection)
        return connection
    path = folder / name
    try:
        writer = sqlite3.connect(temporary)
        try:
            writer.execute("PRAGMA journal_mode = OFF")  # a half-written temporary file is discarded anyway
            writer.execute("PRAGMA synchronous = OFF")
            fill(writer)
        finally:
            writer.close()
        with open(temporary, "rb+") as file:
            os.fsync(file.fileno())
        os.replace(temporary, path)
        _sync_folder(folder)
    except BaseException as exc:  # a bad glossary, Ctrl-C: never leave the temporary file behind
        _remove(Path(temporary))
        if not isinstance(exc, OSError | sqlite3.Error):
            raise
        connection = sqlite3.connect(":memory:")  # a full disk, say: answer without caching
        fill(connection)
        return connection
    _evict(folder)
    reader = _open(path, _stored_key(path))
    if reader is None:  # replaced by a damaged file between the rename and now: rare, but not fatal
        reader = sqlite3.connect(":memory:")
        fill(reader)
    return reader


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
        try:
            entries.append((path.stat().st_mtime, path))
        except OSError:
            continue
    for _, path in sorted(entries, reverse=True)[KEEP:]:
        _remove(path)
    for path in folder.glob(".build-*.sqlite"):
        try:
            if time.time() - path.stat().st_mtime > STALE_BUILD_SECONDS:
                _remove(path)
        except OSError:
            continue


class _Database:
    """A cache file read on demand. If a read finds it damaged, it is rebuilt and read again."""

    def __init__(self, connection: sqlite3.Connection, rebuild: Callable[[], sqlite3.Connection]) -> None:
        self._connection = connection
        self._rebuild = rebuild

    def rows(self, sql: str, args: tuple[object, ...], convert: Callable[[tuple[Any, ...]], T]) -> list[T]:
        try:
            return [convert(row) for row in self._connection.execute(sql, args)]
        except (sqlite3.DatabaseError, _Damaged):
            self._connection.close()
            self._connection = self._rebuild()
        try:
            return [convert(row) for row in self._connection.execute(sql, args)]
        except (sqlite3.DatabaseError, _Damaged) as exc:
            raise DataError("the cache", f"is damaged and could not be rebuilt ({exc})") from None

    def blob(self, name: str) -> Any:
        found = self.rows("SELECT data, crc FROM blobs WHERE name = ?", (name,), lambda row: _unseal(*row))
        return found[0] if found else None


def _unseal_row(row: tuple[Any, ...]) -> Any:
    return _unseal(row[-2], row[-1])


def _fill_record(key: str, record: Record) -> Callable[[sqlite3.Connection], None]:
    def fill(connection: sqlite3.Connection) -> None:
        connection.executescript(_RECORD_TABLES)
        connection.executemany(
            "INSERT INTO blobs VALUES (?, ?, ?)",
            [("sources", *_seal(record.sources)), ("conflicts", *_seal(record.conflicts))],
        )
        connection.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
            (
                (n, last - first > LONG_DAYS, first, last, *_seal(event))
                for n, event in enumerate(record.events)
                for first, last in [_days(parse_record_date(event.date))]
            ),
        )
        connection.executemany(
            "INSERT INTO facts VALUES (?, ?, ?)", ((n, *_seal(fact)) for n, fact in enumerate(record.facts))
        )
        connection.executescript(_RECORD_INDEXES)
        connection.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
        connection.commit()

    return fill


class Dataset:
    """A dataset folder as the commands read it: from the cache where it can be, else in memory."""

    def __init__(self, data_dir: Path, folder: Path | None, key: str, database: _Database | None) -> None:
        self.data_dir = data_dir
        self._folder = folder
        self._key = key
        self._database = database
        self._record: Record | None = None

    @classmethod
    def loaded(cls, data_dir: Path, folder: Path | None, key: str, record: Record) -> Dataset:
        dataset = cls(data_dir, folder, key, None)
        dataset._record = record
        return dataset

    @property
    def sources(self) -> tuple[Source, ...]:
        if self._database is None:
            return self.record().sources
        sources: tuple[Source, ...] = self._database.blob("sources")
        return sources

    def record(self) -> Record:
        """The whole record."""
        if self._record is None:
            assert self._database is not None
            self._record = Record(
                sources=self.sources,
                events=tuple(self._database.rows("SELECT data, crc FROM events ORDER BY n", (), _unseal_row)),
                facts=tuple(self._database.rows("SELECT data, crc FROM facts ORDER BY n", (), _unseal_row)),
                conflicts=self._database.blob("conflicts"),
            )
        return self._record

    def record_of_events(self, window: DateSpan | None) -> Record:
        """The sources and only the events whose dates overlap `window` (all for None); facts and
        conflicts are left out. Enough for `timeline`, and read without reading the rest."""
        if self._database is None:
            whole = self.record()
            events = whole.events if window is None else self._overlapping(whole.events, window)
            return Record(sources=whole.sources, events=events, facts=())
        first, last = _days(window) if window is not None else _ALL_DAYS
        found = self._database.rows(
            "SELECT n, data, crc FROM events WHERE long = 0 AND first BETWEEN ? AND ? AND last >= ? "
            "UNION ALL SELECT n, data, crc FROM events WHERE long = 1 AND first <= ? AND last >= ?",
            (first - LONG_DAYS, last, first, last, first),
            lambda row: (row[0], _unseal_row(row)),
        )
        events = tuple(event for _, event in sorted(found, key=lambda pair: pair[0]))
        return Record(sources=self.sources, events=events, facts=())

    @staticmethod
    def _overlapping(events: tuple[Event, ...], window: DateSpan) -> tuple[Event, ...]:
        return tuple(event for event in events if parse_record_date(event.date).overlaps(window))

    def claim_index(self) -> ClaimIndex:
        """The claim checker's index of this record and its glossary: cached, or built now."""
        from trafford_timeline.claims.check import build_index

        raw_glossary = read_glossary(self.data_dir)
        key = _key(FORMAT, self._key.encode(), raw_glossary)
        name = f"{key}.claims.sqlite"

        def fill(connection: sqlite3.Connection) -> None:
            glossary = parse_glossary(glossary_path(self.data_dir), raw_glossary)
            _fill_claims(connection, key, self.record(), glossary)

        def rebuild() -> sqlite3.Connection:
            return _build(self._folder, name, fill)

        if self._folder is None:
            return build_index(self.record(), parse_glossary(glossary_path(self.data_dir), raw_glossary))
        connection = _open(self._folder / name, key) or rebuild()
        return _claim_index(_Database(connection, rebuild))


def open_dataset(data_dir: Path) -> Dataset:
    """The dataset in `data_dir`, from the cache if its content was seen before, else validated
    now (and cached for next time). A DataError says what is wrong with a dataset."""
    path = data_dir / EVENTS_FILE
    folder = cache_folder()
    fingerprint = _code_fingerprint() if folder is not None else b""
    if folder is not None and _is_file(path):
        refuse_if_too_large(path)
        try:
            with path.open("rb") as file:
                digest = hashlib.file_digest(file, "sha256").digest()
        except OSError:
            digest = b""  # reading it again says what is wrong
        if digest:
            key = _key(FORMAT, fingerprint, digest)
            connection = _open(folder / f"{key}.record.sqlite", key)
            if connection is not None:
                return Dataset(
                    data_dir, folder, key, _Database(connection, _rebuilder(data_dir, folder, key))
                )
    raw = read_events(data_dir)
    record = parse_record(path, raw)
    key = _key(FORMAT, fingerprint, hashlib.sha256(raw).digest())
    if folder is not None:
        _build(folder, f"{key}.record.sqlite", _fill_record(key, record)).close()
    return Dataset.loaded(data_dir, folder, key, record)


def _is_file(path: Path) -> bool:
    """A regular file: a pipe (or a FIFO standing in for one) can be read only once, so not cached."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _rebuilder(data_dir: Path, folder: Path, key: str) -> Callable[[], sqlite3.Connection]:
    """Rebuild a damaged record file from the data, which must still be what the key was made of."""

    def rebuild() -> sqlite3.Connection:
        path = data_dir / EVENTS_FILE
        raw = read_events(data_dir)
        if _key(FORMAT, _code_fingerprint(), hashlib.sha256(raw).digest()) != key:
            raise DataError(str(path), "changed while it was being read; run the command again")
        return _build(folder, f"{key}.record.sqlite", _fill_record(key, parse_record(path, raw)))

    return rebuild


def _fill_claims(connection: sqlite3.Connection, key: str, record: Record, glossary: Glossary) -> None:
    """Read the record for the claim checker, writing each document out as it is read."""
    from trafford_timeline.claims.check import build_index
    from trafford_timeline.claims.language import stem

    connection.executescript(_CLAIM_TABLES)

    def keep(documents: Iterator[Document]) -> Sequence[Document]:
        connection.executemany(
            "INSERT INTO documents VALUES (?, ?, ?, ?)",
            ((n, document.item.id, *_seal(document)) for n, document in enumerate(documents)),
        )
        count = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        return _Documents(_Database(connection, lambda: connection), count)

    index = build_index(record, glossary, keep)
    connection.executemany(
        "INSERT INTO postings VALUES (?, ?, ?)",
        (
            (term, data, zlib.crc32(data))
            for term, numbers in index.postings.items()
            for data in [array(_INT32, numbers).tobytes()]
        ),
    )
    connection.executemany(
        "INSERT INTO titles VALUES (?, ?, ?, ?, ?)",
        (
            (n, *_days(span), *_seal((span, title)))
            for n, (span, title) in enumerate(index.dated_titles.overlapping(None))
        ),
    )
    words = index.vocabulary.words | index.glossary.words
    shared = {
        "glossary": index.glossary,
        "vocabulary": index.vocabulary,
        "idf": dict(index.idf),
        "unknown_weight": index.unknown_weight,
        "record_years": index.record_years,
        "ratings": index.ratings,
        "people": index.people,
        "actors": index.actors,
        "conflicts": index.conflicts,
        "count": len(index.documents),
        "stems": {word: stem(word) for word in words},
    }
    connection.execute("INSERT INTO blobs VALUES ('shared', ?, ?)", _seal(shared))
    connection.executescript(_CLAIM_INDEXES)
    connection.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
    connection.commit()


def _claim_index(database: _Database) -> ClaimIndex:
    from trafford_timeline.claims.check import ClaimIndex
    from trafford_timeline.claims.language import remember_stems

    shared = database.blob("shared")
    remember_stems(shared["stems"])
    return ClaimIndex(
        glossary=shared["glossary"],
        vocabulary=shared["vocabulary"],
        documents=_Documents(database, shared["count"]),
        postings=_Postings(database),
        idf=shared["idf"],
        unknown_weight=shared["unknown_weight"],
        record_years=shared["record_years"],
        ratings=shared["ratings"],
        people=shared["people"],
        actors=shared["actors"],
        dated_titles=_Titles(database),
        numbers=_Numbers(database),
        conflicts=shared["conflicts"],
    )


class _Documents(Sequence["Document"]):
    """The claim index's documents, each read when it is first asked for."""

    def __init__(self, database: _Database, count: int) -> None:
        self._database = database
        self._count = count
        self._read: dict[int, Document] = {}

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, number: int) -> Document: ...
    @overload
    def __getitem__(self, number: slice) -> Sequence[Document]: ...
    def __getitem__(self, number: int | slice) -> Document | Sequence[Document]:
        if isinstance(number, slice):
            return [self[n] for n in range(*number.indices(self._count))]
        if number < 0:
            number += self._count
        if number not in self._read:
            found = self._database.rows("SELECT data, crc FROM documents WHERE n = ?", (number,), _unseal_row)
            if not found:
                raise IndexError(number)
            self._read[number] = found[0]
        return self._read[number]


class _Postings(Mapping[str, Sequence[int]]):
    """For each term, the numbers of the documents that carry it, read when asked for."""

    def __init__(self, database: _Database) -> None:
        self._database = database

    def __getitem__(self, term: str) -> Sequence[int]:
        found = self._database.rows("SELECT numbers, crc FROM postings WHERE term = ?", (term,), _numbers)
        if not found:
            raise KeyError(term)
        return found[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self._database.rows("SELECT term FROM postings", (), lambda row: str(row[0])))

    def __len__(self) -> int:
        return self._database.rows("SELECT count(*) FROM postings", (), lambda row: int(row[0]))[0]


def _numbers(row: tuple[Any, ...]) -> array[int]:
    data, crc = row
    if zlib.crc32(data) != crc:
        raise _Damaged("postings fail their CRC")
    numbers = array(_INT32)
    numbers.frombytes(data)
    return numbers


class _Numbers(Mapping[str, int]):
    """Each item id's place among the documents."""

    def __init__(self, database: _Database) -> None:
        self._database = database

    def __getitem__(self, item_id: str) -> int:
        found = self._database.rows(
            "SELECT min(n) FROM documents WHERE id = ?", (item_id,), lambda row: row[0]
        )
        if not found or found[0] is None:
            raise KeyError(item_id)
        return int(found[0])

    def __iter__(self) -> Iterator[str]:
        return iter(self._database.rows("SELECT DISTINCT id FROM documents", (), lambda row: str(row[0])))

    def __len__(self) -> int:
        return self._database.rows("SELECT count(DISTINCT id) FROM documents", (), lambda row: int(row[0]))[0]


class _Titles:
    """The events' dates and titles, read by date."""

    def __init__(self, database: _Database) -> None:
        self._database = database

    def overlapping(self, span: DateSpan | None) -> list[tuple[DateSpan, str]]:
        first, last = _days(span) if span is not None else _ALL_DAYS
        found = self._database.rows(
            "SELECT n, data, crc FROM titles WHERE first <= ? AND last >= ?",
            (last, first),
            lambda row: (row[0], _unseal_row(row)),
        )
        return [title for _, title in sorted(found, key=lambda pair: pair[0])]
