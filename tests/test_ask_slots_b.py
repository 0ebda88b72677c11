"""`ask`: who, which and how many, where the right item holds the answer but the slot reader missed it.

Each rule is checked on questions worded unlike any benchmark's, against Northstead (the made-up
council of `test_ask.py`) with a few items added here, one or two for each rule.
"""

from __future__ import annotations

import pytest

from test_ask import SOURCE, cite, northstead_index
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.record.model import CommitmentFact, DetailFact, Event, RoleFact

EVENTS = (
    Event(
        id="scrutiny-hears-fostering-lead",
        date="2021-10",
        kind="meeting",
        status="occurred",
        title="The scrutiny panel hears the Fostering Lead on the inspection's recommendations",
        citations=cite(80, "the Fostering Lead spoke to the scrutiny panel about the recommendations"),
    ),
    Event(
        id="services-respond-2021",
        date="2021-08-02/2021-08-20",
        kind="statement",
        status="occurred",
        title="Northstead's children's services answer the report in August 2021",
        citations=cite(82, "Northstead's children's services answered the report between 2 and 20 August"),
    ),
    Event(
        id="lead-member-responds-2021",
        date="2021-08",
        kind="statement",
        status="occurred",
        title="The lead member for children answers the inspection report",
        citations=cite(70, "lead member for children Mia Ford answered the report in August 2021"),
    ),
)
FACTS = (
    RoleFact(
        id="role-lead-member-mia-ford",
        event="lead-member-responds-2021",
        text="Mia Ford is Northstead's lead member for children.",
        role="lead member for children",
        person="Mia Ford",
        organisation="Northstead",
        citations=cite(71, "Mia Ford, the lead member for children, said the council accepted the findings"),
    ),
    DetailFact(
        id="detail-funding-until-minister-decides",
        text="Extra funding for fostering will continue until Schools Minister Ravi Patel decides it is no "
        "longer needed.",
        citations=cite(
            72,
            "extra funding for fostering will continue until Schools Minister Ravi Patel decides it is no "
            "longer needed",
        ),
    ),
    DetailFact(
        id="detail-audit-of-casework",
        text="The panel may request an independent audit of casework, to be undertaken by Westmere "
        "Council or another body approved by the regional commissioner.",
        citations=cite(
            73,
            "the panel may request an independent audit of casework to be undertaken by Westmere "
            "Council or another body approved by the regional commissioner",
        ),
    ),
    DetailFact(
        id="detail-caseload-targets",
        text="It was explained that the regulator does not set caseload targets; Northstead sets its own.",
        citations=(
            *cite(74, "It was explained that the regulator did not set caseload targets"),
            *cite(74, "the council would set its caseload targets"),
        ),
    ),
    DetailFact(
        id="detail-dfe-orders-review",
        text="The Department for Education ordered a review of Northstead's adoption service, as part "
        "of a recovery order served on Northstead.",
        citations=(
            *cite(75, "the Department for Education has ordered a review of the adoption service"),
            *cite(76, "as part of a recovery order served on Northstead Borough"),
        ),
    ),
    RoleFact(
        id="role-education-secretary-lena-marsh",
        text="Lena Marsh is the Education Secretary.",
        role="Education Secretary",
        person="Lena Marsh",
        organisation="Department for Education",
        citations=cite(77, "the funding letter was signed on behalf of education secretary Lena Marsh"),
    ),
    DetailFact(
        id="detail-parents-on-director-panel",
        text="Parents of children in care were to be involved in the panel to appoint the new Northstead "
        "Fostering Director.",
        citations=cite(
            79,
            "parents of children in care were going to be involved in the panel to appoint the new "
            "Northstead Fostering Director",
        ),
    ),
    DetailFact(
        id="detail-sessions-with-cabinet-member",
        event="scrutiny-hears-fostering-lead",
        text="Fortnightly sessions with the Cabinet Member for Fostering were held to review progress.",
        citations=cite(
            81, "Fortnightly sessions with the Cabinet Member for Fostering were held to review progress"
        ),
    ),
    DetailFact(
        id="detail-kinship-panel-noted-review",
        text="The kinship placement review of foster carers' respite was noted by Northstead.",
        citations=cite(
            89, "the kinship placement review of foster carers' respite was noted by Northstead Borough"
        ),
    ),
    *(
        DetailFact(
            id=f"detail-kinship-review-{n}",
            text=f"The kinship placement review of foster carers' respite was discussed {when}.",
            citations=cite(
                90 + n, f"the kinship placement review of foster carers' respite was discussed {when}"
            ),
        )
        for n, when in enumerate(("in June", "in July", "again", "once more"))
    ),
    DetailFact(
        id="detail-kinship-review-presented",
        text="The Head of Kinship Care gave a presentation on the kinship placement review of foster "
        "carers' respite, with the latest figures on carers' support.",
        citations=cite(
            95,
            "The Head of Kinship Care gave a presentation on the kinship placement review of foster "
            "carers' respite, with the latest figures on carers' support",
        ),
    ),
    DetailFact(
        id="detail-monitoring-visit-within-three-months",
        text="Inspectors will return to Northstead for a monitoring visit within three months.",
        citations=cite(83, "inspectors will return for a monitoring visit within three months"),
    ),
    CommitmentFact(
        id="commitment-visits-twice-a-year",
        by="Northstead",
        text="Independent reviewers will visit the children's homes twice a year.",
        citations=cite(78, "independent reviewers will visit the children's homes twice a year"),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(events=EVENTS, facts=FACTS)


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index)


def answered(question: str, index: ClaimIndex) -> Answer:
    answer = ask(question, index)
    assert answer.status == "answered", (question, answer.explanation)
    assert answer.evidence
    assert answer.evidence[0].source == SOURCE
    return answer


# A role held at the date of the event it is filed under -----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who was lead member for children when the 2021 inspection report came out?",
        "Who was Northstead's lead member for children in 2021?",
    ],
)
def test_a_role_with_no_date_of_its_own_is_held_at_its_event_s_date(index: ClaimIndex, question: str) -> None:
    assert answered(question, index).answer == "Mia Ford"


