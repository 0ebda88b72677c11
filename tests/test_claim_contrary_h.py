"""False claims the checker left unfound, each tested with sentences written for these tests: an act
given to one doer alone where the record leaves it to either of two, a dated run whose last two
statements `and` joins, and a post's start said of its `stint` or `tenure`.
"""

from __future__ import annotations

import pytest

from builders import DatasetFactory, citation, event, source_entry
from trafford_timeline.claims.check import ClaimIndex, build_index, check_claim
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.record.store import load_glossary, load_record

SOURCE_NAME = "001_minutes.txt"
PLACEMENTS = (
    "Any audit of foster placements will be carried out by the council or an external assessor "
    "approved by the regional commissioner."
)
PANEL = "The fostering panel is chaired by the head of service."
SOURCE = f"Fostering committee minutes\n\n{PLACEMENTS}\n{PANEL}\n"


@pytest.fixture
def fostering(make_dataset: DatasetFactory) -> ClaimIndex:
    """An audit either of two may carry out, and a panel one post chairs."""
    record = {
        "sources": [source_entry(SOURCE_NAME, SOURCE)],
        "events": [event("minutes-2021", "2021-02", citations=[citation(1, "Fostering committee minutes",
                                                                          SOURCE_NAME)])],
        "facts": [
            {"id": "placement-audit-either", "kind": "commitment", "text": PLACEMENTS, "by": "The council",
             "citations": [citation(3, PLACEMENTS.rstrip("."), SOURCE_NAME)]},
            {"id": "panel-chair", "kind": "commitment", "text": PANEL, "by": "The council",
             "citations": [citation(4, PANEL.rstrip("."), SOURCE_NAME)]},
        ],
    }  # fmt: skip
    root = make_dataset(record, sources={SOURCE_NAME: SOURCE})
    loaded = load_record(root)
    return build_index(loaded, load_glossary(root), sentences=SourceSentences(root, loaded.sources))


@pytest.mark.parametrize(
    "claim",
    [
        "Audits of foster placements could only be carried out by an external assessor.",
        "An audit of foster placements may be carried out solely by the council.",
        "Only the council could carry out an audit of foster placements.",
    ],
)
def test_one_doer_alone_is_denied_where_the_record_allows_two(fostering: ClaimIndex, claim: str) -> None:
    """The record leaves the audit to the council or an approved assessor: either, said to be the only
    one, is ruled out by the other, and the item that names both is the evidence. Guards: the record's
    own two doers are no claim of one alone, and a chair the record names with no other is not denied
    by the bound."""
    check = check_claim(claim, fostering)
    assert check.verdict == "contradicted", check.explanation
    assert check.evidence[0].id == "placement-audit-either"
    assert "or an external assessor" in check.explanation
    both = "Any audit of foster placements will be carried out by the council or an external assessor."
    assert check_claim(both, fostering).verdict == "supported"
    bounded = "The fostering panel can only be chaired by the head of service."
    assert check_claim(bounded, fostering).verdict != "contradicted"


def test_the_last_of_a_dated_run_joined_by_and_is_a_statement_of_its_own(index: ClaimIndex) -> None:
    """A run of dated statements between commas whose last two are joined by `and`, each with its own
    subject and date: the notice's wrong day is denied by the notice's own date, and the true run,
    each of its three statements supported, is supported."""
    wrong = (
        "Ofsted rated Trafford good in 2015, inspected it again in March 2019 "
        "and the DfE issued its notice on 2 June 2019."
    )
    check = check_claim(wrong, index)
    assert check.verdict == "contradicted", check.explanation
    assert check.explanation.startswith("part 3:")
    assert "23 May 2019" in check.explanation
    right = wrong.replace("2 June", "23 May")
    assert check_claim(right, index).verdict == "supported"


def test_a_word_for_the_spell_a_post_was_held_says_no_more_than_the_post(index: ClaimIndex) -> None:
    """`stint` after the post says only the post: a start the record dates otherwise is denied by the
    post's own event, and the right month is never turned against the claim."""
    wrong = "Trafford's part-time interim chief executive stint started in September 2018."
    check = check_claim(wrong, index)
    assert check.verdict == "contradicted", check.explanation
    assert check.evidence[0].id == "interim-chief-executive-2018"
    assert "Jul 2018" in check.explanation
    assert check_claim(wrong.replace("September", "July"), index).verdict != "contradicted"
