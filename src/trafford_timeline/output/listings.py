"""What each listing command shows, as plain columns and rows: the table, CSV and Markdown all start here.

A `Listing` holds text and style names only; `render` draws it, so these functions are tested
without a terminal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

from trafford_timeline.dates import date_label, known_part, parse_record_date
from trafford_timeline.output.contracts import as_data, citation_record, conflict_records, item_record
from trafford_timeline.output.formats import csv_text, json_text, markdown_table, markdown_text, model_columns
from trafford_timeline.record.model import (
    FRAMEWORK_CONTEXT,
    FRAMEWORK_MARK,
    Citation,
    Conflict,
    Event,
    Fact,
    RatingFact,
    Source,
)

if TYPE_CHECKING:  # each command imports only what it uses: start-up is most of its time
    from trafford_timeline.claims.check import Evidence
    from trafford_timeline.query import Item, SourceUsage


OutputFormat = Literal["table", "json", "csv", "markdown"]


OUTPUT_FORMATS: tuple[str, ...] = get_args(OutputFormat)


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
    whole: bool = False
    """Its values are copied (ids): as wide as its longest word, or else on their own line in the main
    column, never broken mid-word."""


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


def byline(source: Source) -> str:
    """Who published or wrote a source, `publisher; author`, as far as the record names them."""
    return "; ".join(x for x in (source.publisher, source.author) if x)


def short_source(file: str) -> str:
    """`000_e2f23ab22afb2358.txt` as `000`: enough to tell the five apart in a table."""
    return file.split("_", 1)[0] if "_" in file else file.removesuffix(".txt")


SourceNames = Mapping[str, str]
"""A source's file name to the name a person knows it by (see `source_names`)."""


def _source_date(source: Source) -> str:
    """A stated day as it is (`29 May 2019`); an inferred or imprecise date by its first month."""
    span = known_part(source.date)
    if source.date_basis == "stated" and span.first == span.last:
        return date_label(source.date)
    return f"{span.first:%b %Y}" if span.first_precision != "year" else str(span.first.year)


def source_name(source: Source) -> str:
    """What a reader calls a source: its publisher and date, `CYP Now, 29 May 2019`.

    Without a publisher, the kind of document stands in (`Committee minutes, May 2019`).
    """
    who = source.publisher or source.kind.replace("_", " ").capitalize()
    return f"{who}, {_source_date(source)}"


def source_names(sources: Sequence[Source]) -> dict[str, str]:
    """Every source's name; two that would read alike keep their short ids to tell them apart."""
    names = {s.file: source_name(s) for s in sources}
    counts = Counter(names.values())
    return {f: n if counts[n] == 1 else f"{n} ({short_source(f)})" for f, n in names.items()}


def named(file: str, names: SourceNames) -> str:
    """A source by its name where the record gives one, else by its file name."""
    return names.get(file, file)


def source_refs(citations: Sequence[Citation]) -> str:
    seen: dict[str, None] = {}
    for citation in citations:
        seen.setdefault(short_source(citation.source), None)
    return " ".join(sorted(seen))


def source_legend(cited: Sequence[Citation] | Sequence[Evidence], names: SourceNames | None = None) -> str:
    """`Sources: 000 = CYP Now, 29 May 2019; ...`: the short ids in the rows, with their names."""
    files = sorted({c.source for c in cited})
    legend = "; ".join(f"{short_source(f)} = {named(f, names or {})}" for f in files)
    return "Sources: " + legend if files else ""


def citation_refs(citations: Sequence[Citation]) -> str:
    """Each place cited, as `002:9`, in source and line order."""
    places = sorted({(short_source(c.source), c.line) for c in citations})
    return " ".join(f"{source}:{line}" for source, line in places)


def place(file: str, line: int, names: SourceNames | None = None) -> str:
    """A cited place, `000:12 CYP Now, 29 May 2019`: the place kept as one word to copy, then the name."""
    name = (names or {}).get(file)
    return f"{short_source(file)}:{line} {name}" if name else f"{short_source(file)}:{line}"


