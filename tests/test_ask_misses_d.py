"""`ask` on the shipped record: who/when/yes-no questions the reader used to miss on wording alone.

Whose view a question asks in ("..., in Ofsted's view", "In the inspectors' opinion, ...", "in the
eyes of the DfE") says where the answer is said, as "according to Ofsted" does, not what it is about:
the record's items state the matter, seldom as anyone's view, so the words are left out and the rest
is answered as it would be without them. A preposition of means ("through regular meetings") says
how a thing was done, which the item that states it words otherwise: no term the item must hold.
Calling a quality with an opposite a problem ("was high turnover an issue?") asks whether it held.
"When was the committee to see the plan?" asks when it was to see it: that `to` clause is no reason.
A verb of conceding or arguing ("who conceded...", "which official confessed...") asks for a speaker.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    from test_ask import shipped_record

    return shipped_record()


def _says(question: str, expected: str, shipped: Shipped) -> None:
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("answered", expected), answer.explanation


@pytest.mark.parametrize(
    "question",
    [
        "Would the weaknesses have been recognised without the inspection, in the inspectors' opinion?",
        "In Ofsted's view, would any action have been taken had the inspection not happened?",
    ],
)
def test_whose_view_a_counterfactual_is_asked_in(question: str, shipped: Shipped) -> None:
    """The item that says what would have happened otherwise answers, whoever's view is named."""
    _says(question, "no", shipped)


def test_whose_eyes_a_yes_no_question_is_asked_in(shipped: Shipped) -> None:
    """ "in the eyes of Ofsted" is no word the record must use: the finding that leaders were unaware
    of weaknesses denies it."""
    _says("Were leaders aware of significant weaknesses, in the eyes of Ofsted?", "no", shipped)


@pytest.mark.parametrize(
    "question",
    [
        "Which senior member was updated through regular meetings on the recommendations?",
        "Which senior councillor was updated on progress through regular meetings?",
    ],
)
def test_a_preposition_of_means_is_no_term_the_item_must_hold(question: str, shipped: Shipped) -> None:
    """ "through regular meetings" is how the updates were given, which the minutes word as "regular
    meetings with the Deputy Leader took place to update on progress"."""
    _says(question, "the Deputy Leader of the Council", shipped)


@pytest.mark.parametrize(
    "question",
    [
        "Was an unstable workforce a problem for Trafford?",
        "Was high staff turnover a serious concern for Trafford's children's services?",
    ],
)
def test_calling_a_denied_quality_a_problem_asks_whether_it_held(question: str, shipped: Shipped) -> None:
    """ "was X (a quality with an opposite) a problem" asks whether X held: the record states the
    opposite quality (a stable workforce, low turnover), so the answer is no."""
    _says(question, "no", shipped)


def test_what_was_to_be_done_is_no_reason(shipped: Shipped) -> None:
    """ "when was the committee to see the plan" asks when it was to see it: the `to` clause is what was
    planned, never a reason left out (which answered with the date of the council leader's arrival); a
    reason that follows it ("in response to the recommendations") still is one."""
    _says(
        "When was the committee to see the action plan in response to Ofsted's recommendations?",
        "October 2019",
        shipped,
    )
    answer = ask("When was the scrutiny committee to hear about the action plan?", shipped)
    assert answer.answer in {None, "October 2019"}, answer.explanation


@pytest.mark.parametrize(
    "question",
    [
        "Which council official conceded that the decline in standards was unacceptable?",
        "Who conceded that the decline was unacceptable?",
        "Which politician confessed that the drop in standards was unacceptable?",
        "Which council figure acknowledges the decline was unacceptable?",
    ],
)
def test_a_verb_of_conceding_asks_for_a_speaker(question: str, shipped: Shipped) -> None:
    """ "conceded", "confessed", "acknowledges" report words said, as "said" does: the speaker is asked
    for, not a list of whatever the noun before the verb names."""
    _says(question, "Andrew Weston", shipped)
