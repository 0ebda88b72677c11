"""Readings the claim checker learned from the sixth session's first held-out claim set, each tested
with sentences written for these tests: a run of days is not one day inside it, a body the record
does not name, a fall `down to` a grade, a date that names a deadline, and what would have happened
otherwise.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_run_of_days_is_not_supported_by_one_day_inside_it(index: ClaimIndex) -> None:
    """The report is dated 8 May; inspectors were in Trafford 4 to 8 March, not in May."""
    days = check_claim("Ofsted's inspectors were at Trafford from 6 to 10 May 2019.", index)
    assert days.verdict != "supported"
    assert "8 May 2019" not in days.explanation or "not all of" in days.explanation
    # guards: the right run of days, a window around it, and one day, still fit
    assert verdicts(
        index,
        [
            "Ofsted's inspectors were at Trafford from 4 to 8 March 2019.",
            "Ofsted inspected Trafford between 1 and 12 March 2019.",
            "Ofsted published its report on 8 May 2019.",
        ],
    ) == ["supported", "supported", "supported"]


def test_a_body_the_item_does_not_name_is_not_supported_by_another_bodys_part(index: ClaimIndex) -> None:
    """The adviser reports until the Education Secretary decides the post is no longer needed."""
    wrong = check_claim("The adviser will report regularly until Ofsted decides the post can end.", index)
    assert wrong.verdict == "contradicted"  # Ofsted does the Secretary's act (test_claim_slots_b.py)
    assert "another body" in wrong.explanation
    right = (
        "The adviser will keep reporting until the Education Secretary decides the post is no longer needed."
    )
    assert check_claim(right, index).verdict == "supported"


def test_down_to_a_grade_after_another_grade_is_a_fall_not_a_cause(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Care leavers' services slid from outstanding in 2015 right down to requires improvement.",
            "Care leavers' services slid from outstanding in 2015 right down to inadequate.",
        ],
    ) == ["supported", "contradicted"]
    # guard: `down to` with no grade before it is still a cause, not a change of grade
    cause = check_claim("The slump was down to inadequate leadership.", index)
    assert "grades down" not in cause.explanation
    assert "went from" not in cause.explanation


def test_a_date_that_names_a_deadline_is_not_the_date_of_the_next_part(index: ClaimIndex) -> None:
    claim = (
        "The improvement notice set an August 2020 deadline and told the council to create an improvement"
        " board with an independent chair."
    )
    checked = check_claim(claim, index)
    assert checked.verdict == "supported", checked.explanation
    # guard: the deadline's own date is still checked
    wrong = claim.replace("2020", "2022")
    assert check_claim(wrong, index).verdict == "contradicted"


def test_what_would_have_happened_otherwise_is_judged_only_by_an_item_that_says_so(index: ClaimIndex) -> None:
    """Only one finding says what would have happened without the inspection: nothing recognised."""
    said = check_claim("Absent the inspection, the council would never have noticed its weaknesses.", index)
    assert said.verdict != "contradicted"
    found = check_claim("But for the inspection, the weaknesses would not have been recognised.", index)
    assert found.verdict == "supported"
    denied = check_claim(
        "Had there been no inspection, the council would have found the weaknesses itself.", index
    )
    assert denied.verdict == "contradicted"


def test_far_says_how_much_and_not_what(index: ClaimIndex) -> None:
    """Leaders did not know how badly services had declined; `how far` adds only a degree."""
    assert verdicts(
        index,
        [
            "Leaders did not realise how far services had declined.",
            "Leaders knew how far services had declined.",
        ],
    ) == ["supported", "contradicted"]


def test_quickly_enough_is_timely(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The MARAT did not respond quickly enough to all children.",
            "The MARAT responded fast enough to every child.",
        ],
    ) == ["supported", "contradicted"]


def test_meant_joins_a_cause_to_what_it_caused(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Slow action on help and protection meant some children waited too long to come into care.",
            "Slow action on help and protection meant no child waited too long to come into care.",
        ],
    ) == ["supported", "contradicted"]


def test_what_ofsted_wants_or_calls_for_is_its_recommendation(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors want Trafford to ensure return home interviews happen for children who go missing.",
            "Ofsted calls for return home interviews to be completed for missing children.",
        ],
    ) == ["supported", "supported"]
    # guard: a recommendation the record does not hold is not found
    assert (
        check_claim("Ofsted calls for Trafford to close its children's homes.", index).verdict == "not_found"
    )


def test_yet_after_a_comma_joins_two_statements(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors found care plans well written, yet said thresholds were not applied consistently.",
            "Inspectors found care plans well written, yet said thresholds were applied consistently.",
        ],
    ) == ["supported", "contradicted"]


def test_how_long_a_post_was_held_reads_past_a_word_for_the_state_and_checks_what_ended_it(
    index: ClaimIndex,
) -> None:
    """Interim cover began in July 2018; a permanent chief executive took up the post in February
    or early March 2019: some seven months."""
    assert verdicts(
        index,
        [
            "Trafford's interim chief executive spell lasted around seven months before a permanent"
            " appointee took up the post.",
            "Trafford's interim chief executive spell lasted three years before a permanent appointee"
            " took up the post.",
        ],
    ) == ["supported", "contradicted"]
    # guard: an end the record does not give is not taken for the one it gives
    unended = "Trafford's interim chief executive spell lasted around seven months before the DfE intervened."
    assert check_claim(unended, index).verdict == "not_found"


def test_a_denying_clause_made_wholly_of_the_claims_words_is_heard(index: ClaimIndex) -> None:
    """ "Ofsted does not set performance indicators" sits beside a longer clause in which the local
    authority sets its own and an inspector expects a management information system."""
    claim = "Ofsted decides the performance indicators that Trafford's leadership works to."
    assert check_claim(claim, index).verdict != "supported"
    assert check_claim(
        "Ofsted sets the performance indicators Trafford's leadership relies on.", index
    ).verdict == ("contradicted")


def test_a_grade_referred_back_to_is_the_one_named_before(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's leadership was outstanding in 2015 and held on to that grade in 2019.",
            "Trafford's overall effectiveness was good in 2015 and lost that rating by 2019.",
        ],
    ) == ["contradicted", "supported"]


def test_years_between_two_ratings_are_counted(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Only three years after being rated good, Trafford's children's services were found inadequate.",
            "Trafford was found inadequate four years after it was rated good.",
            # the areas a claim names are the areas both ratings are of: leadership was outstanding
            "Trafford's leadership was found inadequate four years after being rated good.",
        ],
    ) == ["contradicted", "supported", "contradicted"]


def test_a_later_grade_named_first_is_paired_with_the_later_year(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's leadership was judged inadequate after having been judged outstanding.",
            "Trafford's leadership was judged outstanding after having been judged inadequate.",
        ],
    ) == ["supported", "contradicted"]


def test_an_adverb_after_a_length_is_not_passed_over(index: ClaimIndex) -> None:
    """`later` alone says only when; `two years later` says how long, which must be checked, not
    dropped with the adverb (the ratings are four years apart)."""
    claim = "Trafford's leadership went from 'outstanding' in 2015 to 'inadequate' two years later."
    assert check_claim(claim, index).verdict != "supported"
    assert check_claim("Thematic audits were often inaccurate, Ofsted found.", index).verdict == "supported"
    # nor is a word of order read as another (WordNet sets `later` beside `previous`)
    later = "Trafford's leadership, outstanding in 2015, was later rated good."
    assert check_claim(later, index).verdict != "supported"
