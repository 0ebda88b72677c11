"""`ask`: answerable questions the record's findings answer, once read as the inspectorate's words.

Who said what an inspection found is the inspectorate, though the record files it as a finding, not a
statement: "who said..." and "which body said..." are answered with the body the finding's inspection
names, never where the question asks for a person of a kind ("which councillor") or a statement
matches. A finding filed under a part of the service answers a question that names that part as "the
... service" ("rules in the help and protection service"), its name's "and" aside; a quality written
before the thing ("high rates of placement moves") is what was said of it, where nothing after it
is. Checked on Northstead's made-up record (`test_ask.py`) with a few items added here; every
question is worded here, unlike any benchmark one.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import Event, FindingFact, RecommendationFact

EVENTS = (
    Event(
        id="report-northstead-2021",
        date="2021-08",
        kind="report",
        status="occurred",
        title="Ofsted publishes its report on Northstead",
        citations=cite(601, "Ofsted published its report on Northstead's children's services in August 2021"),
    ),
)
FACTS = (
    FindingFact(
        id="finding-foster-carers-risk-training",
        event="report-northstead-2021",
        polarity="weakness",
        area="children_in_care",
        text="Foster carers get too little training in managing risky behaviour.",
        citations=cite(602, "Foster carers get too little training in managing risky behaviour."),
    ),
    RecommendationFact(
        id="recommendation-respite-breaks",
        event="report-northstead-2021",
        text="Ofsted recommended that respite breaks for kinship carers be arranged sooner.",
        citations=cite(603, "respite breaks for kinship carers should be arranged sooner"),
    ),
    FindingFact(
        id="finding-eligibility-rules-loose",
        event="report-northstead-2021",
        polarity="weakness",
        area="help_and_protection",
        text="Eligibility rules were applied loosely.",
        citations=cite(604, "Eligibility rules were applied loosely"),
    ),
    FindingFact(
        id="finding-placement-moves-frequent",
        event="report-northstead-2021",
        polarity="weakness",
        area="children_in_care",
        text="Children in care face high rates of placement moves.",
        citations=cite(605, "with high rates of placement moves among children in care"),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=EVENTS, facts=FACTS)


@pytest.mark.parametrize(
    ("question", "item"),
    [
        (
            "Who said foster carers got too little training in managing risky behaviour?",
            "finding-foster-carers-risk-training",
        ),
        (
            "Which organisation said foster carers get too little training in managing risky behaviour?",
            "finding-foster-carers-risk-training",
        ),
        (
            "Who said respite breaks for kinship carers should be arranged sooner?",
            "recommendation-respite-breaks",
        ),
    ],
)
def test_who_said_what_an_inspection_found_is_the_inspectorate(
    index: ClaimIndex, question: str, item: str
) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered"
    assert answer.answer == "Ofsted"
    assert [e.id for e in answer.evidence] == [item]


@pytest.mark.parametrize(
    "question",
    [
        "Which councillor said foster carers got too little training in managing risky behaviour?",
        "Who said foster carers got too little training in managing risky behaviour at weekends?",
    ],
)
def test_a_person_asked_for_or_a_finding_matched_in_part_is_no_inspectorate(
    index: ClaimIndex, question: str
) -> None:
    """A guard: a person of a kind is asked for, or the finding lacks part of what was said."""
    answer = answer_question(question, index)
    assert answer.answer != "Ofsted"


def test_a_finding_filed_under_a_part_answers_for_that_part_called_a_service(index: ClaimIndex) -> None:
    answer = answer_question(
        "How did Ofsted describe eligibility rules in the help and protection service?", index
    )
    assert answer.status == "answered"
    assert answer.answer == "applied loosely"
    assert [e.id for e in answer.evidence] == ["finding-eligibility-rules-loose"]


def test_a_quality_written_before_the_thing_is_what_was_said_of_it(index: ClaimIndex) -> None:
    """No quote says anything of placement moves after them: "high rates of placement moves" does."""
    answer = answer_question("What did Ofsted say about placement moves?", index)
    assert answer.status == "answered"
    assert answer.answer == "high"
    assert [e.id for e in answer.evidence] == ["finding-placement-moves-frequent"]
