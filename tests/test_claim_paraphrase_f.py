"""True claims in other words than the record's: an idiom of publishing, a phrasal verb whose object
stands between the verb and its particle, entering care, a concession that concedes nothing in
particular, `both` before a shared verb, and grades in other words. Each sentence was written for
these tests.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_into_the_public_domain_is_published(index: ClaimIndex) -> None:
    """The record dates the report's publication to 8 May 2019."""
    assert verdicts(
        index,
        [
            "The inspectors' report on Trafford went into the public domain on 8 May 2019.",
            "Ofsted's report on Trafford was placed in the public domain on 8 May 2019.",
        ],
    ) == ["supported", "supported"]
    # guard: the date is still checked
    wrong = check_claim("The inspectors' report on Trafford went into the public domain in June 2019.", index)
    assert wrong.verdict != "supported"


def test_a_phrasal_verb_is_read_across_its_object(index: ClaimIndex) -> None:
    """Weston called reversing the decline in standards a top priority: `turning standards round` is
    `turning round` said of standards."""
    true = check_claim("The council leader described turning standards round as a top priority.", index)
    assert true.verdict == "supported"
    assert "statement-weston-reversing-decline-top-priority" in true.explanation
    # guards: the quality of the priority is still read, and a denial between verb and particle is
    # not read as part of the object
    assert verdicts(
        index,
        [
            "Andrew Weston said that turning standards round was a low priority.",
            "Andrew Weston said turning no standards round was a top priority.",
        ],
    ) == ["contradicted", "not_found"]


def test_entering_care_is_coming_into_care(index: ClaimIndex) -> None:
    """Because of delays in help and protection, some children wait too long before they come into care."""
    assert verdicts(
        index,
        [
            "Because action for children in need of help and protection was delayed, "
            "some children waited too long to enter care.",
            "Some children entered care too quickly, inspectors found.",
        ],
    ) == ["supported", "contradicted"]


def test_despite_everything_concedes_nothing_the_record_must_state(index: ClaimIndex) -> None:
    """Ofsted found morale good in many teams."""
    assert verdicts(
        index,
        [
            "Despite everything, inspectors found morale was good in many teams.",
            "Inspectors found that morale in many teams was good in spite of everything.",
            # guard: the claim's extent is still read
            "Despite everything, morale was good in every team.",
        ],
    ) == ["supported", "supported", "not_found"]


def test_a_grade_set_against_the_grade_it_is_not_is_read_for_one_inspection(index: ClaimIndex) -> None:
    """Only the 2019 inspection rated children in care, as requiring improvement; none rated them
    inadequate. Read across both inspections, the two grades were paired with 2015 and 2019."""
    true = check_claim(
        "Ofsted's judgement of children in care was 'requires improvement to be good', not inadequate.", index
    )
    assert true.verdict == "supported"
    assert "2019" in true.explanation
    # guard: the grades the other way round are still wrong
    wrong = "Ofsted's judgement of children in care was inadequate, not 'requires improvement to be good'."
    assert check_claim(wrong, index).verdict == "contradicted"


def test_a_collapse_between_grades_is_a_fall(index: ClaimIndex) -> None:
    """Care leavers went from outstanding (2015) to requires improvement (2019)."""
    assert verdicts(
        index,
        [
            "The rating for care leavers collapsed from outstanding in 2015 to requires improvement.",
            # guards: the grade it fell to is still compared, and a collapse is a fall of a rating only
            "The rating for care leavers collapsed from outstanding in 2015 to inadequate.",
            "Inspectors reported that the morale of Trafford's social workers had collapsed.",
        ],
    ) == ["supported", "contradicted", "not_found"]


def test_a_fall_that_names_the_grade_it_passed_over(index: ClaimIndex) -> None:
    """The overall judgement went from good (2015) to inadequate (2019): requires improvement lies between."""
    assert verdicts(
        index,
        [
            "The overall judgement dropped from good to inadequate in 2019, bypassing requires improvement "
            "altogether.",
            # guard: a grade outside the fall is not passed over
            "The overall judgement dropped from good to inadequate in 2019, skipping outstanding.",
        ],
    ) == ["supported", "not_found"]


def test_both_before_a_shared_verb_adds_nothing_the_record_must_state(index: ClaimIndex) -> None:
    """A new council leader and a new lead member for children started in May 2018."""
    assert verdicts(
        index,
        [
            "The council's new leader and its new lead member for children both took over their jobs in "
            "May 2018.",
            # guard: the date is still compared
            "The council's new leader and its new lead member for children both took over their jobs in "
            "May 2017.",
        ],
    ) == ["supported", "contradicted"]
