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


LIBRARY_NAME = "002_library.txt"
SELECTION = "The library holds a good selection of large-print books for older readers."
SHELVING = "The shelving in the reading room is robust."
OTHERS = (
    "Opening hours were cut on Sundays after the budget review.",
    "Volunteers run a weekly reading club for toddlers and their carers.",
    "The catalogue moved to a new computer system in the spring.",
    "Visitor numbers fell during the winter months when the heating failed.",
    "The mobile van visits three rural villages every fortnight.",
    "Staff reported that the children's corner needs new furniture and brighter lighting.",
)
LIBRARY = "Library inspection notes\n\n" + "".join(f"{line}\n" for line in (SELECTION, SHELVING, *OTHERS))


@pytest.fixture
def library(make_dataset: DatasetFactory) -> ClaimIndex:
    """Two findings that judge a thing with one pole of a glossary quality."""
    record = {
        "sources": [source_entry(LIBRARY_NAME, LIBRARY)],
        "events": [event("library-visit-2023", "2023-06",
                         citations=[citation(1, "Library inspection notes", LIBRARY_NAME)])],
        "facts": [
            {"id": "finding-good-selection", "kind": "finding", "polarity": "strength", "text": SELECTION,
             "event": "library-visit-2023", "citations": [citation(3, SELECTION.rstrip("."), LIBRARY_NAME)]},
            {"id": "finding-robust-shelving", "kind": "finding", "polarity": "strength", "text": SHELVING,
             "event": "library-visit-2023", "citations": [citation(4, SHELVING.rstrip("."), LIBRARY_NAME)]},
            *({"id": f"detail-{n}", "kind": "detail", "text": line, "event": "library-visit-2023",
               "citations": [citation(5 + n, line.rstrip("."), LIBRARY_NAME)]}
              for n, line in enumerate(OTHERS)),
        ],
    }  # fmt: skip
    root = make_dataset(record, sources={LIBRARY_NAME: LIBRARY})
    loaded = load_record(root)
    return build_index(loaded, load_glossary(root), sentences=SourceSentences(root, loaded.sources))


@pytest.mark.parametrize(
    ("claim", "item"),
    [
        ("The large-print selection was narrow.", "finding-good-selection"),
        ("The library held a narrow selection of books.", "finding-good-selection"),
        ("The reading room had frail shelving.", "finding-robust-shelving"),
    ],
)
def test_a_quality_word_the_record_never_uses_meets_the_other_pole(
    library: ClaimIndex, claim: str, item: str
) -> None:
    """The record judges the selection good and the shelving robust: a word it never uses that stands
    for the other pole (`narrow` as `limited`, `frail` as `weak`) is contradicted by the finding's
    quote, not left unfound."""
    check = check_claim(claim, library)
    assert check.verdict == "contradicted", check.explanation
    assert check.evidence[0].id == item


@pytest.mark.parametrize(
    "claim",
    [
        "The large-print selection was not narrow.",
        "The large-print selection was big.",
        "The library held a good selection of large-print books for older readers.",
    ],
)
def test_a_denied_or_two_poled_quality_word_is_not_contradicted(library: ClaimIndex, claim: str) -> None:
    """Guards: a denied quality word is not read against the record, a word WordNet puts on both poles
    (`big`) says no one quality, and the record's own word is what it says."""
    assert check_claim(claim, library).verdict != "contradicted"
