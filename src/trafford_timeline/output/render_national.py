"""`national` and `context` drawn: the national file's unreadable rows, and each statement with its rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trafford_timeline.output.formats import clean
from trafford_timeline.output.listings import OutputFormat
from trafford_timeline.output.render import plain, stderr, stdout, write_json

if TYPE_CHECKING:  # each command imports only what it uses: start-up is most of its time
    from trafford_timeline.national.context import Statement
    from trafford_timeline.national.history import Problem as NationalProblem


def show_national_problems(problems: Sequence[NationalProblem], file: str) -> None:
    """Rows of the national file that could not be read as they are, on stderr, one line each."""
    from rich.text import Text

    if not problems:
        return
    console = stderr()
    console.print(Text(f"{file}: {len(problems)} problems", style="yellow"), soft_wrap=True)
    for p in problems:
        console.print(Text("  ") + plain(f"{p.code} {file}:{p.line}: {p.message}"), soft_wrap=True)


def show_context(statements: Sequence[Statement], file: str, fmt: OutputFormat) -> None:
    """Each statement with its figure, the rows it counts, its definition and its caveats."""
    from rich.text import Text

    from trafford_timeline.output.national import context_json

    if fmt == "json":
        write_json(context_json(statements, file))
        return
    console = stdout()
    for statement in statements:
        lines = ", ".join(str(row.line) for row in statement.rows)
        body = Text()
        body.append(clean(statement.statement) + "\n", style="bold")
        body.append("Figure: ", style="dim")
        body.append(f"{statement.figure}\n")
        body.append("Rows: ", style="dim")
        body.append(clean(f"{file}, lines {lines}" if lines else "none") + "\n")
        body.append("Definition: ", style="dim")
        body.append(clean(statement.definition) + "\n")
        body.append("Caveats:", style="dim")
        for caveat in statement.caveats:
            body.append("\n  • " + clean(caveat))
        console.print(body, soft_wrap=False)
        console.print()
