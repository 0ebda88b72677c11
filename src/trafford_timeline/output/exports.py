"""The record in forms that travel: a TimelineJS timeline, an iCalendar file and a Markdown report.

Each is a pure function of the record, so tests read the result back. Every event keeps its date's
precision (a year stays a year) and every statement keeps its sources: TimelineJS and the calendar
quote them in the event's text, the report as footnotes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from trafford_timeline import __version__
from trafford_timeline.dates import OPEN, Precision, date_label, known_part, parse_record_date
from trafford_timeline.output.formats import clean, csv_text, json_text, markdown_table, markdown_text
from trafford_timeline.output.listings import (
    byline,
    events_listing,
    listing_text,
    short_source,
    source_name,
    source_names,
)
from trafford_timeline.ratings import GRADE_LABELS, RatingGrid, all_ratings, compare
from trafford_timeline.record.model import FRAMEWORK_CONTEXT, FRAMEWORK_MARK, Citation, Event, Record, Source

EXPORT_FORMATS = ("timelinejs", "ics", "json", "csv", "markdown", "html")
FORMAT_OF_SUFFIX = {
    ".ics": "ics", ".csv": "csv", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
}  # fmt: skip
"""The format an `--output` file's suffix implies; JSON needs saying, as two JSON forms exist."""
TITLE = "Trafford children's services: a cited timeline"
UID_DOMAIN = "trafford-timeline"


def credit(source: Source | None, citation: Citation) -> str:
    """Who says it and where: `Widespread deterioration at Trafford (WillisPalmer), 002_….txt line 15`."""
    place = f"{citation.source} line {citation.line}"
    if source is None:
        return place
    name = source.title or source.description.rstrip(".")
    named = byline(source)
    return f"{name}" + (f" ({named})" if named else "") + f", {date_label(source.date)}, {place}"


def _status_note(event: Event) -> str:
    if event.status == "planned" and event.as_of:
        return f"Planned, as of {date_label(event.as_of)}."
    return ""


# TimelineJS: https://timeline.knightlab.com/docs/json-format.html


def _html(text: str) -> str:
    return html.escape(text, quote=False)


def _timeline_date(day: date, precision: Precision) -> dict[str, int]:
    """A TimelineJS date with only the fields the record's precision gives."""
    parts = {"year": day.year}
    if precision in ("month", "day"):
        parts["month"] = day.month
    if precision == "day":
        parts["day"] = day.day
    return parts


_SHORT_ID = re.compile(r"\b\d{3}\b")


def _without_ids(text: str, sources: dict[str, Source]) -> str:
    """A note's `003 line 25` as `Committee minutes, May 2019, line 25`: a reader of a published
    timeline knows the sources by name, not by the record's short ids."""
    names = {short_source(file): source_name(source) for file, source in sources.items()}
    return _SHORT_ID.sub(
        lambda m: names.get(m[0], m[0]) + ("," if text[m.end() :].startswith(" line") else ""), text
    )


def _html_text(event: Event, sources: dict[str, Source]) -> str:
    notes = (
        uncertainty(event.date).replace("date", "Date", 1),
        event.summary or "",
        _status_note(event),
        event.note or "",
    )
    paragraphs = [_without_ids(p, sources) for p in notes]
    if event.approximate:
        paragraphs.append("The date is approximate.")
    parts = [f"<p>{_html(clean(p))}</p>" for p in paragraphs if p]
    for citation in event.citations:
        parts.append(f"<blockquote>“{_html(clean(citation.quote))}”</blockquote>")
        parts.append(f"<p>— {_html(clean(credit(sources.get(citation.source), citation)))}</p>")
    return "".join(parts)


def timelinejs(record: Record, events: Sequence[Event]) -> dict[str, Any]:
    """The Knight Lab TimelineJS JSON: one slide per event, grouped by kind, its sources quoted."""
    sources = {s.file: s for s in record.sources}
    slides = []
    for event in events:
        span = known_part(event.date)
        slide: dict[str, Any] = {
            "unique_id": event.id,
            "start_date": _timeline_date(span.first, span.first_precision),
            "display_date": date_label(event.date),
            "text": {
                "headline": _html(clean(event.title)),
                "text": _html_text(event, sources),
            },
            "group": event.kind,
        }
        if is_interval(event.date):
            slide["end_date"] = _timeline_date(span.last, span.last_precision)
        slides.append(slide)
    cited = {c.source for e in events for c in e.citations}
    intro = (
        f"{len(events)} events from {len(cited)} sources. Every event quotes the source that states it, "
        "with the file and line where the quote can be checked."
    )
    timeline: dict[str, Any] = {
        "title": {"text": {"headline": _html(TITLE), "text": f"<p>{intro}</p>"}},
        "events": slides,
    }
    eras = _eras(events)
    if eras:
        timeline["eras"] = eras
    return timeline


