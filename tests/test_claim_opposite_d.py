"""Opposites of the record put in plain English, each tested with sentences written for these tests:
a denial of a denial (`far from ignoring`) that asserts what it reaches and nothing past it, a
judgement received (`got a clean bill of health for ...`), `dozens of` as a bound that a count of two
falls short of, and `in line with` read past, so that what grew alongside what is compared.
"""

from __future__ import annotations

import pytest
from tests.test_claim_readings import shipped_index, verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return shipped_index()


def test_a_denied_denial_asserts_only_what_it_denies(index: ClaimIndex) -> None:
    """The record: "the council is in touch with the vast majority of its care leavers". `far from
    ignoring them` denies the ignoring, not the council named after the comma."""
    claims = [
        "Far from ignoring its care leavers, the council keeps in touch with the vast majority of them.",
        "Far from neglecting them, Trafford is in touch with the vast majority of its care leavers.",
    ]
    assert verdicts(index, claims) == ["supported", "supported"]
    # the denied contrast is the record's opposite: never supported
    against = "Far from keeping in touch with them, Trafford has lost contact with most of its care leavers."
    assert check_claim(against, index).verdict != "supported"


def test_a_clean_bill_of_health_received_is_praise(index: ClaimIndex) -> None:
    """The record: the MARAT "was not providing a timely response to all children"."""
    claims = [
        "The MARAT received a clean bill of health from inspectors for its timeliness.",
        "Trafford's referral and assessment team got a clean bill of health for timeliness from Ofsted.",
    ]
    assert verdicts(index, claims) == ["contradicted", "contradicted"]
    assert "finding-marat-response-not-timely" in [e.id for e in check_claim(claims[0], index).evidence]


def test_dozens_is_more_than_the_two_audits_the_record_counts(index: ClaimIndex) -> None:
    """The record: quality assurance "largely consisted of two thematic audits"."""
    claims = [
        "Quality assurance over the previous six months was made up of dozens of audits.",
        "Trafford's QA in the six months pre-inspection consisted of dozens of thematic audits.",
        # guard: the record's own count
        "Quality assurance over the previous six months consisted of two thematic audits.",
    ]
    assert verdicts(index, claims) == ["contradicted", "contradicted", "supported"]


def test_growing_in_line_with_demand_is_compared_with_a_workforce_that_stayed_the_same(
    index: ClaimIndex,
) -> None:
    """The record: "demand for services had increased while the workforce had stayed the same"."""
    claims = [
        "Councillors heard the workforce had grown in line with the increase in demand.",
        "The committee was told Trafford's workforce increased in line with demand.",
    ]
    assert verdicts(index, claims) == ["contradicted", "contradicted"]
