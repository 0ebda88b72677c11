"""`ask`: an answer is the part the question asks, whole, never a fragment cut from it.

- `What did inspectors recommend about X?` asks for the whole recommendation made of X. Where the
  quote's own verb sits among the question's words ("that managers tighten their oversight of X,
  by means of..."), the words after the question's are only the means, a fragment: "not stated",
  never the means given as the recommendation.

Checked on Northstead's made-up record (`test_ask.py`) with items added here; every question is
worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import RecommendationFact

OVERSIGHT = RecommendationFact(
    id="recommendation-managers-oversight-of-fostering",
    text="Inspectors recommended that managers tighten their oversight of fostering reviews through "
    "monthly file sampling and a written audit schedule.",
    citations=cite(
        801,
        "Inspectors recommend that Northstead's duty managers tighten their oversight of the timeliness of "
        "fostering reviews, through monthly file sampling, and adoption of a written audit schedule.",
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=(OVERSIGHT,))


def test_a_recommendation_asked_about_is_never_given_as_its_means_alone(index: ClaimIndex) -> None:
    """The words after "fostering reviews" say how, not what was recommended: no answer is better
    than the means given as the recommendation."""
    answer = answer_question(
        "What did inspectors recommend about duty managers' oversight of reviews?", index
    )
    assert answer.status == "not_stated", answer.answer
    assert answer.answer is None
