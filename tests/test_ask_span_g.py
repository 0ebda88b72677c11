"""`ask`: an answer is the part the question asks, whole, never a fragment cut from it.

- `What did inspectors recommend about X?` asks for the whole recommendation made of X. Where the
  quote's own verb sits among the question's words ("that managers tighten their oversight of X,
  by means of..."), the words after the question's are only the means, a fragment: "not stated",
  never the means given as the recommendation.
- `What were X like?` asks for a quality, a word or a short phrase. Where the quote goes on past the
  quality to say what X does ("are tidy and list the next steps ..."), where the quality ends is not
  known: "not stated", never the whole predicate given as the quality.

Checked on Northstead's made-up record (`test_ask.py`) with items added here; every question is
worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import FindingFact, RecommendationFact

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

TIDY = FindingFact(
    id="finding-respite-reviews-tidy",
    polarity="strength",
    area="children_in_care",
    text="Most respite reviews are tidy and list the next steps for each placement, with follow-up dates.",
    citations=cite(
        802,
        "most respite reviews are tidy and list the next steps for each placement, with named dates for "
        "follow-up visits.",
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=(OVERSIGHT, TIDY))


def test_a_recommendation_asked_about_is_never_given_as_its_means_alone(index: ClaimIndex) -> None:
    """The words after "fostering reviews" say how, not what was recommended: no answer is better
    than the means given as the recommendation."""
    answer = answer_question(
        "What did inspectors recommend about duty managers' oversight of reviews?", index
    )
    assert answer.status == "not_stated", answer.answer
    assert answer.answer is None


def test_a_quality_asked_is_never_given_as_a_long_predicate(index: ClaimIndex) -> None:
    """ "tidy" is the quality; "and list the next steps..." says what the reviews do, so the whole run
    after the question's words is not what they were like."""
    answer = answer_question("What were most respite reviews like, according to inspectors?", index)
    assert answer.answer is None or "next steps" not in answer.answer, answer.explanation
