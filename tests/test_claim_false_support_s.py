"""A run of days written without a year (`from 11 to 15 March`) was read as its month alone, so any
item dated in that month matched it: a week of inspection on the wrong days was supported by the real
inspection, and one in the month of the report by the report's single day of publication. The run
keeps its first and last day, and a one-day item inside it is not what took those days. A day without
a year that some year lacks (`29 February`) is read, not a ValueError, in a claim and in a report's
dates. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from datetime import date

from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.mentions import find_dates
from trafford_timeline.record.ofsted import read_report


def test_a_run_of_days_without_a_year_keeps_its_days() -> None:
    [mention] = find_dates(fold("Inspectors were in Trafford from 11 to 15 March."))
    assert (mention.month, mention.day, mention.last_day) == (3, 11, 15)


def test_an_inspection_on_other_days_of_its_month_is_not_supported(index: ClaimIndex) -> None:
    check = check_claim("Inspectors were in Trafford from 11 to 15 March.", index)
    assert check.verdict != "supported"


def test_a_week_ending_on_the_day_of_publication_is_not_that_day(index: ClaimIndex) -> None:
    check = check_claim("The inspectors spent 4 to 8 May in Trafford.", index)
    assert check.verdict != "supported"


def test_the_right_days_without_a_year_still_support_the_inspection(index: ClaimIndex) -> None:
    check = check_claim("Inspectors were in Trafford from 4 to 8 March.", index)
    assert check.verdict == "supported"
    assert "4 and 8 March" in " ".join(e.quote for e in check.evidence)


def test_a_leap_day_without_a_year_is_read_not_a_crash(index: ClaimIndex) -> None:
    """`29 February` of a year with 28 days raised ValueError inside the date comparison."""
    checks = [
        check_claim(claim, index) for claim in ["Inspectors came on 29 February.", "From 1 to 29 February."]
    ]
    assert [check.verdict for check in checks] == ["not_found", "not_found"]


def test_a_report_dated_from_a_day_its_year_lacks_has_no_start_but_is_read() -> None:
    """A report's "Inspection dates:" line is the user's text: a start its year cannot have leaves the
    start unknown (it raised ValueError on 4579b84); a start written without its year takes the end's."""
    impossible = read_report("Inspection dates: 29 February to 4 March 2019\n")
    assert (impossible.inspection_first, impossible.inspection_last) == (None, date(2019, 3, 4))
    leap = read_report("Inspection dates: 29 February to 4 March 2020\n")
    assert (leap.inspection_first, leap.inspection_last) == (date(2020, 2, 29), date(2020, 3, 4))
