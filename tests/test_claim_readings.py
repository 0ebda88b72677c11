"""Readings the claim checker learned from held-back sets, each with sentences written for these tests.

Each test names a mechanism (not a sentence): grades paired with the areas they close, a change of
grade told in a headline's present tense, and a deadline that is not the date of what follows it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trafford_timeline.claims.check import ClaimIndex, build_index, check_claim
from trafford_timeline.claims.reading import read_text
from trafford_timeline.record.store import load_glossary, load_record, parse_glossary, shipped_data_dir


def verdicts(index: ClaimIndex, claims: list[str]) -> list[str]:
    return [check_claim(claim, index).verdict for claim in claims]


def test_a_change_of_grade_in_the_present_tense_is_read_as_a_change(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's overall rating plummets two grades",
            "Trafford's overall rating tumbles by one grade",
        ],
    ) == ["supported", "contradicted"]


def test_a_claim_naming_two_grades_is_not_contradicted_by_an_item_holding_one_of_them(
    index: ClaimIndex,
) -> None:
    check = check_claim(
        "Children's services in Trafford crash from good to inadequate amid leadership failures", index
    )
    assert check.verdict != "contradicted", check.explanation


def test_each_area_takes_the_grade_that_closes_its_stretch_of_the_claim(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted graded care leavers and children in care as requires improvement, leadership inadequate",
            "Ofsted graded care leavers and children in care as requires improvement, leadership good",
        ],
    ) == ["supported", "contradicted"]


def test_grades_of_different_areas_from_different_inspections_do_not_support_a_yearless_claim(
    index: ClaimIndex,
) -> None:
    check = check_claim(
        "Ofsted rated its leadership outstanding and its care leavers requires improvement", index
    )
    assert check.verdict == "not_found", check.explanation


def test_time_given_until_a_date_is_a_deadline(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The notice allowed Trafford until August 2021 to carry out its improvement plan",
            "Under the notice Trafford was given until August 2020 to implement its improvement plan",
        ],
    ) == ["contradicted", "supported"]


def test_a_deadline_does_not_date_the_statement_after_it(index: ClaimIndex) -> None:
    check = check_claim(
        "Notice: improvement plan deadline August 2020; Trafford must set up an improvement board with an "
        "independent chair",
        index,
    )
    assert check.verdict != "contradicted", check.explanation


def test_a_headline_in_title_case_is_read_as_its_words_not_as_a_name(index: ClaimIndex) -> None:
    claim = "low staff turnover found by ofsted"
    assert verdicts(index, [claim, claim.title()]) == ["supported", "supported"]


def test_a_change_whose_one_year_follows_from_starts_in_that_year(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "From outstanding in 2015, Trafford's care leavers service dropped two grades "
            "to requires improvement",
            "From outstanding in 2015, Trafford's care leavers service dropped one grade "
            "to requires improvement",
        ],
    ) == ["supported", "contradicted"]


def test_words_that_do_not_change_a_rating_claim_leave_it_a_rating_claim(index: ClaimIndex) -> None:
    """'visit', 'both' and 'all the way' are listed in the glossary's rating context."""
    assert verdicts(
        index,
        [
            "After an Ofsted visit Trafford's overall grade dropped two notches from good to inadequate",
            "After an Ofsted visit Trafford's overall grade dropped from good all the way "
            "to requires improvement",
            "Ofsted's 2019 ratings: leadership inadequate; children in care and care leavers "
            "both requires improvement",
        ],
    ) == ["supported", "contradicted", "supported"]


def test_a_first_person_frame_is_not_read_as_part_of_the_claim(index: ClaimIndex) -> None:
    check = check_claim(
        "As a councillor I can tell you Trafford's social work staff had low turnover and low sickness", index
    )
    assert "councillor" not in check.explanation, check.explanation


def test_turning_a_decline_round_is_reversing_it(index: ClaimIndex) -> None:
    claim = "Andrew Weston called turning it round a top priority after the decline in standards"
    assert verdicts(index, [claim]) == ["supported"]


def test_an_inspection_is_not_dated_by_the_report_published_on_it(index: ClaimIndex) -> None:
    """The report came out in May; the inspectors were there in March. A claim that puts the
    inspection in the report's month is never supported by the report, nor by the grades in it."""
    wrong_month = [
        "Inspectors examined Trafford's children's services in May 2019",
        "Trafford's inspection by Ofsted happened in May 2019",
    ]
    assert "supported" not in verdicts(index, wrong_month)
    assert verdicts(index, ["Ofsted inspected Trafford's children's services in March 2019"]) == ["supported"]
    assert verdicts(index, ["Ofsted published its report on Trafford in May 2019"]) == ["supported"]


def test_hedges_and_discourse_words_carry_no_claim(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Basically, Ofsted rated Trafford's children's services inadequate in 2019.",
            "Apparently the DfE issued its improvement notice to Trafford in May 2019.",
        ],
    ) == ["supported", "supported"]


def test_a_date_said_of_the_inspection_is_checked_against_the_nearest_inspection(index: ClaimIndex) -> None:
    check = check_claim("Trafford's children's services were inspected by Ofsted in May 2019.", index)
    assert check.verdict == "contradicted", check.explanation
    assert "4–8 Mar 2019" in check.explanation  # the 2019 inspection, not the 2015 one
    assert check_claim(
        "Trafford's children's services were also inspected by Ofsted in 2012.", index
    ).verdict == ("not_found")


