"""True claims put in words the record does not use: a framing phrase that adds no claim ("among other
things", "named as"), a hedge adverb ("properly", "partly"), and verbs and roles of the same meaning
("pinned on" a cause, "in charge of" a role, "opted not to comment", a service's "provision"). What
the record lacks still blocks "supported". Each sentence was written for these tests.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_among_other_things_adds_nothing_the_record_must_state(index: ClaimIndex) -> None:
    """Ofsted found caseloads too high in some teams."""
    true = check_claim("Among other things, Ofsted found caseloads too high in some teams.", index)
    assert true.verdict == "supported"
    assert "finding-caseloads-too-high" in true.explanation
    # guard: the extent is still read
    wrong = check_claim("Among other things, Ofsted found caseloads too high in every team.", index)
    assert wrong.verdict != "supported"


def test_named_as_is_a_framing_of_the_role(index: ClaimIndex) -> None:
    """Sara Todd is Trafford's chief executive."""
    assert verdicts(
        index,
        [
            "Sara Todd was named as Trafford's chief executive.",
            # guard: the person is still checked against the role
            "Catherine Hynes was named as Trafford's chief executive.",
        ],
    ) == ["supported", "contradicted"]


def test_properly_and_partly_only_hedge_the_claim(index: ClaimIndex) -> None:
    """For most children, assessments do not fully consider their past life experiences; a lack of
    awareness of weaknesses was a key reason for the downgrade."""
    assert verdicts(
        index,
        [
            "Assessments for most children were not properly taking account of their past life experiences.",
            "For most children, assessments failed to properly consider their earlier life experiences.",
            "Ofsted's report pinned the downgrade partly on leaders being unaware of significant weaknesses.",
        ],
    ) == ["supported", "supported", "supported"]


def test_pinned_on_names_a_cause(index: ClaimIndex) -> None:
    """Ofsted gave a lack of effective management oversight at all levels as a key reason for the
    downgrade."""
    true = check_claim(
        "Ofsted pinned the downgrade in part on a lack of effective management oversight of practice "
        "at every level.",
        index,
    )
    assert true.verdict == "supported"
    # guard: a cause the record never gives is not supported
    wrong = check_claim("Inspectors pinned the downgrade on high staff turnover.", index)
    assert wrong.verdict != "supported"


def test_in_charge_of_a_cabinet_brief_is_leading_the_role(index: ClaimIndex) -> None:
    """The new dedicated cabinet member role for children's social care is led by Catherine Hynes."""
    assert verdicts(
        index,
        [
            "Catherine Hynes was placed in charge of a dedicated cabinet brief for children's social care.",
            # guard: the person is still checked
            "Sara Todd was placed in charge of a dedicated cabinet brief for children's social care.",
        ],
    ) == ["supported", "contradicted"]


def test_opting_not_to_comment_is_declining_to(index: ClaimIndex) -> None:
    """The council declined to comment further on the DfE's announcement."""
    assert verdicts(
        index,
        [
            "Trafford opted not to comment further on the Department for Education's announcement.",
            # guard: what it did not comment on is still compared
            "Trafford opted not to comment further on Ofsted's report.",
        ],
    ) == ["supported", "not_found"]


def test_a_services_provision_is_the_service_rated(index: ClaimIndex) -> None:
    """In 2019 care leavers and help and protection were both rated requires improvement."""
    assert verdicts(
        index,
        [
            "In 2019 provision for care leavers was graded requires improvement.",
            # guard: the grade is still compared
            "Help and protection provision was rated inadequate in 2019.",
        ],
    ) == ["supported", "contradicted"]
