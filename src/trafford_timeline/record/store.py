"""Finding and loading a dataset folder: `events.json` beside a `sources/` folder of text files."""

from __future__ import annotations

import json
import os
import stat
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


_FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file: a pipe blocks and a device never ends."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")


def _refuse_unless_regular(path: Path, mode: int) -> None:
    kind = _not_regular(mode)
    if kind == "a folder":
        raise DataError(str(path), "is a folder, not a file")
    if kind is not None:
        raise DataError(str(path), f"is {kind}, not a regular file; trafford reads only regular files")


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, refused if it holds more than `limit` bytes.

    The file is opened without blocking and checked on the open descriptor, so a FIFO put in its
    place cannot stall the command; at most `limit + 1` bytes are read, whatever `st_size` says
    (a device such as /dev/zero reports 0 and never ends).
    """
    _refuse_unless_regular(path, path.stat().st_mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as file:
        info = os.fstat(descriptor)
        _refuse_unless_regular(path, info.st_mode)
        _refuse_above(path, info.st_size, limit)
        raw = file.read(min(limit, info.st_size) + 1)
        while len(raw) <= limit:  # a file still growing: read on, to the limit
            more = file.read(min(MB, limit + 1 - len(raw)))
            if not more:
                break
            raw += more
    _refuse_above(path, len(raw), limit, grew=True)
    return raw


def _read_text(path: Path, missing: str) -> tuple[bytes, str]:
    """The file's bytes and its UTF-8 text; a DataError names the file and what is wrong."""
    try:
        raw = read_bounded(path, size_limit())
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
    tag: object = None
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                text += f" (id {quoted(node['id'])})"
            tag = node.get("kind") if isinstance(node, dict) else None
        elif part == tag:
            tag = None  # the tag pydantic adds once for a union variant, right after the item
        else:
            tag = None
            text += f".{part}" if text else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return text or "(top level)"


def _describe_validation_error(error: ValidationError, text: str) -> list[str]:
    try:
        raw: Any = json.loads(text)
    except (ValueError, RecursionError):
        raw = None
    errors = error.errors(include_url=False)
    deeper = [e["loc"] for e in errors]
    details: list[str] = []
    for item in errors:
        loc = item["loc"]
        if item["type"] == "too_short" and any(d[: len(loc)] == loc and d != loc for d in deeper):
            continue  # only a knock-on of a failed item inside it, reported on its own
        details.append(f"{_location(loc, raw)}: {_plain_message(item)}")
    return details


def _plain_message(item: Any) -> str:
    """pydantic's message in the tool's words: `Value error, ` dropped, `Input should be a valid
    integer` as `expected a valid integer, got 'x'`, the value given quoted back."""
    message = str(item["msg"]).removeprefix("Value error, ")
    if message.startswith("Input should be "):
        message = "expected " + message.removeprefix("Input should be ")
        value = item.get("input")
        if isinstance(value, str | int | float | bool) or value is None:
            message += f", got {quoted(value) if isinstance(value, str) else json.dumps(value)}"
    return message


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
    _refuse_above(path, size, size_limit())


def _refuse_above(path: Path, size: int, limit: int, *, grew: bool = False) -> None:
    """Refuse a file over the limit; `grew` when it was read past the size it was stat'ed at."""
    if size > limit:
        shown = "longer than it said" if grew else f"{size / MB:,.1f} MB"
        raise DataError(
            str(path),
            f"is {shown}, more than the {limit // MB:,} MB limit; "
            f"to load it anyway, set {SIZE_LIMIT_VAR} to a larger number of megabytes",
        )


def read_events(data_dir: Path) -> bytes:
    """The bytes of `events.json`, read once, and never more of them than the size limit."""
    raw, _ = _read_text(data_dir / EVENTS_FILE, "not found: a dataset folder holds events.json and sources/")
    return raw


def load_record(data_dir: Path, *, check_references: bool = True) -> Record:
    """Read and validate `events.json`; a DataError names the file and every place that is wrong."""
    return parse_record(data_dir / EVENTS_FILE, read_events(data_dir), check_references=check_references)


def parse_record(path: Path, raw: bytes, *, check_references: bool = True) -> Record:
    """Validate the bytes of `path`; with `check_references`, ids and references must resolve too.

    pydantic and the schema are imported here, not at the top: building the models takes longer
    than a command answered from the cache takes in all. The bytes are validated as they are, not
    decoded first: at 100,000 events the text was one more copy of `events.json` (or two, where
    pydantic made its UTF-8 from it) held while the record was built, its largest moment.
    """
    from pydantic import ValidationError

    from trafford_timeline.record.schema import RECORD_ADAPTER, to_record

    raw.decode("utf-8")  # not UTF-8 is an error before any other (`read_events` has said which byte)
    try:
        record = to_record(RECORD_ADAPTER.validate_json(raw))
    except ValidationError as error:
        raise _schema_error(path, raw.decode("utf-8"), error) from None
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


def _schema_error(path: Path, text: str, error: ValidationError, summary: str = "") -> DataError:
    """Invalid JSON by line and column; otherwise every place that does not match, by name."""
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
    return DataError(str(path), summary or f"does not match the schema ({_count(details)})", _shown(details))


def glossary_path(data_dir: Path) -> Path:
    """The dataset's own `glossary.json`, or the shipped one when the dataset has none."""
    path = data_dir / GLOSSARY_FILE
    return path if os.path.lexists(path) else shipped_data_dir() / GLOSSARY_FILE


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
        raise _schema_error(path, text, error, "does not match the glossary's shape") from None
