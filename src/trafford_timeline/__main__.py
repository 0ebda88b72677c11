"""The `trafford` process: `python -m trafford_timeline` and the installed command both start here."""

from __future__ import annotations

import signal
import sys

from trafford_timeline.errors import ExitStatus


def main() -> None:
    """Run the command line; Ctrl-C exits 130 even during start-up, and a closed pipe ends it quietly.

    With SIGPIPE at its default, `trafford timeline | head -1` ends the way `cat` would (the shell
    sees 141), rather than exit 1, which here means a negative answer.
    """
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        from trafford_timeline.cli import app  # inside the try: importing takes a noticeable moment

        app(prog_name="trafford")
    except KeyboardInterrupt:
        sys.exit(ExitStatus.INTERRUPTED)


if __name__ == "__main__":
    main()
