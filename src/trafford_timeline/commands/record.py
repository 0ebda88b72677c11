"""The commands that read the record: timeline, facts, show, sources, ratings and conflicts."""

from __future__ import annotations

from typing import Annotated

import typer

from trafford_timeline.cli import RECORD_PANEL, _names, _saving, _state, app, examples
from trafford_timeline.options import (
    AreaOption,
    ChartOption,
    CompareOption,
    CouncilOption,
    EventKindOption,
    ExportOption,
    FactKindOption,
    ForceOption,
    FormatOption,
    FromOption,
    IdArgument,
    JsonOption,
    SearchOption,
    SourceOption,
    StatusOption,
    ToOption,
    checked_choices,
    complete_id,
    dates_between,
    filters_of,
    output_format_of,
)
from trafford_timeline.record.model import AREAS, EVENT_KINDS, FACT_KINDS


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
            from trafford_timeline.output import render_chart  # draws, so it brings Rich

            render_chart.show_chart(events)
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
    from trafford_timeline.output import rating_listings, render
    from trafford_timeline.ratings import all_ratings, compare

    fmt = output_format_of(as_json, output_format)
    if council is not None:
        from trafford_timeline.commands.national import _council_ratings

        listing = _council_ratings(ctx, council, years)
        with _saving(ctx, export, fmt, force):
            render.emit(listing, fmt)
        return
    record = _state(ctx).record()
    if years is None:
        listing = rating_listings.ratings_listing(all_ratings(record), _names(record))
    else:
        listing = rating_listings.comparison_listing(compare(record, *years), _names(record))
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
