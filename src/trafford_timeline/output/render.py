"""The one place that writes to the terminal: tables on a terminal; JSON, CSV or Markdown for elsewhere.

Every listing command builds a `Listing` (plain columns and rows, plus the JSON records) and hands
it to `emit`, so all of them share the same output choices. Text from the data is never read as
Rich markup, and control characters in it never reach the terminal.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from trafford_timeline.dates import format_span, parse_record_date
from trafford_timeline.output import chart
from trafford_timeline.output.formats import clean as clean
from trafford_timeline.output.formats import csv_text, json_text, markdown_table, markdown_text, model_columns
from trafford_timeline.record.model import Citation, Conflict, Event, Fact, RatingFact, Source

if TYPE_CHECKING:  # each command imports only what it uses: start-up is most of its time
    from trafford_timeline.claims.check import ClaimCheck, Evidence
    from trafford_timeline.query import Item, SourceUsage
    from trafford_timeline.ratings import RatingGrid, RatingRow
    from trafford_timeline.record.verify import Verification

OutputFormat = Literal["table", "json", "csv", "markdown"]
OUTPUT_FORMATS: tuple[str, ...] = get_args(OutputFormat)
EXPORT_SUFFIXES = (".svg", ".html")
"""What `--export` can save a terminal's output as."""


def plain(text: str, style: str = "") -> Text:
    """Data text as a Rich `Text`, so `[bold]` in the data is shown, not obeyed."""
    return Text(clean(text), style=style)


_recorder: Console | None = None
"""While `recording`, the console every command prints to, keeping what it printed."""


def stdout() -> Console:
    return _recorder if _recorder is not None else Console(highlight=False)


@contextmanager
def recording() -> Iterator[Console]:
    """Everything printed to stdout inside the block is also kept, for `exported`."""
    global _recorder
    _recorder = Console(highlight=False, record=True)
    try:
        yield _recorder
    finally:
        _recorder = None


def exported(console: Console, suffix: str, title: str) -> str:
    """What `console` printed, as an SVG picture of the terminal or an HTML page."""
    if suffix == ".svg":
        return console.export_svg(title=title)
    return console.export_html()


def saved(path: str) -> None:
    stderr().print(Text("Saved ", style="dim") + plain(path, "dim"), soft_wrap=True)


def stderr() -> Console:
    return Console(stderr=True, highlight=False)


