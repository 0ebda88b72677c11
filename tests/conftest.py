"""Small datasets built in tmp_path, so each test states exactly the record it needs."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from trafford_timeline.record.cache import CACHE_DIR_VAR, NO_CACHE_VAR
from trafford_timeline.record.store import shipped_data_dir

SOURCE_NAME = "001_report.txt"
SOURCE_TEXT = (
    "Council rated inadequate\n"
    "\n"
    "An Ofsted report published on 8 May said the services are inadequate.\n"
    "The notice issued today orders the council to improve by August 2020.\n"
    "Staff morale is “good” in many teams, said the chief executive.\n"
)


def citation(line: int, quote: str, source: str = SOURCE_NAME) -> dict[str, Any]:
    return {"source": source, "line": line, "quote": quote}


def source_entry(name: str = SOURCE_NAME, text: str = SOURCE_TEXT) -> dict[str, Any]:
    return {
        "file": name,
        "title": "Council rated inadequate",
        "description": "A test report.",
        "publisher": None,
        "author": None,
        "kind": "news_report",
        "date": "2019-05-23",
        "date_basis": "stated",
        "date_reason": "Test data.",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
    }


def event(id: str, date: str, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": id,
        "date": date,
        "kind": "publication",
        "title": f"Event {id}",
        "status": "occurred",
        "citations": [citation(3, "An Ofsted report published on 8 May")],
    }
    return base | extra


def finding(id: str, event_id: str | None = None, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": id,
        "kind": "finding",
        "polarity": "strength",
        "text": "Morale is good in many teams.",
        "event": event_id,
        "citations": [citation(5, "Staff morale is “good” in many teams")],
    }
    return base | extra


def rating(year: int, area: str, grade: str, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": f"rating-{year}-{area.replace('_', '-')}",
        "kind": "rating",
        "text": f"{area} was rated {grade} in {year}.",
        "year": year,
        "framework": "SIF" if year < 2018 else "ILACS",
        "area": area,
        "grade": grade,
        "citations": [citation(3, "said the services are inadequate")],
    }
    return base | extra


def conflict(id: str, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": id,
        "topic": "Whether morale is good",
        "sides": [
            {
                "statement": "Good in many teams.",
                "citations": [citation(5, "Staff morale is “good” in many teams")],
            },
            {
                "statement": "Services are inadequate.",
                "citations": [citation(3, "said the services are inadequate")],
            },
        ],
        "favours": 0,
        "assessment": "The first side is quoted more closely.",
    }
    return base | extra


def minimal_record() -> dict[str, Any]:
    return {
        "sources": [source_entry()],
        "events": [
            event("report-2019", "2019-05-08",
                  date_basis={"reason": "Test data: 8 May, in a report of 23 May 2019."}),
            event("notice-2019", "2019-05-23", kind="intervention",
                  citations=[citation(4, "The notice issued today orders the council")],
                  date_basis={"reason": "Test data.", "wording": "today", "relative_to": "2019-05-23"}),
            event("deadline-2020", "2020-08", kind="deadline", status="planned", as_of="2019-05-23",
                  citations=[citation(4, "orders the council to improve by August 2020")]),
        ],
        "facts": [finding("morale-good", "report-2019")],
    }  # fmt: skip


DatasetFactory = Callable[..., Path]


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
