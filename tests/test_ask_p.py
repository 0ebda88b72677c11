"""`ask`: list answers whole or not at all.

A question that counts what it asks for ("which three weaknesses...") is answered by the items one
source sentence lists, gathered from the record, when the sentence holds as many as counted; a list
of another number, of the other polarity, or one item of two the quote joins, or one answer to a
question asking two things, is never given.
"""

from __future__ import annotations

import pytest

from test_ask import SOURCE, northstead_index, quotes, shipped_record
from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import Citation, DetailFact, FindingFact


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


THREE = {"not enough capacity", "no practice standards", "insufficient management oversight"}
"""What one sentence of the report says the help and protection service lacked."""


def items(answer: Answer) -> set[str]:
    assert answer.answer is not None
    return {item.strip() for item in answer.answer.split(";")}


@pytest.mark.parametrize(
    "question",
    [
        "What three weaknesses did Ofsted see in the help and protection service?",
        "What three issues did the inspectors raise about the help and protection service?",  # how found
        "List the three shortcomings inspectors found in help and protection.",
    ],
)
def test_a_counted_list_is_the_findings_one_sentence_lists(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert answer.status == "answered"
    assert items(answer) == THREE
    assert "had no practice standards" in quotes(answer)
    assert {(e.source, e.line) for e in answer.evidence} >= {("002_4122ef60e093352d.txt", 21)}


@pytest.mark.parametrize(
    "question",
    [
        "What four failings did inspectors identify in the help and protection service?",  # it lists three
        "What two strengths did Ofsted find in the help and protection service?",  # those are weaknesses
        "Name the three weaknesses Ofsted saw in help and protection.",  # not one of MARAT's shortfalls
        "What strengths did Ofsted find in the care leavers service?",  # not a 2015 rating's words
        "What two things did Ofsted praise about care leavers?",  # not two complaints about plans
    ],
)
def test_a_list_of_another_count_or_polarity_is_never_given(shipped: Shipped, question: str) -> None:
    answer = ask(question, shipped)
    assert answer.status != "answered" or items(answer) == THREE
    if "three" not in question:  # the record holds no list of the count and kind the others ask for
        assert (answer.status, answer.answer) == ("not_stated", None)


def test_two_plural_nouns_the_quote_joins_are_both_given(shipped: Shipped) -> None:
    answer = ask("What kind of staff was the council recruiting more of?", shipped)
    assert answer.status == "answered"
    assert answer.answer == "additional social workers and team leaders"
    assert "additional social workers and team leaders" in quotes(answer)


def test_one_answer_to_a_question_asking_two_things_is_not_given(shipped: Shipped) -> None:
    answer = ask("What kind of staff was Trafford taking on more of, and with which preference?", shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


def _found(number: int, polarity: str, text: str, quote: str) -> FindingFact:
    return FindingFact(
        id=f"finding-fostering-{number}",
        polarity=polarity,  # type: ignore[arg-type]
        area="children_in_care",
        text=text,
        citations=(Citation(source=SOURCE, line=40, quote=quote),),
    )


LEAD = "Inspectors found the fostering service had"
FOSTERING = (
    _found(1, "weakness", f"{LEAD} too few carers.", "had too few carers"),
    _found(2, "weakness", f"{LEAD} no recruitment plan.", "no recruitment plan"),
    _found(3, "weakness", f"{LEAD} weak matching.", "and weak matching"),
    _found(4, "strength", f"{LEAD} caring staff.", "though caring staff"),
)
"""One made-up sentence of line 40 split into four findings: three weaknesses and a strength."""


@pytest.fixture(scope="module")
def fostering() -> ClaimIndex:
    return northstead_index(facts=FOSTERING)


def test_the_weaknesses_a_made_up_sentence_lists_are_gathered(fostering: ClaimIndex) -> None:
    answer = answer_question("What three failings did inspectors find in the fostering service?", fostering)
    assert answer.status == "answered"
    assert answer.answer == "too few carers; no recruitment plan; weak matching"
    assert {e.id for e in answer.evidence} == {f"finding-fostering-{n}" for n in (1, 2, 3)}


@pytest.mark.parametrize(
    "question",
    [
        "What two failings did inspectors find in the fostering service?",
        "What three strengths did inspectors find in the fostering service?",
    ],
)
def test_a_made_up_count_the_sentence_does_not_hold_is_not_stated(
    fostering: ClaimIndex, question: str
) -> None:
    answer = answer_question(question, fostering)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_the_parts_a_quote_lists_after_its_verb_answer_which_parts(shipped: Shipped) -> None:
    answer = ask("What other parts of the service did the council's review take in?", shipped)
    assert answer.status == "answered"
    assert answer.answer is not None
    assert answer.answer.endswith("Early Help and Safeguarding")
    assert answer.answer.startswith("front door")
    assert "Other parts of the review looked at front door" in quotes(answer)


LISTED = "respite breaks, kinship placements and adoption support"
PARTS = DetailFact(
    id="detail-fostering-review-parts",
    text=f"Other parts of the fostering review considered {LISTED}.",
    citations=(
        Citation(source=SOURCE, line=41, quote=f"Other parts of the fostering review considered {LISTED}."),
    ),
)


def test_made_up_parts_listed_after_a_verb_are_the_answer() -> None:
    index = northstead_index(facts=(PARTS,))
    answer = answer_question("Which other parts of the service did the fostering review cover?", index)
    assert answer.status == "answered"
    assert answer.answer == LISTED
    assert [e.id for e in answer.evidence] == ["detail-fostering-review-parts"]


def test_parts_of_another_thing_are_not_stated(shipped: Shipped) -> None:
    answer = ask("Which other parts of the service did the Ofsted inspection cover?", shipped)
    assert (answer.status, answer.answer) == ("not_stated", None)


AREAS = "help and protection, children in care and care leavers"
AUDIT = DetailFact(
    id="detail-casework-audit-areas",
    text=f"The casework audit covered {AREAS}.",
    citations=(Citation(source=SOURCE, line=42, quote=f"the casework audit covered {AREAS}"),),
)


@pytest.mark.parametrize(
    ("count", "status"), [("three", "answered"), ("two", "not_stated"), ("four", "not_stated")]
)
def test_a_count_is_checked_against_the_items_not_every_and(count: str, status: str) -> None:
    """Three areas, one of whose names holds "and": a list of three, not four, and of no other count."""
    index = northstead_index(facts=(AUDIT,))
    answer = answer_question(f"Which {count} areas did the casework audit cover?", index)
    assert answer.status == status
    assert answer.answer == (AREAS if status == "answered" else None)