DATE_COLUMNS = ("date_text", "date_start", "date_end")
"""Beside the stored EDTF `date`: the date as written, and its first and last day (ISO, empty where
open), which a spreadsheet sorts and filters."""


def date_cells(stored: str | None) -> dict[str, str]:
    if stored is None:
        return dict.fromkeys(DATE_COLUMNS, "")
    span = parse_record_date(stored)
    return {
        "date_text": date_label(stored),
        "date_start": "" if span.first_precision == "open" else span.first.isoformat(),
        "date_end": "" if span.last_precision == "open" else span.last.isoformat(),
    }


def _with_sources(items: Sequence[Event] | Sequence[Fact], names: SourceNames | None) -> list[dict[str, Any]]:
    """The CSV rows: each record, its date in readable and sortable columns, and a `sources` column
    naming each cited source where the names are known."""
    rows = []
    for item in items:
        row = as_data(item)
        row |= date_cells(item.date)
        if names:
            row["sources"] = "; ".join(dict.fromkeys(named(c.source, names) for c in item.citations))
        rows.append(row)
    return rows


def _csv_columns(columns: Sequence[str], names: SourceNames | None) -> list[str]:
    """`columns` with the date columns after `date`, and `sources` after `quotes` where names are known."""
    columns = list(columns)
    at = columns.index("date") + 1
    columns[at:at] = DATE_COLUMNS
    if names:
        at = columns.index("quotes") + 1 if "quotes" in columns else len(columns)
        columns.insert(at, "sources")
    return columns


def events_listing(events: Sequence[Event], names: SourceNames | None = None) -> Listing:
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
        items=_with_sources(events, names),
        csv_columns=_csv_columns(model_columns(Event), names),
        caption=source_legend([c for e in events for c in e.citations], names) + "   ~ approximate",
        empty_message="No events match these filters.",
        row_styles=["italic dim" if e.status == "planned" else "" for e in events],
    )


def fact_detail(fact: Fact) -> str:
    if isinstance(fact, RatingFact):
        return f"{fact.year} {fact.framework}{FRAMEWORK_MARK}: {fact.area} {fact.grade}"
    for name in ("polarity", "speaker", "person", "by", "measure"):
        value = getattr(fact, name, None)
        if isinstance(value, str):
            return value
    return ""


def facts_listing(facts: Sequence[Fact], names: SourceNames | None = None) -> Listing:
    rows = [[f.id, f.kind, fact_detail(f), f.text, source_refs(f.citations)] for f in facts]
    return Listing(
        title=f"Facts: {len(facts)}",
        columns=[
            Column("Id", style="cyan", ratio=1, whole=True),
            Column("Kind", secondary=True),
            Column("Detail", ratio=1, secondary=True),
            Column("Fact", ratio=2, min_width=20, main=True),
            Column("Sources", style="dim", min_width=3, secondary=True),
        ],
        rows=rows,
        records=[as_data(f) for f in facts],
        items=_with_sources(facts, names),
        csv_columns=_csv_columns(model_columns(*get_args(Fact)), names),
        caption=source_legend([c for f in facts for c in f.citations], names)
        + (f"   {FRAMEWORK_CONTEXT}" if any(isinstance(f, RatingFact) for f in facts) else ""),
        empty_message="No facts match these filters.",
    )


def sources_listing(usages: Sequence[SourceUsage]) -> Listing:
    rows = []
    for usage in usages:
        s = usage.source
        named = byline(s) or "publisher and author not named"
        title = s.title or f"(no title in the text) {s.description}"
        published = date_label(s.date) + ("" if s.date_basis == "stated" else "\n(inferred)")
        cited = f"{usage.events} events\n{usage.facts} facts"
        rows.append([s.file, f"{title}\n{s.kind.replace('_', ' ')}: {named}", published, cited])
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


def _side_text(statement: str, citations: Sequence[Citation], names: SourceNames | None) -> str:
    quotes = [f"“{c.quote}”\n  — {place(c.source, c.line, names)}" for c in citations]
    return "\n\n".join([statement, *quotes])


