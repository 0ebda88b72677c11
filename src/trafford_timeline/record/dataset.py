"""The front door: every command opens its dataset here, from the cache where it can, else in memory.

`open_dataset` hashes `events.json` and, for content seen before, reads the validated record back
from a cache file (see cache.py) instead of validating it again; `Dataset` then reads only what a
command asks for, such as the events in a `timeline` window.
"""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trafford_timeline.dates import DateSpan, parse_record_date
from trafford_timeline.errors import DataError
from trafford_timeline.record.cache import (
    ALL_DAYS,
    FORMAT,
    KEYED_TABLES,
    Damaged,
    Database,
    build,
    cache_folder,
    cache_key,
    code_fingerprint,
    collector_paused,
    days,
    open_file,
    seal,
)
from trafford_timeline.record.digest import file_digest
from trafford_timeline.record.model import Conflict, Event, Fact, Problem, Record, Source
from trafford_timeline.record.packing import Packing
from trafford_timeline.record.store import EVENTS_FILE, parse_record, read_events, refuse_if_too_large

if TYPE_CHECKING:
    from trafford_timeline.claims.check import ClaimIndex
    from trafford_timeline.record.verify import Anchors, RecordChecks


_RECORD_TABLES = (
    KEYED_TABLES
    + """
CREATE TABLE events (
    n INTEGER PRIMARY KEY, long INTEGER, first INTEGER, last INTEGER, data BLOB, crc INTEGER
);
CREATE TABLE facts (n INTEGER PRIMARY KEY, data BLOB, crc INTEGER);
CREATE TABLE anchors (source TEXT PRIMARY KEY, data BLOB, crc INTEGER) WITHOUT ROWID;
"""
)


_MANY = 500
"""Items read in one query, well under SQLite's limit on a query's parameters."""


_RECORD_INDEXES = "CREATE INDEX events_by_date ON events (long, first, last);"


_DATES_SQL = (
    "SELECT count(*), coalesce(sum(((n + 1) * (long * 7 + first * 3 + last * 5)) % 1000000007), 0) "
    "FROM events INDEXED BY events_by_date"
)
"""How many events a record file holds, and a checksum of the date columns that every `--from/--to`
query reads from the index (the rows' CRCs cover only their data): a flipped bit in a date, or a
deleted row, changes it. Each row's term is weighted by its number and taken modulo a prime larger
than any factor of a change, so any single change shows, and the sum cannot overflow. Checked on
every open: 24 ms for 100,000 events. Facts are counted when they are read (`FACT_COUNT`)."""


FACT_COUNT = "facts"
"""The meta row that holds how many facts were written."""


ANCHOR_COUNT = "anchors"
"""The meta row that holds how many sources' citations were written for `verify`."""


CITATION_COUNT = "citations"
"""The meta row that holds how many citations the record has."""


_ANCHOR_PACKING = Packing(b"")
"""A source's citations make one large row, which compresses well without a dictionary."""


LONG_DAYS = 400
"""Events dated over a span longer than this (or open-ended) are few, and looked up on their own:
the rest are found by their first day alone, within this many days before a window."""


def _fill_record(key: str, record: Record) -> Callable[[sqlite3.Connection], None]:
    def fill(connection: sqlite3.Connection) -> None:
        connection.executescript(_RECORD_TABLES)
        connection.executemany(
            "INSERT INTO blobs VALUES (?, ?, ?)",
            [("sources", *seal(record.sources)), ("conflicts", *seal(record.conflicts))],
        )
        events, packed_events = Packing.learnt(record.events)
        facts, packed_facts = Packing.learnt(record.facts)
        connection.executemany(
            "INSERT INTO blobs VALUES (?, ?, ?)", [events.blob_row("events"), facts.blob_row("facts")]
        )
        connection.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
            (
                (n, last - first > LONG_DAYS, first, last, data, crc)
                for n, (event, data, crc) in enumerate(packed_events)
                for first, last in [days(parse_record_date(event.date))]
            ),
        )
        connection.executemany(
            "INSERT INTO facts VALUES (?, ?, ?)",
            ((n, data, crc) for n, (_, data, crc) in enumerate(packed_facts)),
        )
        _fill_checks(connection, record)
        connection.executescript(_RECORD_INDEXES)
        connection.execute("INSERT INTO meta VALUES ('dates', ?)", (_dates(connection),))
        connection.execute("INSERT INTO meta VALUES (?, ?)", (FACT_COUNT, str(len(record.facts))))
        connection.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
        connection.commit()

    return fill


