"""`ask`: mechanisms found on the misses left over from every question set (a body's chair beside its
members, a role the record leaves unnamed, a department named for the noun a question asks about, a
list a following sentence gives), each checked on Northstead questions of our own wording.

Each test holds a question the old reader left unanswered, worded unlike any benchmark's.
"""

from __future__ import annotations

import pytest

from scores import benchmark_module
from test_ask import cite, northstead, northstead_index
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import (
    CommitmentFact,
    Conflict,
    ConflictSide,
    DetailFact,
    Fact,
    RoleFact,
    StatementFact,
)

RECOVERY = cite(133, "the Department for Education asked Northstead for a recovery plan by the spring")
RECOVERY_LATE = cite(134, "the DfE's request for a recovery plan came only in the summer")
EXTRA_FACTS: tuple[Fact, ...] = (
    CommitmentFact(
        id="commitment-mentor-support",
        text="The external mentor will bring support to the fostering team.",
        by="external mentor",
        citations=cite(141, "the external mentor will bring support to the fostering team"),
    ),
    StatementFact(
        id="statement-reed-moss-support-challenge",
        text="Tom Reed said Kay Moss would bring the support and challenge the fostering team needs.",
        speaker="Tom Reed",
        citations=cite(142, "who will bring the support and challenge the fostering team needs"),
    ),
    DetailFact(
        id="detail-transition-fostering-board",
        text="A Transition Fostering Board brings carers, governors and teachers together.",
        citations=cite(
            140, "a Transition Fostering Board was formed where carers, governors and teachers meet monthly"
        ),
    ),
    DetailFact(
        id="detail-budget-sent",
        text="The draft budget went to the health trust and the schools forum for comment.",
        citations=cite(139, "The draft budget went to the health trust and the schools forum for comment"),
    ),
    RoleFact(
        id="role-head-of-fostering-adoption",
        text="Dev Patel is head of fostering and adoption services at Northstead.",
        role="head of fostering and adoption services",
        person="Dev Patel",
        organisation="Northstead",
        citations=cite(138, "Dev Patel, head of fostering and adoption services across Northstead"),
    ),
    DetailFact(
        id="detail-respite-closure-reason",
        text="A main reason for the respite unit's closure was the shortage of night staff.",
        citations=cite(
            137, "A main reason for the closure of the respite unit was a shortage of night staff"
        ),
    ),
    DetailFact(
        id="detail-warning-letter-mentor",
        text="Under the warning letter the external mentor may require an urgent audit of open cases.",
        citations=cite(
            136,
            "the external mentor may require an “urgent audit” of open cases to be carried out by the trust",
        ),
    ),
    DetailFact(
        id="detail-warning-letter-says",
        text="The warning letter provides for an external mentor.",
        citations=cite(136, "The warning letter says the external mentor may require"),
    ),
    DetailFact(
        id="detail-fostering-interview-panel",
        text="Parents of children in care were to be involved in the interview panel for the new head of "
        "fostering.",
        citations=cite(
            135,
            "it was agreed that parents of children in care would be involved in the interview panel for"
            " the new head of fostering",
        ),
    ),
    DetailFact(
        id="detail-recovery-plan-asked",
        text="The Department for Education asked Northstead for a recovery plan by the spring.",
        citations=RECOVERY,
    ),
    DetailFact(
        id="detail-recovery-plan-late",
        text="The DfE asked for the recovery plan only in the summer.",
        citations=RECOVERY_LATE,
    ),
    RoleFact(
        id="role-peer-mentor",
        text="Westmere County Council will lend the service a peer mentor.",
        role="peer mentor",
        person=None,
        organisation="Westmere County Council",
        citations=cite(132, "Westmere will lend a peer mentor, who has not yet been named, to the service"),
    ),
    DetailFact(
        id="detail-scrutiny-group",
        text="A scrutiny group chaired by an external chair brings councillors, head teachers and health "
        "visitors together.",
        citations=cite(
            130,
            "a scrutiny group, chaired by an external chair, was set up where councillors, head teachers"
            " and health visitors meet",
        ),
    ),
    DetailFact(
        id="detail-parenting-forum",
        text="A parenting forum, whose convenor sits apart, brings carers and grandparents together.",
        citations=cite(
            131,
            "the parenting forum, run by whoever the carers elect each year, where carers and"
            " grandparents meet",
        ),
    ),
)


