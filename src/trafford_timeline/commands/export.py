"""`trafford export`: the timeline in a form that travels."""

from __future__ import annotations

from typing import Annotated

import typer

from trafford_timeline.cli import _state, app, examples
from trafford_timeline.options import (
    EventKindOption,
    ExportFormatOption,
    ForceOption,
    FromOption,
    OutputOption,
    SearchOption,
    SourceOption,
    StatusOption,
    ToOption,
    checked_choices,
    dates_between,
    export_format_of,
    filters_of,
)
from trafford_timeline.record.model import EVENT_KINDS

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
