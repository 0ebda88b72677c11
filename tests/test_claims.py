"""The claim checker, mechanism by mechanism, on the shipped record and on small datasets.

The claims here are written for these tests from the sources; none is taken from the public
sample in `../shared/dev_claims.jsonl`.
"""

from __future__ import annotations

import json

import pytest

from builders import DatasetFactory, finding, minimal_record
from trafford_timeline.claims.check import ClaimIndex, build_index, check_claim
from trafford_timeline.errors import DataError
from trafford_timeline.record.store import load_glossary, load_record, read_source, shipped_data_dir


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    data = shipped_data_dir()
    return build_index(load_record(data), load_glossary(data))


def verdict(index: ClaimIndex, claim: str) -> str:
    return check_claim(claim, index).verdict


def assert_verdicts(index: ClaimIndex, cases: list[tuple[str, str]]) -> None:
    wrong = [(claim, expected, verdict(index, claim)) for claim, expected in cases]
    assert [case for case in wrong if case[1] != case[2]] == []


def test_the_issue_example_is_contradicted_with_both_dates_explained(index: ClaimIndex) -> None:
    check = check_claim("The improvement notice was issued on 8 May 2019", index)
    assert check.verdict == "contradicted"
    assert "the claim says 8 May 2019; the record says 23 May 2019" in check.explanation
    assert "Ofsted publishes its report" in check.explanation  # what 8 May actually was
    assert (check.evidence[0].source, check.evidence[0].line) == ("001_0eee753b118d5f49.txt", 1)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The DfE served the improvement notice on 23 May 2019", "supported"),
        ("The improvement notice was issued on 23/05/2019", "supported"),
        ("The improvement notice was issued on 05/23/2019", "not_found"),  # no 23rd month: not a date
        ("The improvement notice was issued in May 2019", "supported"),
        ("The improvement notice was issued in 2019", "supported"),
        ("The improvement notice was issued in June 2019", "contradicted"),
        ("The improvement notice was issued in 2018", "contradicted"),
        ("Ofsted inspected Trafford between 4 and 8 March 2019", "supported"),
        ("Ofsted inspected Trafford on 6 March 2019", "supported"),
        ("Ofsted inspected Trafford in spring 2019", "supported"),
        ("Ofsted inspected Trafford in October 2019", "contradicted"),
        ("The implementation deadline under the notice is August 2020", "supported"),
        ("The implementation deadline under the notice is December 2020", "contradicted"),
    ],
)
def test_dates_in_any_common_form_are_compared_at_their_precision(
    index: ClaimIndex, claim: str, expected: str
) -> None:
    assert verdict(index, claim) == expected


