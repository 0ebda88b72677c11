"""True claims the checker answered not found: words of the same meaning the glossary lacked ("find
out" and "get to the bottom of" for determine, "driven by" for the cause, "department officials" for the
DfE, "preferably" for a preference, "reaching" and "the size of" that add nothing), a post held "when"
an event happened, a month said in the very words the record's date is worked out from, and "that
same month" for the month a joined claim named before. What the
record lacks (another cause, figure, grade, month or year) still blocks "supported". Each sentence
was written for these tests.
"""

from __future__ import annotations

from tests.test_claim_readings import verdicts

from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_getting_to_the_bottom_of_is_determining(index: ClaimIndex) -> None:
    """Despite the data, there had not been robust action to determine the cause of the figures."""
    said = check_claim(
        "There had been no robust action to get to the bottom of the cause of the figures.", index
    )
    assert said.verdict == "supported"
    assert said.evidence[0].id == "finding-no-robust-action-on-performance-data"


def test_driven_by_is_a_cause(index: ClaimIndex) -> None:
    """Ofsted put the widespread deterioration down to leadership failures."""
    assert verdicts(
        index,
        [
            "Ofsted said the widespread deterioration was driven by leadership failures.",
            # guard: a cause the record never gives
            "Ofsted said the widespread deterioration was driven by underfunding.",
        ],
    ) == ["supported", "not_found"]


def test_department_officials_are_the_dfe(index: ClaimIndex) -> None:
    """The DfE will review Trafford's performance every six months."""
    assert verdicts(
        index,
        [
            "Department officials will review Trafford's performance every six months.",
            # guard: another frequency
            "Department officials will review Trafford's performance every three months.",
        ],
    ) == ["supported", "contradicted"]


def test_preferably_permanent_is_a_preference_for_permanent_staff(index: ClaimIndex) -> None:
    """Additional team leaders, with a preference for permanent staff."""
    said = check_claim("The council sought extra team leaders, preferably on permanent contracts.", index)
    assert said.verdict == "supported"
    assert said.evidence[0].id == "committee-additional-social-workers-team-leaders"


def test_reports_reaching_leaders_are_reports_to_leaders(index: ClaimIndex) -> None:
    """Reports to leaders said most practice was good."""
    assert verdicts(
        index,
        [
            "Reports reaching Trafford's leaders said most practice was good.",
            # guard: another grade
            "Reports reaching Trafford's leaders said most practice was outstanding.",
        ],
    ) == ["supported", "not_found"]


def test_the_size_of_the_workforce_is_the_workforce(index: ClaimIndex) -> None:
    """Demand for services had increased but the workforce had stayed the same."""
    assert verdicts(
        index,
        [
            "Demand for services rose while the size of the workforce stayed the same.",
            # guard: a change the record does not give
            "Demand for services rose while the size of the workforce doubled.",
        ],
    ) == ["supported", "not_found"]


def test_a_post_held_when_an_event_of_that_month_happened(index: ClaimIndex) -> None:
    """Andrew Weston is named council leader in May 2019, the month Ofsted's report came out; Damian
    Hinds is the Education Secretary of the May 2019 notice, the month of the DfE's announcement."""
    assert verdicts(
        index,
        [
            "Andrew Weston was leader of the council when Ofsted's report was published.",
            "Damian Hinds was the education secretary at the time of the DfE's announcement.",
            # guards: an event of another year or month, and a post the record gives to another
            "Andrew Weston was leader of the council when the inspection of 2015 was published.",
            "Andrew Weston was leader of the council when the action plan went to Ofsted.",
            "Catherine Hynes was council leader when Ofsted's report was published.",
            # guards: a post said to last up to the event, and an unnamed holder's
            "Andrew Weston was still leader of the council when Ofsted's report was published.",
            "The interim director of children's services was acting when the DfE issued its notice.",
        ],
    ) == ["supported", "supported", "not_found", "not_found", "contradicted", "not_found", "not_found"]


def test_a_month_from_one_side_of_a_dispute_keeps_the_dispute(index: ClaimIndex) -> None:
    """The chief executive's start runs from February 2019 to the day before the inspection, worked
    out from one source's "in February" against another's March: a claim in the first source's words
    takes a side, so it is never settled without the recorded dispute's note."""
    for claim in (
        "Sara Todd became chief executive in February.",
        "Trafford's chief executive, Sara Todd, took up the job in February.",
    ):
        said = check_claim(claim, index)
        if said.verdict == "supported":
            assert said.conflict is not None, claim
            assert said.conflict.id == "chief-executive-start-february-or-march"
        else:
            assert said.verdict == "not_found", (claim, said.explanation)
    # guard: another month
    other = check_claim("Trafford's chief executive, Sara Todd, took up the job in January.", index)
    assert other.verdict == "contradicted"


def test_that_same_month_is_the_month_named_before(index: ClaimIndex) -> None:
    """The report was published on 8 May 2019 and the notice issued on 23 May 2019; the inspection
    was in March 2019."""
    assert verdicts(
        index,
        [
            "Ofsted published its report on Trafford in May 2019, and the Department for Education "
            "issued an improvement notice that same month.",
            # guard: the month pointed back to is the inspection's, not the notice's
            "The inspection took place in March 2019, and the DfE issued its improvement notice that month.",
        ],
    ) == ["supported", "contradicted"]