def as_data(value: Any) -> Any:
    """A record's dataclass as JSON-ready data: `dataclasses.asdict` without its deep copies, which
    cost more than the rest of `timeline --json` on a large window."""
    names = getattr(type(value), "__dataclass_fields__", None)
    if names is not None:
        return {name: as_data(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [as_data(item) for item in value]
    return value


def write_json(data: Any) -> None:
    """JSON on stdout and nothing else; non-ASCII kept readable, control characters escaped."""
    write_text(json_text(data))


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
    records: list[dict[str, Any]] | dict[str, Any]
    """What `--json` prints: a list of records, or an object where a command's contract says so."""
    caption: str = ""
    empty_message: str = "Nothing matches."
    row_styles: Sequence[str] = field(default_factory=tuple)
    cell_styles: Sequence[Sequence[str]] = field(default_factory=tuple)
    """A style per cell, row by row, for a value whose colour carries meaning; empty for none."""
    items: Sequence[Mapping[str, Any]] | None = None
    """The records CSV gives a row each, where `records` is not already that list."""
    csv_columns: Sequence[str] = ()
    """The CSV header, the same whatever the rows hold; empty to take the columns the rows have."""


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
    cell_styles = list(listing.cell_styles) or [[""] * len(listing.columns)] * len(listing.rows)
    for row, style, row_cell_styles in zip(listing.rows, styles, cell_styles, strict=True):
        cells: list[Text] = []
        folded = " · ".join(
            v for c, v in zip(listing.columns, row, strict=True) if narrow and c.secondary and v
        )
        for column, value, cell_style in zip(listing.columns, row, row_cell_styles, strict=True):
            if narrow and column.secondary:
                continue
            cell = plain(value, cell_style)
            if column.main and folded:
                cell.append("\n" + clean(folded), style="dim")
            cells.append(cell)
        table.add_row(*cells, style=style or None)
    return table


def listing_csv(listing: Listing) -> str:
    items = listing.items if listing.items is not None else listing.records
    assert isinstance(items, Sequence), "a listing whose records are an object must give its items"
    return csv_text(items, listing.csv_columns)


def listing_markdown(listing: Listing) -> str:
    """The table as the terminal shows it, every column, as Markdown under the listing's title."""
    parts = [f"## {markdown_text(listing.title)}\n"]
    if listing.rows:
        parts.append(markdown_table([c.header for c in listing.columns], listing.rows))
    else:
        parts.append(f"*{markdown_text(listing.empty_message)}*\n")
    if listing.caption:
        parts.append(markdown_text(listing.caption) + "\n")
    return "\n".join(parts)


def listing_text(listing: Listing, fmt: Literal["json", "csv", "markdown"]) -> str:
    """A listing as JSON, CSV or Markdown text, for standard output or a file."""
    if fmt == "json":
        return json_text(listing.records)
    return listing_csv(listing) if fmt == "csv" else listing_markdown(listing)


def write_text(text: str) -> None:
    """Text made for elsewhere (CSV, Markdown, an export) on stdout, as it is."""
    sys.stdout.write(text)


def emit(listing: Listing, fmt: OutputFormat, view: Callable[[Console], None] | None = None) -> None:
    """The one output function: a table (or `view`) on a terminal, or JSON, CSV or Markdown."""
    if fmt != "table":
        write_text(listing_text(listing, fmt))
    elif view is not None:
        view(stdout())
    elif not listing.rows:
        stderr().print(listing.empty_message, style="yellow")
    else:
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


def source_legend(cited: Sequence[Citation] | Sequence[Evidence]) -> str:
    files = sorted({c.source for c in cited})
    return "Sources: " + ", ".join(f"{short_source(f)} = {f}" for f in files) if files else ""


def citation_refs(citations: Sequence[Citation]) -> str:
    """Each place cited, as `002:9`, in source and line order."""
    places = sorted({(short_source(c.source), c.line) for c in citations})
    return " ".join(f"{source}:{line}" for source, line in places)


def citation_record(citation: Citation) -> dict[str, Any]:
    """A citation as the `ratings` and `conflicts` JSON contracts give it."""
    return {"source": citation.source, "line": citation.line, "quote": citation.quote}


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
        records=[as_data(e) for e in events],
        csv_columns=model_columns(Event),
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
        records=[as_data(f) for f in facts],
        csv_columns=model_columns(*get_args(Fact)),
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
    records = [{**as_data(u.source), "cited_by_events": u.events, "cited_by_facts": u.facts} for u in usages]
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
        csv_columns=[*model_columns(Source, first=("file",)), "cited_by_events", "cited_by_facts"],
        empty_message="The record describes no sources.",
    )


NOT_STATED = "not stated in the sources"


def ratings_record(grid: RatingGrid, *, with_change: bool) -> dict[str, Any]:
    """The `ratings --json` object; with `change` it is the `ratings --compare A B --json` contract."""
    rows = []
    for row in grid.rows:
        grades = {
            str(year): {"grade": cell.grade, "citations": [citation_record(c) for c in cell.citations]}
            for year, cell in row.cells.items()
        }
        item: dict[str, Any] = {"area": row.mapping.area, "label": row.mapping.label, "grades": grades}
        if with_change:
            item["change"] = row.change
        rows.append(item)
    return {"years": list(grid.years), "rows": rows}


def _year_header(grid: RatingGrid, year: int) -> str:
    framework = grid.frameworks[year]
    return f"{year} ({framework})" if framework else str(year)


def _grade_cells(row: RatingRow) -> tuple[list[str], list[str]]:
    from trafford_timeline.ratings import GRADE_LABELS

    """Each year's grade with the places that state it, or that the sources state none."""
    texts, styles = [], []
    for cell in row.cells.values():
        if cell.grade is None:
            texts.append(NOT_STATED)
            styles.append("dim italic")
        else:
            texts.append(f"{GRADE_LABELS[cell.grade]}\n{citation_refs(cell.citations)}")
            styles.append("")
    return texts, styles


def _citations_of(grid: RatingGrid) -> list[Citation]:
    return [c for row in grid.rows for cell in row.cells.values() for c in cell.citations]


def ratings_listing(grid: RatingGrid) -> Listing:
    """Every judgement on record: one row per area, one column per year, each grade with its sources."""
    rows, styles = [], []
    for row in grid.rows if grid.years else ():
        texts, cell_styles = _grade_cells(row)
        rows.append([row.mapping.label, *texts])
        styles.append(["", *cell_styles])
    return Listing(
        title="Ofsted judgements on record",
        columns=[
            Column("Judgement area", main=True, ratio=1),
            *(Column(_year_header(grid, year), ratio=1) for year in grid.years),
        ],
        rows=rows,
        records=ratings_record(grid, with_change=False),
        items=ratings_record(grid, with_change=False)["rows"] if grid.years else [],
        caption=source_legend(_citations_of(grid)),
        empty_message="The record holds no ratings.",
        cell_styles=styles,
    )


SCALE = ("inadequate", "requires_improvement", "good", "outstanding")
"""Left to right on a grade track, worst first."""


def grade_track(before: str | None, after: str | None) -> str:
    """How far a grade moved, drawn on the four-point scale: `●━━━○ ·` is good (○) to inadequate (●).

    One slot per grade, worst on the left, two columns apart; `◉` is a grade that did not move.
    """
    if before is None or after is None:
        return ""
    slots = [2 * SCALE.index(grade) for grade in (before, after)]
    cells = list(" ".join("·" * len(SCALE)))
    for column in range(min(slots), max(slots)):
        cells[column] = "━"
    cells[slots[0]] = "○"
    cells[slots[1]] = "◉" if slots[0] == slots[1] else "●"
    return "".join(cells)


def _change_cell(row: RatingRow) -> tuple[str, str]:
    change = row.change
    if change is None:
        return "n/a", "dim"
    grades = [cell.grade for cell in row.cells.values()]
    track = "\n" + grade_track(grades[0], grades[-1])
    if change < 0:
        return f"↓ {change}{track}", "bold red"
    if change > 0:
        return f"↑ +{change}{track}", "bold green"
    return f"= 0{track}", "dim"


def _framework_note(grid: RatingGrid, row: RatingRow) -> str:
    from trafford_timeline.ratings import framework_label

    """Where the two years' frameworks judge the area differently: what each calls it, and how."""
    if not grid.frameworks_differ:
        return ""
    frameworks = [f for f in dict.fromkeys(grid.frameworks.values()) if f is not None]
    names = {framework: framework_label(row.mapping.area, framework) for framework in frameworks}
    parts = [f"{f}: {name}." for f, name in names.items()] if len(set(names.values())) > 1 else []
    if row.mapping.note:
        parts.append(row.mapping.note[0].upper() + row.mapping.note[1:] + ".")
    return " ".join(parts)


def comparison_listing(grid: RatingGrid) -> Listing:
    from trafford_timeline.ratings import GRADE_LABELS, GRADE_RANK

    """Two years side by side, one row per area, with the change in steps on the four-point scale."""
    rows, styles = [], []
    for row in grid.rows:
        texts, cell_styles = _grade_cells(row)
        change, change_style = _change_cell(row)
        rows.append([row.mapping.label, *texts, change, _framework_note(grid, row)])
        styles.append(["bold", *cell_styles, change_style, ""])
    first, last = grid.years[0], grid.years[-1]
    scale = ", ".join(GRADE_LABELS[grade] for grade in GRADE_RANK)
    return Listing(
        title=f"Ofsted judgements: {_year_header(grid, first)} against {_year_header(grid, last)}",
        columns=[
            Column("Judgement area", ratio=2, min_width=12, main=True),
            *(Column(_year_header(grid, year), ratio=1) for year in grid.years),
            Column("Change", no_wrap=True),
            Column("Frameworks", ratio=2, style="dim", secondary=True),
        ],
        rows=rows,
        records=ratings_record(grid, with_change=True),
        items=ratings_record(grid, with_change=True)["rows"],
        caption=(
            f"Change: steps on the scale {scale}; drawn from inadequate (left) to outstanding, "
            f"○ {first} and ● {last}. " + source_legend(_citations_of(grid))
        ),
        cell_styles=styles,
    )


def conflict_records(conflicts: Sequence[Conflict]) -> list[dict[str, Any]]:
    """The `conflicts --json` contract."""
    return [
        {
            "id": conflict.id,
            "topic": conflict.topic,
            "sides": [
                {"statement": side.statement, "citations": [citation_record(c) for c in side.citations]}
                for side in conflict.sides
            ],
            "assessment": conflict.assessment,
        }
        for conflict in conflicts
    ]


def _side_text(statement: str, citations: Sequence[Citation]) -> str:
    quotes = [f"“{c.quote}”\n  — {short_source(c.source)}:{c.line}" for c in citations]
    return "\n\n".join([statement, *quotes])


def conflict_listing(conflict: Conflict) -> Listing:
    """One disagreement: its sides in columns side by side, each with its quotes."""
    headers = [
        f"Side {i}" + (": the weight of evidence" if conflict.favours == i - 1 else "")
        for i in range(1, len(conflict.sides) + 1)
    ]
    return Listing(
        title=f"{conflict.topic} ({conflict.id})",
        columns=[Column(header, ratio=1) for header in headers],
        rows=[[_side_text(side.statement, side.citations) for side in conflict.sides]],
        records=conflict_records([conflict]),
    )


def conflicts_listing(conflicts: Sequence[Conflict]) -> Listing:
    """Every side of every conflict, one row each: what CSV and Markdown give."""
    rows, items = [], []
    for conflict in conflicts:
        for number, side in enumerate(conflict.sides, start=1):
            favoured = conflict.favours == number - 1
            rows.append(
                [
                    f"{conflict.topic}\n({conflict.id})",
                    f"{number}" + (": the weight of evidence" if favoured else ""),
                    _side_text(side.statement, side.citations),
                    conflict.assessment,
                ]
            )
            citations = [citation_record(c) for c in side.citations]
            items.append(
                {
                    "id": conflict.id,
                    "topic": conflict.topic,
                    "side": number,
                    "statement": side.statement,
                    "favoured": favoured,
                    "citations": citations,
                    "assessment": conflict.assessment,
                }
            )
    cited = [c for conflict in conflicts for side in conflict.sides for c in side.citations]
    return Listing(
        title=f"Conflicts between sources: {len(conflicts)}",
        columns=[Column("Conflict"), Column("Side"), Column("What it says"), Column("Assessment")],
        rows=rows,
        records=conflict_records(conflicts),
        items=items,
        csv_columns=["id", "topic", "side", "statement", "favoured", "citations", "quotes", "assessment"],
        caption=source_legend(cited),
        empty_message="The record holds no conflicts between sources.",
    )


def show_conflicts(conflicts: Sequence[Conflict], fmt: OutputFormat) -> None:
    """Each conflict as its own table of sides, then the record's assessment of them."""
    listing = conflicts_listing(conflicts)

    def view(console: Console) -> None:
        if not conflicts:
            stderr().print(listing.empty_message, style="yellow")
            return
        for conflict in conflicts:
            console.print(_table(conflict_listing(conflict), console.width))
            console.print(Text("Assessment: ", style="bold") + plain(conflict.assessment))
            console.print()
        console.print(Text(listing.caption, style="dim"))

    emit(listing, fmt, view)


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
        for k, v in as_data(item).items()
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
    record: dict[str, Any] = as_data(item)
    if isinstance(item, Event):
        record["facts"] = [as_data(fact) for fact in facts]
    return record


def verification_record(result: Verification) -> dict[str, Any]:
    return {
        "ok": result.ok,
        "citations_checked": result.citations_checked,
        "sources_checked": result.sources_checked,
        "counts": result.counts(),
        "problems": [{"code": p.code, "where": p.where, "message": p.message} for p in result.problems],
    }


def _verdict(result: Verification) -> str:
    verdict = "✓ verified" if result.ok else "✗ verification failed"
    return f"{verdict}: {result.citations_checked} citations in {result.sources_checked} sources"


def verification_listing(result: Verification) -> Listing:
    """One row per problem; the verdict and the count per code as its caption."""
    counts = ", ".join(f"{code}: {n}" for code, n in result.counts().items())
    return Listing(
        title=f"Verification: {len(result.problems)} problems",
        columns=[Column("Code"), Column("Where"), Column("Problem")],
        rows=[[p.code, p.where, p.message] for p in result.problems],
        records=verification_record(result),
        items=[{"code": p.code, "where": p.where, "message": p.message} for p in result.problems],
        csv_columns=["code", "where", "message"],
        caption=_verdict(result) + (f". Count per code: {counts}" if counts else ""),
        empty_message="No problems.",
    )


def show_verification(result: Verification, fmt: OutputFormat = "table") -> None:
    emit(verification_listing(result), fmt, lambda console: _show_verification(console, result))


def _show_verification(console: Console, result: Verification) -> None:
    from trafford_timeline.record.verify import PROBLEM_CODES

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
    verdict, _, counted = _verdict(result).partition(":")
    console.print(Text(verdict, style="bold green" if result.ok else "bold red") + Text(":" + counted))


def show_error(message: str, details: Sequence[str] = ()) -> None:
    console = stderr()
    console.print(Text("Error: ", style="bold red") + plain(message), soft_wrap=True)
    for line in details:
        console.print(Text("  ") + plain(line), soft_wrap=True)


VERDICT_STYLES = {
    "supported": "bold green",
    "contradicted": "bold red",
    "not_found": "bold yellow",
    "disputed": "bold magenta",
}
VERDICT_LABELS = {
    "supported": "supported",
    "contradicted": "contradicted",
    "not_found": "not found",
    "disputed": "disputed",
}


def evidence_record(evidence: Evidence) -> dict[str, Any]:
    return {
        "id": evidence.id,
        "source": evidence.source,
        "line": evidence.line,
        "quote": evidence.quote,
        "score": evidence.score,
    }


def claim_record(check: ClaimCheck) -> dict[str, Any]:
    """One verdict as the `cite --json` contract gives it; near misses only for `not_found`."""
    record: dict[str, Any] = {
        "claim": check.claim,
        "verdict": check.verdict,
        "explanation": check.explanation,
        "evidence": [evidence_record(e) for e in check.evidence],
    }
    if check.verdict == "not_found":
        record["related"] = [evidence_record(e) for e in check.related]
    if check.conflict is not None:
        record["conflict"] = {"id": check.conflict.id, "favoured": check.conflict.favoured}
    return record


def _conflict_line(check: ClaimCheck) -> str:
    """The recorded dispute a verdict touches, naming the sources on the other side."""
    if check.conflict is None:
        return ""
    favoured = check.conflict.favoured or "neither side"
    dissent = ", ".join(short_source(source) for source in check.conflict.dissent) or "none"
    return f"Conflict {check.conflict.id}: the record's assessment favours {favoured} Dissenting: {dissent}"


def _quote_lines(title: str, evidence: Sequence[Evidence]) -> list[Text]:
    lines = [Text(title, style="bold")]
    for item in evidence:
        lines.append(Text("  “") + plain(item.quote) + Text("”"))
        lines.append(
            Text(f"    — {short_source(item.source)}:{item.line}  ", style="dim") + plain(item.id, "dim")
        )
    return lines


def show_claim(check: ClaimCheck) -> None:
    """A verdict for a person: the verdict and why on one line, then the quotes that decide it."""
    console = stdout()
    verdict = Text(VERDICT_LABELS[check.verdict].upper(), style=VERDICT_STYLES[check.verdict])
    console.print(verdict + Text(": ") + plain(check.explanation))
    console.print(Text("Claim: ", style="dim") + plain(check.claim))
    if check.conflict is not None:
        console.print(plain(_conflict_line(check), "dim"))
    if check.evidence:
        console.print(*_quote_lines("Evidence", check.evidence[:5]), sep="\n")
    elif check.related:
        console.print(*_quote_lines("Related, but not evidence", check.related), sep="\n")
    shown = check.evidence[:5] or check.related
    if shown:
        console.print(Text(source_legend(shown), style="dim"))


def claims_listing(checks: Sequence[ClaimCheck]) -> Listing:
    counts = {verdict: sum(c.verdict == verdict for c in checks) for verdict in VERDICT_LABELS}
    caption = ", ".join(f"{n} {VERDICT_LABELS[v]}" for v, n in counts.items())
    return Listing(
        title=f"{len(checks)} claims checked",
        columns=[
            Column("#", justify="right", no_wrap=True),
            Column("Verdict", no_wrap=True),
            Column("Claim", ratio=3, main=True),
            Column("Why", ratio=3, secondary=True),
            Column("Evidence", ratio=1, secondary=True),
        ],
        rows=[
            [
                str(number),
                VERDICT_LABELS[check.verdict],
                check.claim,
                " ".join(filter(None, (check.explanation, _conflict_line(check)))),
                " ".join(dict.fromkeys(f"{short_source(e.source)}:{e.line}" for e in check.evidence[:3])),
            ]
            for number, check in enumerate(checks, start=1)
        ],
        records=[claim_record(check) for check in checks],
        caption=caption,
        cell_styles=[["", VERDICT_STYLES[check.verdict], "", "", ""] for check in checks],
        empty_message="The batch holds no claims.",
    )


def write_json_lines(records: Iterable[dict[str, Any]]) -> None:
    """One compact JSON object per line, as `cite --batch --json` promises."""
    for record in records:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


CHART_TEXT_MIN = 24
"""The narrowest the event column of a chart may be before the axis wraps into another panel."""
CHART_STYLES = {"occurred": "bold cyan", "planned": "bold yellow"}


def _lane_text(lane: chart.Lane, rules: frozenset[int]) -> Text:
    text = Text(lane.cells)
    for column in rules:
        if lane.cells[column] in (chart.YEAR_RULE, chart.GAP_RULE):
            text.stylize("dim", column, column + 1)
    text.stylize(CHART_STYLES[lane.event.status], lane.marker, lane.marker + 1)
    return text


def _chart_legend(drawn: chart.Chart) -> str:
    gaps = ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in drawn.gaps)
    parts = [
        f"{chart.MARKERS['occurred']} happened",
        f"{chart.MARKERS['planned']} planned",
        f"{chart.SPANS['occurred']}{chart.SPANS['planned']} to the last month its date covers",
        f"{chart.NO_END} no end date given",
        f"{chart.NO_START} on or before",
    ]
    if gaps:
        parts.append(f"{chart.GAP_RULE} years with nothing on record: {gaps}")
    return "   ".join(parts)


