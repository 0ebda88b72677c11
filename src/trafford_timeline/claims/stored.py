"""The claim index kept in a cache file, so `cite` reads only the postings and documents a claim needs.

What is stored is derived from `ClaimIndex`'s fields: the large ones (`ROW_FIELDS`) become tables
read on demand, and every other field is kept whole in one blob, so a new field needs no edit here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
import zlib
from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from trafford_timeline.dates import DateSpan
from trafford_timeline.errors import DataError
from trafford_timeline.record.cache import (
    ALL_DAYS,
    FORMAT,
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
from trafford_timeline.record.packing import Packing
from trafford_timeline.record.store import glossary_path, parse_glossary, read_glossary

if TYPE_CHECKING:
    from trafford_timeline.claims.check import ClaimIndex, Document
    from trafford_timeline.claims.glossary import Glossary
    from trafford_timeline.record.dataset import Dataset
    from trafford_timeline.record.model import Record


_CLAIM_TABLES = (
    KEYED_TABLES
    + """
CREATE TABLE documents (n INTEGER PRIMARY KEY, id TEXT, data BLOB, crc INTEGER);
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


_INT32 = "I" if array("I").itemsize == 4 else "L"


ROW_FIELDS = frozenset({"documents", "postings", "dated_titles", "numbers"})
"""The `ClaimIndex` fields kept as tables and read on demand; every other field is kept whole."""


def claim_index_of(dataset: Dataset) -> ClaimIndex:
    """The claim index of `dataset` and its glossary: from its cache file, else built (and kept) now."""
    from trafford_timeline.claims.check import build_index

    path = glossary_path(dataset.data_dir)
    folder = dataset.folder
    if folder is None:
        return build_index(dataset.record(), parse_glossary(path, read_glossary(dataset.data_dir)))
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

    def rebuild() -> sqlite3.Connection:
        return build(
            folder, name, lambda connection: _fill_claims(connection, key, dataset.record(), glossary())
        )

    connection = open_file(folder / name, key) or rebuild()
    return _claim_index(Database(connection, rebuild))


def _fill_claims(connection: sqlite3.Connection, key: str, record: Record, glossary: Glossary) -> None:
    """Read the record for the claim checker, writing each document out as it is read."""
    from trafford_timeline.claims.check import build_index
    from trafford_timeline.claims.language import stem

    connection.executescript(_CLAIM_TABLES)

    def keep(documents: Iterator[Document]) -> Sequence[Document]:
        packing, packed = Packing.learnt(documents)
        connection.executemany(
            "INSERT INTO documents VALUES (?, ?, ?, ?)",
            ((n, document.item.id, data, crc) for n, (document, data, crc) in enumerate(packed)),
        )
        connection.execute("INSERT INTO blobs VALUES (?, ?, ?)", packing.blob_row("documents"))
        count = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        return _Documents(Database(connection, lambda: connection), count, packing)

    index = build_index(record, glossary, keep)
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
    whole = {f.name: getattr(index, f.name) for f in dataclasses.fields(index) if f.name not in ROW_FIELDS}
    shared = {"fields": whole, "count": len(index.documents), "stems": {word: stem(word) for word in words}}
    connection.execute("INSERT INTO blobs VALUES ('shared', ?, ?)", seal(shared))
    connection.executescript(_CLAIM_INDEXES)
    connection.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
    connection.commit()


def _claim_index(database: Database) -> ClaimIndex:
    from trafford_timeline.claims.check import ClaimIndex
    from trafford_timeline.claims.language import remember_stems

    shared = database.blob("shared")
    remember_stems(shared["stems"])
    documents, titles = (_packing(database, name) for name in ("documents", "titles"))
    rows: dict[str, Any] = {
        "documents": _Documents(database, shared["count"], documents),
        "postings": _Postings(database),
        "dated_titles": _Titles(database, titles),
        "numbers": _Numbers(database),
    }
    return ClaimIndex(**shared["fields"], **rows)


def _packing(database: Database, table: str) -> Packing:
    found = database.rows("SELECT data, crc FROM blobs WHERE name = ?", (table,), Packing.stored)
    if not found:
        raise DataError("the cache", f"has no dictionary for its {table}")
    return found[0]


class _Documents(Sequence["Document"]):
    """The claim index's documents, each read when it is first asked for."""

    def __init__(self, database: Database, count: int, packing: Packing) -> None:
        self._database = database
        self._count = count
        self._packing = packing
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
            found = self._database.rows(
                "SELECT data, crc FROM documents WHERE n = ?", (number,), self._packing.unseal_row
            )
            if not found:
                raise IndexError(number)
            self._read[number] = found[0]
        return self._read[number]


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
