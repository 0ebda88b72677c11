"""The `trafford` command: parse options, ask the core, hand the answer to `render`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, cast

import typer
from typer.core import TyperGroup

from trafford_timeline.errors import ExitStatus, TraffordError, UsageError, quoted
from trafford_timeline.options import (
    AreaOption,
    BatchOption,
    ChartOption,
    ClaimArgument,
    CompareOption,
    CouncilOption,
    DataOption,
    EventKindOption,
    ExportFormatOption,
    ExportOption,
    FactKindOption,
    ForceOption,
    FormatOption,
    FromOption,
    IdArgument,
    JsonOption,
    NationalOption,
    OutputOption,
    SearchOption,
    SourceOption,
    StatusOption,
    ToOption,
    VersionOption,
    batch_text,
    checked_choices,
    complete_id,
    dates_between,
    export_format_of,
    filters_of,
    output_format_of,
    saving,
)
from trafford_timeline.record.model import AREAS, EVENT_KINDS, FACT_KINDS
from trafford_timeline.record.store import resolve_data_dir

if TYPE_CHECKING:
    from trafford_timeline.claims.check import ClaimIndex
    from trafford_timeline.national.context import Supplied
    from trafford_timeline.national.location import National
    from trafford_timeline.output.listings import Listing, OutputFormat
    from trafford_timeline.record.dataset import Dataset
    from trafford_timeline.record.model import Record


class Commands(TyperGroup):
    """Every command runs through here, so a domain error becomes a message and an exit status once,
    and a usage error (a bad option, a value Click or a command refused) reads the same way."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except typer.TyperException as exc:
            _usage_error(exc)

    def invoke(self, ctx: Any) -> Any:
        from trafford_timeline.output import render

        try:
            with render.paged(not ctx.params.get("no_pager", True)):
                return super().invoke(ctx)
        except TraffordError as exc:
            from trafford_timeline.output import render

            render.show_error(exc)
            raise typer.Exit(exc.status) from None
        except typer.TyperException as exc:
            _usage_error(exc)


def _usage_error(exc: typer.TyperException) -> NoReturn:
    """A usage error as one plain `Error:` line and where to find help, not Typer's box."""
    if type(exc).__name__ == "NoArgsIsHelpError":  # not an error: `trafford` alone shows its help
        raise exc
    from trafford_timeline.output import render

    context = getattr(exc, "ctx", None)
    hint = f"Try '{context.command_path} -h' for help." if context is not None else ""
    render.show_usage_error(exc.format_message(), hint)
    raise typer.Exit(getattr(exc, "exit_code", ExitStatus.USAGE)) from None


app = typer.Typer(
    cls=Commands,
    name="trafford",
    help=(
        "Check facts and build a timeline of the collapse of Trafford Council's children's services "
        "(Ofsted: good in 2015, inadequate in 2019). Every answer quotes a named source file and line."
    ),
    no_args_is_help=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    epilog=(
        "Examples:\n\n  trafford timeline --from 'May 2019'\n\n"
        '  trafford cite "Trafford was rated good in 2015"\n\n'
        "  trafford ratings --compare 2015 2019\n\n  trafford show improvement-notice-2019\n\n"
        "  trafford export -o trafford.html"
    ),
)

RECORD_PANEL = "Read the record"
CHECK_PANEL = "Check the record"


@dataclass
class State:
    data_dir: Path
    national: Path | None = None
    """`--national FILE`; None for `$TRAFFORD_NATIONAL` or the user's data folder."""
    _dataset: Dataset | None = None

    def dataset(self) -> Dataset:
        """The dataset, from the cache where its content was seen before (see record/dataset.py)."""
        if self._dataset is None:
            from trafford_timeline.output import render
            from trafford_timeline.record.dataset import open_dataset

            with render.slow_note("Reading the record and building its cache; later runs are quick…"):
                self._dataset = open_dataset(self.data_dir)
        return self._dataset

    def record(self) -> Record:
        return self.dataset().record()

    def claim_index(self) -> ClaimIndex:
        return self.dataset().claim_index()


