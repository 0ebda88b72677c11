"""The national history: reading and checking the CSV, council names, frameworks, markers, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from national_data import RI, csv_text, report, shared_history, small_history, write_history
from trafford_timeline.cli import app
from trafford_timeline.errors import DataError
from trafford_timeline.national.councils import UnknownCouncil, find_council, load_lookup
from trafford_timeline.national.history import ILACS, ILACS_2026, MARKERS, SIF, load_history, parse_history

runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, list(args), env={"COLUMNS": "160"})


def parse(rows: list[dict[str, str]]):  # type: ignore[no-untyped-def]
    return parse_history(csv_text(rows).encode(), "history.csv")


def test_rows_keep_their_lines_dates_and_grades() -> None:
    history = parse(small_history())
    assert [row.line for row in history.rows] == list(range(2, 10))
    trafford_2019 = history.rows[1]
    assert trafford_2019.council == "trafford"
    assert trafford_2019.published.isoformat() == "2019-05-08"
    assert trafford_2019.inspection_start is not None
    assert trafford_2019.inspection_start.isoformat() == "2019-03-04"
    assert trafford_2019.grades["overall"] == "inadequate"
    assert trafford_2019.grades["help_and_protection"] == "requires_improvement"
    assert trafford_2019.text.startswith("80573,trafford,")
    assert not history.problems


def test_the_three_frameworks() -> None:
    history = parse(small_history())
    assert [row.framework for row in history.rows_of("trafford")] == [SIF, ILACS, ILACS_2026]
    assert history.rows_of("stoke-on-trent")[1].framework == ILACS


def test_the_real_file_gives_trafford_its_three_frameworks() -> None:
    history = load_history(shared_history())
    rows = history.rows_of("trafford")
    assert [(row.published.year, row.framework) for row in rows] == [
        (2015, SIF),
        (2019, ILACS),
        (2023, ILACS),
        (2026, ILACS_2026),
    ]
    assert {row.framework for row in history.rows} == {SIF, ILACS, ILACS_2026}


def test_each_marker_is_a_reason_never_a_grade() -> None:
    history = parse(small_history())
    sif, ilacs, reformed = history.rows_of("trafford")
    assert sif.grades["overall"] is None
    assert sif.notes["overall"] == "blank"
    assert sif.grades["leadership"] is None
    assert sif.notes["leadership"] == "data_unreadable"
    assert ilacs.grades["care_leavers"] is None
    assert ilacs.notes["care_leavers"] == "inspection_pre_dates_judgement"
    assert reformed.grades["overall"] is None
    assert reformed.notes["overall"] == "not_reported_post_reform"
    assert reformed.grades["care_leavers"] == "requires_improvement"
    for row in history.rows:
        for area, grade in row.grades.items():
            assert (grade is None) == (area in row.notes)
            assert grade is None or grade not in MARKERS


def test_bad_rows_are_reported_with_their_lines() -> None:
    rows = small_history()
    rows[1]["publication_date"] = "2019-05-08"
    rows[2]["inspection_start_date"] = "08/06/26"
    rows[3]["urn"] = "x1"
    rows[4]["help_and_protection_grade"] = "to requires improvement"
    text = csv_text(rows) + "80467,east riding of yorkshire,too,few\n"
    history = parse_history(text.encode(), "history.csv")
    problems = {(p.code, p.line) for p in history.problems}
    assert problems == {
        ("bad-date", 3),
        ("bad-date", 4),
        ("bad-urn", 5),
        ("unknown-grade", 6),
        ("wrong-field-count", 10),
    }
    kept = [row.line for row in history.rows]
    assert kept == [2, 6, 7, 8, 9]
    unread = next(row for row in history.rows if row.line == 6)
    assert unread.grades["help_and_protection"] is None
    assert unread.notes["help_and_protection"] == "data_unreadable"
    assert history.skipped_lines == (3, 4, 5, 10)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"name,value\nx,1\n", "header lacks urn"),
        (b"\xff\xfe\x00bad", "is not UTF-8"),
        (csv_text([]).encode(), "holds no inspection report"),
        (b"<!doctype html><html><body>Not found</body></html>", "header lacks"),
    ],
)
def test_a_file_that_is_not_the_history_is_a_data_error(data: bytes, message: str) -> None:
    with pytest.raises(DataError, match=message):
        parse_history(data, "history.csv")


def test_the_real_file_reads_with_only_the_scrapers_known_misreadings() -> None:
    history = load_history(shared_history())
    assert history.line_count == len(history.rows) == len(shared_history().read_text().splitlines()) - 1
    assert {p.code for p in history.problems} <= {"unknown-grade"}
    assert len(history.councils) == 153


@pytest.mark.parametrize(
    ("name", "council"),
    [
        ("East Riding", "east riding of yorkshire"),
        ("Kingston upon Hull", "kingston upon hull"),
        ("Hull", "kingston upon hull"),
        ("Stoke", "stoke-on-trent"),
        ("stoke on trent", "stoke-on-trent"),
        ("Trafford Council", "trafford"),
        ("  TRAFFORD ", "trafford"),
        ("Windsor and Maidenhead", "windsor & maidenhead"),
        ("St. Helens", "st helens"),
        ("County Durham", "durham"),
        ("Southend", "southend-on-sea"),
    ],
)
def test_council_names_are_matched_forgivingly(name: str, council: str) -> None:
    history = load_history(shared_history())
    urns = {row.council: row.urn for row in history.rows}
    assert find_council(name, urns) == council


def test_the_lookup_adds_the_names_councils_are_known_by() -> None:
    history = load_history(shared_history())
    urns = {row.council: row.urn for row in history.rows}
    lookup = load_lookup(shared_history().parent / "la_lookup.csv")
    assert find_council("BCP", urns, lookup) == "bournemouth, christchurch & poole"
    assert find_council("Bristol, City of", urns, lookup) == "bristol"


def test_every_council_is_found_by_its_own_name() -> None:
    history = load_history(shared_history())
    urns = {row.council: row.urn for row in history.rows}
    for council in urns:
        assert find_council(council, urns) == council


def test_an_unknown_name_suggests_close_ones_and_an_ambiguous_one_lists_them() -> None:
    urns = {row.council: row.urn for row in parse(small_history()).rows}
    with pytest.raises(UnknownCouncil, match="did you mean Trafford"):
        find_council("Trafferd", urns)
    urns |= {"kingston upon thames": "1", "kingston upon hull": "2"}
    with pytest.raises(UnknownCouncil, match="several councils: Kingston upon Hull, Kingston upon Thames"):
        find_council("Kingston", urns)


def test_national_cli_without_data_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "empty"))
    monkeypatch.delenv("TRAFFORD_NATIONAL", raising=False)
    for args in (["national"], ["context"], ["ratings", "--council", "Stoke"], ["national", "--json"]):
        result = run(*args)
        assert result.exit_code == 1, args
        assert "trafford national update" in result.stderr
        assert result.stdout == ""


def test_national_cli_lists_one_council_and_reports_bad_rows_on_stderr(tmp_path: Path) -> None:
    rows = small_history()
    rows[1]["help_and_protection_grade"] = "to requires improvement"
    path = write_history(tmp_path, rows)
    result = run("--national", str(path), "national", "--council", "Trafford", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [row["line"] for row in data] == [2, 3, 4]
    assert data[1]["grades"]["help_and_protection"] is None
    assert data[1]["notes"] == {
        "help_and_protection": "data_unreadable",
        "care_leavers": "inspection_pre_dates_judgement",
    }
    assert "unknown-grade history.csv:3" in result.stderr
    table = run("--national", str(path), "national", "--council", "stoke")
    assert table.exit_code == 0
    assert "inadequate" in table.stdout
    assert "(blank)" in table.stdout


def test_national_cli_unknown_council_exits_1_with_suggestions(tmp_path: Path) -> None:
    result = run("--national", str(write_history(tmp_path)), "national", "--council", "Traford")
    assert result.exit_code == 1
    assert "did you mean Trafford" in result.stderr


def test_markup_in_the_file_is_shown_inert(tmp_path: Path) -> None:
    rows = small_history()
    rows[0]["local_authority"] = "[bold red]trafford\x1b[2J"
    path = write_history(tmp_path, rows)
    result = runner.invoke(
        app, ["--national", str(path), "national"], env={"FORCE_COLOR": "1", "COLUMNS": "160"}
    )
    assert result.exit_code == 0
    shown = result.stdout.replace("\n", "")
    assert "[bold" in shown
    assert "]trafford" in shown
    assert "\x1b[2J" not in result.stdout


def test_ratings_council_uses_the_markers_and_cites_the_row(tmp_path: Path) -> None:
    path = write_history(tmp_path)
    result = run(
        "--national", str(path), "ratings", "--council", "Stoke", "--compare", "2015", "2018", "--json"
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    overall = next(row for row in data["rows"] if row["area"] == "overall")
    assert overall["grades"]["2018"]["grade"] == "inadequate"
    assert overall["grades"]["2018"]["citations"][0]["source"] == "history.csv"
    assert overall["grades"]["2018"]["citations"][0]["line"] == 6
    assert overall["grades"]["2015"]["grade"] is None
    missing = run("--national", str(path), "ratings", "--council", "Stoke", "--compare", "2015", "2016")
    assert missing.exit_code == 2
    assert "2015, 2018, 2025" in missing.stderr


def test_the_record_fills_traffords_sif_grades_and_cites_its_source() -> None:
    result = run("--national", str(shared_history()), "ratings", "--council", "Trafford", "--json")
    data = json.loads(result.stdout)
    overall = next(row for row in data["rows"] if row["area"] == "overall")
    cell = overall["grades"]["2015"]
    assert cell["grade"] == "good"
    assert cell["citations"][0]["source"] != "ilacs_history.csv"
    assert cell["citations"][1] == {
        "source": "ilacs_history.csv",
        "line": 464,
        "quote": cell["citations"][1]["quote"],
    }
    assert cell["citations"][1]["quote"].startswith("80573,trafford,")


def test_a_grade_the_marker_says_was_never_given_is_not_filled(tmp_path: Path) -> None:
    result = run("--national", str(shared_history()), "ratings", "--council", "Trafford", "--json")
    rows = {row["area"]: row["grades"] for row in json.loads(result.stdout)["rows"]}
    assert rows["overall"]["2026"]["grade"] is None
    assert rows["care_leavers"]["2019"]["grade"] is None


def test_reports_in_the_same_year_are_noted_by_the_sample() -> None:
    rows = [*small_history(), report("trafford", "80573", "01/12/19", ("good", "good", "good", "good", RI))]
    history = parse(rows)
    assert [r.line for r in history.rows_of("trafford")] == [2, 3, 10, 4]


@pytest.mark.parametrize("width", [60, 80, 100, 120])
def test_national_output_fits_the_terminal_and_never_cuts_text(width: int) -> None:
    national = str(shared_history())
    for command in (
        ["national", "--council", "trafford"],
        ["national", "--council", "bcp"],
        ["context"],
        ["ratings", "--council", "Stoke", "--compare", "2015", "2025"],
    ):
        result = runner.invoke(app, ["--national", national, *command], env={"COLUMNS": str(width)})
        assert result.exit_code == 0, (command, result.stderr)
        assert max(len(line) for line in result.stdout.splitlines()) <= width, command
        assert "…" not in result.stdout, command
        tops = [line for line in result.stdout.splitlines() if line.startswith("┏")]
        assert all(line.endswith("┓") for line in tops), (
            f"{command}: a table wider than the terminal is cropped"
        )


def test_national_csv_keeps_the_markers_beside_the_grades(tmp_path: Path) -> None:
    import csv as csv_module

    result = run(
        "--national", str(write_history(tmp_path)), "national", "--council", "Trafford", "--format", "csv"
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv_module.DictReader(result.stdout.splitlines()))
    assert [row["line"] for row in rows] == ["2", "3", "4"]
    assert rows[0]["overall"] == ""
    assert rows[0]["overall_note"] == "blank"
    assert rows[2]["overall_note"] == "not_reported_post_reform"
    assert rows[1]["overall"] == "inadequate"
    assert rows[1]["overall_note"] == ""


@pytest.mark.parametrize("command", [["national"], ["national", "update"], ["context"]])
def test_national_commands_have_help_with_examples(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"trafford {' '.join(command)}" in result.stdout
