"""The hostile-case matrix: the tool run as a hostile dataset, a careless user and a failing machine
would run it, each case checked for what a person would notice, then counted by category.

    python benchmarks/hostile.py            # every case
    python benchmarks/hostile.py --quick    # one or two of each kind, for the test suite
    python benchmarks/hostile.py --list     # the cases, without running them

Every case runs `python -m trafford_timeline` as a shell would, in a fresh temporary folder, with
its own cache folder. Whatever the case, a run must end within its time limit, print no traceback
and write valid UTF-8 on stdout; each case then checks what it is about (an exit status, a message,
output that parses and is inert). Cases known to wait for a later change are marked with the
reason and counted apart (`expected`); one that passes anyway is reported, as pytest's strict
xfail would. Exit status: 0 when every other case passes.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import csv
import hashlib
import io
import json
import os
import random
import re
import signal
import stat
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
DEFAULT_TIMEOUT = 30.0
MEMORY_LIMIT_KB = 2_000_000
"""Each run's address space: a version that reads /dev/zero until memory runs out stops here."""

Check = Callable[[Path], str | None]
"""A case: given a fresh folder, None if it passes, else what went wrong."""


@dataclass(frozen=True)
class Case:
    category: str
    name: str
    run: Check
    quick: bool = False
    expected_failure: str | None = None
    """Why this case is known to fail until a later change; it is counted apart."""


CASES: list[Case] = []
QUICK = {
    "events without date", "figure value NaN", "glossary.json nested 100,000 deep",
    "lines text in every field: timeline markdown", "inline text in every field: timeline csv",
    "formula text: export --format csv", "lines text: export --format markdown",
    "cite --batch --json escapes C1 and bidi as cite --json does", "events.json is a FIFO",
    "a source is a FIFO", "-o /dev/null --force is refused", "--force keeps a 0600 file private",
    "stdout full: timeline", "stdout closed: timeline --json", "stdin closed: cite --batch -",
    "invalid UTF-8 on stdin: cite --batch - --json", "an empty batch is not success",
    "inline text in every field: conflicts table", "inline text in every field: conflicts .svg",
    "inline text in every field: conflicts .html", "a cache file replaced by a FIFO is never opened",
    "a cache folder inside the dataset is refused",
    "a date flipped by one bit in the cache is seen and rebuilt",
    "a deleted event in the cache is seen and rebuilt", "eviction leaves other processes' builds alone",
    "SIGTERM during a cache build removes its temporary file",
}  # fmt: skip
"""One or two cases of each kind this change fixed: what `--quick` (and the test suite) runs."""


def case(
    category: str, name: str, *, quick: bool = False, expected: str | None = None
) -> Callable[[Check], Check]:
    def register(function: Check) -> Check:
        CASES.append(Case(category, name, function, quick or name in QUICK, expected))
        return function

    return register


# ---------------------------------------------------------------- running the tool


@dataclass(frozen=True)
class Outcome:
    code: int | None
    """The exit status; negative for a signal; None if it had to be killed after the time limit."""
    out: bytes
    err: bytes

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8", "replace")

    @property
    def said(self) -> str:
        """stderr as one line, without the box Click draws round a usage error."""
        return " ".join(self.stderr.replace("│", " ").split())


