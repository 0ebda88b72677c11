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
from trafford_timeline.output.contracts import (
    as_data,
    citation_record,
    claim_record,
    conflict_records,
    item_record,
    ratings_record,
    verification_record,
)
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
    from trafford_timeline.claims.answer import Answer
    from trafford_timeline.claims.check import ClaimCheck, Evidence
    from trafford_timeline.query import Item, SourceUsage
    from trafford_timeline.ratings import RatingGrid, RatingRow
    from trafford_timeline.record.verify import Verification


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


NOT_STATED = "not stated in the sources"


def _year_header(grid: RatingGrid, year: int) -> str:
    framework = grid.frameworks[year]
    return f"{year} ({framework}{FRAMEWORK_MARK})" if framework else str(year)


def _grade_cells(row: RatingRow) -> tuple[list[str], list[str]]:
    from trafford_timeline.ratings import GRADE_LABELS

    """Each year's grade with the places that state it, or that the sources state none."""
    texts, styles = [], []
    for cell in row.cells.values():
        if cell.grade is None:
            texts.append(f"{cell.note}\n{citation_refs(cell.citations)}" if cell.note else NOT_STATED)
            styles.append("dim italic")
        else:
            texts.append(f"{GRADE_LABELS[cell.grade]}\n{citation_refs(cell.citations)}")
            styles.append("")
    return texts, styles


def _citations_of(grid: RatingGrid) -> list[Citation]:
    return [c for row in grid.rows for cell in row.cells.values() for c in cell.citations]


def ratings_listing(grid: RatingGrid, names: SourceNames | None = None) -> Listing:
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
        caption=source_legend(_citations_of(grid), names) + (f"   {FRAMEWORK_CONTEXT}" if grid.years else ""),
        empty_message="The record holds no ratings.",
        cell_styles=styles,
    )


def grade_track(before: str | None, after: str | None) -> str:
    """How far a grade moved, drawn on the four-point scale: `●━━━○ ·` is good (○) to inadequate (●).

    One slot per grade, worst on the left, two columns apart; `◉` is a grade that did not move.
    """
    if before is None or after is None:
        return ""
    from trafford_timeline.ratings import GRADE_SCALE

    slots = [2 * GRADE_SCALE.index(grade) for grade in (before, after)]
    cells = list(" ".join("·" * len(GRADE_SCALE)))
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
    if row.note:
        return row.note[0].upper() + row.note[1:] + "."
    if not grid.frameworks_differ:
        return ""
    frameworks = [f for f in dict.fromkeys(grid.frameworks.values()) if f is not None]
    names = {framework: framework_label(row.mapping.area, framework) for framework in frameworks}
    parts = [f"{f}: {name}." for f, name in names.items()] if len(set(names.values())) > 1 else []
    if row.mapping.note:
        parts.append(row.mapping.note[0].upper() + row.mapping.note[1:] + ".")
    return " ".join(parts)


def comparison_listing(grid: RatingGrid, names: SourceNames | None = None) -> Listing:
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
    order = (
        f"The later year, {first}, comes first, as asked: each change runs from {first} back to {last}. "
        if first > last
        else ""
    )
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
            f"{order}Change: steps on the scale {scale}; drawn from inadequate (left) to outstanding, "
            f"○ {first} and ● {last}. {FRAMEWORK_CONTEXT} " + source_legend(_citations_of(grid), names)
        ),
        cell_styles=styles,
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


def verdict_line(result: Verification) -> str:
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
        caption=verdict_line(result) + (f". Count per code: {counts}" if counts else ""),
        empty_message="No problems.",
    )


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


def conflict_line(check: ClaimCheck) -> str:
    """The recorded dispute a verdict touches, naming the sources on the other side."""
    if check.conflict is None:
        return ""
    favoured = check.conflict.favoured or "neither side"
    dissent = ", ".join(short_source(source) for source in check.conflict.dissent) or "none"
    return f"Conflict {check.conflict.id}: the record's assessment favours {favoured} Dissenting: {dissent}"


def claims_listing(checks: Sequence[ClaimCheck], names: SourceNames | None = None) -> Listing:
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
                " ".join(filter(None, (check.explanation, conflict_line(check)))),
                " ".join(dict.fromkeys(f"{short_source(e.source)}:{e.line}" for e in check.evidence[:3])),
            ]
            for number, check in enumerate(checks, start=1)
        ],
        records=[claim_record(check) for check in checks],
        items=[
            {
                "claim": check.claim,
                "verdict": check.verdict,
                "explanation": check.explanation,
                "citations": [{"source": e.source, "line": e.line, "quote": e.quote} for e in check.evidence],
            }
            for check in checks
        ],
        caption=caption + "\n" + source_legend([e for check in checks for e in check.evidence[:3]], names),
        cell_styles=[["", VERDICT_STYLES[check.verdict], "", "", ""] for check in checks],
        empty_message="The batch holds no claims.",
    )


ANSWER_STYLES = {"answered": "bold green", "not_stated": "bold yellow", "disputed": "bold magenta"}
ANSWER_LABELS = {"answered": "answered", "not_stated": "not stated", "disputed": "disputed"}


def answer_text(answer: Answer) -> str:
    if answer.answer is not None:
        return answer.answer
    return "not stated in the sources" if answer.status == "not_stated" else "the sources disagree"


def answers_listing(answers: Sequence[Answer], names: SourceNames | None = None) -> Listing:
    """Answers in a table, one row each, with `ask --json`'s records for the other formats."""
    from trafford_timeline.output.answer_contract import answer_json

    counts = {status: sum(a.status == status for a in answers) for status in ANSWER_LABELS}
    caption = ", ".join(f"{n} {ANSWER_LABELS[s]}" for s, n in counts.items())
    return Listing(
        title=f"{len(answers)} questions asked",
        columns=[
            Column("#", justify="right", no_wrap=True),
            Column("Status", no_wrap=True),
            Column("Question", ratio=3, main=True),
            Column("Answer", ratio=2),
            Column("Evidence", ratio=1, secondary=True),
        ],
        rows=[
            [
                str(number),
                ANSWER_LABELS[answer.status],
                answer.question,
                answer_text(answer),
                " ".join(dict.fromkeys(f"{short_source(e.source)}:{e.line}" for e in answer.evidence[:3])),
            ]
            for number, answer in enumerate(answers, start=1)
        ],
        records=[answer_json(answer) for answer in answers],
        caption=caption + "\n" + source_legend([e for answer in answers for e in answer.evidence[:3]], names),
        cell_styles=[["", ANSWER_STYLES[answer.status], "", "", ""] for answer in answers],
        empty_message="The batch holds no questions.",
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
