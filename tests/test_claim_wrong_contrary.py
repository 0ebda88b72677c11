"""True or unstated claims the checker called contradicted, each tested with sentences written for
these tests: a denial framed around a whole statement (`it is not the case that`), a length or a
frequency of an act the item never names, the date of an item that never names the claim's event
or states its frequency, a cause blamed by a body the record never mentions, a compound whose
second statement has a subject of its own, two people joined by `and` read as a title beside a
name, and a one-holder post said in the plural.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_a_denial_framed_around_a_statement_reaches_all_of_it(index: ClaimIndex) -> None:
    """The record: senior leaders had no accurate understanding of practice; Trafford was rated
    inadequate overall in 2019, its care leavers requiring improvement."""
    claims = [
        "It isn't the case that senior leaders in Trafford had an accurate understanding of practice.",
        "It is not true that Trafford was rated good overall in 2019.",
        "It is not the case that Trafford's care leavers were rated outstanding in 2019.",
        # guards: denying what the record says is contradicted
        "It is false that Ofsted rated Trafford inadequate in 2019.",
        "It is not true that Trafford's senior leaders lacked an accurate understanding of practice.",
    ]
    expected = ["supported", "supported", "supported", "contradicted", "contradicted"]
    assert verdicts(index, claims) == expected
    assert "the claim denies that" in check_claim(claims[0], index).explanation


def test_a_length_or_frequency_of_another_act_does_not_contradict(index: ClaimIndex) -> None:
    """The record: Ofsted returns for a monitoring visit within six months (how soon, not how long a
    visit lasts); the DfE reviews progress every six months (its reviews, not an adviser's visits)."""
    claims = [
        "Each of Ofsted's monitoring visits would last three days.",
        "The DfE adviser would visit Trafford every month.",
        # guards: the same act with another figure is still contradicted
        "The DfE would review Trafford's progress every three months.",
        "Ofsted would return for a monitoring visit within a year.",
    ]
    assert verdicts(index, claims) == ["not_found", "not_found", "contradicted", "contradicted"]


def test_the_date_of_an_item_that_never_names_the_claims_event_is_another_events(
    index: ClaimIndex,
) -> None:
    """The record dates no final re-inspection and no six-monthly DfE review; the action plan was to go
    to Ofsted on 13 August 2019, and the scrutiny committee reviewed the front door in May to August 2019."""
    claims = [
        "Ofsted said it would carry out the final re-inspection of Trafford in 2022.",
        "Ofsted told Trafford its final re-inspection would come in 2021.",
        "The DfE carried out its first six-monthly review of Trafford in January 2020.",
        # guard: the inspection's own date is still compared
        "Ofsted inspected Trafford's children's services in June 2019.",
    ]
    assert verdicts(index, claims) == ["not_found", "not_found", "not_found", "contradicted"]


def test_a_cause_blamed_by_a_body_the_record_never_mentions_is_not_found(index: ClaimIndex) -> None:
    """The record never mentions a union; Ofsted found staff turnover low."""
    claims = [
        "Unison blamed a shortage of staff for heavy workloads in Trafford.",
        "The GMB blamed staff shortages for rising caseloads.",
        # guard: blamed by the inspectors, the cause is the record's to deny
        "Ofsted blamed high staff turnover for the decline.",
    ]
    assert verdicts(index, claims) == ["not_found", "not_found", "contradicted"]


def test_a_second_statement_with_its_own_subject_is_checked_alone(index: ClaimIndex) -> None:
    """The record: Ofsted published on 8 May 2019; the DfE issued its notice on 23 May 2019."""
    claims = [
        "Ofsted published its report on 8 May and the DfE issued an improvement notice on 23 May 2019.",
        "Inspectors were in Trafford in March and the DfE issued its improvement notice on 23 May 2019.",
        # guard: a wrong date in the second statement still contradicts
        "Ofsted published its report on 8 May and the DfE issued an improvement notice on 23 June 2019.",
    ]
    assert verdicts(index, claims) == ["supported", "supported", "contradicted"]


def test_two_people_joined_by_and_are_not_a_title_beside_a_name(index: ClaimIndex) -> None:
    """The record makes Andrew Weston council leader and Sara Todd chief executive."""
    claims = [
        "The council leader and Sara Todd welcomed the report, and Todd pledged 80 more social workers.",
        # guard: a title beside the name is still checked
        "Sara Todd, the council leader, said the report was stark.",
    ]
    assert verdicts(index, claims) == ["not_found", "contradicted"]


def test_a_one_holder_post_in_the_plural_is_a_group_not_the_post(index: ClaimIndex) -> None:
    """The record: Trafford's senior leaders believed services remained good or outstanding."""
    claims = [
        "The council's leaders thought services were still good or outstanding.",
        # guard: the one post is still another post than the senior leaders
        "The council leader thought services were still good or outstanding.",
    ]
    assert verdicts(index, claims) == ["not_found", "contradicted"]
