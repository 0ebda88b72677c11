"""`ask`: how a question's slot is read, each rule checked on questions worded unlike any benchmark's.

The record is Northstead's, made up in `test_ask.py`, with a few items added here for one rule each.
"""

from __future__ import annotations

import pytest

from test_ask import SOURCE, _news, cite, northstead, rating
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex, build_index
from trafford_timeline.claims.question import question_form, read_question
from trafford_timeline.record.model import CommitmentFact, DetailFact, Event, FindingFact, Record, RoleFact
from trafford_timeline.record.store import load_glossary, shipped_data_dir

EXTRA_EVENTS = (
    Event(
        id="fostering-review-meeting",
        date="2022-05",
        kind="meeting",
        status="planned",
        title="The fostering review group's May meeting considers the recruitment report",
        citations=cite(
            40, "the recruitment report will go to the fostering review group's meeting in May 2022"
        ),
    ),
    Event(
        id="fostering-report-2022",
        date="2022-02-14",
        kind="publication",
        status="occurred",
        title="Northstead publishes its fostering report on foster carers and adopters",
        citations=cite(45, "Northstead published its fostering report on 14 February 2022"),
    ),
    Event(
        id="scrutiny-meeting-2022",
        date="2022-03/2022-04",
        kind="meeting",
        status="occurred",
        title="The scrutiny panel meets in the spring",
        citations=cite(46, "the scrutiny panel met in the spring"),
    ),
    Event(
        id="adoption-head-panel-2022",
        date="2022-06",
        kind="leadership",
        status="planned",
        title="A panel with foster carers on it chooses the new head of adoption",
        citations=cite(
            48,
            "foster carers were going to be involved in the panel to choose the head of adoption",
        ),
    ),
    Event(
        id="interim-fostering-director-2020",
        date="2020-04/..",
        kind="leadership",
        status="occurred",
        title="An interim director of fostering takes up the post",
        citations=cite(55, "an interim director of fostering has been in post since April 2020"),
    ),
    Event(
        id="dcs-presents-audits-2022",
        date="2022-01-20",
        kind="meeting",
        status="occurred",
        title="Director of children's services Priya Shah presents the audits to councillors",
        citations=cite(59, "director of children's services Priya Shah presented the audits to councillors"),
    ),
)
EXTRA_FACTS = (
    DetailFact(
        id="detail-downgraded",
        date="2021-08",
        text="Ofsted downgraded Northstead from good to inadequate in August 2021.",
        citations=cite(60, "Ofsted downgraded Northstead from good to inadequate in August 2021"),
    ),
    DetailFact(
        id="detail-carers-to-be-approved",
        event="fostering-review-meeting",
        text="Four new foster carers will be approved at the fostering review group's meeting.",
        citations=cite(58, "four new foster carers will be approved at the fostering review group's meeting"),
    ),
    rating(2017, "care_leavers", "outstanding", 57),
    DetailFact(
        id="detail-new-arrangements",
        text="New arrangements for respite care were agreed.",
        citations=cite(56, "new arrangements for respite care were agreed"),
    ),
    RoleFact(
        id="role-deputy-leader",
        text="Kim Lowe is the deputy leader of Northstead Council.",
        role="deputy leader",
        person="Kim Lowe",
        organisation="Northstead",
        citations=cite(54, "Kim Lowe, the deputy leader, leads Northstead Council in the leader's absence"),
    ),
    DetailFact(
        id="detail-meetings-with-head",
        text="Meetings with the Head of Early Help took place to review the casework audits.",
        citations=cite(52, "Meetings with the Head of Early Help took place to review the casework audits"),
    ),
    DetailFact(
        id="detail-findings-sent",
        text="The audit findings were sent to the Improvement Panel.",
        citations=cite(53, "the casework audit findings were sent to the Improvement Panel"),
    ),
    DetailFact(
        id="detail-advice-from-eastfield",
        text="Northstead could receive advice from a council rated outstanding, such as Eastfield.",
        citations=cite(
            50,
            "Northstead could get advice from a council rated outstanding, such as Eastfield Borough Council",
        ),
    ),
    DetailFact(
        id="detail-potential-merger",
        text="A potential merger of the two fostering teams was discussed.",
        citations=cite(51, "a potential merger of the two fostering teams was discussed"),
    ),
    FindingFact(
        id="finding-caseloads-low",
        polarity="strength",
        area="leadership",
        text="Social workers in Northstead have low caseloads.",
        citations=cite(49, "social workers have low caseloads"),
    ),
    DetailFact(
        id="detail-scrutiny-heard-report",
        event="scrutiny-meeting-2022",
        text="The scrutiny panel heard about the fostering report, published in February.",
        citations=cite(47, "members heard about the fostering report, published in February"),
    ),
    RoleFact(
        id="role-regional-commissioner",
        text="Sam Hill is the regional commissioner.",
        role="regional commissioner",
        person="Sam Hill",
        organisation="Department for Education",
        citations=cite(41, "the warning was sent on behalf of regional commissioner Sam Hill"),
    ),
    DetailFact(
        id="detail-warning-sent",
        text="A warning was sent to Northstead after inspectors found weak oversight.",
        citations=cite(42, "a warning was sent to Northstead Borough after inspectors found weak oversight"),
    ),
    CommitmentFact(
        id="commitment-audit-briefings",
        by="Northstead",
        text="Regular briefings on the casework audits would be given at the sessions of the Scrutiny Panel.",
        citations=cite(
            43,
            "Regular briefings on the casework audits would be given at the sessions of the Scrutiny Panel",
        ),
    ),
    CommitmentFact(
        id="commitment-foster-carer-feedback",
        by="Northstead",
        text="Foster carers will be asked for feedback at every home visit.",
        citations=cite(44, "foster carers will be asked for feedback at every home visit"),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    base = northstead()
    record = Record(sources=(), events=(*base.events, *EXTRA_EVENTS), facts=(*base.facts, *EXTRA_FACTS))
    return build_index(record, load_glossary(shipped_data_dir()))


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index)


# Who, after a preposition ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    ["on whose behalf was the warning sent", "to whom was the plan sent", "with whom did the council meet"],
)
def test_a_preposition_before_who_still_asks_for_a_person(question: str) -> None:
    assert question_form(question)[0] == "who"


