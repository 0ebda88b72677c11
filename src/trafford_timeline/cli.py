"""The `trafford` command: parse options, ask the core, hand the answer to `render`."""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar, cast

import typer

from trafford_timeline import __version__
from trafford_timeline.errors import DataError, NotFound, TraffordError, UsageError, quoted
from trafford_timeline.record.model import AREAS, EVENT_KINDS, FACT_KINDS, Status
from trafford_timeline.record.store import ENV_VAR, resolve_data_dir

if TYPE_CHECKING:
    from trafford_timeline.claims.check import ClaimIndex
    from trafford_timeline.dates import DateSpan
    from trafford_timeline.output.render import OutputFormat
    from trafford_timeline.query import Filters
    from trafford_timeline.record.cache import Dataset
    from trafford_timeline.record.model import Record

# Each command imports what it needs when it runs: start-up is most of a command's time, and
# `timeline` should not pay for the claim checker, nor any command for pydantic on a cache hit.


class ExitStatus(enum.IntEnum):
    SUCCESS = 0
    NEGATIVE = 1
    """A negative answer: verification failed, an id not found, a dataset that cannot be used."""
    USAGE = 2


T = TypeVar("T")

app = typer.Typer(
    name="trafford",
    help=(
        "Check facts and build a timeline of the collapse of Trafford Council's children's services "
        "(Ofsted: good in 2015, inadequate in 2019). Every answer quotes a named source file and line."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

RECORD_PANEL = "Read the record"
CHECK_PANEL = "Check the record"


@dataclass
class State:
    data_dir: Path
    _dataset: Dataset | None = None

    def dataset(self) -> Dataset:
        """The dataset, from the cache where its content was seen before (see cache.py)."""
        if self._dataset is None:
            from trafford_timeline.record.cache import open_dataset

            self._dataset = guarded(lambda: open_dataset(self.data_dir))
        return self._dataset

    def record(self) -> Record:
        return guarded(self.dataset().record)

    def claim_index(self) -> ClaimIndex:
        return guarded(self.dataset().claim_index)


def fail(message: str, details: tuple[str, ...] = (), status: ExitStatus = ExitStatus.NEGATIVE) -> NoReturn:
    from trafford_timeline.output import render

    render.show_error(message, details)
    raise typer.Exit(status)


def guarded(action: Callable[[], T]) -> T:
    """Run a core call, turning its domain errors into a message on stderr and an exit status."""
    try:
        return action()
    except DataError as exc:
        fail(str(exc), exc.details)
    except UsageError as exc:
        fail(str(exc), status=ExitStatus.USAGE)
    except TraffordError as exc:
        fail(str(exc))


def examples(*commands: str) -> str:
    """The epilog every command ends its help with."""
    return "Examples:\n\n" + "\n\n".join(f"  {command}" for command in commands)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"trafford {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            envvar=ENV_VAR,
            metavar="DIR",
            help="Dataset folder with events.json and sources/. Default: the record shipped with trafford.",
            file_okay=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_show_version, help="Print the version and exit."),
    ] = False,
) -> None:
    ctx.obj = State(resolve_data_dir(data))


def _state(ctx: typer.Context) -> State:
    state = ctx.find_object(State)
    return state if state is not None else State(resolve_data_dir(None))


def _user_date(value: str | None, option: str) -> DateSpan | None:
    from trafford_timeline.dates import parse_user_date

    if value is None:
        return None
    try:
        return parse_user_date(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{exc}. Use a date such as 2019-05-08, 08/05/2019 (day first), 'May 2019' or 2019.",
            param_hint=f"'{option}'",
        ) from None


def _choices(values: list[str] | None, allowed: tuple[str, ...], option: str) -> frozenset[str]:
    for value in values or []:
        if value not in allowed:
            raise typer.BadParameter(
                f"{quoted(value)} is not one of: {', '.join(allowed)}", param_hint=f"'{option}'"
            )
    return frozenset(values or [])


def _window(start: str | None, end: str | None) -> DateSpan | None:
    from trafford_timeline.query import date_window

    try:
        return date_window(_user_date(start, "--from"), _user_date(end, "--to"))
    except ValueError as exc:
        raise typer.BadParameter(f"{start!r} is later than --to {end!r}", param_hint="'--from'") from exc


def _filters(
    record: Record,
    window: DateSpan | None,
    kinds: frozenset[str],
    sources: list[str] | None,
    search: str | None,
    status: Status | None,
    areas: frozenset[str] = frozenset(),
    event: str | None = None,
) -> Filters:
    from trafford_timeline.query import Filters, resolve_source

    try:
        files = frozenset(resolve_source(record, name) for name in sources or [])
    except NotFound as exc:
        known = ", ".join(s.file for s in record.sources)
        raise typer.BadParameter(f"{exc}. Sources: {known}", param_hint="'--source'") from None
    return Filters(
        window=window,
        kinds=kinds,
        sources=files,
        search=search,
        status=status,
        areas=areas,
        event=event,
    )