def _eras(events: Sequence[Event]) -> list[dict[str, Any]]:
    """TimelineJS eras: the period a deadline on record runs over, from the day its source set it
    (`as_of`) to the deadline, such as the time under the improvement notice."""
    eras = []
    for event in events:
        if event.kind != "deadline" or event.as_of is None:
            continue
        start, end = known_part(event.as_of), known_part(event.date)
        if start.first >= end.last:
            continue
        eras.append(
            {
                "start_date": _timeline_date(start.first, start.first_precision),
                "end_date": _timeline_date(end.last, end.last_precision),
                "text": {"headline": _html(clean(event.title))},
            }
        )
    return eras


# iCalendar (RFC 5545), written by the icalendar library: it folds long lines and escapes text.


def is_interval(stored: str) -> bool:
    """A real interval, drawn as a span: both ends known to the day (`2019-03-04/2019-03-08`)."""
    if "/" not in stored or OPEN in stored:
        return False
    span = parse_record_date(stored)
    return span.first_precision == span.last_precision == "day"


def uncertainty(stored: str) -> str:
    """`date uncertain: May 2019 – Aug 2019` for a date not known to one day that is no real
    interval; empty for a day or an interval. Such an event is drawn on its first possible day."""
    span = parse_record_date(stored)
    if is_interval(stored) or (span.first == span.last and span.first_precision == "day"):
        return ""
    return f"date uncertain: {date_label(stored)}"


def _description(event: Event, sources: dict[str, Source]) -> str:
    uncertain = uncertainty(event.date)
    when = f"When: {date_label(event.date)}" + (", approximate" if event.approximate else "")
    if uncertain:
        when += f" ({uncertain}; shown on its first possible day)"
    lines = [when, *(x for x in (event.summary, _status_note(event), event.note) if x)]
    for citation in event.citations:
        lines.append(f"“{citation.quote}” — {credit(sources.get(citation.source), citation)}")
    return clean("\n\n".join(lines))


def icalendar(record: Record, events: Sequence[Event], stamp: datetime) -> bytes:
    """One all-day VEVENT per event: a day, or the days of a real interval; a date known less
    precisely goes on its first possible day, its title saying how uncertain it is, rather than
    blanketing months of a calendar. `stamp` is the DTSTAMP, a UTC time.
    """
    import icalendar as ical

    sources = {s.file: s for s in record.sources}
    calendar = ical.Calendar()
    calendar.add("prodid", f"-//{UID_DOMAIN}//trafford {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", TITLE)
    for event in events:
        span = known_part(event.date)
        uncertain = uncertainty(event.date)
        entry = ical.Event()
        entry.add("uid", f"{event.id}@{UID_DOMAIN}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", span.first)
        entry.add("dtend", (span.first if uncertain else span.last) + timedelta(days=1))
        title = ("Planned: " if event.status == "planned" else "") + event.title
        entry.add("summary", clean(title + (f" ({uncertain})" if uncertain else "")))
        entry.add("description", _description(event, sources))
        entry.add("categories", [event.kind])
        entry.add("status", "TENTATIVE" if event.status == "planned" else "CONFIRMED")
        entry.add("transp", "TRANSPARENT")
        calendar.add_component(entry)
    ical_bytes: bytes = calendar.to_ical()
    return ical_bytes


# The Markdown report: the timeline and the ratings comparison, each statement footnoted.


@dataclass
class Footnotes:
    """One footnote per statement, listing every quote behind it, numbered in order of first use:
    one mark after a statement, where a mark per quote ran together as `good⁵⁶⁵⁷³³⁷⁵⁸⁵⁹`."""

    sources: dict[str, Source]
    numbers: dict[tuple[tuple[str, int, str], ...], int] = field(default_factory=dict)

    def refs(self, citations: Sequence[Citation]) -> str:
        key = tuple(dict.fromkeys((c.source, c.line, c.quote) for c in citations))
        if not key:
            return ""
        return f"[^{self.numbers.setdefault(key, len(self.numbers) + 1)}]"

    def lines(self) -> list[str]:
        lines = []
        for key, number in self.numbers.items():
            quotes = []
            for file, line, quote in key:
                where = credit(self.sources.get(file), Citation(source=file, line=line, quote=quote))
                quotes.append(f"“{markdown_text(quote)}” — {markdown_text(where)}")
            lines.append(f"[^{number}]: " + "; ".join(quotes))
        return lines


