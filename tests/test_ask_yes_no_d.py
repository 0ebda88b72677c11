"""`ask` on the shipped record: yes/no questions about a matter the sources dispute, and questions that
were answered with the wrong words.

A yes or no is the claim checker's verdict on the question's statement, dispute and all: one side of
an open dispute that no item of another side speaks against answers "yes", as `cite` says "supported".
"""

from __future__ import annotations

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask_yes_no_b import _says, shipped
from trafford_timeline.claims.check import check_claim

__all__ = ["shipped"]  # the module's fixture, shared with test_ask_yes_no_b

STAFF = "committee-additional-social-workers-team-leaders"


def test_one_side_of_an_open_dispute_that_no_side_denies_answers_yes(shipped: Shipped) -> None:
    """The dispute is over temporary or permanent recruits; the stated preference for permanent staff is
    denied by neither side, so `ask` answers as `cite` verdicts."""
    claim = "When taking on extra social workers, the council's preference was for permanent staff."
    assert check_claim(claim, shipped[0]).verdict == "supported"
    question = "When taking on extra social workers, was the council's preference for permanent staff?"
    got = ask(question, shipped)
    assert (got.status, got.answer) == ("answered", "yes"), got.explanation
    assert STAFF in {e.id for e in got.evidence}
    assert "differ" in got.explanation  # the dispute is still noted


def test_a_stance_is_answered_by_the_commitment_that_states_it(shipped: Shipped) -> None:
    """ "did it prefer...?" asks about a stance, held when it was stated, not whether the hiring was done."""
    _says("Did the council prefer permanent staff for its additional team leaders?", "yes", STAFF, shipped)


def test_a_place_in_time_relative_to_its_saying_is_answered_with_its_date(shipped: Shipped) -> None:
    """ "its next meeting" names no meeting until the quote's "in October 2019" does."""
    got = ask("By which meeting was the committee to get a further update?", shipped)
    assert got.status == "answered", got.explanation
    assert "October 2019" in (got.answer or ""), got.answer


def test_a_grade_changed_from_is_the_one_held_before(shipped: Shipped) -> None:
    """ "downgraded ... from" asks for where the grade started, not the grade it fell to."""
    got = ask("What grade did Ofsted downgrade Trafford's children's services from in 2019?", shipped)
    assert (got.status, got.answer) == ("answered", "good"), got.explanation


def test_words_after_the_question_s_own_are_no_answer_when_they_join_on_or_cut_off(
    shipped: Shipped,
) -> None:
    """ "staff turnover and sickness" gives no turnover rate; "should improve", cut from what it is to
    ensure, says nothing of what was recommended."""
    for question in (
        "What was the staff turnover rate at Trafford?",
        "What did Ofsted recommend for children who go missing?",
    ):
        got = ask(question, shipped)
        assert got.answer not in {"sickness", "improve"}, (question, got.explanation)


def test_a_holder_never_named_was_not_named_at_the_time_either(shipped: Shipped) -> None:
    """The record names no one for the notice's adviser, and its quote calls the adviser unnamed: a
    clause placing the naming in time ("by the time the DfE issued it") does not make it a "yes"."""
    _says(
        "Had the adviser been named by the time the DfE issued its notice?",
        "no",
        "role-government-adviser",
        shipped,
    )


def test_a_dispute_naming_no_one_does_not_dispute_a_name(shipped: Shipped) -> None:
    """The sources dispute whether the adviser had been appointed yet, and neither side names anyone:
    a question asking the adviser's name is not stated, not disputed."""
    got = ask("What is the name of the DfE adviser finally appointed to the council?", shipped)
    assert got.status == "not_stated", got.explanation
