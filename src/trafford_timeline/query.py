"""Questions asked of a loaded record: which events and facts match, what one id is, who cites what."""

from __future__ import annotations

import calendar
import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from trafford_timeline.claims.language import fold
from trafford_timeline.dates import DateSpan, parse_record_date
from trafford_timeline.errors import NotFound
from trafford_timeline.record.model import Citation, Event, Fact, Record, Source

Item = Event | Fact


@dataclass(frozen=True)
class Filters:
    """What `timeline` and `facts` narrow by; an empty field does not narrow."""

    window: DateSpan | None = None
    kinds: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    search: str | None = None
    status: str | None = None
    areas: frozenset[str] = frozenset()
    event: str | None = None


@dataclass(frozen=True)
class SourceUsage:
    source: Source
    events: int = 0
    facts: int = 0


def date_window(start: DateSpan | None, end: DateSpan | None) -> DateSpan | None:
    """The days from the start of `start` to the end of `end`; ValueError if they are reversed."""
    if start is None and end is None:
        return None
    first = start.first if start else date.min
    last = end.last if end else date.max
    if first > last:
        raise ValueError("the start of the range is later than its end")
    return DateSpan(first, last)


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "open": 3}


def sort_key(span: DateSpan) -> tuple[date, int, date]:
    """Order by the last day the known start can mean, so an item known only to a month (`May 2019`,
    `from May 2019`) follows the dated events of that month, and one known to a year follows its
    months; a tie goes to the more precise. An interval open at its start sorts by its end."""
    if span.first_precision == "open":
        return span.last, _PRECISION_RANK[span.last_precision], span.last
    if span.first_precision == "day":
        start_ends = span.first
    elif span.first_precision == "month":
        start_ends = date(
            span.first.year, span.first.month, calendar.monthrange(span.first.year, span.first.month)[1]
        )
    else:
        start_ends = date(span.first.year, 12, 31)
    return start_ends, _PRECISION_RANK[span.first_precision], span.last


def _text_of(item: Item) -> str:
    parts: list[str] = [item.id, item.note or "", *(c.quote for c in item.citations)]
    if isinstance(item, Event):
        parts += [item.title, item.summary or ""]
    else:
        parts += [item.text]
    return fold(" ".join(parts))


def _cites_any(citations: Iterable[Citation], files: frozenset[str]) -> bool:
    return any(c.source in files for c in citations)


def resolve_source(record: Record, name: str) -> str:
    """A source named by its file name, any unambiguous start of it such as `002`, or its publisher
    in any case (`cyp now`, `Community Care`), as a reader knows it."""
    files = [source.file for source in record.sources]
    if name in files:
        return name
    matches = [file for file in files if file.startswith(name)]
    if len(matches) == 1:
        return matches[0]
    wanted = " ".join(name.casefold().split())
    by_publisher = [
        s.file
        for s in record.sources
        if wanted and s.publisher and wanted in " ".join(s.publisher.casefold().split())
    ]
    if len(by_publisher) == 1:
        return by_publisher[0]
    matches = matches or by_publisher
    raise NotFound("source", name, matches or difflib.get_close_matches(name, files, n=3, cutoff=0.5))


def event_span(event: Event) -> DateSpan:
    return parse_record_date(event.date)


def fact_span(fact: Fact, event_dates: dict[str, str]) -> DateSpan | None:
    """A fact's own date, or else its event's; `event_dates` maps event ids to stored dates."""
    stored = fact.date if fact.date is not None else event_dates.get(fact.event or "")
    return parse_record_date(stored) if stored is not None else None


def _matches_common(item: Item, filters: Filters, span: DateSpan | None) -> bool:
    if filters.window is not None and (span is None or not span.overlaps(filters.window)):
        return False
    if filters.kinds and item.kind not in filters.kinds:
        return False
    if filters.sources and not _cites_any(item.citations, filters.sources):
        return False
    return not filters.search or fold(filters.search) in _text_of(item)


def select_events(record: Record, filters: Filters) -> list[Event]:
    """The matching events in date order; an imprecise date matches if it overlaps the window."""
    chosen: list[tuple[tuple[date, int, date], str, Event]] = []
    for event in record.events:
        span = event_span(event)
        if _matches_common(event, filters, span) and filters.status in (None, event.status):
            chosen.append((sort_key(span), event.id, event))
    return [event for *_, event in sorted(chosen, key=lambda entry: entry[:2])]


def select_facts(record: Record, filters: Filters) -> list[Fact]:
    """The matching facts, in the date order of their events, undated ones last."""
    status_of = {event.id: event.status for event in record.events}
    event_dates = {event.id: event.date for event in record.events}
    chosen: list[tuple[tuple[date, int, date], Fact]] = []
    for fact in record.facts:
        span = fact_span(fact, event_dates)
        if not _matches_common(fact, filters, span):
            continue
        if filters.areas and fact.area not in filters.areas:
            continue
        if filters.status is not None and status_of.get(fact.event or "") != filters.status:
            continue
        if filters.event is not None and fact.event != filters.event:
            continue
        chosen.append((sort_key(span) if span else (date.max, 9, date.max), fact))
    return [fact for _, fact in sorted(chosen, key=lambda pair: pair[0])]


def find_item(record: Record, item_id: str) -> Item:
    """One event or fact by id; NotFound suggests the closest ids."""
    for item in (*record.events, *record.facts):
        if item.id == item_id:
            return item
    ids = [item.id for item in (*record.events, *record.facts)]
    raise NotFound("event or fact", item_id, difflib.get_close_matches(item_id, ids, n=3, cutoff=0.5))


def facts_of(record: Record, event_id: str) -> tuple[Fact, ...]:
    return tuple(fact for fact in record.facts if fact.event == event_id)


def source_usage(record: Record) -> list[SourceUsage]:
    """Each source with how many events and facts cite it at least once."""
    usage: list[SourceUsage] = []
    for source in record.sources:
        only = frozenset({source.file})
        usage.append(
            SourceUsage(
                source,
                events=sum(_cites_any(e.citations, only) for e in record.events),
                facts=sum(_cites_any(f.citations, only) for f in record.facts),
            )
        )
    return usage
