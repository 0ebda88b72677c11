"""What a person sees: the chart, the grade track, widths, colour, and pictures saved by --export."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from builders import DatasetFactory, Trafford, event, minimal_record
from trafford_timeline.output import chart
from trafford_timeline.output.rating_listings import grade_track
from trafford_timeline.record.model import Event
from trafford_timeline.record.schema import RECORD_ADAPTER, to_record
from trafford_timeline.record.store import load_record, shipped_data_dir

SHIPPED_EVENTS = len(load_record(shipped_data_dir()).events)

TERMINAL = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "COLUMNS": "120"}
COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-9]|9[0-7]|38;[0-9;]+)m")
"""An SGR sequence that sets a foreground colour (bold and italic are not colour)."""


def events_of(*raw: dict[str, object]) -> list[Event]:
    record = minimal_record()
    record["events"] = list(raw)
    record["facts"] = []
    return list(to_record(RECORD_ADAPTER.validate_json(json.dumps(record))).events)


def test_the_chart_gives_each_event_one_marker_in_its_month() -> None:
    events = events_of(
        event("a", "2015"),
        event("b", "2019-05-23"),
        event("c", "2020-08", kind="deadline", status="planned", as_of="2019-05-23"),
        event("d", "2019-05/..", status="planned", as_of="2019-05-23"),
        event("e", "../2019-03-08"),
    )
    drawn = chart.layout(events, 200)
    assert [panel.years for panel in drawn.panels] == [(2015, 2019, 2020)]
    assert drawn.gaps == ((2016, 2018),)
    panel = drawn.panels[0]
    assert panel.months_line == "JFMAMJJASOND┆JFMAMJJASOND│JFMAMJJASOND"
    lanes = {lane.event.id: lane.cells for lane in panel.lanes}
    for cells in lanes.values():
        assert sum(cells.count(m) for m in chart.MARKERS.values()) == 1
        assert len(cells) == panel.width
    assert lanes["a"] == "●━━━━━━━━━━━┆" + " " * 12 + "│" + " " * 12, "a year-only date spans its year"
    assert lanes["b"].index("●") == 13 + 4, "May 2019"
    assert lanes["c"].index("○") == 26 + 7, "planned, hollow, in August 2020"
    assert lanes["d"][17:19] == "○→", "planned with no end date"
    assert lanes["e"][14:16] == "←●", "on or before 8 March 2019"


def test_a_narrow_chart_wraps_the_axis_into_panels_of_whole_years() -> None:
    events = events_of(event("a", "2015"), event("b", "2016-02"), event("c", "2017-03"))
    drawn = chart.layout(events, 30)
    assert [panel.years for panel in drawn.panels] == [(2015, 2016), (2017,)]
    assert all(panel.width <= 30 for panel in drawn.panels)
    assert [lane.event.id for panel in drawn.panels for lane in panel.lanes] == ["a", "b", "c"]


@pytest.mark.parametrize("width", [60, 80, 120])
def test_the_timeline_chart_fits_the_terminal_and_cuts_nothing(trafford: Trafford, width: int) -> None:
    result = trafford("timeline", "--chart", env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    assert "…" not in result.stdout
    assert "JFMAMJJASOND" in result.stdout
    text = " ".join(result.stdout.split())
    assert "Ofsted inspects Trafford's children's social care services" in text
    markers = sum(line.count("●") + line.count("○") for line in lines[:-3])
    assert markers == SHIPPED_EVENTS, "one marker per event on the shipped record"
    assert "● happened" in text
    assert "○ planned" in text


@pytest.mark.parametrize("width", [60, 120])
@pytest.mark.parametrize(
    "command",
    [
        ["timeline", "--chart"],
        ["ratings", "--compare", "2015", "2019"],
        ["verify"],
        ["timeline", "--format", "markdown"],
    ],
)
def test_new_views_fit_60_and_120_columns(trafford: Trafford, width: int, command: list[str]) -> None:
    result = trafford(*command, env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    if command[-1] != "markdown":
        assert max(len(line) for line in result.stdout.splitlines()) <= width
    assert "…" not in result.stdout


@pytest.mark.parametrize(
    "command", [["timeline"], ["timeline", "--chart"], ["ratings", "--compare", "2015", "2019"], ["verify"]]
)
def test_no_color_means_no_colour_and_a_pipe_means_plain_text(trafford: Trafford, command: list[str]) -> None:
    coloured = trafford(*command, env=TERMINAL)
    assert COLOUR.search(coloured.stdout), "this test needs a colour terminal to mean anything"
    no_color = trafford(*command, env=TERMINAL | {"NO_COLOR": "1"})
    assert not COLOUR.search(no_color.stdout)
    piped = trafford(*command, env={"COLUMNS": "120"})
    assert "\x1b" not in piped.stdout


def test_the_grade_track_draws_how_far_a_grade_moved() -> None:
    assert grade_track("good", "inadequate") == "●━━━○ ·"
    assert grade_track("outstanding", "inadequate") == "●━━━━━○"
    assert grade_track("inadequate", "good") == "○━━━● ·"
    assert grade_track("good", "good") == "· · ◉ ·"
    assert grade_track(None, "good") == ""


def test_the_comparison_draws_the_move_beside_each_change(trafford: Trafford) -> None:
    result = trafford("ratings", "--compare", "2015", "2019", env={"COLUMNS": "120"})
    rows = result.stdout.splitlines()
    overall = next(i for i, line in enumerate(rows) if "Overall effectiveness" in line)
    assert "↓ -2" in rows[overall]
    assert "●━━━○ ·" in rows[overall + 1]
    assert "○ 2015 and ● 2019" in " ".join(result.stdout.split())


def svg_text(path: Path) -> str:
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    texts = [el.text or "" for el in root.iter() if el.tag.endswith("text")]
    return "".join(texts).replace("\xa0", " ")


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (
            ["timeline", "--chart"],
            ["JFMAMJJASOND", f"Timeline: {SHIPPED_EVENTS} events", "Ofsted inspects", "● happened"],
        ),
        (["timeline"], [f"Timeline: {SHIPPED_EVENTS} events", "4–8 Mar 2019", "Ofsted inspects"]),
        (["ratings", "--compare", "2015", "2019"], ["Overall", "inadequate", "●━━━○ ·"]),
        (["conflicts"], ["Assessment:", "Side 1"]),
        (["verify"], ["✓ verified"]),
    ],
)
def test_export_saves_what_the_terminal_shows_as_svg(
    trafford: Trafford, tmp_path: Path, command: list[str], shown: list[str]
) -> None:
    target = tmp_path / "shown.svg"
    result = trafford(*command, "--export", str(target), env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    text = svg_text(target)
    for words in shown:
        assert words in result.stdout
        assert words in text
    assert "Saved" in result.stderr


def test_export_saves_html(trafford: Trafford, tmp_path: Path) -> None:
    target = tmp_path / "ratings.html"
    assert trafford("ratings", "--export", str(target)).exit_code == 0
    page = target.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "Overall effectiveness" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--export", "shown.png"], "must end in .svg or .html"),
        (["timeline", "--json", "--export", "shown.svg"], "cannot go with --format json"),
        (["facts", "--format", "csv", "--export", "shown.svg"], "cannot go with --format csv"),
    ],
)
def test_export_usage_errors(
    trafford: Trafford, args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = trafford(*args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.replace("│", " ").split())
    assert not list(tmp_path.iterdir())


def test_export_keeps_an_existing_picture_unless_forced(trafford: Trafford, tmp_path: Path) -> None:
    target = tmp_path / "timeline.svg"
    target.write_text("mine", encoding="utf-8")
    result = trafford("timeline", "--export", str(target))
    assert result.exit_code == 2
    assert result.stdout == "", "refused before anything is shown"
    assert target.read_text(encoding="utf-8") == "mine"
    assert trafford("timeline", "--export", str(target), "--force").exit_code == 0
    assert "<svg" in target.read_text(encoding="utf-8")


def test_export_never_writes_into_the_dataset(trafford: Trafford, make_dataset: DatasetFactory) -> None:
    root = make_dataset()
    result = trafford("--data", str(root), "timeline", "--export", str(root / "sources" / "shown.svg"))
    assert result.exit_code == 2
    assert not (root / "sources" / "shown.svg").exists()


def test_help_offers_shell_completion_and_the_version(trafford: Trafford) -> None:
    result = trafford("--help", env={"COLUMNS": "120"})
    assert "--install-completion" in result.stdout
    assert "--show-completion" in result.stdout
    assert trafford("--version").stdout.startswith("trafford ")