def trafford(
    *args: str,
    work: Path,
    stdin: bytes | None = b"",
    stdout: str = "pipe",
    env: dict[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Outcome:
    """Run the command line in `work`; `stdin=None` closes it, `stdout` is pipe, full or closed."""
    redirect = {"pipe": "", "full": " >/dev/full", "closed": " >&-"}[stdout]
    if stdin is None:
        redirect += " <&-"
    script = f'ulimit -v {MEMORY_LIMIT_KB} 2>/dev/null; exec "$@"{redirect}'
    command = ["/bin/sh", "-c", script, "sh", PYTHON, "-m", "trafford_timeline", *args]
    environment = {
        **os.environ,
        "TRAFFORD_CACHE_DIR": str(work / "cache"),
        "COLUMNS": "100",
        "PYTHONPATH": str(ROOT / "src"),
        **(env or {}),
    }
    environment.pop("TRAFFORD_DATA", None)
    with subprocess.Popen(
        command,
        cwd=work,
        env=environment,
        stdin=subprocess.PIPE if stdin is not None else None,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    ) as process:
        try:
            out, err = process.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, err = process.communicate()
            return Outcome(None, out, err)
    return Outcome(process.returncode, out, err)


def sane(result: Outcome) -> str | None:
    """What every run must hold to: finished, no traceback, UTF-8 on stdout."""
    if result.code is None:
        return "did not finish within its time limit"
    if "Traceback" in result.stderr:
        return "traceback: " + result.stderr.strip().splitlines()[-1][:160]
    try:
        result.out.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"stdout is not UTF-8 (byte {exc.start})"
    return None


def refused(result: Outcome, code: int, *words: str) -> str | None:
    """A clear refusal: the exit status, every word in the message, nothing on stdout."""
    problem = sane(result)
    if problem:
        return problem
    if result.code != code:
        return f"exit {result.code}, expected {code}: {result.said[:200]}"
    said = result.said + " " + result.out.decode("utf-8", "replace")
    missing = [word for word in words if word not in said]
    if missing:
        return f"message lacks {missing}: {result.said[:200]}"
    return None


# ---------------------------------------------------------------- datasets

SOURCE = "001_report.txt"
SOURCE_LINES = [
    "Council rated inadequate",
    "",
    "An Ofsted report published on 8 May said the services are inadequate.",
    "The notice issued today orders the council to improve by August 2020.",
    "Staff morale is good in many teams, said the chief executive.",
]


def cite(line: int, quote: str) -> dict[str, Any]:
    return {"source": SOURCE, "line": line, "quote": quote}


def base_record() -> dict[str, Any]:
    """A small valid record with one item of every kind, so every command has something to show."""
    c3, c4, c5 = (
        cite(3, "An Ofsted report published on 8 May"),
        cite(4, "The notice issued today orders the council"),
        cite(5, "Staff morale is good in many teams"),
    )
    fact: dict[str, Any] = {"text": "Something the report says.", "event": "report-2019", "citations": [c3]}
    return {
        "sources": [
            {
                "file": SOURCE, "title": "Council rated inadequate", "description": "A test report.",
                "publisher": "A publisher", "author": "An author", "kind": "news_report",
                "date": "2019-05-23", "date_basis": "stated", "date_reason": "Test data.", "sha256": "",
            }
        ],
        "events": [
            {"id": "report-2019", "date": "2019-05-08", "kind": "publication", "title": "Report published",
             "status": "occurred", "citations": [c3], "summary": "A summary.", "note": "A note."},
            {"id": "notice-2019", "date": "2019-05-23", "kind": "intervention", "title": "Notice issued",
             "status": "occurred", "citations": [c4]},
            {"id": "deadline-2020", "date": "2020-08", "kind": "deadline", "title": "Deadline",
             "status": "planned", "as_of": "2019-05-23", "citations": [c4]},
        ],
        "facts": [
            fact | {"id": "rating-2019", "kind": "rating", "year": 2019, "framework": "ILACS",
                    "area": "overall", "grade": "inadequate"},
            fact | {"id": "rating-2015", "kind": "rating", "year": 2015, "framework": "SIF",
                    "area": "overall", "grade": "good"},
            fact | {"id": "finding-1", "kind": "finding", "polarity": "strength", "citations": [c5]},
            fact | {"id": "recommendation-1", "kind": "recommendation"},
            fact | {"id": "figure-1", "kind": "figure", "measure": "children", "value": -2, "unit": "count"},
            fact | {"id": "role-1", "kind": "role", "role": "Chief executive", "person": "A person",
                    "organisation": "The council"},
            fact | {"id": "statement-1", "kind": "statement", "speaker": "A speaker", "citations": [c5]},
            fact | {"id": "commitment-1", "kind": "commitment", "by": "The council", "required_by": "DfE",
                    "citations": [c4]},
            fact | {"id": "detail-1", "kind": "detail"},
        ],
        "conflicts": [
            {"id": "conflict-1", "topic": "Whether morale is good",
             "sides": [{"statement": "Good.", "citations": [c5]},
                       {"statement": "Inadequate.", "citations": [c3]}],
             "favours": 0, "assessment": "The first side is quoted more closely."}
        ],
    }  # fmt: skip


def write_dataset(
    folder: Path, record: dict[str, Any] | str | bytes | None = None, lines: list[str] | None = None
) -> Path:
    """A dataset folder: the record (a dict gets its source's hash filled in) and its one source."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    text = "\n".join(lines if lines is not None else SOURCE_LINES) + "\n"
    (folder / "sources" / SOURCE).write_text(text, encoding="utf-8")
    record = base_record() if record is None else record
    if isinstance(record, dict):
        record = json.dumps(record, ensure_ascii=False)
    data = record if isinstance(record, bytes) else record.encode("utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    data = data.replace(b'"sha256": ""', f'"sha256": "{digest}"'.encode())  # the source's own hash
    (folder / "events.json").write_bytes(data)
    return folder


HOSTILE = (
    "[link=https://evil.example]click[/link] [/bold] [red]x "
    "\x1b]8;;https://evil.example\x1b\\osc8\x1b]8;;\x1b\\ \x1b]52;c;SGVsbG8=\x07 \x1b[2J\x1b[H "
    "\x9b31m \x85 \u202eesrever\u202c \u2066iso\u2069 \x00 \x07 "
    "=HYPERLINK(\"https://evil.example\") ~~strike~~ <a href='https://evil.example'>a</a> | "
    "*em* _em_ `code` &amp; https://evil.example www.evil.example"
)
"""Rich markup, OSC 8 links, OSC 52 clipboard writes, screen clears, C1 and bidi controls, NUL,
a spreadsheet formula and Markdown and HTML that would act if not escaped."""
HOSTILE_LINES = "=1+1\n~~~\n---\n1) a list\n===\n# heading\n    code\n> quote\n\n- item"
"""Text whose lines would become a fence, rules, lists, headings and code at the start of a line."""
HOSTILE_QUOTE = "@SUM(1+1) quoted [bold]words[/bold] \x1b[31mhere\u202e"


def hostile_text(kind: str) -> str:
    return {"inline": HOSTILE, "lines": HOSTILE_LINES, "formula": "-2+3=cmd|' /C calc'!A0"}[kind]


TEXT_FIELDS = {
    "sources": ("title", "description", "publisher", "author", "date_reason"),
    "events": ("title", "summary", "note"),
    "facts": ("text", "note", "measure", "role", "person", "organisation", "speaker", "by", "required_by"),
    "conflicts": ("topic", "assessment"),
}


def hostile_record(kind: str) -> tuple[dict[str, Any], list[str]]:
    """Every text field of every item holds hostile text; every quote too (its source line holds it)."""
    text = hostile_text(kind)
    record = base_record()
    for section, names in TEXT_FIELDS.items():
        for item in record[section]:
            for name in names:
                if name in item or (section == "events" and name in ("summary", "note")):
                    item[name] = text
    for conflict in record["conflicts"]:
        for side in conflict["sides"]:
            side["statement"] = text
    lines = [*SOURCE_LINES, HOSTILE_QUOTE]
    extra = cite(len(lines), HOSTILE_QUOTE)
    for section in ("events", "facts"):
        for item in record[section]:
            item["citations"] = [*item["citations"], extra]
    return record, lines


# ---------------------------------------------------------------- checks of output

_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
FORMULA = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def inert_terminal(text: str) -> str | None:
    found = _TERMINAL_CONTROLS.search(text.replace("\n", "").replace("\r", ""))
    if found:
        return f"control character U+{ord(found[0]):04X} reaches the terminal"
    if "\x1b" in text or ("evil.example" in text and "\x1b]8" in text):
        return "an escape sequence reaches the terminal"
    return None


def valid_json(text: str, lines: bool = False) -> str | None:
    try:
        for chunk in text.splitlines() if lines else [text]:
            json.loads(chunk, parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name)))
    except ValueError as exc:
        return f"not valid JSON: {str(exc)[:120]}"
    found = _RAW_IN_JSON.search(text)
    if found:
        return f"U+{ord(found[0]):04X} raw in JSON, not escaped"
    return None


def safe_csv(text: str) -> str | None:
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            if cell.startswith(FORMULA) and not PLAIN_NUMBER.fullmatch(cell):
                return f"a cell starts a formula: {cell[:40]!r}"
    return None


MARKDOWN_ALLOWED = {
    "heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline", "text", "softbreak",
    "hardbreak", "table_open", "table_close", "thead_open", "thead_close", "tbody_open", "tbody_close",
    "tr_open", "tr_close", "th_open", "th_close", "td_open", "td_close", "bullet_list_open",
    "bullet_list_close", "list_item_open", "list_item_close", "strong_open", "strong_close", "em_open",
    "em_close", "code_inline", "html_inline", "footnote_ref",
}  # fmt: skip


def inert_markdown(text: str, produced_html: frozenset[str] = frozenset({"<br>"})) -> str | None:
    """Parsed as CommonMark with GFM tables and strikethrough: only the structure the tool makes."""
    try:
        from markdown_it import MarkdownIt
    except ImportError:  # pragma: no cover - rich depends on it
        return None
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    stack = list(parser.parse(text))
    while stack:
        token = stack.pop()
        stack.extend(token.children or [])
        if token.type not in MARKDOWN_ALLOWED:
            return f"data became Markdown {token.type}: {token.content[:60]!r}"
        if token.type == "html_inline" and token.content not in produced_html:
            return f"data became HTML: {token.content[:60]!r}"
        if token.type in ("em_open", "code_inline") and "em" in token.markup + token.content:
            return f"data became {token.type}"
    if "evil.example" in text and re.search(r"(?<!\\)https?://evil|(?<!\\)www\.evil", text):
        return "a GFM autolink from data"
    return None


def inert_markup_file(text: str, suffix: str) -> str | None:
    if suffix == ".svg":
        try:
            ET.fromstring(text)
        except ET.ParseError as exc:
            return f"SVG is not well-formed XML: {exc}"
    if re.search(r"<a\b|href=[\"']?(?:https?:|javascript:)|<script", text, re.I):
        return f"a live link or script in {suffix}"
    return None


# ---------------------------------------------------------------- cases: bad data


def _schema_required() -> dict[str, list[tuple[str, str]]]:
    """(section, field) for every required field of events, facts (each kind) and sources."""
    sys.path.insert(0, str(ROOT / "src"))
    from trafford_timeline.record import schema

    fact_models = [
        schema.RatingFact, schema.FindingFact, schema.RecommendationFact, schema.FigureFact,
        schema.RoleFact, schema.StatementFact, schema.CommitmentFact, schema.DetailFact,
    ]  # fmt: skip
    required: dict[str, list[tuple[str, str]]] = {
        "events": [("", name) for name, info in schema.Event.model_fields.items() if info.is_required()],
        "sources": [("", name) for name, info in schema.Source.model_fields.items() if info.is_required()],
        "facts": [],
    }
    for model in fact_models:
        kind = model.model_fields["kind"].annotation.__args__[0]  # type: ignore[union-attr]
        required["facts"] += [
            (kind, n) for n, i in model.model_fields.items() if i.is_required() and n != "kind"
        ]
    return required


def _missing_field_case(section: str, kind: str, name: str) -> Check:
    def run(work: Path) -> str | None:
        record = base_record()
        items = record[section]
        index = next(i for i, item in enumerate(items) if not kind or item.get("kind") == kind)
        del items[index][name]
        data = write_dataset(work / "data", record)
        where = f"{section}[{index}]" + (f" (id {items[index]['id']!r})" if "id" in items[index] else "")
        return refused(
            trafford("--data", str(data), "timeline", work=work), 1, f"{where}.{name}: Field required"
        )

    return run


for _section, _fields in _schema_required().items():
    for _kind, _name in _fields:
        case("data", f"{_section}{'/' + _kind if _kind else ''} without {_name}")(
            _missing_field_case(_section, _kind, _name)
        )


def _figure_value_case(literal: str) -> Check:
    def run(work: Path) -> str | None:
        text = json.dumps(base_record()).replace('"value": -2', f'"value": {literal}')
        data = write_dataset(work / "data", text)
        return refused(trafford("--data", str(data), "facts", "--json", work=work), 1, "finite number")

    return run


for _literal in ("NaN", "Infinity", "-Infinity", "1e400"):
    case("data", f"figure value {_literal}")(_figure_value_case(_literal))


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


@case("data", "events.json nested 100,000 deep")
def _deep_events(work: Path) -> str | None:
    data = write_dataset(work / "data", _deep(100_000))
    return refused(trafford("--data", str(data), "timeline", work=work), 1, "events.json", "not valid JSON")


@case("data", "glossary.json nested 100,000 deep")
def _deep_glossary(work: Path) -> str | None:
    data = write_dataset(work / "data")
    (data / "glossary.json").write_text(_deep(100_000))
    return refused(trafford("--data", str(data), "cite", "a claim", work=work), 1, "glossary.json")


@case("data", "glossary.json that is not the glossary's shape")
def _bad_glossary(work: Path) -> str | None:
    data = write_dataset(work / "data")
    (data / "glossary.json").write_text('{"about": 1}')
    return refused(trafford("--data", str(data), "cite", "a claim", work=work), 1, "glossary", "about")


_BAD_FILES: dict[str, bytes] = {
    "empty": b"",
    "not UTF-8": b'{"sources": [], "events": [], "facts": ["\xff"]}',
    "a byte-order mark": b"\xef\xbb\xbf" + json.dumps(base_record()).encode(),
    "truncated": json.dumps(base_record()).encode()[:-40],
    "a list, not an object": b"[]",
    "a number": b"1e400",
    "NUL bytes": b"\x00" * 1000,
    "duplicate keys": b'{"sources": [], "sources": [], "events": [], "facts": []}',
    "an unknown field": json.dumps(base_record() | {"extra": 1}).encode(),
}


def _bad_file_case(body: bytes) -> Check:
    def run(work: Path) -> str | None:
        data = write_dataset(work / "data", body)
        result = trafford("--data", str(data), "timeline", work=work)
        problem = sane(result)
        if problem is None and result.code == 0 and body != _BAD_FILES["duplicate keys"]:
            return "accepted"
        if problem is None and result.code not in (0, 1):
            return f"exit {result.code}"
        return problem

    return run


for _label, _body in _BAD_FILES.items():
    case("data", f"events.json: {_label}")(_bad_file_case(_body))


@case("data", "a wrong type and a bad date name their place")
def _wrong_types(work: Path) -> str | None:
    record = base_record()
    record["events"][1]["date"] = "2019-02-30"
    record["facts"][0]["year"] = "2019"
    data = write_dataset(work / "data", record)
    return refused(
        trafford("--data", str(data), "timeline", work=work), 1, "events[1] (id 'notice-2019').date",
        "facts[0] (id 'rating-2019').year",
    )  # fmt: skip


@case("data", "events.json over the size limit")
def _too_large(work: Path) -> str | None:
    record = base_record()
    record["events"][0]["summary"] = "x" * (2 * 1024 * 1024)
    data = write_dataset(work / "data", record)
    result = trafford("--data", str(data), "timeline", work=work, env={"TRAFFORD_MAX_EVENTS_MB": "1"})
    return refused(result, 1, "MB limit")


@case("data", "a size limit set absurdly high")
def _absurd_limit(work: Path) -> str | None:
    data = write_dataset(work / "data")
    result = trafford("--data", str(data), "timeline", work=work, env={"TRAFFORD_MAX_EVENTS_MB": "9" * 30})
    return sane(result) or (None if result.code == 0 else f"exit {result.code}: {result.said[:160]}")


@case("data", "a size limit that is not a number")
def _bad_limit(work: Path) -> str | None:
    data = write_dataset(work / "data")
    result = trafford("--data", str(data), "timeline", work=work, env={"TRAFFORD_MAX_EVENTS_MB": "-1"})
    return refused(result, 1, "TRAFFORD_MAX_EVENTS_MB")


def _huge_title_case(args: list[str]) -> Check:
    def run(work: Path) -> str | None:
        record = base_record()
        record["events"][0]["title"] = "word " * 4_000_000
        data = write_dataset(work / "data", record)
        result = trafford("--data", str(data), *args, work=work, timeout=30)
        problem = sane(result) or (None if result.code == 0 else f"exit {result.code}")
        if problem is None and "…".encode() not in result.out:
            return "the title was not cut with an ellipsis"
        if problem is None and len(result.out) > 100_000:
            return f"{len(result.out)} bytes on the terminal for one title"
        return problem

    return run


for _args in (["timeline"], ["timeline", "--chart"], ["show", "report-2019"]):
    case("data", f"a 20 MB title is cut in {' '.join(_args)} within 30 s")(_huge_title_case(_args))


@case("data", "a 2 MB title stays whole in JSON")
def _huge_title_json(work: Path) -> str | None:
    record = base_record()
    record["events"][0]["title"] = "word " * 400_000
    data = write_dataset(work / "data", record)
    result = trafford("--data", str(data), "timeline", "--json", work=work)
    problem = sane(result) or valid_json(result.out.decode())
    if problem is None and json.loads(result.out)[0]["title"] != record["events"][0]["title"]:
        return "the title was cut in JSON"
    return problem


# ---------------------------------------------------------------- cases: injection into every output

COMMANDS = {
    "timeline": ["timeline"],
    "facts": ["facts"],
    "sources": ["sources"],
    "ratings": ["ratings"],
    "compare": ["ratings", "--compare", "2015", "2019"],
    "conflicts": ["conflicts"],
    "verify": ["verify"],
    "chart": ["timeline", "--chart"],
}


def _injection_case(args: list[str], fmt: str, kind: str) -> Check:
    def run(work: Path) -> str | None:
        record, lines = hostile_record(kind)
        data = write_dataset(work / "data", record, lines)
        if fmt.startswith("."):
            target = work / f"out{fmt}"
            result = trafford("--data", str(data), *args, "--export", str(target), work=work)
            problem = sane(result) or inert_terminal(result.out.decode())
            if problem is None and result.code not in (0, 1):
                return f"exit {result.code}: {result.said[:160]}"
            return problem or inert_markup_file(target.read_text(encoding="utf-8"), fmt)
        result = trafford("--data", str(data), *args, "--format", fmt, work=work)
        problem = sane(result)
        if problem is None and result.code not in (0, 1):
            return f"exit {result.code}: {result.said[:160]}"
        text = result.out.decode("utf-8")
        checks = {"table": inert_terminal, "json": valid_json, "csv": safe_csv, "markdown": inert_markdown}
        return problem or checks[fmt](text) or (inert_terminal(text) if fmt != "json" else None)

    return run


for _kind in ("inline", "lines", "formula"):
    for _name, _args in COMMANDS.items():
        for _fmt in ("table", "json", "csv", "markdown", ".svg", ".html"):
            if _name == "chart" and _fmt in ("json", "csv", "markdown"):
                continue  # the chart is a picture; its data formats are timeline's
            case("injection", f"{_kind} text in every field: {_name} {_fmt}")(
                _injection_case(_args, _fmt, _kind)
            )


def _show_case(kind: str, item: str) -> Check:
    def run(work: Path) -> str | None:
        record, lines = hostile_record(kind)
        data = write_dataset(work / "data", record, lines)
        result = trafford("--data", str(data), "show", item, work=work)
        return sane(result) or inert_terminal(result.out.decode())

    return run


for _kind in ("inline", "lines"):
    for _item in ("report-2019", "figure-1", "role-1", "statement-1", "commitment-1"):
        case("injection", f"{_kind} text: show {_item}")(_show_case(_kind, _item))


def _export_case(fmt: str, kind: str) -> Check:
    def run(work: Path) -> str | None:
        record, lines = hostile_record(kind)
        data = write_dataset(work / "data", record, lines)
        result = trafford("--data", str(data), "export", "--format", fmt, work=work)
        problem = sane(result)
        if problem or result.code != 0:
            return problem or f"exit {result.code}: {result.said[:160]}"
        text = result.out.decode("utf-8")
        if fmt in ("json", "timelinejs"):
            return valid_json(text)
        if fmt == "csv":
            return safe_csv(text) or inert_terminal(text)
        if fmt == "markdown":
            return inert_markdown(text) or inert_terminal(text)
        return _valid_calendar(result.out)

    return run


def _valid_calendar(data: bytes) -> str | None:
    try:
        import icalendar
    except ImportError:  # pragma: no cover
        return None
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        return f"not a valid calendar: {exc}"
    for component in calendar.walk("VEVENT"):
        problem = inert_terminal(str(component.get("SUMMARY", "")))
        if problem:
            return problem
    return None


for _kind in ("inline", "lines", "formula"):
    for _fmt in ("timelinejs", "ics", "json", "csv", "markdown"):
        case("injection", f"{_kind} text: export --format {_fmt}")(_export_case(_fmt, _kind))


def _claim_case(claim: str, as_json: bool) -> Check:
    def run(work: Path) -> str | None:
        data = write_dataset(work / "data")
        result = trafford("--data", str(data), "cite", claim, *(["--json"] if as_json else []), work=work)
        problem = sane(result)
        if problem is None and result.code not in (0, 1):
            return f"exit {result.code}: {result.said[:160]}"
        text = result.out.decode("utf-8")
        return problem or (valid_json(text) if as_json else inert_terminal(text))

    return run


for _json in (False, True):
    claim = HOSTILE.replace("\x00", "")  # an argument cannot hold NUL
    case("injection", f"hostile claim: cite{' --json' if _json else ''}")(_claim_case(claim, _json))


NATIONAL_HEADER = (
    "urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,"
    "inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,"
    "help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version"
)


def _national_file(work: Path) -> Path:
    """A national history whose council name, file name and inspector hold hostile text."""
    name = "trafford " + HOSTILE.replace("\x00", "")
    rows = [
        [ "80573", name, "https://files.ofsted.gov.uk/v1/file/1", HOSTILE, "12/05/15", "", HOSTILE, "", "",
          "", "data_unreadable", "data_unreadable", "data_unreadable", "data_unreadable", "1"],
        ["80573", name, "https://files.ofsted.gov.uk/v1/file/2", HOSTILE, "08/05/19", "short", HOSTILE,
         "04/03/2019", "08/03/2019", "inadequate", "inadequate", "inadequate", "good", "good", "1"],
        ["80564", "stoke-on-trent", "https://files.ofsted.gov.uk/v1/file/3", "x.pdf", "07/12/18", "standard",
         "", "22/10/2018", "02/11/2018", "inadequate", "inadequate", "inadequate", "good", "good", "1"],
    ]  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(NATIONAL_HEADER.split(","))
    writer.writerows(rows)
    path = work / "history.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _national_case(args: list[str], fmt: str) -> Check:
    def run(work: Path) -> str | None:
        national = _national_file(work)
        extra = ["--export", str(work / f"out{fmt}")] if fmt.startswith(".") else ["--format", fmt]
        if fmt in ("table", "json"):
            extra = ["--json"] if fmt == "json" else []
        result = trafford("--national", str(national), *args, *extra, work=work)
        problem = sane(result)
        if problem is None and result.code not in (0, 1):
            return f"exit {result.code}: {result.said[:160]}"
        text = result.out.decode("utf-8")
        if problem or fmt == "json":
            return problem or valid_json(text)
        problem = inert_terminal(text) or inert_terminal(result.stderr)
        if problem is None and fmt.startswith("."):
            return inert_markup_file((work / f"out{fmt}").read_text(encoding="utf-8"), fmt)
        checks = {"csv": safe_csv, "markdown": inert_markdown}
        return problem or (checks[fmt](text) if fmt in checks else None)

    return run


for _args in (["national"], ["national", "--council", "trafford"], ["ratings", "--council", "trafford"]):
    for _fmt in ("table", "json", "csv", "markdown", ".svg", ".html"):
        case("injection", f"hostile national file: {' '.join(_args)} {_fmt}")(_national_case(_args, _fmt))
for _fmt in ("table", "json"):
    case("injection", f"hostile national file: context --council trafford {_fmt}")(
        _national_case(["context", "--council", "trafford"], _fmt)
    )


@case("injection", "a typed value with markup in a usage error is shown as written")
def _typed_markup(work: Path) -> str | None:
    data = write_dataset(work / "data")
    result = trafford("--data", str(data), "timeline", "--from", HOSTILE.replace("\x00", ""), work=work,
                      env={"FORCE_COLOR": "1"})  # fmt: skip
    problem = refused(result, 2, "[/bold]")
    return problem or inert_terminal(re.sub(r"\x1b\[[0-9;]*m", "", result.stderr))


@case("injection", "cite --batch --json escapes C1 and bidi as cite --json does")
def _batch_json_escapes(work: Path) -> str | None:
    data = write_dataset(work / "data")
    claims = f"{HOSTILE}\nThe council was rated \x85inadequate\u202e in 2019\n".encode()
    result = trafford("--data", str(data), "cite", "--batch", "-", "--json", stdin=claims, work=work)
    return sane(result) or valid_json(result.out.decode(), lines=True)


# ---------------------------------------------------------------- cases: paths and files


def _fifo_events(work: Path) -> Path:
    data = write_dataset(work / "data")
    (data / "events.json").unlink()
    os.mkfifo(data / "events.json")
    return data


def _symlink_events(target: str) -> Callable[[Path], Path]:
    def build(work: Path) -> Path:
        data = write_dataset(work / "data")
        (data / "events.json").unlink()
        (data / "events.json").symlink_to(target)
        return data

    return build


def _source_replaced(how: str) -> Callable[[Path], Path]:
    def build(work: Path) -> Path:
        data = write_dataset(work / "data")
        path = data / "sources" / SOURCE
        path.unlink()
        if how == "fifo":
            os.mkfifo(path)
        elif how == "device":
            os.mknod(path, 0o644 | stat.S_IFCHR, os.makedev(1, 5))  # what /dev/zero is
        else:
            path.symlink_to(how)
        return data

    return build


def _path_case(build: Callable[[Path], Path], args: list[str], code: int, *words: str) -> Check:
    def run(work: Path) -> str | None:
        try:
            data = build(work)
        except PermissionError:
            return None  # making a device node needs root; nothing to test without one
        return refused(trafford("--data", str(data), *args, work=work, timeout=15), code, *words)

    return run


VERIFY = ["verify", "--json"]
"""Its problems are its output: the words are looked for on stdout too."""
_PATH_CASES: list[tuple[str, Callable[[Path], Path], list[str], int, tuple[str, ...], bool]] = [
    ("events.json is a FIFO", _fifo_events, ["timeline"], 1, ("named pipe",), False),
    ("events.json is a FIFO: verify", _fifo_events, ["verify"], 1, ("named pipe",), False),
    ("events.json is /dev/zero", _symlink_events("/dev/zero"), ["timeline"], 1, ("character device",), False),
    ("events.json is /dev/null", _symlink_events("/dev/null"), ["timeline"], 1, ("character device",), False),
    ("events.json is a folder", _symlink_events("/tmp"), ["timeline"], 1, ("folder",), False),
    ("events.json links nowhere", _symlink_events("/nonexistent/x"), ["timeline"], 1, ("not found",), False),
    ("a source is a FIFO", _source_replaced("fifo"), VERIFY, 1, ("named pipe", "unreadable-source"), False),
    ("a source is a device", _source_replaced("device"), VERIFY, 1, ("character device",), False),
    ("a source links to /dev/zero", _source_replaced("/dev/zero"), VERIFY, 1, ("unreadable-source",), False),
    ("a source links outside", _source_replaced("/etc/hostname"), VERIFY, 1, ("unreadable-source",), False),
]  # fmt: skip

for _label, _build, _args, _code, _words, _quick in _PATH_CASES:
    case("paths", _label, quick=_quick)(_path_case(_build, _args, _code, *_words))


@case("paths", "glossary.json is a FIFO")
def _fifo_glossary(work: Path) -> str | None:
    data = write_dataset(work / "data")
    os.mkfifo(data / "glossary.json")
    return refused(trafford("--data", str(data), "cite", "a claim", work=work, timeout=15), 1, "named pipe")


@case("paths", "--data is a file")
def _data_is_a_file(work: Path) -> str | None:
    (work / "file").write_text("x")
    result = trafford("--data", str(work / "file"), "timeline", work=work)
    return refused(result, 2, "--data")


@case("paths", "--data does not exist")
def _data_missing(work: Path) -> str | None:
    return refused(trafford("--data", str(work / "none"), "timeline", work=work), 1, "not found")


@case("paths", "--batch is /dev/null (no claims)")
def _batch_dev_null(work: Path) -> str | None:
    data = write_dataset(work / "data")
    return refused(trafford("--data", str(data), "cite", "--batch", "/dev/null", work=work), 2, "no claims")


@case("paths", "--batch is /dev/zero (reads without end)")
def _batch_dev_zero(work: Path) -> str | None:
    data = write_dataset(work / "data")
    return refused(
        trafford("--data", str(data), "cite", "--batch", "/dev/zero", work=work), 2, "MB of claims"
    )


@case("paths", "--batch is a folder")
def _batch_folder(work: Path) -> str | None:
    data = write_dataset(work / "data")
    return refused(trafford("--data", str(data), "cite", "--batch", str(work), work=work), 2, "--batch")


@case("data", "a batch line of JSON nested 100,000 deep")
def _batch_deep_json(work: Path) -> str | None:
    data = write_dataset(work / "data")
    claims = ('{"claim":' * 100_000 + "\nThe council was rated inadequate in 2019\n").encode()
    result = trafford("--data", str(data), "cite", "--batch", "-", "--json", stdin=claims, work=work)
    return sane(result) or valid_json(result.out.decode(), lines=True)


# ---------------------------------------------------------------- cases: where output is written


def _export_to(work: Path, target: str, *extra: str) -> Outcome:
    data = write_dataset(work / "data")
    return trafford("--data", str(data), "export", "--format", "csv", "-o", target, *extra, work=work)


def _null_device(work: Path) -> Path:
    """A device like /dev/null to write to. As root, a private node of its own: a version of the
    tool that still replaced devices would otherwise replace the system's /dev/null."""
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return Path("/dev/null")  # only root could replace it
    node = work / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return node


@case("destination", "-o /dev/null --force is refused")
def _dev_null(work: Path) -> str | None:
    target = _null_device(work)
    problem = refused(_export_to(work, str(target), "--force"), 2, "not a regular file")
    if not stat.S_ISCHR(os.stat(target).st_mode):
        return f"{target} was replaced by a file"
    return problem


@case("destination", "-o FIFO --force is refused")
def _fifo_output(work: Path) -> str | None:
    os.mkfifo(work / "pipe")
    problem = refused(_export_to(work, str(work / "pipe"), "--force"), 2, "not a regular file")
    return problem or (None if stat.S_ISFIFO(os.stat(work / "pipe").st_mode) else "the FIFO was replaced")


@case("destination", "--force keeps a 0600 file private")
def _keeps_mode(work: Path) -> str | None:
    target = work / "private.csv"
    target.write_text("old")
    target.chmod(0o600)
    result = _export_to(work, str(target), "--force")
    mode = stat.S_IMODE(target.stat().st_mode)
    return sane(result) or (None if mode == 0o600 and target.read_text() != "old" else f"mode {mode:o}")


@case("destination", "an existing file needs --force")
def _needs_force(work: Path) -> str | None:
    (work / "old.csv").write_text("old")
    problem = refused(_export_to(work, str(work / "old.csv")), 2, "--force")
    return problem or (None if (work / "old.csv").read_text() == "old" else "the file was replaced")


@case("destination", "-o into the dataset folder is refused")
def _into_dataset(work: Path) -> str | None:
    return refused(_export_to(work, str(work / "data" / "x.csv")), 2, "dataset folder")


@case("destination", "--export to a folder that does not exist")
def _missing_folder(work: Path) -> str | None:
    data = write_dataset(work / "data")
    result = trafford("--data", str(data), "timeline", "--export", str(work / "no" / "x.svg"), work=work)
    return refused(result, 2, "does not exist")


@case("destination", "--export /dev/null.svg-like device path is refused")
def _export_device(work: Path) -> str | None:
    (work / "dev.svg").symlink_to(_null_device(work))
    data = write_dataset(work / "data")
    result = trafford(
        "--data", str(data), "timeline", "--export", str(work / "dev.svg"), "--force", work=work
    )
    return refused(result, 2, "not a regular file")


# ---------------------------------------------------------------- cases: streams and signals

_STREAM_COMMANDS = {
    "timeline": ["timeline"],
    "timeline --json": ["timeline", "--json"],
    "facts --format csv": ["facts", "--format", "csv"],
    "verify": ["verify"],
    "export --format markdown": ["export", "--format", "markdown"],
    "cite --json": ["cite", "The council was rated inadequate in 2019", "--json"],
    "show": ["show", "report-2019"],
}


def _stream_case(args: list[str], stdout: str) -> Check:
    def run(work: Path) -> str | None:
        data = write_dataset(work / "data")
        result = trafford("--data", str(data), *args, stdout=stdout, work=work)
        words = ("No space left",) if stdout == "full" else ("closed",)
        return refused(result, 1, "cannot write the output", *words)

    return run


for _label, _args in _STREAM_COMMANDS.items():
    for _stdout in ("full", "closed"):
        case("streams", f"stdout {_stdout}: {_label}")(_stream_case(_args, _stdout))


@case("streams", "stdin closed: cite --batch -")
def _stdin_closed(work: Path) -> str | None:
    data = write_dataset(work / "data")
    result = trafford("--data", str(data), "cite", "--batch", "-", stdin=None, work=work)
    return refused(result, 2, "standard input is closed")


@case("streams", "invalid UTF-8 on stdin: cite --batch - --json")
def _stdin_not_utf8(work: Path) -> str | None:
    data = write_dataset(work / "data")
    result = trafford(
        "--data", str(data), "cite", "--batch", "-", "--json", stdin=b"rated \xff bad\n", work=work
    )
    return refused(result, 2, "utf-8")


@case("streams", "an empty batch is not success")
def _empty_batch(work: Path) -> str | None:
    data = write_dataset(work / "data")
    result = trafford("--data", str(data), "cite", "--batch", "-", stdin=b"\n  \n", work=work)
    return refused(result, 2, "no claims")


@case("streams", "an argument that is not UTF-8 is escaped in JSON")
def _argument_not_utf8(work: Path) -> str | None:
    data = write_dataset(work / "data")
    claim = os.fsdecode(b"rated \xff inadequate")
    result = trafford("--data", str(data), "cite", claim, "--json", work=work)
    return sane(result) or valid_json(result.out.decode())


@case("signals", "a reader that closes the pipe early ends quietly")
def _closed_pipe(work: Path) -> str | None:
    data = write_dataset(work / "data")
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [PYTHON, "-m", "trafford_timeline", "--data", str(data), "facts"],
            stdout=write_end, stderr=subprocess.PIPE, timeout=DEFAULT_TIMEOUT, check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "TRAFFORD_CACHE_DIR": str(work / "cache")},
        )  # fmt: skip
    finally:
        os.close(write_end)
    if result.stderr:
        return "stderr: " + result.stderr.decode()[-160:]
    return None if result.returncode == -signal.SIGPIPE else f"exit {result.returncode}"


