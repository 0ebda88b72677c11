"""What `verify`, `cite` and `ask` conclude, drawn for a person: the verdict, then the quotes behind it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trafford_timeline.output.listings import OutputFormat, SourceNames, place, source_legend
from trafford_timeline.output.render import cell, emit, plain, stdout
from trafford_timeline.output.verdicts import (
    ANSWER_STYLES,
    VERDICT_LABELS,
    VERDICT_STYLES,
    answer_text,
    conflict_line,
    verdict_line,
    verification_listing,
)

if TYPE_CHECKING:  # each command imports only what it uses: start-up is most of its time
    from rich.console import Console
    from rich.text import Text

    from trafford_timeline.claims.answer import Answer
    from trafford_timeline.claims.check import ClaimCheck, Evidence
    from trafford_timeline.record.verify import Verification


def show_verification(result: Verification, fmt: OutputFormat = "table") -> None:
    emit(verification_listing(result), fmt, lambda console: _show_verification(console, result))


def _show_verification(console: Console, result: Verification) -> None:
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from trafford_timeline.record.verify import PROBLEM_CODES

    if result.problems:
        # One block per problem rather than a table: places, line numbers and hashes are copied,
        # so each keeps a line's width to itself instead of a narrow column that would cut it.
        console.print(Text(f"{len(result.problems)} problems", style="bold"))
        for p in result.problems:
            console.print(cell(p.code, "red") + Text("  ") + cell(p.where, "cyan"))
            console.print(Padding(cell(p.message), (0, 0, 0, 2)))
        console.print()
        counts = Table(title="Count per code", title_justify="left")
        counts.add_column("Code", style="red")
        counts.add_column("Count", justify="right")
        counts.add_column("Meaning", style="dim")
        for code, n in result.counts().items():
            counts.add_row(plain(code), str(n), plain(PROBLEM_CODES.get(code, "")))
        console.print(counts)
    verdict, _, counted = verdict_line(result).partition(":")
    console.print(Text(verdict, style="bold green" if result.ok else "bold red") + Text(":" + counted))


def _quote_lines(title: str, evidence: Sequence[Evidence], names: SourceNames | None) -> list[Text]:
    from rich.text import Text

    lines = [Text(title, style="bold")]
    for item in evidence:
        lines.append(Text("  “") + plain(item.quote) + Text("”"))
        lines.append(plain(f"    — {place(item.source, item.line, names)}  ", "dim") + plain(item.id, "dim"))
    return lines


def show_claim(check: ClaimCheck, names: SourceNames | None = None) -> None:
    """A verdict for a person: the verdict and why on one line, then the quotes that decide it."""
    from rich.text import Text

    console = stdout()
    verdict = Text(VERDICT_LABELS[check.verdict].upper(), style=VERDICT_STYLES[check.verdict])
    console.print(verdict + Text(": ") + plain(check.explanation))
    console.print(Text("Claim: ", style="dim") + plain(check.claim))
    if check.conflict is not None:
        console.print(plain(conflict_line(check), "dim"))
    if check.evidence:
        console.print(*_quote_lines("Evidence", check.evidence[:5], names), sep="\n")
    elif check.related:
        console.print(*_quote_lines("Related, but not evidence", check.related, names), sep="\n")
    shown = check.evidence[:5] or check.related
    if shown:
        console.print(plain(source_legend(shown, names), "dim"))


def show_answer(answer: Answer, names: SourceNames | None = None) -> None:
    """An answer for a person: the short answer, the quotes that state it, and how it was found."""
    from rich.text import Text

    console = stdout()
    label = Text(answer_text(answer), style=ANSWER_STYLES[answer.status])
    console.print(Text("Q: ", style="dim") + plain(answer.question))
    console.print(Text("A: ", style="bold") + label)
    if answer.evidence:
        title = "Each side, the favoured first" if answer.status == "disputed" else "Evidence"
        console.print(*_quote_lines(title, answer.evidence[:6], names), sep="\n")
    if answer.related:
        console.print(*_quote_lines("Related, but not the answer", answer.related[:3], names), sep="\n")
    console.print(Text("How: ", style="dim") + plain(answer.explanation, "dim"))
    shown = [*answer.evidence[:5], *answer.related[:3]]
    if shown:
        console.print(plain(source_legend(shown, names), "dim"))
