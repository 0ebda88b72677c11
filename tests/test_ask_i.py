"""`ask`: mechanisms behind the wrong answers of the eighth question set, each checked on Northstead
questions of our own wording: a length of time asked without its unit, a year bound naming a later
graded event, a yes/no question opening with a `when` clause, a list opened by the name of its kind,
a cause cut off mid-sentence or said of something else, and a dispute that names nobody.

Each test holds a question the old reader answered wrongly (or called disputed), worded unlike any
benchmark's.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead, northstead_index
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.claims.question import read_question
from trafford_timeline.record.model import (
    CommitmentFact,
    Conflict,
    ConflictSide,
    DetailFact,
    Event,
    Fact,
    RoleFact,
    StatementFact,
)
from trafford_timeline.record.store import load_glossary, shipped_data_dir

MENTOR_PICKED = cite(150, "the peer mentor has already been picked, a Westmere officer told the panel")
MENTOR_NOT_PICKED = cite(151, "the search for the peer mentor is still going on")
EXTRA_FACTS: tuple[Fact, ...] = (
    DetailFact(
        id="detail-caretakers-promoted",
        text="Two caretakers were promoted to the acting posts of site manager and estates lead.",
        citations=cite(
            152, "two caretakers were promoted to take on the interim roles of site manager and estates lead"
        ),
    ),
    DetailFact(
        id="detail-closure-reason",
        text="A main reason for the hostel's closure was rising damp and a lack of fire exits.",
        citations=(
            *cite(153, "A main reason for the closure of the hostel was rising damp in the walls"),
            *cite(153, "a lack of fire exits, the trust said"),
        ),
    ),
    DetailFact(
        id="detail-northstead-decline-reason",
        text="Standards at the council slipped because of a shortage of night staff.",
        citations=cite(154, "standards at the council slipped because of a shortage of night staff"),
    ),
    DetailFact(
        id="detail-peer-mentor-post-ends",
        text="The peer mentor's post ends when the board no longer needs it.",
        citations=cite(
            157, "the peer mentor will advise until the board decides the post is no longer needed"
        ),
    ),
    DetailFact(
        id="detail-young-carers-alone",
        text="Inspectors found young carers coping alone with caring duties for months.",
        citations=cite(158, "inspectors found young carers coping alone with caring duties for months"),
    ),
    DetailFact(
        id="detail-trust-recommends-records",
        text="The trust recommended that Northstead improve its record keeping.",
        citations=cite(159, "the trust recommended that Northstead improve its record keeping across teams"),
    ),
    DetailFact(
        id="detail-trust-recommends-supervision",
        text="The trust recommended that supervision of new staff in Northstead improve.",
        citations=cite(160, "the trust recommended that supervision of new staff in Northstead improve"),
    ),
    StatementFact(
        id="statement-moss-turn-round",
        text="Kay Moss said the service would be turned round within the year.",
        speaker="Kay Moss",
        citations=cite(161, "“We will turn this service round – within the year,” Ms Moss told the board"),
    ),
    CommitmentFact(
        id="commitment-reed-audits-in-full",
        text="Tom Reed said the trust would print every casework audit in full.",
        by="Tom Reed",
        citations=cite(162, "We will print every casework audit in full, so families can read them"),
    ),
    DetailFact(
        id="detail-scrutiny-group-chair",
        text="A scrutiny group chaired by an external chair was set up.",
        citations=cite(163, "a scrutiny group, chaired by an external chair, was set up in the spring"),
    ),
    DetailFact(
        id="detail-four-visits",
        text="Four visits would take place before a final review.",
        citations=cite(164, "Four visits would take place before a final review"),
    ),
    RoleFact(
        id="role-westmere-peer-mentor",
        text="Westmere County Council will provide a peer mentor.",
        role="peer mentor",
        person=None,
        organisation="Westmere County Council",
        citations=cite(
            155, "Westmere will provide a peer mentor to the fostering service following the review"
        ),
    ),
)
WARDEN = Event(
    id="interim-warden-2020",
    date="2020-05",
    kind="appointment",
    status="occurred",
    title="A temporary warden starts at the hostel",
    citations=cite(156, "a temporary warden has run the hostel since May 2020"),
)
MENTOR_DISPUTE = Conflict(
    id="peer-mentor-picked-or-not",
    topic="Whether Westmere's peer mentor has been picked",
    sides=(
        ConflictSide(statement="150 says the mentor has been picked.", citations=MENTOR_PICKED),
        ConflictSide(statement="151 says the search goes on.", citations=MENTOR_NOT_PICKED),
    ),
    favours=None,
    assessment="Neither source is the better witness.",
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=(WARDEN,), facts=EXTRA_FACTS, conflicts=(MENTOR_DISPUTE,))


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, (*northstead().conflicts, MENTOR_DISPUTE))


def test_how_long_without_a_unit_gets_one(index: ClaimIndex) -> None:
    """ "five" answers "how many days"; "how long" did not name its unit, so the answer does."""
    answer = ask("How long were the inspectors in Northstead in June 2021?", index)
    assert (answer.answer or "").startswith("five days ("), answer
    assert (ask("How many days did the June 2021 inspection last?", index).answer or "").startswith("five (")


def test_a_grade_naming_the_later_event_does_not_date_the_earlier_one(index: ClaimIndex) -> None:
    """ "before the 2021 inadequate rating" bounds the year asked for; the grade names the bound."""
    answer = ask("Which year did Ofsted last inspect Northstead before the 2021 inadequate rating?", index)
    assert "2021" not in (answer.answer or "")
    assert (answer.status, answer.answer) == ("answered", "November 2016")


def test_a_yes_no_question_may_open_with_a_when_clause() -> None:
    """ "When X happened, was Y...?" asks whether Y, not when: the clause only places it in time."""
    glossary = load_glossary(shipped_data_dir())
    question = read_question("When the inspectors came, were foster carers being visited often?", glossary)
    assert question.form == "yes_no"
    assert read_question("When the report came out, who led the council?", glossary).form == "who"


def test_a_list_opened_by_the_name_of_its_kind_gives_only_the_items(index: ClaimIndex) -> None:
    answer = ask("Into which acting posts were the two caretakers promoted?", index)
    assert (answer.status, answer.answer) == ("answered", "site manager and estates lead")


def test_a_cause_the_record_quotes_in_two_pieces_is_not_given_by_half(index: ClaimIndex) -> None:
    """The first piece ends where the second goes on: "rising damp" alone is half the reason, a wrong one."""
    answer = ask("What was a main reason for the closure of the hostel?", index)
    assert answer.answer != "rising damp in the walls"
    assert answer.status == "not_stated"


def test_a_cause_of_something_else_in_the_same_place_is_no_reason(index: ClaimIndex) -> None:
    """The effect shares only "the council" with the question (what slipped is standards, not the grade):
    the quote gives the cause of another thing."""
    answer = ask("Why was the council downgraded?", index)
    assert answer.answer != "a shortage of night staff"
    assert answer.status == "not_stated"


def test_a_dispute_that_names_nobody_does_not_answer_who(index: ClaimIndex) -> None:
    """Whether the mentor was picked is disputed; who it is, neither side says: not stated."""
    answer = ask("Who was picked as Westmere's peer mentor?", index)
    assert answer.status == "not_stated"
    assert answer.answer is None


def test_declining_to_comment_further_is_never_commenting() -> None:
    """ "declined to further comment" is a refusal; a question whether someone commented is no "yes"."""
    glossary = load_glossary(shipped_data_dir())
    from trafford_timeline.claims.reading import read_text

    for said in ("the trust declined to further comment", "the trust declined further comment"):
        assert "concept:decline-comment" in read_text(said, glossary).terms, said


def test_filling_a_post_is_a_light_verb(index: ClaimIndex) -> None:
    """A post "filled" on a temporary basis is one someone holds: the item that dates the temporary
    holder's start answers, though its quote never says "filled"."""
    answer = ask("Since when has the hostel warden's post been filled temporarily?", index)
    assert (answer.status, answer.answer) == ("answered", "May 2020")


