"""Patterns compiled in an earlier run are reused (`patterns.py`): the same matches, a file kept only
where the cache may be written, and a damaged file ignored."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from builders import DatasetFactory
from trafford_timeline import patterns
from trafford_timeline.record.cache import CACHE_DIR_VAR

SAMPLES: list[tuple[str | bytes, int, str | bytes]] = [
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+) (?P<year>\d{4})", 0, "issued on 8 May 2019, and 23 June 2020"),
    (r"\b(?:improvement|warning) notices?\b", re.IGNORECASE, "An Improvement Notice and warning notices"),
    (r"^(?:when|who)\b(?=.*\?$)", re.MULTILINE, "when?\nwho said it?\nnot this"),
    (rb"(?<![a-z])\x00+(\d+)", 0, b"x\x00\x0012 y\x0034"),
    (r"(a)|(b)(?(2)c|d)", re.VERBOSE, "a bc bd"),
]


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[Path]:
    patterns.uninstall()
    re.purge()
    yield tmp_path
    patterns.uninstall()
    re.purge()


def _matches(pattern: str | bytes, flags: int, text: str | bytes) -> list[object]:
    compiled = re.compile(pattern, flags)
    found = [(m.span(), m.groups(), m.groupdict()) for m in compiled.finditer(text)]  # type: ignore[arg-type]
    return [compiled.flags, compiled.groups, dict(compiled.groupindex), found]


def test_a_pattern_from_the_stored_code_matches_as_a_freshly_compiled_one(installed: Path) -> None:
    expected = [_matches(*sample) for sample in SAMPLES]
    re.purge()
    patterns.install(installed)
    patterns.keep(installed)
    assert [_matches(*sample) for sample in SAMPLES] == expected  # compiled, and remembered
    patterns.save()
    assert (installed / patterns.file_name()).is_file()
    patterns.uninstall()
    re.purge()
    patterns.install(installed)  # as the next run: every sample from the stored code
    assert len(patterns._stored) >= len(SAMPLES)
    assert [_matches(*sample) for sample in SAMPLES] == expected
    assert not patterns._new


def test_a_damaged_file_is_ignored_and_nothing_is_kept_without_an_approved_folder(installed: Path) -> None:
    (installed / patterns.file_name()).write_bytes(b"\xff not marshal")
    patterns.install(installed)
    expected = [_matches(*sample) for sample in SAMPLES]  # compiled the ordinary way
    assert all(found[3] for found in expected)
    patterns.save()  # no folder approved by the cache: nothing written
    assert (installed / patterns.file_name()).read_bytes() == b"\xff not marshal"


def _ask(cache: Path, data: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, CACHE_DIR_VAR: str(cache)}
    env.pop("TRAFFORD_DATA", None)
    extra = ["--data", str(data)] if data is not None else []
    return subprocess.run(
        [sys.executable, "-m", "trafford_timeline", *extra, "ask", "When was the improvement notice issued?"],
        capture_output=True,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_a_run_keeps_its_patterns_in_the_cache_and_the_next_answers_the_same(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _ask(cache)
    memo = cache / patterns.file_name()
    assert memo.is_file()
    written = memo.stat().st_mtime_ns
    second = _ask(cache)
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout)
    assert "improvement notice" in second.stdout.lower()
    assert memo.stat().st_mtime_ns == written  # nothing new compiled: not written again


@pytest.mark.slow
def test_no_pattern_file_is_written_inside_the_dataset(make_dataset: DatasetFactory) -> None:
    root = make_dataset()
    inside = root / ".cache"
    _ask(inside, root)
    assert list(inside.glob("patterns-*")) == []
