"""The claim index kept in a cache file, so `cite` reads only the postings and documents a claim needs.

What is stored is derived from `ClaimIndex`'s fields: the large ones (`ROW_FIELDS`) become tables
read on demand, and every other field is kept whole in one blob, so a new field needs no edit here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import sqlite3
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from trafford_timeline.dates import DateSpan
from trafford_timeline.errors import DataError
from trafford_timeline.record.cache import (
    ALL_DAYS,
    FORMAT,
    KEPT_SUFFIX,
    KEYED_TABLES,
    Damaged,
    Database,
    build,
    cache_key,
    days,
    open_file,
    seal,
)
from trafford_timeline.record.dataset import LONG_DAYS
from trafford_timeline.record.digest import file_digest
from trafford_timeline.record.model import Event, Fact
from trafford_timeline.record.packing import SAMPLE_ROWS, Packing
from trafford_timeline.record.store import glossary_path, parse_glossary, read_glossary

if TYPE_CHECKING:
    from trafford_timeline.claims.check import ClaimIndex, Document
    from trafford_timeline.claims.glossary import Glossary
    from trafford_timeline.claims.index import DocumentReader
    from trafford_timeline.claims.sentences import SourceSentences
    from trafford_timeline.record.dataset import Dataset
    from trafford_timeline.record.model import Record


_CLAIM_TABLES = (
    KEYED_TABLES
    + """
