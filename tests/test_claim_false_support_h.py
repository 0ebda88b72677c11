"""Claims the starting code supported though no item states them, each tested with sentences written
for these tests: an order in time the item turns the other way round
(`claims/reversed_order.py`).
"""

from __future__ import annotations

import pytest
from tests.test_claim_readings import verdicts

from builders import SOURCE_NAME, DatasetFactory, citation, event, source_entry
from trafford_timeline.claims.check import ClaimIndex, build_index, check_claim
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.record.store import load_glossary, load_record

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
