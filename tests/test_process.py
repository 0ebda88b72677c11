"""The tool as a process a shell runs: Ctrl-C while it is busy, a reader that closes the pipe early."""

from __future__ import annotations

import array
import fcntl
import os
import signal
import subprocess
import sys
import termios
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


def wait_until_drained(pipe: int, process: subprocess.Popen[bytes], timeout: float = 20) -> None:
    """Wait until the process has read what is in the pipe: it is then busy, waiting for more."""
    deadline = time.monotonic() + timeout
    waiting = array.array("i", [1])
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        fcntl.ioctl(pipe, termios.FIONREAD, waiting)
        if waiting[0] == 0:
            return
        time.sleep(0.01)
    raise AssertionError("the command never started reading the batch")


def test_ctrl_c_while_busy_exits_130_without_a_traceback() -> None:
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [*TRAFFORD, "cite", "--batch", "-"], stdin=read_end, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    os.close(read_end)
    try:
        os.write(write_end, b"The notice was issued in 2019\n")  # reading stays busy until the pipe ends
        wait_until_drained(write_end, process)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=20)
    finally:
        os.close(write_end)
    assert process.returncode == 130
    assert (stdout, stderr) == (b"", b"")


def test_ctrl_c_ends_a_busy_batch_even_where_the_parent_ignored_it() -> None:
    """A shell or a tool may start `trafford` with Ctrl-C ignored; Python would then keep ignoring it,
    and `cite --batch -` would wait for input for ever. Ctrl-C still ends it, with 130."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [*TRAFFORD, "cite", "--batch", "-"],
        stdin=read_end,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    os.close(read_end)
    try:
        os.write(write_end, b"The notice was issued in 2019\n")
        wait_until_drained(write_end, process)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=20)
    finally:
        os.close(write_end)
    assert process.returncode == 130
    assert (stdout, stderr) == (b"", b"")


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
