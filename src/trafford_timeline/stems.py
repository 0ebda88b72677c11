"""Stems worked out in an earlier run, reused: Python keeps bytecode between runs, not what it computes.

The question reader's modules stem their own word lists as they are imported (verbs of telling,
of showing, of meeting: about 460 words), and the Snowball stemmer, in pure Python, took about
16 ms of CPU of each `ask` to work them out, where `cite` stemmed none: its claims are read in the
record's words, whose stems the claim index keeps (claims/stored.py). A stem is a pure function
of the word, of `claims/language.py` (which decides it) and of the stemmer's release. So the stems
a run had to work out are written at exit to the cache folder, under a key of those, and the next
run hands them to `language.remember_stems` before the readers are imported; a question's new
words are kept the same way. Written as `patterns.py` writes its memo: atomically, with `marshal`
(plain strings, no code runs), only to a folder `record/cache.py` approved for this run, and only
if the run worked out a stem it was not given. A file of another key, or one that cannot be read,
is ignored. Tests run in-process install nothing and stem as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path

FILE_NAME = "stems.marshal"

_MAX_ENTRIES = 8192
"""Past this many kept stems (many runs' questions), keep only those this run worked out."""

_given: dict[str, str] = {}
_folder: Path | None = None


def _key() -> str:
    """What the stems depend on: Python, the text of the module that stems, the stemmer's release."""
    from trafford_timeline.record.cache import library_release

    language = Path(__file__).with_name("claims") / "language.py"
    digest = hashlib.sha256(sys.version.encode())
    with contextlib.suppress(OSError):
        digest.update(language.read_bytes())
    digest.update(str(library_release("snowballstemmer")).encode())
    return digest.hexdigest()


def install(folder: Path | None) -> None:
    """Hand the stems kept in `folder` (if any, and of this code) to the claim reader."""
    if folder is None:
        return
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        key, stems = marshal.loads((folder / FILE_NAME).read_bytes())
        if key == _key() and isinstance(stems, dict):
            from trafford_timeline.claims.language import remember_stems

            _given.update(stems)
            remember_stems(stems)


def keep(folder: Path) -> None:
    """The cache folder this run may write to, as `record.cache` approved it for the dataset."""
    global _folder
    _folder = folder


def forget() -> None:
    """Keep nothing (for tests that install in-process)."""
    global _folder
    _folder = None
    _given.clear()


def save() -> None:
    """Write the stems given and those worked out in this run, if it worked out any, to the approved
    folder."""
    language = sys.modules.get("trafford_timeline.claims.language")
    if _folder is None or language is None:
        return
    new = {word: stem for word, stem in language.worked_out_stems().items() if word not in _given}
    if not new:
        return
    stems = {**_given, **new} if len(_given) + len(new) <= _MAX_ENTRIES else new
    path = _folder / FILE_NAME
    temporary = _folder / f".{path.name}.{os.getpid()}"
    with contextlib.suppress(OSError, ValueError):
        try:
            temporary.write_bytes(marshal.dumps((_key(), stems)))
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(OSError):
                temporary.unlink()
