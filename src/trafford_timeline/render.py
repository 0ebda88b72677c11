"""The one place that writes to the terminal: tables on a terminal, JSON for scripts.

Every listing command builds a `Listing` (plain columns and rows, plus the JSON records) and hands
it to `emit`, so all of them share the same output choices. Text from the data is never read as
Rich markup, and control characters in it never reach the terminal.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from trafford_timeline.dates import format_span, parse_record_date
from trafford_timeline.query import Item, SourceUsage
from trafford_timeline.schema import Citation, Event, Fact, RatingFact
from trafford_timeline.verify import PROBLEM_CODES, Verification

OutputFormat = Literal["table", "json"]

_BIDI = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Bidirectional controls: an override such as U+202E makes a terminal show text reversed."""
_CONTROL = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_RAW_IN_JSON = re.compile(rf"[\x7f-\x9f{_BIDI}]")
"""What `json.dumps(ensure_ascii=False)` leaves raw but a terminal would obey."""


def clean(text: str) -> str:
    """Data text without escape codes, control characters or bidi controls (tabs and newlines stay)."""
    return _CONTROL.sub("", text)


def plain(text: str, style: str = "") -> Text:
    """Data text as a Rich `Text`, so `[bold]` in the data is shown, not obeyed."""
    return Text(clean(text), style=style)


def stdout() -> Console:
    return Console(highlight=False)


def stderr() -> Console:
    return Console(stderr=True, highlight=False)


def write_json(data: Any) -> None:
    """JSON on stdout and nothing else; non-ASCII kept readable, control characters escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_RAW_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text) + "\n")


@dataclass(frozen=True)
class Column:
    header: str
    style: str = ""
    no_wrap: bool = False
    ratio: int | None = None
    justify: Literal["left", "right"] = "left"
    min_width: int | None = None
    secondary: bool = False
    """On a narrow terminal this column folds into the main one, as a dim line under its text."""
    main: bool = False
    overflow: Literal["fold", "ellipsis"] = "fold"
    """Long words fold onto the next line rather than lose characters: ids are meant to be copied."""


@dataclass(frozen=True)
class Listing:
    """What a listing command shows: a table for people and the records for `--json`."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    records: list[dict[str, Any]]
    caption: str = ""
    empty_message: str = "Nothing matches."
    row_styles: Sequence[str] = field(default_factory=tuple)


NARROW = 88
"""Below this many columns, secondary columns fold into the main one."""


def _table(listing: Listing, width: int) -> Table:
    narrow = width < NARROW
    shown = [c for c in listing.columns if not (narrow and c.secondary)]
    table = Table(title=listing.title, caption=listing.caption or None, title_justify="left")
    for column in shown:
        table.add_column(
            column.header,
            style=column.style,
            no_wrap=column.no_wrap,
            ratio=column.ratio,
            justify=column.justify,
            min_width=column.min_width,
            overflow=column.overflow,
        )
    styles = list(listing.row_styles) or [""] * len(listing.rows)
    for row, style in zip(listing.rows, styles, strict=True):
        cells: list[Text] = []
        folded = " · ".join(
            v for c, v in zip(listing.columns, row, strict=True) if narrow and c.secondary and v
        )
        for column, value in zip(listing.columns, row, strict=True):
            if narrow and column.secondary:
                continue
            cell = plain(value)
            if column.main and folded:
                cell.append("\n" + clean(folded), style="dim")
            cells.append(cell)
        table.add_row(*cells, style=style or None)
    return table


def emit(listing: Listing, fmt: OutputFormat) -> None:
    if fmt == "json":
        write_json(listing.records)
        return
    if not listing.rows:
        stderr().print(listing.empty_message, style="yellow")
        return
    console = stdout()
    console.print(_table(listing, console.width))


def date_label(stored: str) -> str:
    return format_span(parse_record_date(stored))