@contextlib.contextmanager
def _saving(ctx: typer.Context, export: Path | None, fmt: OutputFormat, force: bool) -> Iterator[None]:
    """Print as usual; with `--export`, also save what was printed (see `options.saving`)."""
    with saving(export, fmt, force, data_dir=_state(ctx).data_dir, title=f"trafford {ctx.info_name}"):
        yield


def examples(*commands: str) -> str:
    """The epilog every command ends its help with."""
    return "Examples:\n\n" + "\n\n".join(f"  {command}" for command in commands)


@app.callback()
def main(
    ctx: typer.Context,
    data: DataOption = None,
    national: NationalOption = None,
    version: VersionOption = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            envvar="TRAFFORD_NO_PAGER",
            help="Never page: output longer than the terminal otherwise goes through $PAGER (less).",
        ),
    ] = False,
) -> None:
    ctx.obj = State(resolve_data_dir(data), national)


def _names(record: Record) -> dict[str, str]:
    """Each source's name for people (`CYP Now, 29 May 2019`), keyed by its file name."""
    from trafford_timeline.output.listings import source_names

    return source_names(record.sources)


def _state(ctx: typer.Context) -> State:
    state = ctx.find_object(State)
    return state if state is not None else State(resolve_data_dir(None))


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples(
        "trafford timeline",
        "trafford timeline --from 'May 2019' --to 2019-05-31",
        "trafford timeline --from 08/05/2019 --to 08/05/2019",
        "trafford timeline --kind inspection --kind publication --json",
        "trafford timeline --status planned --source 003",
        "trafford timeline --format csv > timeline.csv",
        "trafford timeline --chart --export timeline.svg",
    ),
)
def timeline(
    ctx: typer.Context,
    start: FromOption = None,
    end: ToOption = None,
    kind: EventKindOption = None,
    source: SourceOption = None,
    search: SearchOption = None,
    status: StatusOption = None,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    chart: ChartOption = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """The events in date order, each with its date at its own precision, its kind and its sources."""
    from trafford_timeline.output import listings, render
    from trafford_timeline.query import select_events

    fmt = output_format_of(as_json, output_format)
    if chart and fmt != "table":
        raise typer.BadParameter(f"a chart is a picture for the terminal, not {fmt}", param_hint="'--chart'")
    kinds = checked_choices(kind, EVENT_KINDS, "--kind")
    window = dates_between(start, end)
    state = _state(ctx)
    record = state.dataset().record_of_events(window)
    filters = filters_of(record, window, kinds, source, search, status)
    events = select_events(record, filters)
    with _saving(ctx, export, fmt, force):
        if chart:
            render.show_chart(events)
        else:
            render.emit(listings.events_listing(events, _names(record)), fmt)


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples(
        "trafford facts --kind rating",
        "trafford facts --area care_leavers --search 'pathway plans'",
        "trafford facts --event improvement-notice-2019 --json",
        "trafford facts --kind finding --format markdown",
    ),
)
def facts(
    ctx: typer.Context,
    start: FromOption = None,
    end: ToOption = None,
    kind: FactKindOption = None,
    area: AreaOption = None,
    event: Annotated[
        str | None,
        typer.Option(
            "--event", metavar="ID", help="Only facts belonging to this event.", autocompletion=complete_id
        ),
    ] = None,
    source: SourceOption = None,
    search: SearchOption = None,
    status: StatusOption = None,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """The facts: judgements, findings, figures, roles, commitments and who said what."""
    from trafford_timeline.output import listings, render
    from trafford_timeline.query import select_facts

    fmt = output_format_of(as_json, output_format)
    kinds = checked_choices(kind, FACT_KINDS, "--kind")
    areas = checked_choices(area, AREAS, "--area")
    window = dates_between(start, end)
    record = _state(ctx).record()
    filters = filters_of(record, window, kinds, source, search, status, areas, event)
    with _saving(ctx, export, fmt, force):
        render.emit(listings.facts_listing(select_facts(record, filters), _names(record)), fmt)


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples(
        "trafford show improvement-notice-2019",
        "trafford show rating-2015-overall --json",
        "trafford show improvement-notice-2019 --format markdown",
    ),
)
def show(
    ctx: typer.Context,
    item_id: IdArgument,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """One event or fact with every citation quoted, and the facts that belong to an event."""
    from trafford_timeline.output import listings, render
    from trafford_timeline.query import facts_of, find_item
    from trafford_timeline.record.model import Event

    fmt = output_format_of(as_json, output_format)
    record = _state(ctx).record()
    item = find_item(record, item_id)
    belonging = facts_of(record, item.id) if isinstance(item, Event) else ()
    names = _names(record)
    event_title = next((e.title for e in record.events if e.id == getattr(item, "event", None)), None)
    with _saving(ctx, export, fmt, force):
        render.emit(
            listings.item_listing(item, belonging, names),
            fmt,
            lambda _: render.show_item(item, belonging, event_title, names),
        )


sources_app = typer.Typer(
    no_args_is_help=False, rich_markup_mode="rich", context_settings={"help_option_names": ["-h", "--help"]}
)
app.add_typer(sources_app, name="sources", rich_help_panel=RECORD_PANEL)


@sources_app.callback(
    invoke_without_command=True,
    epilog=examples(
        "trafford sources",
        "trafford sources --json",
        "trafford sources --format csv",
        "trafford --data ./my-dataset sources add report.pdf --date 2026-08-03",
    ),
)
def sources(
    ctx: typer.Context,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Each source: title, publisher, author, kind, date (stated or inferred) and how often it is cited.

    `trafford sources add FILE` adds a document (text, HTML or PDF) to a dataset folder of your own.
    """
    if ctx.invoked_subcommand is not None:
        return

    from trafford_timeline.output import listings, render
    from trafford_timeline.query import source_usage

    fmt = output_format_of(as_json, output_format)
    record = _state(ctx).record()
    with _saving(ctx, export, fmt, force):
        render.emit(listings.sources_listing(source_usage(record)), fmt)


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples(
        "trafford ratings",
        "trafford ratings --compare 2015 2019",
        "trafford ratings --json",
        "trafford ratings --compare 2015 2019 --export ratings.svg",
        "trafford ratings --council 'East Riding' --compare 2018 2022",
    ),
)
def ratings(
    ctx: typer.Context,
    council: CouncilOption = None,
    years: CompareOption = None,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Ofsted's judgements by year and area, each grade with its sources; none is ever inferred.

    Where the sources state no grade, the cell says "not stated in the sources".

    Trafford was inspected under SIF in 2015 and ILACS in 2019: --compare notes where areas differ
    and draws how far each grade moved.
    """
    from trafford_timeline.output import listings, render
    from trafford_timeline.ratings import all_ratings, compare

    fmt = output_format_of(as_json, output_format)
    if council is not None:
        listing = _council_ratings(ctx, council, years)
        with _saving(ctx, export, fmt, force):
            render.emit(listing, fmt)
        return
    record = _state(ctx).record()
    if years is None:
        listing = listings.ratings_listing(all_ratings(record), _names(record))
    else:
        listing = listings.comparison_listing(compare(record, *years), _names(record))
    with _saving(ctx, export, fmt, force):
        render.emit(listing, fmt)


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples("trafford conflicts", "trafford conflicts --json", "trafford conflicts --format csv"),
)
def conflicts(
    ctx: typer.Context,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Where the sources disagree: both sides with their quotes, and which the evidence favours."""
    from trafford_timeline.output import render

    fmt = output_format_of(as_json, output_format)
    record = _state(ctx).record()
    with _saving(ctx, export, fmt, force):
        render.show_conflicts(record.conflicts, fmt, _names(record))


@app.command(
    rich_help_panel=CHECK_PANEL,
    epilog=examples(
        "trafford verify", "trafford --data ./my-dataset verify --json", "trafford verify --format csv"
    ),
)
def verify(
    ctx: typer.Context,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Re-find every quote in its source at its line, check the source hashes, ids and references.

    Prints one row per problem with a stable code, then a count per code. Exits 1 on any problem.
    """
    from trafford_timeline.output import render
    from trafford_timeline.record.verify import verify_dataset

    fmt = output_format_of(as_json, output_format)
    data_dir = _state(ctx).data_dir
    result = verify_dataset(data_dir)
    with _saving(ctx, export, fmt, force):
        render.show_verification(result, fmt)
    raise typer.Exit(ExitStatus.SUCCESS if result.ok else ExitStatus.NEGATIVE)


@app.command(
    rich_help_panel=CHECK_PANEL,
    epilog=examples(
        'trafford cite "The improvement notice was issued on 8 May 2019"',
        'trafford cite "Trafford was rated good in 2015" --json',
        "trafford cite --batch claims.txt",
        "cat claims.txt | trafford cite - --json",
        "trafford cite --batch claims.txt --format csv > verdicts.csv",
        'trafford cite "Trafford was rated good in 2015" --export verdict.svg',
    ),
)
def cite(
    ctx: typer.Context,
    claim: ClaimArgument = None,
    batch: BatchOption = None,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Check a claim against the record: supported, contradicted, not found or disputed, with evidence.

    Dates are read day-first (08/05/2019 is 8 May). Exits 0 when the claim is supported and 1 when it
    is contradicted, not found or disputed; with --batch, 0 only if every claim is supported.
    """
    fmt = output_format_of(as_json, output_format)
    if claim == "-":  # as for --batch, "-" is standard input, never a claim to check
        if batch is not None:
            raise typer.BadParameter("give either a CLAIM or --batch FILE, not both or neither")
        claim, batch = None, Path("-")
    if (claim is None) == (batch is None):
        raise typer.BadParameter("give either a CLAIM or --batch FILE, not both or neither")
    if claim is not None and not claim.strip():
        raise typer.BadParameter("the claim is empty; write the claim in quotes", param_hint="'CLAIM'")
    from trafford_timeline.claims.batch import batch_claims

    claims = batch_claims(batch_text(batch)) if batch is not None else [claim or ""]
    from trafford_timeline.claims.check import check_claim
    from trafford_timeline.output import contracts, listings, render

    dataset = _state(ctx).dataset()
    index = dataset.claim_index()
    names = listings.source_names(dataset.sources)
    checks = []
    with render.counting(len(claims), "Checking claims") as advance:
        for text in claims:
            checks.append(check_claim(text, index))
            advance()
    with _saving(ctx, export, fmt, force):
        if fmt == "json" and batch is None:
            render.write_json(contracts.claim_record(checks[0]))
        elif fmt == "json":
            render.write_json_lines(contracts.claim_record(check) for check in checks)
        elif batch is None:
            render.emit(
                listings.claims_listing(checks, names), fmt, lambda _: render.show_claim(checks[0], names)
            )
        else:
            render.emit(listings.claims_listing(checks, names), fmt)
    supported = all(check.verdict == "supported" for check in checks)
    raise typer.Exit(ExitStatus.SUCCESS if supported else ExitStatus.NEGATIVE)


@app.command(
    rich_help_panel=CHECK_PANEL,
    epilog=examples(
        'trafford ask "When does the panel to appoint a new director sit?"',
        'trafford ask "What grade did children in care get in 2019?" --json',
        "trafford ask --batch questions.txt",
        "cat questions.txt | trafford ask --batch - --json",
    ),
)
def ask(
    ctx: typer.Context,
    question: Annotated[
        str | None,
        typer.Argument(
            help="The question, in quotes; '-' reads questions from standard input.", show_default=False
        ),
    ] = None,
    batch: BatchOption = None,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Answer a question in a few words, with the quote that says so, or say the sources do not.

    Asks when, who (and who said what), what grade, how many, how often, which, yes or no, and what
    the record lists. Exits 0 when answered and 1 when not stated or disputed; with --batch, 0 only
    if every question is answered. --batch --json prints JSON Lines, one answer per line.
    """
    fmt = output_format_of(as_json, output_format)
    if question == "-":  # as for --batch, "-" is standard input, never a question to answer
        if batch is not None:
            raise typer.BadParameter("give either a QUESTION or --batch FILE, not both or neither")
        question, batch = None, Path("-")
    if (question is None) == (batch is None):
        raise typer.BadParameter("give either a QUESTION or --batch FILE, not both or neither")
    if question is not None and not question.strip():
        raise typer.BadParameter("the question is empty; write it in quotes", param_hint="'QUESTION'")
    from trafford_timeline.claims.batch import batch_claims

    questions = batch_claims(batch_text(batch), key="question") if batch is not None else [question or ""]
    from trafford_timeline.claims.answer import answer_question
    from trafford_timeline.output import listings, render
    from trafford_timeline.output.answer_contract import answer_json

    dataset = _state(ctx).dataset()
    index = dataset.claim_index()
    conflicts = dataset.conflicts
    names = listings.source_names(dataset.sources)
    answers = []
    with render.counting(len(questions), "Answering questions") as advance:
        for text in questions:
            answers.append(answer_question(text, index, conflicts, dataset.sources))
            advance()
    with _saving(ctx, export, fmt, force):
        if fmt == "json" and batch is None:
            render.write_json(answer_json(answers[0]))
        elif fmt == "json":
            render.write_json_lines(answer_json(answer) for answer in answers)
        elif batch is None:
            render.emit(
                listings.answers_listing(answers, names), fmt, lambda _: render.show_answer(answers[0], names)
            )
        else:
            render.emit(listings.answers_listing(answers, names), fmt)
    answered = all(answer.status == "answered" for answer in answers)
    raise typer.Exit(ExitStatus.SUCCESS if answered else ExitStatus.NEGATIVE)


EXPORT_PANEL = "Take the record elsewhere"


@app.command(
    rich_help_panel=EXPORT_PANEL,
    epilog=examples(
        "trafford export --format timelinejs --output trafford-timeline.json",
        "trafford export --output trafford.ics",
        "trafford export --format markdown --output report.md --force",
        "trafford export --format csv --from 2019 --status planned",
        "trafford export -o timeline.csv --excel",
        "trafford export --format html -o trafford.html",
    ),
)
def export(
    ctx: typer.Context,
    output_format: ExportFormatOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    start: FromOption = None,
    end: ToOption = None,
    kind: EventKindOption = None,
    source: SourceOption = None,
    search: SearchOption = None,
    status: StatusOption = None,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom",
            "--excel",
            help="CSV: start with a byte-order mark, so Excel on Windows reads it as UTF-8.",
        ),
    ] = False,
) -> None:
    """Write the timeline in a form that travels: TimelineJS, iCalendar, JSON, CSV, Markdown or a web page.

    timelinejs: Knight Lab's TimelineJS JSON, grouped by kind. ics: one all-day event per event.

    markdown: a report of the timeline and the ratings comparison, with footnoted quotes.

    html: one self-contained web page, every quote linked to its line in the source's text.

    Each date keeps its precision and each event quotes its sources.

    An existing FILE is replaced only with --force, and never left half-written.
    """
    from datetime import UTC, datetime

    from trafford_timeline.output import render
    from trafford_timeline.output.destination import check_destination, write_file
    from trafford_timeline.output.exports import export_bytes
    from trafford_timeline.query import select_events

    if output is not None and str(output) == "-":  # as for --batch -, "-" is standard output
        output = None
    fmt = export_format_of(output_format, output)
    state = _state(ctx)
    if output is not None:
        check_destination(output, data_dir=state.data_dir, force=force)
    kinds = checked_choices(kind, EVENT_KINDS, "--kind")
    window = dates_between(start, end)
    record = state.record()
    filters = filters_of(record, window, kinds, source, search, status)
    events = select_events(record, filters)
    texts = None
    if fmt == "html":
        from trafford_timeline.record.store import read_source

        texts = {source.file: read_source(state.data_dir, source.file)[1] for source in record.sources}
    if bom and fmt != "csv":
        raise typer.BadParameter(f"a byte-order mark is for CSV, not {fmt}", param_hint="'--bom'")
    data = export_bytes(fmt, record, events, datetime.now(UTC).replace(microsecond=0), texts, bom=bom)
    if output is None:
        render.write_text(data.decode("utf-8"))
        return
    write_file(output, data)
    render.saved(str(output))


NATIONAL_PANEL = "Every council, from Ofsted's national data"
RECORD_COUNCIL = "Trafford"
"""The council the shipped record is about: its own reports fill grades the national file lacks."""

national_app = typer.Typer(
    no_args_is_help=False,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(national_app, name="national", rich_help_panel=NATIONAL_PANEL)


def _national(ctx: typer.Context) -> National:
    from trafford_timeline.national.location import open_national

    national_file = _state(ctx).national
    return open_national(national_file)


def _supplied(ctx: typer.Context, national: National, council: str) -> Supplied:
    """Grades the file lacks, from the record's own reports, for the council the record is about."""
    from trafford_timeline.national.grid import supplied_from_record
    from trafford_timeline.national.location import council_of

    if council != council_of(national, RECORD_COUNCIL):
        return {}
    return supplied_from_record(national.history.rows_of(council), _state(ctx).record())


def _council_ratings(ctx: typer.Context, name: str, years: tuple[int, int] | None) -> Listing:
    from trafford_timeline.national.grid import council_grid
    from trafford_timeline.national.location import council_of
    from trafford_timeline.output import listings

    national = _national(ctx)
    council = council_of(national, name)
    supplied = _supplied(ctx, national, council)
    grid = council_grid(national.history, council, supplied, years)
    return listings.ratings_listing(grid) if years is None else listings.comparison_listing(grid)


@national_app.callback(
    invoke_without_command=True,
    epilog=examples(
        "trafford national update",
        "trafford national --council trafford",
        "trafford national --council 'East Riding' --json",
        "trafford --national ./ilacs_history.csv national --format csv",
    ),
)
def national(
    ctx: typer.Context,
    council: CouncilOption = None,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Every English council's full inspection reports (or one council's), each with its line in the CSV.

    The national data is a public scraper's daily CSV of Ofsted's reports; `trafford national update`
    downloads it.

    A grade the file lacks is shown as what the scraper's marker means, in brackets, never as a grade.
    Rows the file holds that cannot be read are listed on stderr with their lines.
    """
    if ctx.invoked_subcommand is not None:
        return
    from trafford_timeline.national.councils import display_name
    from trafford_timeline.national.location import council_of
    from trafford_timeline.output import render
    from trafford_timeline.output.national import national_listing

    fmt = output_format_of(as_json, output_format)
    data = _national(ctx)
    if council is None:
        rows, title = data.history.rows, f"Full inspection reports of {len(data.history.councils)} councils"
    else:
        name = council_of(data, council)
        rows, title = data.history.rows_of(name), f"{display_name(name)}: full inspection reports"
    shown = {row.line for row in rows}
    problems = [p for p in data.history.problems if council is None or p.line in shown]
    render.show_national_problems(problems, data.history.file)
    with _saving(ctx, export, fmt, force):
        render.emit(national_listing(rows, data.history.file, title, council is not None), fmt)


@national_app.command(
    "update",
    epilog=examples(
        "trafford national update", "trafford national update --url http://127.0.0.1:8000/history.csv"
    ),
)
def national_update(
    url: Annotated[
        str | None,
        typer.Option(
            "--url", metavar="URL", help="Download the history CSV from URL instead of its public address."
        ),
    ] = None,
    lookup_url: Annotated[
        str | None,
        typer.Option(
            "--lookup-url",
            metavar="URL",
            help="Download the council lookup (statistical neighbours) from URL; 'none' to skip it.",
        ),
    ] = None,
    target: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Where to keep the history. Default: your data folder ($XDG_DATA_HOME/trafford).",
            dir_okay=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Replace the copy even if the download holds fewer reports than it."),
    ] = False,
) -> None:
    """Download the current national history CSV, check it, then replace the previous copy atomically.

    Nothing is replaced unless the whole file arrived and reads as the inspection history; the
    council lookup is saved beside it as la_lookup.csv.
    """
    from trafford_timeline.national import download
    from trafford_timeline.national.location import data_home, lookup_path
    from trafford_timeline.output import render

    path = target or data_home() / "ofsted_csc_ilacs_history.csv"
    got = download.download_history(url or download.HISTORY_URL, path, allow_fewer=force)
    render.saved(f"{path}: {download.describe(got)}")
    if got.history is not None:
        render.show_national_problems(got.history.problems, got.history.file)
    if (lookup_url or "").lower() != "none":
        lookup = download.download_lookup(lookup_url or download.LOOKUP_URL, lookup_path(path))
        render.saved(f"{lookup.path}: {download.describe(lookup)}")


@app.command(
    rich_help_panel=NATIONAL_PANEL,
    epilog=examples("trafford context", "trafford context --council Stockport --json"),
)
def context(ctx: typer.Context, council: CouncilOption = None, as_json: JsonOption = False) -> None:
    """How a council's inspections compare with every council's: each figure with the rows it counts.

    Trafford by default. Each statement gives its figure, the CSV rows it counted (file and line),
    the definition it used, and its caveats.
    """
    from trafford_timeline.national.context import context_statements
    from trafford_timeline.national.location import council_of
    from trafford_timeline.output import render

    data = _national(ctx)
    name = council_of(data, council or RECORD_COUNCIL)
    statements = context_statements(data.history, name, data.lookup, _supplied(ctx, data, name))
    render.show_context(statements, data.history.file, output_format_of(as_json, None))


def _inert(value: object) -> str:
    """Text from a document, with any control character (an escape sequence, say) shown, not obeyed."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(value))


def _describe_added(entry: dict[str, object]) -> list[str]:
    report = entry.get("report")
    media = cast(dict[str, str], entry["original"])["media_type"]
    lines = [
        f"Added {entry['file']} ({media}): {entry.get('title')!r}",
        f"  date {entry['date']} ({entry['date_basis']}): {_inert(entry['date_reason'])}",
    ]
    if isinstance(report, dict):
        lines.append(
            f"  inspected {report.get('inspection_dates')}, "
            f"published {report.get('published') or 'not stated'}, "
            f"lead inspector {_inert(report.get('lead_inspector') or 'not stated')}"
        )
    regions = entry.get("regions")
    if isinstance(regions, list) and regions:
        lines.append(f"  {len(regions)} non-body region(s) marked")
    return lines


@sources_app.command(
    "add",
    epilog=examples(
        "trafford --data ./trafford-data sources add 'inspection - 03 august 2026.pdf' --date 2026-08-03",
        "trafford --data ./trafford-data sources add article.html --name cyp-now-2026",
        "trafford --data ./trafford-data sources add minutes.txt --kind committee_minutes",
    ),
)
def sources_add(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A text, HTML or PDF file.", dir_okay=False)],
    name: Annotated[str | None, typer.Option(help="The stored file's name (default: from FILE).")] = None,
    title: Annotated[str | None, typer.Option(help="The title, if the text's own is wrong.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    author: Annotated[str | None, typer.Option(help="Who wrote it.")] = None,
    date: Annotated[str | None, typer.Option(help="When it was published, as you would write it.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it came from.")] = None,
    kind: Annotated[
        str | None, typer.Option(help="news_report, committee_minutes, inspection_report, ...")
    ] = None,
) -> None:
    """Add a document to your dataset: its text in sources/, its entry in events.json, its hash in SHA256SUMS.

    Text is stored byte for byte; HTML and PDF are extracted (PDF with pypdf). The title, byline and
    date are read from the text (for an Ofsted report also the inspection dates and lead inspector),
    and lines that are not the body are marked. Nothing is written if anything fails.
    """
    from typing import get_args

    from trafford_timeline.record.intake import Overrides, add_source
    from trafford_timeline.record.model import SourceKind

    if kind is not None and kind not in get_args(SourceKind):
        raise UsageError(f"--kind must be one of {', '.join(get_args(SourceKind))}, not {quoted(kind)}")
    overrides = Overrides(name=name, title=title, publisher=publisher, author=author, date=date, url=url,
                          kind=cast("SourceKind | None", kind))  # fmt: skip
    data_dir = _state(ctx).data_dir
    entry = add_source(data_dir, file, overrides)
    for line in _describe_added(entry):
        typer.echo(line)


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples("trafford init ./trafford-data", "trafford init ./my-council --empty"),
)
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="A new folder for the dataset.")],
    empty: Annotated[bool, typer.Option("--empty", help="Start with no sources, events or facts.")] = False,
) -> None:
    """Make a dataset folder of your own: a copy of the shipped record, or with --empty an empty one.

    The commands that change a record (sources add, draft --accept) write only into such a folder,
    named with --data DIR or TRAFFORD_DATA, never into the record installed with trafford.
    """
    from trafford_timeline.record.intake import init_dataset

    made = init_dataset(folder, empty=empty)
    typer.echo(f"Made {'an empty' if empty else 'a'} dataset in {made}; use it with --data {made}")