def test_on_whose_behalf_is_answered_by_a_person_never_by_the_words_after_the_question_s(
    index: ClaimIndex,
) -> None:
    answer = ask("On whose behalf was the warning to Northstead sent?", index)
    assert (answer.status, answer.kind) == ("answered", "person")
    assert answer.answer is not None
    assert answer.answer.endswith("Sam Hill")  # "on behalf of regional commissioner Sam Hill"
    assert answer.evidence[0].line == 41
    assert answer.evidence[0].source == SOURCE


# How often: the occasion it recurs at ---------------------------------------------------------


def test_how_often_prefers_the_occasion_named_beside_regular_to_regularly(index: ClaimIndex) -> None:
    answer = ask("How often was the Scrutiny Panel to be briefed on the casework audits?", index)
    assert (answer.status, answer.answer, answer.kind) == (
        "answered",
        "at each session of the Scrutiny Panel",
        "frequency",
    )
    assert answer.evidence[0].line == 43


def test_how_often_reads_at_every_occasion_without_regular(index: ClaimIndex) -> None:
    answer = ask("How often will foster carers be asked for feedback?", index)
    assert (answer.status, answer.answer) == ("answered", "at each home visit")


# When: what happened is not what was planned --------------------------------------------------


def test_when_did_it_happen_is_not_answered_by_the_date_it_was_planned_for(index: ClaimIndex) -> None:
    happened = ask(
        "On what date did the fostering review group meeting that considered the report take place?", index
    )
    assert (happened.status, happened.answer, happened.value) == ("not_stated", None, None)
    assert "was to happen" in happened.explanation
    # asked as a plan, the planned month is the answer
    planned = ask("When will the fostering review group meeting consider the recruitment report?", index)
    assert (planned.status, planned.answer) == ("answered", "May 2022")
    due = ask("In which month was the fostering review group due to consider the recruitment report?", index)
    assert (due.status, due.answer) == ("answered", "May 2022")


def test_a_fact_dated_only_by_the_meeting_it_comes_from_does_not_rival_an_event_s_own_date(
    index: ClaimIndex,
) -> None:
    # the meeting heard about the report: its date is the meeting's, not the report's
    answer = ask("When was the fostering report published?", index)
    assert (answer.status, answer.answer, answer.value) == ("answered", "14 February 2022", "2022-02-14")
    assert answer.evidence[0].id == "fostering-report-2022"


# Yes or no: the statement keeps the question's tense --------------------------------------------


def test_did_they_find_reads_as_they_found_not_as_a_noun(index: ClaimIndex) -> None:
    question = read_question("Did inspectors find high caseloads among social workers?", index.glossary)
    assert question.declarative == "inspectors found high caseloads among social workers"
    assert "concept:report" not in question.content.terms  # "find" is no report's findings here
    answer = ask("Did inspectors find high caseloads among Northstead's social workers?", index)
    assert (answer.status, answer.answer, answer.kind) == ("answered", "no", "yes_no")
    assert answer.evidence[0].id == "finding-caseloads-low"


