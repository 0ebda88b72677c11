"""A quality word (`good`, `badly`, `poor`) given to what a finding judges is set against the
finding's own polarity: a strength denies `badly`, a weakness says `poor`. Only the clause that
holds the quality is weighed, and a quality said of part of a thing (`some`) is no contradiction."""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_bad_quality_given_to_a_strength_is_contradicted(index: ClaimIndex) -> None:
    check = check_claim("The complex needs team served disabled children badly", index)
    assert check.verdict == "contradicted"
    assert check.evidence[0].id == "finding-disabled-children-strong-response"


def test_a_bad_quality_said_of_some_is_not_contradicted(index: ClaimIndex) -> None:
    whole = check_claim("Disabled children got a poor service from the complex needs team", index)
    some = check_claim("Some disabled children got a poor service from the complex needs team", index)
    assert (whole.verdict, some.verdict) == ("contradicted", "not_found")


def test_a_good_quality_given_to_a_weakness_is_contradicted(index: ClaimIndex) -> None:
    check = check_claim("Long-term planning for care leavers was good", index)
    assert check.verdict == "contradicted"
    assert check.evidence[0].id == "finding-care-leavers-long-term-planning-weak"


def test_a_bad_quality_given_to_a_weakness_is_supported(index: ClaimIndex) -> None:
    check = check_claim("Care leavers' long-term planning was poor", index)
    assert check.verdict == "supported"
    assert check.evidence[0].id == "finding-care-leavers-long-term-planning-weak"


def test_a_wrong_grade_amid_other_words_is_contradicted_by_that_years_rating(index: ClaimIndex) -> None:
    check = check_claim("The 2019 report left Trafford's care leavers service rated good", index)
    assert check.verdict == "contradicted"
    assert check.evidence[0].id == "rating-2019-care-leavers"


def test_a_grade_amid_other_words_is_not_read_for_another_council_or_a_hope(index: ClaimIndex) -> None:
    claims = [
        "The 2019 report left Trafford's care leavers service rated good",
        "Stockport's 2019 report left its care leavers service rated good",
        "Trafford hoped the 2019 report would leave its care leavers service rated good",
    ]
    verdicts = [check_claim(claim, index).verdict for claim in claims]
    assert verdicts == ["contradicted", "not_found", "not_found"]


def test_two_qualities_of_one_pole_are_still_a_quality(index: ClaimIndex) -> None:
    check = check_claim("The complex needs team gave disabled children a poor and inadequate response", index)
    assert check.verdict == "contradicted"
    assert check.evidence[0].id == "finding-disabled-children-strong-response"
