"""Claims the starting code supported though the record says otherwise: a compound whose parts hold
of two inspections of different years; a decision in an `until` clause given to another body; a
choice set against an alternative between commas (`A, not B`), where the record states B; a group
said to be kept off a body whose members the record lists it among; and a grade a sayer is said to
have reported, where the record has the same sayer report another. Every sentence is written here,
over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.contrasted import contrasted


def test_a_compound_without_a_year_holds_of_one_inspection(index: ClaimIndex) -> None:
    # the March visit is 2019's; the outstanding leadership and care leavers' grades are 2015's
    mixed = [
        "Inspectors came to Trafford in March, and they judged its leadership outstanding.",
        "The inspection took place in March, and Ofsted judged services for care leavers outstanding.",
    ]
    checks = [check_claim(claim, index) for claim in mixed]
    assert [check.verdict for check in checks] == ["contradicted", "contradicted"]
    assert "2019" in checks[0].explanation
    # parts that hold of the one inspection still support
    assert verdicts(index, ["The inspection took place in March, and Ofsted rated Trafford inadequate."]) == [
        "supported"
    ]
    # a claim that gives each part its own year is not read as one inspection
    assert verdicts(index, ["Trafford was rated good in 2015 and inadequate in 2019."]) == ["supported"]


def test_a_decision_in_an_until_clause_given_to_another_body(index: ClaimIndex) -> None:
    claim = "The adviser will send progress reports until the council decides the post is no longer needed."
    check = check_claim(claim, index)
    assert check.verdict == "contradicted"
    assert "education secretary" in check.explanation
    named = "The adviser will send progress reports until Damian Hinds decides the post is no longer needed."
    assert verdicts(index, [named]) == ["supported"]


def test_a_choice_set_against_an_alternative_between_commas(index: ClaimIndex) -> None:
    denied = [
        "Council leader Andrew Weston denied, not admitted, that the decline in standards was unacceptable.",
        "Andrew Weston said the decline in standards was acceptable, not unacceptable.",
        "Many workers feel neglected, not supported, by managers.",
    ]
    assert [check_claim(claim, index).verdict for claim in denied] == ["contradicted"] * 3
    # the record's own choice, set against the alternative it does not state, still supports
    assert verdicts(
        index, ["Andrew Weston said the decline in standards was unacceptable, not acceptable."]
    ) == ["supported"]
    assert contrasted("The board, not the council, chose the chair.") == (
        "the council chose the chair.",
        "The board chose the chair.",
    )
    assert contrasted("The report was, not only late, but wrong.") is None


def test_a_group_said_to_be_kept_off_a_body_it_sits_on(index: ClaimIndex) -> None:
    claims = [
        "Representatives from Greater Manchester Police were kept off the Shadow Improvement Board.",
        "Representatives of elected members were left off the Shadow Improvement Board.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["contradicted", "contradicted"]
    assert all("among the members" in check.explanation for check in checks)


def test_a_grade_reported_by_a_sayer_the_record_has_report_another(index: ClaimIndex) -> None:
    claim = "Reports to Trafford's leaders had stated that most practice was not good."
    check = check_claim(claim, index)
    assert check.verdict == "contradicted"
    assert "most practice was good" in check.explanation
    # what the sayer did report still supports
    assert verdicts(index, ["Reports to Trafford's leaders had claimed that most practice was good."]) == [
        "supported"
    ]
