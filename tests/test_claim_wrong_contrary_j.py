"""True claims the start of the twenty-first session called contradicted: a denial of what the record
states only as a purpose ("so that return home interviews are completed"); a refusal to say more
about an announcement, read as denying the announcement; a post held "since February", set against
the date of a later statement; and a comma series of verbs of one subject, read as one statement of
the first verb's date. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_purpose_is_not_said_to_be_met(index: ClaimIndex) -> None:
    claims = [
        "Missing children in Trafford aren't all getting return home interviews.",
        "Trafford isn't completing return home interviews for every child who goes missing.",
    ]
    assert [check_claim(claim, index).verdict for claim in claims] == ["not_found", "not_found"]


def test_what_the_record_says_outright_is_still_denied(index: ClaimIndex) -> None:
    claim = "Children at immediate risk in Trafford are not responded to quickly."
    assert check_claim(claim, index).verdict == "contradicted"


def test_saying_nothing_more_is_declining_to_comment(index: ClaimIndex) -> None:
    claims = [
        "The council would not say anything further about the DfE's announcement.",
        "Trafford Council wouldn't add anything more on the announcement by the Department for Education.",
    ]
    assert [check_claim(claim, index).verdict for claim in claims] == ["supported", "supported"]


def test_a_post_held_since_a_month_is_not_the_date_of_what_its_holder_said(index: ClaimIndex) -> None:
    claim = "Sara Todd, Trafford's chief executive since February, described the report as stark."
    assert check_claim(claim, index).verdict != "contradicted"


def test_each_verb_of_a_comma_series_is_a_statement_of_its_own(index: ClaimIndex) -> None:
    claim = (
        "Sara Todd began in February, described the report as stark, "
        "and promised the council would embrace the challenge."
    )
    assert check_claim(claim, index).verdict == "supported"


def test_a_reporting_verb_after_a_comma_is_no_series(index: ClaimIndex) -> None:
    claim = "Sara Todd began in February, said the council."
    assert check_claim(claim, index).verdict == "supported"


def test_a_deadline_is_not_the_date_of_the_notice_that_sets_it(index: ClaimIndex) -> None:
    claim = (
        "The improvement notice requires evidence of clear progress, with implementation due by August 2020."
    )
    assert check_claim(claim, index).verdict == "not_found"


def test_a_deadline_the_record_never_dates_is_still_contradicted(index: ClaimIndex) -> None:
    claim = "The notice required clear evidence of progress by August 2021."
    assert check_claim(claim, index).verdict == "contradicted"


def test_a_change_between_grades_spans_both_inspections(index: ClaimIndex) -> None:
    claims = [
        "Trafford dropped from good to inadequate, and leaders were blamed.",
        "Trafford slid from 'good' to 'inadequate' across two inspections, and the leadership got the blame.",
    ]
    assert [check_claim(claim, index).verdict for claim in claims] == ["supported", "supported"]


def test_a_part_said_of_now_passes_no_earlier_year_on(index: ClaimIndex) -> None:
    claim = (
        "Care leavers were rated outstanding in 2015 but now require improvement, "
        "and the DfE will check progress every six months."
    )
    assert check_claim(claim, index).verdict == "supported"


def test_a_clause_with_its_own_subject_after_a_comma_is_a_part(index: ClaimIndex) -> None:
    claims = [
        "Sara Todd joined in February, the interim chief executive had covered from July 2018, "
        "and the inspectors arrived in March.",
        "Sara Todd started in February, the inspection began in March, and the report came out in May.",
    ]
    assert [check_claim(claim, index).verdict for claim in claims] == ["supported", "supported"]
    wrong = "Sara Todd started in February, the report was published in June."
    assert check_claim(wrong, index).verdict == "contradicted"


def test_nobody_at_a_place_would_have_done_it_is_a_denial(index: ClaimIndex) -> None:
    claim = "Without the inspection, nobody in the council would have recognised the weaknesses."
    assert check_claim(claim, index).verdict == "supported"
    other = "Without the inspection, someone in the council would have recognised the weaknesses anyway."
    assert check_claim(other, index).verdict == "contradicted"


def test_an_attribution_after_a_comma_is_no_part_of_its_own(index: ClaimIndex) -> None:
    claim = "Sara Todd started in February, the report said."
    assert check_claim(claim, index).verdict == "supported"