def test_were_they_to_asks_about_a_plan_and_a_planned_item_answers_it(index: ClaimIndex) -> None:
    answer = ask("Were foster carers to be involved in choosing the new head of adoption?", index)
    assert (answer.status, answer.answer) == ("answered", "yes")
    assert answer.evidence[0].id == "adoption-head-panel-2022"


def test_a_hedge_on_the_thing_asked_about_is_not_a_word_the_item_must_use(index: ClaimIndex) -> None:
    # "potential" says how sure the record is, not which council; the quote hedges with "could"
    answer = ask("Which council was named as a potential source of advice for Northstead?", index)
    assert (answer.status, answer.answer) == ("answered", "Eastfield Borough Council")
    assert answer.evidence[0].id == "detail-advice-from-eastfield"


def test_a_name_is_read_to_its_end_not_to_its_first_word_of_the_kind_asked_for(index: ClaimIndex) -> None:
    # "Borough" is a kind of council too, but the name goes on to "Council"
    answer = ask("Which council could Northstead get advice from?", index)
    assert (answer.status, answer.answer) == ("answered", "Eastfield Borough Council")


def test_with_which_reads_the_name_after_the_same_preposition_in_the_quote(index: ClaimIndex) -> None:
    assert question_form("with which officer were meetings on the audits held") == ("which", "officer")
    answer = ask("With which officer were meetings on the casework audits held?", index)
    assert (answer.status, answer.answer) == ("answered", "the Head of Early Help")
    assert answer.evidence[0].id == "detail-meetings-with-head"
    to = ask("To whom were the casework audit findings sent?", index)
    assert (to.status, to.answer) == ("answered", "the Improvement Panel")


# Every kind of question has an unanswerable form ----------------------------------------------


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How often does the adoption panel meet?", "frequency"),
        ("Which software does Northstead use for payroll?", "text"),
        ("Which areas will the audit of adoption cover?", "text"),
        ("Who said the adoption service was excellent?", "person"),
        ("How many foster carers left in 2021?", "quantity"),
        ("On what date did the Improvement Panel first meet?", "date"),
        ("Did the Improvement Panel praise the audits?", "yes_no"),
    ],
)
def test_each_kind_of_question_the_record_cannot_answer_is_not_stated(
    index: ClaimIndex, question: str, kind: str
) -> None:
    answer = ask(question, index)
    assert (answer.status, answer.answer, answer.value, answer.kind) == ("not_stated", None, None, kind)


