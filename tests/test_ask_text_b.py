"""`ask`: what a speaker or body found or said about a topic, answered from the one item about it.

Checked on Northstead's made-up record (`test_ask.py`) with a few items added here, and on the
shipped record; every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped, cite, northstead, northstead_index, shipped_record
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import FindingFact, StatementFact

EXTRA_FACTS = (
    FindingFact(
        id="finding-eligibility-rules-uneven",
        polarity="weakness",
        event="inspection-2021",
        text="Ofsted found that eligibility rules were used unevenly across the localities.",
        citations=cite(401, "Eligibility rules were used unevenly across the localities"),
    ),
    FindingFact(
        id="finding-peer-reviews-shallow",
        polarity="weakness",
        event="inspection-2021",
        text="The peer reviews were shallow and, in most cases, missed the child's history.",
        citations=cite(402, "The peer reviews were shallow, and, in most cases, missed the child's history."),
    ),
    FindingFact(
        id="finding-peer-review-programme-small",
        polarity="weakness",
        event="inspection-2021",
        text="Quality work over the year mostly amounted to a few peer reviews of narrow topics.",
        citations=cite(
            403, "Quality work over the year mostly amounted to a few peer reviews of narrow topics."
        ),
    ),
    FindingFact(
        id="finding-sensory-room-well-used",
        polarity="strength",
        event="inspection-2021",
        text="The sensory room is well used by families with disabled children.",
        citations=cite(404, "The sensory room is well used by families with disabled children."),
    ),
    FindingFact(
        id="finding-waiting-lists-long",
        polarity="weakness",
        event="inspection-2021",
        text="Families on waiting lists waited too long for a first visit.",
        citations=cite(405, "families on waiting lists were found to wait too long for a first visit"),
    ),
    StatementFact(
        id="statement-ortiz-encouraging-remarks",
        speaker="Lena Ortiz",
        event="inspection-2021",
        text=(
            "Lena Ortiz said that alongside the failings the inspectors also made encouraging remarks, "
            "such as that foster carers feel well supported by their link workers."
        ),
        citations=(
            *cite(406, "alongside the failings there were also encouraging remarks"),
            *cite(406, "foster carers ‘feel well supported by their link workers."),
        ),
    ),
    FindingFact(
        id="finding-early-help-strengths",
        polarity="strength",
        event="inspection-2021",
        text="Early help has several strengths, for example that family workers visit within two days.",
        citations=cite(
            407, "Early help has several strengths, for example, family workers visit within two days."
        ),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=EXTRA_FACTS)


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, northstead().conflicts)


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


# A topic that is itself a clause: "the way X were applied", "the X Northstead had run" ------------


def test_the_way_a_thing_was_done_is_asked_of_the_thing(index: ClaimIndex) -> None:
    """ "the way eligibility rules were used": the rules are the subject, "used" what was done with them."""
    for question in (
        "What did Ofsted find about the way eligibility rules were used?",
        "What did inspectors say about how eligibility rules were used by the council?",
    ):
        answer = ask(question, index)
        assert answer.answer == "They were used unevenly across the localities", (question, answer)
        assert [e.id for e in answer.evidence] == ["finding-eligibility-rules-uneven"]


def test_a_clause_after_the_topic_only_says_which_of_its_things(index: ClaimIndex) -> None:
    """ "the peer reviews the council had carried out": the reviews are asked about; two items name
    them, and the one whose quote opens with them is the one about them."""
    answer = ask("What did inspectors make of the peer reviews the council had carried out?", index)
    assert answer.answer == "They were shallow and in most cases missed the child's history", answer
    assert [e.id for e in answer.evidence] == ["finding-peer-reviews-shallow"]


def test_what_was_done_to_the_topic_must_be_said_by_the_quote(shipped: Shipped) -> None:
    """ "how caseloads were managed": the caseloads finding says how high they are, not how managed;
    while "the way thresholds were applied" is answered, as the quote says "applied"."""
    answer = ask_shipped("What did inspectors find about the way caseloads were managed?", shipped)
    assert answer.status == "not_stated", answer
    answer = ask_shipped("What did inspectors find about the way thresholds were being applied?", shipped)
    assert answer.answer == "They were not consistently applied", answer


def test_a_phrase_set_off_by_commas_is_read_as_plain_words(index: ClaimIndex) -> None:
    answer = ask("What did Ofsted say about the peer reviews?", index)
    assert answer.answer is not None, answer
    assert ", and," not in answer.answer, answer


def test_a_body_named_by_the_event_a_finding_is_filed_under_is_its_speaker(index: ClaimIndex) -> None:
    """ "What did the inspection say": the finding is filed under the inspection, whose words it is."""
    answer = ask("What did the inspection find about the sensory room?", index)
    assert answer.answer == "It is well used by families with disabled children", answer


def test_the_shipped_report_says_what_it_found_of_the_virtual_school(shipped: Shipped) -> None:
    answer = ask_shipped("What did the 2019 report have to say about the virtual school?", shipped)
    assert answer.status == "answered", answer
    assert answer.answer is not None, answer
    assert answer.answer.startswith("It works well with"), answer


def test_the_shipped_finding_on_how_thresholds_were_used(shipped: Shipped) -> None:
    answer = ask_shipped("What did the inspectors find about the way thresholds were being applied?", shipped)
    assert answer.answer == "They were not consistently applied", answer


# Staying not stated where the topic is another --------------------------------------------------


def test_how_long_asks_a_degree_not_what_was_said_of_the_subject(index: ClaimIndex) -> None:
    """ "how eligibility rules were used" asks what was found of the rules; "how long families on
    waiting lists waited" asks a degree, which the rest of the clause about the families is not."""
    answer = ask("What did Ofsted say about how eligibility rules were used?", index)
    assert answer.answer == "They were used unevenly across the localities", answer
    answer = ask("What did Ofsted say about how long families on waiting lists waited?", index)
    assert answer.answer is None or not answer.answer.startswith("They"), answer


