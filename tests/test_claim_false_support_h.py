"""Claims the starting code supported though no item states them, each tested with sentences written
for these tests: a quality one item of a pair says of another thing, lent to the thing the other item
judges otherwise (`claims/borrowed_quality.py`); and an order in time the item turns the other way
round (`claims/reversed_order.py`).
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_claim_readings import verdicts

from builders import SOURCE_NAME, DatasetFactory, citation, event, finding, source_entry
from trafford_timeline.claims.check import ClaimIndex, build_index, check_claim
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.record.store import load_glossary, load_record

SOURCE = (
    "Virtual school review\n"
    "\n"
    "School attendance of children in care is good, with low rates of exclusion.\n"
    "Placements are stable for most children in care.\n"
)


@pytest.fixture
def school(make_dataset: DatasetFactory) -> ClaimIndex:
    """A passage of two findings: attendance is good; exclusions are low; and a third: placements
    are stable."""

    def found(id: str, text: str, line: int, quote: str) -> dict[str, Any]:
        return finding(id, "review-2019", text=text, citations=[citation(line, quote)])

    record = {
        "sources": [source_entry(SOURCE_NAME, SOURCE)],
        "events": [event("review-2019", "2019-06", citations=[citation(1, "Virtual school review")])],
        "facts": [
            found("attendance-good", "School attendance of children in care is good.", 3,
                  "School attendance of children in care is good"),
            found("exclusions-low", "Exclusions of children in care are low.", 3,
                  "with low rates of exclusion"),
            found("placements-stable", "Placements are stable for most children in care.", 4,
                  "Placements are stable for most children in care"),
        ],
    }  # fmt: skip
    root = make_dataset(record, sources={SOURCE_NAME: SOURCE})
    loaded = load_record(root)
    return build_index(loaded, load_glossary(root), sentences=SourceSentences(root, loaded.sources))


def test_a_quality_said_of_another_thing_is_not_lent_to_this_one(school: ClaimIndex) -> None:
    """The record says exclusions are low and attendance good: attendance was not low."""
    for claim in [
        "School attendance of children in care was low.",
        "Children in care had low school attendance.",
    ]:
        check = check_claim(claim, school)
        assert check.verdict != "supported", claim
        assert "say this together" not in check.explanation, claim
    # guard: each thing with its own quality is still supported, and so are both together
    assert (
        verdicts(
            school,
            [
                "School attendance of children in care was good.",
                "Children in care had low rates of exclusion.",
                "Attendance of children in care was good, with low rates of exclusion.",
            ],
        )
        == ["supported"] * 3
    )


ORDER_SOURCE = (
    "Scrutiny committee minutes\n"
    "\n"
    "The improvement plan would be brought to the scrutiny committee after its approval by the cabinet.\n"
    "Four progress reviews were held before the end of the year.\n"
)


@pytest.fixture
def scrutiny(make_dataset: DatasetFactory) -> ClaimIndex:
    """A plan that comes to the committee after the cabinet approves it, and reviews held before the
    year's end."""
    plan = (
        "The improvement plan would be brought to the scrutiny committee after its approval by the cabinet."
    )
    reviews = "Four progress reviews were held before the end of the year."
    record = {
        "sources": [source_entry(SOURCE_NAME, ORDER_SOURCE)],
        "events": [event("minutes-2019", "2019-10", citations=[citation(1, "Scrutiny committee minutes")])],
        "facts": [
            {"id": "plan-after-cabinet", "kind": "commitment", "text": plan, "by": "The council",
             "citations": [citation(3, plan.rstrip("."))]},
            {"id": "reviews-held", "kind": "detail", "text": reviews,
             "citations": [citation(4, reviews.rstrip("."))]},
        ],
    }  # fmt: skip
    root = make_dataset(record, sources={SOURCE_NAME: ORDER_SOURCE})
    loaded = load_record(root)
    return build_index(loaded, load_glossary(root), sentences=SourceSentences(root, loaded.sources))


def test_the_order_turned_round_is_contradicted(scrutiny: ClaimIndex) -> None:
    """The plan comes to the committee after the cabinet approves it, not before."""
    check = check_claim(
        "The scrutiny committee would see the improvement plan before its approval by the cabinet.", scrutiny
    )
    assert check.verdict == "contradicted"
    assert "'after' where the claim says 'before'" in check.explanation
    assert check.evidence
    assert check.evidence[0].id == "plan-after-cabinet"
    # guard: the record's own order is supported, and an order the record never turns round is left alone
    assert verdicts(
        scrutiny,
        [
            "The improvement plan would go to the scrutiny committee after its approval by the cabinet.",
            "Four progress reviews were held before the end of the year.",
        ],
    ) == ["supported", "supported"]