RECOVERY_DISPUTE = Conflict(
    id="recovery-plan-when",
    topic="Whether the recovery plan was asked for by the spring or in the summer",
    sides=(
        ConflictSide(statement="133 says the DfE wanted it by the spring.", citations=RECOVERY),
        ConflictSide(statement="134 says the DfE asked only in the summer.", citations=RECOVERY_LATE),
    ),
    favours=None,
    assessment="Neither source is the better witness.",
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=EXTRA_FACTS, conflicts=(RECOVERY_DISPUTE,))


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, (*northstead().conflicts, RECOVERY_DISPUTE))


def test_the_members_of_a_chaired_body_come_with_its_chair(index: ClaimIndex) -> None:
    """The chair, named apart from the list, is a member too: the answer gives both, not nothing."""
    answer = ask("Who serves on the scrutiny group?", index)
    assert (answer.status, answer.answer) == (
        "answered",
        "councillors, head teachers and health visitors (chaired by an external chair)",
    )
    assert answer.evidence[0].line == 130


def test_a_chair_named_in_words_not_read_leaves_the_members_unstated(index: ClaimIndex) -> None:
    """ "run by whoever the carers elect" is no short phrase for the chair: the list is not all of them."""
    answer = ask("Who sits on the parenting forum?", index)
    assert answer.status == "not_stated"


def test_a_post_the_record_holds_with_no_person_and_says_is_unnamed_is_no(index: ClaimIndex) -> None:
    """Whether a post's holder is named is read from the role the record holds with no person, and
    the quote saying so; the organisation the role belongs to counts as part of the post."""
    for question in ("Has Westmere's peer mentor been identified?", "Did Westmere name the peer mentor?"):
        answer = ask(question, index)
        assert (answer.status, answer.answer) == ("answered", "no"), question
        assert answer.evidence[0].line == 132


def test_a_post_someone_holds_is_never_said_to_be_unnamed(index: ClaimIndex) -> None:
    answer = ask("Has the director of children's services been named?", index)
    assert answer.answer != "no"


def test_a_name_answers_the_noun_asked_about_though_the_glossary_reads_that_noun_as_it(
    index: ClaimIndex,
) -> None:
    """The glossary reads "government" as the DfE, so "which government department" once counted the
    DfE as a word of the question, never its answer. Both sides of the dispute about when the plan
    was asked for name the DfE (as "the DfE"): who asked is not what they dispute."""
    answer = ask("Which government department asked Northstead for a recovery plan?", index)
    assert (answer.status, answer.answer) == ("answered", "Department for Education")
    assert answer.evidence[0].line == 133
    # the quote the name is read from must say the rest of the question, not only name the DfE
    assert ask("Which government department is the schools forum part of?", index).status == "not_stated"


def test_turning_up_is_the_visit_itself_not_a_word_an_item_must_say(index: ClaimIndex) -> None:
    """ "show up" says only that they came: the visit is what is checked and dated, though no quote
    says "show"."""
    answer = ask("Did the inspectors show up at Northstead in 2021?", index)
    assert (answer.status, answer.answer) == ("answered", "yes")
    assert answer.evidence[0].line == 1
    dated = ask("When did the inspectors show up at Northstead in 2021?", index)
    assert (dated.status, dated.kind, dated.value) == ("answered", "date", "2021-06-07/2021-06-11")


def test_one_group_said_to_take_part_in_a_body_is_who_sits_on_it(index: ClaimIndex) -> None:
    """No list of members, but one group of people the quote says takes part: that group."""
    answer = ask("Who is being put on the interview panel for the new head of fostering?", index)
    assert (answer.status, answer.answer) == ("answered", "parents of children in care")
    assert answer.evidence[0].line == 135
    whole = ask("Who makes up the interview panel for the new head of fostering?", index)
    assert whole.status == "not_stated"  # one group taking part is not the whole membership


