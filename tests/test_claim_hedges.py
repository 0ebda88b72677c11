"""Readings the claim checker learned from the seventh session's first held-out claim set, each tested
with sentences written for these tests: a bound belittled or denied (`little more than two`, `no more
than two`), `nearly all` as most, a quality WordNet names the opposite of the item's, a body's name the
record never gives, how long a post went without a permanent holder, and a date that runs past an
item's vague span while the item's own date excludes it.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.quantities import agrees, find_quantities


def test_a_belittled_or_denied_bound_holds_its_own_number() -> None:
    (record,) = find_quantities("two thematic audits")

    def claimed(text: str) -> bool:
        (quantity,) = find_quantities(text)
        return agrees(quantity, record)

    assert claimed("little more than two audits")
    assert claimed("no more than two audits")
    assert claimed("not more than 2 audits")
    assert claimed("at least two audits")
    assert claimed("no fewer than two audits")
    assert claimed("barely two audits")
    assert claimed("a couple of audits")
    assert claimed("little more than a couple of audits")
    # guards: a bound the record's number breaks, and a plain `more than`, still differ
    assert not claimed("more than two audits")
    assert not claimed("no more than 1 audit")
    assert not claimed("at least five audits")
    assert not claimed("hardly more than six audits")
    assert not claimed("merely five audits")
    assert not find_quantities("the couple")  # two people, not a figure
    barely = find_quantities("barely six visits")[0]
    assert "barely six visits"[barely.start : barely.end] == "barely six"  # not read as a word of its own


def test_a_bound_is_not_read_as_denying_what_it_counts(index: ClaimIndex) -> None:
    """The record: quality assurance over six months "largely consisted of two thematic audits"."""
    assert verdicts(
        index,
        [
            "Quality assurance work consisted of no more than two thematic audits.",
            "Quality assurance work consisted of at least two thematic audits.",
            "Over the previous six months, quality assurance was little more than two thematic audits of "
            "very small areas of practice.",
            "Councillors heard that barely six monitoring visits would be followed by a final inspection.",
            "Quality assurance work consisted of at least five thematic audits.",
            "Quality assurance work consisted of more than two thematic audits.",
        ],
    ) == ["supported", "supported", "supported", "supported", "contradicted", "contradicted"]


def test_nearly_all_is_said_by_the_vast_majority(index: ClaimIndex) -> None:
    """The record: the council "is in touch with the vast majority of its care leavers"."""
    assert verdicts(
        index,
        [
            "Trafford is in touch with virtually all its care leavers.",
            "The council is in touch with nearly all of its care leavers.",
            "The council is in touch with all of its care leavers.",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_a_quality_wordnet_names_the_opposite_of_contradicts(index: ClaimIndex) -> None:
    late = check_claim("Trafford came late to adopting the LiquidLogic Children's System.", index)
    assert late.verdict == "contradicted"
    assert "'early'" in late.explanation
    assert verdicts(
        index,
        [
            "Junior leaders presented a self-assessment saying services remained good or outstanding.",
            "A large number of children were not offered social worker assessments.",
            # guards: the item's own word, and an opposite the item denies ("did not offer an accurate")
            "Senior leaders presented a self-assessment saying services remained good or outstanding.",
            "A small number of children were not offered social worker assessments.",
            "Ofsted described the thematic audits as poor and often inaccurate.",
        ],
    ) == ["contradicted", "contradicted", "supported", "supported", "supported"]
    from trafford_timeline.claims.thesaurus import antonyms

    assert antonyms("larger") == ("small",)  # read as `large`
    assert "late" in antonyms("early")


def test_a_bodys_name_the_record_never_gives_is_not_supported(index: ClaimIndex) -> None:
    """The minutes speak of "the committee" and never name it."""
    named = check_claim(
        "Trafford's Children and Young People's Scrutiny Committee heard a presentation from the "
        "Interim Director.",
        index,
    )
    assert named.verdict == "not_found"
    assert "Scrutiny Committee" in named.explanation
    # guards: a name the record gives, and a role whose title ends in a word for services
    assert verdicts(
        index,
        [
            "Trafford's Shadow Improvement Board has an independent chair.",
            "The committee heard a presentation from the Interim Director of Children's Services.",
        ],
    ) == ["supported", "supported"]


def test_how_long_a_post_went_without_a_permanent_holder_is_its_interim_holding(index: ClaimIndex) -> None:
    """An interim chief executive from July 2018; a permanent one from February to 3 March 2019."""
    about = check_claim("The council had no permanent chief executive for about seven months.", index)
    assert about.verdict == "supported"
    assert "lasted about seven months" in about.explanation
    assert verdicts(
        index,
        [
            "Trafford went roughly seven months without a substantive chief executive.",
            "Trafford was without a permanent chief executive for two years.",
            "The council went three weeks without a permanent chief executive.",
        ],
    ) == ["supported", "contradicted", "contradicted"]


def test_how_long_a_post_was_held_on_an_interim_basis_is_read_as_a_length(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's chief executive post was held on an interim basis for about seven months.",
            "The council spent about seven months with an acting chief executive.",
            "The council went well over a year with an interim chief executive.",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_a_month_past_a_vague_span_is_not_supported_by_another_date_the_item_mentions(
    index: ClaimIndex,
) -> None:
    """Sara Todd started in February; the post was filled "shortly before the March 2019 inspection"."""
    march = check_claim("Sara Todd took up the chief executive post in March 2019.", index)
    # 001's February denies it and 004's "before this inspection in March" allows it; the record's
    # assessment favours neither, so it is disputed (issue 12), not contradicted
    assert march.verdict == "disputed"
    assert "001_0eee753b118d5f49.txt speaks against" in march.explanation
    assert verdicts(
        index,
        [
            # disputed alone, but "just as Ofsted arrived" is more than the side that allows March says
            "Sara Todd started as Trafford's chief executive in March 2019, just as Ofsted arrived.",
            # guards: the date said of the inspection, and a month inside a year the record gives
            "The chief executive post was filled permanently shortly before the March 2019 inspection.",
            "Ofsted's previous inspection of Trafford was in November 2015.",
        ],
    ) == ["contradicted", "supported", "not_found"]
