"""`ask`: wrong answers given as answered, made right or "not stated". "Children's social care" names the
whole service, never the children-in-care judgement whose name shares two of its words; a grade a question
gives with its year ("having been outstanding in 2017") is what the area fell from, so the grade asked is
the next inspection's; "how often — fortnightly or quarterly?" is not answered by "regularly"; "how X was
documented" asks how ("patchily documented"), not all that is said of X. Checked on Northstead's made-up
record (`test_ask.py`) with a few items added here; every question is worded here, unlike any benchmark
question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index, rating
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import DetailFact, FindingFact, RecommendationFact, StatementFact

EXTRA_FACTS = (
    rating(2017, "leadership", "outstanding", 701),
    rating(2021, "leadership", "inadequate", 702),
    DetailFact(
        id="detail-portfolio-holder-catch-ups",
        text="The portfolio holder for fostering held regular catch-ups with the head of placements.",
        citations=cite(
            703, "The portfolio holder for fostering held regular catch-ups with the head of placements."
        ),
    ),
    RecommendationFact(
        id="recommendation-runaway-children-welfare-visits",
        text="Ofsted recommended that the response to children who run away improve.",
        citations=cite(
            705,
            "the response to children who run away should improve so that welfare visits take place and "
            "notes of these are kept on file",
        ),
    ),
    StatementFact(
        id="statement-lowe-short-breaks",
        text="Kim Lowe said the inspection found that families in immediate need of support get short "
        "breaks and respite care.",
        speaker="Kim Lowe",
        citations=cite(
            706,
            "Kim Lowe said the inspection found that families in immediate need of support get short "
            "breaks and respite care",
        ),
    ),
    FindingFact(
        id="finding-casework-supervision-patchily-documented",
        text="Casework supervision happens but is patchily documented.",
        polarity="weakness",
        citations=cite(704, "Casework supervision happens but is patchily documented."),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=EXTRA_FACTS)


@pytest.mark.parametrize(
    "question",
    [
        "What grade did the council's children's social care slip to from good?",
        "Which rating did the council's children's social care receive in 2021?",
    ],
)
def test_children_s_social_care_is_the_whole_service(index: ClaimIndex, question: str) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered"
    assert answer.answer == "inadequate"  # the overall grade, not children in care's "requires improvement"
    assert {e.id for e in answer.evidence} == {"rating-2021-overall"}


@pytest.mark.parametrize(
    "question",
    [
        "Which grade did the council's leadership sink to, having been outstanding in 2017?",
        "What rating did leadership tumble to from outstanding in 2017?",
    ],
)
def test_a_grade_given_with_its_year_is_the_one_fallen_from(index: ClaimIndex, question: str) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered"
    assert answer.answer == "inadequate"  # never "outstanding", the grade the question itself gives
    assert {e.id for e in answer.evidence} == {"rating-2021-leadership"}


def test_an_answer_that_is_neither_offered_interval_is_not_stated(index: ClaimIndex) -> None:
    answer = answer_question(
        "How often did the portfolio holder for fostering hold catch-ups with the head of placements, "
        "fortnightly or quarterly?",
        index,
    )
    assert answer.answer != "regularly"  # "regular" is neither of the two the question offers
    assert answer.status == "not_stated"


def test_how_a_thing_was_done_is_the_manner_not_the_whole_finding(index: ClaimIndex) -> None:
    answer = answer_question("What did inspectors say about how casework supervision was documented?", index)
    assert answer.status == "answered"
    assert answer.answer == "patchily documented"  # not "It happens but is patchily documented"
    assert [e.id for e in answer.evidence] == ["finding-casework-supervision-patchily-documented"]


def test_a_relative_clause_s_closing_verb_marks_no_list(index: ClaimIndex) -> None:
    answer = answer_question(
        "What visits did inspectors say must take place for children who run away?", index
    )
    assert answer.status == "not_stated"  # never the clause after "run away": "should improve so that..."
    assert answer.answer is None


def test_an_adverb_before_a_time_clause_marks_no_list(index: ClaimIndex) -> None:
    answer = answer_question("What measures did Kim Lowe announce immediately after the inspection?", index)
    assert answer.status == "not_stated"  # never what follows "immediate" in the quote
    assert answer.answer is None
