"""Hostile input, careless use and a failing machine (issue 17): each test names what a person would
notice, and the matrix in benchmarks/hostile.py reruns the cases as a shell would run them."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from typer.testing import CliRunner, Result

from builders import SOURCE_TEXT, DatasetFactory, citation, conflict, finding, minimal_record, rating
from trafford_timeline.cli import app
from trafford_timeline.errors import DataError, UsageError
from trafford_timeline.output.destination import check_destination, write_file
from trafford_timeline.output.formats import csv_text, markdown_table, markdown_text
from trafford_timeline.record import schema
from trafford_timeline.record.cache import CACHE_DIR_VAR, NO_CACHE_VAR
from trafford_timeline.record.dataset import open_dataset
from trafford_timeline.record.store import load_record, parse_glossary, parse_record

ROOT = Path(__file__).resolve().parents[1]
TRAFFORD = [sys.executable, "-m", "trafford_timeline"]
runner = CliRunner()
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, devices and /dev/full")


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return runner.invoke(app, list(args), input=stdin)


def said(result: Result | subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr if isinstance(result.stderr, str) else result.stderr.decode("utf-8", "replace")
    return " ".join(err.replace("│", " ").split())


def shell(
    command: str, *args: str, stdin: bytes = b"", timeout: float = 30
) -> subprocess.CompletedProcess[bytes]:
    """Run trafford under /bin/sh, so a test can say `>/dev/full` or `>&-` as a user would; its memory
    is bounded, so a version that reads a device without end fails the test, not the machine."""
    return subprocess.run(
        ["/bin/sh", "-c", f'ulimit -v 2000000 2>/dev/null; exec "$@" {command}', "sh", *TRAFFORD, *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        check=False,
    )


# ---------------------------------------------------------------- item 2: CSV formula injection


def test_a_csv_cell_that_starts_a_formula_is_text_but_a_number_stays_a_number() -> None:
    cells = {"eq": "=1+1", "plus": "+A1", "minus": "-A1", "at": "@SUM(A1)", "tab": "\t=1", "neg": "-2",
             "pos": "+3.5", "exp": "-1e5", "text": "plain", "inner": "a=b"}  # fmt: skip
    [row] = list(csv.DictReader(io.StringIO(csv_text([cells]), newline="")))
    assert row == {"eq": "'=1+1", "plus": "'+A1", "minus": "'-A1", "at": "'@SUM(A1)", "tab": "'\t=1",
                   "neg": "-2", "pos": "+3.5", "exp": "-1e5", "text": "plain", "inner": "a=b"}  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"=+-@\t\r0123456789.eE ab,\"'\n", "\uff1d"]), max_size=12))
def test_a_csv_cell_reads_back_as_written_or_marked_as_text(cell: str) -> None:
    [row] = list(csv.DictReader(io.StringIO(csv_text([{"cell": cell}]), newline="")))
    expected = cell.replace("\r", "")  # a carriage return is a control character: removed, as everywhere
    assert row["cell"] in (expected, "'" + expected)
    starts_formula = row["cell"].startswith(("=", "+", "-", "@", "\t", "\uff1d"))
    assert not starts_formula or re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", row["cell"])


@pytest.mark.parametrize("args", [["timeline", "--format", "csv"], ["export", "--format", "csv"]])
def test_csv_from_data_never_starts_a_formula(make_dataset: DatasetFactory, args: list[str]) -> None:
    record = minimal_record()
    record["events"][0]["title"] = '=HYPERLINK("https://evil.example","click")'
    record["events"][1]["title"] = "@SUM(1+1)"
    result = run("--data", str(make_dataset(record)), *args)
    assert result.exit_code == 0, result.stderr
    titles = [row["title"] for row in csv.DictReader(io.StringIO(result.stdout, newline=""))]
    assert titles[:2] == ['\'=HYPERLINK("https://evil.example","click")', "'@SUM(1+1)"]


# ---------------------------------------------------------------- item 3: Markdown injection


def markdown_parser() -> MarkdownIt:
    """CommonMark with GitHub's tables and strikethrough, as GitHub renders a report."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown_blocks(text: str) -> list[str]:
    found = []
    for token in markdown_parser().parse(text):
        found.append(token.type)
        found += [child.type for child in token.children or []]
    return found


