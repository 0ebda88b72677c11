"""`ask` on the shipped record: a question's own framing words are not content the item must hold.

A question is worded around its answer: "who played down the findings" asks who said something, and
"played down" is how it was said; "how often were officers meeting the Deputy Leader" is asked of
committee minutes, whose officers speak in every line. Where the closest item lacks only such words,
the question is answered from that item; a word of substance it lacks (a post, a body, a year, a
place the item's context does not back) still leaves the answer "not stated".
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import quotes, shipped_record
from trafford_timeline.claims.matching import Answer
from trafford_timeline.claims.question import read_question
from trafford_timeline.claims.verdicts import Evidence

OFFICERS = (
    "How frequently were officers holding meetings with the Deputy Leader about progress "
    "on the recommendations?"
)
"""Asked of committee minutes, which say only that regular meetings were held with the Deputy Leader."""


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def test_a_verb_of_telling_frames_who_said_it(shipped: Shipped) -> None:
    """ "played down ... as" is how the chief executive put it; her statement need not say "played"."""
    answer = ask("Who played down the report's findings as corporate criticisms?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Sara Todd")
    assert "corporate criticisms" in quotes(answer)
    talked = ask("Who talked down the report as corporate criticisms?", shipped)
    assert (talked.status, talked.answer) == ("answered", "Sara Todd")
    # a body the statement does not name is no frame: the DfE made no such findings on record
    assert ask("Who played down the DfE's findings as corporate criticisms?", shipped).status == "not_stated"
    # nor is a committee her statement, in a news report, was never made at
    at_committee = ask(
        "Who played down the report's findings as corporate criticisms at the committee?", shipped
    )
    assert at_committee.status == "not_stated"


def test_a_glossary_phrase_of_telling_frames_who_said_it(shipped: Shipped) -> None:
    """ "pointed to" reads as the glossary's `highlight`, which the statement does not use."""
    answer = ask("Who pointed to positive comments amid the criticisms?", shipped)
    assert (answer.status, answer.answer) == ("answered", "Sara Todd")
    assert "positive comments" in quotes(answer)


def test_officers_are_what_committee_minutes_imply(shipped: Shipped) -> None:
    """The minutes' officers report in every item: "officers" frames a question asked of them."""
    answer = ask(OFFICERS, shipped)
    assert (answer.status, answer.answer) == ("answered", "regularly")
    assert "regular meetings" in quotes(answer).casefold()
    assert {e.source for e in answer.evidence} == {"003_46fb6be4c90ae91a.txt"}
    following = ask(
        "How often were officers meeting the Deputy Leader about progress following the Ofsted report?",
        shipped,
    )
    assert following.answer == "regularly"


def test_a_post_or_a_year_the_item_lacks_is_no_frame(shipped: Shipped) -> None:
    answer = ask(OFFICERS, shipped)
    assert answer.status == "answered"  # the same question, of another post or year, is not stated
    secretary = (
        "How often were officers meeting the Education Secretary about progress on the recommendations?"
    )
    assert ask(secretary, shipped).status == "not_stated"
    assert ask(
        "How often were officers meeting the Deputy Leader about progress in 2015?", shipped
    ).status == ("not_stated")


def test_a_verb_of_asking_frames_which_thing_was_asked_for(shipped: Shipped) -> None:
    """The notice says the adviser "may require" a diagnostic review; "demand" only frames it."""
    answer = ask("What sort of review of particular services could the adviser demand?", shipped)
    assert (answer.status, answer.answer) == ("answered", "diagnostic review")
    assert "diagnostic review" in quotes(answer)
    # an ordinal frames no date: when "the next" visit is, the record does not say
    assert ask("When is the next monitoring visit?", shipped).status == "not_stated"


def test_the_answer_must_come_from_the_item_that_lacked_only_the_frame(shipped: Shipped) -> None:
    """Left without its framing words, a question may match another item better; that item's answer is
    no answer to the question, whose own item lacked only those words."""
    index = shipped[0]
    from trafford_timeline.claims.framing import unframed  # the start code has no such module

    question = read_question(OFFICERS, index.glossary, index.vocabulary)
    item = "committee-meetings-with-deputy-leader"
    explanation = f"the closest item, {item}, says nothing of offic; how often is not stated"
    silent = Answer(question.text, "not_stated", None, None, "frequency", explanation)

    def from_item(item_id: str) -> Answer:
        quote = Evidence(item_id, "003_46fb6be4c90ae91a.txt", 1, "regular meetings", 1.0)
        return Answer(question.text, "answered", "regularly", "regularly", "frequency", "read", (quote,))

    elsewhere = unframed(
        question, silent, index, shipped[2], frozenset(), lambda _: from_item("another-item")
    )
    assert elsewhere is None
    own = unframed(
        question,
        silent,
        index,
        shipped[2],
        frozenset(),
        lambda _: from_item(item),
    )
    assert own is not None
    assert (own.status, own.answer) == ("answered", "regularly")
    assert "only frames the question" in own.explanation


def test_a_bare_what_question_keeps_its_verb(shipped: Shipped) -> None:
    """ "What did the adviser demand?" names nothing else it asks for: the verb is the question, never a
    frame, even where the item that lacks it would answer the rest; "what sort of review" names it."""
    from trafford_timeline.claims.framing import unframed  # the start code has no such module

    index = shipped[0]
    item = "notice-adviser-may-require-diagnostic-review"
    explanation = f"the closest item, {item}, says nothing of demand; this is not stated"

    def answers(_: object) -> Answer:
        quote = Evidence(item, "001_0eee753b118d5f49.txt", 1, "a diagnostic review", 1.0)
        return Answer("q", "answered", "diagnostic review", "diagnostic review", "text", "read", (quote,))

    results = []
    for text in ("What did the adviser demand?", "What sort of review could the adviser demand?"):
        question = read_question(text, index.glossary, index.vocabulary)
        silent = Answer(text, "not_stated", None, None, "text", explanation)
        results.append(unframed(question, silent, index, shipped[2], frozenset(), answers))
    assert results[0] is None
    assert results[1] is not None
    assert results[1].answer == "diagnostic review"
