"""True claims the checker answered not found because an idiom or a headline word was unknown to the
glossary: "asleep at the wheel" and "no idea" for being unaware, "chalked up to" for attributing,
"written up" for recorded, a "downfall" for a decline, "slates" as a headline's tone, "warning signs"
and "red flags" for weaknesses, "acted" for action (not an acting post), "turning the service around"
for reversing its decline and "spoke of" that adds nothing. What the record lacks (another cause, good
record-keeping, a narrower subject) still blocks "supported". Each sentence was written for these tests.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_asleep_at_the_wheel_is_unaware(index: ClaimIndex) -> None:
    """Leaders and managers were unaware of significant weaknesses; they had no awareness of the decline."""
    assert verdicts(
        index,
        [
            "Senior leaders in Trafford were asleep at the wheel, the inspectors found.",
            # guard: unaware of something the record never names
            "Senior leaders in Trafford were asleep at the wheel over budgets, the inspectors found.",
        ],
    ) == ["supported", "not_found"]


def test_no_idea_is_no_awareness(index: ClaimIndex) -> None:
    """Senior leaders had no awareness of the decline in services."""
    assert verdicts(
        index,
        [
            "Inspectors said the leaders had no idea that services had gone downhill.",
            "Inspectors said the leaders had no clue that services had gone downhill.",
        ],
    ) == ["supported", "supported"]


def test_chalked_up_to_gives_a_cause(index: ClaimIndex) -> None:
    """The widespread deterioration was a result of failures in leadership."""
    assert verdicts(
        index,
        [
            "Ofsted chalked up the widespread deterioration to failures in leadership.",
            # guard: a cause the record never gives
            "Ofsted chalked up the widespread deterioration to budget cuts.",
        ],
    ) == ["supported", "not_found"]


def test_written_up_is_recorded(index: ClaimIndex) -> None:
    """Management oversight takes place but is poorly recorded."""
    assert verdicts(
        index,
        [
            "Management oversight took place but was poorly written up.",
            # guard: the record says the recording was poor
            "Management oversight took place and was well written up.",
        ],
    ) == ["supported", "not_found"]


def test_slates_is_a_headline_tone(index: ClaimIndex) -> None:
    """Leaders had no awareness of the decline in services."""
    said = check_claim("Ofsted slates Trafford leaders for being blind to the decline in services", index)
    assert said.verdict == "supported"


def test_a_downfall_is_a_decline(index: ClaimIndex) -> None:
    """The deterioration in services was the result of failures in leadership."""
    assert verdicts(
        index, ["Ofsted blamed the downfall of Trafford's children's services on failures in leadership."]
    ) == ["supported"]


def test_warning_signs_are_weaknesses(index: ClaimIndex) -> None:
    """Weaknesses were highlighted by good-quality performance data."""
    assert verdicts(
        index,
        [
            "There were warning signs in the good-quality performance data, the inspectors reported.",
            "There were red flags in the performance data, the inspectors reported.",
            # guard: the record says there were weaknesses
            "There were no warning signs in the performance data, the inspectors reported.",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_acted_is_action_not_an_acting_post(index: ClaimIndex) -> None:
    """There had not been robust action; the weaknesses would not have been recognised without the
    inspection. "Acted" is the verb of action, not an acting (temporary) post."""
    assert verdicts(
        index,
        [
            "Nobody acted robustly to determine the cause of the figures.",
            "The weaknesses would never have been spotted or acted on without the inspection, Ofsted said.",
        ],
    ) == ["supported", "supported"]


def test_turning_the_service_around_is_reversing_the_decline(index: ClaimIndex) -> None:
    """Andrew Weston said reversing the decline in standards was a top priority."""
    assert verdicts(
        index,
        [
            "Trafford's council leader said turning the service around was a top priority.",
            # guard: the record says it was a top priority
            "Trafford's council leader said turning the service around was not a priority.",
        ],
    ) == ["supported", "contradicted"]


def test_spoke_of_adds_nothing(index: ClaimIndex) -> None:
    """Measures included additional social workers and team leaders, with a preference for permanent staff."""
    said = check_claim(
        "The interim director of children's services spoke of extra social workers and team leaders,"
        " preferably permanent ones.",
        index,
    )
    assert said.verdict == "supported"
