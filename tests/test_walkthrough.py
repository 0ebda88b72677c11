"""README's "Bring the story up to date", step for step, on Trafford's four Ofsted reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trafford_timeline.cli import app

TRAFFORD = Path(__file__).resolve().parents[2] / "shared" / "ofsted" / "reports" / "80573_trafford"
REPORTS = [
    ("children's services inspection - 12 may 2015.pdf", "ofsted-2015", None),
    ("children's services inspection - 08 may 2019.pdf", "ofsted-2019", "2019-05-08"),
    ("children's services inspection - 31 january 2023.pdf", "ofsted-2023", "2023-01-31"),
    ("children's services inspection - 03 august 2026.pdf", "ofsted-2026", "2026-08-03"),
]


@pytest.mark.skipif(not TRAFFORD.is_dir(), reason=f"Trafford's Ofsted PDFs are not at {TRAFFORD}")
def test_bring_the_story_up_to_date(tmp_path: Path) -> None:
    runner = CliRunner()
    data = tmp_path / "trafford-data"
    env = {"TRAFFORD_DATA": str(data), "COLUMNS": "200"}
    assert runner.invoke(app, ["init", str(data), "--empty"], env=env).exit_code == 0
    for file, name, published in REPORTS:
        extra = ["--date", published] if published else []
        result = runner.invoke(app, ["sources", "add", str(TRAFFORD / file), "--name", name, *extra], env=env)
        assert result.exit_code == 0, result.output
    for _, name, _ in REPORTS:
        result = runner.invoke(app, ["draft", name, "--json"], env=env)
        assert result.exit_code == 0, result.output
        draft = json.loads(result.stdout)
        assert set(draft) == {"source", "events", "facts"}
        path = tmp_path / f"draft-{name}.json"
        path.write_text(result.stdout)
        accepted = runner.invoke(app, ["draft", "--accept", str(path)], env=env)
        assert accepted.exit_code == 0, accepted.output
        assert "verified" in accepted.output
    assert (data / "events.json.bak").is_file()
    compared = runner.invoke(app, ["ratings", "--compare", "2015", "2026", "--json"], env=env)
    assert compared.exit_code == 0, compared.output
    grades = {row["area"]: row["grades"] for row in json.loads(compared.stdout)["rows"]}
    assert grades["leadership"]["2015"]["grade"] == "outstanding"
    assert grades["leadership"]["2026"]["grade"] == "inadequate"
    assert grades["care_leavers"]["2026"]["grade"] == "requires_improvement"
    assert grades["overall"]["2026"]["grade"] is None
    table = runner.invoke(app, ["ratings", "--compare", "2015", "2026"], env=env)
    assert "no overall grade" in table.stdout
    timeline = runner.invoke(app, ["timeline", "--from", "2019", "--json"], env=env)
    assert timeline.exit_code == 0
    dates = [event["date"] for event in json.loads(timeline.stdout)]
    assert "2026-06-08/2026-06-19" in dates
    assert "2019-05-08" in dates
