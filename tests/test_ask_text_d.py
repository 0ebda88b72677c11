"""`ask`: text questions whose asked slot is not at the question's end, or is a cause or a part.

- A stranded preposition before a closing phrase ("living in ... for too long"): the words between;
  so too a verb left without its object before "but" ("held ... but needed to use").
- A cause asked as `what did X blame for Y`, `what did X say caused Y`: read as a `why` question, and
  of the causes an item states, the one whose effect is the one asked ("widespread", not "serious"),
  in the words most of its quotes use.
- A subject written before a perfect ("gaps ... have left them"): the subject, before "have".
- `What aspect of X was weak?`: the part alone, from an item filed under X's area.
- A preposition left at the question's end ("not used as?"): the words after it in the quote, where
  the quote's subject only points back ("they") or leaves out the area the finding is filed under.
- An irregular past ("brought in") asked of an item that says another form ("bringing in").
- A closing clause saying only how something was said (", quoting the report"): asked without it.
- `Which positive comment did X quote?` asks for the example given of that kind, as "highlight" does.
- `How was X described?`: what is said of X, as `What did they say about X?` reads it; a predicate
  that only concedes ("happens but is rarely finished") is given with what follows "but", and words
  of X that name the area its finding is filed under ("in care") need not be in the quote.

Checked on Northstead's made-up record (`test_ask.py`) with items added here, and on the shipped
record; every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped, cite, northstead_index, shipped_record
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import DetailFact, FindingFact

HOTELS = FindingFact(
    id="finding-care-leavers-in-hotels",
    polarity="weakness",
    area="care_leavers",
    text="Some care leavers stayed in bed and breakfast hotels for many months.",
    citations=cite(601, "some care leavers were staying in bed and breakfast hotels for many months"),
)
ROTA = FindingFact(
    id="finding-rota-left-duty-team-short",
    polarity="weakness",
    area="help_and_protection",
    text="A new rota has left the duty team short of staff at weekends.",
    citations=cite(602, "at weekends, a new rota of shifts has left the duty team short of staff"),
)
RECORDS = FindingFact(
    id="finding-case-recording-poor",
    polarity="weakness",
    area="children_in_care",
    text="For children in care, case recording is poor and often out of date.",
    citations=cite(603, "case recording is poor and often out of date"),
)

PASSPORTS = FindingFact(
    id="finding-health-passports-not-used",
    polarity="weakness",
    area="care_leavers",
    text="Young people said their health passports are not used as a record of their needs.",
    citations=cite(604, "and they are not used as a record of their needs"),
)
PANEL = DetailFact(
    id="detail-review-panel",
    text="The council is bringing in a review panel to check case files.",
    citations=cite(605, "bringing in a review panel to check closed case files"),
)

LIFE_STORY = FindingFact(
    id="finding-life-story-work-unfinished",
    polarity="weakness",
    area="children_in_care",
    text="For children in care, life story work happens but is rarely finished.",
    citations=cite(606, "Life story work happens but is rarely finished."),
)

FUND = DetailFact(
    id="detail-foster-care-fund-unspent",
    text="The director said the council raised extra money for foster care but could not spend it in time.",
    citations=cite(607, "the council raised extra money for foster care but it was hard to spend it in time"),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=(HOTELS, ROTA, RECORDS, PASSPORTS, PANEL, LIFE_STORY, FUND))


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


@pytest.mark.parametrize(
    "question",
    [
        "What were some care leavers staying in for many months?",
        "What had some care leavers been staying in for many months?",
    ],
)
def test_a_stranded_preposition_asks_the_words_before_the_closing_phrase(
    index: ClaimIndex, question: str
) -> None:
    """The gap is after "staying in", before "for many months": the words after the question's last
    are none, and the words between are the answer."""
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "bed and breakfast hotels"
    assert [evidence.id for evidence in answer.evidence] == [HOTELS.id]


def test_a_stranded_gap_whose_closing_phrase_the_quote_lacks_is_not_answered(index: ClaimIndex) -> None:
    """The quote says "for many months", not "for two years": no words stand between the verb and
    the closing phrase asked, so nothing fills the gap."""
    answer = answer_question("What were some care leavers staying in for two years?", index)
    assert answer.answer != "bed and breakfast hotels"


def test_the_shipped_stranded_gap(shipped: Shipped) -> None:
    answer = ask_shipped("What had inspectors seen children living in for too long?", shipped)
    assert answer.answer == "conditions of neglect", answer.explanation


def test_a_subject_before_a_perfect_is_what_did_it(index: ClaimIndex) -> None:
    """ "a new rota of shifts has left the duty team short": the subject stands before "has"."""
    answer = answer_question("What left the duty team short of staff?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "a new rota of shifts"


def test_the_shipped_subject_before_a_perfect(shipped: Shipped) -> None:
    answer = ask_shipped("What left some of the teams without regular supervision?", shipped)
    assert answer.answer == "gaps or changes in management roles", answer.explanation


@pytest.mark.parametrize(
    "question",
    [
        "What aspect of the service for children in care is poor?",
        "Which part of the service for children in care was poor?",
    ],
)
def test_the_part_called_by_a_quality_is_the_subject_alone(index: ClaimIndex, question: str) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "case recording"


def test_a_part_of_no_area_is_not_answered(index: ClaimIndex) -> None:
    """ "practice" names no area of the service: which part of it is poor is no one thing."""
    answer = answer_question("Which area of practice was poor?", index)
    assert answer.answer != "case recording"


def test_the_shipped_part_called_weak(shipped: Shipped) -> None:
    answer = ask_shipped("Which part of the care leavers service was weak?", shipped)
    assert answer.answer == "long-term planning", answer.explanation


@pytest.mark.parametrize(
    "question",
    [
        "What did inspectors blame for the widespread deterioration of Trafford's services?",
        "What did the report say caused the widespread deterioration?",
        "What did Ofsted find had led to the widespread deterioration in the quality of services?",
    ],
)
def test_a_cause_asked_as_what_is_the_one_of_the_effect_asked(shipped: Shipped, question: str) -> None:
    """One quote says "leadership failings had led to a serious deterioration", the others "widespread
    deterioration ... as a result of failures in leadership": asked of the widespread one, the cause
    is in the words its quotes give, and the answer is not disputed."""
    answer = ask_shipped(question, shipped)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "failures in leadership"


def test_a_preposition_left_at_the_end_is_followed_by_the_answer(index: ClaimIndex) -> None:
    """ "not used as" ends the question: the answer is after "as" in the quote, though the quote says
    "they" for the passports, and the finding is filed under care leavers without saying so."""
    answer = answer_question("What are care leavers' health passports not used as?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "record of their needs"
    assert [evidence.id for evidence in answer.evidence] == [PASSPORTS.id]


def test_an_irregular_past_is_the_verb_the_item_says(index: ClaimIndex) -> None:
    answer = answer_question("What was the review panel brought in to check?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "closed case files"


def test_the_shipped_irregular_past(shipped: Shipped) -> None:
    answer = ask_shipped("What was the council's audit team brought in to improve?", shipped)
    assert answer.answer == "quality assurance processes", answer.explanation


@pytest.mark.parametrize(
    "question",
    [
        "What did Sara Todd say children at immediate risk of harm receive, quoting the inspection report?",
        "What did Sara Todd say children at immediate risk of harm receive, citing the inspectors' praise?",
    ],
)
def test_a_clause_of_how_it_was_said_is_left_out(shipped: Shipped, question: str) -> None:
    """ "quoting the inspection report" says how she said it, which no item states: what she said is
    still the answer, not a grade the words "report" and "praise" might ask."""
    answer = ask_shipped(question, shipped)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "timely assessment and intervention"


@pytest.mark.parametrize(
    "question",
    [
        "How was life story work for children in care described?",
        "How is life story work described by the inspectors?",
    ],
)
def test_how_a_thing_was_described_is_what_is_said_of_it(index: ClaimIndex, question: str) -> None:
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "It happens but is rarely finished"
    assert [evidence.id for evidence in answer.evidence] == [LIFE_STORY.id]


def test_the_shipped_description(shipped: Shipped) -> None:
    answer = ask_shipped(
        "How was the management oversight in help and protection described by inspectors?", shipped
    )
    assert answer.answer == "It takes place but is poorly recorded", answer.explanation


def test_a_verb_left_without_its_object_before_but(index: ClaimIndex) -> None:
    """ "raise ... but could not spend in time": the object of "raise" is asked, though the quote says
    the rest in words of its own ("it was hard to spend it")."""
    answer = answer_question("What did the council raise but could not spend in time?", index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "extra money for foster care"


def test_the_shipped_object_before_but(shipped: Shipped) -> None:
    answer = ask_shipped(
        "What did the committee hear the council held but had to use for effective planning?", shipped
    )
    assert answer.answer == "valid data and intelligence", answer.explanation


def test_the_example_a_speaker_quoted(shipped: Shipped) -> None:
    answer = ask_shipped("What positive finding did Trafford's chief executive Sara Todd quote?", shipped)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == (
        "children at immediate risk of harm receive timely assessment and intervention that makes them safer"
    )