def test_a_topic_the_record_lacks_borrows_no_nearby_item(index: ClaimIndex, shipped: Shipped) -> None:
    """The virtual school finding answers for the report it is filed under, never for the committee;
    a topic the record lacks borrows no item near it."""
    answer = ask_shipped("What did the published report note about the virtual school?", shipped)
    assert answer.status == "answered", answer
    for question in (
        "What did Ofsted find about the way foster carers were paid?",
        "What did inspectors say about the quality of the sensory garden?",
    ):
        assert ask(question, index).status == "not_stated", question
    for question in (
        "What did Ofsted find about the way the adoption panel was run?",
        "What did the committee say about the virtual school?",
    ):
        assert ask_shipped(question, shipped).status == "not_stated", question


# Which thing of a kind someone pointed to -----------------------------------------------------


def test_the_example_a_speaker_gave_of_a_kind_is_the_thing_asked_for(index: ClaimIndex) -> None:
    """The record quotes the remark and its example apart; its own text joins them with "such as"."""
    for question in (
        "What encouraging remark did Lena Ortiz highlight?",
        "Which encouraging point from the inspection did Lena Ortiz pick out, despite the failings?",
    ):
        answer = ask(question, index)
        assert answer.answer == "foster carers feel well supported by their link workers", (question, answer)
        assert [e.line for e in answer.evidence] == [406]


def test_an_example_written_in_the_quote_itself(index: ClaimIndex) -> None:
    answer = ask("What strength in early help did the inspectors single out?", index)
    assert answer.answer == "family workers visit within two days", answer
    assert [e.id for e in answer.evidence] == ["finding-early-help-strengths"]


def test_a_kind_the_speaker_did_not_name_is_not_stated(index: ClaimIndex) -> None:
    """Lena Ortiz gave an example of encouraging remarks, none of worrying ones."""
    answer = ask("What worrying remark did Lena Ortiz highlight?", index)
    assert answer.status == "not_stated", answer
    assert "not of worrying" in answer.explanation, answer


def test_the_shipped_chief_executive_gave_one_positive_comment(shipped: Shipped) -> None:
    answer = ask_shipped("Which positive point in the report did the chief executive single out?", shipped)
    assert answer.answer == (
        "children at immediate risk of harm receive timely assessment and intervention that makes them safer"
    ), answer
    assert [(e.source, e.line) for e in answer.evidence] == [("001_0eee753b118d5f49.txt", 25)]