def short_source(file: str) -> str:
    """`000_e2f23ab22afb2358.txt` as `000`: enough to tell the five apart in a table."""
    return file.split("_", 1)[0] if "_" in file else file.removesuffix(".txt")


def source_refs(citations: Sequence[Citation]) -> str:
    seen: dict[str, None] = {}
    for citation in citations:
        seen.setdefault(short_source(citation.source), None)
    return " ".join(sorted(seen))


def source_legend(citations: Sequence[Citation]) -> str:
    files = sorted({c.source for c in citations})
    return "Sources: " + ", ".join(f"{short_source(f)} = {f}" for f in files) if files else ""


def events_listing(events: Sequence[Event]) -> Listing:
    rows = [
        [
            date_label(e.date) + (" ~" if e.approximate else ""),
            e.kind,
            e.title,
            e.status,
            source_refs(e.citations),
        ]
        for e in events
    ]
    return Listing(
        title=f"Timeline: {len(events)} event" + ("s" if len(events) != 1 else ""),
        columns=[
            Column("Date", style="cyan", min_width=8),
            Column("Kind", secondary=True),
            Column("Event", ratio=1, min_width=20, main=True),
            Column("Status", secondary=True),
            Column("Sources", style="dim", min_width=3, secondary=True),
        ],
        rows=rows,
        records=[e.model_dump(mode="json") for e in events],
        caption=source_legend([c for e in events for c in e.citations]) + "   ~ approximate",
        empty_message="No events match these filters.",
        row_styles=["italic dim" if e.status == "planned" else "" for e in events],
    )


def fact_detail(fact: Fact) -> str:
    if isinstance(fact, RatingFact):
        return f"{fact.year} {fact.framework}: {fact.area} {fact.grade}"
    for name in ("polarity", "speaker", "person", "by", "measure"):
        value = getattr(fact, name, None)
        if isinstance(value, str):
            return value
    return ""


def facts_listing(facts: Sequence[Fact]) -> Listing:
    rows = [[f.id, f.kind, fact_detail(f), f.text, source_refs(f.citations)] for f in facts]
    return Listing(
        title=f"Facts: {len(facts)}",
        columns=[
            Column("Id", style="cyan", ratio=1),
            Column("Kind", secondary=True),
            Column("Detail", ratio=1, secondary=True),
            Column("Fact", ratio=2, min_width=20, main=True),
            Column("Sources", style="dim", min_width=3, secondary=True),
        ],
        rows=rows,
        records=[f.model_dump(mode="json") for f in facts],
        caption=source_legend([c for f in facts for c in f.citations]),
        empty_message="No facts match these filters.",
    )


def sources_listing(usages: Sequence[SourceUsage]) -> Listing:
    rows = []
    for usage in usages:
        s = usage.source
        byline = "; ".join(x for x in (s.publisher, s.author) if x) or "publisher and author not named"
        title = s.title or f"(no title in the text) {s.description}"
        published = date_label(s.date) + ("" if s.date_basis == "stated" else "\n(inferred)")
        cited = f"{usage.events} events\n{usage.facts} facts"
        rows.append([s.file, f"{title}\n{s.kind.replace('_', ' ')}: {byline}", published, cited])
    records = [
        {**u.source.model_dump(mode="json"), "cited_by_events": u.events, "cited_by_facts": u.facts}
        for u in usages
    ]
    return Listing(
        title=f"Sources: {len(usages)}",
        columns=[
            Column("File", style="cyan"),
            Column("Source", ratio=1, main=True),
            Column("Published"),
            Column("Cited by", justify="right", secondary=True),
        ],
        rows=rows,
        records=records,
        empty_message="The record describes no sources.",
    )


def _citation_block(citations: Sequence[Citation]) -> Group:
    parts = []
    for citation in citations:
        quote = Text("“", style="green") + plain(citation.quote, "green") + Text("”", style="green")
        where = Text(f"  — {citation.source}:{citation.line}", style="dim")
        if citation.caption:
            where.append(" (photo caption)", style="yellow")
        parts.append(Padding(Group(quote, where), (0, 0, 0, 2)))
    return Group(*parts)


