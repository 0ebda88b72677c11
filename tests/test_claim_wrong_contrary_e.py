"""True claims the checker called contradicted, each tested with sentences written for these
tests: a denial before a colon that reaches no further than it, two grades each paired with the year
the claim gives it, and a change of grade whose areas are named only in the reason beside it.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_denial_before_a_colon_stops_there(index: ClaimIndex) -> None:
    """The record: the lack of effective oversight left leaders unaware of significant weaknesses."""
    claims = [
        "Leaders were not on top of it: Ofsted said they were unaware of significant weaknesses.",
        "Managers had no idea: inspectors found they were unaware of significant weaknesses.",
    ]
    assert verdicts(index, claims)[0] == "supported"
    assert check_claim(claims[1], index).verdict != "contradicted"
    # guard: a claim that leaders knew of the weaknesses is still contradicted
    assert (
        check_claim("Ofsted said leaders were aware of significant weaknesses.", index).verdict
        == "contradicted"
    )


def test_each_grade_goes_with_the_year_the_claim_gives_it(index: ClaimIndex) -> None:
    """The record: Trafford was rated good overall in 2015 and inadequate in 2019."""
    claims = [
        "Ofsted judged Trafford's services inadequate in 2019 after grading them good in 2015.",
        "Trafford's services were found inadequate in 2019 after being rated good in 2015.",
        # guard: the grades swapped between the years are still contradicted
        "Trafford's services were found good in 2019 after being rated inadequate in 2015.",
    ]
    assert verdicts(index, claims) == ["supported", "supported", "contradicted"]


def test_an_area_named_in_the_reason_for_a_change_is_not_what_changed(index: ClaimIndex) -> None:
    """The record: overall, good in 2015 and inadequate in 2019; leadership, outstanding in 2015."""
    check = check_claim("Trafford dropped from good to inadequate amid leadership failings.", index)
    assert check.verdict == "supported"
    assert "overall effectiveness went from good" in check.explanation
    # guard: leadership's own change is still set against its own grades
    assert (
        check_claim("Trafford's leadership dropped from good to inadequate amid failings.", index).verdict
        == "contradicted"
    )
