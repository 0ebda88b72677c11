from datetime import date

import pytest

from trafford_timeline.dates import DateSpan, format_span, parse_record_date, parse_user_date


@pytest.mark.parametrize(
    ("stored", "first", "last"),
    [
        ("2015", date(2015, 1, 1), date(2015, 12, 31)),
        ("2019-02", date(2019, 2, 1), date(2019, 2, 28)),
        ("2020-02", date(2020, 2, 1), date(2020, 2, 29)),
        ("2019-05-23", date(2019, 5, 23), date(2019, 5, 23)),
        ("2019-03-04/2019-03-08", date(2019, 3, 4), date(2019, 3, 8)),
        ("2019-05/2019-08", date(2019, 5, 1), date(2019, 8, 31)),
        ("2019-05-29/..", date(2019, 5, 29), date.max),
        ("../2019-05-08", date.min, date(2019, 5, 8)),
    ],
)
def test_a_stored_date_covers_every_day_its_precision_allows(stored: str, first: date, last: date) -> None:
    span = parse_record_date(stored)
    assert (span.first, span.last) == (first, last)


@pytest.mark.parametrize(
    "bad", ["", "May 2019", "2019-13", "2019-02-30", "19-05-01", "2019-05-08/2019-05-01", "../..", "2019/"]
)
def test_a_malformed_stored_date_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_record_date(bad)


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("08/05/2019", date(2019, 5, 8), date(2019, 5, 8)),  # UK: day first
        ("8/5/2019", date(2019, 5, 8), date(2019, 5, 8)),
        ("2019-05-08", date(2019, 5, 8), date(2019, 5, 8)),
        ("May 2019", date(2019, 5, 1), date(2019, 5, 31)),
        ("may 2019", date(2019, 5, 1), date(2019, 5, 31)),
        ("2019", date(2019, 1, 1), date(2019, 12, 31)),
        ("23 May 2019", date(2019, 5, 23), date(2019, 5, 23)),
        ("  2019-05  ", date(2019, 5, 1), date(2019, 5, 31)),
    ],
)
def test_a_typed_date_is_read_day_first_at_its_precision(typed: str, first: date, last: date) -> None:
    span = parse_user_date(typed)
    assert (span.first, span.last) == (first, last)


@pytest.mark.parametrize("bad", ["", "   ", "next blursday", "May", "31/02/2019", "13/13/2019"])
def test_an_unreadable_typed_date_says_what_was_typed(bad: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_user_date(bad)


@pytest.mark.parametrize(
    ("stored", "label"),
    [
        ("2015", "2015"),
        ("2019-05", "May 2019"),
        ("2019-05-08", "8 May 2019"),
        ("2019-03-04/2019-03-08", "4–8 Mar 2019"),
        ("2019-05/2019-08", "May 2019 – Aug 2019"),
        ("2019-05-29/..", "from 29 May 2019"),
        ("../2019-08", "by Aug 2019"),
    ],
)
def test_dates_are_shown_as_a_reader_says_them(stored: str, label: str) -> None:
    assert format_span(parse_record_date(stored)) == label


def test_an_imprecise_date_overlaps_a_day_inside_it() -> None:
    may = parse_record_date("2019-05")
    assert may.overlaps(parse_record_date("2019-05-23"))
    assert not may.overlaps(parse_record_date("2019-06-01"))
    assert parse_record_date("2019-03-04/2019-03-08").overlaps(DateSpan(date(2019, 3, 8), date(2019, 3, 9)))