CREATE TABLE documents (n INTEGER PRIMARY KEY, id TEXT);
CREATE TABLE postings (term TEXT PRIMARY KEY, numbers BLOB, crc INTEGER) WITHOUT ROWID;
CREATE TABLE titles (
    n INTEGER PRIMARY KEY, long INTEGER, first INTEGER, last INTEGER, data BLOB, crc INTEGER
);
"""
)


_CLAIM_INDEXES = """
CREATE INDEX documents_by_id ON documents (id);
CREATE INDEX titles_by_date ON titles (long, first);
"""


_MANY = 500
"""Rows asked for in one query, well under SQLite's limit on a query's parameters."""


_WAIT = 0.5
"""Seconds to wait for another run writing kept documents; after that this run does without."""


_INT32 = "I" if array("I").itemsize == 4 else "L"


ROW_FIELDS = frozenset({"documents", "postings", "dated_titles", "numbers"})
"""The `ClaimIndex` fields kept as tables and read on demand; every other field is kept whole."""


def claim_index_of(dataset: Dataset) -> ClaimIndex:
    """The claim index of `dataset` and its glossary: from its cache file, else built (and kept) now."""
    from trafford_timeline.claims.index import build_index
    from trafford_timeline.claims.sentences import SourceSentences

    path = glossary_path(dataset.data_dir)
    folder = dataset.folder
    if folder is None:
        record = dataset.record()
        read = parse_glossary(path, read_glossary(dataset.data_dir))
        return build_index(record, read, sentences=SourceSentences(dataset.data_dir, record.sources))
    try:
        digest = file_digest(folder, path)
    except OSError:  # reading it says what is wrong
        digest = hashlib.sha256(read_glossary(dataset.data_dir)).digest()
    key = cache_key(FORMAT, dataset.key.encode(), digest)
    name = f"{key}.claims.sqlite"

    def glossary() -> Glossary:
        raw = read_glossary(dataset.data_dir)
        if hashlib.sha256(raw).digest() != digest:
            raise DataError(str(path), "changed while it was being read; run the command again")
        return parse_glossary(path, raw)

    def fill(connection: sqlite3.Connection) -> None:
        _fill_claims(connection, key, dataset.record(), glossary(), dataset.data_dir)

    def rebuild() -> sqlite3.Connection:
        return build(folder, name, fill)

    connection = open_file(folder / name, key) or rebuild()
    return _claim_index(
        Database(connection, rebuild), dataset, KeptDocuments(folder / f"{key}{KEPT_SUFFIX}", key)
    )


def _fill_claims(
    connection: sqlite3.Connection, key: str, record: Record, glossary: Glossary, data_dir: Path
) -> None:
    """Read the record for finding the claim checker's documents: postings, weights and years.
    Each document itself is read when a claim first examines it, and kept (`KeptDocuments`)."""
    from trafford_timeline.claims.index import DocumentReader, build_index
    from trafford_timeline.claims.language import stem, stems_kept_elsewhere
    from trafford_timeline.claims.sentences import SourceSentences

    with stems_kept_elsewhere():  # the index keeps the stems of its words itself
        connection.executescript(_CLAIM_TABLES)
        index = build_index(record, glossary, whole=False)
        items = [*record.events, *record.facts]
        connection.executemany(
            "INSERT INTO documents VALUES (?, ?)", ((n, item.id) for n, item in enumerate(items))
        )
        reader = DocumentReader(
            index.glossary, index.vocabulary, index.people, SourceSentences(data_dir, record.sources)
        )
        event_of = {event.id: event for event in record.events}
        sample = (
            reader.document(item, item if isinstance(item, Event) else event_of.get(item.event or ""))
            for item in items[:SAMPLE_ROWS]
        )
        packing, _ = Packing.learnt(sample)  # the dictionary kept documents are compressed with
        connection.execute("INSERT INTO blobs VALUES (?, ?, ?)", packing.blob_row("documents"))
        connection.executemany(
            "INSERT INTO postings VALUES (?, ?, ?)",
            (
                (term, data, zlib.crc32(data))
                for term, numbers in index.postings.items()
                for data in [array(_INT32, numbers).tobytes()]
            ),
        )
        titles, packed_titles = Packing.learnt(index.dated_titles.overlapping(None))
        connection.execute("INSERT INTO blobs VALUES (?, ?, ?)", titles.blob_row("titles"))
        connection.executemany(
            "INSERT INTO titles VALUES (?, ?, ?, ?, ?, ?)",
            (
                (n, last - first > LONG_DAYS, first, last, data, crc)
                for n, ((span, _), data, crc) in enumerate(packed_titles)
                for first, last in [days(span)]
            ),
        )
        words = index.vocabulary.words | index.glossary.words
        whole = {
            f.name: getattr(index, f.name) for f in dataclasses.fields(index) if f.name not in ROW_FIELDS
        }
        shared = {"fields": whole, "count": len(items), "stems": {word: stem(word) for word in words}}
        connection.execute("INSERT INTO blobs VALUES ('shared', ?, ?)", seal(shared))
        connection.executescript(_CLAIM_INDEXES)
        connection.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
        connection.commit()


def _claim_index(database: Database, dataset: Dataset, kept: KeptDocuments) -> ClaimIndex:
    from trafford_timeline.claims.index import ClaimIndex
    from trafford_timeline.claims.language import remember_stems

    shared = database.blob("shared")
    remember_stems(shared["stems"])
    documents, titles = (_packing(database, name) for name in ("documents", "titles"))
    fields = shared["fields"]
    rows: dict[str, Any] = {
        "documents": _Documents(database, shared["count"], documents, dataset, kept, fields),
        "postings": _Postings(database),
        "dated_titles": _Titles(database, titles),
        "numbers": _Numbers(database),
    }
    return ClaimIndex(**fields, **rows)


def _packing(database: Database, table: str) -> Packing:
    found = database.rows("SELECT data, crc FROM blobs WHERE name = ?", (table,), Packing.stored)
    if not found:
        raise DataError("the cache", f"has no dictionary for its {table}")
    return found[0]


class _Documents(Sequence["Document"]):
    """The claim index's documents, each read when a claim first examines it: from those kept by an
    earlier run, else read now from its event or fact, as `build_index` reads it, and kept."""

    def __init__(
        self,
        database: Database,
        count: int,
        packing: Packing,
        dataset: Dataset,
        kept: KeptDocuments,
        fields: Mapping[str, Any],
    ) -> None:
        self._database = database
        self._count = count
        self._packing = packing
        self._dataset = dataset
        self._kept = kept
        self._fields = fields
        self._reader: DocumentReader | None = None
        self._sentences: SourceSentences | None = None
        self._read: dict[int, Document] = {}
        self._fresh: list[int] = []
        """Read in this run, not kept before: written back by `keep`."""

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
            if not 0 <= number < self._count:
                raise IndexError(number)
            self.read_ahead([number])
        return self._read[number]

    def read_ahead(self, numbers: Iterable[int]) -> None:
        """Read the documents at `numbers` together: a few queries for a claim's candidates, not a
        few for each of them."""
        wanted = [n for n in dict.fromkeys(numbers) if n not in self._read and 0 <= n < self._count]
        if not wanted:
            return
        for number, document in self._kept.documents(wanted, self._packing).items():
            self._read[number] = document
        missing = [n for n in wanted if n not in self._read]
        if not missing:
            return
        items = self._dataset.items_at(missing)
        owners = {item.event for item in items.values() if isinstance(item, Fact) and item.event}
        places = self._places(owners)
        events = self._dataset.items_at(places.values())
        reader = self._document_reader()
        if self._sentences is not None:  # each source read once for the lot, and only its cited lines kept
            self._sentences.read_ahead(c for item in items.values() for c in item.citations)
        for number in missing:
            item = items[number]
            owner = item if isinstance(item, Event) else events.get(places.get(item.event or "", -1))
            self._read[number] = reader.document(item, owner if isinstance(owner, Event) else None)
            self._fresh.append(number)

    def _places(self, ids: set[str]) -> dict[str, int]:
        """Each id's first place among the documents, as `_Numbers` finds it one at a time."""
        found: dict[str, int] = {}
        chosen = sorted(ids)
        for start in range(0, len(chosen), _MANY):
            chunk = chosen[start : start + _MANY]
            found.update(
                self._database.rows(
                    f"SELECT id, min(n) FROM documents WHERE id IN ({_marks(chunk)}) GROUP BY id",
                    tuple(chunk),
                    lambda row: (str(row[0]), int(row[1])),
                )
            )
        return found

    def _document_reader(self) -> DocumentReader:
        if self._reader is None:
            from trafford_timeline.claims.index import DocumentReader
            from trafford_timeline.claims.sentences import SourceSentences

            fields = self._fields
            self._sentences = SourceSentences(self._dataset.data_dir, self._dataset.sources)
            self._reader = DocumentReader(
                fields["glossary"], fields["vocabulary"], fields["people"], self._sentences
            )
        return self._reader

    def items(self) -> list[Event | Fact]:
        """Every event and fact in order, without reading their documents."""
        record = self._dataset.record()
        return [*record.events, *record.facts]

    def keep(self) -> None:
        """Write the documents read in this run to the cache for the next run; at most `KEEP_AT_ONCE`."""
        fresh, self._fresh = self._fresh[:KEEP_AT_ONCE], []
        if fresh:
            self._kept.write([(n, data) for n in fresh for data, _ in [self._packing.seal(self._read[n])]])


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


