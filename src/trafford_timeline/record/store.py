"""Finding and loading a dataset folder: `events.json` beside a `sources/` folder of text files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trafford_timeline.errors import DataError, quoted
from trafford_timeline.record.model import Record, find_reference_problems

if TYPE_CHECKING:
    from pydantic import ValidationError

    from trafford_timeline.claims.glossary import Glossary

ENV_VAR = "TRAFFORD_DATA"
EVENTS_FILE = "events.json"
SOURCES_DIR = "sources"
GLOSSARY_FILE = "glossary.json"
MAX_REPORTED_ERRORS = 20
SIZE_LIMIT_VAR = "TRAFFORD_MAX_EVENTS_MB"
DEFAULT_SIZE_LIMIT_MB = 256
"""Loading takes about 11 bytes of memory per byte of JSON (a 233 MB record: 2.5 GB, 20 s), so a
larger file is refused before it is read, unless `$TRAFFORD_MAX_EVENTS_MB` raises the limit."""
MB = 1024 * 1024


def shipped_data_dir() -> Path:
    """The record inside the installed wheel, or the checkout's `data/` in a development install."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "data"
    if (packaged / EVENTS_FILE).is_file():
        return packaged
    return package.parents[1] / "data"


def resolve_data_dir(option: Path | None = None) -> Path:
    """`--data` wins, then `$TRAFFORD_DATA`, then the shipped record."""
    if option is not None:
        return option
    from_env = os.environ.get(ENV_VAR)
    return Path(from_env) if from_env else shipped_data_dir()


def source_path(data_dir: Path, file: str) -> Path:
    """The path of a source, refusing any name that would leave the sources folder."""
    folder = (data_dir / SOURCES_DIR).resolve()
    path = (folder / file).resolve()
    if Path(file).is_absolute() or path.parent != folder:
        raise DataError(file, "a source must be a file directly inside the sources folder")
    return path


def _read_text(path: Path, missing: str) -> tuple[bytes, str]:
    """The file's bytes and its UTF-8 text; a DataError names the file and what is wrong."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(str(path), missing) from None
    except IsADirectoryError:
        raise DataError(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise DataError(str(path), f"cannot be read ({exc.strerror})") from None
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(str(path), f"not UTF-8 text (byte {exc.start})") from None


def read_source(data_dir: Path, file: str) -> tuple[bytes, str]:
    """A source's bytes (for its hash) and its text (for its quotes), read once."""
    return _read_text(source_path(data_dir, file), "the source file does not exist")


def _location(loc: tuple[int | str, ...], raw: Any) -> str:
    """`('facts', 3, 'finding', 'polarity')` as `facts[3] (id 'x', finding).polarity`."""
    text = ""
    node = raw
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                text += f" (id {quoted(node['id'])})"
        elif isinstance(node, dict) and part not in node and isinstance(node.get("kind"), str):
            continue  # the tag pydantic adds for a union variant; the kind is already shown
        else:
            text += f".{part}" if text else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return text or "(top level)"


def _describe_validation_error(error: ValidationError, text: str) -> list[str]:
    try:
        raw: Any = json.loads(text)
    except ValueError:
        raw = None
    errors = error.errors(include_url=False)
    deeper = [e["loc"] for e in errors]
    details: list[str] = []
    for item in errors:
        loc = item["loc"]
        if item["type"] == "too_short" and any(d[: len(loc)] == loc and d != loc for d in deeper):
            continue  # only a knock-on of a failed item inside it, reported on its own
        details.append(f"{_location(loc, raw)}: {item['msg']}")
    return details


def size_limit() -> int:
    """The largest `events.json` we load, in bytes: `$TRAFFORD_MAX_EVENTS_MB` or the default."""
    setting = os.environ.get(SIZE_LIMIT_VAR, "").strip()
    if not setting:
        return DEFAULT_SIZE_LIMIT_MB * MB
    if not setting.isdecimal() or int(setting) == 0:
        raise DataError(SIZE_LIMIT_VAR, f"must be a whole number of megabytes, such as 512, not {setting!r}")
    return int(setting) * MB


