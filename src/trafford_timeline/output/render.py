"""The output call and its consoles: tables on a terminal; JSON, CSV or Markdown for elsewhere.

Every listing command builds a `Listing` (see listings.py) and hands it to `emit`, so all of them
share the same output choices. Text from the data is never read as Rich markup, and control
characters in it never reach the terminal. The chart, the verdicts and the national views are
drawn by render_chart, render_verdicts and render_national with these helpers; nothing else uses Rich.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from trafford_timeline.dates import date_label
from trafford_timeline.output.contracts import as_data
from trafford_timeline.output.formats import clean, json_line, json_text
from trafford_timeline.output.listings import (
    WORDING_HEADING,
    Listing,
    OutputFormat,
    SourceNames,
    by_kind,
    conflict_listing,
    conflicts_listing,
    facts_listing,
    listing_text,
    place,
)
from trafford_timeline.record.model import Citation, Conflict, Event, Fact

if TYPE_CHECKING:  # each command imports only what it uses: start-up is most of its time
    from rich.console import Console, Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from trafford_timeline.errors import TraffordError
    from trafford_timeline.query import Item


EXPORT_SUFFIXES = (".svg", ".html")
"""What `--export` can save a terminal's output as."""


def _import_rich() -> None:
    """Bind Rich's names here, the first time a console is made.

    Importing Rich takes about a fifth of a command's start-up, and JSON, CSV and Markdown never
    draw, so it waits until something is drawn. Everything drawn goes to a console made by
    `stdout`, `stderr` or `recording`, each of which calls this first.
    """
    if "Text" in globals():
        return
    from rich import box
    from rich.console import Console, Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    globals().update(box=box, Console=Console, Group=Group, Padding=Padding, Table=Table, Text=Text)


CELL_LIMIT = 2000
"""The most characters a table shows of one cell: Rich measures and wraps every cell, which takes
minutes for a 20 MB title. What is cut ends in an ellipsis; JSON, CSV and Markdown keep it whole."""


CAPTION_LIMIT = 20_000
"""A caption is a legend of every source file cited, each needed to read the table: 153 councils'
files take about 6,000 characters, so its limit is higher."""


def plain(text: str, style: str = "") -> Text:
    """Data text as a Rich `Text`, so `[bold]` in the data is shown, not obeyed. Every string that
    comes from data enters Rich through here (or `cell`), never as a `str`, which Rich reads as markup."""
    return Text(clean(text), style=style)


def cell(text: str, style: str = "", limit: int = CELL_LIMIT) -> Text:
    """Data text for a table cell, cut to `limit` characters with an ellipsis."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return plain(text, style)


_recorder: Console | None = None
"""While `recording`, the console every command prints to, keeping what it printed."""


_page: Console | None = None
"""While `paged`, the terminal whose size and colours the held-back output is drawn for."""
_page_buffer: io.StringIO | None = None


def _target() -> dict[str, Any]:
    """Where a console for stdout writes: the terminal, or while paging a buffer drawn as for it."""
    if _page is None or _page_buffer is None:
        return {}
    return {"file": _page_buffer, "width": _page.width, "color_system": _page.color_system or None}


def stdout() -> Console:
    _import_rich()
    return _recorder if _recorder is not None else Console(highlight=False, **_target())


def _system_pager(text: str) -> None:
    """Hand `text` to `$PAGER` (else less), as git does: `less -FRX` unless `$LESS` says otherwise."""
    import os
    import pydoc

    os.environ.setdefault("LESS", "FRX")
    pydoc.pager(text)


@contextmanager
def paged(
    enabled: bool, terminal: Console | None = None, pager: Callable[[str], None] = _system_pager
) -> Iterator[None]:
    """Output longer than the terminal goes through a pager, when stdout is a terminal."""
    global _page, _page_buffer
    real = terminal is not None or (sys.stdout.isatty() and sys.stdin.isatty())  # not FORCE_COLOR alone
    if not enabled or not real or _page is not None:
        yield
        return
    _import_rich()
    console = terminal if terminal is not None else Console()
    if not console.is_terminal:
        yield
        return
    _page, _page_buffer = console, io.StringIO()
    try:
        yield
    finally:
        text = _page_buffer.getvalue()
        _page = _page_buffer = None
        if text.count("\n") > console.height:
            pager(text)
        else:
            console.file.write(text)
            console.file.flush()


@contextmanager
def recording() -> Iterator[Console]:
    """Everything printed to stdout inside the block is also kept, for `exported`."""
    global _recorder
    _import_rich()
    _recorder = Console(highlight=False, record=True, **_target())
    try:
        yield _recorder
    finally:
        _recorder = None


def exported(console: Console, suffix: str, title: str) -> str:
    """What `console` printed, as an SVG picture of the terminal or an HTML page."""
    if suffix == ".svg":
        return _local_fonts(console.export_svg(title=title))
    return console.export_html()


_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}\s*")


def _local_fonts(svg: str) -> str:
    """Rich's SVG fetches Fira Code from a CDN; offline that fails, so use the fonts the viewer has."""
    return _FONT_FACE.sub("", svg).replace(
        "font-family: Fira Code, monospace;",
        'font-family: "Fira Code", "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace;',
    )


