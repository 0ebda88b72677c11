"""`ask`: rules found on heldout_h's wrong answers, each checked on Northstead's made-up record
(`test_ask.py`) with a few items added here, worded unlike any benchmark question."""

from __future__ import annotations

import pytest

from scores import benchmark_module
from test_ask import cite, northstead, northstead_index
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import CommitmentFact, DetailFact, Event, RoleFact, StatementFact

EXTRA_FACTS = (
    CommitmentFact(
        id="commitment-rowe-respite-open-door",
        text="Dana Rowe said the board would make sure respite care is open to every carer who asks.",
        by="Dana Rowe",
        citations=cite(207, "We will make sure respite care is open to every carer who asks"),
    ),
    DetailFact(
        id="detail-own-review-checked-kinship",
        text="Northstead's own review examined kinship placements and respite care.",
        date="2023-02/2023-05",
        citations=cite(204, "Northstead's own review examined kinship placements and respite care"),
    ),
    RoleFact(
        id="role-fostering-board-chair-rowe",
        text="Dana Rowe chairs the fostering board.",
        role="chair of the fostering board",
        person="Dana Rowe",
        organisation="Northstead",
        citations=cite(201, "Dana Rowe, who chairs the fostering board, said the work had begun"),
    ),
    StatementFact(
        id="statement-rowe-carers-backbone",
        text="Dana Rowe praised the foster carers.",
        speaker="Dana Rowe",
        citations=cite(
            203,
            "“Our foster carers give up evenings and are the backbone of this service,” Ms Rowe said",
        ),
    ),
    RoleFact(
        id="role-kinship-lead-ames",
        text="Dana Rowe said the new kinship lead post would be chaired by board member Lee Ames.",
        role="kinship care lead",
        person="Lee Ames",
        organisation="Northstead",
        citations=cite(
            202, "Dana Rowe said a new kinship care lead post on the fostering board would go to Lee Ames"
        ),
    ),
)


EXTRA_EVENTS = (
    Event(
        id="trust-quarterly-home-visits",
        date="2022-09/..",
        kind="review",
        status="planned",
        title="The trust calls on Northstead's foster homes every three months",
        citations=cite(205, "from September, we visit foster homes every three months"),
    ),
    DetailFact(
        id="detail-trust-visiting-panel-plan",
        text="The trust's panel will visit Northstead's foster homes under the fostering agreement.",
        citations=cite(
            206, "the trust's panel will visit Northstead's foster homes under the fostering agreement"
        ),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=(EXTRA_EVENTS[0],), facts=(*EXTRA_FACTS, EXTRA_EVENTS[1]))


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, northstead().conflicts)


def test_who_held_a_post_before_a_named_holder_is_not_whoever_holds_another_post(index: ClaimIndex) -> None:
    """The question names the board's chair only to ask after their predecessor: a different post
    whose record item mentions the chair and the board is not that predecessor."""
    answer = ask("Who chaired the fostering board before Dana Rowe took over?", index)
    assert answer.status == "not_stated", answer
    assert answer.answer is None


def test_who_a_named_speaker_said_something_of_is_not_that_speaker(index: ClaimIndex) -> None:
    """The question names who spoke and asks whom the quoted words describe: the speaker is never
    that answer, whatever else the reader makes of it."""
    answer = ask("Who did Dana Rowe call 'the backbone of this service'?", index)
    assert answer.answer != "Dana Rowe", answer
    assert ask("Who said that someone was 'the backbone of this service'?", index).answer == "Dana Rowe"


def test_a_date_is_not_taken_from_an_item_that_lacks_the_body_the_question_has_act(index: ClaimIndex) -> None:
    """The council's own review is dated, and its words match every other word of the question, but
    the question asks when Ofsted's inspectors did it: that date is someone else's."""
    answer = ask(
        "When were Ofsted's inspectors examining Northstead's kinship placements and respite care?", index
    )
    assert answer.status == "not_stated", answer
    own = ask("When did Northstead's own review examine kinship placements and respite care?", index)
    assert own.status == "answered", own


def test_the_scorer_reads_a_closing_bracket_as_the_clause_a_gold_answer_writes_after_a_comma() -> None:
    """`ask` puts a body's chair in brackets after its members; a gold answer may put the same words
    after a comma. Both say the same, and a bracket naming something else is still not the answer."""
    scorer = benchmark_module("eval_questions.py")
    gold = ["Parents, social workers and two foster carers, chaired by a retired judge"]
    assert scorer.matches("parents, social workers and two foster carers (chaired by a retired judge)", gold)
    assert not scorer.matches("parents, social workers and two foster carers (chaired by a councillor)", gold)


def test_how_often_is_read_beside_the_question_s_own_words_in_a_less_close_item(index: ClaimIndex) -> None:
    """The closest item names the visits and their setting but no interval; a looser one says the
    trust visits foster homes every three months, the interval right after the question's own words."""
    answer = ask(
        "How often will the trust visit Northstead's foster homes under the fostering agreement?", index
    )
    assert answer.status == "answered", answer
    assert answer.answer == "every three months"
    assert ask(
        "How often will the trust's audit panel meet under the fostering agreement?", index
    ).status == ("not_stated")


def test_words_a_question_quotes_from_a_spoken_commitment_were_said_by_its_committer(
    index: ClaimIndex,
) -> None:
    """The record has Dana Rowe say the board would make sure respite care is open to every carer: the
    question quotes her words with another verb than the board's act, and she is still who said them."""
    answer = ask("Who pledged that respite care would be 'open to every carer who asks'?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "Dana Rowe"