@app.command(
    rich_help_panel=CHECK_PANEL,
    epilog=examples(
        "trafford --data ./trafford-data draft inspection-2026.txt --json > draft.json",
        "trafford --data ./trafford-data draft --accept draft.json",
    ),
)
def draft(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Argument(help="The source to draft from, as `sources` names it.")
    ] = None,
    accept: Annotated[
        Path | None, typer.Option("--accept", metavar="FILE", help="Merge a reviewed draft into events.json.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Propose cited events and facts from one source, or merge a reviewed draft with --accept.

    The JSON is {"source": NAME, "events": [...], "facts": [...]}: each item has the fields of an
    events.json item plus `confidence` (0 to 1) and `why`. Nothing the record holds is proposed again.
    --accept checks the draft, refuses ids that clash, writes atomically keeping events.json.bak,
    then runs verify.
    """
    from trafford_timeline.record import draft as drafting

    data_dir = _state(ctx).data_dir
    if accept is not None:
        if name is not None:
            raise UsageError("give either a source NAME to draft from or --accept FILE, not both")
        from trafford_timeline.output import render
        from trafford_timeline.record.verify import verify_dataset

        counts = drafting.accept_draft(data_dir, accept)
        typer.echo(f"Accepted {counts['events']} events and {counts['facts']} facts into {data_dir}")
        result = verify_dataset(data_dir)
        render.show_verification(result, "table")
        raise typer.Exit(ExitStatus.SUCCESS if result.ok else ExitStatus.NEGATIVE)
    if name is None:
        raise UsageError("name a source to draft from (see `trafford sources`), or give --accept FILE")
    proposal = drafting.draft_source(data_dir, name)
    if as_json:
        from trafford_timeline.output import render

        render.write_json(proposal)
        return
    for group in ("events", "facts"):
        typer.echo(f"{len(proposal[group])} {group}:")
        for item in proposal[group]:
            label = item.get("title") or item.get("text")
            typer.echo(f"  {item['id']}  ({item['confidence']:.2f})  {label!r}")
