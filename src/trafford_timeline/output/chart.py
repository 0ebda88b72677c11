"""The timeline as a picture: each event a marker on an axis of years divided into months.

The layout is plain characters, one column per month; `render` only colours it. Years with nothing
on record are left out (the axis shows the break), and an axis too long for the terminal is
wrapped into panels of whole years.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from trafford_timeline.dates import OPEN, known_part, parse_record_date
from trafford_timeline.record.model import Event

MONTH_INITIALS = "JFMAMJJASOND"
YEAR_WIDTH = len(MONTH_INITIALS)
MARKERS = {"occurred": "●", "planned": "○"}
SPANS = {"occurred": "━", "planned": "┄"}
"""The line from an event's marker to the last month its date covers."""
NO_END = "→"
NO_START = "←"
YEAR_RULE = "│"
GAP_RULE = "┆"
"""Between two years that are not consecutive: the years between hold nothing on record."""


@dataclass(frozen=True)
class Lane:
    """One event's row of the axis: `cells` has one character per column, the marker at `marker`."""

    event: Event
    cells: str
    marker: int


@dataclass(frozen=True)
class Panel:
    years: tuple[int, ...]
    years_line: str
    months_line: str
    lanes: tuple[Lane, ...]
    rules: frozenset[int]
    """The columns that divide one year from the next."""

    @property
    def width(self) -> int:
        return len(self.months_line)


@dataclass(frozen=True)
class Chart:
    panels: tuple[Panel, ...]
    gaps: tuple[tuple[int, int], ...]
    """Runs of years, first and last, with nothing on record: left out of the axis."""


def axis_width(years: int) -> int:
    return years * (YEAR_WIDTH + 1) - 1


def years_per_panel(width: int) -> int:
    """How many whole years fit in `width` columns; at least one."""
    return max(1, (width + 1) // (YEAR_WIDTH + 1))


def _marker_day(stored: str) -> date:
    """Where an event's marker goes: the first day its date gives, or for "on or before", the last."""
    known = known_part(stored)
    return known.last if stored.startswith(OPEN) else known.first


def years_covered(events: Sequence[Event]) -> list[int]:
    years: set[int] = set()
    for event in events:
        known = known_part(event.date)
        years.update(range(known.first.year, known.last.year + 1))
    return sorted(years)


def _gaps(years: Sequence[int]) -> tuple[tuple[int, int], ...]:
    return tuple((a + 1, b - 1) for a, b in itertools.pairwise(years) if b - a > 1)


def _column(day: date, years: tuple[int, ...]) -> int:
    """The column of `day`'s month; a day outside the panel is clipped to its nearer edge."""
    if day.year < years[0]:
        return 0
    if day.year > years[-1]:
        return axis_width(len(years)) - 1
    return years.index(day.year) * (YEAR_WIDTH + 1) + day.month - 1


def _lane(event: Event, years: tuple[int, ...], background: str) -> Lane:
    span = parse_record_date(event.date)
    last = known_part(event.date).last
    cells = list(background)
    marker = _column(_marker_day(event.date), years)
    end = _column(last, years)
    for column in range(marker + 1, end + 1):
        cells[column] = SPANS[event.status]
    if last.year > years[-1]:
        cells[-1] = NO_END
    if span.last_precision == "open" and marker + 1 < len(cells):
        cells[marker + 1] = NO_END
    if span.first_precision == "open" and marker > 0:
        cells[marker - 1] = NO_START
    cells[marker] = MARKERS[event.status]
    return Lane(event, "".join(cells), marker)


def _panel(years: tuple[int, ...], events: Sequence[Event]) -> Panel:
    rules = {}
    for i in range(1, len(years)):
        rules[i * (YEAR_WIDTH + 1) - 1] = YEAR_RULE if years[i] == years[i - 1] + 1 else GAP_RULE
    width = axis_width(len(years))
    background = "".join(rules.get(column, " ") for column in range(width))
    months_line = "".join(
        (rules[i * (YEAR_WIDTH + 1) - 1] if i else "") + MONTH_INITIALS for i in range(len(years))
    )
    years_line = "".join(
        (rules[i * (YEAR_WIDTH + 1) - 1] if i else "") + f"{year:<{YEAR_WIDTH}}"
        for i, year in enumerate(years)
    )
    lanes = tuple(_lane(event, years, background) for event in events)
    return Panel(years, years_line, months_line, lanes, frozenset(rules))


def layout(events: Sequence[Event], width: int) -> Chart:
    """The events, in the order given, on an axis at most `width` columns wide (one year at least);
    each event sits in the panel that holds its marker."""
    years = years_covered(events)
    per_panel = years_per_panel(width)
    chunks = [tuple(years[i : i + per_panel]) for i in range(0, len(years), per_panel)]
    panels = []
    for chunk in chunks:
        members = [e for e in events if _marker_day(e.date).year in chunk]
        panels.append(_panel(chunk, members))
    return Chart(tuple(panels), _gaps(years))
