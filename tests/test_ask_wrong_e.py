"""`ask` on the shipped record: wrong answers given as answered, now given right or held back.

A deadline is not its outcome, so whether it was met is not stated; a gap near whole months is told
in months; a clause placing the question in time holds no verb of the list asked for; a plural names
no one thing asked for, and what is left of a list once a thing is set aside is; a compound
participle before a noun ("DfE-appointed") is not the noun; a later inspection bounded by the 2019
one has no grade on record; a kind of deterioration is neither a grade nor a verb; a finding's
borrowed date is no date of a visit; and one event dated before another does not show a post held
"throughout" the time before it. Every question and claim is worded here, unlike any benchmark
question.
"""

from __future__ import annotations

from functools import cache

from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.record.model import Conflict
from trafford_timeline.record.store import load_record, resolve_data_dir


@cache
def _conflicts() -> tuple[Conflict, ...]:
    return tuple(load_record(resolve_data_dir(None)).conflicts)


def _ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, _conflicts())


def test_whether_a_deadline_was_met_is_not_the_deadline(index: ClaimIndex) -> None:
    """The record sets the August 2020 deadline; no source says how it came out."""
    answer = _ask("Did Trafford achieve the implementation deadline of August 2020?", index)
    assert answer.status == "not_stated", answer.explanation
    check = check_claim("The council achieved the August 2020 deadline for implementation.", index)
    assert check.verdict == "not_found", check.explanation


def test_a_gap_near_whole_months_is_told_in_months(index: ClaimIndex) -> None:
    """4–8 March to 8 May is 61 to 65 days: about two months, the days kept beside it."""
    answer = _ask("How long after the inspection did the report come out?", index)
    assert (answer.status, answer.value) == ("answered", "about 2 months"), answer.explanation
    assert "61–65 days" in (answer.answer or "")


def test_a_closing_time_clause_holds_no_verb_of_the_list(index: ClaimIndex) -> None:
    """ "... after the separation of the director posts" places the question; the roles are listed."""
    answer = _ask(
        "What acting roles were managers promoted into after the separation of the director posts?", index
    )
    assert answer.answer == "corporate director of children's services and director of safeguarding"


def test_one_thing_asked_for_is_not_a_plural(index: ClaimIndex) -> None:
    """ "which acting role" asks for one: "children's and adults' services posts" names two posts."""
    answer = _ask("Which acting role was taken by an internal manager?", index)
    assert "posts" not in (answer.answer or ""), answer.explanation


def test_what_is_left_apart_from_a_thing_set_aside(index: ClaimIndex) -> None:
    """The roles are listed together; setting one aside leaves the other."""
    answer = _ask(
        "Other than acting corporate director of children's services, which acting role did managers get"
        " promoted to?",
        index,
    )
    assert answer.answer == "director of safeguarding", answer.explanation


def test_a_participle_before_the_noun_is_not_the_noun(index: ClaimIndex) -> None:
    """The adviser is never named; the body that appointed one is no adviser's name."""
    answer = _ask("What is the name of the DfE-appointed adviser?", index)
    assert answer.status == "not_stated", answer.answer


def test_a_later_inspection_bounded_by_the_2019_one_has_no_grade(index: ClaimIndex) -> None:
    answer = _ask("What grade did the re-inspection following the 2019 judgement give Trafford?", index)
    assert answer.status == "not_stated", answer.answer
    kept = _ask("What grade did children in care get after the 2019 inspection?", index)
    assert kept.answer == "requires improvement to be good"


def test_a_kind_of_deterioration_is_neither_a_grade_nor_a_verb(index: ClaimIndex) -> None:
    """Most of the items that say what kind say "widespread"; "Ofsted downgraded" names no kind."""
    answer = _ask("What sort of deterioration did Ofsted report in Trafford's services?", index)
    assert answer.answer == "widespread deterioration", answer.explanation


def test_a_findings_borrowed_date_does_not_date_a_visit(index: ClaimIndex) -> None:
    """A finding is dated by the report (8 May); its headline's "visit" was in March."""
    answer = _ask("Which month did the Ofsted inspectors visit Trafford in?", index)
    assert answer.answer != "8 May 2019", answer.explanation


def test_one_date_before_another_is_no_holding_throughout(index: ClaimIndex) -> None:
    """An interim holder started before the inspection; that says nothing of a permanent one
    holding the post all the time before it."""
    answer = _ask(
        "Was the chief executive post filled permanently throughout the period before the inspection?", index
    )
    assert answer.answer != "yes", answer.explanation
