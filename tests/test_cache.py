"""The cache in the user's cache folder: never stale, rebuilt when damaged, safe to build twice at once."""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
from dataclasses import asdict, fields
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from builders import DatasetFactory, Trafford, minimal_record
from trafford_timeline.claims.check import build_index, check_claim
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.claims.stored import ROW_FIELDS
from trafford_timeline.dates import DateSpan
from trafford_timeline.errors import DataError
from trafford_timeline.record import cache
from trafford_timeline.record.cache import CACHE_DIR_VAR, NO_CACHE_VAR
from trafford_timeline.record.dataset import Dataset, open_dataset
from trafford_timeline.record.store import load_glossary, load_record

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_VAR, str(folder))
    return folder


def files_in(folder: Path, pattern: str = "*") -> list[Path]:
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def titles(data_dir: Path) -> list[str]:
    return [event.title for event in open_dataset(data_dir).record().events]


def refuse_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object, **__: object) -> None:
        raise AssertionError("validated events.json: the cache was not used")

    monkeypatch.setattr("trafford_timeline.record.dataset.parse_record", fail)


def test_a_second_run_reads_the_cache_without_validating(
    make_dataset: DatasetFactory, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_dataset()
    first = open_dataset(root).record()
    assert len(files_in(cache_dir, "*.record.sqlite")) == 1
    refuse_validation(monkeypatch)
    assert open_dataset(root).record() == first


def test_changed_content_with_the_same_size_and_time_is_never_served_stale(
    make_dataset: DatasetFactory, cache_dir: Path
) -> None:
    root = make_dataset()
    path = root / "events.json"
    assert titles(root)[0] == "Event report-2019"
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Event report-2019", "Event REPORT-2019"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert titles(root)[0] == "Event REPORT-2019"
    assert len(files_in(cache_dir, "*.record.sqlite")) == 2  # one per content; the old is never read


def test_a_change_back_finds_the_earlier_cache_again(
    make_dataset: DatasetFactory, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_dataset()
    path = root / "events.json"
    original = path.read_bytes()
    titles(root)
    path.write_bytes(original.replace(b"Event report-2019", b"Event other-2019"))
    titles(root)
    path.write_bytes(original)
    refuse_validation(monkeypatch)
    assert titles(root)[0] == "Event report-2019"


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "another key"])
def test_a_damaged_cache_file_is_rebuilt(make_dataset: DatasetFactory, cache_dir: Path, damage: str) -> None:
    root = make_dataset()
    expected = titles(root)
    (stored,) = files_in(cache_dir, "*.record.sqlite")
    data = stored.read_bytes()
    if damage == "truncated":
        stored.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        stored.write_bytes(os.urandom(len(data)))
    elif damage == "empty":
        stored.write_bytes(b"")
    else:
        with sqlite3.connect(stored) as connection:
            connection.execute("UPDATE meta SET value = 'not-the-key' WHERE name = 'key'")
        connection.close()
    assert titles(root) == expected
    assert stored.read_bytes()[:16] == b"SQLite format 3\x00"
    assert files_in(cache_dir, ".build-*") == []


def test_a_row_that_fails_its_check_is_noticed_when_read_and_the_file_rebuilt(
    make_dataset: DatasetFactory, cache_dir: Path
) -> None:
    root = make_dataset()
    expected = titles(root)
    (stored,) = files_in(cache_dir, "*.record.sqlite")
    with sqlite3.connect(stored) as connection:  # rows that unpickle, but not to what was stored there
        first, second = (
            row[0] for row in connection.execute("SELECT data FROM events WHERE n < 2 ORDER BY n")
        )
        connection.execute("UPDATE events SET data = ? WHERE n = 0", (second,))
        connection.execute("UPDATE events SET data = ? WHERE n = 1", (first,))
    connection.close()
    assert titles(root) == expected


def test_a_claim_index_damaged_after_opening_is_rebuilt_mid_check(
    make_dataset: DatasetFactory, cache_dir: Path
) -> None:
    root = make_dataset()
    claim = "An Ofsted report was published on 8 May 2019"
    expected = check_claim(claim, open_dataset(root).claim_index())
    index = open_dataset(root).claim_index()  # opened, nothing read yet
    (stored,) = files_in(cache_dir, "*.claims.sqlite")
    with sqlite3.connect(stored) as connection:
        connection.execute("UPDATE postings SET numbers = zeroblob(length(numbers))")
    connection.close()
    assert check_claim(claim, index) == expected


def _build_in_a_process(args: tuple[str, str, Any]) -> tuple[list[str], str]:
    data_dir, folder, barrier = args
    os.environ[CACHE_DIR_VAR] = folder
    barrier.wait()
    dataset = open_dataset(Path(data_dir))
    check = check_claim("An Ofsted report was published on 8 May 2019", dataset.claim_index())
    return [event.id for event in dataset.record().events], check.verdict


