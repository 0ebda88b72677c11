"""`ask` starts as `cite` does: what an earlier run worked out is reused, not worked out again.

The question reader stems its own word lists as it is imported; a later run is handed the stems an
earlier one worked out (`stems.py`), so it never loads the stemmer, and answers exactly the same.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from trafford_timeline.record.cache import CACHE_DIR_VAR

STEMS_FILE = "stems.marshal"
"""Where `stems.py` keeps them, in the cache folder."""

QUESTION = "On what date was Trafford served its improvement notice?"

MODULES_AT_EXIT = (
    "import atexit, sys; "
    "atexit.register(lambda: print(' '.join(sorted(sys.modules)), file=sys.stderr)); "
    "sys.argv = ['trafford', *sys.argv[1:]]; "
    "from trafford_timeline.__main__ import main; main()"
)


def ask(cache: Path, question: str = QUESTION) -> tuple[dict[str, object], set[str]]:
    """The answer as JSON, and the modules the run had imported by its end."""
    env = {**os.environ, CACHE_DIR_VAR: str(cache)}
    env.pop("TRAFFORD_DATA", None)
    result = subprocess.run(
        [sys.executable, "-c", MODULES_AT_EXIT, "ask", question, "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.stdout, result.stderr
    return json.loads(result.stdout), set(result.stderr.split())


@pytest.mark.slow
def test_a_second_ask_never_loads_the_stemmer_and_answers_the_same(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first, _ = ask(cache)
    second, modules = ask(cache)
    assert second == first
    assert second["answer"] == "23 May 2019"
    assert not any(name.startswith("snowballstemmer") for name in modules)


@pytest.mark.slow
def test_stems_kept_by_other_code_are_not_used_and_are_replaced(tmp_path: Path) -> None:
    """A stems file of another key (other code, another stemmer) would map words wrongly: ignored."""
    cache = tmp_path / "cache"
    fresh, _ = ask(cache)
    wrong = {word: "zz" + word for word in ("serv", "served", "improvement", "notice", "date", "trafford")}
    (cache / STEMS_FILE).write_bytes(marshal.dumps(("another key", wrong)))
    answer, _ = ask(cache)
    assert answer == fresh
    key, kept = marshal.loads((cache / STEMS_FILE).read_bytes())
    assert key != "another key"
    assert not any(stem.startswith("zz") for stem in kept.values())


@pytest.mark.slow
def test_a_question_the_claim_checker_does_not_settle_never_loads_it(tmp_path: Path) -> None:
    """A date is read from the matching item; only a yes or no question asks the claim checker."""
    cache = tmp_path / "cache"
    answer, modules = ask(cache)
    assert answer["answer"] == "23 May 2019"
    assert "trafford_timeline.claims.check" not in modules
    assert "trafford_timeline.claims.compare" not in modules
    yes_no, modules = ask(cache, "Was Trafford's improvement notice served in May 2019?")
    assert yes_no["status"] == "answered"
    assert "trafford_timeline.claims.check" in modules
