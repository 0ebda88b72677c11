"""Claims the starting code read the wrong way round: a verb that moves a grade ("upgrades") matched by
words, not compared with the ratings; and a
denial of knowing ("no awareness of the decline", "failed to spot the serious weaknesses") was taken
to reach what was known too, so the decline was denied twice over and read as an improvement, and a
lack said as `no awareness` opposed one said as `unaware`; and the verb `notice` was read as the
improvement notice. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.reading import read_text


def test_a_rise_in_grade_is_compared_with_the_ratings(index: ClaimIndex) -> None:
    claims = [
        "Inspectors upgrade the children's services of Trafford",
        "Ofsted raises the rating of Trafford's children's services",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["contradicted", "contradicted"]
    assert all("went up" in check.explanation for check in checks)  # compared with the ratings
    # a fall, said the same way, is still supported
    assert verdicts(index, ["Inspectors downgrade the children's services of Trafford"]) == ["supported"]


def test_no_awareness_of_a_decline_denies_the_awareness_only(index: ClaimIndex) -> None:
    reading = read_text("Bosses had no awareness of how far standards had declined.", index.glossary)
    assert frozenset({"awar"}) in reading.negations
    assert all("improv" not in negated or len(negated) == 1 for negated in reading.negations)
    assert reading.negations_of({"improv"}) == 1  # the decline itself is said, once


def test_a_failure_to_notice_agrees_with_being_unaware(index: ClaimIndex) -> None:
    claims = [
        "Ofsted said managers had failed to notice significant weaknesses.",
        "Ofsted reported that leaders didn't notice significant weaknesses.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["supported", "supported"]
    assert all("unaware" in " ".join(e.quote for e in check.evidence) for check in checks)


def test_notice_as_a_verb_is_not_the_improvement_notice(index: ClaimIndex) -> None:
    verb = read_text("Managers did not notice the problems piling up.", index.glossary)
    assert "concept:improvement-notice" not in verb.terms
    noun = read_text("The council was given a notice to improve.", index.glossary)
    assert "concept:improvement-notice" in noun.terms
    # the improvement notice named as a noun is still found
    assert verdicts(index, ["The Department for Education issued Trafford with an improvement notice."]) == [
        "supported"
    ]