def refuse_if_too_large(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # reading it says what is wrong
    limit = size_limit()
    if size > limit:
        raise DataError(
            str(path),
            f"is {size / MB:,.1f} MB, more than the {limit // MB:,} MB limit; "
            f"to load it anyway, set {SIZE_LIMIT_VAR} to a larger number of megabytes",
        )


def read_events(data_dir: Path) -> bytes:
    """The bytes of `events.json`, read once; refused before reading if over the size limit."""
    path = data_dir / EVENTS_FILE
    refuse_if_too_large(path)
    raw, _ = _read_text(path, "not found: a dataset folder holds events.json and sources/")
    return raw


def load_record(data_dir: Path, *, check_references: bool = True) -> Record:
    """Read and validate `events.json`; a DataError names the file and every place that is wrong."""
    return parse_record(data_dir / EVENTS_FILE, read_events(data_dir), check_references=check_references)


def parse_record(path: Path, raw: bytes, *, check_references: bool = True) -> Record:
    """Validate the bytes of `path`; with `check_references`, ids and references must resolve too.

    pydantic and the schema are imported here, not at the top: building the models takes longer
    than a command answered from the cache takes in all.
    """
    from pydantic import ValidationError

    from trafford_timeline.record.schema import RECORD_ADAPTER, to_record

    text = raw.decode("utf-8")
    try:
        record = to_record(RECORD_ADAPTER.validate_json(text))
    except ValidationError as error:
        raise _schema_error(path, text, error) from None
    problems = find_reference_problems(record) if check_references else []
    if problems:
        details = [f"{p.where}: {p.message} [{p.code}]" for p in problems]
        raise DataError(str(path), f"does not match the schema ({_count(details)})", _shown(details))
    return record


def _count(details: list[str]) -> str:
    return f"{len(details)} problem" + ("s" if len(details) != 1 else "")


def _shown(details: list[str]) -> list[str]:
    shown = details[:MAX_REPORTED_ERRORS]
    if len(details) > len(shown):
        shown.append(f"... and {len(details) - len(shown)} more")
    return shown


def _schema_error(path: Path, text: str, error: ValidationError) -> DataError:
    invalid = [item["msg"] for item in error.errors() if item["type"] == "json_invalid"]
    if invalid:
        try:
            json.loads(text)
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            return DataError(str(path), f"not valid JSON at {where}: {exc.msg}")
        except RecursionError:
            pass  # nested too deep for Python too; pydantic's message says where
        return DataError(str(path), f"not valid JSON: {invalid[0].removeprefix('Invalid JSON: ')}")
    details = _describe_validation_error(error, text)
    return DataError(str(path), f"does not match the schema ({_count(details)})", _shown(details))


def glossary_path(data_dir: Path) -> Path:
    """The dataset's own `glossary.json`, or the shipped one when the dataset has none."""
    path = data_dir / GLOSSARY_FILE
    return path if path.is_file() else shipped_data_dir() / GLOSSARY_FILE


def read_glossary(data_dir: Path) -> bytes:
    raw, _ = _read_text(glossary_path(data_dir), "not found")
    return raw


def load_glossary(data_dir: Path) -> Glossary:
    """The dataset's own `glossary.json`, or the shipped one when the dataset has none."""
    return parse_glossary(glossary_path(data_dir), read_glossary(data_dir))


def parse_glossary(path: Path, raw: bytes) -> Glossary:
    from pydantic import ValidationError

    from trafford_timeline.claims.glossary import Glossary
    from trafford_timeline.record.schema import GlossaryFile

    text = raw.decode("utf-8")
    try:
        return Glossary.compile(GlossaryFile.model_validate_json(text))
    except ValidationError as error:
        details = _describe_validation_error(error, text)[:MAX_REPORTED_ERRORS]
        raise DataError(str(path), "does not match the glossary's shape", details) from None
