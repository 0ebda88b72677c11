"""Every figure reproducible by hand: each `context` figure is recounted here from the CSV rows it
cites, by rules written again from the definitions (not by calling the code under test), and
`national --json` and `ratings --council` are checked against every row of the shared CSV."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from typer.testing import CliRunner

from national_data import SHARED_LOOKUP, shared_history
from trafford_timeline.cli import app
from trafford_timeline.national.context import Statement, context_statements
from trafford_timeline.national.councils import load_lookup
from trafford_timeline.national.grid import supplied_from_record
from trafford_timeline.national.history import load_history
from trafford_timeline.record.store import load_record, shipped_data_dir

runner = CliRunner()
COLUMNS = {
    "overall": "overall_effectiveness_grade",
    "leadership": "impact_of_leaders_grade",
    "help_and_protection": "help_and_protection_grade",
    "children_in_care": "in_care_grade",
    "care_leavers": "care_leavers_grade",
}
WORDS = {"outstanding": "outstanding", "good": "good", "requires improvement": "requires_improvement",
         "inadequate": "inadequate"}  # fmt: skip
RANK = {"outstanding": 4, "good": 3, "requires_improvement": 2, "inadequate": 1}
Row = dict[str, Any]


def raw_rows() -> list[Row]:
    """The shared CSV by the csv module alone, each row with its line (header = line 1)."""
    text = shared_history().read_text(encoding="utf-8")
    assert len(text.splitlines()) == sum(1 for _ in csv.reader(text.splitlines())), "no multi-line rows"
    rows = []
    for line, raw in enumerate(csv.DictReader(text.splitlines()), start=2):
        d, m, y = raw["publication_date"].split("/")
        raw |= {"line": line, "pub": date(2000 + int(y), int(m), int(d))}
        rows.append(raw)
    return rows


def grade(row: Row, area: str) -> str | None:
    return WORDS.get(row[COLUMNS[area]])


def framework(row: Row) -> str:
    start = row["inspection_start_date"]
    if (start and date(*map(int, reversed(start.split("/")))) >= date(2026, 4, 1)) or row[
        "overall_effectiveness_grade"
    ] == "not_reported_post_reform":
        return "ILACS-2026"
    return "SIF" if not row["inspection_framework"] and row["pub"].year < 2019 else "ILACS"


def by_council(rows: list[Row]) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for row in sorted(rows, key=lambda r: (r["pub"], r["line"])):
        out.setdefault(row["local_authority"], []).append(row)
    return out


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return raw_rows()


def lines(statement: Statement) -> set[int]:
    return {row.line for row in statement.rows}


def expected_first_ilacs(rows: list[Row]) -> set[int]:
    found = set()
    for council_rows in by_council(rows).values():
        sif = [r for r in council_rows if framework(r) == "SIF"]
        later = [r for r in council_rows if sif and framework(r) != "SIF" and r["pub"] > sif[-1]["pub"]]
        if later and grade(later[0], "overall") == "inadequate":
            found.add(later[0]["line"])
    return found


def expected_in_year(rows: list[Row], year: int) -> set[int]:
    first: dict[str, Row] = {}
    for row in sorted(rows, key=lambda r: (r["pub"], r["line"])):
        if row["pub"].year == year and framework(row) != "SIF" and grade(row, "overall") == "inadequate":
            first.setdefault(row["local_authority"], row)
    return {row["line"] for row in first.values()}


def expected_leadership_twice(rows: list[Row], fill: Callable[[Row, str], str | None]) -> set[int]:
    found = set()
    for council_rows in by_council(rows).values():
        bad = [r for r in council_rows if fill(r, "leadership") == "inadequate"]
        if len(bad) >= 2:
            found |= {r["line"] for r in bad}
    return found


def expected_standing(
    rows: list[Row], council: str, area: str, fill: Callable[[Row, str], str | None]
) -> tuple[set[int], set[int]]:
    latest = {}
    for name, council_rows in by_council(rows).items():
        graded = [r for r in council_rows if fill(r, area) is not None]
        if graded:
            latest[name] = graded[-1]
    own = fill(latest[council], area)
    assert own is not None
    same = {r["line"] for r in latest.values() if fill(r, area) == own}
    better = {r["line"] for r in latest.values() if RANK[fill(r, area) or own] > RANK[own]}
    return same, better


def expected_neighbours(rows: list[Row], council: str) -> set[int]:
    lookup = list(csv.DictReader(SHARED_LOOKUP.read_text(encoding="utf-8-sig").splitlines()))
    urn = next(r["urn"] for r in rows if r["local_authority"] == council)
    entry = next(r for r in lookup if r["urn"] == urn)
    found = set()
    grouped = by_council(rows)
    for code in (c.strip() for c in entry["stat_neighbours"].split(",")):
        neighbour = next(r for r in lookup if r["la_code"] == code)
        names = {r["local_authority"] for r in rows if r["urn"] == neighbour["urn"]}
        for name in names:
            found.add(grouped[name][-1]["line"])
    return found


COUNCILS = ["trafford", "stoke-on-trent", "east riding of yorkshire", "kingston upon hull", "birmingham",
            "dorset", "bournemouth, christchurch & poole", "nottingham"]  # fmt: skip


@pytest.mark.parametrize("council", COUNCILS)
def test_every_context_figure_is_recounted_from_its_rows(rows: list[Row], council: str) -> None:
    history = load_history(shared_history())
    lookup = load_lookup(SHARED_LOOKUP)
    supplied = (
        supplied_from_record(history.rows_of(council), load_record(shipped_data_dir()))
        if council == "trafford"
        else {}
    )
    filled = {(line, area): s.grade for (line, area), s in supplied.items()}

    def fill(row: Row, area: str) -> str | None:
        return grade(row, area) or filled.get((row["line"], area))

    statements = context_statements(history, council, lookup, supplied)
    by_line = {r["line"]: r for r in rows}
    for statement in statements:
        cited = [by_line[line] for line in lines(statement)]
        assert statement.figure == len({r["local_authority"] for r in cited}), statement.kind
        if statement.kind == "first-ilacs-inadequate":
            assert lines(statement) == expected_first_ilacs(rows)
        elif statement.kind == "good-sif-then-inadequate":
            for row in cited:
                wanted = "good" if framework(row) == "SIF" else "inadequate"
                assert fill(row, "overall") == wanted
            assert {r["line"] for r in cited if framework(r) != "SIF"} <= expected_first_ilacs(rows)
        elif statement.kind == "inadequate-in-year":
            match = re.search(r"published in (\d{4})", statement.statement)
            assert match is not None
            assert lines(statement) == expected_in_year(rows, int(match.group(1)))
        elif statement.kind == "leadership-inadequate-twice":
            assert lines(statement) == expected_leadership_twice(rows, fill)
        elif statement.kind == "statistical-neighbours":
            assert lines(statement) == expected_neighbours(rows, council)
        else:
            which, area = re.fullmatch(r"standing-(same|better)-(\w+)", statement.kind).groups()  # type: ignore[union-attr]
            same, better = expected_standing(rows, council, area, fill)
            assert lines(statement) == (same if which == "same" else better)
        for caveat in ("153 councils", "published, not when", "monitoring visits are not included"):
            assert any(caveat in c for c in statement.caveats), (statement.kind, caveat)
    kinds = [s.kind for s in statements]
    assert "first-ilacs-inadequate" in kinds
    assert "leadership-inadequate-twice" in kinds
    assert "statistical-neighbours" in kinds
    assert any(k.startswith("standing-") for k in kinds)


def test_traffords_context_answers_the_questions_in_the_issue(rows: list[Row]) -> None:
    result = runner.invoke(app, ["--national", str(shared_history()), "context", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    text = " ".join(s["statement"] for s in data)
    assert "Trafford is one of them: its first ILACS report, published 8 May 2019, was inadequate" in text
    in_2019 = next(s for s in data if "published in 2019" in s["statement"])
    assert "Trafford was one of them" in in_2019["statement"]
    assert {r["line"] for r in in_2019["rows"]} == expected_in_year(rows, 2019)
    twice = next(s for s in data if "on leadership in two or more" in s["statement"])
    assert "Trafford is one of them (2019, 2026)" in twice["statement"]
    good_then = next(s for s in data if "good under SIF" in s["statement"])
    assert any("from the user's own record" in c for c in good_then["caveats"])
    assert any("neighbours" in s["statement"] for s in data)


def test_context_json_is_the_contract_and_cites_real_rows(rows: list[Row]) -> None:
    result = runner.invoke(
        app, ["--national", str(shared_history()), "context", "--council", "Stoke", "--json"]
    )
    assert result.exit_code == 0, result.stderr
    by_line = {r["line"]: r for r in rows}
    for statement in json.loads(result.stdout):
        assert set(statement) == {"statement", "figure", "rows", "definition", "caveats"}
        assert isinstance(statement["figure"], int)
        assert statement["definition"]
        assert all(set(row) == {"file", "line"} for row in statement["rows"])
        assert {row["file"] for row in statement["rows"]} <= {shared_history().name}
        councils = {by_line[row["line"]]["local_authority"] for row in statement["rows"]}
        assert statement["figure"] == len(councils)


def test_national_json_agrees_with_every_row_of_the_csv(rows: list[Row]) -> None:
    result = runner.invoke(app, ["--national", str(shared_history()), "national", "--json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data) == len(rows)
    markers = {"not_reported_post_reform", "inspection_pre_dates_judgement", "data_unreadable", "blank"}
    for raw, item in zip(rows, data, strict=True):
        assert item["line"] == raw["line"]
        assert item["council"] == raw["local_authority"]
        assert item["urn"] == raw["urn"]
        assert item["url"] == raw["inspection_link"]
        assert item["published"] == raw["pub"].isoformat()
        for key, column in (
            ("inspection_start", "inspection_start_date"),
            ("inspection_end", "inspection_end_date"),
        ):
            d = raw[column]
            assert item[key] == ("-".join(reversed(d.split("/"))) if d else None)
        assert item["framework"] == framework(raw)
        assert set(item) - {"notes"} == {"council", "urn", "published", "inspection_start", "inspection_end",
                                         "framework", "grades", "url", "line"}  # fmt: skip
        for area, column in COLUMNS.items():
            value = raw[column]
            assert item["grades"][area] == WORDS.get(value)
            if value not in WORDS:
                note = item["notes"][area]
                assert note in markers
                assert note == (value if value in markers else "blank" if not value else "data_unreadable")
            else:
                assert area not in item.get("notes", {})


def test_ratings_council_agrees_with_national_for_every_council(rows: list[Row]) -> None:
    national = json.loads(
        runner.invoke(app, ["--national", str(shared_history()), "national", "--json"]).stdout
    )
    for council, council_rows in by_council(rows).items():
        result = runner.invoke(
            app, ["--national", str(shared_history()), "ratings", "--council", council, "--json"]
        )
        assert result.exit_code == 0, (council, result.stderr)
        grid = json.loads(result.stdout)
        latest_of_year = {r["pub"].year: r["line"] for r in council_rows}
        assert grid["years"] == sorted(latest_of_year)
        for row in grid["rows"]:
            for year, cell in row["grades"].items():
                line = latest_of_year[int(year)]
                item = national[line - 2]
                assert cell["citations"][-1]["line"] == line
                if len(cell["citations"]) == 1:
                    assert cell["grade"] == item["grades"][row["area"]], (council, year, row["area"])
                else:  # filled from the user's record: only where the file has no grade
                    assert council == "trafford"
                    assert item["grades"][row["area"]] is None
                    assert item["notes"][row["area"]] in {"blank", "data_unreadable"}


def test_context_for_a_council_without_a_sif_report_says_so() -> None:
    result = runner.invoke(app, ["--national", str(shared_history()), "context", "--council", "BCP"])
    assert result.exit_code == 0, result.stderr
    assert "has no SIF report followed by an ILACS one" in " ".join(result.stdout.split())
