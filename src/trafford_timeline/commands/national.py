"""The commands on every council, from Ofsted's national data: national, national update, context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from trafford_timeline.cli import _saving, _state, app, examples
from trafford_timeline.options import (
    CouncilOption,
    ExportOption,
    ForceOption,
    FormatOption,
    JsonOption,
    output_format_of,
)

if TYPE_CHECKING:
    from trafford_timeline.national.context import Supplied
    from trafford_timeline.national.location import National
    from trafford_timeline.output.listings import Listing

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
    from trafford_timeline.output.rating_listings import comparison_listing, ratings_listing

    national = _national(ctx)
    council = council_of(national, name)
    supplied = _supplied(ctx, national, council)
    grid = council_grid(national.history, council, supplied, years)
    return ratings_listing(grid) if years is None else comparison_listing(grid)


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
    from trafford_timeline.output import render, render_national
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
    render_national.show_national_problems(problems, data.history.file)
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
    from trafford_timeline.output import render, render_national

    path = target or data_home() / "ofsted_csc_ilacs_history.csv"
    got = download.download_history(url or download.HISTORY_URL, path, allow_fewer=force)
    render.saved(f"{path}: {download.describe(got)}")
    if got.history is not None:
        render_national.show_national_problems(got.history.problems, got.history.file)
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
    from trafford_timeline.output import render_national

    data = _national(ctx)
    name = council_of(data, council or RECORD_COUNCIL)
    statements = context_statements(data.history, name, data.lookup, _supplied(ctx, data, name))
    render_national.show_context(statements, data.history.file, output_format_of(as_json, None))
