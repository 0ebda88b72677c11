"""The words that frame a claim, not its content: what a committee heard, the response, whose view.

Sentences written for these tests, over the shipped record: "officers told members X", "we heard
from officers that X" and "according to officers, X" are supported or contradicted by what the
minutes record the meeting heard; a measure "as part of the response to the inspection" and a
matter "in the inspectors' view" by what the record files there or the holder's own items; "went
out" (was issued) and "help pick" (be involved in choosing) read as the verbs they stand for.
Guards: the frame is no licence where the item is the committee's own question, was said outside
the meeting (a press quote), is no measure, or is someone else's view; a phrasal verb still needs
the record to name who acted.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_what_officers_told_the_committee_is_what_the_minutes_record(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Officers told councillors that demand for services had risen while the workforce stayed the "
            "same.",
            "Scrutiny was told by officers that the DfE was kept informed.",
        ],
    ) == ["supported", "supported"]


def test_the_evidence_is_the_minutes_item(index: ClaimIndex) -> None:
    check = check_claim("Officers assured members that the DfE was kept informed of progress.", index)
    assert check.verdict == "supported"
    assert {e.id for e in check.evidence} == {"committee-dfe-kept-informed"}
    assert check.evidence[0].source.startswith("003_")


def test_what_the_minutes_deny_is_contradicted_under_the_frame(index: ClaimIndex) -> None:
    check = check_claim("Officers told scrutiny that Ofsted sets performance indicators.", index)
    assert check.verdict == "contradicted"


def test_the_frame_names_no_other_speaker_or_hearer(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            # the committee's own question, not something officers told it
            "Officers told scrutiny that members sought clarification on the sharp deterioration of the "
            "Ofsted rating.",
            # a chief executive's words to the press, not to the meeting
            "Officers told scrutiny that the council would embrace the challenge.",
        ],
    ) == ["not_found", "not_found"]


def test_a_phrasal_verb_reads_as_the_verb_it_stands_for(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The notice to Trafford went out in the name of the Secretary of State for Education.",
            "Representatives of children in care were to help pick the new children's services director.",
        ],
    ) == ["supported", "supported"]


def test_a_phrasal_verb_still_needs_who_acted(index: ClaimIndex) -> None:
    check = check_claim("Foster carers helped pick the new children's services director.", index)
    assert check.verdict == "not_found"


def test_a_measure_framed_as_the_response_to_the_inspection(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "As part of the council's response to the inspection, a leadership programme was in development.",
            "Extra social workers and team leaders were being brought in as part of Trafford's response to "
            "the Ofsted report.",
        ],
    ) == ["supported", "supported"]


def test_what_is_no_measure_of_the_response_is_not_framed_as_one(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Senior leaders presented a self-assessment as part of their response to the inspection.",
            "The number of looked-after children rose by over 24% as part of the response to Ofsted.",
        ],
    ) == ["not_found", "not_found"]


def test_whose_view_a_finding_is_names_who_holds_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "In the inspectors' view, caseloads in some teams were too high.",
            "Ofsted's view was that staff turnover was high.",
        ],
    ) == ["supported", "contradicted"]


def test_a_view_given_to_someone_else_is_not_supported(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "In Ofsted's view, the council would embrace the challenge.",  # the chief executive's words
            "In Andrew Weston's view, the report was stark.",  # Sara Todd called it stark
        ],
    ) == ["not_found", "not_found"]
