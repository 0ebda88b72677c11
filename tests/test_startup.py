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


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["timeline", "--json"], "timeline"),
        (["--data", "cite", "ask", "x"], "ask"),  # `cite` is the folder given to --data
        (["--data=dir", "--national", "f.csv", "--no-pager", "national", "update"], "national"),
        (["--help"], None),
        (["--version", "timeline"], None),
        (["--install-completion"], None),
        ([], None),
    ],
)
def test_the_command_run_is_found_past_the_global_options(args: list[str], name: str | None) -> None:
    from trafford_timeline.cli import named_command

    assert named_command(args) == name


def test_only_the_command_run_is_built_and_the_whole_app_otherwise() -> None:
    """Typer reads every registered command's parameters when it builds the app: a run builds
    only its own (issue 16). Help, a typo and completion need every command."""
    from trafford_timeline.cli import app, app_for

    only = app_for(["--no-pager", "timeline", "--json"])
    assert [info.callback.__name__ for info in only.registered_commands if info.callback] == ["timeline"]
    assert only.registered_groups == []
    assert [info.name for info in app_for(["sources", "add", "x.pdf"]).registered_groups] == ["sources"]
    assert app_for(["sources", "add"]).registered_commands == []
    for whole in (["--help"], ["timelin"], []):
        assert app_for(whole) is app
    assert len(app.registered_commands) > 10  # the app itself is never narrowed
