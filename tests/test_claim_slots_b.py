"""Claims that give another value for a slot they share with the right item.

Each test names a mechanism (not a sentence): `up` or `down` just before a figure names the change
it measures; a body said to do the very act the record gives to a body on the other side (Ofsted for
the Education Secretary) is the wrong holder of a single slot; a grade said to come after a dated one
(`before falling to`, `then`, `subsequently`) is the next rating's; a group said to have no place on
a body (left off it, no seat on it, not part of it) is contradicted by the item listing it among the
body's members; a year for `the previous inspection` between the last two ratings is
another value for the one rating before the latest. The guards keep what the slot
does not settle from being decided.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_up_or_down_before_a_figure_names_the_change(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's looked-after children figure was up by more than 24% on 2015.",
            "The number of children looked after by Trafford is up nearly 12% since 2015.",
            "Looked-after children numbers in Trafford are down about 5% since 2015.",
        ],
    ) == ["supported", "contradicted", "contradicted"]


def test_up_to_a_figure_stays_a_bound_not_a_change(index: ClaimIndex) -> None:
    check = check_claim("Trafford's looked-after children numbers rose by up to 10% since 2015.", index)
    assert check.verdict == "not_found", check.explanation


def test_another_body_doing_the_act_the_record_gives_to_one(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Progress reports from the adviser go on until Ofsted's chief inspector ends the post.",
            "The adviser will send progress reports until Ofsted decides the post is no longer needed.",
        ],
    ) == ["contradicted", "contradicted"]


def test_the_department_for_its_own_secretary_is_not_another_body(index: ClaimIndex) -> None:
    check = check_claim(
        "The adviser will send regular progress reports until the DfE decides the post is no longer needed.",
        index,
    )
    assert check.verdict != "contradicted", check.explanation


def test_a_grade_said_to_come_after_a_dated_one_is_the_next_ratings(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's services were graded requires improvement in 2015 before sliding to inadequate.",
            "Trafford's children's services were judged good overall in 2015 and subsequently inadequate.",
            "Trafford's children's services were judged outstanding in 2015 and subsequently inadequate.",
        ],
    ) == ["contradicted", "supported", "contradicted"]


def test_a_group_denied_a_place_on_a_body_that_lists_it(index: ClaimIndex) -> None:
    assert (
        verdicts(
            index,
            [
                "Greater Manchester Police were kept off the Shadow Improvement Board.",
                "Elected members have no place on Trafford's Shadow Improvement Board.",
                "Senior officers are not part of the Shadow Improvement Board.",
                "No police representatives serve on the Shadow Improvement Board.",
            ],
        )
        == ["contradicted"] * 4
    )


def test_a_group_the_body_does_not_list_is_not_contradicted(index: ClaimIndex) -> None:
    for claim in (
        "Health visitors have no seat on the Shadow Improvement Board.",
        "Greater Manchester Police have no seat on the Improvement Board.",
    ):
        check = check_claim(claim, index)
        assert check.verdict == "not_found", (claim, check.explanation)


def test_the_previous_inspection_dated_between_the_last_two(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's prior Ofsted rating, given in 2017, was good overall.",
            "Trafford's previous Ofsted inspection, in 2016, found its leadership outstanding.",
        ],
    ) == ["contradicted", "contradicted"]


def test_a_year_outside_the_last_two_ratings_is_not_the_previous_ones(index: ClaimIndex) -> None:
    for claim in (
        "Trafford's previous inspection in 2012 rated it good.",
        "Trafford was rated good in 2016.",
    ):
        check = check_claim(claim, index)
        assert check.verdict == "not_found", (claim, check.explanation)
