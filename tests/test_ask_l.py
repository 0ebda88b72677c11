"""`ask` on the shipped record: date, person, frequency, grade and yes/no questions in our own words,
each with the quote a user would see, and questions of the same kinds that must stay "not stated".

The mechanisms: a plan or an audience put in the question frames it (`claims.asking`); a `what`
question for an inspection's verdict on a judgement named in full is a grade question
(`claims.verdict_asked`); "manageable" is matched whole, not as "management" (`claims.glossary`); a
yes or no that turns on words beside a denial of something else is not given (`claims.negation_reach`).
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import quotes, shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


# A plan put as a plan, and who was to hear of a thing ------------------------------------------


def test_when_a_thing_was_planned_is_the_date_the_record_gives_the_plan(shipped: Shipped) -> None:
    answer = ask(
        "When was the council planning to hold the panel for a new director of children's services?", shipped
    )
    assert (answer.status, answer.answer, answer.value) == ("answered", "October 2019", "2019-10")
    assert "October 2019" in quotes(answer)
    assert answer.evidence[0].source.startswith("003_")


def test_who_was_lined_up_for_a_post_is_its_holder(shipped: Shipped) -> None:
    answer = ask(
        "Which deputy leader was lined up for the dedicated cabinet post for children's social care?", shipped
    )
    assert (answer.status, answer.answer) == ("answered", "Catherine Hynes")
    assert "Catherine Hynes" in quotes(answer)


def test_how_often_members_would_hear_of_progress_is_how_often_it_is_reported(shipped: Shipped) -> None:
    answer = ask("How regularly would members hear about progress on the Ofsted recommendations?", shipped)
    assert answer.status == "answered"
    assert answer.answer == "at each meeting of this Committee"
    assert "at the meetings of this Committee" in quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "When was Trafford planning to appoint a new chief executive?",
        "How often would members hear about the adoption service?",
        "Who was lined up to chair the improvement board?",
    ],
)
def test_a_plan_or_an_audience_the_record_does_not_hold_stays_not_stated(
    shipped: Shipped, question: str
) -> None:
    assert ask(question, shipped).status == "not_stated"


def test_when_members_will_be_told_dates_the_meeting_not_a_deadline(shipped: Shipped) -> None:
    """In a `when` question the telling is what is dated: the audience is not dropped from it."""
    answer = ask("When will members be told about the action plan?", shipped)
    assert answer.answer != "August 2020"


# When a holder started ----------------------------------------------------------------------------


def test_when_a_holder_started_in_post_is_the_start_of_the_post(shipped: Shipped) -> None:
    answer = ask("When did the council leader start in his post?", shipped)
    assert (answer.status, answer.answer, answer.value) == ("answered", "May 2018", "2018-05")
    assert "leader" in quotes(answer).casefold()


def test_the_interim_holder_started_when_the_interim_cover_began(shipped: Shipped) -> None:
    answer = ask("When did the interim chief executive start in post?", shipped)
    assert (answer.status, answer.answer) == ("answered", "July 2018")
    assert "interim" in quotes(answer).casefold()


@pytest.mark.parametrize(
    "question",
    [
        "When did the current youth justice manager start in post?",
        "When did the current adviser start in post?",
        "When did Ofsted look at Trafford's children's services?",
        "When did inspectors look at the MARAT?",
    ],
)
def test_a_start_or_a_visit_the_record_does_not_date_stays_not_stated(
    shipped: Shipped, question: str
) -> None:
    assert ask(question, shipped).status == "not_stated"


# What an inspection concluded on a judgement named in full -----------------------------------------


def test_what_an_inspection_concluded_on_a_named_judgement_is_its_grade(shipped: Shipped) -> None:
    answer = ask(
        "What did the 2015 inspection conclude about leadership, management and governance?", shipped
    )
    assert (answer.status, answer.kind, answer.answer, answer.value) == (
        "answered", "grade", "outstanding", "outstanding",
    )  # fmt: skip
    assert "outstanding" in quotes(answer)


def test_what_ofsted_judged_on_care_leavers_in_2015_is_their_sub_judgement(shipped: Shipped) -> None:
    answer = ask("What did Ofsted judge about the experiences and progress of care leavers in 2015?", shipped)
    assert (answer.status, answer.answer) == ("answered", "outstanding")
    assert "care leavers" in quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "What did Ofsted conclude in 2010 about leadership, management and governance?",
        "What did the 2015 inspection conclude about adoption performance?",
        "What did Ofsted conclude about the impact of leaders on social work practice?",
    ],
)
def test_a_verdict_for_a_year_or_judgement_not_on_record_stays_not_stated(
    shipped: Shipped, question: str
) -> None:
    assert ask(question, shipped).status == "not_stated"


# Yes or no ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["Were caseloads manageable?", "Do social workers have manageable caseloads?"]
)
def test_manageable_caseloads_are_the_opposite_of_caseloads_too_high(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("answered", "no")
    assert "too high" in quotes(answer)


def test_unmanageable_caseloads_in_some_teams_is_yes(shipped: Shipped) -> None:
    answer = ask("Were caseloads unmanageable in some teams?", shipped)
    assert (answer.status, answer.answer) == ("answered", "yes")
    assert "too high" in quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Do children wait too long for help?",
        "Did children get timely early help?",
        "Did most care leavers have pathway plans?",
    ],
)
def test_a_yes_or_no_that_turns_on_the_reach_of_a_denial_is_not_stated(
    shipped: Shipped, question: str
) -> None:
    """ "Many children were not passed on appropriately for timely early help" denies the passing;
    whether it says the help was timely the reader cannot tell, so neither yes nor no is given."""
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_a_denial_of_the_very_words_asked_about_still_answers_no(shipped: Shipped) -> None:
    answer = ask("Were written referrals recorded on time?", shipped)
    assert (answer.status, answer.answer) == ("answered", "no")
    assert "not recorded as contacts in a timely way" in quotes(answer)


# Who leads what ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        # "a Shadow Improvement Board, led by an independent chair": the board is what is led
        "Who leads the improvement board?",
        # the council's name modifies the service: no one is named as leading it
        "Who leads Trafford's children's services?",
        "Who leads Trafford Council's children's social care?",
    ],
)
def test_who_leads_is_never_the_thing_led_nor_the_council_leader_for_a_service(
    shipped: Shipped, question: str
) -> None:
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_who_leads_the_council_is_still_its_leader(shipped: Shipped) -> None:
    answer = ask("Who leads Trafford Council?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Andrew Weston")
    assert "Andrew Weston" in quotes(answer)


def test_remind_me_is_a_polite_wrapper_round_a_who_question(shipped: Shipped) -> None:
    """Read as a `what` question, "remind me who chairs..." had quoted the words after its own."""
    answer = ask("Remind me who leads Trafford Council?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Andrew Weston")
    assert ask("Remind me who chairs the improvement board?", shipped).status == "not_stated"


# What would have happened otherwise ---------------------------------------------------------------


def test_what_would_have_happened_otherwise_is_answered_by_the_item_that_says_so(shipped: Shipped) -> None:
    answer = ask("Would the weaknesses have been recognised had the inspection not taken place?", shipped)
    assert (answer.status, answer.answer) == ("answered", "no")
    assert "would not have been recognised" in quotes(answer)


def test_what_would_have_happened_otherwise_is_not_read_from_what_did_happen(shipped: Shipped) -> None:
    """A finding that inspectors spotted weaknesses the council did not know of says nothing of whether
    anyone else would have: it had read as "yes". "Spotted" is answered by the item that says the
    weaknesses would not have been recognised (WordNet's other word, tests/test_ask_yes_no_c.py), and
    "fixed" by none."""
    answer = ask("Would the weaknesses have been spotted without the inspection?", shipped)
    assert (answer.status, answer.answer) == ("answered", "no")
    assert "would not have been recognised" in quotes(answer)
    assert ask("Would the weaknesses have been fixed without the inspection?", shipped).status == "not_stated"


# How long the inspectors were there ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["How long did inspectors spend in Trafford?", "How long did the inspection visit last?"]
)
def test_how_long_the_inspectors_were_there_is_the_length_of_the_inspection(
    shipped: Shipped, question: str
) -> None:
    answer = ask(question, shipped)
    assert (answer.status, answer.value) == ("answered", 5)
    assert answer.answer == "five days (4–8 March 2019)"
    assert "March" in quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "How long did inspectors spend looking at the MARAT?",
        "How long did the monitoring visit last?",
        "How long did inspectors spend in Trafford in 2015?",
    ],
)
def test_how_long_for_a_part_or_a_visit_the_record_does_not_date_stays_not_stated(
    shipped: Shipped, question: str
) -> None:
    assert ask(question, shipped).status == "not_stated"


# The date a piece carries ---------------------------------------------------------------------------


def test_the_date_on_a_named_writer_s_piece_is_the_date_the_record_gives_the_source(shipped: Shipped) -> None:
    question = "What date is on Dan Parton's piece about the DfE appointing an adviser to Trafford?"
    answer = ask(question, shipped)
    assert (answer.status, answer.answer, answer.value) == ("answered", "29 May 2019", "2019-05-29")
    assert answer.evidence[0].quote == "Wednesday, May 29, 2019"


def test_a_date_said_in_a_named_piece_is_not_the_piece_s_own_date(shipped: Shipped) -> None:
    answer = ask("When was the notice issued, according to Dan Parton's piece?", shipped)
    assert answer.answer != "29 May 2019"


def test_secretary_of_state_is_a_post_not_a_saying(shipped: Shipped) -> None:
    """ "Which secretary of state issued..." had been read as "which secretary ... stated"."""
    answer = ask("Which secretary of state issued the improvement notice?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Damian Hinds")
    assert "Damian Hinds" in quotes(answer)
