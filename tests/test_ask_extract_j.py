"""`ask`: answerable questions whose frame or setting was not read are answered from the item's words.

A word the whole record implies ("the council") is every item's, so the clause that answers a `what`
question need not hold it for its item to be the one the question means; "What was going wrong with
X?" asks what "What went wrong with X?" asks; "how often" is answered "not regularly" by a quote that
denies the asked thing was regular ("without regular checks"), but only where the question keeps to
the part of the group the quote speaks of ("in some homes"): asked of the whole group, it stays not
stated; "Which people ...?" is asked as "Who ...?". Checked on Northstead's made-up record
(`test_ask.py`) with items added here; every question is worded here, unlike any benchmark one.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead_index
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import Event, Fact, FindingFact

EVENTS = (
    Event(
        id="report-northstead-fostering-2023",
        date="2023-02",
        kind="report",
        status="occurred",
        title="Ofsted publishes its report on Northstead's fostering service",
        citations=cite(801, "Ofsted published its report on Northstead's fostering service in February 2023"),
    ),
)
FACTS: tuple[Fact, ...] = (
    FindingFact(
        id="finding-pathway-plans-miss-health",
        event="report-northstead-fostering-2023",
        polarity="weakness",
        text="For most care leavers, pathway plans do not fully record their health needs.",
        citations=cite(802, "For most care leavers, pathway plans do not fully record their health needs."),
    ),
    FindingFact(
        id="finding-pathway-plans-not-given",
        event="report-northstead-fostering-2023",
        polarity="weakness",
        text="Some care leavers have pathway plans that are not recorded on the case system.",
        citations=cite(803, "Some care leavers have pathway plans that are not recorded on the case system."),
    ),
    FindingFact(
        id="finding-pathway-plans-not-updated",
        event="report-northstead-fostering-2023",
        polarity="weakness",
        text="Pathway plans for care leavers are not always recorded after reviews.",
        citations=cite(804, "Pathway plans for care leavers are not always recorded after reviews."),
    ),
    FindingFact(
        id="finding-fire-checks-lapsed",
        event="report-northstead-fostering-2023",
        polarity="weakness",
        text="In some residential homes, a lack of night staff has left carers without regular fire drills.",
        citations=cite(
            805,
            "in some residential homes, a lack of night staff has left carers without regular fire drills",
        ),
    ),
    FindingFact(
        id="finding-respite-requests-late",
        event="report-northstead-fostering-2023",
        polarity="weakness",
        text="Respite requests from foster carers were not passed to the placements team quickly.",
        citations=cite(
            806, "Respite requests from foster carers were not passed to the placements team quickly."
        ),
    ),
    FindingFact(
        id="finding-panel-members-trained",
        event="report-northstead-fostering-2023",
        polarity="strength",
        text="Two experienced foster carers were trained to chair the fostering panel.",
        citations=cite(807, "two experienced foster carers were trained to chair the fostering panel"),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=EVENTS, facts=FACTS)


def test_implied_place_need_not_be_in_the_clause(index: ClaimIndex) -> None:
    """ "At the council" names what every item is about: the plan that leaves health needs unrecorded is
    still the one item whose clause holds the rest of the question."""
    answer = answer_question(
        "What do most pathway plans for care leavers at the council fail to fully record?", index
    )
    assert (answer.status, answer.answer) == ("answered", "their health needs"), answer.explanation
    assert answer.evidence[0].id == "finding-pathway-plans-miss-health"


def test_going_wrong_reads_as_went_wrong(index: ClaimIndex) -> None:
    answer = answer_question("What was going wrong with respite requests from foster carers?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "They were not passed to the placements team quickly"
    assert answer.evidence[0].id == "finding-respite-requests-late"


@pytest.mark.parametrize(
    "question",
    [
        "In some residential homes, how often did carers get fire drills?",
        "How regularly did carers in some homes get fire drills?",
    ],
)
def test_denied_regularity_answers_not_regularly(index: ClaimIndex, question: str) -> None:
    answer = answer_question(question, index)
    assert (answer.status, answer.answer) == ("answered", "not regularly"), answer.explanation
    assert answer.evidence[0].id == "finding-fire-checks-lapsed"


def test_denied_regularity_of_a_part_says_nothing_of_the_whole(index: ClaimIndex) -> None:
    """The quote speaks of some homes only: asked of every carer, how often is not stated; asked of those
    homes, it is "not regularly"."""
    some = answer_question("In some residential homes, how often did carers get fire drills?", index)
    assert some.answer == "not regularly"
    every = answer_question("How often do carers get fire drills?", index)
    assert every.status == "not_stated", every.explanation


def test_which_people_asks_who(index: ClaimIndex) -> None:
    """ "Which people" says only that persons are asked for: asked as `who`, the quote names them."""
    answer = answer_question("Which people were trained to chair the fostering panel?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "two experienced foster carers"
    assert answer.evidence[0].id == "finding-panel-members-trained"