def test_in_post_asks_whether_someone_was_appointed_not_if_a_post_is_named(index: ClaimIndex) -> None:
    """ "in post" says someone holds the post: a quote that only mentions the post ("the post is no
    longer needed") is no "yes"; the record says only that the mentor will be provided."""
    answer = ask("Is the peer mentor in post yet?", index)
    assert answer.answer != "yes"


def test_a_body_whose_name_ends_in_ed_is_no_passive() -> None:
    """ "What did Ofsted say" has no form of "be": Ofsted acts; "What was decided" is a passive."""
    glossary = load_glossary(shipped_data_dir())
    assert read_question("What did Ofsted say about the fostering team?", glossary).form == "what"
    assert read_question("What was decided at the meeting?", glossary).form == "which"


def test_what_was_found_about_something_is_not_the_tail_after_its_words(index: ClaimIndex) -> None:
    """What a quote says of young carers runs between the question's words ("coping alone with"):
    the words after them ("for months") are only its tail, no answer."""
    answer = ask("What did inspectors find about young carers with caring duties?", index)
    assert answer.answer != "for months"
    assert answer.status == "not_stated"


def test_one_of_several_equal_recommendations_is_not_what_was_recommended(index: ClaimIndex) -> None:
    """Two recommendations match the question equally; the words after it in one are not the answer."""
    answer = ask("What did the trust recommend Northstead improve?", index)
    assert answer.status == "not_stated"
    assert "record keeping" not in (answer.answer or "")


