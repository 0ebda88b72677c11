"""The command line: JSON contracts, exit codes, errors on stderr, never a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from conftest import DatasetFactory, minimal_record
from trafford_timeline.cli import app

runner = CliRunner()
COMMANDS = ["timeline", "facts", "show", "sources", "verify"]
CITATION_KEYS = {"source", "line", "quote"}


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return runner.invoke(app, list(args), env=env)


def json_of(result: Result) -> object:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_timeline_json_is_an_array_of_events_with_the_contract_fields() -> None:
    events = json_of(run("timeline", "--json"))
    assert isinstance(events, list)
    assert len(events) >= 25
    for event in events:
        assert {"id", "date", "kind", "title", "status", "citations"} <= event.keys()
        assert event["status"] in {"occurred", "planned"}
        assert all(c.keys() >= CITATION_KEYS for c in event["citations"])
    by_id = {e["id"]: e for e in events}
    assert by_id["inspection-2019"]["date"] == "2019-03-04/2019-03-08"
    assert by_id["improvement-notice-2019"]["date"] == "2019-05-23"
    assert by_id["inspection-2015"]["date"] == "2015"


def test_timeline_filters_by_a_uk_day_first_date() -> None:
    events = json_of(run("timeline", "--from", "08/05/2019", "--to", "08/05/2019", "--json"))
    ids = {e["id"] for e in events}  # type: ignore[union-attr]
    assert "ofsted-report-2019" in ids
    assert "improvement-notice-2019" not in ids


def test_timeline_filters_combine() -> None:
    events = json_of(run("timeline", "--status", "planned", "--kind", "meeting", "--source", "003", "--json"))
    assert [e["id"] for e in events] == ["committee-update-2019-10"]  # type: ignore[index]


def test_facts_and_sources_json_are_arrays_with_citations() -> None:
    facts = json_of(run("facts", "--kind", "rating", "--area", "overall", "--json"))
    assert [f["id"] for f in facts] == ["rating-2015-overall", "rating-2019-overall"]  # type: ignore[index]
    assert all(c.keys() >= CITATION_KEYS for f in facts for c in f["citations"])  # type: ignore[union-attr]
    sources = json_of(run("sources", "--json"))
    assert sources[0]["file"] == "000_e2f23ab22afb2358.txt"  # type: ignore[index]
    assert all(s["cited_by_facts"] > 0 for s in sources)  # type: ignore[union-attr]


def test_show_prints_every_citation_as_quote_and_source_line() -> None:
    result = run("show", "improvement-notice-2019")
    assert result.exit_code == 0
    assert "001_0eee753b118d5f49.txt:3" in result.stdout
    assert "The notice issued today on behalf of education secretary Damian Hinds" in result.stdout
    assert "notice-deadline-august-2020" in result.stdout.replace("\n", "") or "Facts:" in result.stdout


def test_show_json_lists_the_facts_of_an_event() -> None:
    item = json_of(run("show", "ofsted-report-2019", "--json"))
    assert item["id"] == "ofsted-report-2019"  # type: ignore[index]
    assert len(item["facts"]) >= 40  # type: ignore[index]


def test_an_unknown_id_exits_1_and_suggests_close_ids() -> None:
    result = run("show", "improvment-notice-2019")
    assert result.exit_code == 1
    assert "did you mean improvement-notice-2019" in " ".join(result.stderr.split())
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--from", "next blursday"], "could not read 'next blursday' as a date"),
        (["timeline", "--from", "2020", "--to", "2019"], "'2020' is later than --to '2019'"),
        (["timeline", "--kind", "gossip"], "'gossip' is not one of: inspection"),
        (["facts", "--area", "fostering"], "'fostering' is not one of: overall"),
        (["timeline", "--status", "maybe"], "maybe"),
        (["timeline", "--source", "999"], "no source '999'"),
        (["facts", "--event", "no-such-event"], "no event or fact 'no-such-event'"),
    ],
)
def test_usage_errors_say_what_was_wrong(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code in (1, 2)
    assert result.exit_code == (1 if args[1] == "--event" else 2)
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


HUGE = "May 2019 " * 11_500
"""Over 100 kB, typed (or pasted) as one argument."""


def test_a_100_kb_search_still_answers() -> None:
    result = run("timeline", "--search", HUGE, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize(
    ("args", "status"),
    [(["timeline", "--from", HUGE], 2), (["facts", "--kind", HUGE], 2), (["show", HUGE], 1)],
)
def test_a_100_kb_value_is_quoted_back_shortened(args: list[str], status: int) -> None:
    result = run(*args)
    assert result.exit_code == status
    assert "'May 2019 May 2019" in result.stderr
    assert "(103,500 characters)" in " ".join(result.stderr.split())
    assert len(result.stderr) < 2_000


def test_verify_passes_the_shipped_record_and_exits_0() -> None:
    result = run("verify")
    assert result.exit_code == 0
    assert "verified" in result.stdout


def test_verify_json_reports_a_tampered_quote_and_exits_1(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["citations"][0]["quote"] = "An Ofsted report published in June"
    result = run("--data", str(make_dataset(record)), "verify", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["counts"] == {"quote-not-found": 1}
    assert report["problems"][0]["where"] == "report-2019.citations[0]"


def test_data_option_and_environment_select_another_dataset(make_dataset: DatasetFactory) -> None:
    root = make_dataset()
    by_option = json_of(run("--data", str(root), "timeline", "--json"))
    by_env = json_of(run("timeline", "--json", env={"TRAFFORD_DATA": str(root)}))
    assert [e["id"] for e in by_option] == ["report-2019", "notice-2019", "deadline-2020"]  # type: ignore[index]
    assert by_env == by_option


def test_a_broken_dataset_is_a_message_naming_the_file_not_a_traceback(make_dataset: DatasetFactory) -> None:
    root = make_dataset('{"sources": [], "events": [}')
    result = run("--data", str(root), "timeline")
    assert result.exit_code == 1
    assert "events.json: not valid JSON at line 1, column 28" in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


def test_a_missing_dataset_folder_is_reported(tmp_path: Path) -> None:
    result = run("--data", str(tmp_path / "nowhere"), "facts")
    assert result.exit_code == 1
    assert "events.json: not found" in " ".join(result.stderr.split())


HOSTILE = (
    "[bold]Loud[/bold] A\x1b[31mB\x1b]8;;https://evil.example\x07C\x1b]8;;\x07D\x07E\rF\u202eG\x9b2JH\x7fI"
)
"""Markup, then CSI, an OSC 8 hyperlink, BEL, a carriage return, a bidi override, C1 CSI and DEL."""
HOSTILE_SHOWN = "[bold]Loud[/bold] A[31mB]8;;https://evil.exampleC]8;;DEFG2JHI"
TERMINAL = {"FORCE_COLOR": "1", "TERM": "xterm-256color", "COLUMNS": "250"}
RICH_STYLE = re.compile(r"\x1b\[[0-9;]*m")
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def hostile_dataset(make_dataset: DatasetFactory) -> Path:
    record = minimal_record()
    record["sources"][0] |= {"title": HOSTILE, "publisher": HOSTILE}
    record["events"][0] |= {"title": HOSTILE, "summary": HOSTILE, "note": HOSTILE}
    record["facts"][0] |= {"text": HOSTILE, "note": HOSTILE}
    record["facts"][0]["citations"][0]["quote"] = HOSTILE
    return make_dataset(record)


@pytest.mark.parametrize(
    "command", [["timeline"], ["facts"], ["sources"], ["show", "report-2019"], ["show", "morale-good"]]
)
def test_markup_and_escape_codes_in_the_data_are_shown_inert_on_a_colour_terminal(
    make_dataset: DatasetFactory, command: list[str]
) -> None:
    result = run("--data", str(hostile_dataset(make_dataset)), *command, env=TERMINAL)
    assert result.exit_code == 0
    assert "\x1b[" in result.stdout, "the console should be styling: this test needs a terminal"
    text = RICH_STYLE.sub("", result.stdout)
    assert HOSTILE_SHOWN in text
    assert not UNSAFE.findall(text)


def test_json_keeps_hostile_text_exact_but_escaped(make_dataset: DatasetFactory) -> None:
    result = run("--data", str(hostile_dataset(make_dataset)), "timeline", "--json", env=TERMINAL)
    assert json.loads(result.stdout)[0]["title"] == HOSTILE
    assert not UNSAFE.findall(result.stdout.replace("\n", ""))


def test_json_output_is_only_json(make_dataset: DatasetFactory) -> None:
    for command in (["timeline"], ["facts"], ["sources"], ["verify"], ["show", "report-2019"]):
        result = run("--data", str(make_dataset(name=command[0] + "x")), *command, "--json")
        json.loads(result.stdout)


BROKEN_DATA = "<a dataset whose events.json is not JSON>"


@pytest.mark.parametrize(
    "args",
    [
        ["show", "no-such-id", "--json"],
        ["timeline", "--from", "someday", "--json"],
        ["facts", "--kind", "gossip", "--json"],
        ["--data", BROKEN_DATA, "timeline", "--json"],
    ],
)
def test_with_json_an_error_is_on_stderr_and_stdout_stays_empty(
    make_dataset: DatasetFactory, args: list[str]
) -> None:
    broken = str(make_dataset("{"))
    result = run(*(broken if arg == BROKEN_DATA else arg for arg in args))
    assert result.exit_code in (1, 2)
    assert result.stdout == ""
    assert "Error" in result.stderr


def test_verify_json_reports_an_unreadable_dataset_as_json(make_dataset: DatasetFactory) -> None:
    result = run("--data", str(make_dataset("{")), "verify", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["counts"] == {"invalid-data": 1}


EVERY_COMMAND = [
    [name, *args, *json_flag]
    for name, args in [
        ("timeline", []),
        ("facts", []),
        ("show", ["report-2019"]),
        ("sources", []),
        ("verify", []),
    ]
    for json_flag in ([], ["--json"])
]


def test_no_command_changes_the_data_folder(make_dataset: DatasetFactory) -> None:
    assert {command[0] for command in EVERY_COMMAND} == set(COMMANDS)
    root = make_dataset()

    def snapshot() -> dict[Path, tuple[bytes | None, int]]:
        return {
            path: (path.read_bytes() if path.is_file() else None, path.stat().st_mtime_ns)
            for path in [root, *root.rglob("*")]
        }

    before = snapshot()
    for command in EVERY_COMMAND:
        assert run("--data", str(root), *command).exit_code == 0, command
    assert snapshot() == before


def test_version() -> None:
    result = run("--version")
    assert re.fullmatch(r"trafford \d+\.\d+\.\d+\n", result.stdout)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"trafford {command}" in result.stdout


def test_every_command_is_in_the_readme_command_list() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    registered = sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # type: ignore[union-attr]
    assert registered == sorted(COMMANDS)
    for command in registered:
        assert f"`trafford {command}" in readme, command


@pytest.mark.parametrize("width", [60, 120])
def test_tables_fit_the_terminal_and_never_cut_text(width: int) -> None:
    listings = (["timeline"], ["facts", "--kind", "rating"], ["sources"], ["show", "rating-2015-overall"])
    for command in listings:
        result = run(*command, env={"COLUMNS": str(width)})
        assert result.exit_code == 0
        assert max(len(line) for line in result.stdout.splitlines()) <= width
        assert "…" not in result.stdout


def test_the_timeline_table_shows_dates_as_people_say_them() -> None:
    result = run("timeline", env={"COLUMNS": "120"})
    assert "4–8 Mar 2019" in result.stdout
    assert "8 May 2019" in result.stdout
    assert "planned" in result.stdout
