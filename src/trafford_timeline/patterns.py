"""Regular expressions compiled in an earlier run, reused: Python keeps bytecode between runs, not patterns.

The claim and question readers compile about 200 patterns as they are imported, and compiling
(parsing each pattern and generating its matcher code) took about 27 ms of a 150 ms `ask`, as
much as a third of the floor. What `re` builds from a pattern is a list of integers for the
interpreter's `_sre` engine, a pure function of the pattern, its flags and the interpreter. So
while the process runs, `re`'s compiler is wrapped: a pattern compiled before (by this same
interpreter build) is handed to `_sre` from the stored code, skipping the parse; any other
pattern is compiled as usual and remembered. At exit, if anything new was compiled, the memo is
written to the cache folder, atomically, beside the dataset caches (`record/cache.py`), and only to
a folder that module approved for this run (never inside the dataset folder).

The file is read with `marshal` (plain lists, tuples, numbers and strings; no code runs). It is
named by a key of the interpreter's version and `_sre`'s format, so another Python never reads it,
and `_sre` validates every code list it is given. A file that cannot be read is ignored. Patterns
still compile the ordinary way with no cache folder, in tests run in-process, and for `re.DEBUG`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

_MAX_ENTRIES = 4096
"""Past this many stored patterns (code changed many times), keep only those this run compiled."""

_stored: dict[tuple[Any, int], tuple[int, list[int], int, dict[Any, int], tuple[Any, ...]]] = {}
_used: set[tuple[Any, int]] = set()
_new = False
_folder: Path | None = None
_original: Any = None


def _compiler() -> Any:
    """`re`'s compiler module, or None where it is not the one this was written against."""
    try:
        compiler = importlib.import_module("re._compiler")
    except ImportError:
        return None
    needed = ("compile", "_code", "_parser", "_sre", "isstring")
    return compiler if all(hasattr(compiler, name) for name in needed) else None


def file_name() -> str:
    """The memo's name: a key of this interpreter build and its regular-expression engine's format."""
    sre = importlib.import_module("_sre")
    tag = f"{sys.version}\0{sys.implementation.cache_tag}\0{sre.MAGIC}\0{sre.CODESIZE}\0{sre.MAXGROUPS}"
    return f"patterns-{hashlib.sha256(tag.encode()).hexdigest()[:32]}.marshal"


def install(folder: Path | None) -> None:
    """Read the memo in `folder` (if any) and compile through it until the process ends."""
    global _original
    compiler = _compiler()
    if compiler is None or _original is not None:
        return
    if folder is not None:
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            loaded = marshal.loads((folder / file_name()).read_bytes())
            if isinstance(loaded, dict):
                _stored.update(loaded)
    _original = compiler.compile
    sre = compiler._sre

    def compile(pattern: Any, flags: int = 0) -> Any:
        global _new
        if not isinstance(pattern, (str, bytes)) or flags & compiler.SRE_FLAG_DEBUG:
            return _original(pattern, flags)
        key = (pattern, flags)
        found = _stored.get(key)
        if found is not None:
            with contextlib.suppress(Exception):  # a damaged entry: compile it afresh instead
                compiled = sre.compile(pattern, *found)
                _used.add(key)
                return compiled
        parsed = compiler._parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
        groupindex = parsed.state.groupdict
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (  # plain ints: the opcodes are an int subclass, which marshal does not write
            int(flags | parsed.state.flags),
            [int(word) for word in code],
            int(parsed.state.groups - 1),
            dict(groupindex),
            tuple(indexgroup),
        )
        compiled = sre.compile(pattern, *entry)
        _stored[key] = entry
        _used.add(key)
        _new = True
        return compiled

    compiler.compile = compile


def uninstall() -> None:
    """Compile the ordinary way again and forget the memo (for tests that install it in-process)."""
    global _original, _new, _folder
    compiler = _compiler()
    if compiler is not None and _original is not None:
        compiler.compile = _original
    _original, _new, _folder = None, False, None
    _stored.clear()
    _used.clear()


def keep(folder: Path) -> None:
    """The cache folder this run may write to, as `record.cache` approved it for the dataset."""
    global _folder
    _folder = folder


def save() -> None:
    """Write the memo if this run compiled a pattern it did not hold, to the approved folder."""
    global _new
    if not _new or _folder is None:
        return
    _new = False
    entries = _stored if len(_stored) <= _MAX_ENTRIES else {key: _stored[key] for key in _used}
    path = _folder / file_name()
    temporary = _folder / f".{path.name}.{os.getpid()}"
    with contextlib.suppress(OSError, ValueError):
        try:
            temporary.write_bytes(marshal.dumps(entries))
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()