@case("signals", "Ctrl-C while reading a batch exits 130 quietly")
def _ctrl_c(work: Path) -> str | None:
    data = write_dataset(work / "data")
    read_end, write_end = os.pipe()
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "TRAFFORD_CACHE_DIR": str(work / "cache")}
    with subprocess.Popen(
        [PYTHON, "-m", "trafford_timeline", "--data", str(data), "cite", "--batch", "-"],
        stdin=read_end, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment,
    ) as process:  # fmt: skip
        os.close(read_end)
        time.sleep(1.5)  # start-up done, or nearly: either way Ctrl-C must give 130
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=DEFAULT_TIMEOUT)
    os.close(write_end)
    if process.returncode != 130 or out or err:
        return f"exit {process.returncode}, stderr {err.decode()[-160:]!r}"
    return None


# ---------------------------------------------------------------- cases: the cache


_ANSWERING = (["timeline", "--json"], ["timeline", "--from", "2019-05", "--to", "2019-05", "--json"],
              ["cite", "The council was rated inadequate in 2019", "--json"])  # fmt: skip
"""The commands whose answers a damaged cache must not change."""


def _outputs(work: Path, data: Path, env: dict[str, str] | None = None) -> list[Outcome]:
    return [trafford("--data", str(data), *args, work=work, env=env) for args in _ANSWERING]