def _fill_checks(connection: sqlite3.Connection, record: Record) -> None:
    """What `verify` needs of the record, so it never reads the events and facts back: the
    problems `events.json` alone decides (the references of a cached record resolve, or it would
    not have been cached), and each source's citations."""
    from trafford_timeline.record.verify import citation_anchors, find_rule_problems

    connection.execute("INSERT INTO blobs VALUES ('rules', ?, ?)", seal(tuple(find_rule_problems(record))))
    anchors = citation_anchors(record)
    connection.executemany(
        "INSERT INTO anchors VALUES (?, ?, ?)",
        ((found.source, *_ANCHOR_PACKING.seal(found)) for found in anchors),
    )
    connection.execute("INSERT INTO meta VALUES (?, ?)", (ANCHOR_COUNT, str(len(anchors))))
    citations = sum(len(found.quotes) for found in anchors)
    connection.execute("INSERT INTO meta VALUES (?, ?)", (CITATION_COUNT, str(citations)))


def _checked(row: tuple[Any, ...]) -> tuple[str, tuple[bytes, int]]:
    """A row of anchors whose CRC holds, left packed."""
    source, data, crc = row
    if zlib.crc32(data) != crc:
        raise Damaged("a row of anchors fails its CRC")
    return str(source), (data, crc)


def _dates(connection: sqlite3.Connection) -> str:
    return " ".join(str(n) for n in connection.execute(_DATES_SQL).fetchone())


def _intact(connection: sqlite3.Connection) -> bool:
    """The file still holds every event it was built with, with the dates it was built with."""
    try:
        stored = connection.execute("SELECT value FROM meta WHERE name = 'dates'").fetchone()
        return bool(stored == (_dates(connection),))
    except sqlite3.DatabaseError:
        return False


class Dataset:
    """A dataset folder as the commands read it: from the cache where it can be, else in memory."""

    def __init__(self, data_dir: Path, folder: Path | None, key: str, database: Database | None) -> None:
        self.data_dir = data_dir
        self.folder = folder
        """Where the cache files are kept; None when caching is off."""
        self.key = key
        """The key of the content this dataset was read from."""
        self._database = database
        self._record: Record | None = None
        self._packings: dict[str, Packing] = {}

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

    def _packing(self, table: str) -> Packing:
        """How the rows of `table` are compressed, read once."""
        if table not in self._packings:
            assert self._database is not None
            found = self._database.rows(
                "SELECT data, crc FROM blobs WHERE name = ?", (table,), Packing.stored
            )
            if not found:
                raise DataError("the cache", f"has no dictionary for its {table}")
            self._packings[table] = found[0]
        return self._packings[table]

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """Where the sources disagree, read without the events and facts (for `ask`)."""
        if self._database is None:
            return self.record().conflicts
        conflicts: tuple[Conflict, ...] = self._database.blob("conflicts")
        return conflicts

    def record(self) -> Record:
        """The whole record."""
        if self._record is None:
            assert self._database is not None
            events, facts = self._packing("events"), self._packing("facts")
            self._record = Record(
                sources=self.sources,
                events=tuple(
                    self._database.rows("SELECT data, crc FROM events ORDER BY n", (), events.unseal_row)
                ),
                facts=tuple(
                    self._database.rows(
                        "SELECT data, crc FROM facts ORDER BY n", (), facts.unseal_row, FACT_COUNT
                    )
                ),
                conflicts=self._database.blob("conflicts"),
            )
        return self._record

    def items_at(self, numbers: Iterable[int]) -> dict[int, Event | Fact]:
        """Events and facts by their place among all of them, events first (the claim index's
        numbering), read without the rest: a claim examines a few hundred of 400,000."""
        wanted = sorted(set(numbers))
        if self._database is None:
            whole = self.record()
            count = len(whole.events)
            return {n: whole.events[n] if n < count else whole.facts[n - count] for n in wanted}
        count = self._event_count()
        found: dict[int, Event | Fact] = {}
        found.update(self._rows_at("events", 0, [n for n in wanted if n < count]))
        found.update(self._rows_at("facts", count, [n - count for n in wanted if n >= count]))
        if len(found) != len(wanted):
            raise DataError("the cache", "is missing events or facts; delete it to have it rebuilt")
        return found

    def _rows_at(self, table: str, first: int, numbers: list[int]) -> list[tuple[int, Any]]:
        """The rows of `table` at `numbers`, unpacked, each numbered from `first`."""
        assert self._database is not None
        packing = self._packing(table)
        found: list[tuple[int, Any]] = []
        for start in range(0, len(numbers), _MANY):
            chunk = numbers[start : start + _MANY]
            found += self._database.rows(
                f"SELECT n, data, crc FROM {table} WHERE n IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
                lambda row: (first + int(row[0]), packing.unseal_row(row)),
            )
        return found

    def _event_count(self) -> int:
        """How many events the record file holds, as its date checksum counted them."""
        assert self._database is not None
        stored = self._database.rows(
            "SELECT value FROM meta WHERE name = 'dates'", (), lambda row: int(str(row[0]).split()[0])
        )
        if not stored:
            raise DataError("the cache", "has no count of its events")
        return stored[0]

    def record_of_events(self, window: DateSpan | None) -> Record:
        """The sources and only the events whose dates overlap `window` (all for None); facts and
        conflicts are left out. Enough for `timeline`, and read without reading the rest."""
        if self._database is None:
            whole = self.record()
            events = whole.events if window is None else self._overlapping(whole.events, window)
            return Record(sources=whole.sources, events=events, facts=())
        first, last = days(window) if window is not None else ALL_DAYS
        packing = self._packing("events")
        found = self._database.rows(
            "SELECT n, data, crc FROM events WHERE long = 0 AND first BETWEEN ? AND ? AND last >= ? "
            "UNION ALL SELECT n, data, crc FROM events WHERE long = 1 AND first <= ? AND last >= ?",
            (first - LONG_DAYS, last, first, last, first),
            lambda row: (row[0], packing.unseal_row(row)),
        )
        events = tuple(event for _, event in sorted(found, key=lambda pair: pair[0]))
        return Record(sources=self.sources, events=events, facts=())

    @staticmethod
    def _overlapping(events: tuple[Event, ...], window: DateSpan) -> tuple[Event, ...]:
        return tuple(event for event in events if parse_record_date(event.date).overlaps(window))

    def checks(self) -> RecordChecks:
        """What `verify` needs of the record: from the cache file without reading any event or
        fact, else worked out from the record in memory."""
        from trafford_timeline.record.verify import RecordChecks, record_checks

        if self._database is None:
            return record_checks(self.record())
        rules: tuple[Problem, ...] = self._database.blob("rules")
        packed = dict(
            self._database.rows("SELECT source, data, crc FROM anchors", (), _checked, ANCHOR_COUNT)
        )  # every row's CRC is checked here; a row is unpacked only when its source is read
        citations = self._database.rows(
            "SELECT value FROM meta WHERE name = ?", (CITATION_COUNT,), lambda row: int(row[0])
        )

        def anchors(source: str) -> Anchors | None:
            row = packed.get(source)
            if row is None:
                return None
            try:
                found: Anchors = _ANCHOR_PACKING.unseal(*row)
            except Damaged as exc:  # its CRC held, so not a damage a rebuild is likely to mend
                raise DataError("the cache", f"is damaged ({exc})") from None
            return found

        if not citations:
            raise DataError("the cache", "has no count of its citations")
        return RecordChecks(rules, anchors, citations[0])

    def claim_index(self) -> ClaimIndex:
        """The claim checker's index of this record and its glossary: cached, or built now."""
        from trafford_timeline.claims.stored import claim_index_of

        return claim_index_of(self)


