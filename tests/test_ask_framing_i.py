"""`ask` on the shipped record: a word of judgement or a given cause frames a question about a finding.

Every finding of the record is a strength or a weakness, so "what was Ofsted's criticism of X?" asks
for what a weakness found in X says, though the finding never says "criticism"; of a strength it stays
"not stated". "What was the effect of X?" names its cause and asks what followed: a finding that
states the cause and its effect ("because of X, Y") answers it, though it never says "effect"; a
question that asks for the cause itself is not so read.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import quotes, shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_a_criticism_of_a_thing_is_the_weakness_found_in_it(shipped: Shipped) -> None:
    """ "criticism" says only that the finding is a weakness, which the caseload finding is."""
    answer = ask("What was the inspectors' criticism of caseloads in some teams?", shipped)
    assert answer.status == "answered", answer.explanation
    assert "too high" in (answer.answer or "")
    assert "Caseloads remain too high" in quotes(answer)


def test_criticism_of_oversight_is_answered_and_of_a_strength_is_not(shipped: Shipped) -> None:
    """The same word of judgement of a strength (the virtual school works well) is no answer."""
    answer = ask("What was Ofsted's criticism of management oversight of frontline practice?", shipped)
    assert answer.status == "answered", answer.explanation
    assert "consistently good" in (answer.answer or "")
    assert "does not ensure that work with children is consistently good" in quotes(answer)
    other = ask("What was Ofsted's criticism of the virtual school?", shipped)
    assert other.status == "not_stated", other.answer


def test_the_effect_of_a_named_cause_is_what_followed_it(shipped: Shipped) -> None:
    """ "the effect of delays in action" of "because of delays in action ..., some children wait too
    long"; asked for the cause instead, the answer is the cause, not what followed."""
    answer = ask(
        "What was the effect of delays in action for children in need of help and protection?", shipped
    )
    assert answer.status == "answered", answer.explanation
    assert "wait too long" in (answer.answer or "")
    assert "some children wait too long before they come into care" in quotes(answer)
    cause = ask("What was the cause of some children waiting too long to come into care?", shipped)
    assert "wait too long" not in (cause.answer or "")


def test_a_post_named_with_its_title_is_the_title(shipped: Shipped) -> None:
    """ "the council leader post" is the council leader's: its holder answers, not another role's."""
    leader = ask("Who held the council leader post in 2019?", shipped)
    assert (leader.status, leader.answer) == ("answered", "Andrew Weston"), leader.explanation
    chief = ask("Who held the chief executive role at Trafford in March 2019?", shipped)
    assert (chief.status, chief.answer) == ("answered", "Sara Todd"), chief.explanation
