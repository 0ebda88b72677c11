"""`ask` gives no wrong answer where the record speaks of something near the question but not of it.

- "failing councils to improve" describes the councils: a word of the council (an owner's name the
  glossary lets a phrase run through) never joins "failing ... to" into a denial of improving.
- A grade asked of a later inspection ("re-inspected since") is not the record's last grade.
- "From which month ...?" asks for a date, never for the words of a quote that name months.
- "How long was the council without a permanent head?" is the time between the holdings, never the
  span of days some other event matching its words is dated to.
- Where items matched equally well state different frequencies, the quote that says the question's own
  words answers ("regular progress reports"), never another body's interval for another act.

Checked on the shipped record; every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped, shipped_record
from trafford_timeline.claims.reading import read_text
from trafford_timeline.record.store import load_glossary, shipped_data_dir


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_a_failing_council_is_no_denial_of_improving() -> None:
    reading = read_text("Ministers expect failing councils to improve", load_glossary(shipped_data_dir()))
    assert reading.negations == ()
    assert "concept:council" in reading.terms


@pytest.mark.parametrize(
    "question",
    [
        "Does the government expect most failing councils to improve with support?",
        "Do ministers want failing councils to get better with expert advice?",
    ],
)
def test_a_failing_council_improving_is_not_answered_no(question: str, shipped: Shipped) -> None:
    answer = ask_shipped(question, shipped)
    assert answer.answer != "no", answer.explanation


@pytest.mark.parametrize(
    "question",
    [
        "Has Ofsted been back since to re-inspect Trafford and judge it outstanding?",
        "Was Trafford graded requires improvement at a later inspection?",
    ],
)
def test_a_grade_of_a_later_inspection_is_not_stated(question: str, shipped: Shipped) -> None:
    answer = ask_shipped(question, shipped)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)


def test_from_which_month_asks_for_a_date(shipped: Shipped) -> None:
    answer = ask_shipped("From which month did an interim part-time chief executive cover the post?", shipped)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "July 2018"
    assert answer.kind == "date"


def test_how_long_without_a_holder_is_never_an_event_s_days(shipped: Shipped) -> None:
    answer = ask_shipped(
        "How long was Trafford without a permanent chief executive after Sara Todd's response?", shipped
    )
    assert "days" not in (answer.answer or ""), answer.explanation


def test_how_often_follows_the_quote_of_the_asked_act(shipped: Shipped) -> None:
    answer = ask_shipped("How often is the DfE adviser going to send progress reports?", shipped)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "regularly"
    assert any("progress reports" in e.quote for e in answer.evidence)


def test_already_in_post_when_it_began_is_an_order(shipped: Shipped) -> None:
    answer = ask_shipped("Was the chief executive already in the job when inspectors arrived?", shipped)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "yes"


def test_a_place_on_a_panel_is_a_place_in_it(shipped: Shipped) -> None:
    answer = ask_shipped(
        "Who is going to be involved on the panel to appoint the new children's services director?", shipped
    )
    assert answer.answer == "representatives of children in care", answer.explanation


@pytest.mark.parametrize(
    "question",
    [
        "Who pledged that improving children's social care would be done openly and transparently?",
        "Who vowed that the improvement work would be open and transparent?",
    ],
)
def test_who_promised_asks_for_the_speaker(question: str, shipped: Shipped) -> None:
    answer = ask_shipped(question, shipped)
    assert answer.answer == "Andrew Weston", answer.explanation
    assert any("open and transparent" in e.quote for e in answer.evidence)


@pytest.mark.parametrize(
    "question",
    [
        "For how long did Trafford depend on an interim chief executive?",
        "How long did the council make do with an acting chief executive?",
    ],
)
def test_how_long_relying_on_an_interim_holder(question: str, shipped: Shipped) -> None:
    answer = ask_shipped(question, shipped)
    assert answer.status == "answered", answer.explanation
    assert (answer.answer or "").startswith("several months")


@pytest.mark.parametrize(
    "question",
    [
        "Did Community Care and the minutes agree on the grade Trafford dropped from?",
        "Do the 23 May article and CYP Now agree about whether an adviser had been appointed?",
    ],
)
def test_two_sources_on_either_side_of_a_disagreement_do_not_agree(question: str, shipped: Shipped) -> None:
    answer = ask_shipped(question, shipped)
    assert answer.answer == "no", answer.explanation
    assert answer.evidence


def test_something_positive_about_a_strength_is_yes(shipped: Shipped) -> None:
    answer = ask_shipped(
        "Did inspectors find something positive about the response to children at immediate risk?", shipped
    )
    assert answer.answer == "yes", answer.explanation
    assert "a strength" in answer.explanation


def test_a_thing_set_aside_at_the_close_is_never_the_answer(shipped: Shipped) -> None:
    answer = ask_shipped(
        "Which other authorities did Trafford go to for peer support besides Cheshire West and Chester?",
        shipped,
    )
    assert "Cheshire" not in (answer.answer or ""), answer.explanation


def test_how_consistently_asks_how_often_of_the_quote_that_says_it(shipped: Shipped) -> None:
    answer = ask_shipped("How consistently did reports to leaders describe practice as good?", shipped)
    assert answer.answer == "consistently", answer.explanation
    assert any(e.quote.startswith("Reports to leaders consistently") for e in answer.evidence)


def test_by_name_asks_for_the_name_a_which_question_asks_for(shipped: Shipped) -> None:
    answer = ask_shipped("Which chief executive, by name, called the Ofsted report stark?", shipped)
    assert answer.answer == "Sara Todd", answer.explanation


def test_the_post_asked_about_is_not_its_own_answer(shipped: Shipped) -> None:
    answer = ask_shipped("Which deputy leader did officers meet regularly to update on progress?", shipped)
    assert "Deputy Leader" not in (answer.answer or ""), answer.explanation


def test_which_meeting_is_named_by_the_date_after_next_meeting(shipped: Shipped) -> None:
    answer = ask_shipped("At which meeting would the committee hear the next update on the plan?", shipped)
    assert answer.status == "answered", answer.explanation
    assert "October 2019" in (answer.answer or "")