def test_a_length_of_time_before_after_is_a_relation_not_a_date_conflict(index: ClaimIndex) -> None:
    """A guard: once `almost` carries no claim, the 2015 rating must not contradict the 2019 date."""
    check = check_claim(
        "Ofsted's 2019 visit came almost four years to the month after the previous one.", index
    )
    assert check.verdict != "contradicted", check.explanation


def test_an_opposite_contradicts_only_where_one_clause_says_it(index: ClaimIndex) -> None:
    check = check_claim("Trafford crashes from good to inadequate after leadership failures", index)
    assert check.verdict != "contradicted", check.explanation  # "to help steer improvements" is a purpose


def test_has_until_is_a_deadline_not_something_done(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The council has until August 2020 to implement its action plan under the notice.",
            "The council has until August 2021 to implement its action plan under the notice.",
        ],
    ) == ["supported", "contradicted"]


def test_two_denials_do_not_agree_with_a_record_that_denies_nothing(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors found that most care plans were poorly written and lacked measurable outcomes.",
            "Ofsted found care plans mostly badly written, lacking outcomes that could be measured.",
        ],
    ) == ["contradicted", "contradicted"]


def test_leading_a_body_is_holding_its_leaders_role(index: ClaimIndex) -> None:
    check = check_claim("Catherine Hynes leads the council.", index)
    assert check.verdict == "contradicted", check.explanation
    assert "Andrew Weston" in check.explanation


def test_a_recommendation_never_contradicts_what_was_found(index: ClaimIndex) -> None:
    for claim in (
        "Ofsted found the MARAT was not responding to all referred children in good time.",
        "Ofsted found the response to all children referred to the MARAT was not timely.",
    ):
        check = check_claim(claim, index)
        assert check.verdict != "contradicted", check.explanation


def test_a_quoted_speaker_and_an_opinions_frame_are_read_past(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            'Resident: "I reckon it is a disgrace that the DfE issued Trafford with an improvement notice'
            ' in May 2019."',
            'Social worker: "What worries me is that Ofsted rated Trafford inadequate in 2019."',
            "Honestly, it's appalling - Ofsted rated Trafford's services inadequate in 2019.",
            "Well, I think Ofsted rated Trafford's services good in 2019.",
        ],
    ) == ["supported", "supported", "supported", "contradicted"]


def test_the_same_week_is_read_from_both_events_dates(index: ClaimIndex) -> None:
    check = check_claim("The notice was issued in the same week as the report was published.", index)
    assert check.verdict == "contradicted", check.explanation
    assert "23 May 2019" in check.explanation
    assert "8 May 2019" in check.explanation


def test_a_cleft_names_the_speaker(index: ClaimIndex) -> None:
    check = check_claim(
        "It was Sara Todd who said reversing the decline was the council's top priority.", index
    )
    assert check.verdict == "contradicted", check.explanation
    assert "Andrew Weston" in check.explanation


def test_a_length_the_record_states_is_compared_as_a_figure(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted is expected to make a monitoring visit within three months.",
            "Ofsted will make a monitoring visit within six months.",
        ],
    ) == ["contradicted", "supported"]


def test_a_side_of_a_relation_may_leave_one_word_unsaid_by_the_title(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "A little over two weeks after Ofsted published its findings, the DfE issued Trafford an"
            " improvement notice.",
            "Just under a week after Ofsted published its findings, the DfE issued Trafford an"
            " improvement notice.",
        ],
    ) == ["supported", "contradicted"]


def test_a_bounded_year_names_the_rating_on_that_side_of_it(index: ClaimIndex) -> None:
    check = check_claim("Before the 2019 inspection, Trafford's services had been rated outstanding.", index)
    assert check.verdict == "contradicted", check.explanation
    assert "2015: good" in check.explanation
    assert verdicts(
        index,
        [
            "Prior to 2019, Trafford's leadership was rated outstanding.",
            "After 2015, Trafford's children's services were rated inadequate.",
        ],
    ) == ["supported", "supported"]


def test_a_quality_the_item_does_not_speak_to_is_not_supported(index: ClaimIndex) -> None:
    """`made clear that they believed` is what leaders said, not a finding that they were accurate."""
    check = check_claim("Leaders' self-assessment was accurate, Ofsted found.", index)
    assert check.verdict == "not_found", check.explanation


def test_the_start_of_a_period_is_not_passed_on_to_the_next_part(index: ClaimIndex) -> None:
    check = check_claim(
        "The 2019 report said standards had slipped since 2015, and rated leadership inadequate.", index
    )
    assert check.verdict != "contradicted", check.explanation  # part 2 is about 2019, not 2015


def test_an_inflection_of_a_glossary_word_is_not_called_unknown(index: ClaimIndex) -> None:
    check = check_claim(
        "Trafford began hiring extra social workers before the inspection, expanding the workforce.", index
    )
    assert "'hiring'" not in check.explanation  # `hire` is the glossary's; `expanding` is unknown


def test_a_double_negative_agrees_with_what_it_denies_the_opposite_of(index: ClaimIndex) -> None:
    check = check_claim("Trafford did not lose touch with most of its care leavers, Ofsted found.", index)
    assert check.verdict == "supported", check.explanation


def test_a_length_of_time_belongs_to_its_own_clause(index: ClaimIndex) -> None:
    check = check_claim(
        "Inspectors spent a week with us in March, the report landed in May, and it said we were inadequate.",
        index,
    )
    assert check.verdict != "contradicted", check.explanation
    assert "4–8 Mar 2019, 5 days" in check.explanation


