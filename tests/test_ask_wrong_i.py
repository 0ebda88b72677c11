"""`ask` on the shipped record: answers that named the wrong thing, disputes a named source settles,
and yes/no questions of all that the record answers of some.

- A year that only times the question ("before its 2019 downgrade") is not a year whose grade is
  asked; a list item the question sets aside may be joined by "and" to the next item, which stays;
  words after the mark of a list that open with an auxiliary ("was ready and it would go") are a
  sentence going on, not a list; a question whose verb of getting closes it ("what ... do children
  receive?") asks the verb's object, not the subject the quote opens with; "made clear" is followed
  by what was made clear, never an answer itself.
- "According to the 23 May report, had ...?" asks what that source says: its side of the recorded
  dispute, with its quote.
- "in all teams?" against "in some teams" is "no": the record bounds what it found to part.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import quotes, shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_a_year_that_times_the_question_is_not_asked_for(shipped: Shipped) -> None:
    """ "Before its 2019 downgrade" dates what the 2015 grade came before; 2015's grade alone answers."""
    answer = ask(
        "Before its 2019 downgrade, what grade had Trafford's leadership held from the 2015 inspection?",
        shipped,
    )
    assert (answer.status, answer.answer) == ("answered", "outstanding"), answer.explanation
    answer = ask("Following the 2015 inspection, what overall grade did Trafford get in 2019?", shipped)
    assert (answer.status, answer.answer) == ("answered", "inadequate"), answer.explanation


def test_the_item_joined_to_the_one_set_aside_stays(shipped: Shipped) -> None:
    """ "front door and first point of reference and access to services, Early Help and Safeguarding":
    less the front door, "access to services" is still one of the areas."""
    answer = ask(
        "Aside from the front door and first point of reference, what other areas did the review look at?",
        shipped,
    )
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "access to services, Early Help, Safeguarding"


def test_two_predicates_joined_by_and_are_no_list(shipped: Shipped) -> None:
    """ "The final draft of the action plan was ready and it would go to Ofsted": no actions listed."""
    answer = ask("What specific actions were in the final draft of the action plan?", shipped)
    assert answer.status == "not_stated", answer.answer


def test_a_closing_verb_of_getting_asks_its_object(shipped: Shipped) -> None:
    """What the children receive is after the question's words ("extra support"), not the authority
    and partners who identify them, before them."""
    answer = ask(
        "What extra assistance did inspectors say children at risk of exploitation receive?", shipped
    )
    assert (answer.status, answer.answer) == ("answered", "extra support"), answer.explanation
    assert "providing them with extra support" in quotes(answer)


def test_the_asked_noun_closing_the_subject_is_not_in_the_answer(shipped: Shipped) -> None:
    """ "children who need intensive early help support are referred to a dedicated team": what they get
    is the predicate, not "support are referred"."""
    answer = ask(
        "What support do children with a need for intensive early help get after being identified?", shipped
    )
    assert (answer.status, answer.answer) == ("answered", "referred to a dedicated team")


def test_made_clear_is_never_the_answer(shipped: Shipped) -> None:
    """A quote cut after "made clear" does not say what was made clear."""
    answer = ask(
        "What did the self-assessment and presentation from senior leaders claim at the inspection's start?",
        shipped,
    )
    assert answer.answer != "clear"
    assert answer.status == "not_stated" or "good or outstanding" in (answer.answer or "")


def test_a_named_source_answers_with_its_own_side(shipped: Shipped) -> None:
    """The 23 May report says the adviser has been appointed; the 29 May report that it is yet to be,
    the side the record's assessment favours, though its headline says the DfE appoints one."""
    answer = ask("According to the 23 May report, had the adviser been appointed?", shipped)
    assert (answer.status, answer.answer) == ("answered", "yes"), answer.explanation
    assert {e.source for e in answer.evidence} == {"001_0eee753b118d5f49.txt"}
    answer = ask("Had an adviser already been appointed, according to the 29 May report?", shipped)
    assert (answer.status, answer.answer) == ("answered", "no"), answer.explanation
    assert "yet to be appointed" in quotes(answer)
    assert {e.source for e in answer.evidence} == {"000_e2f23ab22afb2358.txt"}


def test_without_a_named_source_the_dispute_stays(shipped: Shipped) -> None:
    answer = ask("Was the government adviser appointed by then?", shipped)
    assert answer.status != "answered" or answer.answer != "yes"


def test_all_against_some_named_part_is_no(shipped: Shipped) -> None:
    """ "Caseloads remain too high in some teams": not in all of them."""
    for question in ("Were caseloads excessive in all teams?", "Were caseloads too high in each team?"):
        answer = ask(question, shipped)
        assert (answer.status, answer.answer) == ("answered", "no"), (question, answer.explanation)
        assert "too high in some teams" in quotes(answer)


def test_what_did_not_happen_happened_for_no_purpose(shipped: Shipped) -> None:
    """The workforce "stayed the same": it did not grow, so it did not grow to match anything."""
    for question in (
        "Had Trafford's staffing grown to match the rise in demand?",
        "Had the work force increased to match demand for services?",
    ):
        answer = ask(question, shipped)
        assert (answer.status, answer.answer) == ("answered", "no"), (question, answer.explanation)
        assert "work force had stayed the same" in quotes(answer)
