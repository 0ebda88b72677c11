"""`verify`: re-find every quote in its source, at its line, and check what holds the record together.

Problems carry stable codes so scripts can count them, in the manner of `frictionless validate`.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
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
    Region,
    Source,
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


_INT32 = "I" if array("I").itemsize == 4 else "L"


@dataclass(frozen=True)
class Anchors:
    """Every citation of one source file, in columns: all `verify` checks against that file's text.

    Drawn from the record once and kept in its cache file, one row per source, so that `verify`
    unpickles no event or fact (400,000 of them at 100,000 events)."""

    source: str
    order: array[int]
    """Each citation's place among all the record's citations, which orders the problems found."""
    places: tuple[str, ...]
    """Where each citation is, less its index: `x.citations`, `sources[0].date_citations`."""
    indexes: array[int]
    lines: array[int]
    quotes: tuple[str, ...]
    captions: bytes

    def where(self, n: int) -> str:
        return f"{self.places[n]}[{self.indexes[n]}]"


@dataclass(frozen=True)
class RecordChecks:
    """What `verify` finds in `events.json` alone, and the citations it then looks for in the sources."""

    problems: tuple[Problem, ...]
    """The record's own faults: references, dates, quotation marks, disfavoured sides."""
    anchors: Callable[[str], Anchors | None]
    """The citations of one source file; None if it is cited nowhere."""
    citations: int


def record_checks(record: Record) -> RecordChecks:
    """Everything `verify` needs from the record, worked out from it in memory."""
    problems = find_reference_problems(record) + find_rule_problems(record)
    anchors = {found.source: found for found in citation_anchors(record)}
    total = sum(len(found.quotes) for found in anchors.values())
    return RecordChecks(tuple(problems), anchors.get, total)


def citation_anchors(record: Record) -> list[Anchors]:
    """The record's citations grouped by source file, in the order `all_citations` gives them."""
    columns: dict[str, tuple[array[int], list[str], array[int], array[int], list[str], bytearray]] = {}
    order = 0

    def add(place: str, citations: Sequence[Citation]) -> None:
        nonlocal order
        for j, citation in enumerate(citations):
            found = columns.get(citation.source)
            if found is None:
                found = columns[citation.source] = (
                    array(_INT32),
                    [],
                    array(_INT32),
                    array(_INT32),
                    [],
                    bytearray(),
                )
            numbers, places, indexes, lines, quotes, captions = found
            numbers.append(order)
            places.append(place)
            indexes.append(j)
            lines.append(citation.line)
            quotes.append(citation.quote)
            captions.append(citation.caption)
            order += 1

    for i, source in enumerate(record.sources):
        add(f"sources[{i}].date_citations", source.date_citations)
    items: Iterable[Event | Fact] = (*record.events, *record.facts)
    for item in items:
        add(f"{item.id}.citations", item.citations)
    for conflict in record.conflicts:
        for i, side in enumerate(conflict.sides):
            add(f"{conflict.id}.sides[{i}].citations", side.citations)
    return [
        Anchors(source, numbers, tuple(places), indexes, lines, tuple(quotes), bytes(captions))
        for source, (numbers, places, indexes, lines, quotes, captions) in columns.items()
    ]