def _field_lines(item: Item) -> list[tuple[str, str]]:
    if isinstance(item, Event):
        lines = [
            ("Date", f"{date_label(item.date)} ({item.date})" + (", approximate" if item.approximate else ""))
        ]
        lines += [("Kind", item.kind), ("Status", item.status)]
        if item.as_of:
            lines.append(("Planned as of", date_label(item.as_of)))
        if item.summary:
            lines.append(("Summary", item.summary))
        if item.date_basis:
            basis = item.date_basis
            wording = f"“{basis.wording}”, " if basis.wording else ""
            relative = f" (relative to {date_label(basis.relative_to)})" if basis.relative_to else ""
            lines.append(("Date basis", f"{wording}{basis.reason}{relative}"))
        return lines + ([("Note", item.note)] if item.note else [])
    skip = {"id", "text", "citations", "note"}
    lines = [
        (k.replace("_", " ").capitalize(), str(v))
        for k, v in item.model_dump().items()
        if k not in skip and v is not None
    ]
    return lines + ([("Note", item.note)] if item.note else [])


def show_item(item: Item, facts: Sequence[Fact], event_title: str | None = None) -> None:
    """One event or fact with every citation quoted, and for an event the facts that belong to it."""
    console = stdout()
    heading = item.title if isinstance(item, Event) else item.text
    console.print(
        Text("event" if isinstance(item, Event) else "fact", style="dim")
        + Text("  ")
        + plain(item.id, "bold cyan")
    )
    console.print(plain(heading, "bold"))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    for name, value in _field_lines(item):
        if name == "Event" and event_title:
            value = f"{value}: {event_title}"
        grid.add_row(name, plain(value))
    console.print(grid)
    console.print(Text(f"Citations ({len(item.citations)})", style="bold"))
    console.print(_citation_block(item.citations))
    if isinstance(item, Event):
        if facts:
            emit(facts_listing(facts), "table")
        else:
            console.print(Text("No facts belong to this event.", style="dim"))


def item_record(item: Item, facts: Sequence[Fact]) -> dict[str, Any]:
    record = item.model_dump(mode="json")
    if isinstance(item, Event):
        record["facts"] = [fact.model_dump(mode="json") for fact in facts]
    return record


def verification_record(result: Verification) -> dict[str, Any]:
    return {
        "ok": result.ok,
        "citations_checked": result.citations_checked,
        "sources_checked": result.sources_checked,
        "counts": result.counts(),
        "problems": [{"code": p.code, "where": p.where, "message": p.message} for p in result.problems],
    }


def show_verification(result: Verification) -> None:
    console = stdout()
    if result.problems:
        table = Table(title=f"{len(result.problems)} problems", title_justify="left")
        table.add_column("Code", style="red", no_wrap=True)
        table.add_column("Where", style="cyan")
        table.add_column("Problem", ratio=1)
        for p in result.problems:
            table.add_row(plain(p.code), plain(p.where), plain(p.message))
        console.print(table)
        counts = Table(title="Count per code", title_justify="left")
        counts.add_column("Code", style="red")
        counts.add_column("Count", justify="right")
        counts.add_column("Meaning", style="dim")
        for code, n in result.counts().items():
            counts.add_row(code, str(n), PROBLEM_CODES.get(code, ""))
        console.print(counts)
    verdict = (
        Text("✓ verified", style="bold green")
        if result.ok
        else Text("✗ verification failed", style="bold red")
    )
    console.print(
        verdict + Text(f": {result.citations_checked} citations in {result.sources_checked} sources")
    )


def show_error(message: str, details: Sequence[str] = ()) -> None:
    console = stderr()
    console.print(Text("Error: ", style="bold red") + plain(message), soft_wrap=True)
    for line in details:
        console.print(Text("  ") + plain(line), soft_wrap=True)
