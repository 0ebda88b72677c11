"""True claims the checker called contradicted, each tested with sentences written for these tests:
two denials that lead into the same deed (`aren't helped to give` and `not supported enough to
offer`), and a change's starting year (`from good in 2015 to inadequate today`) set against the date
of the report that found where it ended.
"""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_two_denials_leading_into_the_same_deed_agree(index: ClaimIndex) -> None:
    """The record: children and young people are not supported enough to offer feedback or take part
    in developing the services they receive. Not being helped to give feedback says the same."""
    for claim in (
        "Trafford's children aren't being helped to give feedback on the services they receive.",
        "Children in Trafford weren't helped to give feedback or to take part in developing services.",
    ):
        check = check_claim(claim, index)
        assert check.verdict == "supported", (claim, check.explanation)
        assert check.evidence[0].id == "finding-children-not-supported-to-give-feedback"


def test_the_year_a_change_set_out_from_is_not_the_reports_date(index: ClaimIndex) -> None:
    """Good in 2015 is where the slide began; the 2019 findings and notice date where it ended."""
    for claim in (
        "Trafford slid from 'good' in 2015 to 'inadequate' today.",
        "So Trafford slid from 'good' in 2015 to 'inadequate' today. Ofsted blames failures of leadership.",
    ):
        check = check_claim(claim, index)
        assert check.verdict != "contradicted", (claim, check.explanation)
    guard = "Trafford was rated inadequate in 2015."
    assert check_claim(guard, index).verdict == "contradicted"


def test_a_bare_grade_goes_on_grading_the_area_named_before(index: ClaimIndex) -> None:
    """Care leavers were rated outstanding in 2015 and requires improvement in 2019, when the council
    as a whole was rated inadequate: a bare `now requires improvement` after the care leavers service
    still grades that service, and a bare `now inadequate` is wrong of it."""
    for claim in (
        "Care leavers were rated outstanding in 2015 but now require improvement.",
        "Support for care leavers was judged outstanding in 2015 but now requires improvement.",
    ):
        check = check_claim(claim, index)
        assert check.verdict != "contradicted", (claim, check.explanation)
    wrong = check_claim("Care leavers were rated outstanding in 2015 but now are inadequate.", index)
    assert wrong.verdict == "contradicted", wrong.explanation


def test_a_part_with_a_month_of_its_own_keeps_it(index: ClaimIndex) -> None:
    """The committee heard the final draft of the action plan would go to Ofsted in August, and
    resolved to have a further update in October: `set for October` is the update's month, so the
    update is not read as due in August."""
    claim = (
        "The scrutiny committee learned the final draft action plan was due in August, "
        "with a further update set for October."
    )
    check = check_claim(claim, index)
    assert check.verdict != "contradicted", check.explanation
