"""What a command imports: output for elsewhere (JSON, CSV, Markdown) never pays for Rich."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from trafford_timeline.record.cache import CACHE_DIR_VAR

MODULES_AT_EXIT = (
    "import atexit, sys; "
    "atexit.register(lambda: print(' '.join(sorted(sys.modules)), file=sys.stderr)); "
    "sys.argv = ['trafford', *sys.argv[1:]]; "
    "from trafford_timeline.__main__ import main; main()"
)


def imported_by(command: list[str], cache: Path) -> set[str]:
    env = {**os.environ, CACHE_DIR_VAR: str(cache)}
    env.pop("TRAFFORD_DATA", None)
    result = subprocess.run(
        [sys.executable, "-c", MODULES_AT_EXIT, *command],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.stdout, result.stderr
    return {name.split(".")[0] for name in result.stderr.split()}


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [
        ["timeline", "--json"],
        ["timeline", "--format", "csv"],
        ["facts", "--format", "markdown"],
        ["cite", "--json", "The improvement notice was issued on 8 May 2019"],
        ["verify", "--json"],
    ],
)
def test_output_for_elsewhere_never_imports_rich(command: list[str], tmp_path: Path) -> None:
    assert "rich" not in imported_by(command, tmp_path)


@pytest.mark.slow
def test_a_table_imports_rich(tmp_path: Path) -> None:
    """The check above can see Rich: a table on the terminal needs it."""
    assert "rich" in imported_by(["timeline"], tmp_path)
