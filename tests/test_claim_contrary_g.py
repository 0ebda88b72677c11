"""False claims the checker left unfound, each tested with sentences written for these tests: a count
of one stressed as the only one (`just one`, `a single`) against the record's count of the same thing.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_just_one_is_denied_by_the_records_count_of_the_same_thing(index: ClaimIndex) -> None:
    """The record: quality assurance "largely consisted of two thematic audits". One audit, said as
    the only one, is a count the record gives otherwise, as `three thematic audits` would be."""
    claims = [
        "Quality assurance in the half-year before Ofsted came amounted to just one thematic audit.",
        # guard: the record's own count
        "Trafford's quality assurance largely consisted of two thematic audits.",
    ]
    assert verdicts(index, claims) == ["contradicted", "supported"]
    checked = check_claim(claims[0], index)
    assert "two" in checked.explanation
    assert "thematic audits" in checked.evidence[0].quote


def test_a_single_thing_is_denied_only_where_the_record_counts_that_thing(index: ClaimIndex) -> None:
    """`a single` audit is denied by the record's two audits; `a single` adviser or team, which the
    record never counts, is no figure it gives otherwise."""
    claims = [
        "Trafford's quality assurance largely consisted of a single thematic audit.",
        "A single government adviser is to be appointed to Trafford.",
        "Only one team carried out the thematic audits of practice.",
    ]
    found = verdicts(index, claims)
    assert found[0] == "contradicted"
    assert "contradicted" not in found[1:]


def test_the_last_to_get_a_grade_is_denied_by_a_quote_that_it_was_the_first(index: ClaimIndex) -> None:
    """The record quotes CYP Now: Trafford "was first to get an 'outstanding' rating for its care leavers
    service". The first to get that grade for that service was not the last to get it; no quote says
    whether it was the only one, so that rank stays unfound."""
    claims = [
        "Trafford's care leavers service was the last in England to be judged outstanding.",
        "Trafford was the only council to have its care leavers service rated outstanding.",
    ]
    assert verdicts(index, claims) == ["contradicted", "not_found"]
    assert "first to get" in check_claim(claims[0], index).evidence[0].quote


def test_a_requirement_that_an_office_holder_chair_the_board_is_denied_by_its_independent_chair(
    index: ClaimIndex,
) -> None:
    """The notice gives the improvement board an independent chair. A notice said to expect or
    appoint one of the council's own office-holders to chair it names the wrong holder, as `the chief
    executive will chair it` does; one said to require an independent chair is not denied."""
    claims = [
        "Under the notice, the DfE expects Trafford's chief executive to chair the improvement board.",
        "The notice appointed Sara Todd to chair the improvement board.",
        "The notice requires an independent person to chair the improvement board.",
    ]
    assert verdicts(index, claims)[:2] == ["contradicted", "contradicted"]
    assert check_claim(claims[2], index).verdict != "contradicted"
    assert "independent chair" in check_claim(claims[0], index).explanation


def test_the_last_to_take_something_up_is_denied_by_an_early_adopter(index: ClaimIndex) -> None:
    """The record: Trafford "was one of the early adopters of the LiquidLogic Children's System". To be
    among the last to take it up is the other end of that order, said as a rank of the act."""
    claim = "Trafford came in among the last authorities to take on the LiquidLogic case system."
    checked = check_claim(claim, index)
    assert checked.verdict == "contradicted"
    assert "early adopters" in checked.evidence[0].quote
