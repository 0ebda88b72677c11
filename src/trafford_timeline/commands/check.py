"""The commands that check the record: verify, cite and ask."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from trafford_timeline.cli import CHECK_PANEL, _saving, _state, app, examples
from trafford_timeline.errors import ExitStatus
from trafford_timeline.options import (
    BatchOption,
    ClaimArgument,
    ExportOption,
    ForceOption,
    FormatOption,
    JsonOption,
    batch_text,
    output_format_of,
)

if TYPE_CHECKING:
    from trafford_timeline.output.listings import Listing, OutputFormat, SourceNames

T = TypeVar("T")


@app.command(
    rich_help_panel=CHECK_PANEL,
    epilog=examples(
        "trafford verify", "trafford --data ./my-dataset verify --json", "trafford verify --format csv"
    ),
)
def verify(
    ctx: typer.Context,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Re-find every quote in its source at its line, check the source hashes, ids and references.

    Prints one row per problem with a stable code, then a count per code. Exits 1 on any problem.
    """
    from trafford_timeline.output import render_verdicts
    from trafford_timeline.record.verify import verify_dataset

    fmt = output_format_of(as_json, output_format)
    data_dir = _state(ctx).data_dir
    result = verify_dataset(data_dir)
    with _saving(ctx, export, fmt, force):
        render_verdicts.show_verification(result, fmt)
    raise typer.Exit(ExitStatus.SUCCESS if result.ok else ExitStatus.NEGATIVE)


@app.command(
    rich_help_panel=CHECK_PANEL,
    epilog=examples(
        'trafford cite "The improvement notice was issued on 8 May 2019"',
        'trafford cite "Trafford was rated good in 2015" --json',
        "trafford cite --batch claims.txt",
        "cat claims.txt | trafford cite - --json",
        "trafford cite --batch claims.txt --format csv > verdicts.csv",
        'trafford cite "Trafford was rated good in 2015" --export verdict.svg',
    ),
)
def cite(
    ctx: typer.Context,
    claim: ClaimArgument = None,
    batch: BatchOption = None,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Check a claim against the record: supported, contradicted, not found or disputed, with evidence.

    Dates are read day-first (08/05/2019 is 8 May). Exits 0 when the claim is supported and 1 when it
    is contradicted, not found or disputed; with --batch, 0 only if every claim is supported.
    """
    fmt = output_format_of(as_json, output_format)
    claims, one = _texts(claim, batch, "CLAIM", "the claim is empty; write the claim in quotes", "claim")
    from trafford_timeline.claims.check import check_claim
    from trafford_timeline.output import contracts, render_verdicts, verdicts

    dataset = _state(ctx).dataset()
    index = dataset.claim_index()
    checks = _each(claims, "Checking claims", lambda text: check_claim(text, index))
    index.keep_read()
    _show_each(
        ctx, checks, one, fmt, export, force,
        contracts.claim_record, verdicts.claims_listing, render_verdicts.show_claim,
    )  # fmt: skip
    supported = all(check.verdict == "supported" for check in checks)
    raise typer.Exit(ExitStatus.SUCCESS if supported else ExitStatus.NEGATIVE)


@app.command(
    rich_help_panel=CHECK_PANEL,
    epilog=examples(
        'trafford ask "When does the panel to appoint a new director sit?"',
        'trafford ask "What grade did children in care get in 2019?" --json',
        "trafford ask --batch questions.txt",
        "cat questions.txt | trafford ask --batch - --json",
    ),
)
def ask(
    ctx: typer.Context,
    question: Annotated[
        str | None,
        typer.Argument(
            help="The question, in quotes; '-' reads questions from standard input.", show_default=False
        ),
    ] = None,
    batch: BatchOption = None,
    as_json: JsonOption = False,
    output_format: FormatOption = None,
    export: ExportOption = None,
    force: ForceOption = False,
) -> None:
    """Answer a question in a few words, with the quote that says so, or say the sources do not.

    Asks when, who (and who said what), what grade, how many, how often, which, yes or no, and what
    the record lists. Exits 0 when answered and 1 when not stated or disputed; with --batch, 0 only
    if every question is answered. --batch --json prints JSON Lines, one answer per line.
    """
    fmt = output_format_of(as_json, output_format)
    questions, one = _texts(
        question, batch, "QUESTION", "the question is empty; write it in quotes", "question"
    )
    from trafford_timeline.claims.answer import answer_question, source_text_in
    from trafford_timeline.output import render_verdicts, verdicts
    from trafford_timeline.output.answer_contract import answer_json

    dataset = _state(ctx).dataset()
    index, conflicts, sources = dataset.claim_index(), dataset.conflicts, dataset.sources
    texts = source_text_in(dataset.data_dir)
    answers = _each(
        questions, "Answering questions", lambda text: answer_question(text, index, conflicts, sources, texts)
    )
    index.keep_read()
    _show_each(
        ctx, answers, one, fmt, export, force,
        answer_json, verdicts.answers_listing, render_verdicts.show_answer,
    )  # fmt: skip
    answered = all(answer.status == "answered" for answer in answers)
    raise typer.Exit(ExitStatus.SUCCESS if answered else ExitStatus.NEGATIVE)


def _texts(text: str | None, batch: Path | None, name: str, empty: str, key: str) -> tuple[list[str], bool]:
    """The claims or questions to check: TEXT, or one per line of --batch (`-` for standard input,
    as TEXT `-` is too); and whether there is just the one, given as TEXT."""
    both_or_neither = f"give either a {name} or --batch FILE, not both or neither"
    if text == "-":  # as for --batch, "-" is standard input, never a text to check
        if batch is not None:
            raise typer.BadParameter(both_or_neither)
        text, batch = None, Path("-")
    if (text is None) == (batch is None):
        raise typer.BadParameter(both_or_neither)
    if text is not None and not text.strip():
        raise typer.BadParameter(empty, param_hint=f"'{name}'")
    if batch is None:
        return [text or ""], True
    from trafford_timeline.claims.batch import batch_claims

    return batch_claims(batch_text(batch), key=key), False


def _each(texts: list[str], doing: str, work: Callable[[str], T]) -> list[T]:
    """`work` done on each text, with a count on a terminal's stderr while a batch runs."""
    from trafford_timeline.output import render

    done = []
    with render.counting(len(texts), doing) as advance:
        for text in texts:
            done.append(work(text))
            advance()
    return done


def _show_each(
    ctx: typer.Context,
    results: list[T],
    one: bool,
    fmt: OutputFormat,
    export: Path | None,
    force: bool,
    record_of: Callable[[T], dict[str, Any]],
    listing_of: Callable[[Sequence[T], SourceNames], Listing],
    show: Callable[[T, SourceNames], None],
) -> None:
    """One result as JSON or drawn for a person; a batch as JSON Lines or a table; any as CSV or
    Markdown, saved with --export as the terminal shows it."""
    from trafford_timeline.output import listings, render

    names = listings.source_names(_state(ctx).dataset().sources)
    with _saving(ctx, export, fmt, force):
        if fmt == "json" and one:
            render.write_json(record_of(results[0]))
        elif fmt == "json":
            render.write_json_lines(record_of(result) for result in results)
        elif one:
            render.emit(listing_of(results, names), fmt, lambda _: show(results[0], names))
        else:
            render.emit(listing_of(results, names), fmt)
