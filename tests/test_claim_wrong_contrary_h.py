"""True or silent claims the checker called contradicted, each tested with sentences written for these
tests: a reversal of a decline (`turning things around`), a grade's fall beside a figure's rise, an
act the record only asks for, and a headline's act to come (`DfE to appoint`).
"""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_turning_things_around_is_reversing_the_decline(index: ClaimIndex) -> None:
    """The record: Andrew Weston said reversing the decline in standards was a top priority."""
    check = check_claim(
        "The council leader told reporters that turning things around was his top priority.", index
    )
    assert check.verdict == "supported", check.explanation
    assert check.evidence[0].id == "statement-weston-reversing-decline-top-priority"


def test_a_fall_in_grade_is_not_opposed_by_a_rise_in_a_figure(index: ClaimIndex) -> None:
    """The record: the number of looked-after children had increased by over 24% since the 2015
    inspection. A drop in the council's grade since 2015 is another change."""
    for claim in (
        "Sharp drop for Trafford: rated good in 2015.",
        "Big fall for Trafford: good in 2015, inadequate in 2019. Leaders were unaware of it.",
    ):
        check = check_claim(claim, index)
        assert check.verdict != "contradicted", (claim, check.explanation)


def test_an_act_the_record_only_asks_for_is_not_dated_by_the_request(index: ClaimIndex) -> None:
    """The undated minutes (May to August 2019) only request case studies at a future meeting: when
    they were presented, the record does not say."""
    check = check_claim(
        "The case studies on the voice of the child were presented to the committee in December 2019.", index
    )
    assert check.verdict == "not_found", check.explanation
    guard = "Ofsted published its report on Trafford in June 2019."
    assert check_claim(guard, index).verdict == "contradicted"


def test_a_headlines_subject_to_act_is_an_act_still_to_come(index: ClaimIndex) -> None:
    """The record's sources differ on whether the adviser had been appointed, and its assessment
    favours "yet to be appointed": a headline's "to appoint" takes that side."""
    check = check_claim("Education department to appoint adviser for struggling Trafford", index)
    assert check.verdict == "supported", check.explanation
    assert "still to come" in check.explanation
