"""Opposites of the record put in plain English, each tested with sentences written for these tests:
a denial of a denial (`far from ignoring`) that asserts what it reaches and nothing past it, a
judgement received (`got a clean bill of health for ...`), `dozens of` as a bound that a count of two
falls short of, and `in line with` read past, so that what grew alongside what is compared.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


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


def test_a_reason_the_record_says_the_opposite_of_contradicts(index: ClaimIndex) -> None:
    """The record: "low rates of staff turnover", and weaknesses "highlighted by good-quality
    performance data"."""
    claims = [
        "Ofsted blamed high turnover of social workers for the decline.",
        "Inspectors said the council had poor performance data, which is why the decline was missed.",
    ]
    assert verdicts(index, claims) == ["contradicted", "contradicted"]
    assert "finding-low-staff-turnover-and-sickness" in [e.id for e in check_claim(claims[0], index).evidence]
    # what is praised, as the claim describes it, is taken as given
    praised = "Ofsted praised the council's high turnover of staff for bringing in new blood."
    assert check_claim(praised, index).verdict == "contradicted"
    # guard: a reason the record states does not make the record say what it explains
    stated = "Trafford had low staff turnover, which is why the decline went unnoticed."
    assert check_claim(stated, index).verdict == "not_found"


def test_a_quality_denied_of_one_thing_beside_another_is_compared_with_it(index: ClaimIndex) -> None:
    """The record: "Ofsted had identified a capacity issue: demand for services had increased while
    the workforce had stayed the same". Growing with demand is said of the workforce."""
    claims = [
        "The workforce had grown with rising demand, Ofsted found.",
        "Inspectors found the council kept its workforce growing with demand.",
        # guard: what the record says of demand
        "Ofsted found demand for services had increased.",
    ]
    assert verdicts(index, claims) == ["contradicted", "contradicted", "supported"]