def test_only_n_of_a_years_judgements_is_counted_against_the_whole_year(index: ClaimIndex) -> None:
    check = check_claim("Only one of Trafford's 2019 judgements was inadequate.", index)
    assert check.verdict == "contradicted", check.explanation
    assert "leadership, overall effectiveness" in check.explanation
    assert verdicts(
        index,
        [
            "In 2019 only two of Trafford's judgements were inadequate.",
            "Just one of Trafford's 2015 judgements was good.",  # the record holds 3 of them
        ],
    ) == ["supported", "not_found"]


def test_the_top_and_bottom_of_the_scale_and_steps_from_a_grade_are_grades(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's leadership went from the top of Ofsted's scale in 2015 to the bottom of the scale"
            " in 2019.",
            "Trafford's overall grade went from the top of the scale to the bottom of the scale.",
            "In 2019 children in care were judged two grades below good.",
            "Trafford's 2015 overall grade was one step below outstanding.",
        ],
    ) == ["supported", "contradicted", "contradicted", "supported"]


def test_what_a_meeting_heard_was_said_at_the_committee(index: ClaimIndex) -> None:
    check = check_claim(
        "The committee heard that Ofsted would carry out six monitoring visits and then a final inspection.",
        index,
    )
    assert check.verdict == "supported", check.explanation


def test_in_post_for_a_length_when_something_happened_is_a_relation(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Sara Todd had been in post for under two months when the inspection began.",
            "The new council leader had been in place for under a year when Ofsted inspected.",
            "Sara Todd had been in post for more than a year when Ofsted inspected.",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_all_is_contradicted_by_a_record_that_says_most(index: ClaimIndex) -> None:
    check = check_claim("Every care leaver in Trafford was still in touch with the council.", index)
    assert check.verdict == "contradicted", check.explanation
    assert check_claim("Trafford was in touch with most of its care leavers.", index).verdict == "supported"
    assert check_claim("Trafford was not in touch with every one of its care leavers.", index).verdict != (
        "contradicted"
    )


def test_ofsteds_words_are_not_a_persons_statement(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted praised Trafford's staff for working tirelessly.",
            "Ofsted recommended that Trafford improve its response to children who go missing.",
        ],
    ) == ["not_found", "supported"]


def test_not_before_a_verb_of_happening_denies_the_thing_before_it(index: ClaimIndex) -> None:
    check = check_claim("Management oversight was not happening in Trafford, inspectors found.", index)
    assert check.verdict == "contradicted", check.explanation


def test_verbs_of_holding_a_grade_are_ratings_and_one_claim_is_one_inspection(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's care leavers service earned an outstanding rating in 2015.",
            "Ofsted rated Trafford inadequate overall but kept its care leavers service at outstanding.",
        ],
    ) == ["supported", "not_found"]


def test_an_office_holder_of_the_council_is_not_its_boards_independent_chair(index: ClaimIndex) -> None:
    check = check_claim(
        "Deputy leader Catherine Hynes will chair the improvement board the notice requires.", index
    )
    assert check.verdict == "contradicted", check.explanation
    assert "independent chair" in check.explanation
    assert verdicts(
        index,
        [
            "The Shadow Improvement Board is chaired by the chief executive.",
            "The board was set up by council leader Andrew Weston under an independent chair.",
        ],
    ) == ["contradicted", "not_found"]


def test_leading_a_council_is_not_read_into_chairing_its_board(index: ClaimIndex) -> None:
    from trafford_timeline.claims.reading import read_text

    terms = read_text("Andrew Weston chairs Trafford's Shadow Improvement Board.", index.glossary).terms
    assert "concept:council-leader" not in terms


def test_another_frequency_contradicts_on_a_looser_match(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "DfE staff will audit Trafford's performance monthly.",
            "The DfE plans annual checks of Trafford's children's services.",
            "The DfE will review Trafford's progress every six months.",
        ],
    ) == ["contradicted", "contradicted", "supported"]


def test_remembered_readings_give_the_documents_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clause, quote or title read once is remembered while the record is read (issue 16);
    a reading depends on its text alone, so every document is what reading each afresh gives."""
    from trafford_timeline.claims import index as claim_index

    record, glossary = load_record(shipped_data_dir()), load_glossary(shipped_data_dir())
    remembered = build_index(record, glossary)
    monkeypatch.setattr(claim_index, "READINGS_KEPT", 0)
    afresh = build_index(record, glossary)
    assert list(remembered.documents) == list(afresh.documents)
    assert remembered.postings == afresh.postings


def test_the_clause_most_wholly_about_a_claim_decides_its_negation(index: ClaimIndex) -> None:
    """An item of two clauses ("Ofsted does not set indicators; the council sets its own") is
    denied by a claim that Ofsted sets them, and supports one that says it does not."""
    assert verdicts(
        index,
        [
            "Ofsted sets the performance indicators Trafford uses",
            "Ofsted does not set the performance indicators, but the local authority sets its own",
            "Members heard it is not Ofsted that sets performance indicators; the council sets its own.",
        ],
    ) == ["contradicted", "supported", "supported"]


def test_a_denial_sharing_only_its_denied_words_with_an_item_neither_agrees_nor_opposes(
    index: ClaimIndex,
) -> None:
    """ "no idea" meets "new ideas" only in the word denied: that item says nothing either way, and the
    claim is decided by the one on leaders' lack of awareness, which the glossary reads "no idea" as."""
    check = check_claim("Inspectors said the bosses had no idea that practice had gone downhill", index)
    assert check.verdict != "contradicted"
    assert "opposite" not in check.explanation
    assert "finding-training-helping-workers" not in {e.id for e in check.evidence}