def _status(result: Outcome) -> str:
    return "did not finish" if result.code is None else f"exit {result.code}"


def _changed(now: list[Outcome], truth: list[Outcome]) -> str | None:
    """None if every command answered as it did without the cache; else which one changed, and how."""
    for args, answer, expected in zip(_ANSWERING, now, truth, strict=True):
        if (answer.code, answer.out) != (expected.code, expected.out):
            return (
                f"an answer changed: `{' '.join(args)}` gave {_status(answer)} and {len(answer.out)} bytes,"
                f" without the cache {_status(expected)} and {len(expected.out)} bytes;"
                f" stderr {answer.stderr[-160:]!r}"
            )
    return None


@case("cache", "random byte flips in cache files: the answers do not change")
def _flipped_bytes(work: Path) -> str | None:
    data = write_dataset(work / "data")
    truth = _outputs(work, data, {"TRAFFORD_NO_CACHE": "1"})
    _outputs(work, data)
    chooser = random.Random(17)
    for path in sorted([*(work / "cache").glob("*.sqlite"), *(work / "cache").glob("*.claims-read.db")]):
        body = bytearray(path.read_bytes())
        for _ in range(20):
            body[chooser.randrange(len(body))] ^= 1 << chooser.randrange(8)
        path.write_bytes(bytes(body))
    return _changed(_outputs(work, data), truth)


