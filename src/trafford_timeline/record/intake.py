"""`init` and `sources add`: start a dataset folder the user owns, and add a document to it.

The source entry says what the text states about itself (title, byline, date, and for an Ofsted
report its inspection dates, publication date and lead inspector), where the text came from (the
original's name, media type and hash, and the extractor), and which lines are not the body.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from trafford_timeline.claims.mentions import find_dates
from trafford_timeline.dates import DateSpan, parse_user_date
from trafford_timeline.errors import UsageError, quoted
from trafford_timeline.record.documents import Extracted, extract
from trafford_timeline.record.model import SourceKind
from trafford_timeline.record.regions import find_regions
from trafford_timeline.record.store import EVENTS_FILE, SOURCES_DIR, parse_record, shipped_data_dir
from trafford_timeline.record.writer import (
    BACKUP_SUFFIX,
    SUMS_FILE,
    Change,
    events_bytes,
    sums_bytes,
    writable_dataset,
)

EMPTY_RECORD: dict[str, list[Any]] = {"sources": [], "events": [], "facts": [], "conflicts": []}


def init_dataset(folder: Path, *, empty: bool = False) -> Path:
    """A new dataset folder: a copy of the shipped record, or with `empty` a record with nothing in it.

    It is built in a temporary folder beside the target and renamed into place, so it appears whole.
    """
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(f"{quoted(str(folder))} already exists and is not an empty folder; choose a new one")
    parent = folder.resolve().parent
    if not parent.is_dir():
        raise UsageError(f"{quoted(str(parent))} does not exist; create it first")
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
    try:
        (staging / SOURCES_DIR).mkdir()
        if empty:
            (staging / EVENTS_FILE).write_bytes(events_bytes(dict(EMPTY_RECORD)))
            (staging / SOURCES_DIR / SUMS_FILE).write_bytes(b"")
        else:
            shipped = shipped_data_dir()
            shutil.copyfile(shipped / EVENTS_FILE, staging / EVENTS_FILE)
            for path in sorted((shipped / SOURCES_DIR).iterdir()):
                if path.is_file():
                    shutil.copyfile(path, staging / SOURCES_DIR / path.name)
        if folder.exists():
            folder.rmdir()
        staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder


@dataclass(frozen=True)
class Overrides:
    """What the user says about a source, which wins over what the text says."""

    name: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    kind: SourceKind | None = None


def record_date(span: DateSpan) -> str:
    """A single typed date as the record writes it, at its precision."""
    if span.first_precision == "year":
        return f"{span.first.year:04d}"
    if span.first_precision == "month":
        return f"{span.first.year:04d}-{span.first.month:02d}"
    return span.first.isoformat()


def _source_name(path: Path, name: str | None) -> str:
    stem = name or path.stem
    stem = stem.removesuffix(".txt")
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")
    if not slug:
        raise UsageError(f"cannot make a source name from {quoted(stem)}; give one with --name")
    return f"{slug}.txt"


_BYLINE = re.compile(r"^\s*by\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Detected:
    title: str | None
    author: str | None
    publisher: str | None
    kind: SourceKind
    date: str | None
    date_basis: str
    date_reason: str
    date_citations: tuple[dict[str, Any], ...]
    report: dict[str, Any] | None


def _first_lines(text: str, count: int) -> list[tuple[int, str]]:
    return [(n, line.strip()) for n, line in enumerate(text.splitlines()[:count], 1) if line.strip()]


def detect(extracted: Extracted, file: str) -> Detected:
    """What the text says about itself; an Ofsted report by its own statements of dates and inspector."""
    from trafford_timeline.record.ofsted import looks_like_ofsted_report, read_report

    text = extracted.text
    if looks_like_ofsted_report(text):
        report = read_report(text)
        lines = text.splitlines()
        title = next((line.strip() for line in lines[:15] if "inspection of" in line.lower()), None)
        if title and title.endswith(("local authority", "and")):
            index = lines.index(next(line for line in lines if line.strip() == title))
            title = f"{title} {lines[index + 1].strip()}".strip()
        details = {
            "inspection_dates": _interval(report.inspection_first, report.inspection_last),
            "published": report.published.isoformat() if report.published else None,
            "lead_inspector": report.lead_inspector,
        }
        if report.published and report.published_line and report.published_quote:
            return Detected(
                title, report.lead_inspector, "Ofsted", "inspection_report", report.published.isoformat(),
                "stated", f"The report states it was published on {report.published:%-d %B %Y}.",
                ({"source": file, "line": report.published_line, "quote": report.published_quote},), details,
            )  # fmt: skip
        created = extracted.created
        reason = (
            f"The report does not state when it was published; its PDF was made on {created:%-d %B %Y}, "
            "which is on or shortly before publication."
            if created
            else "The report does not state when it was published."
        )
        return Detected(
            title, report.lead_inspector, "Ofsted", "inspection_report",
            created.isoformat() if created else None, "inferred", reason, (), details,
        )  # fmt: skip
    head = _first_lines(text, 25)
    title = extracted.title or next((line for _, line in head if len(line) <= 200), None)
    author = extracted.author or next(
        (m["name"] for _, line in head if (m := _BYLINE.match(line)) is not None), None
    )
    kind: SourceKind = "web_page" if extracted.media_type == "text/html" else "document"
    if extracted.published is not None:
        reason = "The page's metadata gives its publication date."
        return Detected(
            title, author, None, kind, extracted.published.isoformat(), "stated", reason, (), None
        )
    for number, line in head:
        for mention in find_dates(line.lower()):
            if mention.span is not None and mention.span.first == mention.span.last:
                quote = line[mention.start : mention.end]
                citation = {"source": file, "line": number, "quote": line.strip()}
                reason = f"The text gives the date {quote!r} near its top, under the title."
                return Detected(title, author, None, kind, mention.span.first.isoformat(), "stated", reason,
                                (citation,) if len(line.split()) >= 4 else (), None)  # fmt: skip
    return Detected(title, author, None, kind, None, "inferred", "", (), None)


def _interval(first: date | None, last: date | None) -> str | None:
    if first is None:
        return None
    if last is None or last == first:
        return first.isoformat()
    return f"{first.isoformat()}/{last.isoformat()}"


def add_source(data_dir: Path, path: Path, overrides: Overrides) -> dict[str, Any]:
    """Add `path` to the dataset: its text in `sources/`, its entry in `events.json`, `SHA256SUMS`.

    Everything is checked before anything is written, and then written all together or not at all.
    """
    writable_dataset(data_dir)
    file = _source_name(path, overrides.name)
    target = data_dir / SOURCES_DIR / file
    events_path = data_dir / EVENTS_FILE
    old = events_path.read_bytes()
    document: dict[str, Any] = json.loads(old)
    if target.exists() or any(s.get("file") == file for s in document.get("sources", [])):
        raise UsageError(f"the dataset already has a source named {quoted(file)}; choose another with --name")
    extracted = extract(path)
    found = detect(extracted, file)
    date_value, basis, reason, date_citations = (
        found.date,
        found.date_basis,
        found.date_reason,
        found.date_citations,
    )
    if overrides.date is not None:
        date_value = record_date(parse_user_date(overrides.date))
        basis, reason, date_citations = (
            "stated",
            "The date was given with --date when the source was added.",
            (),
        )
    if date_value is None:
        raise UsageError(f"{quoted(path.name)} states no date that could be read; give one with --date")
    found_regions = extracted.regions
    if extracted.media_type == "text/plain":  # a saved page keeps its furniture; HTML's comes from its tags
        found_regions = find_regions(extracted.text)
    regions = [asdict(r) for r in found_regions]
    title = overrides.title or found.title
    description = f"{found.kind.replace('_', ' ').capitalize()} added from {path.name}"
    if overrides.url:
        description += f" ({overrides.url})"
    entry: dict[str, Any] = {
        "file": file,
        "title": title,
        "description": description + ".",
        "publisher": overrides.publisher or found.publisher,
        "author": overrides.author or found.author,
        "kind": overrides.kind or found.kind,
        "date": date_value,
        "date_basis": basis,
        "date_reason": reason,
        "date_citations": list(date_citations),
        "sha256": _sha256(extracted.data),
        "original": {
            "file_name": path.name,
            "media_type": extracted.media_type,
            "sha256": extracted.original_sha256,
            "extractor": extracted.extractor,
        },
    }
    if found.report is not None:
        entry["report"] = found.report
    if regions:
        entry["regions"] = regions
    document.setdefault("sources", []).append(entry)
    new = events_bytes(document)
    parse_record(events_path, new)
    change = Change(data_dir)
    change.put(f"{SOURCES_DIR}/{file}", extracted.data)
    change.put(f"{SOURCES_DIR}/{SUMS_FILE}", sums_bytes(data_dir, {file: extracted.data}))
    change.put(EVENTS_FILE + BACKUP_SUFFIX, old)
    change.put(EVENTS_FILE, new)
    change.commit()
    return entry


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()