def conflict_listing(conflict: Conflict, names: SourceNames | None = None) -> Listing:
    """One disagreement: its sides in columns side by side, each with its quotes."""
    headers = [
        f"Side {i}" + (": the weight of evidence" if conflict.favours == i - 1 else "")
        for i in range(1, len(conflict.sides) + 1)
    ]
    return Listing(
        title=f"{conflict.topic} ({conflict.id})",
        columns=[Column(header, ratio=1) for header in headers],
        rows=[[_side_text(side.statement, side.citations, names) for side in conflict.sides]],
        records=conflict_records([conflict]),
    )


WORDING_HEADING = "Differences of wording: one finding in different words, not a disagreement"


def by_kind(conflicts: Sequence[Conflict]) -> list[Conflict]:
    """Real disagreements first, then differences of wording, each group in the record's order."""
    return sorted(conflicts, key=lambda conflict: conflict.kind == "wording")


def conflicts_listing(conflicts: Sequence[Conflict], names: SourceNames | None = None) -> Listing:
    """Every side of every conflict, one row each, disagreements before wording: what CSV and
    Markdown give."""
    rows, items = [], []
    conflicts = by_kind(conflicts)
    for conflict in conflicts:
        wording = "\n[difference of wording]" if conflict.kind == "wording" else ""
        for number, side in enumerate(conflict.sides, start=1):
            favoured = conflict.favours == number - 1
            rows.append(
                [
                    f"{conflict.topic}\n({conflict.id}){wording}",
                    f"{number}" + (": the weight of evidence" if favoured else ""),
                    _side_text(side.statement, side.citations, names),
                    conflict.assessment,
                ]
            )
            citations = [citation_record(c) for c in side.citations]
            items.append(
                {
                    "id": conflict.id,
                    "kind": conflict.kind,
                    "topic": conflict.topic,
                    "side": number,
                    "statement": side.statement,
                    "favoured": favoured,
                    "citations": citations,
                    "assessment": conflict.assessment,
                }
            )
    cited = [c for conflict in conflicts for side in conflict.sides for c in side.citations]
    wordings = sum(conflict.kind == "wording" for conflict in conflicts)
    return Listing(
        title=f"Conflicts between sources: {len(conflicts) - wordings}"
        + (f", and {wordings} differences of wording" if wordings else ""),
        columns=[Column("Conflict"), Column("Side"), Column("What it says"), Column("Assessment")],
        rows=rows,
        records=conflict_records(conflicts),
        items=items,
        csv_columns=[
            "id",
            "topic",
            "side",
            "statement",
            "favoured",
            "citations",
            "quotes",
            "assessment",
            "kind",
        ],
        caption=source_legend(cited, names),
        empty_message="The record holds no conflicts between sources.",
    )


def item_listing(item: Item, facts: Sequence[Fact], names: SourceNames | None = None) -> Listing:
    """`show` as rows for CSV and Markdown: the item's fields, then each citation with its place;
    CSV gives the item and each fact that belongs to it a row."""
    rows = [
        [
            name.replace("_", " ").capitalize(),
            ("yes" if value else "no") if isinstance(value, bool) else str(value),
        ]
        for name, value in as_data(item).items()
        if name != "citations" and value is not None and not isinstance(value, dict)
    ]
    rows += [
        [f"Citation {n}", f"“{c.quote}” — {place(c.source, c.line, names)}"]
        for n, c in enumerate(item.citations, 1)
    ]
    rows += [[f"Fact {n}", f"{f.id}: {f.text}"] for n, f in enumerate(facts, 1)]
    return Listing(
        title=f"{'Event' if isinstance(item, Event) else 'Fact'} {item.id}",
        columns=[Column("Field"), Column("Value", ratio=1, main=True)],
        rows=rows,
        records=item_record(item, facts),
        items=[as_data(item), *(as_data(f) for f in facts)],
        caption=source_legend(item.citations, names),
    )
