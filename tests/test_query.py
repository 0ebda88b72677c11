"""Filters and look-ups over a loaded record."""

from __future__ import annotations

import pytest

from builders import DatasetFactory, event, finding, minimal_record
from trafford_timeline.dates import parse_user_date
from trafford_timeline.errors import NotFound
from trafford_timeline.query import (
    Filters,
    date_window,
    find_item,
    resolve_source,
    select_events,
    select_facts,
    source_usage,
)
from trafford_timeline.record.model import Record
from trafford_timeline.record.store import load_record


@pytest.fixture
def record(make_dataset: DatasetFactory) -> Record:
    data = minimal_record()
    data["events"] += [
        event("inspection-2019", "2019-03-04/2019-03-08", kind="inspection"),
        event("inspection-2015", "2015", kind="inspection"),
        event("response-may", "2019-05", kind="response"),
        event("board", "2019-05-29/..", kind="improvement", status="planned", as_of="2019-05-29"),
    ]
    data["facts"].append(finding("undated", None))
    return load_record(make_dataset(data))


def ids_between(record: Record, start: str | None, end: str | None) -> list[str]:
    window = date_window(parse_user_date(start) if start else None, parse_user_date(end) if end else None)
    return [e.id for e in select_events(record, Filters(window=window))]


def test_events_come_in_date_order(record: Record) -> None:
    assert [e.id for e in select_events(record, Filters())] == [
        "inspection-2015", "inspection-2019", "report-2019", "notice-2019", "board",
        "response-may", "deadline-2020",
    ]  # fmt: skip


def test_a_month_filter_keeps_days_and_months_inside_it(record: Record) -> None:
    assert ids_between(record, "May 2019", "May 2019") == [
        "report-2019",
        "notice-2019",
        "board",
        "response-may",
    ]


def test_day_first_dates_select_8_may_not_5_august(record: Record) -> None:
    assert ids_between(record, "08/05/2019", "08/05/2019") == ["report-2019", "response-may"]


def test_an_interval_matches_when_it_overlaps_the_range(record: Record) -> None:
    assert ids_between(record, "2019-03-08", "2019-03-31") == ["inspection-2019"]
    assert ids_between(record, "2019-03-09", "2019-03-31") == []


def test_a_year_precise_event_matches_any_range_inside_its_year(record: Record) -> None:
    assert ids_between(record, "2015-06-01", "2015-06-30") == ["inspection-2015"]


def test_an_open_ended_plan_matches_any_later_range(record: Record) -> None:
    assert "board" in ids_between(record, "2030", None)
    assert "board" not in ids_between(record, None, "2019-05-28")


def test_a_reversed_range_is_refused() -> None:
    with pytest.raises(ValueError, match="later than its end"):
        date_window(parse_user_date("2020"), parse_user_date("2019"))


def test_kind_status_source_and_search_narrow_the_events(record: Record) -> None:
    assert [e.id for e in select_events(record, Filters(kinds=frozenset({"inspection"})))] == [
        "inspection-2015", "inspection-2019",
    ]  # fmt: skip
    assert [e.id for e in select_events(record, Filters(status="planned"))] == ["board", "deadline-2020"]
    assert [e.id for e in select_events(record, Filters(search="ORDERS THE COUNCIL"))] == [
        "notice-2019", "deadline-2020",
    ]  # fmt: skip
    assert select_events(record, Filters(sources=frozenset({"other.txt"}))) == []


def test_search_folds_dashes_as_the_claim_reader_does(record: Record) -> None:
    """One fold for both: a typed en dash finds the hyphen in `Event report-2019`."""
    assert [e.id for e in select_events(record, Filters(search="report–2019"))] == ["report-2019"]


def test_search_matches_typographic_quotes_with_plain_ones(record: Record) -> None:
    assert [f.id for f in select_facts(record, Filters(search='morale is "good"'))] == [
        "morale-good",
        "undated",
    ]


def test_facts_take_their_events_date_and_undated_facts_drop_out_of_a_date_filter(record: Record) -> None:
    window = date_window(parse_user_date("May 2019"), None)
    assert [f.id for f in select_facts(record, Filters(window=window))] == ["morale-good"]
    assert [f.id for f in select_facts(record, Filters(event="report-2019"))] == ["morale-good"]


def test_an_unknown_id_suggests_close_ones(record: Record) -> None:
    with pytest.raises(NotFound) as info:
        find_item(record, "inspection-2016")
    assert set(info.value.suggestions[:2]) == {"inspection-2015", "inspection-2019"}


def test_a_source_can_be_named_by_an_unambiguous_prefix(record: Record) -> None:
    assert resolve_source(record, "001") == "001_report.txt"
    with pytest.raises(NotFound):
        resolve_source(record, "002")


def test_source_usage_counts_events_and_facts(record: Record) -> None:
    usage = source_usage(record)[0]
    assert (usage.events, usage.facts) == (7, 2)