@case("cache", "a truncated cache file is rebuilt")
def _truncated(work: Path) -> str | None:
    data = write_dataset(work / "data")
    truth = _outputs(work, data, {"TRAFFORD_NO_CACHE": "1"})
    _outputs(work, data)
    for path in [*(work / "cache").glob("*.sqlite"), *(work / "cache").glob("*.claims-read.db")]:
        with path.open("r+b") as file:
            file.truncate(path.stat().st_size // 2)
    return _changed(_outputs(work, data), truth)


@case("cache", "an edit of the same size and time is seen")
def _same_size_edit(work: Path) -> str | None:
    data = write_dataset(work / "data")
    _outputs(work, data)
    path = data / "events.json"
    info = path.stat()
    path.write_text(path.read_text().replace("Report published", "Report PUBLISHED"))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    out = trafford("--data", str(data), "timeline", "--json", work=work).out
    return None if b"Report PUBLISHED" in out else "a stale answer from the cache"


def _cache_file_replaced(how: str) -> Check:
    """Every cache file replaced by something that is not a regular file: never opened, no hang,
    the same answers (rebuilt, or read without the cache)."""

    def run(work: Path) -> str | None:
        data = write_dataset(work / "data")
        truth = _outputs(work, data, {"TRAFFORD_NO_CACHE": "1"})
        _outputs(work, data)
        for path in (work / "cache").glob("*.sqlite"):
            path.unlink()
            if how == "FIFO":
                os.mkfifo(path)
            elif how == "folder":
                path.mkdir()
            else:
                path.symlink_to("/dev/zero")
        result = trafford("--data", str(data), "timeline", work=work, timeout=15)
        problem = sane(result) or (None if result.code == 0 else f"exit {result.code}")
        return problem or _changed(_outputs(work, data), truth)

    return run


for _how in ("FIFO", "folder", "symlink to /dev/zero"):
    case("cache", f"a cache file replaced by a {_how} is never opened")(_cache_file_replaced(_how))


@case("cache", "a cache folder inside the dataset is refused")
def _cache_in_dataset(work: Path) -> str | None:
    data = write_dataset(work / "data")
    trafford("--data", str(data), "timeline", work=work, env={"TRAFFORD_CACHE_DIR": str(data / ".cache")})
    return "the cache was written into the dataset" if (data / ".cache").exists() else None


@case("cache", "TRAFFORD_CACHE_DIR=.cache run inside the dataset writes nothing there")
def _relative_cache_in_dataset(work: Path) -> str | None:
    data = write_dataset(work / "data")
    before = sorted(p.relative_to(data) for p in data.rglob("*"))
    environment = {**os.environ, "TRAFFORD_CACHE_DIR": ".cache", "PYTHONPATH": str(ROOT / "src")}
    environment.pop("TRAFFORD_DATA", None)
    result = subprocess.run(
        [PYTHON, "-m", "trafford_timeline", "--data", ".", "timeline", "--json"],
        cwd=data, env=environment, capture_output=True, timeout=DEFAULT_TIMEOUT, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        return f"exit {result.returncode}: {result.stderr.decode()[-160:]}"
    after = sorted(p.relative_to(data) for p in data.rglob("*"))
    return None if after == before else f"wrote into the dataset: {sorted(set(after) - set(before))}"


def _cache_edit_case(sql: str) -> Check:
    """An edit a flipped bit or a lost page could make, SQLite's own checks notwithstanding."""

    def run(work: Path) -> str | None:
        data = write_dataset(work / "data")
        truth = _outputs(work, data, {"TRAFFORD_NO_CACHE": "1"})
        facts = trafford(
            "--data", str(data), "facts", "--json", work=work, env={"TRAFFORD_NO_CACHE": "1"}
        ).out
        _outputs(work, data)
        for path in (work / "cache").glob("*.record.sqlite"):
            import sqlite3

            with contextlib.closing(sqlite3.connect(path)) as connection:
                connection.execute(sql)
                connection.commit()
        if trafford("--data", str(data), "facts", "--json", work=work).out != facts:
            return "facts changed"
        return _changed(_outputs(work, data), truth)

    return run


for _what, _sql in {
    "a date flipped by one bit": "UPDATE events SET first = (first | 1024) - (first & 1024) WHERE n = 0",
    "a last day flipped by one bit": "UPDATE events SET last = (last | 8) - (last & 8) WHERE n = 1",
    "an event moved out of every window": "UPDATE events SET first = first + 4000, last = last + 4000",
    "a long event marked short": "UPDATE events SET long = 1 - long",
    "a deleted event": "DELETE FROM events WHERE n = 0",
    "a deleted fact": "DELETE FROM facts WHERE n = 2",
}.items():
    case("cache", f"{_what} in the cache is seen and rebuilt")(_cache_edit_case(_sql))


@case("cache", "eviction leaves other processes' builds alone")
def _foreign_builds(work: Path) -> str | None:
    cache = work / "cache"
    cache.mkdir(mode=0o700)
    builds = [cache / f".build-{n:02d}foreign.sqlite" for n in range(12)]
    for path in builds:
        path.write_bytes(b"another process is writing this")
    data = write_dataset(work / "data")
    _outputs(work, data)
    gone = [path.name for path in builds if not path.exists()]
    return f"removed {len(gone)} builds of other processes" if gone else None


@case("cache", "8 processes build at once: the same answers, no finished file or temporary file lost")
def _concurrent_builds(work: Path) -> str | None:
    datasets = [write_dataset(work / f"data{n}") for n in range(8)]
    for n, data in enumerate(datasets):  # eight different keys: eviction has work to do
        path = data / "events.json"
        path.write_text(path.read_text().replace("Report published", f"Report {n} published"))
    truth = [_outputs(work, data, {"TRAFFORD_NO_CACHE": "1"}) for data in datasets]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda data: _outputs(work, data), datasets))
    for now, expected in zip(answers, truth, strict=True):
        if problem := _changed(now, expected):
            return problem
    left = [p.name for p in (work / "cache").glob(".build-*")]
    return f"temporary files left: {left}" if left else None


