"""`timeline --chart`: the events drawn as lanes on a time axis, in the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text


from trafford_timeline.dates import date_label
from trafford_timeline.output import chart
from trafford_timeline.output.render import NARROW, cell, stderr, stdout
from trafford_timeline.record.model import Event

CHART_TEXT_MIN = 24
"""The narrowest the event column of a chart may be before the axis wraps into another panel."""


CHART_STYLES = {"occurred": "bold cyan", "planned": "bold yellow"}


def _lane_text(lane: chart.Lane, rules: frozenset[int]) -> Text:
    from rich.text import Text

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
    from rich import box
    from rich.table import Table
    from rich.text import Text

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
            title = cell(event.title)
            if narrow:
                title.append("\n" + label_of[event.id], style="dim")
            cells = [_lane_text(lane, panel.rules), title]
            if not narrow:
                cells.insert(0, Text(label_of[event.id]))
            table.add_row(*cells, style="italic dim" if event.status == "planned" else None)
        console.print(table)
    console.print(Text(_chart_legend(drawn), style="dim"))
