"""A claim that names a grade but says more than a rating is checked as its rating and the rest.

Sentences written for these tests, over the shipped record: a rating as the frame of a finding
("in spite of the inadequate rating, Ofsted found ..."), a yearless verdict mentioned beside a
finding, and a grade said in passing of another council, which the record's own words of that
council decide. Guards keep a rating of a service the record never rates, a grade for a body the
record never grades, and a yearless verdict that the standing rating does not bear out, not found.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_rating_framing_a_finding_is_checked_as_the_rating_and_the_finding(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "In spite of the inadequate rating, Ofsted found the council and its partners identifying "
            "children at risk of exploitation.",
            "Despite its inadequate judgement, Trafford had a stable workforce, Ofsted found.",
        ],
    ) == ["supported", "supported"]


def test_the_framing_rating_is_cited_beside_the_finding(index: ClaimIndex) -> None:
    check = check_claim(
        "In spite of the inadequate rating, Ofsted found the council and its partners identifying "
        "children at risk of exploitation.",
        index,
    )
    ids = {evidence.id for evidence in check.evidence}
    assert "rating-2019-overall" in ids
    assert "finding-exploitation-risk-identified" in ids


def test_a_yearless_verdict_beside_a_finding_is_the_rating_that_stands(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's social care workforce was stable, with low turnover and sickness, "
            "despite the poor verdict."
        ],
    ) == ["supported"]


def test_a_grade_said_of_another_council_is_checked_against_what_the_record_says_of_it(
    index: ClaimIndex,
) -> None:
    assert verdicts(
        index,
        [
            "Trafford hoped to learn from Cheshire West and Chester, an authority that was itself "
            "judged inadequate.",
        ],
    ) == ["contradicted"]


def test_another_councils_grade_is_not_compared_with_the_councils_own_ratings(index: ClaimIndex) -> None:
    check = check_claim(
        "Trafford hoped to learn from Cheshire West and Chester, an authority that was itself "
        "judged inadequate.",
        index,
    )
    assert "Cheshire West and Chester" in check.explanation
    assert not any(evidence.id.startswith("rating-") for evidence in check.evidence)


def test_guards_a_rating_the_record_cannot_bear_out_stays_not_found(index: ClaimIndex) -> None:
    assert (
        verdicts(
            index,
            [
                "In spite of the inadequate rating, Ofsted found Trafford's adoption service excellent.",
                "Despite the good verdict, Ofsted found a stable workforce in Trafford.",
                "Trafford was to seek peer support from Wigan, a council itself rated inadequate.",
                "Trafford's adoption service was rated good in 2019.",
            ],
        )
        == ["not_found"] * 4
    )


def test_a_rating_in_a_sentence_of_its_own_is_checked_beside_the_other_sentence(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's leaders believed services were still good or outstanding. Ofsted rated them "
            "inadequate.",
            "Trafford's leaders believed services were still good or outstanding. Ofsted rated the adoption "
            "service inadequate.",
        ],
    ) == ["supported", "not_found"]


def test_a_grade_given_after_what_else_is_said_of_a_service_is_its_rating(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Services for children in care were a strength, rated outstanding.",
            "The adoption service was a strength, rated outstanding.",
        ],
    ) == ["contradicted", "not_found"]


def test_another_council_described_as_poorly_rated_is_checked_against_the_record(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Cheshire West and Chester, put forward for peer support, was presented to members as a poorly "
            "rated authority.",
        ],
    ) == ["contradicted"]


def test_two_reports_of_one_body_joined_by_yet_are_checked_one_by_one(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors judged most care plans well written, yet noted that most assessments did not fully "
            "consider children's past experiences.",
            "Ofsted found care plans well written, yet said the adoption service was excellent.",
        ],
    ) == ["supported", "not_found"]


def test_a_speaker_on_a_rating_is_checked_as_the_rating_and_the_words(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            'Sara Todd on the inadequate judgement: "We can fix this situation"',
            'Sara Todd on the good rating: "We can fix this situation"',
            'Andrew Weston on the inadequate rating: "We can fix this situation and we will"',
        ],
    ) == ["supported", "not_found", "contradicted"]


def test_dated_participles_before_a_rating_are_checked_as_the_events_they_date(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspected between 4 and 8 March and published on 8 May, the Ofsted report judged Trafford "
            "inadequate.",
            "Inspected between 4 and 8 April, the Ofsted report judged Trafford inadequate.",
            "Published on 8 May, the Ofsted report judged Trafford's services good.",
        ],
    ) == ["supported", "contradicted", "contradicted"]


def test_the_second_end_of_the_scale_takes_the_first_ones_noun(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Leadership went from the highest grade to the lowest one in four years.",
            "Trafford's overall grade fell from the top rating to the bottom one.",
            "Leadership went from the bottom grade to the top one.",
        ],
    ) == ["supported", "contradicted", "contradicted"]


def test_a_grade_word_said_of_a_finding_is_explained_by_that_finding(index: ClaimIndex) -> None:
    finding = check_claim("Ofsted judged Trafford's thematic audits poor and frequently off the mark.", index)
    assert finding.verdict == "not_found"
    assert "nothing rates" not in finding.explanation
    service = check_claim("Trafford's fostering service was judged good in 2019.", index)
    assert service.verdict == "not_found"
    assert "nothing rates 'fostering'" in service.explanation


def test_a_rating_won_or_sat_at_is_read_as_the_rating(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford won an outstanding rating for its care leavers service in 2015.",
            "Trafford won an outstanding rating for its care leavers service in 2019.",
            "In 2019 the judgement for children in care sat at requires improvement.",
            "In 2019 the judgement for children in care sat at good.",
        ],
    ) == ["supported", "contradicted", "supported", "contradicted"]


def test_making_history_as_the_first_is_checked_as_being_the_first(index: ClaimIndex) -> None:
    assert verdicts(
        index, ["Trafford made history in 2016 as the first council rated outstanding for care leavers."]
    ) == ["contradicted"]