def saved(path: str) -> None:
    stderr().print(Text("Saved ", style="dim") + plain(path, "dim"), soft_wrap=True)


def stderr() -> Console:
    _import_rich()
    return Console(stderr=True, highlight=False)


def write_json(data: Any) -> None:
    """JSON on stdout and nothing else; non-ASCII kept readable, control characters escaped."""
    write_text(json_text(data))


NARROW = 88
"""Below this many columns, secondary columns fold into the main one."""


def _longest_word(listing: Listing, index: int) -> int:
    return max((len(word) for row in listing.rows for word in row[index].split()), default=0)


def _table(listing: Listing, width: int) -> Table:
    longest = {i: _longest_word(listing, i) for i, c in enumerate(listing.columns) if c.whole}
    own_line = {i for i, n in longest.items() if n > width // 3}
    """Whole columns too wide to sit beside the others: each value goes on its own line above the
    main text, which then takes the width of the table, so an id is cut only if wider than that."""
    narrow = width < NARROW or bool(own_line)
    shown = [
        (i, c) for i, c in enumerate(listing.columns) if not (narrow and c.secondary) and i not in own_line
    ]
    table = Table(
        title=cell(listing.title),
        caption=cell(listing.caption, limit=CAPTION_LIMIT) if listing.caption else None,
        title_justify="left",
    )
    for index, column in shown:
        table.add_column(
            cell(column.header),
            style=column.style,
            no_wrap=column.no_wrap,
            ratio=None if index in longest else column.ratio,
            justify=column.justify,
            min_width=longest.get(index, column.min_width),
            overflow=column.overflow,
        )
    styles = list(listing.row_styles) or [""] * len(listing.rows)
    cell_styles = list(listing.cell_styles) or [[""] * len(listing.columns)] * len(listing.rows)
    for row, style, row_cell_styles in zip(listing.rows, styles, cell_styles, strict=True):
        cells: list[Text] = []
        folded = " · ".join(
            v[:CELL_LIMIT] for c, v in zip(listing.columns, row, strict=True) if narrow and c.secondary and v
        )
        above = "\n".join(row[i] for i in sorted(own_line))
        for index, (column, value, cell_style) in enumerate(
            zip(listing.columns, row, row_cell_styles, strict=True)
        ):
            if (narrow and column.secondary) or index in own_line:
                continue
            shown_cell = cell(value, cell_style)
            if column.main and above:
                shown_cell = cell(above + "\n", "cyan") + shown_cell
            if column.main and folded:
                shown_cell.append_text(cell("\n" + folded, "dim"))
            cells.append(shown_cell)
        table.add_row(*cells, style=style or None)
    return table


def write_text(text: str) -> None:
    """Text made for elsewhere (CSV, Markdown, an export) on stdout, as it is."""
    sys.stdout.write(text)


def emit(listing: Listing, fmt: OutputFormat, view: Callable[[Console], None] | None = None) -> None:
    """The one output function: a table (or `view`) on a terminal, or JSON, CSV or Markdown."""
    if fmt != "table":
        write_text(listing_text(listing, fmt))
    elif view is not None:
        view(stdout())
    elif not listing.rows:
        stderr().print(plain(listing.empty_message, "yellow"))
    else:
        console = stdout()
        console.print(_table(listing, console.width))


def show_conflicts(
    conflicts: Sequence[Conflict], fmt: OutputFormat, names: SourceNames | None = None
) -> None:
    """Each conflict as its own table of sides, then the record's assessment of them."""
    listing = conflicts_listing(conflicts, names)

    def view(console: Console) -> None:
        if not conflicts:
            stderr().print(plain(listing.empty_message, "yellow"))
            return
        shown_heading = False
        for conflict in by_kind(conflicts):
            if conflict.kind == "wording" and not shown_heading:
                console.print(Text(WORDING_HEADING, style="bold"))
                console.print()
                shown_heading = True
            console.print(_table(conflict_listing(conflict, names), console.width))
            console.print(Text("Assessment: ", style="bold") + cell(conflict.assessment))
            console.print()
        console.print(cell(listing.caption, "dim", CAPTION_LIMIT))

    emit(listing, fmt, view)


def _citation_block(citations: Sequence[Citation], names: SourceNames | None) -> Group:
    parts = []
    for citation in citations:
        quote = Text("“", style="green") + cell(citation.quote, "green") + Text("”", style="green")
        where = plain(f"  — {place(citation.source, citation.line, names)}", "dim")
        if citation.caption:
            where.append(" (photo caption)", style="yellow")
        parts.append(Padding(Group(quote, where), (0, 0, 0, 2)))
    return Group(*parts)


def _field_lines(item: Item) -> list[tuple[str, str]]:
    if isinstance(item, Event):
        lines = [
            ("Date", f"{date_label(item.date)} ({item.date})" + (", approximate" if item.approximate else ""))
        ]
        lines += [("Kind", item.kind), ("Status", item.status)]
        if item.as_of:
            lines.append(("Planned as of", date_label(item.as_of)))
        if item.summary:
            lines.append(("Summary", item.summary))
        if item.date_basis:
            basis = item.date_basis
            if basis.wording:
                counted = f", counted from {date_label(basis.relative_to)}" if basis.relative_to else ""
                lines.append(("Date from", f"the words “{basis.wording}”{counted}"))
            lines.append(("How it is known", basis.reason))
        return lines + ([("Note", item.note)] if item.note else [])
    skip = {"id", "text", "citations", "note"}
    lines = [
        (k.replace("_", " ").capitalize(), str(v))
        for k, v in as_data(item).items()
        if k not in skip and v is not None
    ]
    return lines + ([("Note", item.note)] if item.note else [])


def show_item(
    item: Item, facts: Sequence[Fact], event_title: str | None = None, names: SourceNames | None = None
) -> None:
    """One event or fact with every citation quoted, and for an event the facts that belong to it."""
    console = stdout()
    heading = item.title if isinstance(item, Event) else item.text
    console.print(
        Text("event" if isinstance(item, Event) else "fact", style="dim")
        + Text("  ")
        + plain(item.id, "bold cyan")
    )
    console.print(cell(heading, "bold"))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    for name, value in _field_lines(item):
        if name == "Event" and event_title:
            value = f"{value}: {event_title}"
        grid.add_row(name, cell(value))
    console.print(grid)
    console.print(Text(f"Citations ({len(item.citations)})", style="bold"))
    console.print(_citation_block(item.citations, names))
    if isinstance(item, Event):
        if facts:
            emit(facts_listing(facts, names), "table")
        else:
            console.print(Text("No facts belong to this event.", style="dim"))


def show_error(error: TraffordError) -> None:
    """A domain error on stderr: its message, then one indented line per detail."""
    console = stderr()
    console.print(Text("Error: ", style="bold red") + plain(str(error)), soft_wrap=True)
    for line in error.details:
        console.print(Text("  ") + plain(line), soft_wrap=True)


def show_usage_error(message: str, hint: str) -> None:
    """A usage error in the same style as a domain error, with where to find help under it."""
    console = stderr()
    console.print(Text("Error: ", style="bold red") + plain(message), soft_wrap=True)
    if hint:
        console.print(Text("  " + hint, style="dim"), soft_wrap=True)


def _terminal_stderr() -> Console | None:
    """stderr as a console, only where a person watches it: progress is no part of a log or a pipe.
    A stderr Rich could not count as a terminal is ruled out before Rich is imported."""
    import os

    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError, OSError):
        tty = False
    if not (tty or os.environ.get("FORCE_COLOR") or os.environ.get("TTY_COMPATIBLE") == "1"):
        return None
    console = stderr()
    return console if console.is_terminal else None


@contextmanager
def slow_note(message: str, after: float = 0.5, console: Console | None = None) -> Iterator[None]:
    """`message` on stderr if the block takes longer than `after` seconds and stderr is a terminal:
    a first run that builds a cache is then not silent."""
    import threading

    target = console if console is not None else _terminal_stderr()
    if target is None:
        yield
        return
    timer = threading.Timer(after, lambda: target.print(Text(message, style="dim"), soft_wrap=True))
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@contextmanager
def counting(total: int, what: str, console: Console | None = None) -> Iterator[Callable[[], None]]:
    """A progress count (`12/280 claims`) on stderr while a batch runs, where stderr is a terminal;
    it is gone when the batch ends, so only the answer stays on screen."""
    target = console if console is not None else _terminal_stderr()
    if target is None or total < 2:
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn(what), BarColumn(), MofNCompleteColumn(), console=target, transient=True
    ) as progress:
        task = progress.add_task(what, total=total)
        yield lambda: progress.advance(task)


def write_json_lines(records: Iterable[dict[str, Any]]) -> None:
    """One compact JSON object per line, as `cite --batch --json` promises."""
    for record in records:
        sys.stdout.write(json_line(record))