def test_a_role_is_not_held_at_a_date_its_event_does_not_reach(index: ClaimIndex) -> None:
    assert ask("Who was lead member for children in 2016?", index).status == "not_stated"


# Verbs of telling an audience, and of doing a piece of work ----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which officer briefed the scrutiny committee on the audit findings?",
        "Who updated the scrutiny committee on the audit findings?",
        "Who informed the scrutiny committee of the audit findings?",
    ],
)
def test_who_told_an_audience_is_who_the_record_has_present_to_it(index: ClaimIndex, question: str) -> None:
    answer = answered(question, index)
    assert answer.answer == "The Head of Early Help"
    assert answer.evidence[0].line == 19


def test_items_matched_as_well_as_the_last_one_read_are_all_read(index: ClaimIndex) -> None:
    """One item says Northstead and its review, and names nobody; five say the review alone, and
    the one naming who presented it says most besides, so it comes last of them, past the first four
    items read, though it matches as well as the fourth."""
    answer = answered(
        "Which officer briefed Northstead on the kinship placement review of foster carers' respite?", index
    )
    assert answer.answer == "The Head of Kinship Care"
    assert answer.evidence[0].line == 95


@pytest.mark.parametrize(
    "question",
    [
        "Who would carry out the independent audit of casework?",
        "Who could conduct an independent audit of casework?",
        "Who will perform the independent audit of casework?",
    ],
)
def test_who_does_the_work_is_named_after_by_in_a_passive(index: ClaimIndex, question: str) -> None:
    answer = answered(question, index)
    assert answer.answer == "Westmere Council or another body approved by the regional commissioner"
    assert answer.evidence[0].line == 73


def test_who_does_a_recurring_piece_of_work_is_read_from_an_item_that_states_how_often(
    index: ClaimIndex,
) -> None:
    """The quarterly audits are not the independent audit Westmere Council may undertake."""
    assert ask("Who will undertake the quarterly audits of casework?", index).status == "not_stated"


@pytest.mark.parametrize(
    "question",
    [
        "Who gets to decide whether the extra funding for fostering is still needed?",
        "Who is able to decide whether the extra funding for fostering is needed?",
        "Who can decide if the extra funding for fostering is needed?",
    ],
)
def test_a_frame_of_being_able_to_leaves_the_verb_asked_about(index: ClaimIndex, question: str) -> None:
    answer = answered(question, index)
    assert answer.answer is not None
    assert answer.answer.endswith("Ravi Patel")
    assert answer.evidence[0].line == 72


# Which: a body named for one of two acts, a post named with "of" ---------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which government department served the recovery order and ordered the adoption review?",
        "Which government department ordered the adoption review and served the recovery order?",
    ],
)
def test_a_body_named_beside_one_of_two_acts_answers_where_its_item_says_the_other(
    index: ClaimIndex, question: str
) -> None:
    answer = answered(question, index)
    assert answer.answer == "Department for Education"
    assert answer.evidence[0].line == 75


def test_a_body_is_still_no_answer_where_its_item_says_nothing_of_the_rest(index: ClaimIndex) -> None:
    assert ask("Which government department is the fostering panel part of?", index).status == "not_stated"


