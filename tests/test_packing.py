"""Cache rows are compressed with a dictionary of their own table, and a damaged row is noticed."""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from trafford_timeline.record.cache import Damaged
from trafford_timeline.record.dataset import open_dataset
from trafford_timeline.record.packing import Packing

ROOT = Path(__file__).resolve().parents[1]


def test_rows_read_back_as_they_were_written() -> None:
    values = [{"id": f"event-{n}", "title": f"Council {n} is inspected", "n": n} for n in range(600)]
    packing, rows = Packing.learnt(values)
    written = list(rows)
    assert [value for value, _, _ in written] == values
    again = Packing.stored(packing.blob_row("values")[1:])
    assert [again.unseal(data, crc) for _, data, crc in written] == values


def test_a_packing_without_a_dictionary_reads_back_large_rows() -> None:
    value = {"quotes": tuple(f"Quote {n} of a source, cited once" for n in range(5000))}
    packing = Packing(b"")
    data, crc = packing.seal(value)
    assert len(data) < len(repr(value)) / 4
    assert Packing(b"").unseal(data, crc) == value


def test_a_damaged_row_is_noticed_not_read() -> None:
    packing, rows = Packing.learnt(["a quote from a source"] * 3)
    _, data, crc = next(rows)
    with pytest.raises(Damaged):
        packing.unseal(data[:-1] + bytes([data[-1] ^ 1]), crc)
    garbage = b"not a compressed row"
    with pytest.raises(Damaged):
        packing.unseal(garbage, zlib.crc32(garbage))


@pytest.mark.slow
def test_the_cache_of_a_large_record_is_at_most_three_times_its_events_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "make_corpus.py"),
            "--events",
            "2000",
            "--out",
            str(corpus),
        ],
        check=True,
        capture_output=True,
    )
    monkeypatch.setenv("TRAFFORD_CACHE_DIR", str(tmp_path / "cache"))
    dataset = open_dataset(corpus)
    dataset.claim_index()
    assert len(open_dataset(corpus).record().events) == 2000
    cached = sum(path.stat().st_size for path in (tmp_path / "cache").glob("*.sqlite"))
    assert cached < 3 * (corpus / "events.json").stat().st_size  # issue 16: at most 3 times