def test_a_closing_clause_saying_why_is_left_out_where_no_item_states_it(index: ClaimIndex) -> None:
    """The record holds who sits on the panel, not why: the question is answered without its reason,
    and a `why` question, whose reason is the point, is not."""
    answer = ask(
        "Who would sit on the interview panel for the new head of fostering, to keep families at the"
        " heart of it?",
        index,
    )
    assert (answer.status, answer.answer) == ("answered", "parents of children in care")
    assert "left out" in answer.explanation
    why = ask("Why would parents sit on the interview panel, to keep families at the heart of it?", index)
    assert why.answer != "parents of children in care"


def test_what_someone_may_ask_for_is_read_where_the_quote_says_require(index: ClaimIndex) -> None:
    """ "ask for" is worded "may require"; the term in quotation marks is part of the phrase, which ends
    where a clause about it opens ("to be carried out by..."); and the letter is named by the words
    another item quotes just before on the same line."""
    answer = ask("What can the external mentor ask for under the warning letter?", index)
    assert (answer.status, answer.answer) == ("answered", "urgent audit of open cases")
    assert answer.evidence[0].line == 136


def test_the_scorer_takes_an_answer_naming_every_accepted_part_of_a_compound_answer() -> None:
    """Accepted variants that are the parts of the gold answer are each too short to be contained in a
    whole answer with few extra words; an answer naming all of them is right, one missing a part is not."""
    scorer = benchmark_module("eval_questions.py")
    gold = "Head teachers, school nurses and youth workers, under a lay chair"
    parts = ["head teachers", "school nurses", "youth workers", "lay chair"]
    whole = "the head teachers, school nurses and the youth workers of the area, chaired by a lay chair"
    assert scorer.names_every_part(whole, gold, parts)
    assert not scorer.names_every_part("head teachers, school nurses and a lay chair", gold, parts)
    assert not scorer.names_every_part(whole, gold, parts[:2])  # two variants are not the parts


def test_what_reason_was_given_asks_why_not_for_a_name_ending_in_reason(index: ClaimIndex) -> None:
    """`What reason did X give for Y?` once read "reason" as the noun of a `which` question and gave
    "main reason", the words naming the reason, as the answer: a wrong answer. It asks for the cause."""
    for question in (
        "What reason did the council give for the closure of the respite unit?",
        "What reason was given for the closure of the respite unit?",
    ):
        answer = ask(question, index)
        assert answer.answer != "main reason", question
        assert (answer.status, answer.answer) == ("answered", "a shortage of night staff"), question
        assert answer.evidence[0].line == 137


def test_a_post_held_outright_does_not_answer_who_holds_it_on_an_interim_basis(index: ClaimIndex) -> None:
    """The glossary reads "interim" as the opposite of "permanent"; a role without it matched the rest
    of the question well enough to give its holder for an interim post the record does not hold."""
    answer = ask("Who is the interim head of fostering and adoption services across Northstead?", index)
    assert answer.answer != "Dev Patel"
    assert answer.status == "not_stated"
    held = ask("Who is the head of fostering and adoption services across Northstead?", index)
    assert (held.status, held.answer) == ("answered", "Dev Patel")


def test_what_someone_asked_for_is_read_only_from_a_quote_saying_what_was_asked(
    index: ClaimIndex,
) -> None:
    """The question's asking verb weighs little in matching, so a quote naming the asker and nothing
    asked ("went to ... the schools forum for comment") once gave the words after the name: "comment"."""
    answer = ask("What did the schools forum request?", index)
    assert answer.status == "not_stated"


def test_the_members_of_a_body_with_a_longer_name_are_not_those_of_the_body_asked_about(
    index: ClaimIndex,
) -> None:
    """The "Transition Fostering Board" may be a stage before the fostering board, not the board."""
    assert ask("Who sits on the fostering board?", index).status == "not_stated"
    named = ask("Who sits on the transition fostering board?", index)
    assert (named.status, named.answer) == ("answered", "carers, governors and teachers")


def test_a_looser_commitment_does_not_answer_who_where_a_statement_matches_fully(index: ClaimIndex) -> None:
    """The statement says the whole question of someone it does not name as its speaker; the mentor's
    commitment lacks "challenge". The mentor is no answer: the matter is the statement's."""
    answer = ask("Who will bring support and challenge to the fostering team?", index)
    assert answer.answer != "external mentor"
    assert answer.status == "not_stated"
