"""Claim documents read on demand (issue 16, fifth pass): the first run builds only what finds
them, a claim reads the few it examines, and what a run read is kept for the next run."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from builders import Trafford
from trafford_timeline.claims import stored
from trafford_timeline.claims.check import build_index
from trafford_timeline.claims.index import DocumentReader
from trafford_timeline.record import cache
from trafford_timeline.record.cache import CACHE_DIR_VAR, NO_CACHE_VAR
from trafford_timeline.record.model import Event
from trafford_timeline.record.store import load_glossary, load_record

CLAIM = "The improvement notice was issued on 8 May 2019"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_VAR, str(folder))
    return folder


def kept_file(folder: Path) -> Path:
    (found,) = folder.glob(f"*{cache.KEPT_SUFFIX}")
    return found


def kept_rows(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        connection.close()


def cite(trafford: Trafford, data: Path, claim: str = CLAIM) -> str:
    result = trafford("--data", str(data), "cite", claim, "--json")
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def test_a_document_read_on_demand_is_the_one_the_whole_index_reads(shipped: Path) -> None:
    record = load_record(shipped)
    whole = build_index(record, load_glossary(shipped))
    reader = DocumentReader(whole.glossary, whole.vocabulary, whole.people)
    events = {event.id: event for event in record.events}
    items = [*record.events, *record.facts]
    for item, document in zip(items, whole.documents, strict=True):
        owner = item if isinstance(item, Event) else events.get(item.event or "")
        assert reader.document(item, owner) == document, item.id


def test_the_first_run_reads_only_what_finds_the_documents_and_finds_the_same(shipped: Path) -> None:
    record, glossary = load_record(shipped), load_glossary(shipped)
    whole = build_index(record, glossary)
    finding = build_index(record, glossary, whole=False)
    assert finding.documents == ()
    assert finding.postings == whole.postings
    assert finding.idf == whole.idf
    assert finding.record_years == whole.record_years
    assert finding.people == whole.people
    assert finding.vocabulary == whole.vocabulary


def test_a_cite_keeps_the_documents_it_read_and_the_next_run_reuses_them(
    trafford: Trafford, shipped: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cite(trafford, shipped)
    kept = kept_rows(kept_file(cache_dir))
    assert kept > 0
    assert kept_file(cache_dir).stat().st_mode & 0o077 == 0  # the user's alone, as the cache files are

    def refuse(*_: object) -> None:
        raise AssertionError("read again: the kept documents were not used")

    monkeypatch.setattr(DocumentReader, "document", refuse)
    assert cite(trafford, shipped) == first
    assert kept_rows(kept_file(cache_dir)) == kept  # nothing new to keep


def test_a_new_claim_reads_and_keeps_only_documents_not_kept_before(
    trafford: Trafford, shipped: Path, cache_dir: Path
) -> None:
    cite(trafford, shipped)
    before = kept_rows(kept_file(cache_dir))
    other = "Sara Todd is the chief executive of Trafford Council"
    answer = cite(trafford, shipped, other)
    assert kept_rows(kept_file(cache_dir)) > before
    no_cache = {NO_CACHE_VAR: "1"}
    assert trafford("--data", str(shipped), "cite", other, "--json", env=no_cache).stdout == answer


def test_documents_that_cannot_be_kept_change_nothing(
    trafford: Trafford, shipped: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kept-documents file that cannot be written (read-only, or not a file) is done without."""
    other = "Sara Todd is the chief executive of Trafford Council"
    expected = [
        trafford("--data", str(shipped), "cite", claim, "--json", env={NO_CACHE_VAR: "1"}).stdout
        for claim in (CLAIM, other)
    ]
    assert cite(trafford, shipped) == expected[0]
    path = kept_file(cache_dir)
    kept, before = kept_rows(path), path.read_bytes()

    def read_only(self: stored.KeptDocuments) -> sqlite3.Connection:
        return sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True, isolation_level=None)

    monkeypatch.setattr(stored.KeptDocuments, "_writer", read_only)
    assert cite(trafford, shipped, other) == expected[1]  # its documents cannot be written
    assert path.read_bytes() == before
    assert kept_rows(path) == kept
    monkeypatch.undo()
    monkeypatch.setenv(CACHE_DIR_VAR, str(cache_dir))
    path.unlink()
    path.mkdir()  # not a file at all
    assert cite(trafford, shipped, other) == expected[1]
    assert cite(trafford, shipped) == expected[0]
    assert path.is_dir()


def test_a_damaged_kept_file_is_read_again_and_replaced(
    trafford: Trafford, shipped: Path, cache_dir: Path
) -> None:
    expected = cite(trafford, shipped)
    path = kept_file(cache_dir)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE documents SET crc = crc + 1")
    connection.commit()
    connection.close()
    assert cite(trafford, shipped) == expected  # every row fails its CRC: read again, written over
    assert cite(trafford, shipped) == expected
    connection = sqlite3.connect(path)
    connection.execute("UPDATE documents SET n = n + 1000000")
    connection.execute("UPDATE documents SET n = n - 999999")  # each row filed under its neighbour's number
    connection.commit()
    connection.close()
    assert cite(trafford, shipped) == expected
    path.write_bytes(b"not a database at all" * 100)
    assert cite(trafford, shipped) == expected
    assert kept_rows(kept_file(cache_dir)) > 0 or not path.exists()
    assert cite(trafford, shipped) == expected
    assert kept_rows(kept_file(cache_dir)) > 0


def test_kept_documents_go_when_their_claim_index_is_evicted(
    trafford: Trafford, shipped: Path, cache_dir: Path
) -> None:
    cite(trafford, shipped)
    kept = kept_file(cache_dir)
    (claims,) = cache_dir.glob("*.claims.sqlite")
    claims.unlink()
    cache._evict(cache_dir)
    assert not kept.exists()
