"""`ask` on the shipped record: four answers that said what the record does not.

A frequency under a denied verb earlier in its clause ("does not ensure that work is consistently
good") is denied too. A question asking for the phrase someone used is answered only by the words a
quote marks as theirs, never by the quote's own words after the question's. A question asking when
within a year it names is not answered by that year. A grade "after" the last inspection the record
rates is that inspection's own, not an earlier one's.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import shipped_record
from trafford_timeline.claims.check import check_claim


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_a_frequency_under_a_denied_verb_is_denied(shipped: Shipped) -> None:
    """Oversight "does not ensure that work ... is consistently good": not consistently, never the reverse."""
    for question in (
        "How often, according to inspectors, did managers' oversight of frontline practice make sure "
        "work with children was consistently good?",
        "How often did leaders' oversight ensure consistently good practice with children, in Ofsted's view?",
    ):
        answer = ask(question, shipped)
        assert (answer.status, answer.answer) == ("answered", "not consistently"), answer.explanation


def test_a_phrase_asked_for_is_never_the_quotes_own_tail(shipped: Shipped) -> None:
    """ "services had declined since the last inspection in 2015": "last inspection in 2015" is no phrase
    Ofsted used for the decline."""
    for question in (
        "What phrase did inspectors use for the decline of Trafford's services since 2015?",
        "What phrase did Ofsted use for how far Trafford's services had declined since 2015?",
    ):
        answer = ask(question, shipped)
        assert answer.answer is None or "deterioration" in answer.answer, (question, answer.answer)
    kept = ask("What word did Andrew Weston use to describe how standards had declined?", shipped)
    assert (kept.status, kept.answer) == ("answered", "unacceptable"), kept.explanation  # quoted: his


def test_when_within_a_named_year_is_not_that_year(shipped: Shipped) -> None:
    """The record dates the earlier inspection to 2015 only: "when precisely in 2015" is not stated."""
    answer = ask("When precisely in 2015 did Ofsted last inspect Trafford's children's services?", shipped)
    assert answer.status == "not_stated", answer.answer
    plain = ask("When was Trafford's previous Ofsted inspection?", shipped)
    assert (plain.status, plain.answer) == ("answered", "2015")


def test_a_grade_after_the_last_inspection_is_its_own(shipped: Shipped) -> None:
    """Care leavers were outstanding in 2015 and require improvement from 2019: "after the 2019
    inspection" is not answered by 2015's grade."""
    answer = ask(
        "Were care leavers' services in Trafford graded outstanding after the 2019 inspection?", shipped
    )
    assert (answer.status, answer.answer) == ("answered", "no"), answer.explanation
    other = ask(
        "Was Trafford's service for care leavers rated outstanding after its 2019 inspection?", shipped
    )
    assert other.answer != "yes"
    index = shipped[0]
    claim = "After the 2019 inspection, Trafford's care leavers service was judged outstanding."
    assert check_claim(claim, index).verdict == "contradicted"
