"""True claims the record states that one way of putting them left unfound: a day of the month written
as an ordinal word (`the thirteenth of August`), and common idioms the glossary did not know (`top of
his agenda` for a top priority, `kept mum` and `tight-lipped` for declining to comment, a closing
`Small mercies.` that only comments on what went before). Every sentence is written here, over the
shipped record.
"""

from __future__ import annotations

from datetime import date

from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.mentions import find_dates


def test_a_day_written_as_an_ordinal_word_is_the_date(index: ClaimIndex) -> None:
    said = "Trafford's action plan was due to go to Ofsted on the {} of August 2019."
    right = check_claim(said.format("thirteenth"), index)
    wrong = check_claim(said.format("twentieth"), index)
    assert right.verdict == "supported"
    assert wrong.verdict == "contradicted"
    assert "13 Aug 2019" in wrong.explanation


def test_an_ordinal_word_is_a_day_only_as_the_nth_of_a_month() -> None:
    (found,) = find_dates("it goes to ofsted on the twenty-first of august 2019")
    assert found.span is not None
    assert found.span.first == date(2019, 8, 21)
    assert find_dates("a third of march's referrals were late") == []
    assert find_dates("the second march visit was cancelled") == []


def test_top_of_his_agenda_is_a_top_priority(index: ClaimIndex) -> None:
    check = check_claim("Andrew Weston said reversing the decline was top of his agenda.", index)
    assert check.verdict == "supported"
    assert "top priority" in check.evidence[0].quote


def test_keeping_mum_or_tight_lipped_is_declining_to_comment(index: ClaimIndex) -> None:
    claims = [
        "Trafford Council kept mum on the Department for Education's announcement.",
        "Trafford Council stayed tight-lipped about the DfE's announcement.",
    ]
    assert [check_claim(claim, index).verdict for claim in claims] == ["supported", "supported"]


def test_a_closing_small_mercies_only_comments_on_the_claim(index: ClaimIndex) -> None:
    claim = "Inspectors said Trafford has a good range of early help services. Small mercies."
    assert check_claim(claim, index).verdict == "supported"


def test_a_low_priority_is_still_no_top_of_the_agenda(index: ClaimIndex) -> None:
    claim = "Andrew Weston said reversing the decline was a low priority, not top of his agenda."
    assert check_claim(claim, index).verdict != "supported"


def test_as_members_heard_only_says_how_the_claim_came_to_the_meeting(index: ClaimIndex) -> None:
    claim = "As councillors heard tonight, the shadow improvement board is independently chaired."
    check = check_claim(claim, index)
    assert check.verdict == "supported"
    assert "only hedges it" in check.explanation


def test_as_members_heard_supports_nothing_the_record_does_not_say(index: ClaimIndex) -> None:
    claim = "As members heard this evening, Sara Todd chairs the shadow improvement board."
    assert check_claim(claim, index).verdict != "supported"


def test_a_label_with_a_year_says_what_kind_of_post_and_keeps_its_year(index: ClaimIndex) -> None:
    right = check_claim("Trafford 2019 snapshot: overall effectiveness inadequate", index)
    wrong = check_claim("Trafford 2019 snapshot: overall effectiveness good", index)
    assert right.verdict == "supported"
    assert wrong.verdict == "contradicted"


def test_a_title_before_a_named_person_only_addresses_them(index: ClaimIndex) -> None:
    right = check_claim("Cllr Weston called the decline in standards unacceptable.", index)
    wrong = check_claim("Cllr Weston called the decline in standards acceptable.", index)
    assert right.verdict == "supported"
    assert wrong.verdict == "contradicted"


def test_a_title_before_a_name_the_record_never_gives_still_blocks(index: ClaimIndex) -> None:
    claim = "Cllr Jones called the decline in standards unacceptable."
    assert check_claim(claim, index).verdict == "not_found"


def test_big_only_weighs_what_the_record_states(index: ClaimIndex) -> None:
    right = check_claim("Ofsted found big weaknesses that Trafford's leaders had not known about.", index)
    other = check_claim("Ofsted found big strengths that Trafford's leaders had not known about.", index)
    assert right.verdict == "supported"
    assert other.verdict != "supported"


def test_alive_to_a_thing_is_aware_of_it(index: ClaimIndex) -> None:
    said = "Ofsted found Trafford's leaders were {}alive to the decline in services."
    assert check_claim(said.format(""), index).verdict == "contradicted"
    assert check_claim(said.format("not "), index).verdict == "supported"


def test_numbers_that_soared_rose(index: ClaimIndex) -> None:
    check = check_claim("The number of looked-after children in Trafford soared after 2015.", index)
    assert check.verdict == "supported"


def test_joint_working_is_working_with_others(index: ClaimIndex) -> None:
    right = check_claim(
        "Inspectors praised the joint working of Trafford's virtual school with other professionals.", index
    )
    wrong = check_claim(
        "Inspectors said the virtual school's joint working with other professionals was poor.", index
    )
    assert right.verdict == "supported"
    assert wrong.verdict == "contradicted"


def test_would_not_be_drawn_is_declining_to_comment(index: ClaimIndex) -> None:
    assert check_claim("Trafford would not be drawn on the DfE announcement.", index).verdict == "supported"
    assert check_claim("Trafford would not be drawn on the Ofsted report.", index).verdict == "not_found"


def test_the_great_majority_is_the_vast_majority(index: ClaimIndex) -> None:
    claim = "Ofsted said Trafford was in touch with the great majority of its care leavers."
    assert check_claim(claim, index).verdict == "supported"


def test_records_kept_up_to_date_are_updated(index: ClaimIndex) -> None:
    said = "Trafford {} children's records up to date when their circumstances changed."
    assert check_claim(said.format("did not always keep"), index).verdict == "supported"
    assert check_claim(said.format("always kept"), index).verdict == "contradicted"


def test_a_closing_same_old_story_only_comments_on_the_claim(index: ClaimIndex) -> None:
    claim = "Ofsted says caseloads remain too high in some Trafford teams. Same old story."
    assert check_claim(claim, index).verdict == "supported"