def test_a_yearless_denied_grade_is_not_contradicted_by_the_one_year_that_had_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's children's services were never rated good",
            "Trafford's children's services were not rated good in 2015",
            "Trafford's children's services were not rated good in 2019",
            "Children's services in Trafford got a poor Ofsted rating",
            "The workforce stayed stable despite a poor Ofsted verdict",
        ],
    ) == ["contradicted", "contradicted", "supported", "not_found", "not_found"]


def test_a_second_verb_of_one_subject_is_a_statement_of_its_own(index: ClaimIndex) -> None:
    """ "X did A in February and did B" is two statements about X; the date belongs to the first,
    and a whole read against B's item must not set A's date against it. The year is still shared."""
    assert verdicts(
        index,
        [
            "Sara Todd joined the council in February and described the Ofsted report as stark",
            "Ofsted inspected Trafford in March 2019 and then published its report in May 2019",
            "Ofsted inspected Trafford in March 2019 and rated it good",
            "Sara Todd joined the council in February and called the report glowing",
        ],
    ) == ["supported", "supported", "contradicted", "not_found"]


def test_a_side_of_a_relation_is_found_by_its_date_or_by_what_lasted(index: ClaimIndex) -> None:
    """A verb the record never uses ("turned up", "finished their fieldwork") says no more than the
    date beside it, or than a start or end of something that lasted days: the inspection."""
    assert verdicts(
        index,
        [
            "A new council leader took over less than a year before Ofsted turned up in March 2019",
            "Ofsted published its findings around nine weeks after inspectors finished their fieldwork",
            "Ofsted published its findings a fortnight after inspectors finished their fieldwork",
            "Before Sara Todd arrived, the interim chief executive worked full-time",
        ],
    ) == ["supported", "supported", "contradicted", "contradicted"]
    # the last is no relation to date ("full-time" is denied, as no event's date), and since the twenty-first
    # session it is read part by part: the interim chief executive was part-time, so it is contradicted


def test_a_role_given_through_a_verb_before_as_is_an_identity(index: ClaimIndex) -> None:
    """`has been appointed as`, `was confirmed as`: the role after `as` is said to be the person's."""
    assert verdicts(
        index,
        [
            "Andrew Weston has been appointed as Trafford's deputy leader",
            "Sara Todd was confirmed as the council's leader",
            "Sara Todd was appointed as chief executive",
        ],
    ) == ["contradicted", "contradicted", "supported"]


def test_the_words_a_claim_quotes_are_what_it_says_the_person_said(index: ClaimIndex) -> None:
    """Who heard it (`told journalists at the time:`) is not part of the words put in a mouth."""
    check = check_claim("Catherine Hynes told journalists at the time: 'we can fix this situation'", index)
    assert check.verdict == "contradicted"
    assert "Sara Todd" in check.explanation


def test_been_in_a_post_since_a_date_is_when_it_was_taken_up(index: ClaimIndex) -> None:
    """`has been chief executive since September 2018` says she became it then; the record's
    start of her post contradicts it, and an item that only finds someone in post does not."""
    assert verdicts(
        index,
        [
            "Sara Todd has been the chief executive since September 2018",
            "Catherine Hynes has been Trafford's deputy leader since 2016",
            "Trafford's new director of children's services will start in March 2020",
        ],
    ) == ["contradicted", "not_found", "not_found"]


def test_staying_the_same_is_not_growing_and_each_clause_keeps_its_own_denial(index: ClaimIndex) -> None:
    """ "demand rose while staffing stayed the same": staffing did not grow. A claim that swaps
    which of the two rose holds one denial too, but of the other thing: each clause is judged
    against its own."""
    assert verdicts(
        index,
        [
            "Members heard the number of staff had risen alongside demand",
            "Members heard that demand rose but the number of staff was unchanged",
            "Members heard that staff numbers went up while demand fell",
        ],
    ) == ["contradicted", "supported", "contradicted"]


def test_a_grade_kept_is_the_grade_of_the_last_two_inspections(index: ClaimIndex) -> None:
    """`hung on to`, `keeps`: the grade held at the last inspection and the one before it."""
    assert verdicts(
        index,
        [
            "Trafford's leadership hung on to its outstanding rating",
            "Bad news: Trafford keeps its inadequate rating",
        ],
    ) == ["contradicted", "contradicted"]


def test_minutes_addresses_and_after_comments_are_read_past(index: ClaimIndex) -> None:
    """What the minutes record is what the committee heard; `Colleagues,` addresses a room; a
    second sentence that nothing in the record could speak to is the speaker's comment."""
    assert verdicts(
        index,
        [
            "According to the minutes, members asked which performance indicators the leadership was using",
            "Colleagues, the DfE will review Trafford's performance every six months.",
            "Ofsted judged Trafford inadequate overall in 2019. Shameful, frankly.",
            "Colleagues, the DfE will review Trafford's performance every year.",
        ],
    ) == ["supported", "supported", "supported", "contradicted"]


def test_in_post_as_a_role_for_a_time_when_is_a_relation(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Sara Todd had been in charge as chief executive for under two months when the inspection began",
            "Sara Todd had been chief executive for a year when the inspection began",
        ],
    ) == ["supported", "contradicted"]


def test_two_findings_of_one_passage_may_say_a_claim_together(index: ClaimIndex) -> None:
    """Ofsted's "no systems to monitor the MARAT's practice" and, on the same line, "no knowledge of
    its shortfalls" together say a claim joining them. A claim that denies either one, or that is
    about time, is not pieced together."""
    check = check_claim(
        "Inspectors found leaders lacked systems to monitor the MARAT's practice and had no knowledge"
        " of its shortfalls",
        index,
    )
    assert check.verdict == "supported"
    assert {e.id for e in check.evidence} >= {
        "finding-no-systems-to-monitor-marat",
        "finding-leaders-no-knowledge-of-marat-shortfalls",
    }
    assert verdicts(
        index,
        [
            "Leaders had systems to monitor practice in the MARAT and knew of its shortfalls",
            "Inspectors found leaders lacked systems to monitor the MARAT's practice and knew all about its"
            " shortfalls",
            "Interim cover for the chief executive's post lasted more than a year",
        ],
    ) == ["not_found", "not_found", "not_found"]


