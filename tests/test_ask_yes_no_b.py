"""`ask` on the shipped record: yes/no questions that the closest item answers, once the words that
only frame the question are read as framing.

A yes/no question is a claim put as a question, and the claim checker decides it. Its wording often
carries words the deciding item need not hold: how the record came to say it ("did the data
reveal", "were reports received"), what was demanded of whom ("did the notice require"), an opinion
verb ("did Ofsted reckon"), a word the record writes otherwise ("logged" for "recorded"), a modal
that asks what may happen ("might a direction be considered"), or a post named in full. Each test
also keeps an unanswerable wording not stated, or a wrong "yes" out.
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from trafford_timeline.claims.check import build_index
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.record.store import load_glossary, load_record, shipped_data_dir


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    """The shipped record read as `trafford ask` reads it: each quote with its whole sentence."""
    data = shipped_data_dir()
    record = load_record(data)
    index = build_index(record, load_glossary(data), sentences=SourceSentences(data, record.sources))
    return index, tuple(record.conflicts), tuple(record.sources)


def _says(question: str, answer: str, item: str, shipped: Shipped) -> None:
    got = ask(question, shipped)
    assert (got.status, got.answer) == ("answered", answer), got.explanation
    assert item in {e.id for e in got.evidence}, got.explanation


def _not_stated(question: str, shipped: Shipped) -> None:
    got = ask(question, shipped)
    assert got.status == "not_stated", (got.answer, got.explanation)


def test_a_verb_of_conveying_frames_a_yes_no(shipped: Shipped) -> None:
    """The item states the matter ("regular performance reporting"), not how it came across."""
    _says(
        "Were regular performance reports received by Trafford's senior leaders?",
        "yes",
        "finding-appropriate-governance-and-performance-reporting",
        shipped,
    )
    _says(
        "Did good-quality performance data reveal weaknesses?",
        "yes",
        "finding-good-quality-performance-data",
        shipped,
    )


def test_a_verb_of_telling_frames_only_a_saying(shipped: Shipped) -> None:
    """An opinion or a telling frames a question the item answers as what someone said; of an Ofsted
    finding, "did the council admit it?" or "did Sara Todd think it?" stays open."""
    _says(
        "Did Ofsted reckon the council was taking the right steps?",
        "yes",
        "committee-ofsted-right-steps",
        shipped,
    )
    _not_stated("Did the council admit that thresholds were not consistently applied?", shipped)
    _not_stated("Did Sara Todd think the workforce was stable?", shipped)


def test_a_demand_is_answered_by_what_was_demanded(shipped: Shipped) -> None:
    """ "Did the notice require X?" asks about the demand: the commitment holding X as to be done
    answers it, where "did the council do X?" would ask whether it was done."""
    _says(
        "Did the notice require an independent chair for the improvement board?",
        "yes",
        "notice-improvement-board-independent-chair",
        shipped,
    )
    _says(
        "Did the DfE order the council to set up an improvement board?",
        "yes",
        "notice-improvement-board-independent-chair",
        shipped,
    )
    _not_stated("Did the notice require the council to appoint a new director?", shipped)


def test_a_word_the_record_never_uses_is_read_as_the_checker_reads_it(shipped: Shipped) -> None:
    """ "logged" is "recorded" and "hold" is "have" for the claim checker, whose reading settles it."""
    _says(
        "Were written referrals from partner agencies logged as contacts without delay?",
        "no",
        "finding-referrals-not-recorded-as-contacts-promptly",
        shipped,
    )
    _says(
        "Do care leavers hold copies of their pathway plans?",
        "no",
        "finding-care-leavers-lack-copies-of-pathway-plans",
        shipped,
    )
    _not_stated("Was the workforce logged as stable?", shipped)


def test_a_light_verb_opening_a_glossary_phrase_is_kept(shipped: Shipped) -> None:
    """ "remain the same size" says there was no rise; without "remain", "the same" is a word alone."""
    _says(
        "Did the workforce remain the same size while demand went up?",
        "yes",
        "committee-capacity-demand-increased-workforce-same",
        shipped,
    )


def test_a_modal_asks_what_may_happen(shipped: Shipped) -> None:
    """ "Might a direction be considered if...?" is answered by the notice's condition, which says it
    will be; a body the item's act does not name gets no "yes"."""
    _says(
        "Might a direction be considered if the council is unable to comply with the notice?",
        "yes",
        "notice-direction-if-unwilling-or-unable",
        shipped,
    )
    _says(
        "Could ministers issue a direction should the council fail to comply with the notice?",
        "yes",
        "notice-direction-if-unwilling-or-unable",
        shipped,
    )
    _not_stated("Could Ofsted issue a direction if the council did not comply?", shipped)


def test_a_post_named_in_full_says_who_told(shipped: Shipped) -> None:
    """A speaker named by a whole post of several words before "tell"."""
    _says(
        "Did the Interim Director of Children's Services tell the committee that the council held "
        "valid data?",
        "yes",
        "committee-valid-data-to-be-used-for-planning",
        shipped,
    )


def test_a_named_post_other_than_the_one_asked_about_does_not_block(shipped: Shipped) -> None:
    """The Education Secretary is named, but the question asks about the adviser, whom no one names."""
    _says(
        "Had the government named its adviser when the notice came out?",
        "no",
        "role-government-adviser",
        shipped,
    )


def test_the_record_s_words_for_an_early_adopter_and_the_workforce(shipped: Shipped) -> None:
    """ "one of the earliest" is an early adopter; "the social work staff" is the workforce."""
    _says(
        "Was Trafford one of the earliest councils to use the LiquidLogic system?",
        "yes",
        "committee-liquidlogic-early-adopter",
        shipped,
    )
    _says("Was the social work staff in Trafford stable?", "yes", "finding-workforce-stable", shipped)


def test_a_publication_named_says_where_it_was_said(shipped: Shipped) -> None:
    """ "to CYP Now", "in Community Care": where the answer is read, which the answer must quote; a
    publication that never printed it leaves the question open."""
    got = ask("Did Trafford give any further comment on the announcement to CYP Now?", shipped)
    assert (got.status, got.answer) == ("answered", "no"), got.explanation
    assert {e.source for e in got.evidence} == {"000_e2f23ab22afb2358.txt"}
    _says(
        "Was the workforce reported as stable in Community Care?", "yes", "finding-workforce-stable", shipped
    )
    _not_stated("Was the workforce reported as stable in CYP Now?", shipped)


def test_a_lead_in_naming_the_source_is_left_out(shipped: Shipped) -> None:
    """ "Per the minutes," and "Going by the report," say where to look, as "According to" does."""
    _says(
        "Per the minutes, did Ofsted say the council was taking the right steps?",
        "yes",
        "committee-ofsted-right-steps",
        shipped,
    )
    _says(
        "Going by the Ofsted report, was the workforce in Trafford stable?",
        "yes",
        "finding-workforce-stable",
        shipped,
    )
