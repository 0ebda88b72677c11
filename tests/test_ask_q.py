"""`ask` on the shipped record: who-questions and yes/no questions.

A refused act was not done ("declined to further comment" answers "did the council comment further?"
with no); a noun that only says a person is asked for ("which Trafford figure...") is no figure the
speaker's statement must state; a word the glossary calls style is, in a question about what was
said, the word the speaker must have used.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import northstead, quotes, shipped_record
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import build_index
from trafford_timeline.record.model import Citation, DetailFact, Record
from trafford_timeline.record.store import load_glossary, shipped_data_dir


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


# A refused act ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Has Trafford Council made any further comment about the Department for Education's announcement?",
        "Did the council offer more comment on the adviser announcement by the DfE?",
    ],
)
def test_a_declined_act_is_answered_no(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("answered", "no")
    assert "declined to further comment" in quotes(answer)
    assert all(e.source == "000_e2f23ab22afb2358.txt" for e in answer.evidence)


@pytest.mark.parametrize(
    "question",
    [
        # a refusal of a further comment leaves open whether the council commented at all
        "Did Trafford Council comment on the Department for Education's announcement?",
        # the DfE made the announcement; it is the council that declined to comment
        "Did the Department for Education comment further on its announcement?",
        # nor did anyone decline to comment on the rating
        "Did Trafford Council comment further on the Ofsted rating?",
    ],
)
def test_a_refusal_answers_only_its_own_act(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert answer.answer != "no"
    assert answer.status == "not_stated"


# Who said it -----------------------------------------------------------------------------------


def test_a_figure_asked_for_is_a_person_not_a_number(shipped: Shipped) -> None:
    answer = ask("Which Trafford figure said the decline in standards was 'unacceptable'?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Andrew Weston")
    assert "unacceptable" in quotes(answer)


def test_a_figure_is_still_held_to_the_words_said(shipped: Shipped) -> None:
    answer = ask("Which Trafford figure called the report damning?", shipped)
    assert answer.status == "not_stated"


@pytest.mark.parametrize(
    "question",
    ["Who called the Ofsted report damning?", "Which official described the report as shocking?"],
)
def test_a_style_word_said_must_be_the_speakers_own(shipped: Shipped, question: str) -> None:
    # the record quotes no one calling the report damning or shocking: only a reporter's words do
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_a_word_said_that_is_no_style_word_still_finds_the_speaker(shipped: Shipped) -> None:
    answer = ask("Which Trafford figure described the Ofsted verdict as 'stark'?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Sara Todd")
    assert "stark" in quotes(answer)


# What would have happened otherwise ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Would the weaknesses have come to light had Ofsted not inspected?",
        "Would Trafford's weaknesses have been picked up without an inspection?",
    ],
)
def test_another_word_for_recognised_is_read_as_the_record_says_it(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("answered", "no")
    assert "would not have been recognised" in quotes(answer)


def test_a_condition_the_record_never_weighs_stays_unanswered(shipped: Shipped) -> None:
    question = "Would the weaknesses have been picked up if the council had hired more social workers?"
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


# Whether a post's holder is named --------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Has the adviser appointed by the DfE been named?",
        "Did the improvement notice identify the adviser appointed for Trafford?",
    ],
)
def test_a_post_filed_under_its_appointment_answers_whether_its_holder_is_named(
    shipped: Shipped, question: str
) -> None:
    # the role's own words never say "appointed"; the event the record files it under does
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("answered", "no")
    assert "unnamed advisor" in quotes(answer)


def test_a_post_the_record_never_calls_unnamed_stays_unanswered(shipped: Shipped) -> None:
    answer = ask("Did the improvement notice name the chair of the improvement board?", shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


# All, against some ------------------------------------------------------------------------------


def test_all_is_answered_no_by_the_opposite_said_of_some(shipped: Shipped) -> None:
    answer = ask("Did each of Trafford's social work teams have regular supervision?", shipped)
    assert (answer.status, answer.answer) == ("answered", "no")
    assert "in some teams" in quotes(answer)


def test_the_same_said_of_some_bounds_it_to_part(shipped: Shipped) -> None:
    # "in some teams ... left workers without regular supervision" bounds it to part: not every team
    answer = ask("Were all of Trafford's social work teams left without regular supervision?", shipped)
    assert (answer.status, answer.answer) == ("answered", "no"), answer.explanation
    assert "in some teams" in quotes(answer).lower()


# The subject of a quote that restates the question ----------------------------------------------


def test_the_subject_of_a_restating_quote_answers_who(shipped: Shipped) -> None:
    answer = ask("Who would be involved in the panel to appoint the new director?", shipped)
    assert answer.status == "answered"
    assert answer.answer == "representatives of children in care"
    assert "involved in the panel" in quotes(answer)


def test_a_subject_the_quote_denies_the_act_of_is_not_who_did_it(shipped: Shipped) -> None:
    # "Ofsted did not set the performance indicators"; "the local authority would set" them
    answer = ask("Who sets the performance indicators?", shipped)
    assert (answer.status, answer.answer) == ("answered", "the local authority")
    assert "Ofsted" not in (answer.answer or "")


def test_a_restatement_that_stops_short_of_the_question_answers_nothing(shipped: Shipped) -> None:
    # the panel appointed a director, not a chief executive
    answer = ask("Who was going to be involved in the panel to appoint the new chief executive?", shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_the_purpose_of_a_body_is_not_what_its_creator_does() -> None:
    # "the council must set up a panel to review casework": the panel reviews, not the council
    record = northstead()
    fact = DetailFact(
        id="detail-review-panel",
        text="The council must set up a panel to review casework and report to the board.",
        citations=(
            Citation(
                source="001_northstead.txt",
                line=40,
                quote="the council must set up a panel to review casework and report to the board",
            ),
        ),
    )
    index = build_index(
        Record(sources=(), events=record.events, facts=(*record.facts, fact)),
        load_glossary(shipped_data_dir()),
    )
    answer = answer_question("Who will review casework and report to the board?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


# A kind of person ------------------------------------------------------------------------------


def test_a_politician_is_who_holds_an_elected_post(shipped: Shipped) -> None:
    answer = ask("Which politician admitted that the drop in standards was unacceptable?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Andrew Weston")
    assert "unacceptable" in quotes(answer)


def test_a_chief_executive_is_no_politician(shipped: Shipped) -> None:
    # Sara Todd called the report stark; she is the council's chief executive, not a politician
    answer = ask("Which politician described the Ofsted report as stark?", shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


# A requested act -------------------------------------------------------------------------------


def test_being_asked_for_comment_is_no_comment(shipped: Shipped) -> None:
    # "Trafford has been approached for further comment": asked for, which says nothing of whether given
    answer = ask("Did Trafford comment further on the Ofsted report into its children's services?", shipped)
    assert answer.status == "not_stated"
    assert answer.answer is None


def test_the_request_itself_is_still_answered(shipped: Shipped) -> None:
    answer = ask("Had Trafford been approached for any further comment?", shipped)
    assert (answer.status, answer.answer) == ("answered", "yes")
    assert "approached for further comment" in quotes(answer)