def test_who_said_they_would_lead_a_role_is_said_to_hold_it(index: ClaimIndex) -> None:
    """ "X said she would chair it" gives X the role; a role is named by its head ("the cabinet
    member", without the record's "dedicated")."""
    assert verdicts(
        index,
        [
            "Sara Todd said she would chair the new cabinet role for children's social care",
            "Sara Todd is the cabinet member for children's social care",
            "Catherine Hynes will lead the new cabinet role for children's social care",
        ],
    ) == ["contradicted", "contradicted", "supported"]


def test_a_word_ending_in_ed_is_not_always_a_past_tense(index: ClaimIndex) -> None:
    """`goes to Ofsted` speaks of the plan in its own tense, so the plan's date is compared; `heard`
    is a past tense, so a meeting that was only planned does not support it."""
    assert verdicts(
        index,
        [
            "The final draft of the action plan goes to Ofsted in September 2019",
            "Members heard the update at a meeting in October 2019",
        ],
    ) == ["contradicted", "not_found"]


def test_own_and_way_carry_no_claim(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Leaders did not know their own services had declined",
            "The MARAT did not respond to every child in a timely manner",
        ],
    ) == ["supported", "supported"]


def test_a_phrase_of_the_glossary_is_read_through_the_owners_name(index: ClaimIndex) -> None:
    """ "the impact of Trafford's leaders on social work practice" is the leadership judgement."""
    assert verdicts(
        index,
        [
            "In 2019 the impact of Trafford's leaders on social work practice was judged inadequate",
            "Ofsted judged the impact of Trafford's leaders on social work practice outstanding in 2019",
        ],
    ) == ["supported", "contradicted"]


def test_a_cleft_may_give_the_speakers_title_and_findings_are_ofsteds_words(index: ClaimIndex) -> None:
    """`It was deputy leader X who ...` names X as the speaker; words the record gives to Ofsted's
    findings are not a councillor's."""
    assert verdicts(
        index,
        [
            "It was deputy leader Catherine Hynes who described the Ofsted report as 'stark'",
            "Andrew Weston said thresholds were not consistently applied",
        ],
    ) == ["contradicted", "contradicted"]


def test_a_grade_fallen_to_is_checked_by_the_later_rating_alone(index: ClaimIndex) -> None:
    """The record has no 2015 grade for children in care, but its 2019 grade decides "fell to"."""
    assert verdicts(
        index,
        [
            "In 2019 the judgement for children in care fell to inadequate",
            "In 2019 the judgement for children in care slipped to requires improvement",
        ],
    ) == ["contradicted", "not_found"]


def test_a_dozen_is_a_count(index: ClaimIndex) -> None:
    assert verdicts(index, ["Ofsted found quality assurance was mostly a dozen thematic audits"]) == [
        "contradicted"
    ]


def test_being_denied_or_refused_something_is_not_being_given_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "A small number of children were refused a social worker assessment despite their level of need",
            "Most children were denied a social worker assessment",
        ],
    ) == ["supported", "not_found"]


def test_every_judgement_is_every_rating_of_the_year(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "All of Trafford's 2019 judgements came back inadequate",
            "In 2019 children in care were judged requires improvement rather than inadequate",
        ],
    ) == ["contradicted", "supported"]


def test_a_day_without_a_year_agrees_with_that_day(index: ClaimIndex) -> None:
    """`published on 8 May` is the report's day, so the claim's other date (the inspection's
    month) is another event's, not a conflict with the report."""
    check = check_claim(
        "Ofsted's report, inspected in March and published on 8 May, rated Trafford inadequate", index
    )
    assert check.verdict != "contradicted"


def test_a_speakers_reminder_frames_what_it_asserts(index: ClaimIndex) -> None:
    """`Colleagues will remember that X`, `I would point out that X`: each asserts X."""
    assert verdicts(
        index,
        [
            "Colleagues will remember that Ofsted rated Trafford inadequate overall in 2019",
            "I would point out that the DfE reviews Trafford's performance every six months",
            "Colleagues will remember that Ofsted rated Trafford outstanding overall in 2019",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_a_change_from_a_year_to_now_spans_that_year_and_the_latest_rating(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Leadership has fallen three grades: outstanding in 2015, inadequate now",
            "Leadership has fallen two grades: outstanding in 2015, inadequate now",
        ],
    ) == ["supported", "contradicted"]


def test_went_from_one_grade_to_another_is_a_change(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Overall effectiveness went from being rated good in 2015 to inadequate at the latest inspection",
            "Overall effectiveness went from being rated good in 2015 to requires improvement at the latest"
            " inspection",
        ],
    ) == ["supported", "contradicted"]


def test_a_word_the_record_never_uses_is_read_through_a_synonym_the_item_says(index: ClaimIndex) -> None:
    # "head" is nowhere in the record; WordNet gives "lead", which the item says ("led by")
    check = check_claim("Catherine Hynes is to head the new cabinet post for children's social care", index)
    assert check.verdict == "supported"
    assert "'lead' where the claim says 'head'" in check.explanation


