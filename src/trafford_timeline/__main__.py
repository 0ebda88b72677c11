"""The `trafford` process: `python -m trafford_timeline` and the installed command both start here."""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import signal
import sys

from trafford_timeline.errors import ExitStatus


class ClosedStream(io.TextIOBase):
    """Stands in for a standard stream closed before start (`>&-`, `<&-`), where Python leaves None.

    Using it fails as a closed descriptor does, so a command that needs the stream stops with a
    message instead of writing nowhere and exiting 0; one that never touches it runs as usual.
    """

    def __init__(self, name: str) -> None:
        super().__init__()
        self.stream_name = name

    def _closed(self) -> OSError:
        return OSError(errno.EBADF, f"standard {self.stream_name} is closed")

    def write(self, text: str) -> int:
        raise self._closed()

    def read(self, size: int | None = -1) -> str:
        raise self._closed()

    def flush(self) -> None:
        """Nothing was ever written, so there is nothing to lose."""


def _prepare_streams() -> None:
    """Closed streams fail loudly; stdin must be UTF-8 (its bytes are never echoed back raw), and
    stdout writes any text it is given, escaping what cannot be encoded rather than stopping."""
    if sys.stdin is None:
        sys.stdin = ClosedStream("input")
    elif isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(errors="strict")
    if sys.stdout is None:
        sys.stdout = ClosedStream("output")
    elif isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")


def _output_failed(exc: OSError) -> None:
    """Say that the output could not be written, and make sure nothing tries again at exit."""
    reason = exc.strerror or str(exc)
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(f"trafford: cannot write the output: {reason}\n")
        sys.stderr.flush()
    with contextlib.suppress(OSError):
        # What is still buffered for stdout would fail again as Python exits, with a second message.
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)


INTERRUPT_GRACE = 2
"""Seconds a Ctrl-C may take to end the command by unwinding (removing half-written files)."""


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: unwind as Python does, by KeyboardInterrupt, and end the process anyway if it is still
    running `INTERRUPT_GRACE` seconds later. An interrupt that lands while a finalizer runs is reported
    and dropped by Python ("Exception ignored in ..."), which would leave `cite --batch -` waiting for
    more input; and a SIGINT ignored by the parent process is never ignored here."""
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, lambda *_: os._exit(ExitStatus.INTERRUPTED))
        signal.alarm(INTERRUPT_GRACE)
    raise KeyboardInterrupt


def main() -> None:
    """Run the command line; Ctrl-C exits 130 even during start-up, and a closed pipe ends it quietly.

    With SIGPIPE at its default, `trafford timeline | head -1` ends the way `cat` would (the shell
    sees 141), rather than exit 1, which here means a negative answer. Output that cannot be
    written (`> /dev/full`, `>&-`) is a message on stderr and exit 1, never a traceback.
    """
    gc.disable()  # start-up makes many objects and no garbage worth the collector's walks
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    signal.signal(signal.SIGINT, _interrupted)
    _prepare_streams()
    from trafford_timeline import patterns, stems
    from trafford_timeline.record.cache import readable_folder

    folder = readable_folder()
    patterns.install(folder)  # before the imports that compile hundreds of patterns
    stems.install(folder)  # and stem hundreds of words
    try:
        try:
            from trafford_timeline.cli import app_for  # inside the try: importing takes a noticeable moment

            gc.freeze()  # what was imported lives until exit: later collections need not walk it
            gc.enable()
            app_for(sys.argv[1:])(prog_name="trafford")
        finally:
            gc.freeze()  # nor need the collection at exit walk anything: the process is ending
            patterns.save()
            stems.save()
            sys.stdout.flush()  # a full disk shows here, while we can still say so
    except KeyboardInterrupt:
        sys.exit(ExitStatus.INTERRUPTED)
    except OSError as exc:
        _output_failed(exc)
        sys.exit(ExitStatus.NEGATIVE)  # as `cat` does when its output cannot be written


if __name__ == "__main__":
    main()
