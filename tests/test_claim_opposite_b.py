"""A claim that Ofsted praised what its findings fault, or faulted what they credit
(`claims/appraisal.py`), each tested with sentences written for these tests: verbs of praise and of
fault, an absence of problems, a thing named a strength or a weakness, praise or criticism drawn
from inspectors; and the guards: someone else's judgement, another year, a topic the findings
disagree on, and a judgement that agrees, which is read past only where the rest is supported.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_praise_for_what_every_finding_faults_is_contradicted(index: ClaimIndex) -> None:
    """The thematic audits were poor; the MARAT's response was not timely; return home interviews
    need improving: the record never says "praised", but it says the opposite."""
    assert (
        verdicts(
            index,
            [
                "The watchdog applauded the thematic audits carried out by the council.",
                "Ofsted's report lauded the MARAT for its swift decisions on every referral.",
                "Inspectors hailed Trafford's thematic audits as a model of good quality assurance.",
                "Ofsted had nothing but praise for the way Trafford handles children who go missing.",
            ],
        )
        == ["contradicted"] * 4
    )
    lauded = check_claim("Inspectors complimented the MARAT on its prompt response to referrals.", index)
    assert "a weakness" in lauded.explanation
    assert lauded.evidence
    assert lauded.evidence[0].id.startswith(("finding-", "recommendation-"))


def test_no_problems_where_the_record_finds_one_is_contradicted(index: ClaimIndex) -> None:
    """A recommendation that something improve, or a weakness, is a problem with it."""
    assert (
        verdicts(
            index,
            [
                "Inspectors found nothing wrong with Trafford's pathway plans for care leavers.",
                "Ofsted did not find any problems with caseloads in Trafford's teams.",
                "Ofsted raised no concerns about how staff listen to the voice of children.",
            ],
        )
        == ["contradicted"] * 3
    )


def test_fault_found_with_what_every_finding_credits_is_contradicted(index: ClaimIndex) -> None:
    """The virtual school works well with professionals; most care plans are well written."""
    assert (
        verdicts(
            index,
            [
                "Inspectors were critical of the virtual school in Trafford.",
                "Trafford's virtual school came in for criticism from the inspectors.",
                "The care plans were singled out as a weakness by inspectors.",
            ],
        )
        == ["contradicted"] * 3
    )


def test_a_thing_named_a_strength_drawing_praise_or_passed_as_sound_is_judged_too(index: ClaimIndex) -> None:
    assert (
        verdicts(
            index,
            [
                "Ofsted named the thematic audits a key strength of the council.",
                "The MARAT drew praise from inspectors for handling referrals quickly.",
                "Inspectors singled out the thematic audits for praise.",
                "The thematic audits were given a clean bill of health by inspectors.",
            ],
        )
        == ["contradicted"] * 4
    )


def test_the_judgement_of_someone_else_or_of_another_year_is_not_a_finding(index: ClaimIndex) -> None:
    """Findings are Ofsted's in 2019; a councillor's praise, or Ofsted's in 2015, is not set against them."""
    assert verdicts(
        index,
        [
            "The MARAT was commended by the inspectors.",
            "In its 2019 report Ofsted named the MARAT a strength.",
        ],
    ) == ["contradicted", "contradicted"]
    assert (
        verdicts(
            index,
            [
                "Councillors praised the thematic audits.",
                "The MARAT was commended by the chief executive.",
                "In its 2015 report Ofsted named the MARAT a strength.",
                "Inspectors had praised the MARAT at the previous inspection.",
                "Ofsted did not praise the MARAT.",
            ],
        )
        == ["not_found"] * 5
    )


def test_a_topic_the_findings_disagree_on_or_never_speak_of_is_not_decided(index: ClaimIndex) -> None:
    """Early help has a strength (its range) and a weakness (children not passed on in time);
    fostering is nowhere in the record."""
    assert check_claim("Ofsted criticised Trafford's virtual school.", index).verdict == "contradicted"
    assert (
        verdicts(
            index,
            [
                "Ofsted criticised Trafford's early help.",
                "Inspectors praised Trafford's early help.",
                "Ofsted criticised Trafford's fostering service.",
            ],
        )
        == ["not_found"] * 3
    )


def test_a_judgement_that_agrees_is_read_past_where_the_rest_is_supported(index: ClaimIndex) -> None:
    """ "Criticised" is said by a weakness and "praised" by a strength; the rest must still be said."""
    assert (
        verdicts(
            index,
            [
                "Inspectors criticised the thematic audits Trafford carried out.",
                "Ofsted applauded the range of early help services on offer in Trafford.",
                "The MARAT was criticised by Ofsted for not responding to all children in good time.",
                "The thematic audits came in for criticism from the inspectors.",
            ],
        )
        == ["supported"] * 4
    )
    # guards: an absence of problems says more than a strength does, and the rest must be said
    assert verdicts(
        index,
        [
            "Ofsted found no problems at all with the virtual school.",
            "Ofsted criticised the thematic audits for costing too much.",
        ],
    ) == ["not_found", "not_found"]


def test_what_a_finding_concedes_is_not_what_it_faults(index: ClaimIndex) -> None:
    """The decline happened "despite weaknesses being highlighted by good-quality performance data":
    a weakness of the leaders, not of the data, so neither praise nor criticism of the data is
    decided by it; governance arrangements, which a strength credits outright, still are."""
    critical = check_claim("Inspectors were critical of Trafford's governance arrangements.", index)
    assert critical.verdict == "contradicted"
    assert (
        verdicts(
            index,
            [
                "Ofsted criticised the performance data Trafford's leaders had.",
                "Inspectors praised Trafford's performance data.",
                "The DfE praised the thematic audits.",
                "The council's own report praised the thematic audits.",
            ],
        )
        == ["not_found"] * 4
    )
