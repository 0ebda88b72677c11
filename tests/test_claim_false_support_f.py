"""Claims the starting code supported from an item that does not state them: a verb of removal done
to the very thing the record says was added; a plan said to have been carried out by the deadline
that only set it; a post said to have been held one way over a whole period, from an item that dates
only the start of that holding inside it. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim


def test_removing_the_extra_staff_is_not_adding_them(index: ClaimIndex) -> None:
    # `axe`, `cut`, `scrap` stand against `extra`; done to the extra staff, they are an act of their own
    removed = [
        "The council axed the additional team leaders.",
        "Trafford cut its extra social workers.",
        "Councillors scrapped the additional social workers and team leaders.",
    ]
    assert verdicts(index, removed) == ["not_found"] * 3
    check = check_claim(removed[0], index)
    assert "what was done to the additional" in check.explanation
    # the record's own act is still supported
    assert verdicts(index, ["Trafford recruited extra social workers."]) == ["supported"]


def test_a_deadline_is_not_that_the_work_was_done_by_it(index: ClaimIndex) -> None:
    done = [
        "The council delivered its improvement plan by August 2020.",
        "The improvement plan had been carried out by August 2020.",
    ]
    assert verdicts(index, done) == ["not_found", "not_found"]
    assert "only the deadline" in check_claim(done[0], index).explanation
    # what was due, said as due, is the deadline itself
    due = [
        "The council had until August 2020 to implement the improvement plan.",
        "The deadline for implementing the improvement plan was August 2020.",
    ]
    assert verdicts(index, due) == ["supported", "supported"]


def test_a_start_inside_a_period_is_not_the_whole_period(index: ClaimIndex) -> None:
    # the post was covered on an interim basis until shortly before the inspection
    whole = [
        "The permanent chief executive was in post throughout the months before the inspection.",
        "The chief executive role was filled permanently throughout the months before the inspection.",
    ]
    assert "supported" not in verdicts(index, whole)
    # the start itself, and the interim cover, are still supported
    assert verdicts(
        index,
        [
            "The chief executive role was filled permanently shortly before the inspection.",
            "The chief executive post was covered on an interim basis from July 2018.",
        ],
    ) == ["supported", "supported"]