def test_a_list_is_read_only_from_an_item_that_names_what_has_the_list(index: ClaimIndex) -> None:
    # the review covers four areas; the question asks what the audit covers
    answer = ask("Which areas will the audit of fostering cover?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)
    assert (
        ask("Which areas will the review cover?", index).answer
        == "safeguarding, adoption, fostering and early help"
    )


def test_did_it_happen_is_not_answered_yes_by_an_item_held_only_as_planned(index: ClaimIndex) -> None:
    happened = ask("Did the fostering review group meet in May 2022?", index)
    assert (happened.status, happened.answer) == ("not_stated", None)
    assert "was to happen" in happened.explanation
    # asked as a plan, the planned item answers
    planned = ask("Was the fostering review group to meet in May 2022?", index)
    assert (planned.status, planned.answer) == ("answered", "yes")


def test_a_deputy_is_not_the_post_the_question_names(index: ClaimIndex) -> None:
    leader = ask("Who leads Northstead Council?", index)
    assert leader.answer != "Kim Lowe"
    deputy = ask("Who is the deputy leader of Northstead Council?", index)
    assert (deputy.status, deputy.answer) == ("answered", "Kim Lowe")


def test_when_something_ended_is_never_answered_by_the_date_of_the_thing(index: ClaimIndex) -> None:
    # the record dates the inspection but never says when anything about it finished
    answer = ask("When did inspectors finish inspecting Northstead's children's services in 2021?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)
    assert "finish" in answer.explanation


def test_when_something_began_is_answered_by_the_start_of_an_open_span(index: ClaimIndex) -> None:
    answer = ask("When will the quarterly audits of casework begin?", index)
    assert (answer.status, answer.answer, answer.value) == ("answered", "September 2021", "2021-09")
    # asked when they take place, the start alone is no answer
    assert ask("When will the quarterly audits of casework take place?", index).status == "not_stated"


def test_an_arrangement_is_the_thing_arranged_not_a_word_an_item_must_use(index: ClaimIndex) -> None:
    answer = ask("When did the interim director of fostering arrangement begin?", index)
    assert (answer.status, answer.answer) == ("answered", "April 2020")
    assert answer.evidence[0].id == "interim-fostering-director-2020"


def test_an_area_named_outright_is_not_another_area_s_long_name(index: ClaimIndex) -> None:
    # "experiences and progress of ... care" is close to SIF's name for care leavers, but the
    # question says children in care, which the record does not grade for 2017
    answer = ask("What grade did the experiences and progress of children in care get in 2017?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)
    leavers = ask("What grade did the experiences and progress of care leavers get in 2017?", index)
    assert (leavers.status, leavers.answer) == ("answered", "outstanding")


def test_who_described_it_as_something_needs_a_statement_that_says_that(index: ClaimIndex) -> None:
    # "shocking" is a headline's word, read as style in a claim; here it is what was said
    answer = ask("Who described the findings as shocking?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)
    said = ask("Who described the findings as disappointing?", index)
    assert (said.status, said.answer) == ("answered", "Tom Reed")


def test_did_someone_call_it_something_needs_a_quote_that_says_that(index: ClaimIndex) -> None:
    answer = ask("Did Tom Reed call the findings shocking?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)
    said = ask("Did Tom Reed call the findings disappointing?", index)
    assert (said.status, said.answer) == ("answered", "yes")


def test_how_many_happened_is_not_counted_by_what_was_to_happen(index: ClaimIndex) -> None:
    happened = ask("How many foster carers were approved at the fostering review group's meeting?", index)
    assert (happened.status, happened.answer) == ("not_stated", None)
    planned = ask("How many foster carers will be approved at the fostering review group's meeting?", index)
    assert (planned.status, planned.answer) == ("answered", "four")


def test_what_post_does_someone_hold_gives_the_roles_the_record_gives_them(index: ClaimIndex) -> None:
    answer = ask("What post does Priya Shah hold?", index)
    assert (answer.status, answer.answer) == ("answered", "director of children's services")
    assert answer.evidence[0].id == "role-dcs"
    # a body is no person with a post
    assert ask("What post does Northstead hold?", index).answer is None


def test_when_did_someone_become_asks_when_they_started_not_when_they_were_named(index: ClaimIndex) -> None:
    # the record names her as director at a meeting in 2022, but never says when she started
    answer = ask("When did Priya Shah become director of children's services?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_a_clause_that_places_the_question_in_time_is_not_what_it_asks(index: ClaimIndex) -> None:
    # "when the story was published" dates the question; it does not ask who published the story
    story = _news(SOURCE, "Kim Ode", "By Kim Ode, Friday 3 June 2022")
    question = (
        "Who was director of children's services when the story on Northstead merging "
        "its social work teams was published?"
    )
    answer = answer_question(question, index, (), (story,))
    assert (answer.status, answer.answer) == ("answered", "Priya Shah")


def test_when_was_it_rated_so_is_the_rating_s_year_not_an_item_quoting_the_grade(index: ClaimIndex) -> None:
    # "downgraded from good" in 2021 says when it stopped being good
    answer = ask("When did Ofsted previously rate Northstead good?", index)
    assert (answer.status, answer.answer) == ("answered", "2017")
    assert answer.evidence[0].id == "rating-2017-overall"


def test_a_question_offering_two_answers_is_not_answered_yes_or_no(index: ClaimIndex) -> None:
    answer = ask("Was Northstead's rating in 2021 good or inadequate?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)
    assert ask("Was Northstead rated inadequate overall in 2021?", index).answer == "yes"


def test_which_is_the_noun_asks_which_one_not_for_the_words_after_the_question(index: ClaimIndex) -> None:
    assert question_form("which was the first council to use the system") == ("which", "council")
    answer = ask("Which is the panel that will pick a new head of fostering?", index)
    assert answer.answer != "convene in March 2022"
    assert answer.kind == "text"


def test_to_what_extent_asks_for_no_name(index: ClaimIndex) -> None:
    # "sent to the Improvement Panel" follows the same preposition, but an extent is no body
    answer = ask("To what extent were the casework audit findings sent on?", index)
    assert answer.answer != "the Improvement Panel"


def test_last_picks_among_dated_items_and_is_no_word_an_item_must_use(index: ClaimIndex) -> None:
    # "Ofsted last inspected ... in November 2016" is an old source's "last", not the latest inspection
    answer = ask("When was Northstead last inspected?", index)
    assert answer.answer != "November 2016"
