"""Claims the starting code supported though the record does not: a denial of a change of grade whose
reach was carried past a dash onto the grade the next clause affirms; a claim that denies a word the
record item never uses ("could not be trusted" against "held valid data"); and two denials in one
claim, the first of which was let reach past the second. Then a claim
of what would have happened otherwise, the other way round from the record, once not found. Every
sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.reading import read_text


def test_a_denied_change_does_not_reach_the_grade_after_a_dash(index: ClaimIndex) -> None:
    claims = [
        "The council did not see its rating slide at all - inspectors still say good.",
        "The council never saw its Ofsted rating fall - inspectors still judge it good.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["contradicted", "contradicted"]
    assert "inadequate" in checks[0].explanation
    # the rating that did fall, and a grade the record gives, still read as before
    assert verdicts(index, ["Trafford's overall grade fell from good to inadequate."]) == ["supported"]


def test_a_denied_word_the_item_never_uses_does_not_support(index: ClaimIndex) -> None:
    denied = [
        "Members were told by the Interim Director that council data and intelligence could not be trusted",
        "The Interim Director told the committee the council's data and intelligence were never reliable.",
    ]
    assert [check_claim(claim, index).verdict != "supported" for claim in denied] == [True, True]
    # the item's own words still support it
    said = "The Interim Director told the committee the council held valid data and intelligence."
    assert verdicts(index, [said]) == ["supported"]


def test_a_second_denial_opens_a_clause_of_its_own(index: ClaimIndex) -> None:
    reading = read_text("Leaders weren't blind, and nothing was missed.", index.glossary, index.vocabulary)
    assert [len(negated) for negated in reading.negations] == [1, 1]  # `missed` is denied once, not twice
    reading = read_text("There were no plans and no reviews.", index.glossary, index.vocabulary)
    assert all(reading.negations_of({term}) == 1 for term in reading.terms)
    # `not without` is still a double denial: the problems were there
    reading = read_text("The plan was not without problems.", index.glossary, index.vocabulary)
    assert all(reading.negations_of({term}) % 2 == 0 for term in reading.terms)


def test_what_would_have_happened_otherwise_the_other_way(index: ClaimIndex) -> None:
    claim = (
        "According to Ofsted, the council would have noticed the weaknesses by itself without any inspection."
    )
    check = check_claim(claim, index)
    assert check.verdict == "contradicted"
    assert check.evidence[0].id == "finding-weaknesses-would-not-have-been-recognised-without-inspection"
    # the same way round, it still supports
    said = "Ofsted said that without the inspection, the weaknesses would not have been recognised."
    assert verdicts(index, [said]) == ["supported"]