def _large_record(events: int) -> dict[str, Any]:
    record = base_record()
    template = record["events"][0]
    record["events"] += [template | {"id": f"event-{n}", "date": f"{2000 + n % 20}-0{1 + n % 9}-1{n % 9}"}
                         for n in range(events)]  # fmt: skip
    return record


@case("cache", "SIGTERM during a cache build removes its temporary file")
def _sigterm_build(work: Path) -> str | None:
    """`timeout` and service managers stop a command with SIGTERM: sent the moment a build's
    temporary file appears, it must end the command (status 143) and leave no temporary file."""
    data = write_dataset(work / "data", _large_record(10_000))
    cache = work / "cache"
    caught = 0
    for attempt in range(3):
        environment = {**os.environ, "TRAFFORD_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT / "src")}
        with subprocess.Popen(
            [PYTHON, "-m", "trafford_timeline", "--data", str(data), "timeline", "--json"],
            cwd=work, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        ) as process:  # fmt: skip
            deadline = time.monotonic() + DEFAULT_TIMEOUT
            while process.poll() is None and time.monotonic() < deadline:
                if any(cache.glob(".build-*")):
                    process.send_signal(signal.SIGTERM)
                    caught += 1
                    break
                time.sleep(0.001)
            try:
                _, err = process.communicate(timeout=DEFAULT_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                return "did not end after SIGTERM"
        if b"Traceback" in err:
            return "traceback: " + err.decode().strip().splitlines()[-1][:160]
        left = [p.name for p in cache.glob(".build-*")]
        if left:
            return f"attempt {attempt}: temporary file left: {left}"
        if process.returncode not in (-signal.SIGTERM, 128 + signal.SIGTERM, 0):
            return f"attempt {attempt}: exit {process.returncode}"
        for path in cache.glob("*.sqlite"):
            path.unlink()  # so the next attempt builds again
    return None if caught else "no build was ever caught running"


# ---------------------------------------------------------------- running the matrix


@dataclass
class Tally:
    passed: int = 0
    failed: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    unexpected_pass: list[str] = field(default_factory=list)


@contextlib.contextmanager
def _folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="trafford-hostile-") as name:
        yield Path(name)


def run_case(item: Case) -> tuple[Case, str | None]:
    with _folder() as work:
        try:
            return item, item.run(work)
        except Exception as exc:  # a broken case is a failure to report, not a crash of the matrix
            return item, f"the case itself failed: {type(exc).__name__}: {exc}"


def run_matrix(cases: list[Case], jobs: int) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for item, problem in pool.map(run_case, cases):
            tally = tallies.setdefault(item.category, Tally())
            label = f"{item.name}: {problem}" if problem else item.name
            if item.expected_failure and problem:
                tally.expected.append(f"{label} [{item.expected_failure}]")
            elif item.expected_failure:
                tally.unexpected_pass.append(label)
            elif problem:
                tally.failed.append(label)
            else:
                tally.passed += 1
    return tallies


def report(tallies: dict[str, Tally], verbose: bool) -> str:
    lines = [f"{'category':<12} {'cases':>5} {'pass':>5} {'fail':>5} {'expected':>8}"]
    for name, t in tallies.items():
        total = t.passed + len(t.failed) + len(t.expected) + len(t.unexpected_pass)
        lines.append(f"{name:<12} {total:>5} {t.passed:>5} {len(t.failed):>5} {len(t.expected):>8}")
    totals = Counter[str]()
    for t in tallies.values():
        totals.update(
            pass_=t.passed, fail=len(t.failed), expected=len(t.expected), xpass=len(t.unexpected_pass)
        )
    everything = sum(totals.values())
    lines.append(
        f"{'all':<12} {everything:>5} {totals['pass_']:>5} {totals['fail']:>5} {totals['expected']:>8}"
    )
    for name, t in tallies.items():
        lines += [f"FAIL {name}: {x}" for x in t.failed]
        lines += [f"PASSED, BUT MARKED AS EXPECTED TO FAIL {name}: {x}" for x in t.unexpected_pass]
        if verbose:
            lines += [f"expected {name}: {x}" for x in t.expected]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the cases marked quick")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--only", metavar="TEXT", help="only cases whose category or name contains TEXT")
    parser.add_argument("--jobs", type=int, default=min(8, os.cpu_count() or 2))
    parser.add_argument("--verbose", action="store_true", help="also list the expected failures")
    options = parser.parse_args()
    cases = [c for c in CASES if c.quick or not options.quick]
    if options.only:
        cases = [c for c in cases if options.only in f"{c.category} {c.name}"]
    if options.list:
        print("\n".join(f"{c.category:<12} {'quick ' if c.quick else ''}{c.name}" for c in cases))
        return 0
    started = time.monotonic()
    tallies = run_matrix(cases, options.jobs)
    print(report(tallies, options.verbose))
    print(f"{len(cases)} cases in {time.monotonic() - started:.0f} s")
    bad = any(t.failed or t.unexpected_pass for t in tallies.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
