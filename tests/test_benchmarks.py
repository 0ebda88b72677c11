"""The benchmark scripts run in a quick mode, so they cannot silently rot. No timing is asserted:
performance is measured with the benchmarks (benchmarks/README.md), not by a timed test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from builders import Trafford

pytestmark = pytest.mark.slow  # subprocesses and generated corpora: seconds each

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"


def run_script(name: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / name), *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "data"
    run_script("make_corpus.py", "--events", "300", "--out", str(out))
    return out


def test_make_corpus_writes_a_dataset_that_verify_accepts(trafford: Trafford, corpus: Path) -> None:
    result = trafford("--data", str(corpus), "verify", "--json")
    assert result.exit_code == 0, result.stdout
    record = json.loads((corpus / "events.json").read_text(encoding="utf-8"))
    assert len(record["events"]) == 300
    assert len(record["facts"]) > 600
    assert len(list((corpus / "sources").glob("*.txt"))) == len(record["sources"]) == 153


def test_make_corpus_is_the_same_for_the_same_size_and_seed(corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    run_script("make_corpus.py", "--events", "300", "--out", str(again))
    assert (again / "events.json").read_bytes() == (corpus / "events.json").read_bytes()


def test_the_corpus_answers_the_benchmark_commands(trafford: Trafford, corpus: Path) -> None:
    window = trafford("--data", str(corpus), "timeline", "--from", "2019-05-01", "--to", "2019-05-31")
    assert window.exit_code == 0
    record = json.loads((corpus / "events.json").read_text(encoding="utf-8"))
    claim = trafford("--data", str(corpus), "cite", record["events"][0]["title"])
    assert claim.exit_code == 0, claim.stdout


@pytest.mark.parametrize("data", [None, "corpus"])
def test_the_start_up_benchmark_runs_and_prints_ratios(data: str | None, corpus: Path) -> None:
    args = ["--quick"] + (["--data", str(corpus), "--first"] if data else [])
    output = run_script("bench.py", *args)
    rows = [line for line in output.splitlines() if line.startswith("| `")]
    assert len(rows) == (8 if data else 5)
    assert any(row.startswith("| `trafford ask ") for row in rows)
    if data:
        assert "first `cite` with no cache at all" in output
        assert "x events.json" in output
        assert any("no document kept (a new claim)" in row for row in rows)
    assert rows[0].startswith("| `floor")
    assert all(" ms |" in row for row in rows)


def test_the_store_comparison_runs(corpus: Path, tmp_path: Path) -> None:
    output = run_script(
        "compare_stores.py", str(corpus), "--runs", "1", "--cache-dir", str(tmp_path / "cache")
    )
    assert "| in-process (one pickle) |" in output
    assert "| SQLite, read on demand |" in output
