"""A grade given in an idiom is checked against the rating facts, not left as "nothing rates 'X'".

Sentences written for these tests, over the shipped record: a rating kept under a stand-in noun
("its 'outstanding' crown"), a grade escaped, avoided or stopped short of, and the grade given
instead (", being judged as ..."). Guards keep a claim whose idiom leaves words of its own unread
("the only area to escape ...") from being supported, and keep a noun that follows no grade as it was.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_grade_kept_under_a_stand_in_noun_is_a_rating(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's care leavers service still holds its 'outstanding' crown.",
            "The care leavers service retained its outstanding status in 2019.",
            "In 2015 the care leavers service earned the 'outstanding' badge.",
            "Trafford's care leavers service lost its charity status.",  # no grade before the noun
        ],
    ) == ["contradicted", "contradicted", "supported", "not_found"]


def test_a_grade_escaped_is_a_grade_denied(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's leadership narrowly escaped an 'inadequate' rating in 2019.",
            "The care leavers service avoided an inadequate grade in 2019.",
            "In 2019 the leadership of Trafford's services dodged the inadequate verdict.",
        ],
    ) == ["contradicted", "supported", "contradicted"]


def test_a_grade_stopped_short_of_is_a_grade_denied(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted stopped short of calling the care leavers service inadequate in 2019.",
            "In 2019 inspectors stopped short of rating overall effectiveness inadequate.",
        ],
    ) == ["supported", "contradicted"]


def test_the_grade_given_instead_is_checked_too(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Help and protection escaped the 'inadequate' label in 2019, being judged as requiring "
            "improvement.",
            "Leadership avoided an inadequate grade, being rated good instead.",
            "Inspectors fell short of branding the leadership inadequate, rating it 'good'.",
        ],
    ) == ["supported", "contradicted", "contradicted"]


def test_words_the_idiom_leaves_unread_keep_the_claim_from_support(index: ClaimIndex) -> None:
    check = check_claim("Care leavers was the sole service to escape an inadequate grade in 2019.", index)
    assert check.verdict == "not_found"
    assert "the claim is negated" in check.explanation


def test_a_grade_set_before_the_main_verb_is_the_ratings_own(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford, rated inadequate in 2019, received an improvement notice.",
            "Trafford, rated good in 2019, received an improvement notice.",
            "Judged inadequate in 2019, the care leavers service was given a new manager.",
            "Rated inadequate in 2019, Trafford was issued an improvement notice.",
        ],
    ) == ["supported", "contradicted", "contradicted", "supported"]


def test_an_earlier_grade_set_apart_is_not_read_as_the_start_of_a_fall(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Care leavers, outstanding in 2015, also slipped to requires improvement.",
            "The leadership of the service, rated outstanding in 2015, also fell to inadequate.",
        ],
    ) == ["supported", "supported"]


def test_a_grade_given_as_a_rank_is_contradicted_by_another_grade(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "In 2015 Trafford became the first authority in England to be rated inadequate for care leavers.",
            "Trafford was the only council in the region to win 'good' for leadership in 2019.",
            "Trafford's leadership was the first in the country to be rated inadequate in 2015.",
        ],
    ) == ["contradicted", "contradicted", "contradicted"]


def test_a_grade_as_an_outcome_is_a_rating(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Every area inspectors rated in Trafford came out as inadequate in 2019.",
            "Care leavers ended up as 'requires improvement' in 2019.",
        ],
    ) == ["contradicted", "supported"]


def test_each_service_is_every_rating_unless_a_range_of_grades_is_given(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Each service was rated inadequate in 2019.",
            "All areas were rated at least good in 2015.",
        ],
    ) == ["contradicted", "supported"]


def test_a_rating_denied_in_the_active_voice_is_denied(index: ClaimIndex) -> None:
    """ "did not rate X G" is "X was not rated G", however many words name X: the negation reaches the
    verb of rating before the grade. The record: leadership and overall effectiveness inadequate in 2019."""
    assert verdicts(
        index,
        [
            "Inspectors did not rate Trafford's leadership inadequate in 2019.",
            "Ofsted did not judge Trafford's children's services inadequate in 2019.",
            # guards: the same denial of a grade the record does not give, and the plain statement
            "Ofsted did not rate Trafford's children's services good in 2019.",
            "Ofsted rated Trafford's leadership inadequate in 2019.",
        ],
    ) == ["contradicted", "contradicted", "supported", "supported"]