class _Postings(Mapping[str, Sequence[int]]):
    """For each term, the numbers of the documents that carry it, read when asked for."""

    def __init__(self, database: Database) -> None:
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
        raise Damaged("postings fail their CRC")
    numbers = array(_INT32)
    numbers.frombytes(data)
    return numbers


class _Numbers(Mapping[str, int]):
    """Each item id's place among the documents."""

    def __init__(self, database: Database) -> None:
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

    def __init__(self, database: Database, packing: Packing) -> None:
        self._database = database
        self._packing = packing
        self._found: dict[tuple[int, int], list[tuple[DateSpan, str]]] = {}

    def overlapping(self, span: DateSpan | None) -> list[tuple[DateSpan, str]]:
        """Read once per span: every candidate dated apart from a claim asks about the claim's date.
        The date index is bounded on both sides, as the record's is (see dataset.py)."""
        first, last = days(span) if span is not None else ALL_DAYS
        if (first, last) not in self._found:
            found = self._database.rows(
                "SELECT n, data, crc FROM titles WHERE long = 0 AND first BETWEEN ? AND ? AND last >= ? "
                "UNION ALL SELECT n, data, crc FROM titles WHERE long = 1 AND first <= ? AND last >= ?",
                (first - LONG_DAYS, last, first, last, first),
                lambda row: (row[0], self._packing.unseal_row(row)),
            )
            self._found[first, last] = [title for _, title in sorted(found, key=lambda pair: pair[0])]
        return list(self._found[first, last])


