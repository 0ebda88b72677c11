"""True claims the checker called contradicted, each tested with sentences written for these tests:
a denial that spends its reach on a rating word (`have not maintained an accurate picture`), a
denied finding of an antonym (`did not find the staff unstable`, the pole itself), and `kept doing`
read as a kept rating.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex
from trafford_timeline.claims.reading import read_text


def test_a_denial_reaches_past_a_rating_word_to_what_it_denies(index: ClaimIndex) -> None:
    """`maintained` is a rating word, no term: "not maintained an accurate understanding" denies the
    understanding as well as its accuracy, as "failed to understand" does."""
    reading = read_text("leaders have not maintained an accurate understanding", index.glossary)
    assert any("concept:understanding" in denied for denied in reading.negations)
    claims = [
        "From 2015 on, Trafford's leaders failed to understand the quality of social work practice.",
        # guard: saying they did understand it is still contradicted
        "Since 2015 Trafford's strategic leaders have kept an accurate understanding of practice quality.",
    ]
    got = verdicts(index, claims)
    assert got[0] == "supported"
    assert got[1] != "supported"


def test_a_denied_finding_of_an_antonym_is_the_pole_itself(index: ClaimIndex) -> None:
    """The record: the workforce in Trafford is stable. Not finding it unstable is finding it stable."""
    claims = [
        "Ofsted did not find Trafford's workforce unstable.",
        "Inspectors did not find the workforce in Trafford to be unstable.",
        # guard: finding it unstable is contradicted
        "Ofsted found Trafford's workforce unstable.",
    ]
    assert verdicts(index, claims) == ["supported", "supported", "contradicted"]


def test_kept_doing_is_no_kept_rating(index: ClaimIndex) -> None:
    """`kept insisting` says a thing went on being done; `kept its good rating` rates."""
    assert not read_text("the managers kept insisting the work was good", index.glossary).rated
    assert read_text("the council kept its good rating", index.glossary).rated
