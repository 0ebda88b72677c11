"""The tool as a process a shell runs: Ctrl-C while it is busy, a reader that closes the pipe early."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from trafford_timeline import __main__ as entry

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and named pipes"),
]

ROOT = Path(__file__).resolve().parents[1]
TRAFFORD = [sys.executable, "-m", "trafford_timeline"]


def open_when_read(fifo: Path, process: subprocess.Popen[str], timeout: float = 20) -> int:
    """Open the FIFO's write end once the process has opened it to read: it is then busy, waiting."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
            time.sleep(0.01)
    raise AssertionError("the command never started reading events.json")


def test_ctrl_c_while_busy_exits_130_without_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    fifo = tmp_path / "events.json"
    os.mkfifo(fifo)  # reading it blocks until we write: the command is busy loading
    process = subprocess.Popen(
        [*TRAFFORD, "--data", str(tmp_path), "timeline"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    writer = open_when_read(fifo, process)
    try:
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=20)
    finally:
        os.close(writer)
    assert process.returncode == 130
    assert (stdout, stderr) == ("", "")


@pytest.fixture
def restore_sigpipe() -> Iterator[None]:
    previous = signal.getsignal(signal.SIGPIPE)
    yield
    signal.signal(signal.SIGPIPE, previous)


@pytest.mark.usefixtures("restore_sigpipe")
def test_ctrl_c_during_start_up_exits_130_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Typer turns Ctrl-C into 130 only once it runs; before that (imports take ~0.25 s), main does."""

    def interrupted(**_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("trafford_timeline.cli.app", interrupted)
    code: object = "returned"
    try:
        entry.main()
    except SystemExit as exc:
        code = exc.code
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C escaped main(): the user would see a traceback")
    assert code == 130
    assert capsys.readouterr() == ("", "")


def test_the_installed_command_starts_at_main() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"]["trafford"] == "trafford_timeline.__main__:main"


@pytest.mark.parametrize("command", [["timeline"], ["facts", "--json"], ["show", "inspection-2019"]])
def test_output_to_a_closed_pipe_ends_quietly_as_cat_would(command: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `trafford ... | head -1` once head has gone
    try:
        result = subprocess.run(
            [*TRAFFORD, *command], stdout=write_end, stderr=subprocess.PIPE, text=True, check=False
        )
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == -signal.SIGPIPE  # a shell reports 141, as for `yes | head -1`


def test_a_reader_that_stops_after_one_line_leaves_no_error() -> None:
    with subprocess.Popen([*TRAFFORD, "facts"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        stderr = process.stderr.read()
    assert first.startswith(b"Facts:")
    assert stderr == b""
    assert process.returncode in (0, -signal.SIGPIPE)
