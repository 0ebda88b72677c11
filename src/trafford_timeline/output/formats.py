"""Plain-text forms of the record: JSON, CSV and Markdown, with nothing in them a terminal would obey.

CSV rows are the JSON records flattened one way for every command: a nested object's fields become
columns named with dots (`date_basis.reason`, `grades.2015.grade`), and every list named `…citations`
becomes two columns, the places as `source:line` joined by `; ` and the quotes, one per line, in the
same order, under the same name with `quotes` for `citations` (`citations` and `quotes`).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import types
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Union, get_args, get_origin, get_type_hints

_BIDI = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""Bidirectional controls: an override such as U+202E makes a terminal show text reversed."""
_CONTROL = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_RAW_IN_JSON = re.compile(rf"[\x7f-\x9f{_BIDI}\ud800-\udfff]")
"""What `json.dumps(ensure_ascii=False)` leaves raw but a terminal would obey, and the lone
surrogates that stand for bytes of an argument that was not UTF-8, which no UTF-8 file may hold."""

CITATION_SEPARATOR = "; "
QUOTE_SEPARATOR = "\n"


def clean(text: str) -> str:
    """Data text without escape codes, control characters or bidi controls (tabs and newlines stay)."""
    return _CONTROL.sub("", text)


def _escaped_json(text: str) -> str:
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def json_text(data: Any) -> str:
    """Indented JSON with non-ASCII kept readable and every control character escaped."""
    return _escaped_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def json_line(data: Any) -> str:
    """One line of JSON Lines, escaped as `json_text` is: C1 and bidi controls never go out raw."""
    return _escaped_json(json.dumps(data, ensure_ascii=False)) + "\n"


def quotes_column(name: str) -> str:
    """`citations` -> `quotes`, `grades.2015.citations` -> `grades.2015.quotes`."""
    return name.removesuffix("citations") + "quotes"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping | list):
        return json.dumps(value, ensure_ascii=False)
    return clean(str(value))


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """One JSON record as one CSV row: nested objects by dotted names, citations as two columns."""
    flat: dict[str, str] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat |= flatten(value, name + ".")
        elif name.endswith("citations") and isinstance(value, list):
            flat[name] = CITATION_SEPARATOR.join(f"{c['source']}:{c['line']}" for c in value)
            flat[quotes_column(name)] = QUOTE_SEPARATOR.join(clean(c["quote"]) for c in value)
        elif isinstance(value, list) and all(not isinstance(v, Mapping | list) for v in value):
            flat[name] = CITATION_SEPARATOR.join(_cell(v) for v in value)
        else:
            flat[name] = _cell(value)
    return flat


def _nested_record(annotation: Any) -> type | None:
    """The record class a field holds, directly or as `Class | None`."""
    if dataclasses.is_dataclass(annotation) and isinstance(annotation, type):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType):
        for arg in get_args(annotation):
            found = _nested_record(arg)
            if found is not None:
                return found
    return None


def model_columns(*models: type, first: Sequence[str] = ("id", "kind")) -> list[str]:
    """The CSV header for records of these classes, the same whatever the rows hold."""
    names: list[str] = []
    for model in models:
        hints = get_type_hints(model)
        for field in dataclasses.fields(model):
            nested = _nested_record(hints[field.name])
            if field.name.endswith("citations"):
                names += [field.name, quotes_column(field.name)]
            elif nested is not None:
                names += [f"{field.name}.{sub}" for sub in model_columns(nested, first=())]
            else:
                names.append(field.name)
    ordered = [name for name in first if name in names]
    return list(dict.fromkeys([*ordered, *names]))


def columns_of(rows: Iterable[Mapping[str, str]]) -> list[str]:
    """Every column the rows have, in first-seen order; a null object gives way to its fields."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return [name for name in seen if not any(other.startswith(name + ".") for other in seen)]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""What makes a spreadsheet read a cell as a formula (OWASP's list, and its full-width twins, which
some locales' spreadsheets also accept)."""
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(cell: str) -> str:
    """`cell` as a spreadsheet shows it and never runs it: `=1+1` becomes `'=1+1`; `-2` stays `-2`.

    OWASP's advice for CSV injection: a cell that starts like a formula gets a leading `'`, which
    Excel, LibreOffice and Google Sheets read as "this is text" and do not display.
    """
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def csv_text(
    records: Sequence[Mapping[str, Any]], columns: Sequence[str] = (), *, drop_empty: bool = False
) -> str:
    """A header row, then one row per record (RFC 4180: CRLF line ends, quoted where needed).

    No cell from data can start a formula in a spreadsheet (see `spreadsheet_safe`). With
    `drop_empty`, a column no row fills is left out: a spreadsheet for people, not a stable header.
    """
    rows = [{name: spreadsheet_safe(cell) for name, cell in flatten(record).items()} for record in records]
    header = list(columns) or columns_of(rows)
    if drop_empty and rows:
        header = [name for name in header if any(row.get(name) for row in rows)]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, restval="", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


_MARKDOWN_SPECIAL = re.compile(
    r"[\\`*\[\]<>|~&]"  # code, emphasis, strikethrough, links, HTML, table pipes, entities
    r"|(?<![^\W_])_|_(?![^\W_])"  # `_` that could open or close emphasis (not inside a word)
    r"|(?<=[A-Za-z])(?=://)|(?<=\bwww)(?=\.)"  # GFM autolinks: `https://…`, `www.…`
)
"""What CommonMark and GFM obey anywhere in a line; a backslash before it makes it literal."""
_MARKDOWN_LINE_START = re.compile(r"^[ \t]*(?:([-+=#>])|(\d{1,9})([.)]))", re.M)
"""What they obey at the start of a line: list items (`-`, `+`, `1.`, `1)`), headings (`#`, and
`---` or `===` under a line), block quotes and rules. Leading blanks go: four make a code block."""
_LINE_BREAKS = re.compile(r"[ \t]*\n\s*")


def _escaped_line_start(match: re.Match[str]) -> str:
    if match[1]:
        return "\\" + match[1]
    return f"{match[2]}\\{match[3]}"


def markdown_text(text: str) -> str:
    """Data text shown as written in Markdown: no emphasis, links, HTML, fences, headings, lists or
    table breaks from it, wherever it stands. A blank line (which would end the block) is one break."""
    lines = _LINE_BREAKS.sub("\n", clean(text)).lstrip(" \t")
    escaped = _MARKDOWN_SPECIAL.sub(lambda m: "\\" + m[0], lines)
    return _MARKDOWN_LINE_START.sub(_escaped_line_start, escaped)


def markdown_cell(text: str) -> str:
    return "<br>".join(markdown_text(line) for line in text.split("\n"))


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]], *, escape: bool = True) -> str:
    """A GitHub-flavoured Markdown table; line breaks inside a cell become `<br>`.

    With `escape=False` the cells are Markdown already (escaped text with footnote marks, say).
    """
    cell = markdown_cell if escape else (lambda text: text.replace("\n", "<br>"))
    lines = [
        "| " + " | ".join(cell(h) for h in header) + " |",
        "| " + " | ".join("---" for _ in header) + " |",
    ]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
