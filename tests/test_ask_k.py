"""`ask`: text questions about what a finding says of something, and what someone asked for.

Checked on the shipped record and on Northstead's made-up record (`test_ask.py`) with a few items
added here; every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead, northstead_index
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex, build_index
from trafford_timeline.record.model import DetailFact, FindingFact, StatementFact
from trafford_timeline.record.store import load_glossary, load_record, shipped_data_dir

EXTRA_FACTS = (
    FindingFact(
        id="finding-family-hubs-open-late",
        polarity="strength",
        text="Northstead's family hubs are open late on weekdays and reach most families.",
        citations=cite(301, "The family hubs are open late on weekdays and reach most families."),
    ),
    FindingFact(
        id="finding-out-of-area-return-talks-late",
        polarity="weakness",
        text="Return talks with children placed out of area were not held within three days.",
        citations=cite(302, "Return talks with children placed out of area were not held within three days"),
    ),
    FindingFact(
        id="finding-respite-bookings-cancelled",
        polarity="weakness",
        text="Respite bookings were often cancelled at short notice.",
        citations=cite(303, "Respite bookings were often cancelled at short notice"),
    ),
    FindingFact(
        id="finding-respite-bookings-unrecorded",
        polarity="weakness",
        text="Respite bookings were not written on the child's file.",
        citations=cite(304, "Respite bookings were not written on the child's file"),
    ),
    StatementFact(
        id="statement-councillors-kinship-briefing",
        text="Councillors requested that a kinship care briefing be sent before the next meeting.",
        speaker="Councillors",
        citations=cite(
            305,
            "Councillors requested that a kinship care briefing be sent before the next meeting",
        ),
    ),
    DetailFact(
        id="detail-kinship-allowance-meeting",
        text="Northstead's fostering team met kinship carers to plan the new allowance.",
        citations=cite(
            306, "A meeting was held with kinship carers to plan how the new allowance would be paid."
        ),
    ),
    DetailFact(
        id="detail-new-foster-homes-local-preference",
        text="The fostering team was recruiting new foster homes with a preference for local carers.",
        citations=cite(
            307,
            "The team was recruiting new foster homes, with a preference for local carers and short waits.",
        ),
    ),
    FindingFact(
        id="finding-supervision-in-some-teams-regular",
        polarity="strength",
        text="Supervision in some teams is regular and reflective.",
        citations=cite(308, "Supervision in some teams is regular and reflective"),
    ),
    FindingFact(
        id="finding-kinship-assessments-slow",
        polarity="weakness",
        text="Kinship assessments take too long to complete.",
        citations=cite(309, "Kinship assessments are too slow to complete"),
    ),
    FindingFact(
        id="finding-contact-diaries-out-of-date",
        polarity="weakness",
        text="Contact diaries need updating more often.",
        citations=cite(310, "Contact diaries need to be updated more often."),
    ),
)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return northstead_index(facts=EXTRA_FACTS)


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, northstead().conflicts)


@pytest.fixture(scope="module")
def shipped_index() -> ClaimIndex:
    data = shipped_data_dir()
    return build_index(load_record(data), load_glossary(data))


def ask_shipped(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, load_record(shipped_data_dir()).conflicts)


def quoted(answer: Answer) -> list[tuple[str, int]]:
    return [(e.source, e.line) for e in answer.evidence]


# What a finding says of the thing asked about ---------------------------------------------------


def test_what_inspectors_found_about_a_service_is_the_rest_of_the_clause_it_opens(index: ClaimIndex) -> None:
    answer = ask("What did the inspectors say about Northstead's family hubs?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "They are open late on weekdays and reach most families"
    assert [e.id for e in answer.evidence] == ["finding-family-hubs-open-late"]


def test_what_went_wrong_with_something_is_said_by_a_weakness(index: ClaimIndex) -> None:
    answer = ask("What went wrong with return talks for children placed out of area?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "They were not held within three days"
    assert answer.evidence[0].quote.startswith("Return talks with children placed out of area")


def test_what_was_wrong_with_something_the_record_only_praises_is_not_stated(index: ClaimIndex) -> None:
    answer = ask("What was the problem with the family hubs in Northstead?", index)
    assert answer.status == "not_stated", answer
    assert answer.answer is None


def test_a_one_word_subject_is_enough_where_one_finding_opens_with_it(index: ClaimIndex) -> None:
    answer = ask("What was the problem with kinship assessments?", index)
    assert answer.answer == "They are too slow to complete", answer


def test_a_predicate_may_open_with_a_verb_said_of_a_service(index: ClaimIndex) -> None:
    answer = ask("What did the inspectors find about the contact diaries?", index)
    assert answer.answer == "They need to be updated more often", answer
    assert [e.id for e in answer.evidence] == ["finding-contact-diaries-out-of-date"]


def test_what_is_said_of_a_narrower_subject_is_not_said_of_the_whole(index: ClaimIndex) -> None:
    """ "Supervision in some teams is regular" says nothing of supervision as a whole."""
    answer = ask("What did inspectors find about supervision?", index)
    assert answer.answer is None or "regular" not in answer.answer, answer


def test_what_is_said_of_most_of_a_thing_is_not_said_of_all_of_it(shipped_index: ClaimIndex) -> None:
    """ "most care plans are well written": "they are well written" would drop the "most"."""
    answer = ask_shipped("What did the inspectors say about the care plans?", shipped_index)
    assert answer.answer is None or not answer.answer.startswith("They are well written"), answer


def test_two_findings_about_one_thing_are_not_given_as_what_was_found_of_it(index: ClaimIndex) -> None:
    """Either finding alone would be half of what inspectors said of the bookings."""
    answer = ask("What did inspectors find about respite bookings?", index)
    assert answer.status == "not_stated", answer


def test_the_shipped_virtual_school_finding_is_what_inspectors_said_of_it(shipped_index: ClaimIndex) -> None:
    answer = ask_shipped("What did inspectors find about Trafford's virtual school?", shipped_index)
    assert answer.status == "answered", answer
    assert answer.answer is not None
    assert answer.answer.startswith("It works well with a range of professionals")
    assert quoted(answer) == [("002_4122ef60e093352d.txt", 41)]


def test_the_shipped_referrals_finding_says_what_went_wrong(shipped_index: ClaimIndex) -> None:
    question = (
        "What went wrong with written referrals partner agencies made for children at lower levels of need?"
    )
    answer = ask_shipped(question, shipped_index)
    assert answer.answer == "They were not recorded as contacts in a timely way", answer
    assert quoted(answer) == [("002_4122ef60e093352d.txt", 19)]


def test_what_was_wrong_with_the_shipped_virtual_school_is_not_stated(shipped_index: ClaimIndex) -> None:
    answer = ask_shipped("What was wrong with the virtual school?", shipped_index)
    assert answer.status == "not_stated", answer


# What someone asked for ------------------------------------------------------------------------


def test_what_was_requested_is_the_noun_phrase_after_requested_that(index: ClaimIndex) -> None:
    answer = ask("What did councillors ask for before the next meeting?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "a kinship care briefing"
    assert [e.id for e in answer.evidence] == ["statement-councillors-kinship-briefing"]


def test_what_another_body_asked_for_is_not_what_councillors_asked_for(index: ClaimIndex) -> None:
    answer = ask("What did the DfE ask for before the next meeting?", index)
    assert answer.status == "not_stated", answer


def test_the_shipped_committee_asked_for_case_studies(shipped_index: ClaimIndex) -> None:
    answer = ask_shipped("What did the committee request to be presented at a future meeting?", shipped_index)
    assert answer.answer == "some case studies", answer
    assert quoted(answer) == [("003_46fb6be4c90ae91a.txt", 25)]


def test_the_shipped_dfe_asked_for_no_case_studies(shipped_index: ClaimIndex) -> None:
    answer = ask_shipped("What did the DfE ask to see at a future meeting?", shipped_index)
    assert answer.status == "not_stated", answer


# Which things, and what besides ------------------------------------------------------------------


def test_which_plural_noun_of_a_thing_asks_for_the_list_the_record_gives(shipped_index: ClaimIndex) -> None:
    """`parts of the service` ends in a singular, but the noun asked about is `parts`: a list."""
    answer = ask_shipped("Which parts of the council's service did the review look at?", shipped_index)
    assert answer.status == "answered", answer
    assert answer.answer is not None
    assert answer.answer.endswith("Early Help and Safeguarding")
    assert quoted(answer) == [("003_46fb6be4c90ae91a.txt", 21)]


def test_which_parts_of_something_the_record_never_lists_stays_not_stated(shipped_index: ClaimIndex) -> None:
    answer = ask_shipped("Which parts of the adoption service did the audit look at?", shipped_index)
    assert answer.status == "not_stated", answer


def test_a_thing_set_aside_at_the_opening_is_left_out_of_what_is_asked(shipped_index: ClaimIndex) -> None:
    answer = ask_shipped(
        "Apart from the Shadow Improvement Board, what leadership initiative was being developed?",
        shipped_index,
    )
    assert answer.answer == "A leadership programme", answer
    assert quoted(answer) == [("003_46fb6be4c90ae91a.txt", 17)]


def test_the_thing_set_aside_is_never_the_answer(shipped_index: ClaimIndex) -> None:
    answer = ask_shipped(
        "Besides the leadership programme, what leadership initiative was being developed?", shipped_index
    )
    assert answer.status == "not_stated", answer
    assert answer.answer is None


def test_which_group_a_body_met_is_who_the_meeting_was_with(index: ClaimIndex) -> None:
    answer = ask(
        "Which group did the fostering team meet to plan how the new allowance would be paid?", index
    )
    assert answer.status == "answered", answer
    assert answer.answer == "kinship carers"
    assert [e.id for e in answer.evidence] == ["detail-kinship-allowance-meeting"]


def test_which_group_another_body_met_is_not_stated(index: ClaimIndex) -> None:
    answer = ask("Which group did the DfE meet to plan how the new allowance would be paid?", index)
    assert answer.status == "not_stated", answer


def test_what_a_body_preferred_is_the_phrase_after_preference_for(index: ClaimIndex) -> None:
    answer = ask("For the new foster homes, what sort of carers was the fostering team preferring?", index)
    assert answer.status == "answered", answer
    assert answer.answer == "local carers"
    assert [e.id for e in answer.evidence] == ["detail-new-foster-homes-local-preference"]


def test_what_another_body_preferred_is_not_stated(index: ClaimIndex) -> None:
    answer = ask("For the new foster homes, what sort of carers was the DfE preferring?", index)
    assert answer.status == "not_stated", answer