def show_chart(events: Sequence[Event]) -> None:
    """The events on an axis of years divided into months: one marker per event, planned ones hollow.

    On a narrow terminal the date folds under the event, and the axis wraps into panels of whole
    years, so nothing is wider than the terminal.
    """
    if not events:
        stderr().print("No events match these filters.", style="yellow")
        return
    console = stdout()
    narrow = console.width < NARROW
    labels = [date_label(e.date) + (" ~" if e.approximate else "") for e in events]
    date_width = 0 if narrow else max(len(label) for label in labels) + 2
    drawn = chart.layout(events, console.width - date_width - CHART_TEXT_MIN - 2)
    label_of = {e.id: label for e, label in zip(events, labels, strict=True)}
    first, last = drawn.panels[0].years[0], drawn.panels[-1].years[-1]
    for number, panel in enumerate(drawn.panels):
        table = Table(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            padding=(0, 1),
            title=f"Timeline: {len(events)} events, {first}–{last}" if number == 0 else None,
            title_justify="left",
        )
        if not narrow:
            table.add_column("Date", style="cyan", no_wrap=True)
        table.add_column(Text(panel.years_line + "\n" + panel.months_line), no_wrap=True, width=panel.width)
        table.add_column("Event", ratio=1, overflow="fold")
        for lane in panel.lanes:
            event = lane.event
            title = plain(event.title)
            if narrow:
                title.append("\n" + label_of[event.id], style="dim")
            cells = [_lane_text(lane, panel.rules), title]
            if not narrow:
                cells.insert(0, Text(label_of[event.id]))
            table.add_row(*cells, style="italic dim" if event.status == "planned" else None)
        console.print(table)
    console.print(Text(_chart_legend(drawn), style="dim"))
