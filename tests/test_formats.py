"""`--format table|json|csv|markdown` on every listing: CSV read back with the csv module."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import Result

from builders import DatasetFactory, Trafford, conflict, minimal_record
from trafford_timeline.output.contracts import as_data
from trafford_timeline.output.formats import csv_text, flatten, markdown_table, markdown_text, model_columns
from trafford_timeline.record.model import Citation, DateBasis, Event

LISTINGS = [
    ["timeline"],
    ["facts"],
    ["sources"],
    ["ratings"],
    ["ratings", "--compare", "2015", "2019"],
    ["conflicts"],
    ["verify"],
]


def read_csv(result: Result) -> tuple[list[str], list[dict[str, str]]]:
    assert result.exit_code == 0, result.stderr
    reader = csv.DictReader(io.StringIO(result.stdout, newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def test_timeline_csv_has_a_row_per_event_and_flattens_citations_predictably(trafford: Trafford) -> None:
    header, rows = read_csv(trafford("timeline", "--format", "csv"))
    events = json.loads(trafford("timeline", "--json").stdout)
    assert header[:8] == ["id", "kind", "date", "date_text", "date_start", "date_end", "title", "status"]
    assert {"citations", "quotes", "date_basis.reason", "as_of"} <= set(header)
    assert [row["id"] for row in rows] == [event["id"] for event in events]
    for row, event in zip(rows, events, strict=True):
        assert row["title"] == event["title"]
        places = [f"{c['source']}:{c['line']}" for c in event["citations"]]
        assert row["citations"].split("; ") == places
        assert row["quotes"].split("\n") == [c["quote"] for c in event["citations"]]
        assert row["approximate"] == ("true" if event["approximate"] else "false")
        assert row["as_of"] == (event["as_of"] or "")


def test_the_csv_header_is_the_same_whatever_the_filters_keep(trafford: Trafford) -> None:
    everything, _ = read_csv(trafford("timeline", "--format", "csv"))
    nothing, rows = read_csv(trafford("timeline", "--format", "csv", "--search", "no such words anywhere"))
    assert rows == []
    assert nothing == everything


@pytest.mark.parametrize("command", LISTINGS)
def test_every_listing_gives_csv_with_a_header_and_rows(trafford: Trafford, command: list[str]) -> None:
    header, rows = read_csv(trafford(*command, "--format", "csv"))
    assert header
    assert len(set(header)) == len(header)
    if command[0] != "verify":  # the shipped record verifies: no problem rows
        assert rows
    for row in rows:
        assert None not in row, "a row has more cells than the header"


def test_ratings_csv_has_one_row_per_area_with_each_years_grade_and_quotes(trafford: Trafford) -> None:
    header, rows = read_csv(trafford("ratings", "--compare", "2015", "2019", "--format", "csv"))
    assert header[:3] == ["area", "label", "grades.2015.grade"]
    assert header[-1] == "change"
    by_area = {row["area"]: row for row in rows}
    assert by_area["overall"]["grades.2015.grade"] == "good"
    assert by_area["overall"]["grades.2019.grade"] == "inadequate"
    assert by_area["overall"]["change"] == "-2"
    assert "002_4122ef60e093352d.txt:9" in by_area["overall"]["grades.2015.citations"].split("; ")
    assert by_area["help_and_protection"]["grades.2015.grade"] == ""
    assert by_area["help_and_protection"]["change"] == ""


def test_conflicts_csv_has_a_row_per_side(trafford: Trafford, make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["conflicts"] = [conflict("morale")]
    record["conflicts"].append(conflict("wording-only", kind="wording"))
    header, rows = read_csv(trafford("--data", str(make_dataset(record)), "conflicts", "--format", "csv"))
    assert header == [
        "id", "topic", "side", "statement", "favoured", "citations", "quotes", "assessment", "kind",
    ]  # fmt: skip
    assert [(row["id"], row["kind"]) for row in rows] == [
        ("morale", "disagreement"), ("morale", "disagreement"),
        ("wording-only", "wording"), ("wording-only", "wording"),
    ]  # fmt: skip
    rows = rows[:2]
    assert [(row["side"], row["favoured"]) for row in rows] == [("1", "true"), ("2", "false")]
    assert rows[0]["quotes"] == "Staff morale is “good” in many teams"
    assert rows[1]["citations"] == "001_report.txt:3"


def test_verify_csv_lists_each_problem_and_keeps_the_exit_status(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    record = minimal_record()
    record["events"][0]["citations"][0]["quote"] = "An Ofsted report published in June"
    result = trafford("--data", str(make_dataset(record)), "verify", "--format", "csv")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert [(row["code"], row["where"]) for row in rows] == [("quote-not-found", "report-2019.citations[0]")]


@pytest.mark.parametrize("command", LISTINGS)
def test_every_listing_gives_a_markdown_table(trafford: Trafford, command: list[str]) -> None:
    result = trafford(*command, "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("## ")
    table = [line for line in lines if line.startswith("| ")]
    if command[0] != "verify":
        assert len(table) >= 3, "a header, its rule and at least one row"
        widths = {line.count(" | ") for line in table}
        assert len(widths) == 1, "every row has as many cells as the header"


@pytest.mark.parametrize("command", LISTINGS)
def test_format_json_is_the_json_contract(trafford: Trafford, command: list[str]) -> None:
    assert trafford(*command, "--format", "json").stdout == trafford(*command, "--json").stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--format", "xml"], "'xml' is not one of: table, json, csv"),
        (["facts", "--json", "--format", "csv"], "--json is short for --format json"),
        (["timeline", "--chart", "--format", "csv"], "a chart is a picture"),
    ],
)
def test_a_bad_format_is_a_usage_error(trafford: Trafford, args: list[str], message: str) -> None:
    result = trafford(*args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert result.stdout == ""


def test_csv_and_markdown_carry_no_terminal_controls_and_markdown_stays_inert(
    trafford: Trafford,
    make_dataset: DatasetFactory,
) -> None:
    record = minimal_record()
    record["events"][0]["title"] = "**Loud** [link](https://evil.example) <b>x</b> | A\x1b[31mB"
    root = make_dataset(record)
    _, rows = read_csv(trafford("--data", str(root), "timeline", "--format", "csv"))
    assert rows[0]["title"] == "**Loud** [link](https://evil.example) <b>x</b> | A[31mB"
    markdown = trafford("--data", str(root), "timeline", "--format", "markdown").stdout
    assert "\x1b" not in markdown
    assert r"\*\*Loud\*\* \[link\](https\://evil.example) \<b\>x\</b\> \| A\[31mB" in markdown


def test_flatten_names_nested_fields_with_dots_and_splits_citations_in_two() -> None:
    row = flatten(
        {
            "id": "a",
            "grades": {"2015": {"grade": None, "citations": []}},
            "citations": [
                {"source": "s.txt", "line": 3, "quote": "q1"},
                {"source": "t.txt", "line": 9, "quote": "q2"},
            ],
            "tags": ["x", "y"],
            "ok": True,
        }
    )
    assert row == {
        "id": "a",
        "grades.2015.grade": "",
        "grades.2015.citations": "",
        "grades.2015.quotes": "",
        "citations": "s.txt:3; t.txt:9",
        "quotes": "q1\nq2",
        "tags": "x; y",
        "ok": "true",
    }


def test_model_columns_cover_every_field_a_flattened_record_has() -> None:
    event = Event(
        id="e",
        date="2019",
        kind="meeting",
        title="t",
        status="occurred",
        citations=(Citation(source="a.txt", line=1, quote="q"),),
        date_basis=DateBasis(reason="r", wording="w", relative_to="2019"),
    )
    assert set(flatten(as_data(event))) <= set(model_columns(Event))
    assert "date_basis.reason" in model_columns(Event)


def test_csv_text_round_trips_commas_quotes_and_newlines() -> None:
    records = [{"a": 'one, "two"\nthree', "b": 1}]
    parsed = list(csv.DictReader(io.StringIO(csv_text(records), newline="")))
    assert parsed == [{"a": 'one, "two"\nthree', "b": "1"}]


def test_markdown_escapes_only_what_markdown_would_obey() -> None:
    assert markdown_text("care_leavers 2019. *x*") == r"care_leavers 2019. \*x\*"
    assert markdown_text("2019. starts a list") == r"2019\. starts a list"
    assert markdown_text("# not a heading") == r"\# not a heading"
    table = markdown_table(["a", "b"], [["x|y", "line 1\nline 2"]])
    assert table.splitlines()[2] == r"| x\|y | line 1<br>line 2 |"
