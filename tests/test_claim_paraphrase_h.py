"""True claims said in words the glossary lacked: a refusal "to comment further" said another way, an
idiom of decline ("went off the rails"), an adverb of manner of telling ("candidly"), a framing of a
quotation ("used the term"), words of the same meaning ("bolster" for improve, "fixes" for measures,
"fieldwork" for the inspection), a framing of an aim ("in an effort to"), and a time given "roughly"
so long "from the date of" the notice, whose hedge is the length's. What the record lacks (another
year, speaker, body, measure or aim) still blocks "supported". Each sentence was written for these
tests.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_no_further_comment_is_declining_to_comment(index: ClaimIndex) -> None:
    """The council declined to further comment on the DfE's announcement."""
    said = check_claim(
        "Trafford made no further comment about what the Department for Education announced.", index
    )
    assert said.verdict == "supported"


def test_going_off_the_rails_is_deteriorating(index: ClaimIndex) -> None:
    """The care leavers' service deteriorated."""
    assert verdicts(
        index,
        [
            "Trafford's service for care leavers went off the rails.",
            # guard: a year the record holds no inspection in
            "Trafford's service for care leavers came off the rails in 2012.",
        ],
    ) == ["supported", "not_found"]


def test_an_adverb_of_telling_adds_no_claim(index: ClaimIndex) -> None:
    """Sara Todd said the report was stark; overall effectiveness was inadequate in 2019, good in 2015."""
    assert verdicts(
        index,
        [
            "Sara Todd said candidly that the report was stark.",
            "Ofsted bluntly judged overall effectiveness inadequate in 2019.",
            # guards: the speaker and the grade are still read
            "Andrew Weston said candidly that the report was stark.",
            "Ofsted bluntly judged overall effectiveness inadequate in 2015.",
        ],
    ) == ["supported", "supported", "contradicted", "contradicted"]


def test_using_a_term_frames_the_quotation(index: ClaimIndex) -> None:
    """Ofsted's 2019 judgement speaks of widespread deterioration."""
    assert verdicts(
        index,
        [
            "Inspectors used the term 'widespread deterioration' in their verdict on Trafford.",
            # guard: another body never said it
            "The education secretary used the term 'widespread deterioration' about Trafford.",
        ],
    ) == ["supported", "not_found"]


def test_bolster_and_fixes_are_improve_and_measures(index: ClaimIndex) -> None:
    """The council agreed measures, among them an audit team to improve quality assurance."""
    assert verdicts(
        index,
        [
            "The council would shore up quality assurance with an audit team.",
            "The council agreed fixes to strengthen the service.",
            # guard: a measure the record does not hold
            "One of the council's fixes was to close the MARAT.",
        ],
    ) == ["supported", "supported", "not_found"]


def test_a_hedge_on_the_time_given_is_not_taken_for_the_recipient(index: ClaimIndex) -> None:
    """The notice of 23 May 2019 set an August 2020 deadline: 436 to 466 days. In "gave Trafford
    roughly fifteen months" the hedge belongs to the length, not to whom it was given."""
    assert verdicts(
        index,
        [
            "The DfE's notice gave Trafford roughly fifteen months to implement its improvement plan.",
            # guard: a length the dates rule out
            "The DfE's notice gave Trafford roughly five months to implement its improvement plan.",
        ],
    ) == ["supported", "contradicted"]


def test_from_the_date_of_the_notice_is_from_the_notice(index: ClaimIndex) -> None:
    """The time given runs from the notice, whether or not the claim says "the date of" it."""
    assert verdicts(
        index,
        [
            "Trafford was given well over a year from the date of the notice"
            " to implement its improvement plan.",
            # guard: the length is still judged against the dates
            "Trafford was given less than a year from the date of the notice"
            " to implement its improvement plan.",
        ],
    ) == ["supported", "contradicted"]


def test_fieldwork_is_the_inspection(index: ClaimIndex) -> None:
    """Ofsted inspected Trafford from 4 to 8 March 2019."""
    assert verdicts(
        index,
        [
            "Ofsted's fieldwork in Trafford ran from 4 to 8 March 2019.",
            # guard: the dates are still read
            "Ofsted's fieldwork in Trafford ran from 4 to 8 March 2018.",
        ],
    ) == ["supported", "contradicted"]


def test_an_effort_to_frames_the_aim(index: ClaimIndex) -> None:
    """An audit team was brought in to improve quality assurance."""
    assert verdicts(
        index,
        [
            "In an effort to improve quality assurance, the council brought in an audit team.",
            # guard: an aim the record does not give
            "In an effort to cut costs, the council brought in an audit team.",
        ],
    ) == ["supported", "not_found"]