@pytest.mark.slow
def test_processes_building_the_cache_at_once_all_succeed_and_leave_it_whole(
    make_dataset: DatasetFactory, cache_dir: Path
) -> None:
    root = make_dataset()
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(4)
        with context.Pool(4) as pool:
            results = pool.map(_build_in_a_process, [(str(root), str(cache_dir), barrier)] * 4)
    assert len(set(map(str, results))) == 1
    assert results[0][1] == "supported"
    assert len(files_in(cache_dir, "*.record.sqlite")) == 1
    assert len(files_in(cache_dir, "*.claims.sqlite")) == 1
    assert files_in(cache_dir, ".build-*") == []


def test_the_data_folder_is_never_written(make_dataset: DatasetFactory, cache_dir: Path) -> None:
    root = make_dataset()
    before = {
        p: (p.read_bytes() if p.is_file() else None, p.stat().st_mtime_ns) for p in [root, *root.rglob("*")]
    }
    dataset = open_dataset(root)
    check_claim("An Ofsted report was published on 8 May 2019", dataset.claim_index())
    open_dataset(root).record_of_events(None)
    after = {
        p: (p.read_bytes() if p.is_file() else None, p.stat().st_mtime_ns) for p in [root, *root.rglob("*")]
    }
    assert after == before
    assert files_in(cache_dir, "*.sqlite")


