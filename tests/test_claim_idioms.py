"""Idioms, phrasal verbs and framing nouns read as the record's plain words.

A true claim put in everyday English (`drawing up` a programme, `turn things round`, a notice issued
`in the name of` a minister, `declined to add anything further`, `it's up to` the council, the
`fallout` from a report, `how the council is doing`) was left not found because one or two of its
words are not the record's. The glossary now reads each as the record's word, in its several forms;
the guards check that a claim the reading makes supportable is still contradicted or not found when
its content is wrong.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex


def test_a_phrasal_verb_whose_particle_carries_no_content_is_the_record_verb(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's bosses were drawing up a leadership programme.",
            "The Department for Education expects most councils to turn things round with support and "
            "challenge from expert government advisers.",
        ],
    ) == ["supported", "supported"]


def test_keeping_track_is_monitoring_and_keeps_its_frequency(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        ["The Department for Education keeps track of Trafford's performance every month."],
    ) == ["contradicted"]


def test_a_framing_noun_before_the_record_word_is_read_past(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Weston said the push to improve children's social care services would be an open and "
            "transparent process.",
            "The Interim Director of Children's Services gave the committee a presentation on the fallout "
            "from the Ofsted report.",
        ],
    ) == ["supported", "supported"]


def test_in_the_name_of_is_on_behalf_of(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The improvement notice was handed over in the name of Damian Hinds.",
            "The improvement notice was issued in Sara Todd's name.",
        ],
    ) == ["supported", "not_found"]


def test_declining_to_say_anything_more_is_declining_to_comment(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The council refused to say anything more about the DfE's announcement.",
            "The council declined to say anything further about the DfE's announcement.",
            "The council declined to add anything further on Ofsted's report.",
        ],
    ) == ["supported", "supported", "not_found"]


def test_it_is_up_to_a_body_frames_what_that_body_does(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted does not set performance indicators: it's up to the local authority to set them.",
            "It is up to Ofsted to set the council's performance indicators.",
        ],
    ) == ["supported", "contradicted"]


def test_how_a_body_is_doing_is_its_progress(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The Department for Education reviews how the council is doing every six months.",
            "The Department for Education reviews how the council is doing every month.",
            "Ofsted reviews how Trafford is doing every six months.",
        ],
    ) == ["supported", "contradicted", "contradicted"]
