"""A plan read beside a claim of what was said, due or being arranged, and a quality word that is
not a grade, each tested with sentences written for these tests: a claim that only reports a saying
agrees with a plan; what was set for a date, a deadline, and what is being arranged are
plans themselves, compared on their dates; `knew full well` is knowing and `how good` is the
quality of a thing; a quality denied of a noun is judged by the item that denies it of that noun.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim

PLAN_ONLY = "was to happen"


def test_a_claim_that_only_reports_what_was_said_agrees_with_a_plan(index: ClaimIndex) -> None:
    """The panel was to sit in October 2019 and the monitoring visit was to come within six months."""
    assert verdicts(
        index,
        [
            "Councillors were told a panel with representatives of children in care appoints the new "
            "Children's Services Director in October 2019.",
            "Members were told Ofsted returns for a monitoring visit within six months.",
        ],
    ) == ["supported", "supported"]
    # guards: what was said to have been done, or being told of a thing at a date, is still more
    # than the plan says
    told_of = (
        "Councillors were told of the panel appointing the new Children's Services Director in December 2019."
    )
    assert check_claim(told_of, index).verdict == "not_found"
    done = check_claim(
        "Members were told that Ofsted returned for a monitoring visit within six months.", index
    )
    assert done.verdict == "not_found"
    assert PLAN_ONLY in done.explanation
    assert (
        PLAN_ONLY
        in check_claim(
            "Trafford was told the DfE reviewed its performance every six months.", index
        ).explanation
    )


def test_what_was_set_for_a_date_is_a_plan_compared_on_its_date(index: ClaimIndex) -> None:
    """The appointment panel was planned for October 2019."""
    assert verdicts(
        index,
        [
            "The appointment panel for the new children's services director was set for September 2019.",
            "The appointment panel for the new children's services director was set for October 2019.",
        ],
    ) == ["contradicted", "supported"]


def test_what_is_being_arranged_is_a_plan(index: ClaimIndex) -> None:
    """The leader said the new cabinet role would be led by the deputy leader, Catherine Hynes."""
    arranged = check_claim(
        "The new dedicated cabinet member role for children's social care is being handed to deputy "
        "leader Catherine Hynes.",
        index,
    )
    assert arranged.verdict == "supported"


def test_knowing_full_well_is_knowing_not_a_quality(index: ClaimIndex) -> None:
    """Ofsted found that senior leaders had no awareness of the decline."""
    assert verdicts(
        index,
        [
            "Senior leaders in Trafford knew full well that services were in decline.",
            "Leaders were perfectly well aware of the decline in services.",
        ],
    ) == ["contradicted", "contradicted"]


def test_how_good_a_thing_is_asks_its_quality_not_a_grade(index: ClaimIndex) -> None:
    """Strategic leaders had not kept an accurate understanding of the quality of social work practice."""
    said = "Strategic leaders have not kept an accurate understanding of how good social work practice is."
    assert check_claim(said, index).verdict == "supported"


def test_a_quality_denied_of_a_noun_is_judged_by_the_item_that_denies_it(index: ClaimIndex) -> None:
    """A lack of effective management oversight had left leaders unaware of significant weaknesses."""
    assert verdicts(
        index,
        [
            "Poor management oversight left Trafford's leaders unaware of significant weaknesses.",
            "Inadequate management oversight meant leaders knew of significant weaknesses.",
        ],
    ) == ["supported", "contradicted"]
    # guards: a quality the item does not deny is still a grade it does not give
    good = check_claim(
        "Good management oversight left Trafford's leaders unaware of significant weaknesses.", index
    )
    assert good.verdict == "not_found"
    assert "no grade or quality" in good.explanation
    poor = check_claim("Ofsted said the performance data Trafford's leaders had was of poor quality.", index)
    assert poor.verdict != "supported"


def test_a_table_of_grades_pairs_each_area_with_its_own_grade(index: ClaimIndex) -> None:
    """In 2019 leadership and overall effectiveness were inadequate; the other areas required improvement."""
    assert verdicts(
        index,
        [
            "Ofsted 2019 | leadership: inadequate | care leavers: RI | overall: inadequate | "
            "looked after children: RI",
            "2019 judgements - help and protection: requires improvement; leaders' impact: inadequate; "
            "overall effectiveness: inadequate",
            "Ofsted 2019 | leadership: inadequate | care leavers: RI | overall: good | children in care: RI",
        ],
    ) == ["supported", "supported", "contradicted"]
