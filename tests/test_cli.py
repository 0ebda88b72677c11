"""The command line: JSON contracts, exit codes, errors on stderr, never a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer.main
from typer.testing import Result

from builders import DatasetFactory, Trafford, conflict, minimal_record, rating
from national_data import write_history
from trafford_timeline.cli import app
from trafford_timeline.output import listings
from trafford_timeline.ratings import compare
from trafford_timeline.record.store import load_record

COMMANDS = [
    "timeline",
    "facts",
    "show",
    "sources",
    "ratings",
    "conflicts",
    "ask",
    "cite",
    "verify",
    "export",
    "context",
    "national",
    "init",
    "draft",
]
CITATION_KEYS = {"source", "line", "quote"}


def json_of(result: Result) -> object:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_timeline_json_is_an_array_of_events_with_the_contract_fields(trafford: Trafford) -> None:
    events = json_of(trafford("timeline", "--json"))
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


def test_timeline_filters_by_a_uk_day_first_date(trafford: Trafford) -> None:
    events = json_of(trafford("timeline", "--from", "08/05/2019", "--to", "08/05/2019", "--json"))
    ids = {e["id"] for e in events}  # type: ignore[union-attr]
    assert "ofsted-report-2019" in ids
    assert "improvement-notice-2019" not in ids


def test_timeline_filters_combine(trafford: Trafford) -> None:
    events = json_of(
        trafford("timeline", "--status", "planned", "--kind", "meeting", "--source", "003", "--json")
    )
    assert [e["id"] for e in events] == ["committee-update-2019-10"]  # type: ignore[index]


def test_facts_and_sources_json_are_arrays_with_citations(trafford: Trafford) -> None:
    facts = json_of(trafford("facts", "--kind", "rating", "--area", "overall", "--json"))
    assert [f["id"] for f in facts] == ["rating-2015-overall", "rating-2019-overall"]  # type: ignore[index]
    assert all(c.keys() >= CITATION_KEYS for f in facts for c in f["citations"])  # type: ignore[union-attr]
    sources = json_of(trafford("sources", "--json"))
    assert sources[0]["file"] == "000_e2f23ab22afb2358.txt"  # type: ignore[index]
    assert all(s["cited_by_facts"] > 0 for s in sources)  # type: ignore[union-attr]


def test_show_prints_every_citation_as_quote_and_source_line(trafford: Trafford) -> None:
    result = trafford("show", "improvement-notice-2019")
    assert result.exit_code == 0
    assert "001:3 News report, 23 May 2019" in result.stdout
    assert "The notice issued today on behalf of education secretary Damian Hinds" in result.stdout
    assert "notice-deadline-august-2020" in result.stdout.replace("\n", "") or "Facts:" in result.stdout


def test_show_json_lists_the_facts_of_an_event(trafford: Trafford) -> None:
    item = json_of(trafford("show", "ofsted-report-2019", "--json"))
    assert item["id"] == "ofsted-report-2019"  # type: ignore[index]
    assert len(item["facts"]) >= 40  # type: ignore[index]


def test_an_unknown_id_exits_1_and_suggests_close_ids(trafford: Trafford) -> None:
    result = trafford("show", "improvment-notice-2019")
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
def test_usage_errors_say_what_was_wrong(trafford: Trafford, args: list[str], message: str) -> None:
    result = trafford(*args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


HUGE = "May 2019 " * 11_500
"""Over 100 kB, typed (or pasted) as one argument."""


def test_a_100_kb_search_still_answers(trafford: Trafford) -> None:
    result = trafford("timeline", "--search", HUGE, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize(
    ("args", "status"),
    [(["timeline", "--from", HUGE], 2), (["facts", "--kind", HUGE], 2), (["show", HUGE], 1)],
)
def test_a_100_kb_value_is_quoted_back_shortened(trafford: Trafford, args: list[str], status: int) -> None:
    result = trafford(*args)
    assert result.exit_code == status
    assert "'May 2019 May 2019" in result.stderr
    assert "(103,500 characters)" in " ".join(result.stderr.split())
    assert len(result.stderr) < 2_000


def test_verify_passes_the_shipped_record_and_exits_0(trafford: Trafford) -> None:
    result = trafford("verify")
    assert result.exit_code == 0
    assert "verified" in result.stdout


def test_verify_json_reports_a_tampered_quote_and_exits_1(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    record = minimal_record()
    record["events"][0]["citations"][0]["quote"] = "An Ofsted report published in June"
    result = trafford("--data", str(make_dataset(record)), "verify", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["counts"] == {"quote-not-found": 1}
    assert report["problems"][0]["where"] == "report-2019.citations[0]"


def test_data_option_and_environment_select_another_dataset(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    root = make_dataset()
    by_option = json_of(trafford("--data", str(root), "timeline", "--json"))
    by_env = json_of(trafford("timeline", "--json", env={"TRAFFORD_DATA": str(root)}))
    assert [e["id"] for e in by_option] == ["report-2019", "notice-2019", "deadline-2020"]  # type: ignore[index]
    assert by_env == by_option


def test_a_broken_dataset_is_a_message_naming_the_file_not_a_traceback(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    root = make_dataset('{"sources": [], "events": [}')
    result = trafford("--data", str(root), "timeline")
    assert result.exit_code == 1
    assert "events.json: not valid JSON at line 1, column 28" in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


def test_a_missing_dataset_folder_is_reported(trafford: Trafford, tmp_path: Path) -> None:
    result = trafford("--data", str(tmp_path / "nowhere"), "facts")
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
    trafford: Trafford, make_dataset: DatasetFactory, command: list[str]
) -> None:
    result = trafford("--data", str(hostile_dataset(make_dataset)), *command, env=TERMINAL)
    assert result.exit_code == 0
    assert "\x1b[" in result.stdout, "the console should be styling: this test needs a terminal"
    text = RICH_STYLE.sub("", result.stdout)
    assert HOSTILE_SHOWN in text
    assert not UNSAFE.findall(text)


def test_json_keeps_hostile_text_exact_but_escaped(trafford: Trafford, make_dataset: DatasetFactory) -> None:
    result = trafford("--data", str(hostile_dataset(make_dataset)), "timeline", "--json", env=TERMINAL)
    assert json.loads(result.stdout)[0]["title"] == HOSTILE
    assert not UNSAFE.findall(result.stdout.replace("\n", ""))


def test_json_output_is_only_json(trafford: Trafford, make_dataset: DatasetFactory) -> None:
    commands = (["timeline"], ["facts"], ["sources"], ["verify"], ["show", "report-2019"], ["ratings"])
    for command in (*commands, ["conflicts"]):
        result = trafford("--data", str(make_dataset(name=command[0] + "x")), *command, "--json")
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
    trafford: Trafford, make_dataset: DatasetFactory, args: list[str]
) -> None:
    broken = str(make_dataset("{"))
    result = trafford(*(broken if arg == BROKEN_DATA else arg for arg in args))
    assert result.exit_code in (1, 2)
    assert result.stdout == ""
    assert "Error" in result.stderr


def test_verify_json_reports_an_unreadable_dataset_as_json(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    result = trafford("--data", str(make_dataset("{")), "verify", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["counts"] == {"invalid-data": 1}


EVERY_COMMAND = [
    [name, *args, *json_flag]
    for name, args in [
        ("timeline", []),
        ("facts", []),
        ("show", ["report-2019"]),
        ("sources", []),
        ("ratings", []),
        ("conflicts", []),
        ("cite", ["Morale is good in many teams"]),
        ("ask", ["When was the notice issued?"]),
        ("ask", ["When was the notice issued?"]),
        ("verify", []),
        ("context", []),
        ("national", []),
        ("draft", ["001_report"]),
    ]
    for json_flag in ([], ["--json"])
] + [["export", "--format", fmt] for fmt in ("timelinejs", "ics", "json", "csv", "markdown")]


def test_no_command_changes_the_data_folder(
    trafford: Trafford, make_dataset: DatasetFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert {command[0] for command in EVERY_COMMAND} == set(COMMANDS) - {"init"}  # init makes a new folder
    root = make_dataset()
    monkeypatch.setenv("TRAFFORD_NATIONAL", str(write_history(tmp_path / "national")))

    def snapshot() -> dict[Path, tuple[bytes | None, int]]:
        return {
            path: (path.read_bytes() if path.is_file() else None, path.stat().st_mtime_ns)
            for path in [root, *root.rglob("*")]
        }

    before = snapshot()
    for command in EVERY_COMMAND:
        assert trafford("--data", str(root), *command).exit_code == 0, command
    assert snapshot() == before


def test_version(trafford: Trafford) -> None:
    result = trafford("--version")
    assert re.fullmatch(r"trafford \d+\.\d+\.\d+\n", result.stdout)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(trafford: Trafford, command: str) -> None:
    result = trafford(command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"trafford {command}" in result.stdout


def test_every_command_is_in_the_readme_command_list() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    registered = sorted(
        [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]
        + [g.name for g in app.registered_groups if g.name]
    )
    assert registered == sorted(COMMANDS)
    for command in registered:
        assert f"`trafford {command}" in readme, command


def test_every_command_has_help_and_every_option_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    reference = readme.split("### Command reference", 1)[1].split("\n### ", 1)[0]
    group = typer.main.get_command(app)
    options = {opt for param in group.params for opt in param.opts}
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert (command.help or "").strip(), name
        assert f"`trafford {name}" in reference, name
        options |= {opt for param in command.params for opt in param.opts}
    for option in sorted(o for o in options - {"--help", "-h"} if o.startswith("-")):
        assert f"`{option}" in reference, option


@pytest.mark.parametrize("width", [60, 120])
def test_tables_fit_the_terminal_and_never_cut_text(trafford: Trafford, width: int) -> None:
    listings = (
        ["timeline"],
        ["facts", "--kind", "rating"],
        ["sources"],
        ["show", "rating-2015-overall"],
        ["ratings"],
        ["ratings", "--compare", "2015", "2019"],
        ["conflicts"],
        ["cite", "Trafford was rated good in 2015"],
        ["cite", "--batch", str(Path(__file__).parent / "data" / "claims.txt")],
    )
    for command in listings:
        result = trafford(*command, env={"COLUMNS": str(width)})
        assert result.exit_code == 0
        assert max(len(line) for line in result.stdout.splitlines()) <= width
        assert "…" not in result.stdout


def test_the_timeline_table_shows_dates_as_people_say_them(trafford: Trafford) -> None:
    result = trafford("timeline", env={"COLUMNS": "120"})
    assert "4–8 Mar 2019" in result.stdout
    assert "8 May 2019" in result.stdout
    assert "planned" in result.stdout


def test_ratings_compare_json_is_exactly_the_contract(trafford: Trafford) -> None:
    report = json_of(trafford("ratings", "--compare", "2015", "2019", "--json"))
    assert isinstance(report, dict)
    assert report.keys() == {"years", "rows"}
    assert report["years"] == [2015, 2019]
    assert [row["area"] for row in report["rows"]] == [
        "overall", "leadership", "help_and_protection", "children_in_care", "care_leavers",
    ]  # fmt: skip
    for row in report["rows"]:
        assert row.keys() == {"area", "label", "grades", "change"}
        assert row["grades"].keys() == {"2015", "2019"}
        for cell in row["grades"].values():
            assert cell.keys() == {"grade", "citations"}
            assert all(c.keys() == CITATION_KEYS for c in cell["citations"])
            assert bool(cell["citations"]) == (cell["grade"] is not None)
    by_area = {row["area"]: row for row in report["rows"]}
    assert by_area["overall"]["grades"]["2015"]["grade"] == "good"
    assert by_area["overall"]["grades"]["2019"]["grade"] == "inadequate"
    assert by_area["overall"]["change"] == -2
    assert by_area["help_and_protection"]["grades"]["2015"] == {"grade": None, "citations": []}
    assert by_area["help_and_protection"]["change"] is None


def test_ratings_json_lists_every_year_without_a_change(trafford: Trafford) -> None:
    report = json_of(trafford("ratings", "--json"))
    assert report["years"] == [2015, 2019]  # type: ignore[index]
    assert all("change" not in row for row in report["rows"])  # type: ignore[index]


@pytest.mark.parametrize("years", [["2015", "2017"], ["2020", "2019"]])
def test_ratings_for_a_year_not_on_record_exit_2_naming_the_years_that_are(
    trafford: Trafford, years: list[str]
) -> None:
    result = trafford("ratings", "--compare", *years)
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    assert "the years on record are: 2015, 2019" in message
    assert f"no ratings on record for {years[0] if years[0] != '2015' else years[1]}" in message
    assert result.stdout == ""


def test_ratings_compare_needs_two_whole_years(trafford: Trafford) -> None:
    assert trafford("ratings", "--compare", "2015").exit_code == 2
    assert trafford("ratings", "--compare", "2015", "last-year").exit_code == 2


def test_the_comparison_shows_unstated_grades_and_the_direction_of_each_change(trafford: Trafford) -> None:
    result = trafford("ratings", "--compare", "2015", "2019", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines() if line.startswith("│")}
    assert "not stated in the" in rows["Children who need help"]
    assert "↓ -2" in rows["Overall effectiveness"]
    assert "↓ -3" in rows["Leadership"]
    assert "n/a" in rows["Children in care"]


def test_the_comparison_notes_where_the_frameworks_judge_an_area_differently(shipped: Path) -> None:
    listing = listings.comparison_listing(compare(load_record(shipped), 2015, 2019))
    notes = {row[0]: row[-1] for row in listing.rows}
    assert notes["Overall effectiveness"] == ""
    assert notes["Leadership"].startswith("SIF: leadership, management and governance. ILACS: the impact")
    assert "The scope differs" in notes["Children in care"]
    assert "its grade is that of children in care" in notes["Care leavers"]


def test_a_better_grade_is_an_up_arrow(trafford: Trafford, make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["facts"] += [rating(2019, "overall", "inadequate"), rating(2022, "overall", "good")]
    result = trafford("--data", str(make_dataset(record)), "ratings", "--compare", "2019", "2022")
    assert "↑ +2" in result.stdout


def test_the_ratings_table_cites_each_grade_by_source_and_line(trafford: Trafford) -> None:
    result = trafford("ratings", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "2015 (SIF†)" in text
    assert "2019 (ILACS†)" in text
    assert "† The framework (SIF or ILACS) is the tool's context" in text
    assert "002:15" in text
    assert "not stated in the sources" in text


def test_conflicts_json_is_the_contract_with_both_known_conflicts(trafford: Trafford) -> None:
    conflicts = json_of(trafford("conflicts", "--json"))
    assert isinstance(conflicts, list)
    for item in conflicts:
        assert item.keys() == {"id", "topic", "sides", "assessment", "kind"}
        assert item["kind"] in {"disagreement", "wording"}
        assert len(item["sides"]) >= 2
        for side in item["sides"]:
            assert side.keys() == {"statement", "citations"}
            assert side["citations"]
            assert all(c.keys() == CITATION_KEYS for c in side["citations"])
    quotes = {item["id"]: [[c["quote"] for c in s["citations"]] for s in item["sides"]] for item in conflicts}
    rating_sides = quotes["previous-rating-outstanding-or-good"]
    assert any("from “outstanding” to “inadequate”" in q for q in rating_sides[0])
    assert any("good" in q for q in rating_sides[1])
    adviser_sides = quotes["adviser-appointed-or-not"]
    assert any("has been appointed" in q for q in adviser_sides[0])
    assert any("yet to be appointed" in q for q in adviser_sides[1])


def test_differences_of_wording_are_shown_after_the_disagreements_under_their_own_heading(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    record = minimal_record()
    record["conflicts"] = [
        conflict("wording-only", kind="wording", topic="Only the words differ"),
        conflict("real", topic="A real disagreement"),
    ]
    root = make_dataset(record)
    result = trafford("--data", str(root), "conflicts", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    out = result.stdout
    heading = out.index("Differences of wording")
    assert out.index("A real disagreement") < heading < out.index("Only the words differ")
    kinds = {
        item["id"]: item["kind"] for item in json_of(trafford("--data", str(root), "conflicts", "--json"))
    }
    assert kinds == {"wording-only": "wording", "real": "disagreement"}


def test_a_record_without_a_conflict_kind_reads_as_disagreements(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    record = minimal_record()
    record["conflicts"] = [conflict("real")]
    assert "kind" not in record["conflicts"][0]
    result = trafford("--data", str(make_dataset(record)), "conflicts", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "Differences of wording" not in result.stdout


def test_conflicts_are_shown_side_by_side_with_the_assessment(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    record = minimal_record()
    record["conflicts"] = [conflict("morale")]
    result = trafford("--data", str(make_dataset(record)), "conflicts", env={"COLUMNS": "120"})
    assert result.exit_code == 0
    side_by_side = [line for line in result.stdout.splitlines() if "Good in many teams." in line]
    assert "Services are inadequate." in side_by_side[0]
    assert "Side 1: the weight of evidence" in result.stdout
    assert "Assessment: The first side is quoted more closely." in result.stdout
    assert "— 001:5" in result.stdout


CLAIM_KEYS = {"claim", "verdict", "explanation", "evidence"}
EVIDENCE_KEYS = {"id", "source", "line", "quote", "score"}


@pytest.mark.parametrize(
    ("claim", "verdict", "status"),
    [
        ("Ofsted rated Trafford's children's services inadequate in 2019", "supported", 0),
        ("The improvement notice was issued on 8 May 2019", "contradicted", 1),
        ("Trafford was rated inadequate in 2012", "not_found", 1),
    ],
)
def test_cite_json_is_the_contract_and_the_exit_status_follows_the_verdict(
    trafford: Trafford, claim: str, verdict: str, status: int
) -> None:
    result = trafford("cite", claim, "--json")
    assert result.exit_code == status
    answer = json.loads(result.stdout)
    assert set(answer) == CLAIM_KEYS | ({"related"} if verdict == "not_found" else set())
    assert (answer["claim"], answer["verdict"]) == (claim, verdict)
    assert answer["explanation"]
    assert all(set(item) == EVIDENCE_KEYS for item in answer["evidence"])
    assert bool(answer["evidence"]) == (verdict != "not_found")


def test_cite_shows_the_verdict_the_reason_and_each_quote_with_its_place(trafford: Trafford) -> None:
    result = trafford("cite", "Staff turnover in Trafford is high", env={"COLUMNS": "100"})
    assert result.exit_code == 1
    first_line = result.stdout.splitlines()[0]
    assert first_line.startswith("CONTRADICTED: the claim says the opposite")
    assert "002:57" in result.stdout
    assert "004:27" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cite", ""], "the claim is empty"),
        (["cite", "   "], "the claim is empty"),
        (["cite"], "give either a CLAIM or --batch FILE"),
        (["cite", "Trafford was rated good", "--batch", "-"], "give either a CLAIM or --batch FILE"),
        (["cite", "--batch", "no-such-file.txt"], "cannot read 'no-such-file.txt'"),
    ],
)
def test_cite_usage_errors_exit_2_and_say_what_was_wrong(
    trafford: Trafford, args: list[str], message: str
) -> None:
    result = trafford(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_cite_batch_reads_stdin_and_prints_one_json_object_per_line(trafford: Trafford) -> None:
    claims = "Trafford was rated good in 2015\n\nThe council was fined by Ofsted\n"
    result = trafford("cite", "--batch", "-", "--json", input=claims)
    assert result.exit_code == 1  # not every claim is supported
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(a["claim"], a["verdict"]) for a in answers] == [
        ("Trafford was rated good in 2015", "supported"),
        ("The council was fined by Ofsted", "not_found"),
    ]


def test_cite_batch_reads_a_labelled_claims_file_and_summarises_on_a_terminal(
    trafford: Trafford, tmp_path: Path
) -> None:
    claims = tmp_path / "claims.jsonl"
    lines = [
        {"claim": "Trafford was rated good in 2015", "label": "supported"},
        {"claim": "Staff turnover was low"},
    ]
    claims.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    result = trafford("cite", "--batch", str(claims), env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert "2 claims checked" in result.stdout
    assert "2 supported, 0 contradicted, 0 not found" in result.stdout


@pytest.mark.slow
def test_a_100_kb_claim_and_a_1_mb_batch_claim_are_answered(trafford: Trafford) -> None:
    long_claim = "Trafford was rated inadequate by Ofsted in 2019 " * 2200
    assert len(long_claim) > 100_000
    assert trafford("cite", long_claim, "--json").exit_code in (0, 1)
    result = trafford("cite", "--batch", "-", "--json", input=long_claim * 10 + "\n")
    assert result.exit_code in (0, 1)
    assert json.loads(result.stdout)["verdict"] in ("supported", "contradicted", "not_found")


def test_cite_uses_the_glossary_of_the_dataset_it_is_given(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    root = make_dataset()
    (root / "glossary.json").write_text("{}", encoding="utf-8")
    result = trafford("--data", str(root), "cite", "Morale is good in many teams")
    assert result.exit_code == 1
    assert "glossary.json" in result.stderr
    assert "Traceback" not in result.stderr
