"""False claims the starting code let pass: the previous inspection given a year the record holds
nothing from (read as another inspection it may not hold), morale `through the floor`, and a thing
said to be absent where the record says it takes place; a grade said `now` after a clause of its own,
read with the earlier year; and two subjects' own counts of grades (`A fell two grades while B fell
three`) read as one count for both. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_the_previous_inspection_misdated_is_contradicted(index: ClaimIndex) -> None:
    claims = [
        "The council's prior inspection had been held in 2013.",
        "Trafford's last Ofsted inspection took place back in 2010.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["contradicted", "contradicted"]
    assert all("2015" in check.explanation for check in checks)
    # an inspection not singled out by its order may be one the record does not hold
    assert verdicts(index, ["Ofsted inspected Trafford's children's services in 2012."]) == ["not_found"]


def test_morale_through_the_floor_is_the_opposite_of_good_morale(index: ClaimIndex) -> None:
    check = check_claim("Team morale in Trafford has gone through the floor.", index)
    assert check.verdict == "contradicted"
    assert any("morale" in evidence.quote.lower() for evidence in check.evidence)


def test_a_thing_said_absent_where_the_record_says_it_takes_place(index: ClaimIndex) -> None:
    claims = [
        "Oversight by managers was totally absent, Ofsted reported.",
        "Trafford's management oversight was non-existent.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["contradicted", "contradicted"]
    assert all("takes place" in check.explanation for check in checks)
    # absent *effective* oversight is not denied by oversight that takes place
    assert verdicts(index, ["Effective management oversight was absent at all levels."]) == ["supported"]


def test_a_grade_said_now_after_a_clause_of_its_own_is_the_latest(index: ClaimIndex) -> None:
    claims = [
        "Leadership in Trafford was rated outstanding in 2015 and is inadequate now.",
        "It defies belief that leadership in Trafford was judged outstanding in 2015 and now is inadequate.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["supported", "supported"]
    assert all("leadership 2019: inadequate" in check.explanation for check in checks)
    # a wrong grade said now is set against the latest rating, not the earlier year's
    check = check_claim("Leadership in Trafford was rated outstanding in 2015 and is good now.", index)
    assert check.verdict == "contradicted"
    assert "2019" in check.explanation


def test_each_subject_keeps_its_own_count_of_grades(index: ClaimIndex) -> None:
    claims = [
        "Overall effectiveness dropped two grades while leadership fell three.",
        "Leadership fell three grades, while overall effectiveness fell two.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["supported", "supported"]
    assert all("3 grades down" in check.explanation for check in checks)
    # a wrong count for one of them is still contradicted
    assert verdicts(index, ["Overall effectiveness dropped one grade while leadership fell three."]) == [
        "contradicted"
    ]
