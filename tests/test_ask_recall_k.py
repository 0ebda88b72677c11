"""`ask`: how many, where the record gives a word for a share ("most", "some", "a small number of") and
no number. Checked on Northstead's made-up record (`test_ask.py`) with a few findings added here; every
question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead, northstead_index
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import FindingFact, StatementFact

EXTRA_FACTS = (
    FindingFact(
        id="finding-respite-reviews-late",
        polarity="weakness",
        text="Most respite reviews were held late.",
        citations=cite(401, "Most respite reviews were held late and did not involve parents."),
    ),
    FindingFact(
        id="finding-advocates-offered",
        polarity="weakness",
        text="A small number of young carers were offered an advocate.",
        citations=cite(402, "a small number of young carers were offered an advocate at their first visit"),
    ),
    FindingFact(
        id="finding-duty-rotas-stretched",
        polarity="weakness",
        text="Duty rotas are stretched in some localities.",
        citations=cite(403, "Duty rotas are stretched in some localities."),
    ),
    FindingFact(
        id="finding-kinship-households-visited",
        polarity="strength",
        text="Despite more kinship households asking for help, the team visits the vast majority of them.",
        citations=cite(
            404,
            "Despite a rise in kinship households asking for help, the team has visited the vast majority "
            "of its kinship households.",
        ),
    ),
    StatementFact(
        id="statement-reyes-rise-to-the-task",
        text="Director Dana Reyes said the council would rise to the task set by Ofsted's report.",
        speaker="Dana Reyes",
        citations=cite(405, "Dana Reyes said the council would “rise to the task” Ofsted’s report had set"),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=EXTRA_FACTS)


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, northstead().conflicts)


def test_how_many_of_a_group_is_answered_by_the_share_word_before_the_counted_noun(index: ClaimIndex) -> None:
    answer = ask("How many of the respite reviews were held late?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "most respite reviews"
    assert answer.evidence[0].id == "finding-respite-reviews-late"


def test_a_share_of_several_words_is_given_whole(index: ClaimIndex) -> None:
    answer = ask("How many of the young carers were offered an advocate?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "a small number of young carers"
    # a plain "how many young carers" asks for a number, which the share is not
    assert ask("How many young carers were offered an advocate?", index).status == "not_stated"


def test_in_how_many_places_reads_the_share_after_the_preposition(index: ClaimIndex) -> None:
    answer = ask("In how many localities were duty rotas stretched?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "some localities"
    assert answer.evidence[0].id == "finding-duty-rotas-stretched"


def test_what_proportion_is_answered_by_the_share_in_the_clause_that_says_what_is_asked(
    index: ClaimIndex,
) -> None:
    """The share is of the households visited; those that asked for help are counted by no share word."""
    answer = ask("What proportion of kinship households has the team visited?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "the vast majority of its kinship households"
    assert ask("How many kinship households asked for help?", index).status == "not_stated"


def test_a_body_named_as_the_doer_of_a_participle_after_a_noun_is_not_the_act_asked_of(
    index: ClaimIndex,
) -> None:
    """The task set by the inspectorate is its task: the question asks who spoke, not what it did."""
    answer = ask('Who said the council wanted to "rise to the task" set by the inspectorate?', index)
    assert answer.status == "answered", answer
    assert answer.answer == "Dana Reyes"
    assert answer.evidence[0].id == "statement-reyes-rise-to-the-task"
