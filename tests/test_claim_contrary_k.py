"""Claims the checker decided against one source of a dispute the record leaves open, and claims of all
against a record that says some, each tested with sentences written for these tests over the shipped
record: a start date one source denies and another's reading allows is disputed, not contradicted,
with the conflict named in `--json`; and `in every team` against a finding `in some teams` is
contradicted, as `ask` answers "no" to the same question, while `most` against `some` stays unfound.
"""

from __future__ import annotations

import json

import pytest

from builders import Trafford
from trafford_timeline.claims.check import ClaimIndex, check_claim

START_DISPUTE = "chief-executive-start-february-or-march"


@pytest.mark.parametrize(
    "claim",
    [
        "Sara Todd became Trafford's permanent chief executive in March 2019.",
        "It was in March 2019 that Sara Todd took up the chief executive's job at Trafford.",
    ],
)
def test_a_start_one_source_denies_and_the_other_allows_is_disputed(index: ClaimIndex, claim: str) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "disputed", check.explanation
    assert check.conflict is not None
    assert check.conflict.id == START_DISPUTE
    assert check.conflict.favoured is None
    assert "favours neither side" in check.explanation
    # a month neither side allows is still contradicted
    assert check_claim(claim.replace("March 2019", "December 2018"), index).verdict == "contradicted"


def test_cite_json_names_the_open_dispute_and_exits_1(trafford: Trafford) -> None:
    result = trafford("cite", "Sara Todd started as Trafford's chief executive in March 2019.", "--json")
    assert result.exit_code == 1
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "disputed"
    assert answer["conflict"] == {"id": START_DISPUTE, "favoured": None}
    assert {e["source"] for e in answer["evidence"]} >= {
        "001_0eee753b118d5f49.txt",
        "004_bcb878378186b359.txt",
    }


@pytest.mark.parametrize(
    ("claim", "item"),
    [
        ("Every team in Trafford had caseloads that were too high.", "finding-caseloads-too-high"),
        ("Across the board, Trafford's caseloads were too high.", "finding-caseloads-too-high"),
        ("In all of its teams, Trafford's workers struggled to spend enough time with children.",
         "finding-workers-struggle-to-spend-time-with-children"),
    ],
)  # fmt: skip
def test_all_against_a_record_bounded_to_some_is_contradicted(
    index: ClaimIndex, claim: str, item: str
) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "contradicted", check.explanation
    assert check.evidence[0].id == item
    assert "the record says only some" in check.explanation


def test_most_against_some_is_left_unfound_and_some_is_supported(index: ClaimIndex) -> None:
    most = check_claim("Caseloads were too high in most of Trafford's teams.", index)
    some = check_claim("Caseloads were too high in some of Trafford's teams.", index)
    every = check_claim("Caseloads were too high in each of Trafford's teams.", index)
    assert (most.verdict, some.verdict, every.verdict) == ("not_found", "supported", "contradicted")
