"""Data builders: small records written as a test needs them, so each test states exactly its record."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from typer.testing import Result

from trafford_timeline.claims.check import ClaimIndex, build_index
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.record.store import load_glossary, load_record, shipped_data_dir

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

Trafford = Callable[..., Result]
"""The `trafford` fixture: `trafford("timeline", "--json", env=..., input=...)` runs the command line."""


def shipped_index() -> ClaimIndex:
    """The shipped record's claim index with the sources' sentences, as `cite` and `ask` read it."""
    data = shipped_data_dir()
    record = load_record(data)
    return build_index(record, load_glossary(data), sentences=SourceSentences(data, record.sources))
