"""`ask`: the slot a question asks for, read from its shape: the subject of its verb, a frequency the
record denies, the quality asked by "what was X like", a name asked for by "name".

Checked on Northstead's made-up record (`test_ask.py`) with a few items added here; every question is
worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead, northstead_index, rating
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import DetailFact, Event, FindingFact

EXTRA_FACTS = (
    FindingFact(
        id="finding-family-link-service-schools",
        polarity="strength",
        area="children_in_care",
        text="The family link service works closely with schools to keep children in care in class.",
        citations=cite(401, "The family link service works closely with schools to keep children in class."),
    ),
    FindingFact(
        id="finding-duty-team-supports-carers",
        polarity="strength",
        text="An out-of-hours duty team supports foster carers through the night.",
        citations=cite(402, "Foster carers say an out-of-hours duty team supports them through the night."),
    ),
    FindingFact(
        id="finding-panel-did-not-check-budgets",
        polarity="weakness",
        text="The fostering panel did not check the respite budgets.",
        citations=cite(417, "the fostering panel did not check the respite budgets"),
    ),
    FindingFact(
        id="finding-carers-without-regular-visits",
        polarity="weakness",
        text="Some foster carers are left without regular visits from their link workers.",
        citations=cite(403, "some foster carers are left without regular visits from their link workers"),
    ),
    FindingFact(
        id="finding-no-regular-file-audits",
        polarity="weakness",
        text="Managers carry out no regular audits of case files.",
        citations=cite(404, "managers carry out no regular audits of case files"),
    ),
    FindingFact(
        id="finding-caseloads-manageable",
        polarity="strength",
        text="Caseloads in most teams are manageable.",
        citations=cite(405, "caseloads in most teams are manageable"),
    ),
    FindingFact(
        id="finding-residential-turnover-high",
        polarity="weakness",
        text="Staff turnover in the residential homes is high.",
        citations=cite(406, "staff turnover in the residential homes is high"),
    ),
    FindingFact(
        id="finding-pathway-planning-late",
        polarity="weakness",
        area="care_leavers",
        text="Pathway planning for care leavers is late and does not involve young people.",
        citations=cite(407, "pathway planning is late and does not involve young people"),
    ),
    FindingFact(
        id="finding-managers-believed-fostering-good",
        polarity="weakness",
        text="When the visit began, managers believed the fostering service remained good or outstanding.",
        citations=cite(409, "managers believed the fostering service remained good or outstanding"),
    ),
    DetailFact(
        id="detail-unnamed-mentor",
        text="An unnamed mentor was assigned to the fostering panel.",
        citations=cite(410, "an unnamed mentor was assigned to the fostering panel"),
    ),
    FindingFact(
        id="finding-fostering-declined",
        polarity="weakness",
        event="inspection-2021",
        text="Ofsted found that the fostering service had declined since 2016.",
        citations=cite(411, "Ofsted found that the fostering service had declined since 2016"),
    ),
    DetailFact(
        id="detail-commissioner-sent",
        event="commissioner-announced",
        text="A commissioner was sent to review Northstead's fostering service.",
        citations=cite(412, "a commissioner will be sent to review the fostering service"),
    ),
    rating(2017, "leadership", "outstanding", 414),
    rating(2021, "leadership", "inadequate", 415),
    rating(2017, "children_in_care", "good", 416),
    DetailFact(
        id="detail-recovery-group-formed",
        text="A Children's Recovery Group, chaired by a retired judge, was formed with police leaders.",
        citations=cite(
            408, "a Children's Recovery Group, chaired by a retired judge, was formed with police leaders"
        ),
    ),
)


EXTRA_EVENTS = (
    Event(
        id="commissioner-announced",
        date="2022-02-14",
        kind="intervention",
        status="occurred",
        title="A commissioner for Northstead is announced",
        citations=cite(413, "The Department for Education announced a commissioner for Northstead"),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=EXTRA_EVENTS, facts=EXTRA_FACTS)


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, northstead().conflicts)


# The subject asked for -------------------------------------------------------------------------


def test_what_as_the_subject_of_its_verb_is_answered_by_the_quote_s_subject(index: ClaimIndex) -> None:
    answer = ask("What works with schools to keep children in care in class?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "The family link service"
    assert [e.id for e in answer.evidence] == ["finding-family-link-service-schools"]


def test_the_subject_is_read_after_the_clause_that_opens_before_it(index: ClaimIndex) -> None:
    """ "Foster carers say an out-of-hours duty team supports them": the subject of "supports" is the
    team, not the carers who say so."""
    answer = ask("What supports the foster carers through the night?", index)
    assert answer.answer == "an out-of-hours duty team", answer


def test_what_the_subject_does_is_never_the_answer_to_what_does_it(index: ClaimIndex) -> None:
    answer = ask("What works closely with schools?", index)
    assert answer.answer is None or "class" not in answer.answer, answer


def test_what_stands_before_an_auxiliary_and_the_bare_verb_is_no_subject(index: ClaimIndex) -> None:
    """ "the fostering panel did not check": the panel is said not to check, so "the fostering panel
    did not" is no answer to what checks the budgets."""
    answer = ask("What checks the respite budgets?", index)
    assert answer.answer is None or "not" not in answer.answer.split(), answer


