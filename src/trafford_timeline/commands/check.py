"""The commands that check the record: verify, cite and ask."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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
    if claim == "-":  # as for --batch, "-" is standard input, never a claim to check
        if batch is not None:
            raise typer.BadParameter("give either a CLAIM or --batch FILE, not both or neither")
        claim, batch = None, Path("-")
    if (claim is None) == (batch is None):
        raise typer.BadParameter("give either a CLAIM or --batch FILE, not both or neither")
    if claim is not None and not claim.strip():
        raise typer.BadParameter("the claim is empty; write the claim in quotes", param_hint="'CLAIM'")
    from trafford_timeline.claims.batch import batch_claims

    claims = batch_claims(batch_text(batch)) if batch is not None else [claim or ""]
    from trafford_timeline.claims.check import check_claim
    from trafford_timeline.output import contracts, listings, render, render_verdicts, verdicts

    dataset = _state(ctx).dataset()
    index = dataset.claim_index()
    names = listings.source_names(dataset.sources)
    checks = []
    with render.counting(len(claims), "Checking claims") as advance:
        for text in claims:
            checks.append(check_claim(text, index))
            advance()
    with _saving(ctx, export, fmt, force):
        if fmt == "json" and batch is None:
            render.write_json(contracts.claim_record(checks[0]))
        elif fmt == "json":
            render.write_json_lines(contracts.claim_record(check) for check in checks)
        elif batch is None:
            render.emit(
                verdicts.claims_listing(checks, names),
                fmt,
                lambda _: render_verdicts.show_claim(checks[0], names),
            )
        else:
            render.emit(verdicts.claims_listing(checks, names), fmt)
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
    if question == "-":  # as for --batch, "-" is standard input, never a question to answer
        if batch is not None:
            raise typer.BadParameter("give either a QUESTION or --batch FILE, not both or neither")
        question, batch = None, Path("-")
    if (question is None) == (batch is None):
        raise typer.BadParameter("give either a QUESTION or --batch FILE, not both or neither")
    if question is not None and not question.strip():
        raise typer.BadParameter("the question is empty; write it in quotes", param_hint="'QUESTION'")
    from trafford_timeline.claims.batch import batch_claims

    questions = batch_claims(batch_text(batch), key="question") if batch is not None else [question or ""]
    from trafford_timeline.claims.answer import answer_question
    from trafford_timeline.output import listings, render, render_verdicts, verdicts
    from trafford_timeline.output.answer_contract import answer_json

    dataset = _state(ctx).dataset()
    index = dataset.claim_index()
    conflicts = dataset.conflicts
    names = listings.source_names(dataset.sources)
    answers = []
    with render.counting(len(questions), "Answering questions") as advance:
        for text in questions:
            answers.append(answer_question(text, index, conflicts, dataset.sources))
            advance()
    with _saving(ctx, export, fmt, force):
        if fmt == "json" and batch is None:
            render.write_json(answer_json(answers[0]))
        elif fmt == "json":
            render.write_json_lines(answer_json(answer) for answer in answers)
        elif batch is None:
            render.emit(
                verdicts.answers_listing(answers, names),
                fmt,
                lambda _: render_verdicts.show_answer(answers[0], names),
            )
        else:
            render.emit(verdicts.answers_listing(answers, names), fmt)
    answered = all(answer.status == "answered" for answer in answers)
    raise typer.Exit(ExitStatus.SUCCESS if answered else ExitStatus.NEGATIVE)