def test_the_speaker_of_words_a_question_quotes_is_whoever_the_record_has_say_them(index: ClaimIndex) -> None:
    """ "vowed" is how the words were said, which the statement need not say; the quoted words, found
    in the quote whatever its dashes and quotation marks, say whose they are."""
    answer = ask("Who vowed 'we will turn this service round within the year'?", index)
    assert (answer.status, answer.answer) == ("answered", "Kay Moss")
    assert answer.evidence[0].line == 161


def test_a_grade_following_an_inspection_is_that_inspections_grade(index: ClaimIndex) -> None:
    """ "Following the 2021 inspection" says which inspection graded it, not what was graded."""
    answer = ask("Following the 2021 inspection, how were care leavers rated?", index)
    assert (answer.status, answer.answer) == ("answered", "requires improvement to be good")


def test_who_said_a_commitment_is_the_one_the_record_has_say_it(index: ClaimIndex) -> None:
    """The record holds the pledge as a commitment "Tom Reed said": who said it is Tom Reed."""
    answer = ask("Who said every casework audit would be printed in full?", index)
    assert (answer.status, answer.answer) == ("answered", "Tom Reed")
    assert answer.evidence[0].line == 162


def test_what_kind_of_person_leads_a_body_is_how_the_quote_names_its_chair(index: ClaimIndex) -> None:
    """ "chaired by an external chair" names no one, so "who chairs it?" stays unanswered elsewhere;
    what kind of person chairs it is that phrase."""
    answer = ask("What kind of person chairs the scrutiny group?", index)
    assert (answer.status, answer.answer) == ("answered", "an external chair")
    assert answer.evidence[0].line == 163
    assert ask("Who chairs the scrutiny group?", index).answer != "an external chair"


def test_what_the_committee_heard_is_what_it_was_told(index: ClaimIndex) -> None:
    """The committee is who was told; the minutes that record what it heard never say "committee"."""
    answer = ask("How many visits did the committee hear would take place before a final review?", index)
    assert (answer.status, answer.answer) == ("answered", "four")


def test_a_body_named_before_a_post_only_says_whose_post_it_is() -> None:
    """ "the government adviser" is the adviser the DfE appoints: the item that names the adviser need
    not name the DfE. "The inspectors turn up" is still Ofsted acting."""
    from trafford_timeline.claims.question import light_terms

    glossary = load_glossary(shipped_data_dir())
    asked = read_question("Who will say when the government adviser can stop?", glossary)
    assert "concept:dfe" in light_terms(asked, glossary)
    acting = read_question("When did the inspectors turn up?", glossary)
    assert "concept:ofsted" not in light_terms(acting, glossary)


def test_the_publication_date_of_a_named_writer_s_piece_is_a_when_question(index: ClaimIndex) -> None:
    """ "What is the publication date of X's article" asks when it was published, as "when did ... run"
    does: the source's own date."""
    from test_ask_g import GAZETTE

    question = "What is the publication date of Lena Frost's Gazette story on the respite service?"
    answer = answer_question(question, index, (), (GAZETTE,))
    assert (answer.status, answer.answer, answer.value) == ("answered", "3 June 2022", "2022-06-03")


def test_to_grow_is_to_increase_in_every_tense() -> None:
    """ "grew" and "growth" were read as a rise, "grow" was a word the record never uses, so "did the
    team grow?" went unanswered where the record says it stayed the same."""
    from trafford_timeline.claims.reading import read_text

    glossary = load_glossary(shipped_data_dir())
    grew = set(read_text("the fostering team grew", glossary).terms)
    for said in ("the fostering team will grow", "the fostering team is growing"):
        assert set(read_text(said, glossary).terms) == grew, said
