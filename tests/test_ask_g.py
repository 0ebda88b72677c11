"""`ask`: rules found on the first run of the seventh author's questions (`heldout_f`), each checked on
Northstead questions of our own wording.

Each test holds a question the old reader answered wrongly (a non-date for "when", the overall grade
for an area named in a lead-in, words that answer nothing, a dispute about something else) or left
unanswered, worded unlike any benchmark's.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead, northstead_index
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import (
    Citation,
    Conflict,
    ConflictSide,
    DetailFact,
    RoleFact,
    Source,
)

TEMPORARY = cite(120, "the council agreed to hire extra temporary foster carers")
PERMANENT = cite(121, "extra foster carers, with a preference for permanent carers")
EXTRA_FACTS = (
    DetailFact(
        id="detail-adoption-praised",
        text="The adoption team was praised by inspectors for its swift matching.",
        citations=cite(110, "the adoption team was praised by inspectors for its swift matching"),
    ),
    DetailFact(
        id="detail-carers-temporary",
        text="The council agreed to hire extra temporary foster carers.",
        citations=TEMPORARY,
    ),
    DetailFact(
        id="detail-carers-permanent",
        text="The council hired extra foster carers, preferring permanent ones.",
        citations=PERMANENT,
    ),
    DetailFact(
        id="detail-mentor-appointed",
        text="Weak casework led the board to name a mentor under the contract.",
        citations=(
            *cite(111, "Weak casework led the board to name a mentor to guide the service"),
            *cite(112, "the board names a mentor under its contract"),
        ),
    ),
)
EXTRA_FACTS += (
    RoleFact(
        id="role-new-director",
        date="2022-01",
        text="Kay Moss became the director of adult services in January 2022.",
        role="director of adult services",
        person="Kay Moss",
        organisation="Northstead",
        citations=cite(114, "Kay Moss started as director of adult services in January 2022"),
    ),
    DetailFact(
        id="detail-provider-retendered",
        text="If the provider is unwilling or unable to cut waiting times, the contract will be re-tendered.",
        citations=cite(
            113,
            "If the provider is \u201cunwilling or unable\u201d to cut waiting times,"
            " the contract will be re-tendered",
        ),
    ),
)
EXTRA_FACTS += (
    DetailFact(
        id="detail-reason-for-drop",
        text="The main reason for the drop in the rating was weak oversight of casework.",
        citations=cite(115, "The main reason for the drop in the rating was weak oversight of casework."),
    ),
)
EXTRA_FACTS += (
    DetailFact(
        id="detail-recruitment-learning",
        text="Fostering recruitment could learn from Harbridge Borough Council.",
        citations=cite(116, "fostering recruitment could learn from Harbridge Borough Council"),
    ),
)
EXTRA_FACTS += (
    DetailFact(
        id="detail-exclusions-briefing",
        text="A briefing on exclusions was given to the panel.",
        citations=cite(117, "The Virtual School Head gave a briefing on exclusions to the panel"),
    ),
)
EXTRA_CONFLICTS = (
    Conflict(
        id="carers-temporary-or-permanent",
        topic="Whether the extra foster carers the council hired are temporary or permanent",
        sides=(
            ConflictSide(statement="120 says temporary carers.", citations=TEMPORARY),
            ConflictSide(statement="121 says permanent ones were preferred.", citations=PERMANENT),
        ),
        favours=None,
        assessment="The sources differ on the kind of carer, not on any figure.",
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=EXTRA_FACTS, conflicts=EXTRA_CONFLICTS)


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, (*northstead().conflicts, *EXTRA_CONFLICTS))


def test_a_hedge_before_when_still_asks_for_a_date(index: ClaimIndex) -> None:
    answer = ask("Approximately when did inspectors visit Northstead?", index)
    assert (answer.status, answer.kind) == ("answered", "date")
    assert answer.evidence[0].line == 1


def test_words_after_the_question_s_own_never_answer_when(index: ClaimIndex) -> None:
    """An opening before the question word ("But exactly when") still asks for a date: the words a
    quote writes after the question's own ("inspectors for its swift matching") are no date."""
    answer = ask("But exactly when was the adoption team praised?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_an_area_named_in_a_lead_in_is_what_it_refers_to(index: ClaimIndex) -> None:
    """`Care leavers - what was it rated?`: the lead-in is short, but `it` is the care leavers'
    service, whose grade differs from the overall one."""
    answer = ask("Care leavers - what was it rated in 2021?", index)
    assert (answer.status, answer.answer) == ("answered", "requires improvement to be good")
    assert answer.evidence[0].line == 24
    brief = ask("Quick one - what was overall effectiveness rated in 2021?", index)
    assert (brief.status, brief.answer) == ("answered", "inadequate")


def test_what_an_area_got_in_an_inspection_is_its_grade(index: ClaimIndex) -> None:
    answer = ask("What did children in care get in the 2021 inspection?", index)
    assert (answer.status, answer.kind, answer.answer) == (
        "answered",
        "grade",
        "requires improvement to be good",
    )


def test_words_after_the_question_s_own_come_from_a_quote_about_the_same_thing(index: ClaimIndex) -> None:
    """The item names the contract only in its other quote; the words after "mentor" in the quote
    that does not ("to guide the service") do not say what the mentor may ask for under it."""
    answer = ask("What may the mentor ask for under the contract?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)
    purpose = ask("What did the board name a mentor to do?", index)
    assert (purpose.status, purpose.answer) == ("answered", "guide the service")


def test_a_dispute_without_figures_does_not_dispute_how_many(index: ClaimIndex) -> None:
    """The sources disagree on the kind of carer hired; none gives a number, so how many is not
    stated, not disputed. A yes-or-no on the kind stays the dispute's."""
    answer = ask("How many extra foster carers has the council hired?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_won_t_or_can_t_in_a_condition_is_unwilling_or_unable(index: ClaimIndex) -> None:
    answer = ask("What happens if the provider won't or can't cut waiting times?", index)
    assert answer.status == "answered"
    assert answer.answer is not None
    assert "re-tendered" in answer.answer


def test_a_polite_wrapper_is_no_yes_or_no(index: ClaimIndex) -> None:
    """`Could you tell me when...` asks when, not whether one could tell."""
    answer = ask("Could you tell me when inspectors visited Northstead?", index)
    assert (answer.status, answer.kind) == ("answered", "date")
    assert answer.evidence[0].line == 1


def test_expecting_a_thing_says_no_more_than_it_was_planned(index: ClaimIndex) -> None:
    answer = ask("When was the selection panel for the new head of fostering expecting to convene?", index)
    assert (answer.status, answer.answer) == ("answered", "March 2022")


def test_how_a_judgement_came_out_is_its_grade(index: ClaimIndex) -> None:
    """ "Come out" is no publishing here: the judgement's grade is asked for."""
    answer = ask("How did the care leavers judgement come out in 2021?", index)
    assert (answer.kind, answer.status, answer.answer) == (
        "grade",
        "answered",
        "requires improvement to be good",
    )


def test_a_second_thing_promised_does_not_hide_the_speaker(index: ClaimIndex) -> None:
    answer = ask("Who called the findings disappointing but promised swift changes?", index)
    assert (answer.status, answer.answer) == ("answered", "Tom Reed")


def test_the_year_one_stands_for_the_noun_and_in_which_year_opens_no_relative_clause(
    index: ClaimIndex,
) -> None:
    """`In which year ... before the 2021 one?`: the question's own `which` is no relative clause to
    cut, and "one" is the inspection already named, no word an item must use."""
    answer = ask(
        "In which year did Ofsted inspect Northstead's children's services, before the 2021 one?", index
    )
    assert (answer.status, answer.answer) == ("answered", "November 2016")
    assert answer.evidence[0].line == 16


def test_from_what_point_asks_when(index: ClaimIndex) -> None:
    answer = ask("From what point was Kay Moss the director of adult services?", index)
    assert (answer.status, answer.kind, answer.answer) == ("answered", "date", "January 2022")


def test_what_was_given_as_a_reason_asks_why(index: ClaimIndex) -> None:
    answer = ask("What did inspectors give as the main reason for the drop in the rating?", index)
    assert (answer.status, answer.answer) == ("answered", "weak oversight of casework")
    article = ask("What was a main reason for the drop in the rating?", index)
    assert (article.status, article.answer) == ("answered", "weak oversight of casework")


def test_a_question_offering_two_words_is_answered_by_the_one_the_record_says(index: ClaimIndex) -> None:
    answer = ask("Was overall effectiveness in 2021 good or inadequate?", index)
    assert (answer.status, answer.kind, answer.answer) == ("answered", "text", "inadequate")
    assert answer.evidence[0].line == 5
    neither = ask("Was overall effectiveness in 2021 good or outstanding?", index)
    assert (neither.status, neither.answer) == ("not_stated", None)


def test_who_mentioned_a_name_and_as_what_are_the_frame_not_the_matter(index: ClaimIndex) -> None:
    """`Which council did managers mention as a model of X?` asks which council X is tied to; the
    item need not say who mentioned it, nor call it a model."""
    answer = ask("Which council did managers mention as a possible model of fostering recruitment?", index)
    assert (answer.status, answer.answer) == ("answered", "Harbridge Borough Council")
    assert answer.evidence[0].line == 116


def test_gave_a_noun_of_the_verb_is_the_verb(index: ClaimIndex) -> None:
    """`X gave a briefing` says X briefed: the name before the light verb is who acted."""
    answer = ask("Who briefed the panel on exclusions?", index)
    assert (answer.status, answer.answer) == ("answered", "The Virtual School Head")
    assert answer.evidence[0].line == 117


GAZETTE = Source(
    file="009_gazette.txt", title="Northstead hands its respite service to the county",
    description="News story on the respite service moving to Westmere County Council.",
    publisher="Northstead Gazette", author="Lena Frost", kind="news_report", date="2022-06-03",
    date_basis="stated", date_reason="The page gives the date.", sha256="0" * 64,
    date_citations=(Citation(source="009_gazette.txt", line=4, quote="Friday 3 June 2022"),),
)  # fmt: skip


def test_when_a_named_writer_s_piece_ran_is_the_source_s_own_date(index: ClaimIndex) -> None:
    """The question names the piece by its writer and paper: its date is the source's, quoted from the
    line that prints it. Without the writer or the paper named, no source is meant."""
    question = "What date did the Gazette run Lena Frost's story on the respite service moving to the county?"
    answer = answer_question(question, index, (), (GAZETTE,))
    assert (answer.status, answer.answer, answer.value) == ("answered", "3 June 2022", "2022-06-03")
    assert (answer.evidence[0].source, answer.evidence[0].line) == ("009_gazette.txt", 4)
    unnamed = answer_question("When was the respite service story published?", index, (), (GAZETTE,))
    assert unnamed.answer != "3 June 2022"


def test_a_question_first_and_a_tail_that_restates_it_is_read_as_the_question(index: ClaimIndex) -> None:
    """`Who briefed the panel - which officer?`: the part before the dash is the question, not a
    lead-in to the tail."""
    answer = ask("Who briefed the panel on exclusions - which officer?", index)
    assert (answer.status, answer.answer) == ("answered", "The Virtual School Head")


def test_as_a_partner_for_is_the_frame_of_a_which_question(index: ClaimIndex) -> None:
    """`Which council was cited as a possible X partner?` asks which council X is tied to: the item
    need not call it a partner."""
    answer = ask("Which council was cited as a possible fostering recruitment partner for the county?", index)
    assert (answer.status, answer.answer) == ("answered", "Harbridge Borough Council")
