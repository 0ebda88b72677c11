"""Claims the starting code read by their words alone: a rated area said to get better or worse
between two rated years, which is a change of its grade; a lack put as "short on"; and a past role
said of a subject that only the sentence around a quote, speaking of others, has words for. Every
sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_an_area_said_to_improve_between_rated_years_is_a_change_of_grade(index: ClaimIndex) -> None:
    wrong_way = [
        "Trafford's leadership got better between 2015 and 2019.",
        "The services for care leavers improved between the 2015 and 2019 inspections.",
        "Overall, Trafford's children's services rose between 2015 and 2019.",
    ]
    assert verdicts(index, wrong_way) == ["contradicted"] * 3
    check = check_claim(wrong_way[0], index)
    assert "went up" in check.explanation
    assert {e.id for e in check.evidence} == {"rating-2015-leadership", "rating-2019-leadership"}


def test_an_area_said_to_decline_between_rated_years_is_supported_by_its_ratings(index: ClaimIndex) -> None:
    right_way = [
        "Leadership in Trafford deteriorated between 2015 and 2019.",
        "Children's services in Trafford got worse between the 2015 and the 2019 inspections.",
    ]
    assert verdicts(index, right_way) == ["supported", "supported"]
    check = check_claim(right_way[1], index)
    assert {e.id for e in check.evidence} == {"rating-2015-overall", "rating-2019-overall"}


def test_short_on_is_a_lack(index: ClaimIndex) -> None:
    claims = [
        "Inspectors found the service short on capacity.",
        "Ofsted said the service was short on capacity and had no practice standards.",
    ]
    assert verdicts(index, claims) == ["supported", "supported"]
    assert "finding-service-lacked-capacity" in {e.id for e in check_claim(claims[0], index).evidence}


def test_a_past_role_must_be_said_of_its_subject(index: ClaimIndex) -> None:
    # the board's sentence names the police as members, never the chair's past
    claims = [
        "The Shadow Improvement Board is led by an independent chair who is a former police chief.",
        "The Shadow Improvement Board's independent chair is an ex-police chief.",
        "The Shadow Improvement Board is led by an independent chair, a former police chief.",
    ]
    assert verdicts(index, claims) == ["not_found"] * 3
    # the board and its chair are still found
    said = "A Shadow Improvement Board with an independent chair was set up."
    assert verdicts(index, [said]) == ["supported"]
