"""True claims called not found for words around them that only report or grant the matter: a closing
clause of agreement ("..., even the inspectors accepted", "... - the report said as much"), an
opening report of being told ("We were told this evening that ..."), and an idiom of emphasis
("..., pure and simple"). The record supporting the matter supports the claim; the record denying it
does not deny that someone told it or granted it, so such a claim is read whole; and only a body or a
person grants it, not a document that might have said otherwise (a self-assessment). Every sentence is
written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.speaker_hedge import unframed


def test_a_closing_clause_of_agreement_is_cut_and_the_matter_kept() -> None:
    assert unframed("The bridge reopened in June, even the council admitted.") == (
        "The bridge reopened in June.",
        "even the council admitted",
    )
    assert unframed("The budget was overspent - the auditors said so themselves.") == (
        "The budget was overspent.",
        "the auditors said so themselves",
    )
    assert unframed("The bridge reopened in June, and the council agreed.") is None
    assert unframed("The bridge reopened in June, the council never accepted.") is None
    assert unframed("The bridge reopened in June, the council said in May.") is None
    assert unframed("Even the mayor admitted that the bridge reopened late.") == (
        "The bridge reopened late.",
        "Even the mayor admitted that",
    )
    assert unframed("The mayor admitted that the bridge reopened late.") is None


def test_a_matter_the_record_states_is_supported_whoever_grants_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Staff turnover in Trafford was low, even the inspectors accepted.",
            "Even the watchdog acknowledged that staff turnover in Trafford was low.",
            "Trafford was rated outstanding in 2019 – even the council concedes.",
            "The council's own self-assessment acknowledged that practice had deteriorated.",
        ],
    ) == ["supported", "supported", "contradicted", "not_found"]


def test_being_told_the_matter_this_evening_only_reports_it(index: ClaimIndex) -> None:
    check = check_claim(
        "We were told this evening that the shadow improvement board has an independent chair.", index
    )
    assert check.verdict == "supported"
    assert any("shadow" in evidence.id for evidence in check.evidence)


def test_pure_and_simple_only_stresses_the_matter(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Leaders were unaware of weak practice, pure and simple.",
            "Leaders were fully aware of weak practice, plain and simple.",
        ],
    ) == ["supported", "contradicted"]
