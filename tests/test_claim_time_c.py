"""Comparisons of time between two dated things, each read against the record's dates.

Each test names a mechanism (not a sentence): the end of a visit said as the visitors leaving, a
wait between two things said with `waited ... before`, a date set beside another dated thing as the
same day, and two things said to fall in the same month (in an order, or not) without `in`. The
guards keep what the record's dates cannot settle not_found.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_visitors_leaving_is_the_end_of_their_visit(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The findings were published more than eight weeks after the inspectors had left",
            "The findings were published within three weeks after the inspectors had left",
        ],
    ) == ["supported", "contradicted"]


def test_a_person_leaving_is_no_event_the_record_dates(index: ClaimIndex) -> None:
    check = check_claim("The notice was issued under a month after Sara Todd left the council", index)
    assert check.verdict == "not_found", check.explanation


def test_a_wait_before_doing_something_is_the_gap_between_the_two(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The DfE waited under three weeks after Ofsted's report before issuing its improvement notice",
            "The DfE waited over six weeks after Ofsted's report before issuing its improvement notice",
        ],
    ) == ["supported", "contradicted"]


def test_a_date_set_beside_another_dated_thing_is_the_same_day(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Senior leaders presented their self-assessment on 4 March, the first day of the inspection",
            "Ofsted's findings were published on 7 March, the closing day of the inspection",
            "The DfE issued its improvement notice on 8 May, the day Ofsted published its report",
        ],
    ) == ["supported", "contradicted", "contradicted"]


def test_the_same_day_as_another_thing_but_not_the_day_the_claim_gives_is_not_supported(
    index: ClaimIndex,
) -> None:
    check = check_claim(
        "Senior leaders presented their self-assessment on 6 March, the first day of the inspection", index
    )
    assert check.verdict != "supported", check.explanation


def test_the_same_month_said_without_in_and_with_an_order(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The DfE issued its improvement notice later the same month as Ofsted published its report",
            "Ofsted published its report later the same month as the DfE issued its improvement notice",
            "The improvement notice was issued the same month as the inspection",
        ],
    ) == ["supported", "contradicted", "contradicted"]


def test_the_same_period_the_record_cannot_settle_stays_not_found(index: ClaimIndex) -> None:
    check = check_claim(
        "The Shadow Improvement Board was set up the same month as the notice was issued", index
    )
    assert check.verdict == "not_found", check.explanation


def test_a_post_covered_on_an_interim_basis_runs_from_the_interim_start_to_the_arrival(
    index: ClaimIndex,
) -> None:
    assert verdicts(
        index,
        [
            "The chief executive post was run on an interim basis for over six months before Todd arrived",
            "The chief executive post was run on an interim basis for over a year before Todd arrived",
        ],
    ) == ["supported", "contradicted"]


def test_an_arrival_the_record_dates_only_within_weeks_leaves_a_close_gap_unsettled(
    index: ClaimIndex,
) -> None:
    check = check_claim("The inspection began less than a month after Sara Todd arrived", index)
    assert check.verdict == "not_found", check.explanation


def test_a_relation_said_in_a_who_clause_can_show_the_claim_false_but_not_true_alone(
    index: ClaimIndex,
) -> None:
    assert verdicts(
        index,
        [
            "Todd, who became chief executive over a year before the inspection, praised her staff",
            "Todd, who became chief executive under two months before the inspection, praised her staff",
        ],
    ) == ["contradicted", "not_found"]


def test_a_count_with_a_half_is_read_as_a_length(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The plan's deadline fell about a year and a half after the inspection",
            "The plan's deadline fell two and a half years after the inspection",
        ],
    ) == ["supported", "contradicted"]
