"""`ask`: questions the record answers in words the slot readers do not look for.

- "Since which year had X ...?" asks for the year the quote runs the span from ("since the last
  visit in 2016"), not the item's own date (`since_year`); two items naming different years, or a
  question matching no item closely, leave it unanswered.
- "How many months' gap between A and B?" asks how long after one the other came, whichever is named
  first (`lengths.answer_how_long_after`); where one date is known only to its month, the gap in
  calendar months settles which of the two counts of days it is ("about 15 months").
- "Which 2021 judgements were rated inadequate?" is read from the ratings, area by area
  (`slots_ratings.answer_areas_graded`); a year names which judgements, and counts none. "Which two
  judgements fell ... to inadequate in 2021?" compares 2021 with the inspection before it.
- "Which police force sits on the board?" asks which police force: a noun of two words before a verb
  of the present, or an irregular past ("sat"), as before a past in "-ed" (`question._compound_noun`),
  not which police, with "force" left as a word the item must hold.
- "Which panels were combined?" is answered by the things a quote joins before the noun asked for
  ("the fostering and adoption panels were combined"), where the best items hold one such run
  (`joined_modifiers`); a count the question gives must be the number joined.
- "Who wanted X?" is the speaker of a statement whose quote reports the wanting of them ("said she
  wanted X", `reported_attitude`); a wanting the quote reports of another ("said the board wanted")
  is not the speaker's.
- "Name the director of children's services." orders one post holder named, and is asked as
  "Who was ...?" (`name_one`), not as a list.

Checked on Northstead's made-up record (`test_ask.py`) with items added here; every question is
worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index, rating
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import DetailFact, Event, FindingFact, StatementFact

FOSTER = FindingFact(
    id="finding-foster-carer-numbers-fallen",
    polarity="weakness",
    area="children_in_care",
    text="Since the last visit in 2016, the number of foster carers has fallen every year.",
    citations=cite(
        911,
        "Since the last visit in 2016, the number of foster carers in Northstead has fallen every year.",
    ),
)
AUDITS = FindingFact(
    id="finding-case-audits-not-acted-on",
    polarity="weakness",
    area="leadership",
    text="Managers have not acted on case audits since 2017.",
    citations=cite(912, "Managers have not acted on the findings of case audits since 2017."),
)
AUDITS_AGAIN = FindingFact(
    id="finding-case-audits-ignored",
    polarity="weakness",
    area="leadership",
    text="Managers have not acted on case audits since 2018.",
    citations=cite(913, "Managers have not acted on the findings of case audits since 2018."),
)
WARNING = Event(
    id="warning-letter-2022",
    date="2022-02-14",
    kind="intervention",
    status="occurred",
    title="The regulator sends Northstead a formal warning letter",
    citations=cite(914, "On 14 February 2022 the regulator sent Northstead a formal warning letter"),
)
COMPLIANCE = Event(
    id="compliance-deadline-2023-05",
    date="2023-05",
    kind="deadline",
    status="planned",
    title="Compliance deadline set by the warning letter",
    citations=cite(915, "Northstead must comply with the warning letter by May 2023"),
)
PARTNERSHIP = DetailFact(
    id="detail-partnership-board-members",
    text="Councillors, health leaders and West Marsh Police sit on the safeguarding partnership board.",
    citations=cite(
        916,
        "councillors, health leaders and West Marsh Police sit on the safeguarding partnership board",
    ),
)
TASK_FORCE = DetailFact(
    id="detail-attendance-task-force",
    text="A task force on school attendance was set up in 2021.",
    citations=cite(917, "a task force on school attendance was set up in 2021"),
)
"""Puts "force" in the record's words, so that a question's "force" is a word an item must hold."""
WANTED = StatementFact(
    id="statement-lopez-schools-open-doors",
    text="Ana Lopez said she wanted every school to open its doors to young carers.",
    speaker="Ana Lopez",
    citations=cite(
        919,
        "Ana Lopez said she wanted every school to \u201copen its doors\u201d to young carers",
    ),
)
BOARD_WANTED = StatementFact(
    id="statement-okafor-board-minutes",
    text="Sam Okafor said the board wanted to publish its minutes online.",
    speaker="Sam Okafor",
    citations=cite(921, "Sam Okafor said the board wanted to publish its minutes online"),
)
PANELS = DetailFact(
    id="detail-panels-combined",
    text="Northstead's fostering and adoption panels were combined in 2020.",
    citations=cite(918, "In 2020 the fostering and adoption panels were combined to cut delays"),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(
        events=[WARNING, COMPLIANCE],
        facts=[FOSTER, PARTNERSHIP, TASK_FORCE, PANELS, WANTED, BOARD_WANTED],
    )


@pytest.fixture(scope="module")
def torn() -> ClaimIndex:
    return northstead_index(facts=[FOSTER, AUDITS, AUDITS_AGAIN])


@pytest.mark.parametrize(
    "question",
    [
        "Since which year has the number of foster carers in Northstead fallen every year?",
        "Since what year, according to inspectors, had Northstead's foster carer numbers been falling?",
    ],
)
def test_since_which_year_is_the_year_the_quote_runs_from(question: str, index: ClaimIndex) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "2016"
    assert [e.id for e in answer.evidence] == [FOSTER.id]


def test_since_which_year_with_two_years_stated_is_not_stated(torn: ClaimIndex) -> None:
    answer = answer_question("Since which year have managers not acted on case audits?", torn)
    assert answer.answer not in {"2017", "2018"}, answer.explanation


def test_since_which_year_of_a_matter_the_record_lacks_is_not_stated(
    index: ClaimIndex,
) -> None:
    answer = answer_question("Since which year has the number of adopters in Northstead risen?", index)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)


@pytest.mark.parametrize(
    "question",
    [
        "How many months' gap between the warning letter and its compliance deadline?",
        "How much time was there between the compliance deadline and the warning letter?",
        "How long after the warning letter was the compliance deadline?",
    ],
)
def test_a_gap_to_a_month_is_counted_in_calendar_months(question: str, index: ClaimIndex) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert (answer.answer or "").startswith("about 15 months"), answer.answer
    assert {e.id for e in answer.evidence} == {WARNING.id, COMPLIANCE.id}


@pytest.fixture(scope="module")
def graded() -> ClaimIndex:
    return northstead_index(
        facts=[
            rating(2017, "leadership", "outstanding", 920),
            rating(2021, "leadership", "inadequate", 921),
            rating(2021, "help_and_protection", "good", 922),
        ]
    )


@pytest.mark.parametrize(
    "question",
    [
        "Which 2021 judgements were rated inadequate?",
        "Which areas were judged inadequate in 2021?",
        "Which two judgements fell from good or outstanding to inadequate in 2021?",
    ],
)
def test_the_areas_of_a_grade_are_read_from_the_ratings(question: str, graded: ClaimIndex) -> None:
    answer = answer_question(question, graded)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "overall effectiveness and leadership"
    assert {"rating-2021-overall", "rating-2021-leadership"} <= {e.id for e in answer.evidence}


@pytest.mark.parametrize(
    "question",
    [
        "Which three judgements were rated inadequate in 2021?",
        "Which 2021 judgements were rated outstanding?",
    ],
)
def test_areas_of_a_grade_the_ratings_do_not_give_are_not_stated(question: str, graded: ClaimIndex) -> None:
    answer = answer_question(question, graded)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)


@pytest.mark.parametrize(
    "question",
    [
        "Which police force sits on Northstead's safeguarding partnership board?",
        "Which police force sat on the safeguarding partnership board?",
    ],
)
def test_a_noun_of_two_words_before_its_verb_is_what_is_asked(question: str, index: ClaimIndex) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "West Marsh Police"
    assert [e.id for e in answer.evidence] == [PARTNERSHIP.id]


@pytest.mark.parametrize("question", ["Which panels were combined?", "Which two panels were combined?"])
def test_things_joined_before_the_noun_asked_for_are_the_list(question: str, index: ClaimIndex) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "fostering and adoption"
    assert [e.id for e in answer.evidence] == [PANELS.id]


def test_things_joined_before_the_noun_are_not_a_list_of_another_count(
    index: ClaimIndex,
) -> None:
    answer = answer_question("Which three panels were combined?", index)
    assert answer.answer != "fostering and adoption", answer.explanation


def test_who_wanted_is_the_speaker_the_wanting_is_reported_of(
    index: ClaimIndex,
) -> None:
    answer = answer_question('Who wanted every school to "open its doors" to young carers?', index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "Ana Lopez"
    assert [e.id for e in answer.evidence] == [WANTED.id]


def test_a_wanting_reported_of_another_is_not_the_speakers(index: ClaimIndex) -> None:
    answer = answer_question("Who wanted to publish the board's minutes online?", index)
    assert answer.answer != "Sam Okafor", answer.explanation


def test_an_order_to_name_one_post_holder_is_asked_as_who(index: ClaimIndex) -> None:
    answer = answer_question("Name the director of children's services.", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "Priya Shah"
    assert [e.id for e in answer.evidence] == ["role-dcs"]


def test_an_order_to_name_an_unnamed_post_holder_is_not_stated(index: ClaimIndex) -> None:
    answer = answer_question("Name the interim head of safeguarding.", index)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)