def test_a_claim_more_precise_than_the_record_is_not_supported(index: ClaimIndex) -> None:
    check = check_claim("The council agreed a series of measures on 12 May 2019", index)
    assert check.verdict == "not_found"
    assert "only to May 2019" in check.explanation


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Looked-after children in Trafford rose by over 24% since 2015", "supported"),
        ("The number of children in care went up by 25% since the 2015 inspection", "supported"),
        ("The number of children in care rose by more than 20 per cent", "supported"),
        ("Looked-after children in Trafford rose by 10% since 2015", "contradicted"),
        ("Looked-after children in Trafford rose by 40% since 2015", "contradicted"),
        ("Ofsted will carry out six monitoring visits before a final inspection", "supported"),
        ("Ofsted will carry out four monitoring visits before a final inspection", "contradicted"),
        ("Quality assurance had consisted of two thematic audits", "supported"),
        ("Quality assurance had consisted of five thematic audits", "contradicted"),
    ],
)
def test_numbers_and_percentages_are_compared_with_their_qualifiers(
    index: ClaimIndex, claim: str, expected: str
) -> None:
    assert verdict(index, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Department for Education will review Trafford's performance every six months", "supported"),
        ("The DfE reviews Trafford's progress twice a year", "supported"),
        ("The DfE carries out six-monthly reviews of Trafford", "supported"),
        ("The DfE reviews Trafford's progress every twelve months", "contradicted"),
        ("The government reviews Trafford's progress annually", "contradicted"),
        ("The DfE reviews Trafford's progress quarterly", "contradicted"),
    ],
)
def test_frequencies_are_compared_as_periods(index: ClaimIndex, claim: str, expected: str) -> None:
    assert verdict(index, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Ofsted graded Trafford's children's services inadequate in 2019", "supported"),
        ("In 2019 the overall effectiveness of Trafford's services was judged inadequate", "supported"),
        ("Trafford was rated requires improvement to be good overall in 2019", "contradicted"),
        ("Trafford's children's services were rated good in 2015", "supported"),
        ("Trafford's children's services were rated outstanding in 2015", "contradicted"),
        ("Leadership was judged outstanding in 2015", "supported"),
        ("Leadership was judged good in 2019", "contradicted"),
        ("Services for care leavers were rated outstanding in 2015", "supported"),
        ("Care leavers' services were judged to require improvement in 2019", "supported"),
        ("Children who need help and protection were judged inadequate in 2019", "contradicted"),
        ("Trafford fell from good to inadequate", "supported"),
        ("Trafford was not rated inadequate in 2019", "contradicted"),
    ],
)
def test_grades_are_checked_by_year_and_area(index: ClaimIndex, claim: str, expected: str) -> None:
    assert verdict(index, claim) == expected


def test_a_grade_the_sources_do_not_state_is_not_found_not_inferred(index: ClaimIndex) -> None:
    check = check_claim("Help and protection services were rated good in 2015", index)
    assert check.verdict == "not_found"
    assert "state no grade" in check.explanation
    assert check.evidence == ()


@pytest.mark.parametrize(
    "claim",
    [
        "Trafford was rated inadequate in 2012",
        "Trafford's children's services were judged good in 2022",
        "Ofsted rated Trafford requires improvement in 2017",
        "Trafford's adoption service was rated good in 2019",
        "Salford's children's services were rated inadequate in 2019",
    ],
)
def test_years_and_services_not_on_record_are_not_found(index: ClaimIndex, claim: str) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "not_found", check.explanation
    assert check.evidence == ()


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Trafford's workforce is stable", "supported"),
        ("Trafford's workforce is unstable", "contradicted"),
        ("Trafford's workforce is not stable", "contradicted"),
        ("Staff turnover in Trafford is low", "supported"),
        ("Staff turnover in Trafford is high", "contradicted"),
        ("Caseloads remain too high in some teams", "supported"),
        ("Caseloads were low", "contradicted"),
        ("The service lacked capacity", "supported"),
        ("The service had insufficient capacity", "supported"),
        ("The service had enough capacity", "contradicted"),
        ("Leaders were unaware of significant weaknesses", "supported"),
        ("Leaders were aware of the weaknesses", "contradicted"),
        ("The MARAT was not giving a timely response to all children", "supported"),
        ("The MARAT responded promptly to all children", "contradicted"),
        ("Children at immediate risk are responded to slowly", "contradicted"),
        ("Services in Trafford have improved since 2015", "contradicted"),
        ("The interim chief executive worked full-time", "contradicted"),
        ("Andrew Weston said the decline in standards was acceptable", "contradicted"),
    ],
)
def test_negations_and_opposites_contradict_and_paraphrases_support(
    index: ClaimIndex, claim: str, expected: str
) -> None:
    assert verdict(index, claim) == expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Department for Education said it would appoint an adviser", "supported"),
        ("The government said it would appoint an adviser", "supported"),
        ("The multi-agency referral and assessment team was not providing a timely response", "supported"),
        ("Children in care numbers rose by over 24% since 2015", "supported"),
        ("The chief executive said the Ofsted report was stark", "supported"),
        ("Sara Todd is Trafford's CEO", "supported"),
        ("The education secretary is Damian Hinds", "supported"),
    ],
)
def test_the_glossary_joins_synonyms(index: ClaimIndex, claim: str, expected: str) -> None:
    assert verdict(index, claim) == expected


