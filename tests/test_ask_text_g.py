"""`ask`: questions the record answers in words the slot readers do not look for.

- "Since which year had X ...?" asks for the year the quote runs the span from ("since the last
  visit in 2016"), not the item's own date (`since_year`); two items naming different years, or a
  question matching no item closely, leave it unanswered.

Checked on Northstead's made-up record (`test_ask.py`) with items added here; every question is
worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import FindingFact

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


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=[FOSTER])


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