def test_a_synonym_fills_a_claims_last_gap_only(index: ClaimIndex) -> None:
    # "head" reads as "lead", but nothing of the record says "pensions": still not found
    check = check_claim("Catherine Hynes is to head the new cabinet post for pensions", index)
    assert check.verdict == "not_found"


def test_a_synonym_does_not_give_a_post_to_someone_else(index: ClaimIndex) -> None:
    claim = "Andrew Weston is to head the new cabinet post for children's social care"
    assert check_claim(claim, index).verdict != "supported"


def test_being_somewhere_for_a_length_of_time_is_how_long_it_lasted(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        ["Inspectors stayed in Trafford for five days.", "Inspectors were on site for two weeks."],
    ) == ["supported", "contradicted"]
    assert "it lasted two weeks" in check_claim("Inspectors were on site for two weeks.", index).explanation


def test_as_well_as_joins_two_things_and_grades_neither(index: ClaimIndex) -> None:
    check = check_claim("The six-monthly reviews cover workforce as well as governance.", index)
    assert check.verdict == "supported"
    assert "no grade or quality" not in check.explanation


def test_a_timeline_in_brief_is_checked_entry_by_entry(index: ClaimIndex) -> None:
    claim = "Ofsted inspection 4-8 March, report out 8 May, improvement deadline August 2021"
    check = check_claim(claim, index)
    assert check.verdict == "contradicted"
    assert check.explanation.startswith("part 3:")
    # a piece that opens with "after" belongs to the statement before it
    claim = "The action plan went to committee in October, after the board saw it on 13 August 2019"
    assert not check_claim(claim, index).explanation.startswith("part")


def test_a_claim_of_one_word_and_a_date_is_supported_when_the_word_names_the_events_kind(
    index: ClaimIndex,
) -> None:
    assert verdicts(
        index, ["The inspection took place on 4-8 March 2019.", "The inspection took place in May 2019."]
    ) == ["supported", "not_found"]


def test_a_length_said_before_the_noun_is_how_long_it_lasted_and_the_rest_is_checked_too(
    index: ClaimIndex,
) -> None:
    assert verdicts(
        index,
        [
            "Ofsted's five-day inspection happened in March 2019.",
            "A month-long inspection of Trafford found failings.",
            "Ofsted's five-day inspection happened in July 2019.",
            "The five-day inspection found that social workers were overpaid.",
        ],
    ) == ["supported", "contradicted", "contradicted", "not_found"]


def test_and_before_a_verb_starts_a_clause_judged_for_negation_on_its_own(index: ClaimIndex) -> None:
    # "recorded poorly" and "fails to secure good practice" each deny once, as the item's two clauses
    # do; read as one clause, the claim denied "good" twice and seemed to say the opposite
    claim = "Oversight by managers happens, but it is recorded poorly and fails to secure good practice."
    assert check_claim(claim, index).verdict == "supported"


def test_a_word_denied_in_one_place_and_asserted_in_another_decides_nothing(index: ClaimIndex) -> None:
    # "interim" reads as not permanent, but it is the manager who is interim, and the staff permanent
    check = check_claim(
        "An interim manager told members that extra team leaders would be hired, preferring permanent staff.",
        index,
    )
    assert check.verdict != "contradicted"
    assert "the claim says the opposite" not in check.explanation


def test_the_end_of_a_visit_is_the_end_of_whatever_lasted_days_whatever_the_record_calls_it(
    index: ClaimIndex,
) -> None:
    # the record calls it an inspection; "visit" is a word it uses of other things (monitoring visits)
    assert verdicts(
        index,
        [
            "The DfE's notice followed about eleven weeks after inspectors finished their visit.",
            "The DfE's notice followed a week after inspectors finished their visit.",
        ],
    ) == ["supported", "contradicted"]


def test_followed_with_a_count_after_it_is_read_with_the_count(index: ClaimIndex) -> None:
    check = check_claim("The DfE's notice followed about eleven weeks after the inspection ended.", index)
    assert check.verdict == "supported"
    assert "about eleven weeks after" in check.explanation
    assert verdicts(index, ["The DfE's notice followed a week after the report."]) == ["contradicted"]


def test_scant_little_and_hardly_any_deny_what_follows(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted found Trafford's social workers got scant training opportunities.",
            "Social workers in Trafford had hardly any access to training, said Ofsted.",
            "Social workers in Trafford had access to training, said Ofsted.",
        ],
    ) == ["contradicted", "contradicted", "supported"]


def test_kept_waiting_is_not_timely_and_in_the_dark_is_unaware(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted said children at immediate risk were kept waiting.",
            "Leaders and managers were kept in the dark about significant weaknesses, Ofsted found.",
        ],
    ) == ["contradicted", "supported"]


def test_a_second_date_that_is_when_an_event_the_claim_names_happened_agrees(index: ClaimIndex) -> None:
    claim = "The improvement notice, issued on 23 May 2019, sets a deadline of August 2020."
    check = check_claim(claim, index)
    assert check.verdict == "supported"
    assert "which the claim names" in check.explanation
    # the named event's date is no alibi for a wrong date of the item itself
    claim = "The improvement notice, issued on 23 May 2019, sets a deadline of August 2021."
    assert verdicts(index, [claim]) == ["contradicted"]


def test_a_length_from_one_dated_thing_to_another_is_how_far_apart_they_are(index: ClaimIndex) -> None:
    # a deadline's date is set whether or not it has come, so it can be one end
    assert verdicts(
        index,
        [
            "There were about 15 months between the improvement notice and the implementation deadline.",
            "Trafford got barely six months from the improvement notice until the implementation deadline.",
            "There were two months between the inspection and the report.",
        ],
    ) == ["supported", "contradicted", "supported"]


