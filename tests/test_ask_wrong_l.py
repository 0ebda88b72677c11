"""`ask` on the shipped record: answers that repeated the question, or filled another slot than it asks.

An answer whose words are only a run of the question's own ("which colleagues took up the A and B
roles?": "A and B") is no answer; "which post-holders" and "which group were" ask who. A question for
a source's publisher that names its author is not answered by the author. "What type of government
notice" asks for a notice, never the government that issued it. A grade "in the latest inspection,
compared with 2015" is the latest. "Posts" in a clause of time ("before the posts were split") asks
for no group that took posts after it.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import shipped_data_dir, shipped_record
from trafford_timeline.claims.answer import Answer, answer_question, source_text_in


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_an_answer_that_repeats_the_question_is_not_stated(shipped: Shipped) -> None:
    """The roles named in the question, in another order, are not who took them up."""
    answer = ask(
        "Which colleagues took up the acting director of safeguarding and corporate director of "
        "children's services roles?",
        shipped,
    )
    assert answer.status == "not_stated", answer.answer


def test_which_post_holders_asks_who(shipped: Shipped) -> None:
    """ "Which office-holders stepped into the roles?" is who did: managers promoted from within."""
    answer = ask(
        "Which office-holders stepped into the acting corporate director of children's services and "
        "director of safeguarding roles?",
        shipped,
    )
    assert answer.status == "answered", answer.explanation
    assert "managers" in (answer.answer or ""), answer.answer


def test_which_group_were_asks_who(shipped: Shipped) -> None:
    """The council that agreed it is not the group that was to sit on the panel."""
    answer = ask(
        "Which group were to be involved in the panel to appoint the new director of children's services?",
        shipped,
    )
    assert answer.status == "answered", answer.explanation
    assert "children in care" in (answer.answer or ""), answer.answer


def ask_with_bylines(question: str, shipped: Shipped) -> Answer:
    """As `trafford ask` asks: with the sources' text, where a byline prints an author's name."""
    index, conflicts, sources = shipped
    return answer_question(question, index, conflicts, sources, source_text_in(shipped_data_dir()))


def test_the_publisher_asked_is_not_the_author_the_question_names(shipped: Shipped) -> None:
    """ "Which website ... that Dan Parton wrote": the website, not the writer the question names."""
    for question in (
        "Which website put out the story about the government adviser that Dan Parton wrote?",
        "Which newspaper or website carried the article on the DfE adviser written by Dan Parton?",
    ):
        answer = ask_with_bylines(question, shipped)
        assert (answer.status, answer.answer) == ("answered", "CYP Now"), (question, answer.answer)
    kept = ask_with_bylines("Who wrote the report on the DfE adviser published by CYP Now?", shipped)
    assert (kept.status, kept.answer) == ("answered", "Dan Parton"), kept.explanation


def test_a_type_of_notice_is_never_its_issuer(shipped: Shipped) -> None:
    """ "What kind of government notice": a notice, not the Department for Education."""
    for question in (
        "What kind of government notice was served on Trafford after the Ofsted report?",
        "What sort of government notice was issued after the inspection report?",
    ):
        answer = ask(question, shipped)
        assert answer.status == "not_stated" or "notice" in (answer.answer or "").lower(), answer.answer


def test_the_latest_grade_compared_with_an_earlier_year_is_the_latest(shipped: Shipped) -> None:
    """Leadership was outstanding in 2015 and inadequate in 2019: "most recent ... compared with 2015"."""
    answer = ask("What grade did leadership get at the most recent inspection, compared with 2015?", shipped)
    assert (answer.status, answer.answer) == ("answered", "inadequate"), answer.explanation
    overall = ask("How is the overall effectiveness rated now, compared to 2015?", shipped)
    assert (overall.status, overall.answer) == ("answered", "inadequate"), overall.explanation
    kept = ask("How was leadership rated in 2015?", shipped)
    assert kept.answer == "outstanding"


def test_posts_in_a_clause_of_time_ask_for_no_group(shipped: Shipped) -> None:
    """The managers promoted into the acting posts after the split did not hold the joint post before."""
    answer = ask(
        "Who was Director of Children's and Adults' Services before the two posts were split?", shipped
    )
    assert answer.status == "not_stated", answer.answer
    kept = ask(
        "Who filled the acting corporate director of children's services and director of safeguarding posts?",
        shipped,
    )
    assert kept.status == "answered", kept.explanation
    assert "managers" in (kept.answer or ""), kept.answer