@pytest.mark.parametrize(
    "claim",
    [
        "Ofstead rated Traford inadequte in 2019",
        "OFSTED RATED TRAFFORD INADEQUATE IN 2019",
        "Trafford’s children’s services were rated ‘inadequate’ in 2019",
        "  Trafford's   children's services were rated inadequate in 2019  ",
    ],
)
def test_typos_case_quote_marks_and_spacing_do_not_change_the_verdict(index: ClaimIndex, claim: str) -> None:
    assert verdict(index, claim) == "supported"


def test_a_short_word_is_not_corrected_into_another_word(index: ClaimIndex) -> None:
    check = check_claim("The council was fined by Ofsted", index)
    assert check.verdict == "not_found"
    assert "'fined'" in check.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "The adviser is paid £1,000 a day",
        "Gavin Williamson issued the improvement notice",
        "Ofsted's chief inspector visited Trafford personally",
        "The council's budget for children's services was cut by £5m",
        "Pennine Care manages the day-to-day running of Trafford's children's services",  # a photo caption
        "The DfE took over Trafford's children's services",
    ],
)
def test_what_the_sources_never_say_is_not_found(index: ClaimIndex, claim: str) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "not_found", check.explanation
    assert check.evidence == ()


@pytest.mark.parametrize(
    ("claim", "holder"),
    [
        ("Sara Todd is the leader of Trafford Council", "Andrew Weston"),
        ("Andrew Weston is the chief executive", "Sara Todd"),
    ],
)
def test_a_role_the_record_gives_someone_else_is_contradicted(
    index: ClaimIndex, claim: str, holder: str
) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "contradicted"
    assert holder in check.explanation


def test_a_recommendation_does_not_support_a_claim_that_it_happened(index: ClaimIndex) -> None:
    assert verdict(
        index, "Ofsted recommended that the response to children referred to the MARAT improve"
    ) == ("supported")
    assert verdict(index, "The MARAT ensured timely review of all children referred to it") != "supported"


def test_where_sources_disagree_the_verdict_follows_the_records_assessment(index: ClaimIndex) -> None:
    """Only the 23 May report says the adviser was appointed; the record's assessment favours the
    29 May report ("yet to be appointed"), so the claim is contradicted, and says why."""
    check = check_claim("A government adviser has been appointed", index)
    assert check.verdict == "contradicted"
    assert check.conflict is not None
    assert check.conflict.id == "adviser-appointed-or-not"
    assert check.conflict.dissent == ("001_0eee753b118d5f49.txt",)
    assert "favours the other side" in check.explanation
    assert check.evidence[0].source == "000_e2f23ab22afb2358.txt"
    assert {"001_0eee753b118d5f49.txt", "000_e2f23ab22afb2358.txt"} <= {e.source for e in check.evidence}


@pytest.mark.parametrize(
    "claim",
    [
        "The improvement notice was issued on 8 May 2019",
        "Staff turnover in Trafford is low",
        "Trafford was rated good in 2015",
        "Leaders were aware of the weaknesses",
    ],
)
def test_decisive_evidence_quotes_its_source_verbatim_at_its_line(index: ClaimIndex, claim: str) -> None:
    check = check_claim(claim, index)
    assert check.verdict != "not_found"
    assert check.evidence
    for item in check.evidence:
        _, text = read_source(shipped_data_dir(), item.source)
        lines = text.splitlines()
        assert item.quote in " ".join(lines[item.line - 1 : item.line + 2]), item
        assert 0 < item.score <= 1