def test_to_the_day_says_exactly(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The report came out two months to the day after the inspection ended.",
            "The report came out a month to the day after the inspection ended.",
        ],
    ) == ["supported", "contradicted"]


def test_a_question_after_the_claim_asserts_nothing(index: ClaimIndex) -> None:
    claim = "Senior leaders had no awareness of the decline in services. Why did nobody act in 2018?"
    assert check_claim(claim, index).verdict == "supported"


def test_going_downhill_is_a_decline(index: ClaimIndex) -> None:
    claim = "Senior leaders had no awareness that services were going downhill."
    assert check_claim(claim, index).verdict == "supported"


def test_a_reported_saying_is_compared_by_what_it_reports_not_by_the_saying(index: ClaimIndex) -> None:
    # "said she wanted ... to embrace" reports an intention, as the record's "would embrace" does;
    # "said the council had already embraced" reports it done, which the record does not say
    assert verdicts(
        index,
        [
            "Todd said she wanted Trafford to embrace the challenge set by the report.",
            "Todd said the council had already embraced the challenge of improving services.",
        ],
    ) == ["supported", "not_found"]


def test_a_count_of_the_same_thing_decides_at_a_looser_match(index: ClaimIndex) -> None:
    # "five thematic audits" counts what the item counts as two: contradicted, though the claim's
    # other words ("relied on", "before the inspection") are not the item's
    assert verdicts(
        index,
        [
            "Ofsted reported that Trafford relied on five thematic audits in the six months before"
            " the inspection.",
            "Trafford carried out two thematic audits in six months.",
        ],
    ) == ["contradicted", "supported"]


def test_a_side_that_falls_after_another_is_where_it_comes_in_time_not_a_fall(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The implementation deadline falls about 17 months after the inspection.",
            "The implementation deadline fell within six months of the inspection.",
        ],
    ) == ["supported", "contradicted"]


def test_an_act_given_to_another_body_is_not_supported(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted issued the improvement notice to Trafford on 23 May 2019.",
            "The DfE issued the improvement notice to Trafford on 23 May 2019.",
        ],
    ) == ["contradicted", "supported"]  # Ofsted is on the other side of the act (test_claim_slots_b.py)


def test_saying_one_would_take_on_a_role_oneself_claims_it(index: ClaimIndex) -> None:
    # the role's words come after "take on the new", beyond a window counted from the verb's start
    claim = "Andrew Weston announced he would take on the new children's social care cabinet portfolio."
    assert check_claim(claim, index).verdict == "contradicted"


def test_falling_short_of_something_is_not_doing_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Most children's assessments fell short of fully considering their past life experiences.",
            "Most children's assessments fully considered their past life experiences.",
        ],
    ) == ["supported", "contradicted"]


def test_weeks_or_days_without_a_count_is_a_vague_length_and_a_yearless_month_still_dates_a_side(
    index: ClaimIndex,
) -> None:
    assert verdicts(
        index,
        [
            "The improvement notice came weeks after the report.",
            "The report came out only days after the inspection ended.",
            # "in February" rules out the chief executive's May statement as the side meant
            "Sara Todd started at the council in February, weeks before Ofsted arrived.",
        ],
    ) == ["supported", "contradicted", "supported"]


def test_to_be_done_and_the_next_step_speak_of_what_is_to_come(index: ClaimIndex) -> None:
    claim = "Weston announced a new cabinet member for children's social care, to be led by Catherine Hynes."
    assert check_claim(claim, index).verdict == "supported"


def test_a_word_of_what_can_be_done_is_not_the_noun_its_stem_shares(index: ClaimIndex) -> None:
    # Snowball gives `manageable` the stem of `management`: the claim read as one about leadership
    # was supported by the finding that caseloads are too high
    assert verdicts(
        index,
        [
            "Inspectors judged social workers' caseloads to be manageable.",
            "Caseloads in a number of teams were unmanageable, Ofsted found.",
        ],
    ) == ["contradicted", "supported"]


def test_a_saying_reported_in_a_headlines_present_tense_carries_no_claim_of_its_own(
    index: ClaimIndex,
) -> None:
    assert verdicts(
        index,
        [
            "Sara Todd insists the Ofsted report was stark.",
            "Todd pointed out that children at immediate risk of harm get timely assessment and help.",
        ],
    ) == ["supported", "supported"]


def test_a_consequence_after_leaving_is_a_statement_of_its_own(index: ClaimIndex) -> None:
    check = check_claim(
        "Caseloads remained too high in a number of teams, leaving social workers struggling to give "
        "children enough time.",
        index,
    )
    assert check.verdict == "supported"
    assert "part 2" in check.explanation


def test_a_denial_at_the_end_of_a_statement_denies_its_subject(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "In the help and protection service, practice standards were absent.",
            "Practice standards were non-existent, Ofsted found.",
            "Practice standards were robust in help and protection.",
        ],
    ) == ["supported", "supported", "contradicted"]


def test_far_from_denies_what_follows_it(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Staff sickness in Trafford was far from high, inspectors found.",
            "Ofsted found the workforce far from stable.",
        ],
    ) == ["supported", "contradicted"]


def test_of_two_grades_one_dated_the_other_is_placed_by_now_or_once(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's leadership, rated outstanding back in 2015, is now judged inadequate.",
            "Overall effectiveness, judged outstanding in 2015, is now inadequate.",
            "Care leavers' services, formerly outstanding, were found to require improvement in 2019.",
            # the year and "now" both point at the same grade: which year the other is for is unclear
            "Trafford's overall effectiveness: good. Now: 'inadequate' in 2015.",
        ],
    ) == ["supported", "contradicted", "supported", "not_found"]


