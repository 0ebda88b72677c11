"""Data files are hashed only when they may have changed, and a change is always seen."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from builders import DatasetFactory
from trafford_timeline.record import digest
from trafford_timeline.record.cache import CACHE_DIR_VAR
from trafford_timeline.record.dataset import open_dataset

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_VAR, str(folder))
    return folder


@pytest.fixture
def hashes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One entry for each time a file is hashed from now on."""
    seen: list[str] = []
    real = digest.hashlib.file_digest

    def counting(file: object, name: str) -> object:
        seen.append("hashed")
        return real(file, name)  # type: ignore[arg-type]

    monkeypatch.setattr(digest.hashlib, "file_digest", counting)
    return seen


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by the test count as old enough to be remembered, as they would after 2 s."""
    monkeypatch.setattr(digest, "RACY_SECONDS", 0.0)


def titles(data_dir: Path) -> list[str]:
    return [event.title for event in open_dataset(data_dir).record().events]


def test_an_unchanged_file_is_not_hashed_again(
    make_dataset: DatasetFactory, cache_dir: Path, settled: None, hashes: list[str]
) -> None:
    root = make_dataset()
    first = titles(root)
    assert hashes == ["hashed"]
    assert titles(root) == first
    assert hashes == ["hashed"]


def test_content_changed_with_its_size_and_mtime_restored_gives_a_fresh_answer(
    make_dataset: DatasetFactory, cache_dir: Path, settled: None, hashes: list[str]
) -> None:
    root = make_dataset()
    path = root / "events.json"
    assert titles(root)[0] == "Event report-2019"
    before = path.stat()
    path.write_text(
        path.read_text(encoding="utf-8").replace("Event report-2019", "Event REPORT-2019"), encoding="utf-8"
    )
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    assert titles(root)[0] == "Event REPORT-2019"
    assert hashes == ["hashed", "hashed"]


def test_a_file_replaced_by_another_is_hashed(
    make_dataset: DatasetFactory, cache_dir: Path, settled: None, hashes: list[str]
) -> None:
    root = make_dataset()
    path = root / "events.json"
    titles(root)
    replacement = root / "events.new"
    replacement.write_text(
        path.read_text(encoding="utf-8").replace("Event report-2019", "Event renamed-2019"), encoding="utf-8"
    )
    os.replace(replacement, path)
    assert titles(root)[0] == "Event renamed-2019"
    assert len(hashes) == 2


def test_a_file_changed_in_the_last_two_seconds_is_always_hashed(
    make_dataset: DatasetFactory, cache_dir: Path, hashes: list[str]
) -> None:
    root = make_dataset()  # just written
    titles(root)
    titles(root)
    assert hashes == ["hashed", "hashed"]


def test_a_setting_forces_hashing(
    make_dataset: DatasetFactory,
    cache_dir: Path,
    settled: None,
    hashes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = make_dataset()
    titles(root)
    monkeypatch.setenv(digest.ALWAYS_HASH_VAR, "1")
    titles(root)
    assert hashes == ["hashed", "hashed"]
    open_dataset(root, rehash=True)
    monkeypatch.delenv(digest.ALWAYS_HASH_VAR)
    open_dataset(root, rehash=True)
    assert len(hashes) == 4


def test_a_damaged_memo_means_hashing_again(
    make_dataset: DatasetFactory, cache_dir: Path, settled: None, hashes: list[str]
) -> None:
    root = make_dataset()
    titles(root)
    (memo,) = (cache_dir / digest.FOLDER).iterdir()
    memo.write_text(memo.read_text(encoding="ascii")[:-20] + "zz\n", encoding="ascii")
    assert titles(root)[0] == "Event report-2019"
    assert len(hashes) == 2


def test_the_glossary_changed_in_place_rebuilds_the_claim_index(
    make_dataset: DatasetFactory, cache_dir: Path, settled: None
) -> None:
    root = make_dataset()
    path = root / "glossary.json"
    glossary = json.loads((ROOT / "data" / "glossary.json").read_text(encoding="utf-8"))
    text = json.dumps(glossary, indent=1)
    path.write_text(text, encoding="utf-8")
    assert any(word.startswith("releas") for word in open_dataset(root).claim_index().glossary.words)
    before = path.stat()
    for concept in glossary["concepts"]:
        if concept["id"] == "publish":
            concept["terms"] = [term for term in concept["terms"] if not term.startswith("release")]
    shorter = json.dumps(glossary, indent=1)
    path.write_text(shorter + " " * (len(text) - len(shorter)), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert not any(word.startswith("releas") for word in open_dataset(root).claim_index().glossary.words)


def _library(site: Path, name: str, version: str) -> Path:
    (site / name).mkdir(parents=True)
    (site / f"{name}-{version}.dist-info").mkdir()
    origin = site / name / "__init__.py"
    origin.write_text("", encoding="utf-8")
    return origin


def test_a_library_is_known_by_its_release_not_its_place(tmp_path: Path) -> None:
    from trafford_timeline.record.cache import _release

    here = _library(tmp_path / "one" / "site-packages", "stemmer", "3.1.1")
    there = _library(tmp_path / "two" / "lib" / "site-packages", "stemmer", "3.1.1")
    newer = _library(tmp_path / "three" / "site-packages", "stemmer", "3.2.0")
    assert _release("stemmer", here) == _release("stemmer", there)
    assert _release("stemmer", here) != _release("stemmer", newer)


def _fingerprint_from(folder: Path) -> str:
    import subprocess
    import sys

    program = "from trafford_timeline.record.cache import code_fingerprint as f; print(f().hex())"
    env = {**os.environ, "PYTHONPATH": str(folder)}
    result = subprocess.run(
        [sys.executable, "-c", program], env=env, cwd=folder, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_the_same_code_elsewhere_has_the_same_fingerprint(tmp_path: Path) -> None:
    """A new virtual environment with the same code and releases reuses the cache."""
    import shutil

    from trafford_timeline.record.cache import code_fingerprint

    package = Path(digest.__file__).resolve().parents[1]
    copy = tmp_path / package.name
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert _fingerprint_from(tmp_path) == code_fingerprint().hex()
    changed = copy / "dates.py"
    changed.write_text(changed.read_text(encoding="utf-8") + "# changed\n", encoding="utf-8")
    assert _fingerprint_from(tmp_path) != code_fingerprint().hex()


def test_verify_reads_the_validated_record_from_the_cache_but_always_hashes(
    make_dataset: DatasetFactory,
    cache_dir: Path,
    settled: None,
    hashes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from trafford_timeline.record.verify import verify_dataset

    root = make_dataset()
    titles(root)
    titles(root)
    assert len(hashes) == 1

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("validated events.json again")

    monkeypatch.setattr("trafford_timeline.record.store.parse_record", refuse)
    assert verify_dataset(root).ok
    assert len(hashes) == 2
    source = next((root / "sources").iterdir())
    source.write_text(source.read_text(encoding="utf-8").replace("inadequate", "good"), encoding="utf-8")
    assert "hash-mismatch" in {problem.code for problem in verify_dataset(root).problems}