@pytest.mark.parametrize(
    "question",
    [
        "Which secretary of state was the funding letter signed on behalf of?",
        "Which secretary of state was the funding letter signed for?",
    ],
)
def test_a_post_named_with_of_asks_for_its_person_noun(index: ClaimIndex, question: str) -> None:
    """ "secretary of state" asks for a secretary, a person, not for a state."""
    assert answered(question, index).answer == "Lena Marsh"


def test_a_body_s_name_ends_where_a_participle_opens_a_clause_about_it(index: ClaimIndex) -> None:
    """ "the panel choosing the new Fostering Director" is a panel: the director's longer name in the
    quote ("Northstead Fostering Director") is no other body than the one asked about."""
    answer = answered("Who was going to sit on the panel choosing the new Fostering Director?", index)
    assert answer.answer == "parents of children in care"
    assert answer.evidence[0].line == 79


# Who was met: the name after "sessions with", the item read with its event ---------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who was the Fostering Lead holding fortnightly progress sessions with?",
        "Which office-holder did the Fostering Lead meet fortnightly on the recommendations?",
        "Who did the Fostering Lead meet fortnightly about the inspection's recommendations?",
    ],
)
def test_who_was_met_is_named_after_with_in_the_item_about_the_meetings(
    index: ClaimIndex, question: str
) -> None:
    """The item does not say who held the sessions, nor whose recommendations: its event does."""
    answer = answered(question, index)
    assert answer.answer == "the Cabinet Member for Fostering"
    assert answer.evidence[0].line == 81


@pytest.mark.parametrize(
    "question",
    [
        "Who held fortnightly sessions with the Cabinet Member for Fostering?",
        "Who was the cabinet member for fostering holding sessions with?",
        "Which organisation did the Fostering Lead meet fortnightly on the recommendations?",
    ],
)
def test_who_held_the_meetings_is_not_who_they_were_with(index: ClaimIndex, question: str) -> None:
    """The one named after "with" is no answer where the question already names them, in any words, nor
    to a question asking for an organisation."""
    assert ask(question, index).status == "not_stated"


# Who, without a closing clause that only says which thing, or on what condition -------------------


@pytest.mark.parametrize(
    "question",
    [
        "Who sets the caseload targets that Northstead uses?",
        "Who sets the caseload targets Northstead's teams use?",
    ],
)
def test_a_relative_clause_on_the_thing_asked_about_is_read_past(index: ClaimIndex, question: str) -> None:
    answer = answered(question, index)
    assert answer.answer == "the council"
    assert answer.evidence[0].line == 74


def test_a_closing_condition_is_read_past(index: ClaimIndex) -> None:
    answer = answered("Who would carry out an audit of casework if the panel requests one?", index)
    assert answer.answer == "Westmere Council or another body approved by the regional commissioner"


@pytest.mark.parametrize(
    "question",
    [
        "Who chose the chair of the board that replaced the panel?",
        "Who was lead member for children before Mia Ford took over?",
    ],
)
def test_a_closing_clause_is_read_past_only_where_it_says_which_thing(
    index: ClaimIndex, question: str
) -> None:
    """A clause naming another thing, or a clause of time about the holder named, is the question."""
    assert ask(question, index).status == "not_stated"


# How many units apart: the interval of a thing that recurs -----------------------------------------


@pytest.mark.parametrize(
    ("question", "said", "value"),
    [
        ("How many months apart are the external auditor's reports to the board?", "three months", 3),
        ("How many weeks apart are the external auditor's reports to the board?", "thirteen weeks", 13),
        ("How many months are there between each visit by the independent reviewers?", "six months", 6),
    ],
)
def test_how_many_apart_is_the_interval_in_the_unit_asked(
    index: ClaimIndex, question: str, said: str, value: int
) -> None:
    answer = answered(question, index)
    assert (answer.answer, answer.value) == (said, value)


@pytest.mark.parametrize(
    "question",
    [
        "How many years apart are the independent reviewers' visits to the children's homes?",
        "How many months apart will the inspectors' monitoring visits be?",
    ],
)
def test_how_many_apart_is_not_stated_without_a_whole_interval(index: ClaimIndex, question: str) -> None:
    """Twice a year is no whole number of years apart; a visit due within three months says when it
    is due, not how far apart visits are."""
    assert ask(question, index).status == "not_stated"


# How long: the span of days of the item matched best -----------------------------------------------


def test_a_span_of_days_matched_less_well_does_not_stop_the_best_one_answering(index: ClaimIndex) -> None:
    """The answer to the report also spans days in 2021, and shares the question's service, but not
    its inspection: the inspection's five days are the answer."""
    answer = answered("How long did the 2021 inspection of Northstead's children's services last?", index)
    assert answer.value == 5
    assert answer.evidence[0].line == 1