def test_without_a_usable_cache_folder_every_command_still_answers(
    make_dataset: DatasetFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_dataset()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # others could plant a pickle: not used
    for setting in [str(blocker / "cache"), str(shared)]:
        monkeypatch.setenv(CACHE_DIR_VAR, setting)
        assert cache.cache_folder() is None
        assert titles(root)[0] == "Event report-2019"
    assert files_in(shared) == []


def test_a_cache_folder_that_refuses_writes_still_answers(
    make_dataset: DatasetFactory, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_dataset()

    def refuse(*_: object, **__: object) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(cache, "_create", refuse)
    assert titles(root)[0] == "Event report-2019"
    assert check_claim("An Ofsted report was published on 8 May 2019", open_dataset(root).claim_index())
    assert files_in(cache_dir, "*.sqlite") == []


def test_no_cache_when_turned_off(
    make_dataset: DatasetFactory, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NO_CACHE_VAR, "1")
    root = make_dataset()
    assert titles(root)[0] == "Event report-2019"
    assert files_in(cache_dir) == []


def test_a_dataset_that_cannot_be_used_is_never_cached(make_dataset: DatasetFactory, cache_dir: Path) -> None:
    root = make_dataset(record="{not json")
    with pytest.raises(DataError, match="not valid JSON"):
        open_dataset(root)
    assert files_in(cache_dir, "*.sqlite") == []


WINDOWS = [
    ("2019-05-01", "2019-05-31"), ("2019-01-01", "2019-12-31"), ("2015-01-01", "2015-01-31"),
    ("2010-01-01", "2010-01-01"), ("2021-06-01", "2030-01-01"), ("1999-01-01", "2000-01-01"),
]  # fmt: skip


def test_a_window_reads_just_the_events_that_overlap_it_long_and_open_ones_too(
    make_dataset: DatasetFactory, cache_dir: Path
) -> None:
    record = minimal_record()
    dates = ["2018-07/..", "../2010", "2015/2020", "2019-03-04/2019-03-08", "2019-05", "2019", "2016-04-30"]
    record["events"] += [
        {**record["events"][0], "id": f"dated-{n}", "date": date} for n, date in enumerate(dates)
    ]
    root = make_dataset(record)
    open_dataset(root)
    cached, in_memory = open_dataset(root), Dataset.loaded(root, None, "", load_record(root))
    for start, end in WINDOWS:
        window = DateSpan(date.fromisoformat(start), date.fromisoformat(end))
        from_cache = cached.record_of_events(window)
        assert from_cache == in_memory.record_of_events(window), (start, end)
        assert from_cache.facts == ()
    may = cached.record_of_events(DateSpan(date(2019, 5, 1), date(2019, 5, 31)))
    assert [e.id for e in may.events] == [
        "report-2019",
        "notice-2019",
        "dated-0",
        "dated-2",
        "dated-4",
        "dated-5",
    ]


def test_a_dataset_glossary_change_rebuilds_the_claim_index(
    make_dataset: DatasetFactory, cache_dir: Path
) -> None:
    root = make_dataset()
    claim = "An Ofsted report was blorbed on 8 May 2019"  # a word no glossary or dictionary knows
    assert check_claim(claim, open_dataset(root).claim_index()).verdict != "supported"
    glossary = json.loads((ROOT / "data" / "glossary.json").read_text(encoding="utf-8"))
    for concept in glossary["concepts"]:
        if concept["id"] == "publish":
            concept["terms"].append("blorbed")
    (root / "glossary.json").write_text(json.dumps(glossary), encoding="utf-8")
    assert check_claim(claim, open_dataset(root).claim_index()).verdict == "supported"


@pytest.mark.slow
def test_the_cached_claim_index_answers_exactly_as_one_built_in_memory(
    shipped: Path, cache_dir: Path
) -> None:
    lines = (ROOT / "benchmarks" / "claims" / "written.jsonl").read_text(encoding="utf-8").splitlines()
    claims = [json.loads(line)["claim"] for line in lines if line.strip()]
    record = load_record(shipped)
    sentences = SourceSentences(shipped, record.sources)
    in_memory = build_index(record, load_glossary(shipped), sentences=sentences)
    open_dataset(shipped).claim_index()  # built and written
    cached = open_dataset(shipped).claim_index()  # read back on demand
    for claim in claims:
        assert asdict(check_claim(claim, cached)) == asdict(check_claim(claim, in_memory)), claim


def test_every_field_of_the_claim_index_is_stored_and_read_back(
    make_dataset: DatasetFactory, cache_dir: Path
) -> None:
    """The stored form is derived from the fields, so a field added to ClaimIndex is kept too."""
    root = make_dataset()
    record = load_record(root)
    in_memory = build_index(record, load_glossary(root), sentences=SourceSentences(root, record.sources))
    open_dataset(root).claim_index()  # built and written
    cached = open_dataset(root).claim_index()  # read back on demand
    read_back = {
        "documents": lambda index: list(index.documents),
        "postings": lambda index: {term: list(numbers) for term, numbers in index.postings.items()},
        "dated_titles": lambda index: index.dated_titles.overlapping(None),
        "numbers": lambda index: dict(index.numbers),
    }
    assert set(read_back) == ROW_FIELDS
    for field in fields(in_memory):
        value = read_back.get(field.name, lambda index, name=field.name: getattr(index, name))
        assert value(cached) == value(in_memory), field.name


@pytest.mark.parametrize(
    "command",
    [["timeline", "--json"], ["timeline", "--from", "May 2019", "--to", "May 2019", "--json"],
     ["facts", "--json"], ["cite", "An Ofsted report was published on 8 May 2019", "--json"]],
)  # fmt: skip
def test_commands_answer_the_same_from_the_cache_as_without_it(
    trafford: Trafford,
    make_dataset: DatasetFactory,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    root = make_dataset(minimal_record())
    answers = [trafford("--data", str(root), *command) for _ in range(2)]  # builds, then reads
    monkeypatch.setenv(NO_CACHE_VAR, "1")
    answers.append(trafford("--data", str(root), *command))
    assert [a.exit_code for a in answers] == [0, 0, 0]
    assert answers[0].stdout == answers[1].stdout == answers[2].stdout


def test_a_glossary_that_cannot_be_used_is_reported_and_leaves_no_half_built_file(
    make_dataset: DatasetFactory, cache_dir: Path
) -> None:
    root = make_dataset()
    (root / "glossary.json").write_text('{"about": "broken"}', encoding="utf-8")
    with pytest.raises(DataError, match="glossary"):
        open_dataset(root).claim_index()
    assert files_in(cache_dir, ".build-*") == []
    assert files_in(cache_dir, "*.claims.sqlite") == []


MODULES_AT_EXIT = (
    "import atexit, sys; "
    "atexit.register(lambda: print(' '.join(sorted(sys.modules)), file=sys.stderr)); "
    "sys.argv = ['trafford', *sys.argv[1:]]; "
    "from trafford_timeline.__main__ import main; main()"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "unneeded"),
    [
        (["timeline", "--from", "2019-05-01", "--to", "2019-05-31"],
         {"trafford_timeline.record.schema", "trafford_timeline.claims.check",
          "trafford_timeline.record.verify", "snowballstemmer", "dateutil", "pydantic"}),
        (["cite", "The improvement notice was issued on 8 May 2019"],
         {"trafford_timeline.record.schema", "trafford_timeline.record.verify",
          "snowballstemmer", "dateutil", "pydantic"}),
        (["ask", "When was the improvement notice issued?"],
         {"trafford_timeline.record.schema", "trafford_timeline.record.verify", "dateutil", "pydantic"}),
    ],
)  # fmt: skip
def test_a_command_answered_from_the_cache_imports_nothing_it_does_not_need(
    cache_dir: Path, command: list[str], unneeded: set[str]
) -> None:
    import subprocess
    import sys

    env = {**os.environ, CACHE_DIR_VAR: str(cache_dir)}
    env.pop("TRAFFORD_DATA", None)
    runs = [
        subprocess.run(
            [sys.executable, "-c", MODULES_AT_EXIT, *command], capture_output=True, text=True, env=env
        )
        for _ in range(2)  # the first builds the cache
    ]
    imported = set(runs[1].stderr.split())
    assert "trafford_timeline.record.cache" in imported
    assert {
        name.split(".")[0] if name.startswith("snowballstemmer") else name for name in imported
    } & unneeded == set()
