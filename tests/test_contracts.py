"""The JSON contracts as pure functions of the core's results: read without running a command."""

from __future__ import annotations

from pathlib import Path

from trafford_timeline.claims.check import build_index, check_claim
from trafford_timeline.output import contracts
from trafford_timeline.query import facts_of, find_item
from trafford_timeline.ratings import compare
from trafford_timeline.record.store import load_glossary, load_record
from trafford_timeline.record.verify import verify_dataset


def test_a_claim_verdict_is_the_cite_json_contract(shipped: Path) -> None:
    index = build_index(load_record(shipped), load_glossary(shipped))
    supported = contracts.claim_record(check_claim("Trafford was rated good by Ofsted in 2015", index))
    assert supported["verdict"] == "supported"
    assert supported.keys() == {"claim", "verdict", "explanation", "evidence"}
    assert all(e.keys() == {"id", "source", "line", "quote", "score"} for e in supported["evidence"])
    unknown = contracts.claim_record(check_claim("The moon is made of cheese", index))
    assert unknown["verdict"] == "not_found"
    assert "related" in unknown, "near misses are given only for not_found"


def test_an_event_record_carries_its_facts_and_a_fact_record_does_not(shipped: Path) -> None:
    record = load_record(shipped)
    event = find_item(record, "ofsted-report-2019")
    shown = contracts.item_record(event, facts_of(record, event.id))
    assert shown["id"] == "ofsted-report-2019"
    assert {fact["event"] for fact in shown["facts"]} == {"ofsted-report-2019"}
    assert "facts" not in contracts.item_record(find_item(record, shown["facts"][0]["id"]), ())


def test_the_comparison_contract_gives_each_area_its_change_and_quoted_grades(shipped: Path) -> None:
    compared = contracts.ratings_record(compare(load_record(shipped), 2015, 2019), with_change=True)
    assert compared["years"] == [2015, 2019]
    overall = next(row for row in compared["rows"] if row["area"] == "overall")
    assert overall["change"] == -2
    assert all(cell["citations"] for cell in overall["grades"].values())


def test_the_verification_contract_counts_what_it_checked(shipped: Path) -> None:
    verified = contracts.verification_record(verify_dataset(shipped))
    assert verified["ok"] is True
    assert verified["problems"] == []
    assert verified["citations_checked"] > 0
