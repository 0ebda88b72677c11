"""`ask` on the shipped record: an answer must be of the kind asked, or the question is "not stated".

A power the record grants ("may require a review") is not the act done, whatever verb the question
asks it with; the deputy leader, named as leading a cabinet role, did not lead the council; a
publication is never who held a post; a list of posts does not say which managers took them.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


@pytest.mark.parametrize(
    "question",
    [
        "Did the government adviser insist on a review of particular services?",
        "Did the DfE adviser call for a diagnostic review of some services?",
    ],
)
def test_a_power_asked_with_another_verb_is_not_the_deed_done(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert answer.status == "not_stated", (answer.answer, answer.explanation)
    power = ask("Could the adviser require a diagnostic review?", shipped)  # the power itself: still yes
    assert (power.status, power.answer) == ("answered", "yes"), power.explanation


def test_the_deputy_leading_a_cabinet_role_did_not_lead_the_council(shipped: Shipped) -> None:
    answer = ask("Who led the council in 2019?", shipped)
    assert answer.answer != "Catherine Hynes", answer.explanation
    cabinet = ask("Who is to lead the cabinet role for children's social care?", shipped)
    assert (cabinet.status, cabinet.answer) == ("answered", "Catherine Hynes"), cabinet.explanation


def test_a_publication_is_never_who_held_a_post(shipped: Shipped) -> None:
    answer = ask(
        "Who was the leader on the date the Children and Young People Now piece was published?", shipped
    )
    assert answer.answer != "CYP Now", answer.explanation
    assert "publisher" not in answer.explanation, answer.explanation  # not read as who published it
    author = ask("Which reporter wrote the story on the DfE adviser?", shipped)  # still read as authorship
    assert "'Dan Parton' as the author" in author.explanation, author.explanation


@pytest.mark.parametrize(
    "question",
    [
        "Which officers took on the acting roles?",
        "Which council managers were promoted into the acting roles?",
    ],
)
def test_a_list_of_posts_does_not_name_who_took_them(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert "director of safeguarding" not in (answer.answer or ""), answer.explanation
    posts = ask("Which roles did the managers take on?", shipped)  # the posts themselves: still listed
    assert posts.answer == "corporate director of children's services and director of safeguarding"


def test_a_recommendation_answered_without_its_leading_through(shipped: Shipped) -> None:
    answer = ask("What did Ofsted recommend that senior leaders do to understand practice?", shipped)
    assert answer.status == "answered", answer.explanation
    assert (answer.answer or "").startswith("accurate evaluation of performance information"), answer.answer
