"""`verify`: re-find every quote in its source, at its line, and check what holds the record together.

Problems carry stable codes so scripts can count them, in the manner of `frictionless validate`.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from trafford_timeline.errors import DataError
from trafford_timeline.record.model import (
    Citation,
    DateBasis,
    Event,
    Fact,
    Problem,
    Record,
    all_citations,
    find_reference_problems,
)
from trafford_timeline.record.store import SOURCES_DIR, load_record, read_source, source_path

MIN_QUOTE_WORDS = 4

PROBLEM_CODES: dict[str, str] = {
    "invalid-data": "events.json cannot be read or does not match the schema",
    "duplicate-id": "two events, facts or conflicts share an id",
    "duplicate-rating": "two ratings give a grade for the same year and judgement area",
    "duplicate-source": "a source is described twice",
    "unknown-event": "a fact belongs to an event that is not in the record",
    "missing-source": "a citation names a source the record does not describe",
    "missing-file": "a described source has no file in sources/",
    "unreadable-source": "a source file is not UTF-8 text, cannot be read, or links out of sources/",
    "hash-mismatch": "a source file differs from the SHA-256 the record gives",
    "unlisted-source": "a file in sources/ is not described in the record",
    "quote-not-found": "a quote does not occur anywhere in its source",
    "wrong-line": "a quote occurs in its source, but not on the line given",
    "short-quote": f"a quote has fewer than {MIN_QUOTE_WORDS} words and is not a whole line (a table row)",
    "unknown-item": "a conflict side names an event or fact that is not in the record",
    "date-not-stated": "a dated item has no date_basis, and no one of its citations states its date whole",
    "date-wording-not-cited": "a date_basis quotes wording that none of the item's citations contains",
    "quote-marks-not-cited": "words put in quotation marks are in none of the item's citations",
    "disfavoured-but-occurred": "an event marked occurred records a side the evidence is against",
    "non-body-citation": "a citation points into a region that is not the body (comments, adverts, "
    "navigation, sidebars; a caption unless the citation is marked as one)",
}


@dataclass(frozen=True)
class Verification:
    problems: tuple[Problem, ...]
    citations_checked: int
    sources_checked: int

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(p.code for p in self.problems).items()))


def _check_citation(where: str, citation: Citation, lines: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    whole_line = citation.line <= len(lines) and citation.quote.strip() == lines[citation.line - 1].strip()
    if len(citation.quote.split()) < MIN_QUOTE_WORDS and not whole_line:
        problems.append(Problem("short-quote", where, f"{citation.quote!r} is too short to anchor"))
    if citation.line <= len(lines) and citation.quote in lines[citation.line - 1]:
        return problems
    found = [n for n, text in enumerate(lines, 1) if citation.quote in text]
    place = f"{citation.source}:{citation.line}"
    if found:
        at = ", ".join(str(n) for n in found[:5])
        problems.append(Problem("wrong-line", where, f"quote is not on {place}; it is on line {at}"))
    else:
        problems.append(
            Problem("quote-not-found", where, f"quote not found in {citation.source}: {citation.quote!r}")
        )
    return problems


def _check_sources(data_dir: Path, record: Record) -> tuple[list[Problem], dict[str, list[str]]]:
    problems: list[Problem] = []
    texts: dict[str, list[str]] = {}
    for i, source in enumerate(record.sources):
        where = f"sources[{i}] ({source.file})"
        try:
            if not source_path(data_dir, source.file).exists():
                problems.append(Problem("missing-file", where, f"{SOURCES_DIR}/{source.file} does not exist"))
                continue
            raw, text = read_source(data_dir, source.file)
        except DataError as exc:
            problems.append(Problem("unreadable-source", where, str(exc)))
            continue
        texts[source.file] = text.splitlines()
        digest = hashlib.sha256(raw).hexdigest()
        if digest != source.sha256:
            problems.append(
                Problem("hash-mismatch", where, f"SHA-256 is {digest}, the record says {source.sha256}")
            )
    described = {source.file for source in record.sources}
    folder = data_dir / SOURCES_DIR
    on_disk = sorted(p.name for p in folder.glob("*.txt")) if folder.is_dir() else []
    problems += [
        Problem("unlisted-source", f"{SOURCES_DIR}/{name}", "not described in events.json")
        for name in on_disk
        if name not in described
    ]
    return problems, texts


_MONTH_NAMES = {number: name.lower() for number, name in enumerate(calendar.month_name) if name}
_DATE_END = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _states_date_end(end: str, quote: str) -> bool:
    """The quote gives this end of a date whole: its ISO form, or its year, month name and day."""
    match = _DATE_END.match(end)
    if match is None or end in quote:
        return match is not None
    text = quote.lower()
    year, month, day = match[1], match[2], match[3]
    if not re.search(rf"\b{year}\b", text):
        return False
    if month and _MONTH_NAMES[int(month)] not in text:
        return False
    return not day or re.search(rf"\b{int(day)}(?:st|nd|rd|th)?\b", text) is not None


def _date_problems(
    where: str, date: str | None, basis: DateBasis | None, quotes: Sequence[str]
) -> list[Problem]:
    """A date is stated whole in one quote, or explained by a date_basis whose wording is quoted."""
    if date is None:
        return []
    if basis is None:
        ends = [end for end in date.split("/") if end != ".."]
        missing = [end for end in ends if not any(_states_date_end(end, q) for q in quotes)]
        return [
            Problem(
                "date-not-stated", f"{where}.date", f"no citation states {end!r} whole; give a date_basis"
            )
            for end in missing
        ]
    wording = basis.wording
    if wording is not None and not any(wording.lower() in q.lower() for q in quotes):
        message = f"the wording {wording!r} is in none of the item's citations"
        return [Problem("date-wording-not-cited", f"{where}.date_basis.wording", message)]
    return []


_QUOTED = re.compile(r"[“\"]([^”\"]{3,})[”\"]")


def _quote_mark_problems(where: str, text: str, quotes: Sequence[str]) -> list[Problem]:
    """Words the record puts in quotation marks are words a citation of that item gives."""

    def plain(value: str) -> str:
        return re.sub(r"[‘’“”\"']", "", value).lower()

    cited = [plain(q) for q in quotes]
    return [
        Problem("quote-marks-not-cited", where, f"“{words}” is in none of its citations")
        for words in _QUOTED.findall(text)
        if not any(plain(words) in q for q in cited)
    ]


def find_rule_problems(record: Record) -> list[Problem]:
    """The rules that keep the record from saying more than its quotes: dates, quotation marks,
    and the status of what the weight of evidence is against."""
    problems: list[Problem] = []
    items: Iterable[Event | Fact] = (*record.events, *record.facts)
    for item in items:
        quotes = [c.quote for c in item.citations]
        problems += _date_problems(item.id, item.date, item.date_basis, quotes)
        field, shown = ("title", item.title) if isinstance(item, Event) else ("text", item.text)
        problems += _quote_mark_problems(f"{item.id}.{field}", shown, quotes)
    status = {event.id: event.status for event in record.events}
    for conflict in record.conflicts:
        for i, side in enumerate(conflict.sides):
            where = f"{conflict.id}.sides[{i}]"
            quotes = [c.quote for c in side.citations]
            problems += _quote_mark_problems(f"{where}.statement", side.statement, quotes)
            if conflict.favours is None or conflict.favours == i:
                continue
            for named in side.items:
                if status.get(named) == "occurred":
                    message = f"{named!r} is marked occurred, but {conflict.id!r} favours the other side"
                    problems.append(Problem("disfavoured-but-occurred", f"{where}.items", message))
    return problems


def verify_dataset(data_dir: Path) -> Verification:
    """Check everything `verify` promises; a dataset that cannot be read at all is one problem.

    The record is read from the cache when its bytes were validated before; the sources are
    always read, hashed and searched afresh."""
    from trafford_timeline.record.dataset import cached_record

    try:
        cached = cached_record(data_dir)  # validated before, so its references resolve
        record = cached if cached is not None else load_record(data_dir, check_references=False)
    except DataError as exc:
        details = [Problem("invalid-data", exc.file, line) for line in exc.details]
        return Verification(tuple(details or [Problem("invalid-data", exc.file, exc.summary)]), 0, 0)
    problems = find_reference_problems(record)
    problems += find_rule_problems(record)
    source_problems, texts = _check_sources(data_dir, record)
    problems += source_problems
    citations = all_citations(record)
    regions = {source.file: source.regions for source in record.sources}
    for where, citation in citations:
        if citation.source in texts:
            problems += _check_citation(where, citation, texts[citation.source])
        for region in regions.get(citation.source, ()):
            if region.first_line <= citation.line <= region.last_line and not (
                region.kind == "caption" and citation.caption
            ):
                place = f"{citation.source}:{citation.line}"
                lines = f"{region.first_line}-{region.last_line}"
                message = f"{place} is in a {region.kind} region (lines {lines}), not the body"
                problems.append(Problem("non-body-citation", where, message))
    return Verification(tuple(problems), len(citations), len(texts))