def test_an_ampersand_joins_as_and_does(index: ClaimIndex) -> None:
    assert verdicts(index, ["In 2019 Ofsted rated help & protection as requires improvement."]) == [
        "supported"
    ]


def test_a_tabloid_verb_and_rock_bottom_are_tone_and_a_quality(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ministers slapped Trafford with an improvement notice in May 2019.",
            "Staff morale was at rock bottom, Ofsted said.",
        ],
    ) == ["supported", "contradicted"]


def test_the_day_after_is_one_day_after(index: ClaimIndex) -> None:
    check = check_claim(
        "Trafford got its improvement notice the very next day after Ofsted published its report.", index
    )
    assert check.verdict == "contradicted"
    assert "23 May 2019" in check.explanation


def test_a_grade_given_beside_a_grade_rated_is_a_rating_too(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Inspectors rated Trafford's leaders inadequate in 2019, and gave the care leavers service "
            "'requires improvement'."
        ],
    ) == ["supported"]


def test_a_phrase_is_read_as_the_records_own_word_for_it(index: ClaimIndex) -> None:
    # take into account is consider, deliver is implement, select is appoint, nobody denies
    assert verdicts(
        index,
        [
            "Ofsted said most children's assessments did not take into account their past life experiences.",
            "The DfE gave Trafford until August 2019 to deliver the improvements in its notice.",
            "Representatives of children in care were to help select the new director of children's services "
            "in October 2019.",
            "Nobody took robust action to determine the cause of the figures, Ofsted said.",
        ],
    ) == ["supported", "contradicted", "supported", "supported"]


def test_an_item_saying_one_of_two_things_in_time_does_not_support_their_order(index: ClaimIndex) -> None:
    check = check_claim(
        "Trafford's new director of children's services was to be appointed ahead of the action plan "
        "going to Ofsted.",
        index,
    )
    assert check.verdict != "supported"  # since the twenty-first session, contradicted: the panel was
    # planned for October 2019, after the plan's August date (tests/test_claim_false_support_t.py)
    assert "13 Aug 2019" in check.explanation
    # an item that speaks of both still says their order
    assert verdicts(index, ["Six monitoring visits were to come before a final inspection."]) == ["supported"]


def test_what_did_not_take_place_is_in_the_denials_own_clause(index: ClaimIndex) -> None:
    # the record's "Ofsted said that had the inspection not taken place" denied Ofsted as well
    assert verdicts(
        index,
        [
            "Ofsted - had the inspection not happened, the weaknesses would have gone unrecognised.",
            "Ofsted: if the inspection had not happened, weaknesses would not have been recognised.",
        ],
    ) == ["supported", "supported"]


def test_what_was_due_is_dated_by_the_plan(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "The final action plan was due at Ofsted about three months after the report was published.",
            "The final action plan was due at Ofsted a week after the report was published.",
            # the record says only that it was to go: that it went is not said
            "The final action plan went to Ofsted about three months after the report was published.",
        ],
    ) == ["supported", "contradicted", "not_found"]


def test_a_body_a_statement_speaks_of_is_its_subject_not_its_speaker(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Councillors were told Ofsted does not set performance indicators; the council sets its own.",
            # the chief executive's words about the teams are not Ofsted's
            "Ofsted praised Trafford's teams for working tirelessly.",
        ],
    ) == ["supported", "not_found"]


def test_because_says_a_cause_as_because_of_does(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Because action in help and protection cases was delayed, some children waited too long "
            "before they came into care."
        ],
    ) == ["supported"]


def test_in_good_time_is_timely_not_a_grade(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Ofsted found the MARAT did not respond to all children in good time.",
            "The MARAT responded to children in good time.",
        ],
    ) == ["supported", "contradicted"]


def test_not_just_adds_and_two_denials_joined_by_or_deny_once(index: ClaimIndex) -> None:
    # "not just X" says X and more; "cannot or will not comply" denies complying once, not twice
    assert verdicts(
        index,
        [
            "The DfE's six-monthly reviews cover the workforce too, not just leadership.",
            "A direction will be considered if the council cannot or will not comply with the notice.",
        ],
    ) == ["supported", "supported"]


def test_a_quality_denied_is_judged_by_the_clause_that_speaks_of_it(index: ClaimIndex) -> None:
    # the item's closest clause ("Sara Todd, who started in February") says nothing of permanence;
    # its title says the post was filled permanently
    assert verdicts(
        index,
        [
            "Sara Todd was Trafford's interim chief executive.",
            "Sara Todd was appointed Trafford's permanent chief executive.",
        ],
    ) == ["contradicted", "supported"]


def test_a_glossary_quality_whose_stem_another_glossary_word_holds_is_matched_whole() -> None:
    # the shipped glossary no longer has such a pair (an -able word now keeps its ending); a dataset's
    # own glossary may: "organised" (tidy) must not be read as the concept "organisation"
    raw = json.loads((shipped_data_dir() / "glossary.json").read_text(encoding="utf-8"))
    raw["concepts"].append({"id": "organisation", "terms": ["organisation", "organisations"]})
    raw["antonyms"].append({"positive": ["tidy", "organised"], "negative": ["chaotic"]})
    glossary = parse_glossary(Path("glossary.json"), json.dumps(raw).encode())
    organised = read_text("the service was organised", glossary)
    chaotic = read_text("the service was chaotic", glossary)
    assert "concept:organisation" not in organised.terms
    assert set(organised.terms) & set().union(*chaotic.negations)
    assert "concept:organisation" in read_text("the organisation was tidy", glossary).terms
