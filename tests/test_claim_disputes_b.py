"""A claim one side of an open dispute states, and no other side denies, is supported, with the
conflict named; a claim that takes a side against another is still disputed."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from trafford_timeline.claims.check import ClaimIndex, build_index, check_claim
from trafford_timeline.cli import app
from trafford_timeline.record.store import load_glossary, load_record, shipped_data_dir


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    data = shipped_data_dir()
    return build_index(load_record(data), load_glossary(data))


@pytest.mark.parametrize(
    ("claim", "conflict"),
    [
        # the minutes also say the plan went to the Shadow Improvement Board that day: no denial
        (
            "The committee was told the action plan's final draft was ready and would be sent to Ofsted "
            "on 13 August 2019.",
            "action-plan-13-august-2019",
        ),
        # the minutes' preference for permanent staff does not deny what the council said it agreed
        (
            "The council said it would recruit extra temporary social workers and family support workers.",
            "extra-social-workers-temporary-or-permanent",
        ),
        (
            "More social workers and team leaders were to be recruited, with permanent staff preferred.",
            "extra-social-workers-temporary-or-permanent",
        ),
    ],
)
def test_one_side_of_an_open_dispute_that_no_side_denies_is_supported(
    index: ClaimIndex, claim: str, conflict: str
) -> None:
    check = check_claim(claim, index)
    assert check.verdict == "supported", check.explanation
    assert check.conflict is not None
    assert check.conflict.id == conflict
    assert "none denies this" in check.explanation


def test_cite_json_names_the_conflict_of_a_supported_side_and_exits_0() -> None:
    claim = "The council said it would recruit extra temporary social workers and family support workers."
    result = CliRunner().invoke(app, ["cite", claim, "--json"])
    assert result.exit_code == 0
    answer = json.loads(result.stdout)
    assert answer["verdict"] == "supported"
    assert answer["conflict"]["id"] == "extra-social-workers-temporary-or-permanent"
    assert answer["conflict"]["favoured"] is None