@pytest.mark.parametrize(
    ("text", "becomes"),
    [
        ("~~struck~~", "s_open"),
        ("before\n~~~\nafter", "fence"),
        ("before\n```\nafter", "fence"),
        ("before\n1) a list", "ordered_list_open"),
        ("before\n1. a list", "ordered_list_open"),
        ("before\n---", "heading_open"),
        ("before\n===", "heading_open"),
        ("before\n   # heading", "heading_open"),
        ("before\n\n    code", "code_block"),
        ("__bold__ and _em_", "strong_open"),
        ("before\n+ item", "bullet_list_open"),
        ("&lt;b&gt; &copy;", "html_inline"),
    ],
)
def test_markdown_text_stays_text_whatever_starts_a_line(text: str, becomes: str) -> None:
    blocks = markdown_blocks(markdown_text(text))
    assert becomes not in blocks
    assert set(blocks) <= {"paragraph_open", "paragraph_close", "inline", "text", "softbreak"}


def test_markdown_text_keeps_a_gfm_autolink_from_being_made() -> None:
    assert markdown_text("see https://evil.example or www.evil.example") == (
        r"see https\://evil.example or www\.evil.example"
    )


def test_a_fence_in_a_title_does_not_swallow_the_rest_of_the_report(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["title"] = "Report\n~~~\n---\n1) not a list\n==="
    result = run("--data", str(make_dataset(record)), "export", "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    tokens = markdown_parser().parse(result.stdout)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[1:] == ["Timeline", "Ofsted judgements", "Where the sources disagree", "Sources"]
    assert not {"fence", "ordered_list_open", "hr"} & {t.type for t in tokens}


MARKDOWN_PIECES = st.sampled_from(
    [*"ab1 \n\t-+=#>*_`~[]()<>!|&;:/\\.)\"'", "http://", "www.", "&amp;", "&#65;", "<br>", "1.", "1)", "    "]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(MARKDOWN_PIECES, max_size=30).map("".join), st.booleans())
def test_markdown_text_reads_back_as_the_same_plain_text(text: str, mid_line: bool) -> None:
    """Parsed by a CommonMark parser, escaped text is one paragraph of text saying what it said."""
    prefix = "x " if mid_line else ""
    tokens = markdown_parser().parse(prefix + markdown_text(text))
    if not (prefix + text).strip():
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert {child.type for child in children} <= {"text", "softbreak"}
    shown = "".join(child.content if child.type == "text" else "\n" for child in children)

    def spaced(value: str) -> str:
        return re.sub(r"[ \t]+", " ", re.sub(r"[ \t]*\n\s*", "\n", value)).strip()

    assert spaced(shown) == spaced(prefix + text)


@settings(max_examples=200, deadline=None)
@given(st.lists(MARKDOWN_PIECES, max_size=30).map("".join))
def test_a_markdown_table_cell_never_breaks_the_table(text: str) -> None:
    tokens = markdown_parser().parse(markdown_table(["a", "b"], [[text, text], ["x", "y"]]))
    assert [t.type for t in tokens].count("tr_open") == 3
    assert [t.type for t in tokens].count("td_open") == 4
    for child in (c for t in tokens for c in t.children or []):
        assert child.type in ("text", "softbreak") or (child.type, child.content) == ("html_inline", "<br>")


# ---------------------------------------------------------------- item 4: the missing field is named


def fact_of_every_kind() -> list[dict[str, Any]]:
    base = {"text": "A fact.", "citations": [citation(3, "An Ofsted report published on 8 May")]}
    return [
        rating(2019, "overall", "inadequate"),
        finding("finding-1"),
        base | {"id": "recommendation-1", "kind": "recommendation"},
        base | {"id": "figure-1", "kind": "figure", "measure": "m", "value": 2, "unit": "count"},
        base | {"id": "role-1", "kind": "role", "role": "r", "person": None, "organisation": "o"},
        base | {"id": "statement-1", "kind": "statement", "speaker": "s"},
        base | {"id": "commitment-1", "kind": "commitment", "by": "b"},
        base | {"id": "detail-1", "kind": "detail"},
    ]


def required_fields() -> list[tuple[str, int, str]]:
    """(section, index, field) for every required field of an event, each kind of fact and a source."""
    cases = [("events", 0, name) for name, info in schema.Event.model_fields.items() if info.is_required()]
    cases += [("sources", 0, name) for name, info in schema.Source.model_fields.items() if info.is_required()]
    variants = get_args(get_args(schema.Fact)[0])
    models = {get_args(model.model_fields["kind"].annotation)[0]: model for model in variants}
    facts = fact_of_every_kind()
    assert {fact["kind"] for fact in facts} == set(models)
    for index, fact in enumerate(facts):
        fields = models[fact["kind"]].model_fields.items()
        cases += [("facts", index, name) for name, info in fields if info.is_required() and name != "kind"]
    return cases


@pytest.mark.parametrize(("section", "index", "name"), required_fields())
def test_a_missing_field_is_named_with_its_item(section: str, index: int, name: str) -> None:
    record = minimal_record()
    record["facts"] = fact_of_every_kind()
    item = record[section][index]
    del item[name]
    with pytest.raises(DataError) as raised:
        parse_record(Path("events.json"), json.dumps(record).encode())
    where = f"{section}[{index}]" + (f" (id {item['id']!r})" if "id" in item else "")
    assert f"{where}.{name}: Field required" in raised.value.details


# ---------------------------------------------------------------- item 5: only regular files, bounded


@posix_only
def test_events_json_as_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    os.mkfifo(tmp_path / "events.json")
    result = shell("", "--data", str(tmp_path), "timeline", timeout=20)
    assert result.returncode == 1
    assert "events.json: is a named pipe (FIFO), not a regular file" in said(result)


@posix_only
def test_a_device_as_events_json_is_refused_before_it_is_read(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "events.json").symlink_to("/dev/zero")
    result = shell("", "--data", str(tmp_path), "timeline", timeout=20)
    assert result.returncode == 1
    assert "events.json: is a character device, not a regular file" in said(result)


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_verify_reports_a_source_that_is_not_a_regular_file(make_dataset: DatasetFactory, kind: str) -> None:
    root = make_dataset()
    path = root / "sources" / "001_report.txt"
    path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    else:
        try:
            os.mknod(path, 0o644 | stat.S_IFCHR, os.makedev(1, 5))  # what /dev/zero is
        except PermissionError:
            pytest.skip("making a device node needs root")
    result = shell("", "--data", str(root), "verify", "--json", timeout=20)
    assert result.returncode == 1
    problems = json.loads(result.stdout)["problems"]
    assert [p["code"] for p in problems if "not a regular file" in p["message"]] == ["unreadable-source"]


def test_a_file_larger_than_the_limit_is_refused_whatever_its_size_said(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = minimal_record()
    record["events"][0]["summary"] = "x" * (2 * 1024 * 1024)
    monkeypatch.setenv("TRAFFORD_MAX_EVENTS_MB", "1")
    root = make_dataset(record, sources={"001_report.txt": SOURCE_TEXT + "y" * (2 * 1024 * 1024)})
    with pytest.raises(DataError, match="MB limit"):
        load_record(root)
    from trafford_timeline.record.store import read_source

    with pytest.raises(DataError, match="MB limit"):
        read_source(root, "001_report.txt")


def test_a_size_limit_set_absurdly_high_is_no_limit_not_an_overflow(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRAFFORD_MAX_EVENTS_MB", "9" * 30)
    assert [event.id for event in load_record(make_dataset()).events][:1] == ["report-2019"]


# ---------------------------------------------------------------- item 6: other inputs


def test_a_deeply_nested_glossary_is_an_error_not_a_traceback() -> None:
    deep = ("[" * 100_000 + "]" * 100_000).encode()
    with pytest.raises(DataError, match=r"glossary\.json: not valid JSON"):
        parse_glossary(Path("glossary.json"), deep)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_figure_must_be_a_finite_number(literal: str) -> None:
    record = minimal_record()
    record["facts"] = [fact_of_every_kind()[3]]
    text = json.dumps(record).replace('"value": 2', f'"value": {literal}')
    with pytest.raises(DataError) as raised:
        parse_record(Path("events.json"), text.encode())
    assert raised.value.details[0].startswith(
        "facts[0] (id 'figure-1').value: expected a finite number, got "
    )


# ---------------------------------------------------------------- item 7: output streams


@posix_only
@pytest.mark.parametrize(
    "args", [["timeline"], ["facts", "--json"], ["sources", "--format", "csv"], ["export", "--format", "ics"]]
)
def test_a_full_disk_is_a_message_and_exit_1(args: list[str]) -> None:
    result = shell(">/dev/full", *args)
    assert result.returncode == 1
    assert said(result) == "trafford: cannot write the output: No space left on device"


@posix_only
@pytest.mark.parametrize("args", [["timeline"], ["timeline", "--json"], ["cite", "rated good in 2015"]])
def test_a_closed_stdout_is_a_message_and_exit_1_not_a_silent_success(args: list[str]) -> None:
    result = shell(">&-", *args)
    assert result.returncode == 1
    assert said(result) == "trafford: cannot write the output: standard output is closed"


@posix_only
def test_a_closed_stdin_for_a_batch_is_a_usage_error() -> None:
    result = shell("<&-", "cite", "--batch", "-")
    assert result.returncode == 2
    assert "cannot read '-': standard input is closed" in said(result)


@posix_only
def test_a_batch_that_is_not_utf8_is_refused_not_echoed() -> None:
    result = shell("", "cite", "--batch", "-", "--json", stdin=b"rated \xff good in 2015\n")
    assert result.returncode == 2
    assert "cannot read '-': 'utf-8' codec can't decode byte 0xff" in said(result)
    assert result.stdout == b""


def test_batch_json_lines_escape_c1_and_bidi_as_single_cite_json_does() -> None:
    claim = "Trafford was rated \x85good\u202e in 2015"
    single = run("cite", claim, "--json")
    batch = run("cite", "--batch", "-", "--json", stdin=claim + "\n")
    for result in (single, batch):
        assert not re.search("[\x80-\x9f\u202a-\u202e]", result.stdout), result.stdout
    assert json.loads(batch.stdout.splitlines()[0])["claim"] == json.loads(single.stdout)["claim"]


@pytest.mark.parametrize("stdin", ["", "\n   \n"])
def test_an_empty_batch_is_a_usage_error_not_every_claim_supported(stdin: str) -> None:
    result = run("cite", "--batch", "-", stdin=stdin)
    assert result.exit_code == 2
    assert "'-' holds no claims" in said(result)


@posix_only
def test_a_batch_that_never_ends_is_refused_at_a_bound() -> None:
    result = shell("", "cite", "--batch", "/dev/zero", timeout=60)
    assert result.returncode == 2
    assert "cannot read '/dev/zero': more than 16 MB of claims" in said(result)


def test_a_batch_line_of_deeply_nested_json_is_read_as_a_claim_not_a_traceback() -> None:
    result = run("cite", "--batch", "-", "--json", stdin='{"claim":' * 100_000 + "\n")
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout)["verdict"] == "not_found"


# ---------------------------------------------------------------- item 8: --output --force


@pytest.fixture
def null_device(tmp_path: Path) -> Path:
    """A device like /dev/null. As root, a private node of its own: were the refusal to break, the
    test would otherwise replace the system's /dev/null."""
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return Path("/dev/null")  # only root could replace it
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node


@posix_only
def test_force_never_replaces_a_device_or_a_fifo(tmp_path: Path, null_device: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    for target in (null_device, tmp_path / "pipe"):
        with pytest.raises(UsageError, match="not a regular file"):
            check_destination(target, data_dir=tmp_path / "data", force=True)
        with pytest.raises(UsageError, match="not a regular file"):
            write_file(target, b"x")
    assert stat.S_ISCHR(os.stat(null_device).st_mode)
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe").st_mode)


@posix_only
def test_export_to_a_device_with_force_is_refused(make_dataset: DatasetFactory, null_device: Path) -> None:
    result = run(
        "--data", str(make_dataset()), "export", "--format", "csv", "-o", str(null_device), "--force"
    )
    assert result.exit_code == 2
    assert f"{str(null_device)!r} is not a regular file" in said(result)
    assert stat.S_ISCHR(os.stat(null_device).st_mode)


@posix_only
def test_force_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path, make_dataset: DatasetFactory) -> None:
    private = tmp_path / "private.csv"
    private.write_text("old")
    private.chmod(0o600)
    result = run("--data", str(make_dataset()), "export", "--format", "csv", "-o", str(private), "--force")
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text().startswith("id,")


# ---------------------------------------------------------------- the matrix runs


def test_the_hostile_matrix_passes_in_quick_mode() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "hostile.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^all\s+(\d+)\s+\1\s+0\s+0$", result.stdout, re.M), result.stdout


# ---------------------------------------------------------------- phase 2 (issue 17, items 1 and 9)

HOSTILE = (
    "[link=https://evil.example]click[/link] [/bold] \x1b]52;c;SGVsbG8=\x07 \x1b[2J \x9b31m \x85 "
    "\u202eesrever\u202c \x00 <a href='https://evil.example'>a</a>"
)
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
WALKED = [["timeline"], ["timeline", "--chart"], ["facts"], ["sources"], ["ratings"],
          ["ratings", "--compare", "2015", "2019"], ["conflicts"], ["verify"], ["show", "report-2019"],
          ["show", "finding-1"], ["show", "statement-1"], ["cite", "Ofsted said services are inadequate"],
          ["show", HOSTILE]]  # fmt: skip
"""Every command that draws with Rich, and one whose error message quotes hostile text."""
EXPORTS = ("table", ".svg", ".html")


def hostile_dataset(make_dataset: DatasetFactory) -> Path:
    """Markup, escape codes, C1 and bidi controls and NUL in every text field of every item."""
    record = minimal_record()
    record["facts"] = [*fact_of_every_kind(), rating(2015, "overall", "good")]
    record["conflicts"] = [conflict("conflict-1")]

    def poison(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: poison(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [poison(v, key) for v in node]
        names = ("title", "summary", "note", "text", "measure", "role", "organisation", "speaker",
                 "by", "topic", "statement", "assessment", "description", "publisher", "author",
                 "date_reason", "reason")  # fmt: skip
        return HOSTILE if key in names and isinstance(node, str) else node

    return make_dataset(poison(record))


SHOWS_TEXT = ("timeline", "facts", "sources", "conflicts", "show")
"""Commands whose output holds the record's own text (ratings and verify show grades and codes)."""


@pytest.mark.parametrize(
    ("args", "output"),
    [
        pytest.param(args, output, id=f"{' '.join(args)} {output}")
        for args in WALKED
        for output in EXPORTS
        if output == "table" or args[0] not in ("show", "cite")
    ],
)
def test_no_data_string_acts_in_any_command_or_export(
    make_dataset: DatasetFactory, tmp_path: Path, args: list[str], output: str
) -> None:
    root = hostile_dataset(make_dataset)
    extra = [] if output == "table" else ["--export", str(tmp_path / f"out{output}")]
    # As on a terminal: Rich then draws styles, and would draw links and obey markup from data.
    result = runner.invoke(
        app, ["--data", str(root), *args, *extra], env={"FORCE_COLOR": "1", "COLUMNS": "200"}
    )
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    for shown in (result.stdout, result.stderr):
        assert "\x1b]" not in shown  # OSC 8 links, OSC 52 clipboard writes
        assert "\x1b[2J" not in shown
        assert not TERMINAL_CONTROLS.search(re.sub(r"\x1b\[[0-9;]*m", "", shown).replace("\n", ""))
    shown = result.stdout if result.exit_code == 0 else result.stdout + result.stderr
    if args[0] in SHOWS_TEXT:
        assert "[/bold]" in shown  # markup from data is shown as written, not obeyed
    if extra:
        saved = (tmp_path / f"out{output}").read_text(encoding="utf-8")
        if output == ".svg":
            ET.fromstring(saved)
        assert not re.search(r"<a\b|href=[\"']?https?://evil", saved)


def test_eviction_leaves_other_processes_builds_alone(tmp_path: Path) -> None:
    from trafford_timeline.record.cache import KEEP, _evict

    builds = [tmp_path / f".build-{n}.sqlite" for n in range(KEEP + 2)]
    for path in builds:
        path.write_bytes(b"building")
    _evict(tmp_path)
    assert all(path.exists() for path in builds)


def test_a_cache_folder_inside_the_dataset_is_refused(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_dataset()
    monkeypatch.setenv(CACHE_DIR_VAR, str(root / ".cache"))
    open_dataset(root).record()
    assert not (root / ".cache").exists()


def test_a_flipped_date_column_in_the_cache_gives_no_wrong_answer(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root = make_dataset()
    window = ["--data", str(root), "timeline", "--from", "2019-05", "--to", "2019-05", "--json"]
    monkeypatch.setenv(CACHE_DIR_VAR, str(tmp_path / "cache"))
    truth = run(*window).stdout  # builds the cache
    for path in (tmp_path / "cache").glob("*.record.sqlite"):
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE events SET first = first + 4000, last = last + 4000")
    monkeypatch.delenv(NO_CACHE_VAR, raising=False)
    assert run(*window).stdout == truth


def test_a_deleted_row_in_the_cache_gives_no_wrong_answer(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root = make_dataset()
    monkeypatch.setenv(CACHE_DIR_VAR, str(tmp_path / "cache"))
    commands = [["timeline", "--from", "2019-05", "--to", "2019-05", "--json"], ["facts", "--json"]]
    truth = [run("--data", str(root), *args).stdout for args in commands]  # builds the cache
    for table in ("events", "facts"):
        for path in (tmp_path / "cache").glob("*.record.sqlite"):
            with sqlite3.connect(path) as connection:
                connection.execute(f"DELETE FROM {table} WHERE n = 0")
        assert [run("--data", str(root), *args).stdout for args in commands] == truth, table


@posix_only
def test_a_cache_file_that_is_a_fifo_is_never_opened(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root = make_dataset()
    cache = tmp_path / "cache"
    env = {**os.environ, CACHE_DIR_VAR: str(cache)}
    args = ["--data", str(root), "timeline", "--json"]
    truth = subprocess.run([*TRAFFORD, *args], capture_output=True, env=env, timeout=60, check=True).stdout
    replaced = sorted(cache.glob("*.sqlite"))
    assert replaced
    for path in replaced:
        path.unlink()
        os.mkfifo(path)
    result = subprocess.run([*TRAFFORD, *args], capture_output=True, env=env, timeout=60, check=False)
    assert (result.returncode, result.stdout) == (0, truth)


KILLED_BUILD = """
import os, signal, sys
from pathlib import Path
from trafford_timeline.record.cache import build

def fill(connection):
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    os.kill(os.getpid(), signal.SIGTERM)
    connection.execute("INSERT INTO t VALUES (2)")

build(Path(sys.argv[1]), "done.sqlite", fill)
print("survived")
"""


@posix_only
def test_sigterm_during_a_build_removes_its_temporary_file_and_ends_the_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILLED_BUILD, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == -15, result.stderr  # ended by SIGTERM, as `timeout` expects
    assert "survived" not in result.stdout
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@posix_only
def test_a_build_puts_back_the_sigterm_handler_it_found(tmp_path: Path) -> None:
    import signal

    from trafford_timeline.record.cache import build

    class Stop(Exception):
        pass

    def handler(signum: int, frame: object) -> None:
        raise Stop

    def killed(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE t (x)")
        os.kill(os.getpid(), signal.SIGTERM)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        build(tmp_path, "quiet.sqlite", lambda c: c.execute("CREATE TABLE t (x)")).close()
        assert signal.getsignal(signal.SIGTERM) is handler
        with pytest.raises(Stop):  # the program's own handler still decides what SIGTERM does
            build(tmp_path, "killed.sqlite", killed)
        assert signal.getsignal(signal.SIGTERM) is handler
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quiet.sqlite"]


def test_a_20_mb_title_is_cut_in_a_table_and_kept_whole_in_json(make_dataset: DatasetFactory) -> None:
    import time

    from trafford_timeline.output.render import CELL_LIMIT

    record = minimal_record()
    title = "word " * 4_000_000
    record["events"][0]["title"] = title
    root = make_dataset(record)
    for args in (["timeline"], ["timeline", "--chart"], ["show", "report-2019"]):
        started = time.monotonic()
        result = run("--data", str(root), *args)
        assert result.exit_code == 0, result.stderr
        assert time.monotonic() - started < 20, args
        assert "…" in result.stdout
        assert result.stdout.count("word") < CELL_LIMIT, args
    assert json.loads(run("--data", str(root), "timeline", "--json").stdout)[0]["title"] == title


def test_an_error_message_quoting_data_is_inert(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["id"] = HOSTILE
    result = runner.invoke(
        app, ["--data", str(make_dataset(record)), "timeline"], env={"FORCE_COLOR": "1", "COLUMNS": "200"}
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert "\x1b]" not in result.stderr
    assert not TERMINAL_CONTROLS.search(re.sub(r"\x1b\[[0-9;]*m", "", result.stderr).replace("\n", ""))


NATIONAL_WALK = [["national"], ["national", "--council", "trafford"], ["context", "--council", "trafford"],
                 ["ratings", "--council", "trafford"]]  # fmt: skip
"""Every command that reads the national file; Trafford's name holds the hostile text."""


@pytest.mark.parametrize(
    ("args", "output"),
    [
        pytest.param(args, output, id=f"{' '.join(args)} {output}")
        for args in NATIONAL_WALK
        for output in EXPORTS
        if output == "table" or args[0] != "context"
    ],
)
def test_no_string_from_the_national_file_acts_in_any_command_or_export(
    tmp_path: Path, args: list[str], output: str
) -> None:
    from national_data import small_history, write_history

    rows = small_history()
    for row in rows:
        if row["local_authority"] == "trafford":
            row["local_authority"] = "trafford " + HOSTILE.replace("\x00", "")
        row["inspector_name"] = row["pdf_filename"] = HOSTILE
    path = write_history(tmp_path / "national", rows)
    extra = [] if output == "table" else ["--export", str(tmp_path / f"out{output}")]
    result = runner.invoke(
        app, ["--national", str(path), *args, *extra], env={"FORCE_COLOR": "1", "COLUMNS": "200"}
    )
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    for shown in (result.stdout, result.stderr):
        assert "\x1b]" not in shown
        assert "\x1b[2J" not in shown
        assert not TERMINAL_CONTROLS.search(re.sub(r"\x1b\[[0-9;]*m", "", shown).replace("\n", ""))
    if args[0] != "ratings":  # its table shows grades, not the council's name
        assert "[/bold]" in result.stdout  # the council's name, shown as written
    if extra:
        saved = (tmp_path / f"out{output}").read_text(encoding="utf-8")
        if output == ".svg":
            ET.fromstring(saved)
        assert not re.search(r"<a\b|href=[\"']?https?://evil", saved)


def test_a_cache_folder_reaching_the_dataset_by_a_link_or_relative_path_is_refused(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root = make_dataset()
    before = sorted(root.rglob("*"))
    (tmp_path / "link").symlink_to(root, target_is_directory=True)
    monkeypatch.setenv(CACHE_DIR_VAR, str(tmp_path / "link" / "cache"))
    assert open_dataset(root).record().events
    monkeypatch.chdir(root)
    monkeypatch.setenv(CACHE_DIR_VAR, ".cache")
    assert open_dataset(Path(".")).claim_index()
    assert sorted(root.rglob("*")) == before
