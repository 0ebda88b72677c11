"""Fixtures: the one way tests call the command line, datasets in tmp_path, and a cache of their own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from builders import SOURCE_NAME, SOURCE_TEXT, DatasetFactory, Trafford, minimal_record, shipped_index
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.cli import app
from trafford_timeline.record.cache import CACHE_DIR_VAR, NO_CACHE_VAR
from trafford_timeline.record.store import shipped_data_dir


@pytest.fixture(scope="session")
def index() -> ClaimIndex:
    """The shipped record's claim index, built once; a module with a record of its own overrides it."""
    return shipped_index()


@pytest.fixture
def trafford() -> Trafford:
    """Run `trafford` in this process as a person would type it; stdout and stderr kept apart."""
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
        return runner.invoke(app, list(args), env=env, input=input)

    return invoke


@pytest.fixture
def make_dataset(tmp_path: Path) -> DatasetFactory:
    """Write a dataset folder: `record` as events.json (a dict, or raw text), `sources` as files."""

    def build(
        record: dict[str, Any] | str | None = None,
        sources: dict[str, str | bytes] | None = None,
        name: str = "dataset",
    ) -> Path:
        root = tmp_path / name
        (root / "sources").mkdir(parents=True)
        body = (
            record if isinstance(record, str) else json.dumps(record or minimal_record(), ensure_ascii=False)
        )
        (root / "events.json").write_text(body, encoding="utf-8")
        for file, text in (sources if sources is not None else {SOURCE_NAME: SOURCE_TEXT}).items():
            data = text if isinstance(text, bytes) else text.encode("utf-8")
            (root / "sources" / file).write_bytes(data)
        return root

    return build


@pytest.fixture(scope="session")
def shipped() -> Path:
    return shipped_data_dir()


@pytest.fixture(scope="session")
def session_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _cache_in_tmp(session_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never write to the user's own cache folder; they share one made for the session."""
    monkeypatch.setenv(CACHE_DIR_VAR, str(session_cache))
    monkeypatch.delenv(NO_CACHE_VAR, raising=False)
