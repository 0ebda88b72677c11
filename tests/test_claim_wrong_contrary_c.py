"""True or unstated claims the checker called contradicted, each tested with sentences written for
these tests: a finding or a rating dated to a year the record holds no inspection from, a post's
holder said to be permanent where the record names an interim holder at another time, and a finding
dated to the inspection that made it.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_year_without_an_inspection_is_not_denied_by_another_years(index: ClaimIndex) -> None:
    """The record holds inspections of 2015 and 2019 only: the 2019 report's `inadequate` and its
    finding that the service lacked capacity say nothing of 2010 or 2013."""
    claims = [
        "Ofsted judged the council's children's services adequate back in 2010.",
        "In 2013 inspectors found that the service had sufficient capacity.",
        # guards: the years the record holds still decide
        "In 2019 inspectors found that the service had sufficient capacity.",
        "Ofsted judged the council's children's services good in 2019.",
    ]
    expected = ["not_found", "not_found", "contradicted", "contradicted"]
    assert verdicts(index, claims) == expected
    assert "no inspection or report from 2010" in check_claim(claims[0], index).explanation


def test_a_permanent_holder_of_another_time_is_not_denied_by_an_interim_one(index: ClaimIndex) -> None:
    """The record: an Interim Director of Children's Services spoke to the committee in 2019; it says
    nothing of who held the post, or how, after that."""
    claims = [
        "Trafford's new permanent director of children's services took office in March 2022.",
        "A new permanent director of children's services began in the role in autumn 2020.",
        # guard: the holder the committee heard was interim, not permanent
        "A permanent director of children's services gave the committee a presentation on the Ofsted report.",
    ]
    assert verdicts(index, claims) == ["not_found", "not_found", "contradicted"]


def test_a_finding_dated_to_its_inspection_is_not_denied_by_its_report_date(index: ClaimIndex) -> None:
    """The record: Ofsted inspected Trafford on 4-8 March 2019 and published its findings (among them,
    the visit that found a lack of management oversight) on 8 May: a finding's date is its report's,
    and the inspection's days are its other date."""
    claims = [
        "Ofsted's visit to the council's services took place on 4-8 March 2019.",
        # guard: the report itself was not published during the inspection
        "Ofsted's report on its findings was published on 4-8 March 2019.",
    ]
    assert verdicts(index, claims) == ["not_found", "contradicted"]
    assert "by its report, not its inspection" in check_claim(claims[0], index).explanation
