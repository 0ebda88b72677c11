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

Checked on Northstead's made-up record (`test_ask.py`) with items added here; every question is
worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index, rating
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import Event, FindingFact

FOSTER = FindingFact(
    id="finding-foster-carer-numbers-fallen",
    polarity="weakness",
    area="children_in_care",
    text="Since the last visit in 2016, the number of foster carers has fallen every year.",
    citations=cite(
        911, "Since the last visit in 2016, the number of foster carers in Northstead has fallen every year."
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


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=[WARNING, COMPLIANCE], facts=[FOSTER])


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


def test_since_which_year_of_a_matter_the_record_lacks_is_not_stated(index: ClaimIndex) -> None:
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
