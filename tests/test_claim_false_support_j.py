"""Claims the starting code supported though the record does not say them: a statement after a
length (`took five days and was run by ...`) dropped once the length was found; a board's chair given
to a party to the matter where the record gives it an independent chair; a body given another's act
in a `from` phrase; a change the record says did not happen, where it says the thing stayed as it
was; and a thing said to be done away with, where the record sets it up. Every sentence is written
here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_statement_after_a_length_is_checked_too(index: ClaimIndex) -> None:
    # the record dates the inspection over five days, but never says how many inspectors it had
    counted = "The inspection took five days and was run by twelve inspectors."
    assert check_claim(counted, index).verdict == "not_found"
    # a further statement the record does make still supports
    dated = "The inspection lasted five days and was carried out in March 2019."
    assert verdicts(index, [dated]) == ["supported"]


def test_a_chair_given_to_a_party_to_the_matter(index: ClaimIndex) -> None:
    claims = [
        "The improvement board was to be chaired by Ofsted.",
        "The notice set up an improvement board to be chaired by the Education Secretary.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["contradicted", "contradicted"]
    assert "independent chair" in checks[1].explanation
    assert "education secretary" in checks[1].explanation
    # the department's adviser is not read as the department: the record names no chair
    assert check_claim(
        "The improvement board was to be chaired by the government's adviser.", index
    ).verdict != ("contradicted")
    independent = "The notice ordered Trafford to set up an improvement board with an independent chair."
    assert verdicts(index, [independent]) == ["supported"]


def test_a_body_given_another_bodys_act_in_a_from_phrase(index: ClaimIndex) -> None:
    # the DfE issued the notice, on the Education Secretary's behalf; Ofsted inspected
    handed = "The council was handed an improvement notice from Ofsted with a deadline of August 2020."
    check = check_claim(handed, index)
    assert check.verdict == "contradicted"
    assert "dfe" in check.explanation
    issued = "Trafford was issued an improvement notice from Ofsted giving it until August 2020."
    assert check_claim(issued, index).verdict != "supported"
    right = "An improvement notice from the DfE set Trafford a deadline of August 2020."
    assert verdicts(index, [right]) == ["supported"]


def test_a_change_where_the_record_says_the_thing_stayed_as_it_was(index: ClaimIndex) -> None:
    # the self-assessment said services remained good or outstanding: no decline
    worse = "In their self-assessment, senior leaders told inspectors services had got worse."
    check = check_claim(worse, index)
    assert check.verdict == "contradicted"
    assert "remained good or outstanding" in check.explanation
    kept = "Senior leaders believed services remained good or outstanding."
    assert verdicts(index, [kept]) == ["supported"]


def test_a_thing_done_away_with_where_the_record_sets_it_up(index: ClaimIndex) -> None:
    # the leader's next step was to set up an improvement board, not to scrap one
    axed = check_claim("Andrew Weston said the council's next step was to axe the improvement board.", index)
    assert axed.verdict == "contradicted"
    assert "sets up what the claim says was done away with" in axed.explanation
    made = "The council leader said the council would set up an improvement board."
    assert verdicts(index, [made]) == ["supported"]
