"""True claims in other words than the record's: a record word of few senses read as the item's
synonym, an idiom of being informed, Ofsted's four-point scale, and a measure placed `as part of` the
council's response or recovery. Each sentence was written for these tests.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_record_word_of_few_senses_is_read_as_the_items_synonym(index: ClaimIndex) -> None:
    """The record says `circumstances` elsewhere (records not updated for changes in them); the
    finding quotes children living in `conditions` of neglect, which WordNet gives for it."""
    true = check_claim(
        "Inspectors found that children were left in neglectful circumstances for too long.", index
    )
    assert true.verdict == "supported"
    assert "condition" in true.explanation
    # guards: a quality the record does not give still blocks, and so does a word of many senses
    assert verdicts(
        index,
        [
            "Inspectors found that children were left in comfortable circumstances for too long.",
            "Inspectors found that children were left in neglectful places for too long.",
        ],
    ) == ["not_found", "not_found"]


def test_kept_up_to_date_on_progress_is_kept_informed(index: ClaimIndex) -> None:
    """The committee heard the DfE was kept informed of progress against the draft action plan."""
    assert verdicts(
        index,
        [
            "The government was kept up to date on progress against the council's draft action plan.",
            "Councillors heard the DfE was being kept up to date on progress against the draft action plan.",
        ],
    ) == ["supported", "supported"]
    # guard: the body the record names is still checked
    wrong = check_claim("Ofsted was kept up to date on progress against Trafford's draft action plan.", index)
    assert wrong.verdict == "contradicted"


def test_a_measure_as_part_of_the_councils_response_is_the_measure(index: ClaimIndex) -> None:
    """The committee heard that a leadership programme was being developed; the frame says only that it
    belongs to the council's response, which every measure the record holds the council to does."""
    assert verdicts(
        index,
        [
            "Trafford was developing a leadership programme as part of its response.",
            "Trafford was developing a leadership programme as part of its recovery plan.",
        ],
    ) == ["supported", "supported"]
    # guards: a measure the record lacks is still unfound, and an inspection is no part of a response
    assert verdicts(
        index,
        [
            "Trafford hired 40 extra social workers as part of its recovery plan.",
            "Ofsted inspected Trafford in March 2019 as part of the council's response.",
        ],
    ) != ["supported", "supported"]


def test_the_four_point_scale_is_ofsteds_grading_scale(index: ClaimIndex) -> None:
    """Ofsted grades on four points; the count names the scale, not a figure the record must hold."""
    true = check_claim(
        "Overall, Trafford slid two steps on Ofsted's four-point scale, from good to inadequate.", index
    )
    assert true.verdict == "supported"
    # guards: a wrong number of steps is still contradicted, and a scale of another size is not Ofsted's
    assert verdicts(
        index,
        [
            "Overall, Trafford slid three steps on Ofsted's four-point scale, from good to inadequate.",
            "Overall, Trafford slid two steps on Ofsted's five-point scale, from good to inadequate.",
        ],
    ) == ["contradicted", "not_found"]
