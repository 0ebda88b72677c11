"""`ask` on the shipped record: what someone said, found or thought of a topic is chosen by the topic.

"What was the inspectors' view of X?" asks the same as "what did they say about X?": the noun of
opinion ("view", "opinion") only frames it, and must not be read as a word the item lacks ("view" as
"understanding"). A quote that says a thing exists ("there are a good range of early help services
that support children well") says of it the whole of what follows, in the record's words. A topic the
record never speaks of stays "not stated".
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import quotes, shipped_record
from trafford_timeline.claims.slots_text import names_another_thing


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


@pytest.mark.parametrize(
    "question",
    [
        "What was Ofsted's opinion of the virtual school?",
        "What was the inspectors' view of the virtual school?",
        "What were the inspectors' views on Trafford's virtual school?",
    ],
)
def test_a_noun_of_opinion_frames_what_is_said_of_the_topic(question: str, shipped: Shipped) -> None:
    answer = ask(question, shipped)
    assert answer.status == "answered", answer.explanation
    assert "works well with a range of professionals" in (answer.answer or "")
    assert "works well with a range of professionals" in quotes(answer)


@pytest.mark.parametrize(
    "question",
    [
        "What did inspectors say about early help?",
        "What did the report find about early help services?",
        "What was Ofsted's view of early help?",
    ],
)
def test_a_quote_saying_a_thing_exists_says_what_follows_of_it(question: str, shipped: Shipped) -> None:
    answer = ask(question, shipped)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "a good range of early help services that support children well"


def test_a_topic_the_record_never_speaks_of_stays_not_stated(shipped: Shipped) -> None:
    for question in (
        "What was Ofsted's view of the council's parking policy?",
        "What was the inspectors' opinion of the youth orchestra?",
    ):
        assert ask(question, shipped).status == "not_stated", question


def test_a_topic_named_only_after_what_exists_is_not_what_exists() -> None:
    """ "there is a team that gives early help": the quote says a team exists, not early help."""
    assert names_another_thing({"earli", "help"}, "a dedicated team that gives early help")
    assert not names_another_thing(
        {"earli", "help"}, "a good range of early help services that support children"
    )


@pytest.mark.parametrize(
    "question",
    [
        "When adding social workers, what kind of staff did the council prefer?",
        "What kind of staff did Trafford favour when adding team leaders?",
    ],
)
def test_adding_a_thing_is_an_additional_one(question: str, shipped: Shipped) -> None:
    """ "adding social workers" is the record's "additional social workers": the glossary reads the
    verb with its adjective, so the item that states the preference is not said to lack "add"."""
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("answered", "permanent staff"), answer.explanation
    assert "preference for permanent staff" in quotes(answer)