@pytest.mark.parametrize(
    ("claim", "stated"),
    [
        ("The DfE reviews Trafford's progress every three months", "the record says every six months"),
        ("Looked-after children in Trafford rose by 10% since 2015", "the record says 24% (over)"),
        ("Care leavers were rated good in 2015", "the record says care leavers 2015: outstanding"),
    ],
)
def test_the_explanation_names_the_field_that_differed(index: ClaimIndex, claim: str, stated: str) -> None:
    assert stated in check_claim(claim, index).explanation


def test_an_empty_or_wordless_claim_is_not_found(index: ClaimIndex) -> None:
    for claim in ["", "   ", "the of and", "?!"]:
        check = check_claim(claim, index)
        assert (check.verdict, check.evidence) == ("not_found", ())


def synthetic_index(
    make_dataset: DatasetFactory, glossary: dict[str, object] | None = None, name: str = "plain"
) -> ClaimIndex:
    record = minimal_record()
    record["facts"] = [finding("morale-good", "report-2019")]
    root = make_dataset(record, name=name)
    if glossary is not None:
        shipped = json.loads((shipped_data_dir() / "glossary.json").read_text(encoding="utf-8"))
        (root / "glossary.json").write_text(json.dumps(shipped | glossary), encoding="utf-8")
    return build_index(load_record(root), load_glossary(root))


def test_the_glossary_is_data_a_dataset_can_extend(make_dataset: DatasetFactory) -> None:
    claim = "Esprit de corps is good in many teams"
    assert verdict(synthetic_index(make_dataset), claim) == "not_found"
    shipped = json.loads((shipped_data_dir() / "glossary.json").read_text(encoding="utf-8"))
    concepts = [*shipped["concepts"], {"id": "morale", "terms": ["morale", "esprit de corps"]}]
    extended = synthetic_index(make_dataset, {"concepts": concepts}, name="extended")
    assert verdict(extended, claim) == "supported"


def test_a_broken_glossary_is_a_data_error_naming_the_field(make_dataset: DatasetFactory) -> None:
    root = make_dataset()
    (root / "glossary.json").write_text('{"about": "x", "concepts": "none"}', encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_glossary(root)
    assert "glossary.json" in str(caught.value)
    assert any(line.startswith("concepts") for line in caught.value.details)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Trafford's workforce was stable, with low staff turnover", "supported"),
        ("Trafford's workforce was stable, with high staff turnover", "contradicted"),
        ("Caseloads were too high in some teams; the workforce was stable", "supported"),
    ],
)
def test_a_claim_joining_two_statements_is_checked_part_by_part(
    index: ClaimIndex, claim: str, expected: str
) -> None:
    check = check_claim(claim, index)
    assert check.verdict == expected
    assert "part " in check.explanation


@pytest.mark.parametrize(
    "claim",
    [
        "Thresholds werent applied consistently",
        "The multi-agency referal and assessment team was not providing a timely response",
        "Inspectors were in Trafford from 4-8 March",
    ],
)
def test_missing_apostrophes_misspelt_known_words_and_yearless_ranges_are_read(
    index: ClaimIndex, claim: str
) -> None:
    assert verdict(index, claim) == "supported"


def test_naming_someone_as_a_role_held_by_another_is_contradicted_even_beside_their_own_role(
    index: ClaimIndex,
) -> None:
    check = check_claim(
        "The dedicated cabinet member for children's social care will be council leader Andrew Weston", index
    )
    assert check.verdict == "contradicted"
    assert "Catherine Hynes" in check.explanation


def test_a_quality_the_record_does_not_give_is_not_supported(index: ClaimIndex) -> None:
    assert verdict(index, "The performance data available to leaders was of poor quality") != "supported"


def test_a_source_quoted_on_both_sides_of_a_dispute_is_not_a_dissenter(index: ClaimIndex) -> None:
    """000's headline says the DfE appoints an adviser, its body that one is yet to be appointed: only
    001 stands wholly on the side the assessment does not favour."""
    check = check_claim("The government adviser had been appointed", index)
    assert check.conflict is not None
    assert "000_e2f23ab22afb2358.txt" not in check.conflict.dissent
