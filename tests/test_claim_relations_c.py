"""Dates, lengths and grade changes: wordings of a length the reader lacked, and true claims it
called contradicted.

A length stressed (`a full two months`, `a whole year`) is the plain length, and a half-year six
months; a year after a month (`in March 2019 weeks after`) is no count of weeks. Two relations of
one thing (`two weeks after the report and eleven weeks after the inspection`) must both hold, and
so must each of two subjects of one predicate. A side that names one event with a date its record
date excludes contradicts the claim. A relation set off by a comma is still read where the claim is
split into parts. A grade knocked down is a fall, and the period it fell over (`one inspection
cycle`) only frames it. A full stop before a year heading ends a statement, so the heading reaches
only to the next; a later sentence saying whose the claim is asserts nothing more; `and doesn't`
begins another clause, and `secure` is `ensure`.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex


def test_a_stressed_length_is_the_plain_length(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The DfE's improvement notice came a full two months after Ofsted's report",
            "Sara Todd took over as chief executive a whole year before the inspectors arrived",
            "The improvement notice followed fully two weeks after the report came out",
        ],
    ) == ["contradicted", "contradicted", "supported"]


def test_half_a_year_is_six_months(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Councillors were told inspectors would be back within half a year",
            "Ofsted's first monitoring visit was expected within half a year",
            "Over the last half-year quality assurance consisted mainly of two thematic audits",
            "The Department for Education reviews Trafford's performance every half year",
        ],
    ) == ["supported", "supported", "supported", "supported"]


def test_a_year_after_a_month_is_no_count_of_weeks(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Sara Todd had been in the role a matter of weeks when inspectors came in March 2019",
            "Todd had only been in post a matter of weeks when the inspection began in March 2019",
        ],
    ) == ["supported", "supported"]


def test_two_relations_of_one_thing_must_both_hold(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The notice was issued under three weeks after the report and about eleven weeks after "
            "the inspection finished",
            "The notice arrived a fortnight after the report and three weeks after the inspection",
        ],
    ) == ["supported", "contradicted"]


def test_a_side_dated_where_the_record_excludes_it_is_contradicted(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors visited Trafford in March, a few weeks after Ofsted's report came out in February",
            "The DfE notice came in May, two weeks after the report was published in April",
        ],
    ) == ["contradicted", "contradicted"]


def test_a_misdated_side_contradicts_even_when_the_other_side_is_no_event(index: ClaimIndex) -> None:
    """The side that names the notice or the report gives it a month its record date excludes; the
    other side (staff being told, councillors meeting) is nothing the record dates. A side that gives
    the record's own month leaves the claim unsettled."""
    assert verdicts(
        index,
        [
            "Social workers were told in June, a month after the DfE's improvement notice arrived in April",
            "Councillors met in the summer, weeks after Ofsted published its report in March 2019",
            "Staff heard the news in July, two weeks after the improvement notice was issued in May",
        ],
    ) == ["contradicted", "contradicted", "not_found"]


def test_a_relation_set_off_by_a_comma_is_read_in_a_split_claim(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted's report was published in May 2019, around two months after the inspection",
            "The notice was issued on 23 May, just over a fortnight after the report came out on 8 May",
        ],
    ) == ["supported", "supported"]


def test_a_grade_knocked_down_over_an_inspection_cycle_is_a_fall(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors knocked Trafford's overall grade down from good to inadequate",
            "Trafford's leadership dropped three grades in a single inspection cycle",
            "Trafford's leadership dropped two grades in one inspection round",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_a_year_heading_reaches_only_to_the_full_stop(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford in 2015 – leadership outstanding; overall good. 2019 – overall inadequate.",
            "Trafford, 2015: care leavers outstanding; leadership outstanding. 2019: leadership inadequate.",
        ],
    ) == ["supported", "supported"]


def test_a_remark_on_whose_verdict_the_claim_is_asserts_nothing_more(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Children were left living in neglect for too long. Those aren't my words, they're Ofsted's.",
            "Trafford children were left in neglect too long. That is not our opinion but the inspectors'.",
        ],
    ) == ["supported", "supported"]


def test_and_with_a_contracted_denial_starts_another_clause(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted found long-term planning for care leavers weak, and that it didn't secure the best "
            "outcomes for them",
            "Oversight by managers takes place, but it is poorly recorded and doesn't ensure good social "
            "work practice.",
            "Management oversight happens but it is poorly recorded and doesn't secure good social work, "
            "inspectors said.",
        ],
    ) == ["supported", "supported", "supported"]


def test_two_subjects_of_one_predicate_are_each_related(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Sara Todd and the new council leader took up their posts before the inspection",
            "Sara Todd and the new council leader took up their posts after the inspection",
            "The new leader and the lead member for children only took up their posts after Ofsted inspected",
        ],
    ) == ["supported", "contradicted", "contradicted"]
