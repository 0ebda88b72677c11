"""`ask`: answers that read the wrong part of the record, now given right or held back as "not stated".

A question that gives one year's grade itself ("fell to what, from outstanding") asks for the other
year's grade alone; a `what` question asks for a thing, which words saying only how soon ("within three
months") never give; the one a meeting was with is not who chaired it. Checked on Northstead's made-up
record (`test_ask.py`) with a few items added here; every question is worded here, unlike any benchmark
question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index, rating
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import DetailFact

EXTRA_FACTS = (
    rating(2017, "leadership", "outstanding", 501),
    rating(2021, "leadership", "inadequate", 502),
    DetailFact(
        id="detail-panel-returns-for-review",
        text="The improvement panel would come back for a progress review within three months.",
        citations=cite(503, "the panel would come back for a progress review within three months"),
    ),
    DetailFact(
        id="detail-monthly-member-meetings",
        text="Monthly meetings with the Lead Member for Children were held.",
        citations=cite(504, "monthly meetings with the Lead Member for Children were held"),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=EXTRA_FACTS)


@pytest.mark.parametrize(
    "question",
    [
        "What grade did leadership sink to by 2021, having been outstanding in 2017?",
        "Which judgement was leadership given in 2021 after it was outstanding in 2017?",
    ],
)
def test_a_question_giving_one_grade_is_answered_with_the_other(index: ClaimIndex, question: str) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered"
    assert answer.answer == "inadequate"
    assert [e.id for e in answer.evidence] == ["rating-2021-leadership"]


def test_how_soon_is_no_answer_to_what_follows(index: ClaimIndex) -> None:
    answer = answer_question("What follows the progress reviews?", index)
    assert answer.status == "not_stated"
    assert answer.answer is None


def test_the_one_a_meeting_was_with_is_not_who_chaired_it(index: ClaimIndex) -> None:
    answer = answer_question("Who chaired the monthly meetings?", index)
    assert answer.status == "not_stated"
    assert answer.answer is None
