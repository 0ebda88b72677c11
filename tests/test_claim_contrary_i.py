"""False claims the checker left unfound because one word of them is one the record never uses, where
that word takes the place of a value the record gives: a post named with another qualifier than the
record's (`the parks director` where the record's director is the finance director). Each is tested
with sentences written for these tests.
"""

from __future__ import annotations

import pytest

from builders import DatasetFactory, citation, event, source_entry
from trafford_timeline.claims.check import ClaimIndex, build_index, check_claim
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.record.store import load_glossary, load_record

SOURCE_NAME = "001_audit.txt"
AUDIT = "The audit of the pension fund was commissioned on behalf of finance director Priya Okafor."
SOURCE = f"Pension fund audit note\n\n{AUDIT}\n"


@pytest.fixture
def audit(make_dataset: DatasetFactory) -> ClaimIndex:
    """An audit commissioned for a named post holder, and the post she holds."""
    quote = "commissioned on behalf of finance director Priya Okafor"
    record = {
        "sources": [source_entry(SOURCE_NAME, SOURCE)],
        "events": [event("audit-commissioned-2022", "2022-03", citations=[citation(3, quote, SOURCE_NAME)],
                         title="The pension fund audit is commissioned on behalf of the finance director")],
        "facts": [
            {"id": "role-finance-director-priya-okafor", "kind": "role",
             "text": "Priya Okafor is the finance director, on whose behalf the audit was commissioned.",
             "role": "finance director", "person": "Priya Okafor", "organisation": "The council",
             "citations": [citation(3, quote, SOURCE_NAME)]},
        ],
    }  # fmt: skip
    root = make_dataset(record, sources={SOURCE_NAME: SOURCE})
    loaded = load_record(root)
    return build_index(loaded, load_glossary(root), sentences=SourceSentences(root, loaded.sources))


@pytest.mark.parametrize(
    "claim",
    [
        "Priya Okafor was the parks director when the audit was commissioned.",
        "The pension fund audit was commissioned on behalf of the parks director.",
    ],
)
def test_a_post_with_another_qualifier_is_contradicted(audit: ClaimIndex, claim: str) -> None:
    """The record's director is the finance director: a claim that calls the post by a word the record
    never uses in that place names another post, and the quote that names the record's post shows it."""
    check = check_claim(claim, audit)
    assert check.verdict == "contradicted", check.explanation
    assert "'finance director'" in check.explanation
    assert any("finance director" in evidence.quote for evidence in check.evidence)


@pytest.mark.parametrize(
    "claim",
    [
        "Priya Okafor was not the parks director.",
        "The pension fund audit was commissioned on behalf of the finance director.",
    ],
)
def test_a_denied_or_the_records_own_post_is_not_contradicted(audit: ClaimIndex, claim: str) -> None:
    """Guards: denying the other post is true, and the record's own post is what it says."""
    assert check_claim(claim, audit).verdict != "contradicted"