def _check_citation(where: str, source: str, line: int, quote: str, lines: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    whole_line = line <= len(lines) and quote.strip() == lines[line - 1].strip()
    if len(quote.split()) < MIN_QUOTE_WORDS and not whole_line:
        problems.append(Problem("short-quote", where, f"{quote!r} is too short to anchor"))
    if line <= len(lines) and quote in lines[line - 1]:
        return problems
    found = [n for n, text in enumerate(lines, 1) if quote in text]
    place = f"{source}:{line}"
    if found:
        at = ", ".join(str(n) for n in found[:5])
        problems.append(Problem("wrong-line", where, f"quote is not on {place}; it is on line {at}"))
    else:
        problems.append(Problem("quote-not-found", where, f"quote not found in {source}: {quote!r}"))
    return problems


def _check_anchors(
    anchors: Anchors, text: list[str] | None, regions: Sequence[Region]
) -> list[tuple[int, Problem]]:
    """The problems of one source's citations, each tagged with its citation's place in the record.

    Most citations are found on their line and long enough; they are passed over without building
    their `where`. `text` is None for a file that could not be read: only its regions are checked."""
    found: list[tuple[int, Problem]] = []
    count = len(text) if text is not None else 0
    for n, (line, quote) in enumerate(zip(anchors.lines, anchors.quotes, strict=True)):
        if text is not None and not (
            line <= count and quote in text[line - 1] and len(quote.split()) >= MIN_QUOTE_WORDS
        ):
            problems = _check_citation(anchors.where(n), anchors.source, line, quote, text)
            found += [(anchors.order[n], problem) for problem in problems]
        for region in regions:
            if region.first_line <= line <= region.last_line and not (
                region.kind == "caption" and anchors.captions[n]
            ):
                place = f"{anchors.source}:{line}"
                lines = f"{region.first_line}-{region.last_line}"
                message = f"{place} is in a {region.kind} region (lines {lines}), not the body"
                found.append((anchors.order[n], Problem("non-body-citation", anchors.where(n), message)))
    return found


def _check_sources(
    data_dir: Path, sources: Sequence[Source], checks: RecordChecks
) -> tuple[list[Problem], list[Problem], int]:
    """Each source file read, hashed and searched for its citations, one at a time, so only one
    file's lines are held: the source problems, the citation problems, and the files read."""
    problems: list[Problem] = []
    cited: list[tuple[int, Problem]] = []
    read: set[str] = set()
    regions: dict[str, tuple[Region, ...]] = {source.file: source.regions for source in sources}
    for i, source in enumerate(sources):
        where = f"sources[{i}] ({source.file})"
        try:
            if not source_path(data_dir, source.file).exists():
                problems.append(Problem("missing-file", where, f"{SOURCES_DIR}/{source.file} does not exist"))
                continue
            raw, text = read_source(data_dir, source.file)
        except DataError as exc:
            problems.append(Problem("unreadable-source", where, str(exc)))
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest != source.sha256:
            problems.append(
                Problem("hash-mismatch", where, f"SHA-256 is {digest}, the record says {source.sha256}")
            )
        if source.file not in read:
            read.add(source.file)
            anchors = checks.anchors(source.file)
            if anchors is not None:
                cited += _check_anchors(anchors, text.splitlines(), regions[source.file])
    for file in regions.keys() - read:  # never read: their citations are checked against regions alone
        anchors = checks.anchors(file)
        if anchors is not None and regions[file]:
            cited += _check_anchors(anchors, None, regions[file])
    described = set(regions)
    folder = data_dir / SOURCES_DIR
    on_disk = sorted(p.name for p in folder.glob("*.txt")) if folder.is_dir() else []
    problems += [
        Problem("unlisted-source", f"{SOURCES_DIR}/{name}", "not described in events.json")
        for name in on_disk
        if name not in described
    ]
    cited.sort(key=lambda pair: pair[0])
    return problems, [problem for _, problem in cited], len(read)


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

    What `events.json` alone decides is read from the cache when its bytes (hashed afresh) were
    validated before; the sources are always read, hashed and searched afresh."""
    from trafford_timeline.record.dataset import cached_checks

    try:
        found = cached_checks(data_dir)
        if found is None:
            record = load_record(data_dir, check_references=False)
            found = record.sources, record_checks(record)
    except DataError as exc:
        details = [Problem("invalid-data", exc.file, line) for line in exc.details]
        return Verification(tuple(details or [Problem("invalid-data", exc.file, exc.summary)]), 0, 0)
    sources, checks = found
    source_problems, citation_problems, read = _check_sources(data_dir, sources, checks)
    problems = (*checks.problems, *source_problems, *citation_problems)
    return Verification(problems, checks.citations, read)
