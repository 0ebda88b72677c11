"""False claims that differ from the record in one checkable slot: how a post is held (permanent or
interim), and whether a status held `throughout` a period the record shows changing within it.
Each sentence was written for these tests.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_permanent_holder_is_not_the_interim_one_the_record_names(index: ClaimIndex) -> None:
    """The committee heard its Interim Director of Children's Services; an item elsewhere in those
    minutes prefers `permanent staff`, which says nothing of the director."""
    wrong = check_claim("Councillors were briefed by the permanent director of children's services.", index)
    assert wrong.verdict == "contradicted"
    assert "interim" in wrong.explanation
    # guards: the interim director, and the permanent chief executive the record names, still fit
    assert verdicts(
        index,
        [
            "The interim director of children's services briefed the committee.",
            "Sara Todd was appointed as Trafford's permanent chief executive.",
        ],
    ) == ["supported", "supported"]


def test_a_status_held_throughout_a_year_is_denied_by_a_change_within_it(index: ClaimIndex) -> None:
    """The chief executive's post was covered on an interim basis from July 2018."""
    wrong = check_claim("Throughout 2018 the council had a permanent chief executive.", index)
    assert wrong.verdict == "contradicted"
    # guards: an interim in 2018 is what the record says, and a claim of both statuses tells of the change
    assert verdicts(index, ["Trafford had an interim chief executive in 2018."]) == ["supported"]
    both = "Until the permanent chief executive came, an interim one covered the post from July 2018."
    assert check_claim(both, index).verdict != "contradicted"


def test_a_status_that_may_have_changed_within_the_year_is_not_supported(index: ClaimIndex) -> None:
    """Who held the post before July 2018, and how, the record does not say."""
    check = check_claim("In 2018 Trafford Council had a permanent chief executive.", index)
    assert check.verdict != "supported"


def test_a_word_particular_to_another_speaker_is_not_the_person_named(index: ClaimIndex) -> None:
    """Andrew Weston called the decline unacceptable; Sara Todd called the report stark."""
    wrong = check_claim("Sara Todd described the findings as unacceptable.", index)
    assert wrong.verdict == "contradicted"
    assert "Andrew Weston" in wrong.explanation
    # guard: her own word for the report is still hers
    assert verdicts(index, ["Sara Todd said the Ofsted report was stark."]) == ["supported"]


def test_a_post_doing_another_sides_part_names_the_wrong_holder(index: ClaimIndex) -> None:
    """The adviser reports until the Education Secretary decides the post is no longer needed."""
    claim = "The adviser is to send progress reports until the chief executive decides the post can go."
    wrong = check_claim(claim, index)
    assert wrong.verdict == "contradicted"
    assert verdicts(
        index, ["The adviser will report until the Education Secretary decides the post is no longer needed."]
    ) == ["supported"]


def test_someone_else_named_in_whose_part_a_notice_was_issued(index: ClaimIndex) -> None:
    """The notice was issued on behalf of Education Secretary Damian Hinds."""
    assert verdicts(
        index,
        [
            "Trafford's improvement notice came on behalf of Sara Todd.",
            "Trafford's improvement notice was issued on behalf of Nadhim Zahawi.",
            "Trafford's improvement notice was issued on behalf of Damian Hinds.",
        ],
    ) == ["contradicted", "contradicted", "supported"]


def test_a_report_date_is_not_taken_for_an_event_that_shares_only_the_council(index: ClaimIndex) -> None:
    """The report came out on 8 May 2019; 23 May is the DfE's notice to Trafford."""
    wrong = check_claim("Ofsted's report into Trafford came out on 23 May 2019.", index)
    assert wrong.verdict == "contradicted"
    assert "8 May 2019" in wrong.explanation


def test_a_board_called_independent_is_not_chaired_by_a_council_office_holder(index: ClaimIndex) -> None:
    """The board is to have an independent chair; `independent` before `board` is the board's word,
    not the chair's."""
    wrong = check_claim(
        "The independent improvement board is to be chaired by deputy leader Catherine Hynes.", index
    )
    assert wrong.verdict == "contradicted"
    assert "independent chair" in wrong.explanation
    assert verdicts(
        index, ["The improvement board is to be chaired by an independent person, not the council leader."]
    ) != ["contradicted"]


def test_a_cause_the_record_says_was_not_so_contradicts(index: ClaimIndex) -> None:
    """Ofsted found low rates of staff turnover and sickness (`churn` is turnover); what did not
    exist caused nothing, whatever the record says of the decline's cause."""
    assert verdicts(
        index,
        [
            "Ofsted put the decline down to high staff churn.",
            "The inspectors blamed Trafford's slide on staff turnover being high.",
            "Ofsted said staff churn was low.",
        ],
    ) == ["contradicted", "contradicted", "supported"]
