"""`ask`: when, who, how many and what grade, where the slot reader gave up or borrowed an answer.

Each rule is checked on questions worded unlike any benchmark's, against Northstead (the made-up
council of `test_ask.py`) with a few items added here: an event asked for that the record never gives
is not dated by another event, and a bound is no exact date; when a subject was to do something is
the plan; another body's grade said in passing; the years between two graded inspections; the span a
finding looks back over; the kind of chair a body is required to have; the grade someone believed a
service merited; what a speaker said stops where an aside singling out part of it opens; a deadline
with a noun before it; the judgements counted with one left out; a publication named as where the
answer is read; the publication that ran a headline quoted; the tier a thing was done at; the unnamed
group of people a quote says took several posts; and, in the shipped record, a name whose last word
opens a longer phrase and "the current" holder of a post.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ask import SOURCE, ShippedRecord, ask_shipped, cite, northstead_index, rating, shipped_record
from trafford_timeline.claims.answer import Answer, answer_question, source_text_in
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.claims.reading import read_text
from trafford_timeline.record.model import (
    CommitmentFact,
    DetailFact,
    Event,
    FindingFact,
    RoleFact,
    Source,
    StatementFact,
)

EVENTS = (
    Event(
        id="recovery-direction-2021",
        date="2021-09-14",
        kind="intervention",
        status="occurred",
        title="The regional commissioner issues a recovery direction to Northstead",
        citations=cite(
            60, "the regional commissioner issued a recovery direction to Northstead on 14 September"
        ),
    ),
    Event(
        id="fostering-taskforce-formed",
        date="../2021-12",
        kind="governance",
        status="occurred",
        title="A fostering taskforce is formed",
        citations=cite(61, "by December a fostering taskforce had been formed"),
    ),
)
FACTS = (
    rating(2021, "help_and_protection", "inadequate", 66),
    rating(2021, "leadership", "requires_improvement", 67),
    DetailFact(
        id="detail-peer-learning-eastbridge",
        text="Northstead could learn from a council with an outstanding Ofsted rating, such as Eastbridge "
        "Borough Council.",
        citations=cite(
            62,
            "Northstead could learn from visits to a council with an outstanding Ofsted rating, such as "
            "Eastbridge Borough Council",
        ),
    ),
    StatementFact(
        id="statement-reed-priorities",
        text="Tom Reed said the council would put its effort into making placements stable, especially for "
        "teenagers.",
        speaker="Tom Reed",
        citations=cite(
            64,
            "Tom Reed said: \u201cWe will put our effort into making placements safer and more stable for "
            "every child, especially for teenagers in care.\u201d",
        ),
    ),
    FindingFact(
        id="finding-managers-believed-fostering-outstanding",
        polarity="weakness",
        area="leadership",
        text="When the inspection began, fostering managers believed the service was still outstanding.",
        citations=cite(
            65,
            "when the inspection began, fostering managers told inspectors they believed the fostering "
            "service was still outstanding",
        ),
    ),
    DetailFact(
        id="detail-meetings-with-portfolio-holder",
        event="recovery-direction-2021",
        text="Monthly meetings with the Portfolio Holder for Fostering took place to review the recovery "
        "plan.",
        citations=cite(
            68,
            "Monthly meetings with the Portfolio Holder for Fostering took place to review the recovery plan",
        ),
    ),
    RoleFact(
        id="role-interim-head-of-fostering",
        text="Team leaders were promoted to interim posts, among them head of fostering.",
        role="interim head of fostering",
        person=None,
        organisation="Northstead",
        citations=cite(
            69,
            "the fostering and adoption teams have been merged, and team leaders from within the service "
            "promoted to take on the interim posts of head of fostering",
        ),
    ),
    RoleFact(
        id="role-interim-head-of-adoption",
        text="Team leaders were promoted to interim posts, among them head of adoption.",
        role="interim head of adoption",
        person=None,
        organisation="Northstead",
        citations=cite(69, "promoted to take on the interim posts of head of fostering and head of adoption"),
    ),
    CommitmentFact(
        id="commitment-recovery-panel-chair",
        by="Northstead",
        event="recovery-direction-2021",
        text="Northstead must set up a recovery panel with an independent chairperson.",
        citations=cite(
            63, "to set up a recovery panel with an independent chairperson to oversee the changes"
        ),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=EVENTS, facts=FACTS)


def answered(question: str, index: ClaimIndex) -> Answer:
    answer = answer_question(question, index)
    assert answer.status == "answered", (question, answer.explanation)
    assert answer.evidence
    assert answer.evidence[0].source == SOURCE
    return answer


def test_the_thing_itself_is_still_dated(index: ClaimIndex) -> None:
    assert answered("When was the recovery direction issued?", index).answer == "14 September 2021"


# An ending the record never mentions is not the start's date; a bound is no exact date -------------


@pytest.mark.parametrize(
    "question",
    [
        "When was the recovery direction lifted?",
        "When did the commissioner revoke the recovery direction?",
        "When was the recovery direction cancelled?",
    ],
)
def test_an_ending_the_record_never_gives_is_not_stated(index: ClaimIndex, question: str) -> None:
    assert answer_question(question, index).status == "not_stated"


@pytest.mark.parametrize(
    "question",
    [
        "When exactly was the fostering taskforce formed?",
        "When precisely was the fostering taskforce formed?",
    ],
)
def test_a_bound_does_not_answer_when_exactly(index: ClaimIndex, question: str) -> None:
    assert answer_question(question, index).status == "not_stated"


def test_a_bound_still_answers_when(index: ClaimIndex) -> None:
    assert answered("When was the fostering taskforce formed?", index).answer == "by December 2021"


# Another body's grade, said in passing ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What Ofsted grade does Eastbridge Borough Council hold?",
        "What rating did the minutes give Eastbridge Borough?",
        "What Ofsted rating is Eastbridge Borough Council said to have?",
    ],
)
def test_another_body_s_grade_is_the_one_its_quote_gives(index: ClaimIndex, question: str) -> None:
    assert answered(question, index).answer == "outstanding"


@pytest.mark.parametrize(
    "question",
    [
        "What rating did Eastbridge Borough Council get in 2016?",
        "What grade did Eastbridge Borough Council's care leavers service get?",
    ],
)
def test_a_grade_in_passing_has_no_year_or_area(index: ClaimIndex, question: str) -> None:
    assert answer_question(question, index).status == "not_stated"


def test_the_council_s_own_grade_is_still_its_rating(index: ClaimIndex) -> None:
    assert answered("What rating did the council get in 2021?", index).answer == "inadequate"


# Years between two graded inspections -------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How many years lay between the good inspection and the inadequate one?",
        "How many years went by between Northstead's good rating and its inadequate rating?",
        "How many years were there between the last two inspections?",
    ],
)
def test_years_between_the_ratings_of_two_grades(index: ClaimIndex, question: str) -> None:
    answer = answered(question, index)
    assert answer.value == 4
    assert answer.answer == "four (2017 to 2021)"


def test_a_grade_never_given_counts_no_years(index: ClaimIndex) -> None:
    answer = answer_question(
        "How many years passed between the outstanding and the inadequate inspection?", index
    )
    assert answer.status == "not_stated"


# The span a finding looks back over ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Over what period did inspectors look back at the casework audits?",
        "What time span did the casework audits cover?",
    ],
)
def test_over_what_period_is_the_span_the_quote_looks_back_over(index: ClaimIndex, question: str) -> None:
    assert answered(question, index).answer == "over the last nine months"


# The kind of chair a body must have ---------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who must chair the recovery panel?",
        "Who would lead the recovery panel?",
        "Who is to chair the recovery panel?",
    ],
)
def test_who_must_chair_is_the_kind_of_chair_required(index: ClaimIndex, question: str) -> None:
    assert answered(question, index).answer == "an independent chairperson"


def test_who_chairs_still_asks_for_a_name(index: ClaimIndex) -> None:
    assert answer_question("Who chairs the recovery panel?", index).status == "not_stated"


# The publication that ran a headline --------------------------------------------------------------

_HERALD = Source(
    file="012_herald.txt", title="Watchdog finds Northstead fostering service failing",
    description="News story on the inspection of Northstead's fostering service.",
    publisher="Westmere Herald", author=None, kind="news_report", date="2022-02-01",
    date_basis="stated", date_reason="The page gives the date.", sha256="0" * 64,
)  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "Which publication ran 'Watchdog finds Northstead fostering service failing'?",
        "Which newspaper carried the story 'Watchdog finds Northstead fostering service failing'?",
    ],
)
def test_the_publisher_of_a_quoted_headline_is_quoted_from_its_masthead(
    tmp_path: Path, index: ClaimIndex, question: str
) -> None:
    """The record names the publisher but cites no line of the page; the page's footer, a short line
    that prints the name, is the quote. A long line that only mentions it is not."""
    (tmp_path / "sources").mkdir()
    lines = ["Watchdog finds Northstead fostering service failing", "", "Inspectors found ...", "", ""]
    page = tmp_path / "sources" / "012_herald.txt"
    page.write_text("\n".join([*lines, "More from the Westmere Herald"]) + "\n", encoding="utf-8")
    answer = answer_question(question, index, (), (_HERALD,), source_text_in(tmp_path))
    assert (answer.status, answer.answer) == ("answered", "Westmere Herald")
    assert (answer.evidence[0].line, answer.evidence[0].quote) == (6, "More from the Westmere Herald")
    mention = "Readers of the Westmere Herald have written to the council about the failings in fostering"
    page.write_text("\n".join([*lines, mention]) + "\n", encoding="utf-8")
    answer = answer_question(question, index, (), (_HERALD,), source_text_in(tmp_path))
    assert answer.status == "not_stated"


# What was said stops where an aside singles out part of it ----------------------------------------


def test_what_was_said_stops_where_an_aside_opens(index: ClaimIndex) -> None:
    answer = answered("What did Reed say the council would put its effort into?", index)
    assert answer.answer == "making placements safer and more stable for every child"


# The grade someone believed a service merited -----------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "When the inspection began, how did fostering managers think the fostering service rated?",
        "What grade did fostering managers think the fostering service deserved?",
        "What did fostering managers tell inspectors they believed the fostering service was?",
    ],
)
def test_the_grade_a_belief_gives_is_not_a_rating(index: ClaimIndex, question: str) -> None:
    assert answered(question, index).answer == "outstanding"


# A deadline named with a noun before it ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What's the delivery deadline set in the warning?",
        "What was the plan delivery deadline in the warning?",
    ],
)
def test_a_deadline_with_a_noun_before_it_asks_when(index: ClaimIndex, question: str) -> None:
    assert answered(question, index).answer == "January 2022"


# How many of the judgements, with one left out and their number named -----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "How many of the 2021 judgements, leaving aside overall effectiveness, were rated inadequate?",
        "How many of the three headline 2021 judgements were inadequate (not counting overall "
        "effectiveness)?",
    ],
)
def test_a_judgement_left_out_is_not_counted(index: ClaimIndex, question: str) -> None:
    assert answered(question, index).answer == "one"


def test_a_number_of_judgements_the_record_does_not_grade_is_not_answered(index: ClaimIndex) -> None:
    question = "How many of the two 2021 judgements were rated inadequate, apart from overall effectiveness?"
    assert answer_question(question, index).status == "not_stated"


# Any question may name the publication it is asked of ---------------------------------------------


def _paper(file: str, publisher: str) -> Source:
    return Source(
        file=file, title="Northstead's care leavers service", description="News story on care leavers.",
        publisher=publisher, author=None, kind="news_report", date="2021-08-10",
        date_basis="stated", date_reason="The page gives the date.", sha256="0" * 64,
    )  # fmt: skip


def test_a_publication_named_is_where_the_answer_is_quoted(index: ClaimIndex) -> None:
    papers = (_paper(SOURCE, "Eastfield Courier"), _paper("013_post.txt", "Valley Post"))
    question = "What are care leavers' services rated in 2021, per the Eastfield Courier?"
    answer = answer_question(question, index, (), papers)
    assert (answer.status, answer.answer) == ("answered", "requires improvement to be good")
    elsewhere = "What are care leavers' services rated in 2021, per the Valley Post?"
    assert answer_question(elsewhere, index, (), papers).status == "not_stated"


# A name whose last word opens a longer phrase ------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> ShippedRecord:
    return shipped_record()


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("the Trafford council leader spoke first", "concept:council-leader"),
        ("Trafford Council's chief executive spoke first", "concept:chief-executive"),
    ],
)
def test_a_name_gives_way_to_the_longer_phrase_its_last_word_opens(
    shipped: ShippedRecord, text: str, concept: str
) -> None:
    index = shipped[0]
    terms = read_text(text, index.glossary, index.vocabulary).terms
    assert "concept:council" in terms
    assert concept in terms
    assert "area:leadership" not in terms


def test_who_held_a_post_named_after_the_council_s_name(shipped: ShippedRecord) -> None:
    answer = ask_shipped("Who was the Trafford council leader at the time of the 2019 report?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Andrew Weston")


# When a thing was to be done, asked with its subject before `to` -----------------------------------


def test_when_the_subject_was_to_do_something_asks_the_plan(index: ClaimIndex) -> None:
    question = "When was the selection panel to pick the new head of fostering to convene?"
    assert answered(question, index).answer == "March 2022"


def test_when_it_did_so_is_still_not_the_plan(index: ClaimIndex) -> None:
    question = "When did the selection panel to pick the new head of fostering convene?"
    assert answer_question(question, index).status == "not_stated"


def test_the_current_holder_of_a_post_is_its_holder(shipped: ShippedRecord) -> None:
    answer = ask_shipped("Who is the current council leader?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Andrew Weston")


@pytest.mark.parametrize(
    "question",
    [
        "With whom were monthly meetings on the recovery plan held at political level?",
        "With whom were the monthly meetings on the recovery plan held at a senior level?",
    ],
)
def test_the_tier_a_thing_was_done_at_is_read_past(index: ClaimIndex, question: str) -> None:
    assert answered(question, index).answer == "the Portfolio Holder for Fostering"


# The unnamed group of people a quote says took several posts --------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who took on the interim posts of head of fostering and head of adoption?",
        "Who moved into the interim roles of head of fostering and head of adoption?",
    ],
)
def test_the_group_that_took_several_posts(index: ClaimIndex, question: str) -> None:
    assert answered(question, index).answer == "team leaders from within the service"


def test_a_group_does_not_name_the_holder_of_one_post(index: ClaimIndex) -> None:
    assert answer_question("Who was promoted to interim head of adoption?", index).status == "not_stated"