def _format(as_json: bool) -> OutputFormat:
    return "json" if as_json else "table"


FromOption = Annotated[
    str | None,
    typer.Option(
        "--from",
        metavar="DATE",
        help="Only from this date: 2019-05-08, 08/05/2019 (day first), 'May 2019', 2019.",
    ),
]
ToOption = Annotated[
    str | None,
    typer.Option("--to", metavar="DATE", help="Only up to this date (the whole month or year if imprecise)."),
]
SourceOption = Annotated[
    list[str] | None,
    typer.Option(
        "--source", metavar="FILE", help="Only items citing this source (file name or a prefix like 002)."
    ),
]
SearchOption = Annotated[
    str | None, typer.Option("--search", metavar="TEXT", help="Only items whose text or quotes contain TEXT.")
]
StatusOption = Annotated[
    Status | None,
    typer.Option("--status", help="Happened, or planned as of its source."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        metavar="FORMAT",
        help="table (the default), json (as --json), csv (a header, one row per item) or markdown.",
        show_default=False,
    ),
]
ExportOption = Annotated[
    Path | None,
    typer.Option(
        "--export",
        metavar="FILE",
        help="Also save what the terminal shows as FILE.svg (a picture) or FILE.html.",
        dir_okay=False,
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the file to be written if it exists.")]


def _output_format(as_json: bool, fmt: str | None) -> OutputFormat:
    """`--format`, with `--json` as its shorthand; the two disagreeing is a usage error."""
    from trafford_timeline.output import render

    if fmt is None:
        return _format(as_json)
    if fmt not in render.OUTPUT_FORMATS:
        raise typer.BadParameter(
            f"{quoted(fmt)} is not one of: {', '.join(render.OUTPUT_FORMATS)}", param_hint="'--format'"
        )
    if as_json and fmt != "json":
        raise typer.BadParameter(f"--json is short for --format json, not --format {fmt}: give one")
    return cast("OutputFormat", fmt)


@contextlib.contextmanager
def _saving(ctx: typer.Context, export: Path | None, fmt: OutputFormat, force: bool) -> Iterator[None]:
    """Print as usual; with `--export`, also save what was printed as SVG or HTML."""
    if export is None:
        yield
        return
    from trafford_timeline.output import render
    from trafford_timeline.output.destination import check_destination, write_file

    if fmt != "table":
        raise typer.BadParameter(
            f"it saves the table, so it cannot go with --format {fmt}", param_hint="'--export'"
        )
    data_dir = _state(ctx).data_dir
    target = guarded(
        lambda: check_destination(export, data_dir=data_dir, force=force, suffixes=render.EXPORT_SUFFIXES)
    )
    with render.recording() as console:
        yield
    picture = render.exported(console, target.suffix.lower(), title=f"trafford {ctx.info_name}")
    guarded(lambda: write_file(target, picture.encode("utf-8")))
    render.saved(str(target))


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
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind", metavar="KIND", help=f"Only events of this kind (repeatable): {', '.join(EVENT_KINDS)}."
        ),
    ] = None,
    source: SourceOption = None,
    search: SearchOption = None,
    status: StatusOption = None,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    chart: Annotated[
        bool,
        typer.Option(
            "--chart", help="Draw the events on an axis of years and months (● happened, ○ planned)."
        ),
    ] = False,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """The events in date order, each with its date at its own precision, its kind and its sources."""
    from trafford_timeline.output import render
    from trafford_timeline.query import select_events

    fmt = _output_format(as_json, output_format)
    if chart and fmt != "table":
        raise typer.BadParameter(f"a chart is a picture for the terminal, not {fmt}", param_hint="'--chart'")
    kinds = _choices(kind, EVENT_KINDS, "--kind")
    window = _window(start, end)
    state = _state(ctx)
    record = guarded(lambda: state.dataset().record_of_events(window))
    filters = _filters(record, window, kinds, source, search, status)
    events = select_events(record, filters)
    with _saving(ctx, export, fmt, force):
        if chart:
            render.show_chart(events)
        else:
            render.emit(render.events_listing(events), fmt)


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
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind", metavar="KIND", help=f"Only facts of this kind (repeatable): {', '.join(FACT_KINDS)}."
        ),
    ] = None,
    area: Annotated[
        list[str] | None,
        typer.Option(
            "--area",
            metavar="AREA",
            help=f"Only facts about this judgement area (repeatable): {', '.join(AREAS)}.",
        ),
    ] = None,
    event: Annotated[
        str | None, typer.Option("--event", metavar="ID", help="Only facts belonging to this event.")
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
    from trafford_timeline.output import render
    from trafford_timeline.query import find_item, select_facts

    fmt = _output_format(as_json, output_format)
    kinds = _choices(kind, FACT_KINDS, "--kind")
    areas = _choices(area, AREAS, "--area")
    window = _window(start, end)
    record = _state(ctx).record()
    if event is not None:
        guarded(lambda: find_item(record, event))
    filters = _filters(record, window, kinds, source, search, status, areas, event)
    with _saving(ctx, export, fmt, force):
        render.emit(render.facts_listing(select_facts(record, filters)), fmt)


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples("trafford show improvement-notice-2019", "trafford show rating-2015-overall --json"),
)
def show(
    ctx: typer.Context,
    item_id: Annotated[
        str, typer.Argument(metavar="ID", help="An event or fact id, as listed by timeline or facts.")
    ],
    as_json: JsonOption = False,
) -> None:
    """One event or fact with every citation quoted, and the facts that belong to an event."""
    from trafford_timeline.output import render
    from trafford_timeline.query import facts_of, find_item
    from trafford_timeline.record.model import Event

    record = _state(ctx).record()
    item = guarded(lambda: find_item(record, item_id))
    belonging = facts_of(record, item.id) if isinstance(item, Event) else ()
    if as_json:
        render.write_json(render.item_record(item, belonging))
        return
    event_title = next((e.title for e in record.events if e.id == getattr(item, "event", None)), None)
    render.show_item(item, belonging, event_title)


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples("trafford sources", "trafford sources --json", "trafford sources --format csv"),
)
def sources(
    ctx: typer.Context,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Each source: title, publisher, author, kind, date (stated or inferred) and how often it is cited."""
    from trafford_timeline.output import render
    from trafford_timeline.query import source_usage

    fmt = _output_format(as_json, output_format)
    record = _state(ctx).record()
    with _saving(ctx, export, fmt, force):
        render.emit(render.sources_listing(source_usage(record)), fmt)


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples(
        "trafford ratings",
        "trafford ratings --compare 2015 2019",
        "trafford ratings --json",
        "trafford ratings --compare 2015 2019 --export ratings.svg",
    ),
)
def ratings(
    ctx: typer.Context,
    years: Annotated[
        tuple[int, int] | None,
        typer.Option(
            "--compare",
            metavar="A B",
            help="Compare two inspections area by area, with the change in grade from year A to year B.",
        ),
    ] = None,
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
    from trafford_timeline.output import render
    from trafford_timeline.ratings import all_ratings, compare

    fmt = _output_format(as_json, output_format)
    record = _state(ctx).record()
    if years is None:
        listing = render.ratings_listing(all_ratings(record))
    else:
        listing = render.comparison_listing(guarded(lambda: compare(record, *years)))
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

    fmt = _output_format(as_json, output_format)
    record = _state(ctx).record()
    with _saving(ctx, export, fmt, force):
        render.show_conflicts(record.conflicts, fmt)


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

    fmt = _output_format(as_json, output_format)
    data_dir = _state(ctx).data_dir
    result = guarded(lambda: verify_dataset(data_dir))
    with _saving(ctx, export, fmt, force):
        render.show_verification(result, fmt)
    raise typer.Exit(ExitStatus.SUCCESS if result.ok else ExitStatus.NEGATIVE)


def _batch_claims(path: Path) -> list[str]:
    """One claim per line; a JSON object with a `claim` key (as in an evaluation file) also works."""
    import contextlib
    import json
    import sys

    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise typer.BadParameter(f"cannot read {str(path)!r}: {reason}", param_hint="'--batch'") from None
    claims: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            with contextlib.suppress(ValueError, AttributeError):
                line = str(json.loads(line).get("claim", line))
        if line:
            claims.append(line)
    return claims


@app.command(
    rich_help_panel=CHECK_PANEL,
    epilog=examples(
        'trafford cite "The improvement notice was issued on 8 May 2019"',
        'trafford cite "Trafford was rated good in 2015" --json',
        "trafford cite --batch claims.txt",
        "cat claims.txt | trafford cite --batch - --json",
    ),
)
def cite(
    ctx: typer.Context,
    claim: Annotated[
        str | None, typer.Argument(help="The claim to check, in quotes.", show_default=False)
    ] = None,
    batch: Annotated[
        Path | None,
        typer.Option(
            "--batch",
            metavar="FILE",
            help="Check one claim per line of FILE ('-' reads standard input) instead of CLAIM.",
            dir_okay=False,
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Check a claim against the record: supported, contradicted, not found or disputed, with evidence.

    Dates are read day-first (08/05/2019 is 8 May). Exits 0 when the claim is supported and 1 when it
    is contradicted, not found or disputed; with --batch, 0 only if every claim is supported.
    """
    if (claim is None) == (batch is None):
        raise typer.BadParameter("give either a CLAIM or --batch FILE, not both or neither")
    if claim is not None and not claim.strip():
        raise typer.BadParameter("the claim is empty; write the claim in quotes", param_hint="'CLAIM'")
    claims = _batch_claims(batch) if batch is not None else [claim or ""]
    from trafford_timeline.claims.check import check_claim
    from trafford_timeline.output import render

    index = _state(ctx).claim_index()
    checks = [check_claim(text, index) for text in claims]
    if batch is None:
        if as_json:
            render.write_json(render.claim_record(checks[0]))
        else:
            render.show_claim(checks[0])
    elif as_json:
        render.write_json_lines(render.claim_record(check) for check in checks)
    else:
        render.emit(render.claims_listing(checks), "table")
    supported = all(check.verdict == "supported" for check in checks)
    raise typer.Exit(ExitStatus.SUCCESS if supported else ExitStatus.NEGATIVE)


EXPORT_PANEL = "Take the record elsewhere"
EXPORT_FORMATS = ("timelinejs", "ics", "json", "csv", "markdown")
FORMAT_OF_SUFFIX = {".ics": "ics", ".csv": "csv", ".md": "markdown", ".markdown": "markdown"}


def _export_format(fmt: str | None, output: Path | None) -> str:
    """`--format`, or what `--output`'s suffix says (`.ics`, `.csv`, `.md`); JSON needs saying."""
    if fmt is None:
        inferred = FORMAT_OF_SUFFIX.get(output.suffix.lower()) if output is not None else None
        if inferred is None:
            raise typer.BadParameter(f"say which: {', '.join(EXPORT_FORMATS)}", param_hint="'--format'")
        return inferred
    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(
            f"{quoted(fmt)} is not one of: {', '.join(EXPORT_FORMATS)}", param_hint="'--format'"
        )
    return fmt


@app.command(
    rich_help_panel=EXPORT_PANEL,
    epilog=examples(
        "trafford export --format timelinejs --output trafford-timeline.json",
        "trafford export --output trafford.ics",
        "trafford export --format markdown --output report.md --force",
        "trafford export --format csv --from 2019 --status planned",
    ),
)
def export(
    ctx: typer.Context,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="timelinejs, ics, json, csv or markdown. Default: by the --output suffix: .ics, .csv, .md.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE (never into the dataset folder). Default: standard output.",
            dir_okay=False,
        ),
    ] = None,
    force: ForceOption = False,
    start: FromOption = None,
    end: ToOption = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind", metavar="KIND", help=f"Only events of this kind (repeatable): {', '.join(EVENT_KINDS)}."
        ),
    ] = None,
    source: SourceOption = None,
    search: SearchOption = None,
    status: StatusOption = None,
) -> None:
    """Write the timeline in a form that travels: TimelineJS, iCalendar, JSON, CSV or a Markdown report.

    timelinejs: Knight Lab's TimelineJS JSON, grouped by kind. ics: one all-day event per event.

    markdown: a report of the timeline and the ratings comparison, with footnoted quotes.

    Each date keeps its precision and each event quotes its sources.

    An existing FILE is replaced only with --force, and never left half-written.
    """
    from datetime import UTC, datetime

    from trafford_timeline.output import exports, formats, render
    from trafford_timeline.output.destination import check_destination, write_file
    from trafford_timeline.query import select_events

    fmt = _export_format(output_format, output)
    state = _state(ctx)
    if output is not None:
        guarded(lambda: check_destination(output, data_dir=state.data_dir, force=force))
    kinds = _choices(kind, EVENT_KINDS, "--kind")
    window = _window(start, end)
    record = state.record()
    filters = _filters(record, window, kinds, source, search, status)
    events = select_events(record, filters)
    if fmt == "timelinejs":
        data = formats.json_text(exports.timelinejs(record, events)).encode("utf-8")
    elif fmt == "ics":
        data = exports.icalendar(record, events, datetime.now(UTC).replace(microsecond=0))
    elif fmt == "markdown":
        data = exports.markdown_report(record, events).encode("utf-8")
    else:
        data = render.listing_text(render.events_listing(events), "json" if fmt == "json" else "csv").encode()
    if output is None:
        render.write_text(data.decode("utf-8"))
        return
    guarded(lambda: write_file(output, data))
    render.saved(str(output))
