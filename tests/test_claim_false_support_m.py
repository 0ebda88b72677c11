"""Claims the starting code supported though the record says otherwise or nothing: a denial inside the
relative clause of `nothing` or `nobody`, which cancels the first (the council knew it all); a
preference put as a noun ("the preference was for X over Y") the other way round from the record;
and a short quotation whose words no record text uses, which the speaker's name and a near word let
through. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.reading import read_text


def test_nothing_that_was_not_known_means_everything_was_known(index: ClaimIndex) -> None:
    claims = [
        "The inspection found nothing that the local authority had not known already.",
        "Ofsted found nothing that Trafford's leaders were not aware of.",
    ]
    assert verdicts(index, claims) == ["contradicted", "contradicted"]
    reading = read_text(claims[0], index.glossary, index.vocabulary)
    assert reading.negations == ()  # the two denials cancel
    # a plain denial of knowing is still read as one
    said = "Inspectors found weaknesses that the local authority did not know about."
    assert verdicts(index, [said]) == ["supported"]


def test_a_preference_as_a_noun_the_other_way_round(index: ClaimIndex) -> None:
    claim = "Members heard the council's preference was for agency social workers over permanent staff."
    check = check_claim(claim, index)
    assert check.verdict == "contradicted"
    assert "permanent" in check.explanation
    # the same way round, it still supports
    said = "Members heard the council's preference was for permanent staff over agency social workers."
    assert verdicts(index, [said]) == ["supported"]


def test_a_quoted_word_the_record_never_uses_does_not_support(index: ClaimIndex) -> None:
    claims = [
        "Sara Todd said she was 'shocked' by the Ofsted report.",
        "The Secretary of State, Damian Hinds, described leadership at Trafford as 'a disgrace'.",
    ]
    checks = [check_claim(claim, index) for claim in claims]
    assert [check.verdict for check in checks] == ["not_found", "not_found"]
    assert "shocked" in checks[0].explanation
    # a quoted word the record does use still supports
    assert verdicts(index, ["Sara Todd called the report 'stark'."]) == ["supported"]