def open_dataset(data_dir: Path, *, rehash: bool = False) -> Dataset:
    """The dataset in `data_dir`, from the cache if its content was seen before, else validated
    now (and cached for next time). A DataError says what is wrong with a dataset.

    `events.json` is hashed only if it changed since it was last hashed (see digest.py), or
    always with `rehash`."""
    folder = cache_folder(data_dir)
    cached = _cached(data_dir, folder, rehash=rehash)
    if cached is not None:
        return cached
    path = data_dir / EVENTS_FILE
    fingerprint = code_fingerprint() if folder is not None else b""
    raw = read_events(data_dir)
    with collector_paused():
        record = parse_record(path, raw)
    key = cache_key(FORMAT, fingerprint, hashlib.sha256(raw).digest())
    if folder is not None:
        build(folder, f"{key}.record.sqlite", _fill_record(key, record)).close()
    return Dataset.loaded(data_dir, folder, key, record)


def cached_checks(data_dir: Path) -> tuple[tuple[Source, ...], RecordChecks] | None:
    """What `verify` needs of `events.json` as it is now (hashed afresh), if the cache holds it:
    the sources and the checks drawn from the validated record. None means it must validate."""
    dataset = _cached(data_dir, cache_folder(data_dir), rehash=True)
    return (dataset.sources, dataset.checks()) if dataset is not None else None


def _cached(data_dir: Path, folder: Path | None, *, rehash: bool) -> Dataset | None:
    """The dataset from its cache file, if the content of `events.json` was seen before."""
    path = data_dir / EVENTS_FILE
    if folder is None or not _is_file(path):
        return None
    refuse_if_too_large(path)
    try:
        digest = file_digest(folder, path, rehash=rehash)
    except OSError:
        return None  # reading it again says what is wrong
    key = cache_key(FORMAT, code_fingerprint(), digest)
    connection = open_file(folder / f"{key}.record.sqlite", key)
    if connection is not None and not _intact(connection):
        connection.close()
        connection = None  # built again, as if it were not there
    if connection is None:
        return None
    return Dataset(data_dir, folder, key, Database(connection, _rebuilder(data_dir, folder, key)))


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
        if cache_key(FORMAT, code_fingerprint(), hashlib.sha256(raw).digest()) != key:
            raise DataError(str(path), "changed while it was being read; run the command again")
        return build(folder, f"{key}.record.sqlite", _fill_record(key, parse_record(path, raw)))

    return rebuild
