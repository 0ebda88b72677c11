"""The command line's shared options, declared once and checked once: dates, filters and output.

Every command that prints takes the same `--format/--json/--export/--force`, checked here, and a
value the core cannot use becomes a usage error naming the option, as Click reports its own.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer

from trafford_timeline import __version__
from trafford_timeline.errors import NotFound, quoted
from trafford_timeline.record.model import AREAS, EVENT_KINDS, FACT_KINDS, Status
from trafford_timeline.record.store import ENV_VAR

if TYPE_CHECKING:
    from trafford_timeline.dates import DateSpan
    from trafford_timeline.output.listings import OutputFormat
    from trafford_timeline.query import Filters
    from trafford_timeline.record.model import Record


def user_date(value: str | None, option: str) -> DateSpan | None:
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


def _choice_key(value: str) -> str:
    return value.strip().lower().replace("-", "_").replace(" ", "_")


def checked_choices(values: list[str] | None, allowed: tuple[str, ...], option: str) -> frozenset[str]:
    """The values as the record spells them: `Care-Leavers` and `care leavers` are `care_leavers`."""
    chosen = []
    for value in values or []:
        key = _choice_key(value)
        if key not in allowed:
            raise typer.BadParameter(
                f"{quoted(value)} is not one of: {', '.join(allowed)}", param_hint=f"'{option}'"
            )
        chosen.append(key)
    return frozenset(chosen)


def completing(choices: tuple[str, ...]) -> Any:
    """Shell completion from a fixed list, for `--kind`, `--area` and `--format`."""

    def complete(incomplete: str) -> list[str]:
        return [choice for choice in choices if choice.startswith(_choice_key(incomplete))]

    return complete


def _record_for_completion(ctx: typer.Context) -> Record | None:
    """The record named by `--data` (or `$TRAFFORD_DATA`, or the shipped one); None if unusable,
    since a completion must never print an error into the shell."""
    from trafford_timeline.errors import TraffordError
    from trafford_timeline.record.dataset import open_dataset
    from trafford_timeline.record.store import resolve_data_dir

    root = ctx.find_root()
    data = root.params.get("data") if root is not None else None
    try:
        return open_dataset(resolve_data_dir(data)).record()
    except (TraffordError, OSError):
        return None


def complete_source(ctx: typer.Context, incomplete: str) -> list[str]:
    """`--source`: the short ids, then the publishers, that start with what was typed."""
    record = _record_for_completion(ctx)
    if record is None:
        return []
    found = [s.file.split("_", 1)[0] for s in record.sources]
    found += [s.publisher for s in record.sources if s.publisher]
    return [name for name in dict.fromkeys(found) if name.casefold().startswith(incomplete.casefold())]


def complete_id(ctx: typer.Context, incomplete: str) -> list[str]:
    """An event or fact id, for `show ID` and `--event`."""
    record = _record_for_completion(ctx)
    if record is None:
        return []
    ids = [e.id for e in record.events] + [f.id for f in record.facts]
    return [item for item in ids if item.startswith(incomplete)]


def dates_between(start: str | None, end: str | None) -> DateSpan | None:
    from trafford_timeline.query import date_window

    try:
        return date_window(user_date(start, "--from"), user_date(end, "--to"))
    except ValueError as exc:
        raise typer.BadParameter(f"{start!r} is later than --to {end!r}", param_hint="'--from'") from exc


def filters_of(
    record: Record,
    window: DateSpan | None,
    kinds: frozenset[str],
    sources: list[str] | None,
    search: str | None,
    status: Status | None,
    areas: frozenset[str] = frozenset(),
    event: str | None = None,
) -> Filters:
    from trafford_timeline.query import Filters, find_item, resolve_source

    try:
        files = frozenset(resolve_source(record, name) for name in sources or [])
    except NotFound as exc:
        known = ", ".join(f"{s.file} ({s.publisher})" if s.publisher else s.file for s in record.sources)
        raise typer.BadParameter(f"{exc}. Sources: {known}", param_hint="'--source'") from None
    if event is not None:
        try:  # an unknown value of an option is a usage error, as for --source: exit 2 for both
            find_item(record, event)
        except NotFound as exc:
            raise typer.BadParameter(str(exc), param_hint="'--event'") from None
    return Filters(
        window=window,
        kinds=kinds,
        sources=files,
        search=search,
        status=status,
        areas=areas,
        event=event,
    )


def _table_or_json(as_json: bool) -> OutputFormat:
    return "json" if as_json else "table"


def _file_option(*names: str, help: str) -> Any:
    """An option naming a file, never a folder: one to read, or one to write."""
    return typer.Option(*names, metavar="FILE", help=help, dir_okay=False)


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
        "--source",
        metavar="SOURCE",
        help="Only items citing this source: its file name, a prefix like 002, or its publisher.",
        autocompletion=complete_source,
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
        autocompletion=completing(("table", "json", "csv", "markdown")),
    ),
]
ExportOption = Annotated[
    Path | None,
    _file_option("--export", help="Also save what the terminal shows as FILE.svg (a picture) or FILE.html."),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the file to be written if it exists.")]


def output_format_of(as_json: bool, fmt: str | None) -> OutputFormat:
    """`--format`, with `--json` as its shorthand; the two disagreeing is a usage error."""
    from trafford_timeline.output.listings import OUTPUT_FORMATS

    if fmt is None:
        return _table_or_json(as_json)
    fmt = fmt.lower()
    if fmt not in OUTPUT_FORMATS:
        raise typer.BadParameter(
            f"{quoted(fmt)} is not one of: {', '.join(OUTPUT_FORMATS)}", param_hint="'--format'"
        )
    if as_json and fmt != "json":
        raise typer.BadParameter(f"--json is short for --format json, not --format {fmt}: give one")
    return cast("OutputFormat", fmt)


@contextlib.contextmanager
def saving(
    export: Path | None, fmt: OutputFormat, force: bool, *, data_dir: Path, title: str
) -> Iterator[None]:
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
    target = check_destination(export, data_dir=data_dir, force=force, suffixes=render.EXPORT_SUFFIXES)
    with render.recording() as console:
        yield
    picture = render.exported(console, target.suffix.lower(), title=title)
    write_file(target, picture.encode("utf-8"))
    render.saved(str(target))


def batch_text(path: Path) -> str:
    """The text of `--batch FILE`, or of standard input for `-`; unreadable is a usage error naming it."""
    from trafford_timeline.claims.batch import read_batch_text

    try:
        text = read_batch_text(None if str(path) == "-" else path)
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise typer.BadParameter(f"cannot read {str(path)!r}: {reason}", param_hint="'--batch'") from None
    if not text.strip():  # an empty batch is no answer, not "every claim supported"
        raise typer.BadParameter(f"{str(path)!r} holds no claims, one per line", param_hint="'--batch'")
    return text


def export_format_of(fmt: str | None, output: Path | None) -> str:
    """`--format`, or what `--output`'s suffix says (`.ics`, `.csv`, `.md`); JSON needs saying."""
    from trafford_timeline.output.exports import EXPORT_FORMATS, FORMAT_OF_SUFFIX

    if fmt is None:
        inferred = FORMAT_OF_SUFFIX.get(output.suffix.lower()) if output is not None else None
        if inferred is None:
            raise typer.BadParameter(f"say which: {', '.join(EXPORT_FORMATS)}", param_hint="'--format'")
        return inferred
    fmt = fmt.lower()
    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(
            f"{quoted(fmt)} is not one of: {', '.join(EXPORT_FORMATS)}", param_hint="'--format'"
        )
    return fmt


EventKindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        metavar="KIND",
        help=f"Only events of this kind (repeatable): {', '.join(EVENT_KINDS)}.",
        autocompletion=completing(EVENT_KINDS),
    ),
]

FactKindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        metavar="KIND",
        help=f"Only facts of this kind (repeatable): {', '.join(FACT_KINDS)}.",
        autocompletion=completing(FACT_KINDS),
    ),
]

AreaOption = Annotated[
    list[str] | None,
    typer.Option(
        "--area",
        metavar="AREA",
        help=f"Only facts about this judgement area (repeatable): {', '.join(AREAS)}.",
        autocompletion=completing(AREAS),
    ),
]

ChartOption = Annotated[
    bool,
    typer.Option("--chart", help="Draw the events on an axis of years and months (● happened, ○ planned)."),
]

IdArgument = Annotated[
    str,
    typer.Argument(
        metavar="ID", help="An event or fact id, as listed by timeline or facts.", autocompletion=complete_id
    ),
]

CompareOption = Annotated[
    tuple[int, int] | None,
    typer.Option(
        "--compare",
        metavar="A B",
        help="Compare two inspections area by area, with the change in grade from year A to year B.",
    ),
]

ClaimArgument = Annotated[
    str | None,
    typer.Argument(
        help="The claim to check, in quotes; '-' reads claims from standard input.", show_default=False
    ),
]

BatchOption = Annotated[
    Path | None,
    _file_option(
        "--batch", help="Check one claim per line of FILE ('-' reads standard input) instead of CLAIM."
    ),
]

ExportFormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        metavar="FORMAT",
        help="timelinejs, ics, json, csv, markdown or html. Default: from the --output suffix.",
        show_default=False,
        autocompletion=completing(("timelinejs", "ics", "json", "csv", "markdown", "html")),
    ),
]

OutputOption = Annotated[
    Path | None,
    _file_option(
        "--output",
        "-o",
        help="Write to FILE (never into the dataset folder); '-' or none is standard output.",
    ),
]


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"trafford {__version__}")
        raise typer.Exit()


DataOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar=ENV_VAR,
        metavar="DIR",
        help="Dataset folder with events.json and sources/. Default: the record shipped with trafford.",
        file_okay=False,
    ),
]
NationalOption = Annotated[
    Path | None,
    typer.Option(
        "--national",
        envvar="TRAFFORD_NATIONAL",
        metavar="FILE",
        help="The national inspection history CSV for national, context and ratings --council. "
        "Default: the copy `trafford national update` downloads into your data folder.",
        dir_okay=False,
    ),
]
CouncilOption = Annotated[
    str | None,
    typer.Option(
        "--council",
        metavar="NAME",
        help="A council, named loosely: 'East Riding', 'Kingston upon Hull', 'Stoke'.",
    ),
]
VersionOption = Annotated[
    bool,
    typer.Option("--version", is_eager=True, callback=_show_version, help="Print the version and exit."),
]
