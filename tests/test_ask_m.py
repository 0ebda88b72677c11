"""`ask` on the shipped record: questions in our own words whose answer is not the question restated.

The mechanisms (`claims.asked_object`): a list asked for after a preposition (`To which bodies...`)
is read after that preposition, not from the verb's own object, which the question already names;
a phrase that ends in the noun asked about but only restates the question's words in another form
("additional social workers" for one who asks about adding social workers) is no answer.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import quotes, shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


# A list asked for after a preposition ------------------------------------------------------------


def test_to_which_bodies_a_plan_goes_is_what_follows_to(shipped: Shipped) -> None:
    answer = ask(
        "To which organisations was the council's detailed action plan going to be presented?", shipped
    )
    assert (answer.status, answer.answer) == ("answered", "the DfE and Ofsted")
    assert "present our detailed action plan to the DfE and Ofsted" in quotes(answer)
    assert answer.evidence[0].source.startswith("000_")


def test_a_single_place_after_the_preposition_is_no_list(shipped: Shipped) -> None:
    """The record says the action plan would go to Ofsted; asked for schools it went to, the words
    after "to" name one body, no list of schools, and the rest of the quote is no answer at all."""
    answer = ask("To which schools did the council send its action plan?", shipped)
    assert answer.status == "not_stated"
    assert answer.answer is None


# A phrase that restates the question -------------------------------------------------------------


def test_the_kind_of_staff_preferred_is_not_the_staff_added(shipped: Shipped) -> None:
    answer = ask(
        "What sort of staff did the council favour while it added social workers and team leaders?", shipped
    )
    assert (answer.status, answer.answer) == ("answered", "permanent staff")
    assert "preference for permanent staff" in quotes(answer)
    assert answer.evidence[0].source.startswith("003_")


def test_a_phrase_of_the_questions_own_words_is_still_read_as_a_name(shipped: Shipped) -> None:
    """An improvement board is a named thing the glossary reads whole: the guard on restated words
    leaves a phrase of the question's very words to the term checks, as before."""
    answer = ask("What sort of board must Trafford establish under the improvement notice?", shipped)
    assert answer.status == "answered"
    assert answer.answer is not None
    assert "improvement board" in answer.answer.casefold()
    assert "improvement board" in quotes(answer)


def test_the_kind_of_social_workers_added_stays_not_stated(shipped: Shipped) -> None:
    answer = ask("What kind of social workers did Trafford add?", shipped)
    assert answer.status == "not_stated"
    assert answer.answer is None


# A date asked of a thing a closing clause picks out ----------------------------------------------


def test_a_report_picked_out_by_a_clause_is_dated_as_the_report(shipped: Shipped) -> None:
    """The clause ("that judged ... inadequate") says which report; the rating it speaks of is held
    only to the year, the report to the day, and the day falls within that year."""
    answer = ask(
        "On what day did Ofsted publish the report that judged Trafford's children's services inadequate?",
        shipped,
    )
    assert (answer.status, answer.answer, answer.value) == ("answered", "8 May 2019", "2019-05-08")
    assert "published on 8 May" in quotes(answer)
    assert "says which report" in answer.explanation


def test_inspection_days_for_the_inadequate_rating_are_the_inspections(shipped: Shipped) -> None:
    answer = ask(
        "On which dates did Ofsted carry out the inspection that rated Trafford's children's services"
        " inadequate?",
        shipped,
    )
    assert (answer.status, answer.answer) == ("answered", "4–8 March 2019")
    assert "between 4 and 8 March" in quotes(answer)


def test_a_clause_naming_an_earlier_rating_is_not_given_a_later_date(shipped: Shipped) -> None:
    """The inspection that rated Trafford good is held only to its year, 2015; the inspection the
    record dates to the day is in 2019, outside it: the day of another inspection is never given."""
    answer = ask("On what date was the inspection that rated Trafford's children's services good?", shipped)
    assert answer.status == "not_stated"
    assert answer.answer is None
    assert "2015" in answer.explanation


# Who insisted or stressed: verbs of saying ---------------------------------------------------------


def test_who_stressed_a_statement_is_its_speaker(shipped: Shipped) -> None:
    answer = ask("Who stressed that the council can fix this situation?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Sara Todd")
    assert "We can fix this situation" in quotes(answer)


def test_who_insisted_on_something_no_one_said_stays_not_stated(shipped: Shipped) -> None:
    for question in (
        "Who insisted the council would close its children's homes?",
        "Which official insisted Ofsted's report was wrong?",
    ):
        answer = ask(question, shipped)
        assert answer.status == "not_stated", question
        assert answer.answer is None


# A cause that leaves someone without a thing -------------------------------------------------------


def test_what_left_staff_without_supervision_is_why_they_went_without(shipped: Shipped) -> None:
    answer = ask("Why did some staff go without regular supervision?", shipped)
    assert (answer.status, answer.answer) == ("answered", "gaps or changes in management roles")
    assert "have left them without regular supervision" in quotes(answer)


def test_going_without_something_no_item_speaks_of_stays_not_stated(shipped: Shipped) -> None:
    for question in (
        "Why were some social workers left without laptops?",
        "Why did some staff go without training?",
    ):
        answer = ask(question, shipped)
        assert answer.status == "not_stated", question
        assert answer.answer is None


# Who asks: an opening that names the asker's role ------------------------------------------------


def test_an_opening_saying_who_asks_is_left_out(shipped: Shipped) -> None:
    answer = ask(
        "As a member of the scrutiny committee, when can I expect the further update with the Ofsted"
        " action plan?",
        shipped,
    )
    assert (answer.status, answer.answer, answer.value) == ("answered", "October 2019", "2019-10")
    assert "October 2019" in quotes(answer)
    assert answer.evidence[0].source.startswith("003_")


def test_an_asker_role_does_not_make_an_unstated_thing_stated(shipped: Shipped) -> None:
    for question in (
        "As a parent, when should I expect Trafford to close its schools?",
        "As a result of the report, when should I expect the council to close its schools?",
    ):
        answer = ask(question, shipped)
        assert answer.status == "not_stated", question
        assert answer.answer is None


def test_without_persona_keeps_an_opening_that_is_no_role() -> None:
    from trafford_timeline.claims.persona import without_persona  # new here: the rest run on old code

    role = "as a councillor, when should i expect the update"
    assert without_persona(role) == "when should i expect the update"
    for kept in ("as a result of the report, when did i hear", "as a councillor, what did weston say"):
        assert without_persona(kept) == kept
