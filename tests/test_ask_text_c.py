"""`ask`: a post asked for by its noun ("what new role...", "which post..."), named by a role fact.

A role fact's quote often says the post without the noun the question asks by ("I will appoint a
portfolio holder for early help" for "what new post"): the fact's `role` field says which of its words
are the post, and the post is the answer where the quote says it word for word. Checked on
Northstead's made-up record (`test_ask.py`) with a few items added here, and on the shipped record;
every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import cite, northstead_index, shipped_record
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import RoleFact

EARLY_HELP_HOLDER = RoleFact(
    id="role-early-help-portfolio-holder",
    text="Council leader Tom Reed said a new portfolio holder for early help would be taken by Ana Cole.",
    event="inspection-2021",
    role="portfolio holder for early help",
    person="Ana Cole",
    organisation="Northstead",
    citations=cite(
        504, "Tom Reed: I will appoint a portfolio holder for early help, and Ana Cole will take it on"
    ),
)
SCHOOLS_CHAMPION = RoleFact(
    id="role-schools-champion",
    text="Council leader Tom Reed said a new schools champion for early help would be named.",
    event="inspection-2021",
    role="schools champion for early help",
    person=None,
    organisation="Northstead",
    citations=cite(505, "Tom Reed: I will also appoint a schools champion for early help"),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=(EARLY_HELP_HOLDER,))


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


@pytest.mark.parametrize(
    "question",
    [
        "What new post did Tom Reed say he would appoint?",
        "Which role did the council leader Tom Reed say he would create for early help?",
    ],
)
def test_a_post_asked_by_its_noun_is_the_role_the_record_names(index: ClaimIndex, question: str) -> None:
    """The quote never says "post" or "role": the role fact's field says which of its words are the
    post, and the post, not the person named to it, is the answer, cited from the fact's quote."""
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "portfolio holder for early help"
    assert [evidence.id for evidence in answer.evidence] == ["role-early-help-portfolio-holder"]


def test_two_posts_matched_as_well_name_no_one_post() -> None:
    """Two role facts that match alike name two posts: which one is meant is not stated."""
    both = northstead_index(facts=(EARLY_HELP_HOLDER, SCHOOLS_CHAMPION))
    answer = answer_question("What new post for early help did Tom Reed say he would appoint?", both)
    assert answer.answer not in {"portfolio holder for early help", "schools champion for early help"}


def test_the_shipped_cabinet_post_is_named(shipped: Shipped) -> None:
    index, conflicts, sources = shipped
    answer = answer_question(
        "Which cabinet post did Andrew Weston say he would create?", index, conflicts, sources
    )
    assert answer.answer == "dedicated cabinet member for children's social care"
    assert all(evidence.source.startswith("000_") for evidence in answer.evidence)


@pytest.mark.parametrize(
    "question",
    [
        "What new post did Tom Reed hold before he appointed the portfolio holder?",
        "Which role did Tom Reed have after the portfolio holder for early help was created?",
    ],
)
def test_a_post_asked_of_another_time_is_not_the_role_named(index: ClaimIndex, question: str) -> None:
    """A role fact names the post at its own date: a question placed before or after something else
    asks of another time, and the post the fact names is not its answer."""
    answer = answer_question(question, index)
    assert answer.answer != "portfolio holder for early help"