def _conflicts_section(record: Record, notes: Footnotes) -> list[str]:
    """Where the sources disagree, each side footnoted and the side the evidence favours named:
    what a scrutiny councillor most needs. Differences of wording follow, marked as such."""
    if not record.conflicts:
        return ["The sources do not disagree on any matter the record holds."]
    lines: list[str] = []
    for conflict in sorted(record.conflicts, key=lambda c: c.kind == "wording"):
        wording = " (a difference of wording, not a disagreement)" if conflict.kind == "wording" else ""
        lines += [f"### {markdown_text(conflict.topic)}{markdown_text(wording)}", ""]
        for number, side in enumerate(conflict.sides):
            favoured = " **The weight of evidence supports this side.**" if conflict.favours == number else ""
            lines.append(f"- {markdown_text(side.statement)}{notes.refs(side.citations)}{favoured}")
        lines += ["", markdown_text(conflict.assessment), ""]
    return lines


def report_grid(record: Record) -> RatingGrid:
    """The first inspection on record against the last, or every year if there are fewer than two."""
    grid = all_ratings(record)
    if len(grid.years) < 2:
        return grid
    return compare(record, grid.years[0], grid.years[-1])


def _ratings_section(grid: RatingGrid, notes: Footnotes) -> list[str]:
    if not grid.years:
        return ["The record holds no ratings."]
    headers = ["Judgement area", *(f"{y} ({grid.frameworks[y]}{FRAMEWORK_MARK})" for y in grid.years)]
    comparing = len(grid.years) == 2
    rows = []
    for row in grid.rows:
        cells = [markdown_text(row.mapping.label)]
        for cell in row.cells.values():
            grade = GRADE_LABELS[cell.grade] if cell.grade else "not stated in the sources"
            cells.append(markdown_text(grade) + notes.refs(cell.citations))
        if comparing:
            change = row.change
            cells.append(
                "n/a" if change is None else f"{'↓' if change < 0 else '↑' if change else '='} {change:+d}"
            )
        rows.append(cells)
    headers = [markdown_text(h) for h in headers] + (["Change"] if comparing else [])
    lines = markdown_table(headers, rows, escape=False).splitlines()
    lines += ["", markdown_text(FRAMEWORK_CONTEXT)]
    if comparing:
        lines += ["", "Change: steps on Ofsted's four-point scale (outstanding, good, requires improvement, "
                  "inadequate); a grade the sources do not state is never inferred."]  # fmt: skip
    return lines


def markdown_report(record: Record, events: Sequence[Event]) -> str:
    """The timeline and the ratings comparison, every statement footnoted with the quote behind it."""
    notes = Footnotes({s.file: s for s in record.sources})
    lines = [f"# {markdown_text(TITLE)}", ""]
    lines += [
        f"Made by trafford {__version__} from {len(events)} events. Each footnote quotes the source "
        "verbatim with its file and line; `trafford verify` re-finds every quote.",
        "",
        "## Timeline",
        "",
    ]
    for event in events:
        when = date_label(event.date) + (" (approximate)" if event.approximate else "")
        status = f" *{_status_note(event)}*" if event.status == "planned" else ""
        lines.append(
            f"- **{markdown_text(when)}**: {markdown_text(event.title)}{notes.refs(event.citations)}{status}"
        )
    grid = report_grid(record)
    heading = "Ofsted judgements" + (
        f": {grid.years[0]} against {grid.years[-1]}" if len(grid.years) == 2 else ""
    )
    lines += ["", f"## {heading}", "", *_ratings_section(grid, notes)]
    lines += ["", "## Where the sources disagree", "", *_conflicts_section(record, notes), "## Sources", ""]
    for source in record.sources:
        name = (
            f"*{markdown_text(source.title)}*"
            if source.title
            else markdown_text(source.description.rstrip(". "))
        )
        named = byline(source) or "publisher not named"
        lines.append(f"- {name}; {markdown_text(named)}; {date_label(source.date)} (`{source.file}`)")
    lines += ["", *notes.lines()]
    return "\n".join(lines) + "\n"


def export_bytes(
    fmt: str,
    record: Record,
    events: Sequence[Event],
    stamp: datetime,
    texts: Mapping[str, str] | None = None,
    *,
    bom: bool = False,
) -> bytes:
    """The file `export --format fmt` writes: one of `EXPORT_FORMATS`, stamped (for iCalendar) `stamp`;
    the web page also shows each source's text (`texts`, by file name)."""
    if fmt == "html":
        from trafford_timeline.output.webpage import page_html

        return page_html(record, events, texts or {}).encode("utf-8")
    if fmt == "timelinejs":
        return json_text(timelinejs(record, events)).encode("utf-8")
    if fmt == "ics":
        return icalendar(record, events, stamp)
    if fmt == "markdown":
        return markdown_report(record, events).encode("utf-8")
    names = source_names(record.sources)
    if fmt == "json":
        return listing_text(events_listing(events, names), "json").encode("utf-8")
    listing = events_listing(events, names)
    text = csv_text(listing.items or [], listing.csv_columns, drop_empty=True)
    return (BOM if bom else "").encode("utf-8") + text.encode("utf-8")


BOM = "\ufeff"
"""What Excel needs at the start of a CSV to read it as UTF-8 rather than the Windows code page."""
