"""`ask`: rules found on the misses of the fifth and sixth authors' questions (`heldout_d`, `heldout_e`),
each checked on Northstead questions of our own wording.

Each test holds a question the old reader left unanswered, or answered without the bound the question
set, worded unlike any benchmark's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_ask import cite, northstead, northstead_index, rating
from trafford_timeline.claims.answer import Answer, answer_question, source_text_in
from trafford_timeline.claims.check import ClaimIndex, build_index
from trafford_timeline.claims.line_quotes import joined
from trafford_timeline.record.model import (
    Citation,
    Conflict,
    ConflictSide,
    DetailFact,
    Event,
    RoleFact,
    Source,
)
from trafford_timeline.record.store import load_glossary, shipped_data_dir

EXTRA_FACTS = (
    DetailFact(
        id="detail-catch-up-calls",
        text="Weekly catch-up calls with the Lead Member for Children took place to review the backlog.",
        citations=cite(
            90, "Weekly catch-up calls with the Lead Member for Children took place to review the backlog"
        ),
    ),
    RoleFact(
        id="role-monitoring-officer",
        date="2021",
        text="Sam Okafor was Northstead's monitoring officer in 2021.",
        role="monitoring officer",
        person="Sam Okafor",
        organisation="Northstead",
        citations=cite(91, "Sam Okafor, monitoring officer, advised the panel in 2021"),
    ),
    DetailFact(
        id="detail-deputies-stepped-up",
        text="After the restructure two deputies stepped up into caretaker jobs.",
        citations=cite(92, "after the restructure two deputies stepped up into the caretaker jobs"),
    ),
    RoleFact(
        id="role-caretaker-reviewing",
        text="A deputy covers the caretaker job of lead reviewing officer.",
        role="lead reviewing officer (caretaker)",
        person=None,
        organisation="Northstead",
        citations=cite(92, "deputies stepped up into the caretaker jobs of lead reviewing officer"),
    ),
    RoleFact(
        id="role-caretaker-placements",
        text="A deputy covers the caretaker job of head of placements.",
        role="head of placements (caretaker)",
        person=None,
        organisation="Northstead",
        citations=cite(92, "the caretaker jobs of lead reviewing officer and head of placements"),
    ),
    DetailFact(
        id="detail-trust-unable",
        text="If the trust is unable to recruit, the service will be run in-house.",
        citations=cite(93, "If the trust is unable to recruit, the service will be run in-house"),
    ),
    DetailFact(
        id="detail-fostering-forum",
        text="Foster carers, social workers and independent reviewing officers meet at the fostering forum.",
        citations=cite(
            94,
            "the fostering forum, where foster carers, social workers and independent reviewing officers"
            " meet",
        ),
    ),
    rating(2021, "leadership", "inadequate", 96),
    DetailFact(
        id="detail-savings-plan-sent",
        text="The savings plan was sent to the Scrutiny Panel.",
        citations=cite(108, "the savings plan was sent to the Scrutiny Panel for comment"),
    ),
    DetailFact(
        id="detail-auditor-sample",
        text="The external auditor may require a full casework sample.",
        citations=cite(101, "the external auditor may require a full casework sample"),
    ),
    DetailFact(
        id="detail-members-briefing",
        text="Members asked for a briefing on the backlog.",
        citations=cite(102, "members asked for a briefing on the backlog"),
    ),
    DetailFact(
        id="detail-contract-director",
        text="The contract orders the trust to appoint a clinical director.",
        citations=cite(100, "the contract orders the trust to appoint a clinical director"),
    ),
    DetailFact(
        id="detail-service-taken-over",
        text="Westmere County Council took over the respite service.",
        citations=cite(99, "the respite service was taken over by Westmere County Council"),
    ),
    DetailFact(
        id="detail-caseload-figures",
        text="The caseload figures looked low, but they rested on incomplete records and so misled.",
        citations=cite(
            98,
            "The caseload figures looked low, but this was based on incomplete records, "
            "and was therefore misleading.",
        ),
    ),
    DetailFact(
        id="detail-system-impact",
        text="The impact of the new casework system was reviewed.",
        citations=cite(97, "the impact of the new casework system was reviewed"),
    ),
    DetailFact(
        id="detail-audit-group",
        text="The audit group looks at referrals, assessments and plans.",
        citations=cite(95, "the audit group looks at referrals, assessments and plans each month"),
    ),
)


AFTER_VISIT = cite(104, "the new director started soon after the monitoring visit")
EXTRA_EVENTS = (
    Event(
        id="monitoring-visit-2021",
        date="2021-11-16",
        kind="inspection",
        status="occurred",
        title="Ofsted makes a monitoring visit to Northstead",
        citations=(*cite(103, "Ofsted made a monitoring visit on 16 November 2021"), *AFTER_VISIT),
    ),
    Event(
        id="monitoring-visits-to-come",
        date="2022-03/..",
        kind="inspection",
        status="planned",
        title="Ofsted is to make further monitoring visits",
        citations=cite(105, "further monitoring visits will follow from March 2022"),
    ),
    Event(
        id="director-starts-2022",
        date="2022-01",
        kind="leadership",
        status="occurred",
        title="The new director starts",
        citations=(*AFTER_VISIT, *cite(107, "the new director, Kay Moss, spoke to the panel")),
    ),
)
EXTRA_CONFLICTS = (
    Conflict(
        id="director-start",
        topic="When the new director started, after the monitoring visit or in spring",
        sides=(
            ConflictSide(statement="104 says soon after the visit.", citations=AFTER_VISIT),
            ConflictSide(
                statement="106 says in the spring.", citations=cite(106, "the director began in spring")
            ),
        ),
        favours=None,
        assessment="Neither source dates it.",
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=EXTRA_EVENTS, facts=EXTRA_FACTS, conflicts=EXTRA_CONFLICTS)


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, (*northstead().conflicts, *EXTRA_CONFLICTS))


def test_whats_after_a_question_word_is_what_is(index: ClaimIndex) -> None:
    """`What's the deadline...` is `What is the deadline...`: a date, not the words after "deadline"."""
    answer = ask("What's the deadline the warning sets for delivery of the plan?", index)
    assert (answer.status, answer.kind, answer.answer) == ("answered", "date", "January 2022")


def test_a_preposition_left_at_the_end_asks_for_the_name_after_it(index: ClaimIndex) -> None:
    answer = ask("Who were the weekly catch-up calls about the backlog held with?", index)
    assert (answer.status, answer.answer) == ("answered", "the Lead Member for Children")
    assert answer.evidence[0].line == 90


def test_at_the_time_of_only_places_a_post_in_time(index: ClaimIndex) -> None:
    answer = ask("Who was the director of children's services at the time of the inspection?", index)
    assert (answer.status, answer.answer) == ("answered", "Priya Shah")


def test_a_time_clause_with_a_year_still_bounds_who_held_a_post(index: ClaimIndex) -> None:
    """Dropping "when ... in 2012" would answer with whoever holds the post now: a guess."""
    answer = ask("Who was the director of children's services when Ofsted inspected in 2012?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)
    held = ask("Who was the monitoring officer at the time of the 2021 inspection?", index)
    assert (held.status, held.answer) == ("answered", "Sam Okafor")


def test_a_list_split_among_the_quotes_of_one_line_is_read_whole(index: ClaimIndex) -> None:
    """The item that matches quotes only the start of the sentence; the items it overlaps quote the
    rest. The answer is the list, and its quote the verbatim run they make together."""
    answer = ask("Which caretaker jobs did deputies step up into after the restructure?", index)
    assert (answer.status, answer.answer) == (
        "answered",
        "lead reviewing officer and head of placements",
    )
    quote = answer.evidence[0].quote
    assert quote.startswith("after the restructure")
    assert quote.endswith("head of placements")


def test_quotes_of_one_line_that_do_not_overlap_are_not_joined() -> None:
    """A shared word or two is not the same place in the line: joining there could invent a sentence."""
    alone = Citation(source="x.txt", line=1, quote="the board met the police and the council")
    joined_run = joined(alone, ["the council agreed a plan", "met the police and the council every month"])
    assert joined_run.quote == "the board met the police and the council every month"
    assert joined(alone, ["the council agreed a plan"]).quote == alone.quote


def test_what_happens_if_is_a_verb_after_what_not_a_noun_asked_for(index: ClaimIndex) -> None:
    """`What happens if X is...` once read `happens if X` as the noun a `which` question names."""
    answer = ask("What happens if the trust is unable to recruit?", index)
    assert answer.status == "answered"
    assert answer.answer is not None
    assert "run in-house" in answer.answer


def test_what_word_asks_for_the_words_a_speaker_used(index: ClaimIndex) -> None:
    """No name ends in "word": the noun frames a question about what was said, as `call` does."""
    answer = ask("What single word did Tom Reed use for the findings?", index)
    assert (answer.status, answer.answer) == ("answered", "disappointing")
    assert answer.evidence[0].line == 9


def test_who_sits_on_a_body_is_the_people_a_quote_lists_as_its_members(index: ClaimIndex) -> None:
    answer = ask("Who sits on the fostering forum?", index)
    assert (answer.status, answer.answer) == (
        "answered",
        "foster carers, social workers and independent reviewing officers",
    )
    assert answer.evidence[0].line == 94


def test_a_list_of_things_is_not_who_sits_on_a_body(index: ClaimIndex) -> None:
    answer = ask("Who sits on the audit group?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_a_question_put_as_the_grade_noun_asks_for_a_grade(index: ClaimIndex) -> None:
    """`And the rating for X in 2021?` has no verb; it asks for a grade as `what grade did X get` does,
    and two areas the record grades alike that year are one answer."""
    answer = ask("And the rating for children in care and care leavers in 2021?", index)
    assert (answer.status, answer.kind, answer.answer) == (
        "answered",
        "grade",
        "requires improvement to be good",
    )
    assert answer.evidence[0].line in {6, 24}


def test_an_area_named_outright_beside_another_is_not_dropped(index: ClaimIndex) -> None:
    """Help and protection has no 2021 grade on record: the care leavers' grade alone would be a guess."""
    answer = ask("What grade did help and protection and care leavers get in 2021?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_a_grade_asked_for_in_two_years_is_given_for_each(index: ClaimIndex) -> None:
    answer = ask("How was overall effectiveness rated in 2017, and then in 2021?", index)
    assert (answer.status, answer.answer) == ("answered", "good in 2017, inadequate in 2021")
    assert {e.line for e in answer.evidence} == {4, 5}
    missing = ask("How was overall effectiveness rated in 2012 and in 2021?", index)
    assert (missing.status, missing.answer) == ("not_stated", None)


def test_two_areas_are_one_answer_only_where_the_record_grades_them_alike(index: ClaimIndex) -> None:
    alike = ask("What grade did leadership and overall effectiveness get in 2021?", index)
    assert (alike.status, alike.answer) == ("answered", "inadequate")
    assert {e.line for e in alike.evidence} == {5, 96}
    apart = ask("What grade did leadership and care leavers get in 2021?", index)
    assert (apart.status, apart.answer) == ("not_stated", None)


def test_words_of_the_judgement_s_own_long_name_ask_for_that_judgement(index: ClaimIndex) -> None:
    """ILACS calls leadership "the impact of leaders on social work practice": "the impact of leaders"
    names that judgement in part, and is no rating of "impact" the record lacks."""
    answer = ask("How was the impact of its senior leaders graded in 2021?", index)
    assert (answer.status, answer.answer) == ("answered", "inadequate")
    other = ask("How was the impact of the merged teams graded in 2021?", index)
    assert (other.status, other.answer) == ("not_stated", None)


def test_the_clause_before_therefore_is_the_reason_for_what_follows(index: ClaimIndex) -> None:
    answer = ask("Why were the caseload figures misleading?", index)
    assert (answer.status, answer.answer) == ("answered", "this was based on incomplete records")
    assert answer.evidence[0].line == 98


def test_which_reads_a_noun_of_several_words_up_to_its_verb(index: ClaimIndex) -> None:
    """`Which county council took over...` asks which council, not which county."""
    answer = ask("Which county council took over the respite service?", index)
    assert (answer.status, answer.answer) == ("answered", "Westmere County Council")


def test_a_clause_on_where_a_holder_was_quoted_only_says_which_post(index: ClaimIndex) -> None:
    answer = ask("Who is the director of children's services quoted reacting to the report?", index)
    assert (answer.status, answer.answer) == ("answered", "Priya Shah")
    matter = ask("Which team was praised for responding quickly?", index)
    assert matter.status == "not_stated"


def test_a_condition_put_first_is_read_after_the_question(index: ClaimIndex) -> None:
    answer = ask("If the council fails to improve, what will be issued?", index)
    assert (answer.status, answer.answer) == ("answered", "a formal warning")


def test_what_kind_of_person_asks_for_a_kind_not_a_name(index: ClaimIndex) -> None:
    """`What kind of director` names a post-holder's noun, yet asks what kind of director: no `who`,
    and no name needed; "require" says only that it is required, which the quote words as "orders"."""
    answer = ask("What kind of director does the contract require the trust to appoint?", index)
    assert (answer.status, answer.answer) == ("answered", "clinical director")
    assert answer.evidence[0].line == 100


def test_asking_for_a_thing_is_requiring_it_in_other_words(index: ClaimIndex) -> None:
    answer = ask("What sort of sample could the auditor ask for?", index)
    assert (answer.status, answer.answer) == ("answered", "full casework sample")


def test_how_many_grades_is_the_steps_between_two_years_ratings(index: ClaimIndex) -> None:
    answer = ask("By how many grades did overall effectiveness drop between 2017 and 2021?", index)
    assert (answer.status, answer.answer, answer.value) == ("answered", "two", 2)
    assert {e.line for e in answer.evidence} == {4, 5}
    wrong_way = ask("By how many grades did overall effectiveness rise from 2017 to 2021?", index)
    assert (wrong_way.status, wrong_way.answer) == ("not_stated", None)


def test_when_did_it_happen_is_answered_by_the_one_that_did_not_the_one_to_come(index: ClaimIndex) -> None:
    """The planned visits match as well as the one made; the question asks what happened. One quote of
    the visit is also a side of a dispute about something else (a start date), which the visit's own
    dated quote, outside the dispute, does not share."""
    answer = ask("When did the monitoring visit take place?", index)
    assert (answer.status, answer.answer) == ("answered", "16 November 2021")
    assert answer.evidence[0].line == 103


def _story(author: str) -> Source:
    return Source(
        file="009_gazette.txt", title="Northstead hands its respite service to the county",
        description="News story on the respite service moving to Westmere County Council.",
        publisher="Northstead Gazette", author=author, kind="news_report", date="2022-06-03",
        date_basis="stated", date_reason="The page gives the date.", sha256="0" * 64,
    )  # fmt: skip


def test_who_wrote_a_source_is_read_from_its_byline_where_the_record_cites_none(tmp_path: Path) -> None:
    """The record gives the author but cites no line of the source; the source's own byline, a line
    near its top that is the name alone, is the quote. A name printed only inside the story is not."""
    (tmp_path / "sources").mkdir()
    lines = [
        "Respite service moves to the county",
        "",
        "By Lena Frost",
        "3 June 2022",
        "",
        "Ruth Ames said so.",
    ]
    text = "\n".join(lines) + "\n"
    (tmp_path / "sources" / "009_gazette.txt").write_text(text, encoding="utf-8")
    index = build_index(northstead(), load_glossary(shipped_data_dir()))
    question = "Who wrote the Gazette story on the respite service moving to the county?"
    answer = answer_question(question, index, (), (_story("Lena Frost"),), source_text_in(tmp_path))
    assert (answer.status, answer.answer) == ("answered", "Lena Frost")
    assert (answer.evidence[0].source, answer.evidence[0].line, answer.evidence[0].quote) == (
        "009_gazette.txt",
        3,
        "By Lena Frost",
    )
    mentioned = answer_question(question, index, (), (_story("Ruth Ames"),), source_text_in(tmp_path))
    assert (mentioned.status, mentioned.answer) == ("not_stated", None)


def test_a_quote_outside_a_dispute_that_does_not_state_the_answer_leaves_it_disputed(
    index: ClaimIndex,
) -> None:
    """The start date rests on one side of the dispute; the item's other quote names the director but
    no date, so it does not settle when she started."""
    answer = ask("When did the new director start?", index)
    assert (answer.status, answer.answer) == ("disputed", None)


def test_which_noun_with_a_preposition_left_at_the_end_asks_for_the_name_after_it(
    index: ClaimIndex,
) -> None:
    answer = ask("Which panel was the savings plan sent to?", index)
    assert (answer.status, answer.answer) == ("answered", "the Scrutiny Panel")
