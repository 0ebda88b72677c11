"""Claims the record decides that were called not found, or decided on the wrong words, for an
opening that only hedges them. "As I understand it", "my understanding is that" and "Chair, I
understand" say how sure a speaker is, not who said the matter or what it is, so the claim is the
matter, supported or contradicted as the record has it. Every sentence is written here, over the
shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.speaker_hedge import unhedged


def test_the_hedge_is_cut_and_the_matter_kept() -> None:
    assert unhedged("As I understand it, the library opens on Sundays.") == (
        "The library opens on Sundays.",
        "As I understand it",
    )
    assert unhedged("Chair, my understanding is that the bridge was closed in May, is that right?") == (
        "The bridge was closed in May.",
        "Chair, my understanding is that",
    )
    assert unhedged("As we understand it, Chair, the clerk has resigned.") == (
        "The clerk has resigned.",
        "As we understand it, Chair",
    )
    assert unhedged("I understand.") is None
    assert unhedged("Leaders did not understand the quality of practice.") is None
    assert unhedged("The panel understands its role.") is None


def test_a_hedged_plan_the_record_states_is_supported(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "As I understand it, Chair, the final draft of the plan goes to Ofsted on 13 August 2019.",
            "My understanding is that Ofsted will make six monitoring visits and then re-inspect.",
        ],
    ) == ["supported", "supported"]


def test_a_hedged_claim_is_decided_on_the_matter_not_on_understanding(index: ClaimIndex) -> None:
    check = check_claim("As I understand it, the council was rated outstanding in 2019.", index)
    assert check.verdict == "contradicted"
    assert "inadequate" in check.explanation


def test_a_hedged_wrong_date_is_contradicted(index: ClaimIndex) -> None:
    check = check_claim("Chair, I understand the action plan goes to Ofsted on 13 September 2019.", index)
    assert check.verdict == "contradicted"
    assert any(e.id == "action-plan-to-ofsted-2019-08-13" for e in check.evidence)


def test_getting_is_a_form_of_get_that_carries_no_claim(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The deputy leader has been getting regular progress updates against Ofsted's recommendations.",
            "Trafford's MARAT was getting back to every child in good time at the inspection.",
        ],
    ) == ["supported", "contradicted"]