# A frequency the record denies -----------------------------------------------------------------


def test_a_frequency_under_without_is_not_how_often_it_happens(index: ClaimIndex) -> None:
    answer = ask("How often do foster carers get visits from their link workers?", index)
    assert answer.status == "not_stated", answer
    assert answer.answer is None


def test_a_frequency_under_no_is_not_how_often_it_happens(index: ClaimIndex) -> None:
    answer = ask("How often do managers audit case files?", index)
    assert answer.status == "not_stated", answer


# The quality asked by "what was X like" ----------------------------------------------------------


def test_what_x_was_like_is_the_quality_with_the_phrase_that_narrows_x(index: ClaimIndex) -> None:
    answer = ask("What were caseloads like?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "manageable in most teams"


def test_what_a_two_word_subject_was_like(index: ClaimIndex) -> None:
    answer = ask("What is staff turnover like?", index)
    assert answer.answer == "high in the residential homes", answer


# A subject the quote leaves to the part of the service it is filed under ---------------------------


def test_what_was_wrong_reads_a_quote_that_leaves_out_the_group_its_item_is_filed_under(
    index: ClaimIndex,
) -> None:
    """ "pathway planning is late and ...", filed under care leavers, is what was wrong with pathway
    planning for care leavers; the first thing said of it is the answer."""
    answer = ask("What was wrong with pathway planning for care leavers?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "It is late"


# The level something was at ---------------------------------------------------------------------


def test_what_level_something_was_at_is_the_grade_words_of_the_quote(index: ClaimIndex) -> None:
    answer = ask("What level did managers believe the fostering service was at?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "good or outstanding"


def test_what_standard_something_stayed_at_is_read_the_same_way(index: ClaimIndex) -> None:
    answer = ask("What standard did managers think the fostering service had stayed at?", index)
    assert answer.answer == "good or outstanding", answer


# A name asked for by "name" ---------------------------------------------------------------------


def test_the_name_of_a_thing_is_the_capitalised_name_ending_in_its_noun(index: ClaimIndex) -> None:
    answer = ask("What was the name of the group formed with police leaders?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "Children's Recovery Group"


def test_a_word_that_says_a_thing_is_unnamed_is_not_its_name(index: ClaimIndex) -> None:
    answer = ask("What's the name of the mentor assigned to the fostering panel?", index)
    assert answer.answer is None or "unnamed" not in answer.answer, answer


# A body asked for by a word for it ----------------------------------------------------------------


def test_which_inspectorate_is_the_body_the_best_item_names(index: ClaimIndex) -> None:
    answer = ask("Which watchdog reported the fostering service's decline?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "Ofsted"


def test_which_government_department_is_the_body_its_event_names(index: ClaimIndex) -> None:
    """The detail that best matches does not name the department; the event it is filed under does."""
    answer = ask("Which government department sent a commissioner to review fostering?", index)
    assert answer.answer == "Department for Education", answer


# Judgements that went from one grade to another ---------------------------------------------------


def test_the_judgements_that_fell_between_two_grades_are_read_from_the_ratings(index: ClaimIndex) -> None:
    answer = ask("Which two areas dropped from good or outstanding in 2017 to inadequate in 2021?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "overall effectiveness and leadership"
    assert {e.id for e in answer.evidence} >= {"rating-2017-leadership", "rating-2021-leadership"}


def test_one_judgement_that_slipped_a_grade(index: ClaimIndex) -> None:
    answer = ask("Which judgement slipped from good in 2017 to requires improvement in 2021?", index)
    assert answer.answer == "children in care", answer


def test_a_count_the_ratings_do_not_bear_out_is_not_answered(index: ClaimIndex) -> None:
    answer = ask("Which three areas went from good or outstanding in 2017 to inadequate in 2021?", index)
    assert answer.status == "not_stated", answer


# The thing called by a quality ------------------------------------------------------------------


def test_what_was_called_late_about_a_group_is_the_subject_of_the_quote_that_says_it(
    index: ClaimIndex,
) -> None:
    answer = ask("What was late about the support for care leavers?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "pathway planning is late"


def test_what_is_called_high_in_a_place_is_the_thing_before_its_verb(index: ClaimIndex) -> None:
    answer = ask("What is high in the residential homes?", index)
    assert answer.answer == "staff turnover in the residential homes is high", answer