KEEP_AT_ONCE = 20_000
"""Documents written back by one run at most: a claim examines a few hundred, and a run that read
them all (every item's quotes, for some questions) would otherwise write the whole record again."""


_KEPT_TABLES = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (n INTEGER PRIMARY KEY, data BLOB, crc INTEGER);
"""


class KeptDocuments:
    """Claim documents read by earlier runs, kept in a file of their own beside the claim index.

    The claim index file is never changed once built (it is opened as immutable), so what later
    runs read is written here, each run's documents in one short transaction (SQLite's journal
    makes it all or nothing). It is only ever a shortcut: a missing, locked, read-only or damaged
    file, or a row that fails its CRC, means the document is read again, and the answer is the same.
    """

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self._key = key

    def documents(self, numbers: Sequence[int], packing: Packing) -> dict[int, Document]:
        """Those of `numbers` kept before, each checked; none if the file cannot be read."""
        if not self.path.is_file():
            return {}
        found: dict[int, Document] = {}
        try:
            connection = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, timeout=_WAIT)
            try:
                if connection.execute("SELECT value FROM meta WHERE name = 'key'").fetchone() != (self._key,):
                    return {}
                for start in range(0, len(numbers), _MANY):
                    chunk = tuple(numbers[start : start + _MANY])
                    rows = connection.execute(
                        f"SELECT n, data, crc FROM documents WHERE n IN ({_marks(chunk)})", chunk
                    )
                    for number, data, crc in rows:
                        if _row_crc(number, data) != crc:
                            continue  # read again, and written back over it
                        try:
                            found[int(number)] = packing.unseal(data, zlib.crc32(data))
                        except Damaged:
                            continue
            finally:
                connection.close()
        except sqlite3.Error:
            self._discard()
            return {}
        return found

    def write(self, rows: Sequence[tuple[int, bytes]]) -> None:
        """Add `rows` (number, sealed document) in one transaction; a failure to write is no failure
        of the run."""
        try:
            connection = self._writer()
        except (sqlite3.Error, OSError):
            return
        try:
            connection.execute("PRAGMA synchronous = OFF")  # a cache: a file damaged by a crash is ignored
            connection.execute("BEGIN IMMEDIATE")
            for statement in _KEPT_TABLES.strip().split(";"):
                if statement.strip():
                    connection.execute(statement)
            stored = connection.execute("SELECT value FROM meta WHERE name = 'key'").fetchone()
            if stored is None:
                connection.execute("INSERT INTO meta VALUES ('key', ?)", (self._key,))
            elif stored != (self._key,):
                connection.execute("ROLLBACK")
                return
            connection.executemany(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?)",
                ((number, data, _row_crc(number, data)) for number, data in rows),
            )
            connection.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            if not isinstance(exc, sqlite3.OperationalError):  # not locked or read-only: damaged
                self._discard()
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
        finally:
            connection.close()

    def _writer(self) -> sqlite3.Connection:
        """The file opened for writing; made first, if need be, readable by this user alone, as every
        cache file is (it holds pickles)."""
        with contextlib.suppress(FileExistsError):
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return sqlite3.connect(self.path, timeout=_WAIT, isolation_level=None)

    def _discard(self) -> None:
        """A file SQLite cannot read is removed, so the next write starts it afresh."""
        with contextlib.suppress(OSError):
            self.path.unlink()


def _row_crc(number: int, data: bytes) -> int:
    """A kept row's CRC covers its number too: a document filed under another number by a flipped
    bit would otherwise pass its check and answer for the wrong item."""
    return zlib.crc32(data, zlib.crc32(int(number).to_bytes(8, "big", signed=True)))
