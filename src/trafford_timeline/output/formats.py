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
_RAW_IN_JSON = re.compile(rf"[\x7f-\x9f{_BIDI}]")
"""What `json.dumps(ensure_ascii=False)` leaves raw but a terminal would obey."""

CITATION_SEPARATOR = "; "
QUOTE_SEPARATOR = "\n"


def clean(text: str) -> str:
    """Data text without escape codes, control characters or bidi controls (tabs and newlines stay)."""
    return _CONTROL.sub("", text)


def json_text(data: Any) -> str:
    """Indented JSON with non-ASCII kept readable and every control character escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text) + "\n"


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


def csv_text(records: Sequence[Mapping[str, Any]], columns: Sequence[str] = ()) -> str:
    """A header row, then one row per record (RFC 4180: CRLF line ends, quoted where needed)."""
    rows = [flatten(record) for record in records]
    header = list(columns) or columns_of(rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, restval="", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


_MARKDOWN_SPECIAL = re.compile(r"[\\`*\[\]<>|]|(?<!\w)_|_(?!\w)|^#|^[-+](?= )|^(\d+)\.(?= )", re.M)
"""Emphasis, code, links, HTML, table pipes, and a heading or a list item at the start of a line."""


def _escaped(match: re.Match[str]) -> str:
    return match[1] + "\\." if match[1] else "\\" + match[0]


def markdown_text(text: str) -> str:
    """Data text shown as written in Markdown: no emphasis, links, HTML or table breaks from it."""
    return _MARKDOWN_SPECIAL.sub(_escaped, clean(text))


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
