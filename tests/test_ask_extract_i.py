"""`ask`: the item the question means is found, and its answer is drawn out of the item's own words.

A question that leaves its preposition at the end ("recover with?") is answered at the quote's own
verb and preposition, whatever question words the answer holds; a question that closes with a
purpose ("appoint to help...?") has its gap before the purpose, and the thing named there is cut where
its own purpose opens; a quote in the first person ("We will appoint") speaks as the statement's
speaker, named by any of the body's names. "What happened to X?" and "What change was made to X?"
are answered by what a quote says of X, after a cause set before it, in its own words where it says
it of only some; "With whom did X meet?" by the people a quote's meeting was with, named by their
kind ("kinship carers") as well as by a name; "How did X characterise Y?" by the whole phrase after
the quote's "as", to the clause's end. Checked on Northstead's made-up record (`test_ask.py`) with
items added here; every question is worded here, unlike any benchmark one.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import DetailFact, Event, Fact, FindingFact, StatementFact

EVENTS = (
    Event(
        id="report-northstead-2022",
        date="2022-03",
        kind="report",
        status="occurred",
        title="Ofsted publishes its report on Northstead's fostering service",
        citations=cite(701, "Ofsted published its report on Northstead's fostering service in March 2022"),
    ),
)
FACTS: tuple[Fact, ...] = (
    StatementFact(
        id="statement-dfe-trusts-recover",
        text=(
            "The Department for Education said it wants most trusts to recover with mentoring from "
            "experienced school leaders, but checks progress every term."
        ),
        speaker="Department for Education",
        citations=cite(
            702,
            "We want most trusts to recover with mentoring from experienced school leaders, but we check "
            "progress every term",
        ),
    ),
    StatementFact(
        id="statement-dfe-commissioner",
        text="The Department for Education said it will name a commissioner to steer the recovery.",
        speaker="Department for Education",
        citations=cite(
            703, "we will name a commissioner to give them the expert steer and backing they want to recover"
        ),
    ),
    FindingFact(
        id="finding-families-wait-for-visit",
        event="report-northstead-2022",
        polarity="weakness",
        area="help_and_protection",
        text="Because of gaps in night-time cover, some families wait too long for an urgent visit.",
        citations=cite(
            704, "Because of gaps in night-time cover, some families wait too long for an urgent visit."
        ),
    ),
    DetailFact(
        id="committee-meetings-with-kinship-carers",
        event="report-northstead-2022",
        text="Meetings were held with kinship carers to hear how their support could be improved.",
        citations=cite(
            707, "Meetings were also held with kinship carers to hear how their support could be improved."
        ),
    ),
    StatementFact(
        id="statement-cole-remarks",
        text="Ann Cole called the inspectors' remarks fair comments on the council's weakest processes.",
        speaker="Ann Cole",
        citations=cite(
            708, "I would describe the inspectors' remarks as fair comments on the weakest of our processes."
        ),
    ),
    FindingFact(
        id="finding-youth-teams-merged",
        event="report-northstead-2022",
        polarity="strength",
        text="Northstead's youth justice and family support teams were merged.",
        citations=cite(705, "the youth justice and family support teams have been merged"),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=EVENTS, facts=FACTS)


@pytest.mark.parametrize(
    ("question", "expected", "item"),
    [
        (
            "What did the government want most trusts to recover with?",
            "mentoring from experienced school leaders",
            "statement-dfe-trusts-recover",
        ),
        ("What did the DfE say it would name?", "commissioner", "statement-dfe-commissioner"),
        (
            "What did the DfE say it would name to help the trusts?",
            "commissioner",
            "statement-dfe-commissioner",
        ),
        (
            "What happens to some families because night-time cover has gaps?",
            "some families wait too long for an urgent visit",
            "finding-families-wait-for-visit",
        ),
        (
            "What did inspectors say happens to families because night-time cover has gaps?",
            "some families wait too long for an urgent visit",
            "finding-families-wait-for-visit",
        ),
        (
            "With whom did the council meet to hear how their support could be improved?",
            "kinship carers",
            "committee-meetings-with-kinship-carers",
        ),
        (
            "How did Ann Cole characterise the inspectors' remarks?",
            "fair comments on the weakest of our processes",
            "statement-cole-remarks",
        ),
        (
            "What change was made to the youth justice and family support teams?",
            "They have been merged",
            "finding-youth-teams-merged",
        ),
    ],
)
def test_answer_drawn_from_the_item(index: ClaimIndex, question: str, expected: str, item: str) -> None:
    answer = answer_question(question, index)
    assert (answer.status, answer.answer) == ("answered", expected), answer.explanation
    assert answer.evidence[0].id == item


def test_words_after_the_purpose_are_no_answer(index: ClaimIndex) -> None:
    """The words after "to give them ... backing" are what the commissioner is for, not what was named:
    the question is asked again without its purpose, and the thing named before it is the answer."""
    answer = answer_question("What did the DfE say it would name to give backing?", index)
    assert (answer.status, answer.answer) == ("answered", "commissioner"), answer.explanation


def test_said_of_all_not_answered_by_some(index: ClaimIndex) -> None:
    """A quote saying the teams were merged answers what was done to the teams, but says nothing of
    "some" of them: no answer is drawn out for those."""
    whole = answer_question("What change was made to the youth justice and family support teams?", index)
    assert whole.answer == "They have been merged"
    answer = answer_question("What change was made to some youth justice and family support teams?", index)
    assert answer.status == "not_stated"
