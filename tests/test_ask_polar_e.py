"""`ask` on the shipped record: yes/no questions the record answers "no" by saying the opposite or a
narrower thing, questions that offer two answers, who said a quoted passage, and grades asked of one
year beside another's.

Each wording here was left "not stated" before: a fronted phrase with no comma hid the yes/no verb;
"did inspectors find X in all teams?" met a finding of some teams; "occasional or regular?" offered a
word the record never uses; a quoted passage was a finding's, or was asked for by "which figure";
a grade question opened with a grade of its own. Beside each, a wording that must stay as it was.
"""

from __future__ import annotations

import pytest

from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.question import question_form
from trafford_timeline.record.model import Record
from trafford_timeline.record.store import load_record, shipped_data_dir


@pytest.fixture(scope="module")
def record() -> Record:
    return load_record(shipped_data_dir())


def _ask(question: str, index: ClaimIndex, record: Record) -> Answer:
    return answer_question(question, index, record.conflicts, record.sources)


def _says(question: str, answer: str, item: str, index: ClaimIndex, record: Record) -> None:
    got = _ask(question, index, record)
    assert (got.status, got.answer) == ("answered", answer), got.explanation
    assert item in {e.id for e in got.evidence}, got.explanation


def test_which_figure_said_a_quoted_passage(index: ClaimIndex, record: Record) -> None:
    """`which figure` asks for the speaker as `who` does."""
    question = 'Which council figure pledged "We can fix this situation"?'
    _says(question, "Sara Todd", "statement-todd-we-can-fix-this", index, record)


def test_a_quoted_finding_is_ofsteds(index: ClaimIndex, record: Record) -> None:
    """A passage the record holds as a finding was said by the inspectorate."""
    question = 'Who said leaders had "no awareness of the decline in services"?'
    _says(question, "Ofsted", "finding-leaders-no-awareness-of-decline", index, record)


def test_who_made_a_remark_quoted(index: ClaimIndex, record: Record) -> None:
    """`made the remark` only says how the words were said."""
    quoted = "the government takes failure in children's service's departments seriously"
    question = f'Who made the remark that "{quoted}"?'
    _says(question, "Department for Education", "dfe-statement-takes-failure-seriously", index, record)


def test_a_fronted_phrase_without_a_comma(index: ClaimIndex, record: Record) -> None:
    """Where the phrase ends is plain only where it holds no verb of its own."""
    question = "In the 2019 inspection was MARAT giving a timely response to all children?"
    _says(question, "no", "finding-marat-response-not-timely", index, record)
    assert question_form("after the report was published did the council act")[0] != "yes_no"


def test_one_of_two_offered_answers(index: ClaimIndex, record: Record) -> None:
    question = "Were performance reports to senior leaders occasional or regular?"
    _says(question, "regular", "finding-appropriate-governance-and-performance-reporting", index, record)


def test_said_of_all_where_it_was_said_of_some(index: ClaimIndex, record: Record) -> None:
    """What the one named said of some is a narrower thing than all; without `did X find`, a record of
    "some teams" bounds what it found to part of them, so not all (`extent_answer`)."""
    _says(
        "Did inspectors find caseloads too high in all teams?",
        "no",
        "finding-caseloads-too-high",
        index,
        record,
    )
    some = "Did inspectors find caseloads too high in some teams?"
    _says(some, "yes", "finding-caseloads-too-high", index, record)
    _says("Were caseloads too high in all teams?", "no", "finding-caseloads-too-high", index, record)


def test_a_grade_given_for_one_year_asks_for_the_other(index: ClaimIndex, record: Record) -> None:
    _says(
        "Leadership was outstanding in 2015, and what in 2019?",
        "inadequate",
        "rating-2019-leadership",
        index,
        record,
    )
    question = "Overall effectiveness slipped from good in 2015 to what rating in 2019?"
    _says(question, "inadequate", "rating-2019-overall", index, record)


def test_of_the_whole_how_many(index: ClaimIndex, record: Record) -> None:
    got = _ask("Of the 2019 judgements, how many were rated inadequate?", index, record)
    assert (got.status, got.answer) == ("answered", "two"), got.explanation


def test_the_same_grade_and_what_it_was(index: ClaimIndex, record: Record) -> None:
    question = (
        "Was the 2019 grade for help and protection the same as for children in care, and if so what was it?"
    )
    got = _ask(question, index, record)
    assert (got.status, got.answer) == ("answered", "requires improvement to be good"), got.explanation
    different = "Was the 2019 grade for leadership the same as for care leavers, and if so what was it?"
    assert _ask(different, index, record).status == "not_stated"


def test_by_the_time_of_the_meeting_the_minutes_say(index: ClaimIndex, record: Record) -> None:
    """The minutes state what held when the committee met."""
    question = "By the time of the committee's meeting, was the final draft of the action plan ready?"
    _says(question, "yes", "action-plan-to-ofsted-2019-08-13", index, record)


def test_long_established_is_the_opposite_of_new(index: ClaimIndex, record: Record) -> None:
    question = "Was LiquidLogic a long-established case management system?"
    _says(question, "no", "committee-liquidlogic-early-adopter", index, record)
