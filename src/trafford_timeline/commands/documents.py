"""The commands that make and grow a dataset of your own: init, sources add and draft."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, cast

import typer

from trafford_timeline.cli import CHECK_PANEL, RECORD_PANEL, _state, app, examples
from trafford_timeline.commands.record import sources_app
from trafford_timeline.errors import ExitStatus, UsageError, quoted
from trafford_timeline.options import (
    JsonOption,
)


def _inert(value: object) -> str:
    """Text from a document, with any control character (an escape sequence, say) shown, not obeyed."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(value))


def _describe_added(entry: dict[str, object]) -> list[str]:
    report = entry.get("report")
    media = cast(dict[str, str], entry["original"])["media_type"]
    lines = [
        f"Added {entry['file']} ({media}): {entry.get('title')!r}",
        f"  date {entry['date']} ({entry['date_basis']}): {_inert(entry['date_reason'])}",
    ]
    if isinstance(report, dict):
        lines.append(
            f"  inspected {report.get('inspection_dates')}, "
            f"published {report.get('published') or 'not stated'}, "
            f"lead inspector {_inert(report.get('lead_inspector') or 'not stated')}"
        )
    regions = entry.get("regions")
    if isinstance(regions, list) and regions:
        lines.append(f"  {len(regions)} non-body region(s) marked")
    return lines


@sources_app.command(
    "add",
    epilog=examples(
        "trafford --data ./trafford-data sources add 'inspection - 03 august 2026.pdf' --date 2026-08-03",
        "trafford --data ./trafford-data sources add article.html --name cyp-now-2026",
        "trafford --data ./trafford-data sources add minutes.txt --kind committee_minutes",
    ),
)
def sources_add(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A text, HTML or PDF file.", dir_okay=False)],
    name: Annotated[str | None, typer.Option(help="The stored file's name (default: from FILE).")] = None,
    title: Annotated[str | None, typer.Option(help="The title, if the text's own is wrong.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    author: Annotated[str | None, typer.Option(help="Who wrote it.")] = None,
    date: Annotated[str | None, typer.Option(help="When it was published, as you would write it.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it came from.")] = None,
    kind: Annotated[
        str | None, typer.Option(help="news_report, committee_minutes, inspection_report, ...")
    ] = None,
) -> None:
    """Add a document to your dataset: its text in sources/, its entry in events.json, its hash in SHA256SUMS.

    Text is stored byte for byte; HTML and PDF are extracted (PDF with pypdf). The title, byline and
    date are read from the text (for an Ofsted report also the inspection dates and lead inspector),
    and lines that are not the body are marked. Nothing is written if anything fails.
    """
    from typing import get_args

    from trafford_timeline.record.intake import Overrides, add_source
    from trafford_timeline.record.model import SourceKind

    if kind is not None and kind not in get_args(SourceKind):
        raise UsageError(f"--kind must be one of {', '.join(get_args(SourceKind))}, not {quoted(kind)}")
    overrides = Overrides(name=name, title=title, publisher=publisher, author=author, date=date, url=url,
                          kind=cast("SourceKind | None", kind))  # fmt: skip
    data_dir = _state(ctx).data_dir
    entry = add_source(data_dir, file, overrides)
    for line in _describe_added(entry):
        typer.echo(line)


@app.command(
    rich_help_panel=RECORD_PANEL,
    epilog=examples("trafford init ./trafford-data", "trafford init ./my-council --empty"),
)
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="A new folder for the dataset.")],
    empty: Annotated[bool, typer.Option("--empty", help="Start with no sources, events or facts.")] = False,
) -> None:
    """Make a dataset folder of your own: a copy of the shipped record, or with --empty an empty one.

    The commands that change a record (sources add, draft --accept) write only into such a folder,
    named with --data DIR or TRAFFORD_DATA, never into the record installed with trafford.
    """
    from trafford_timeline.record.intake import init_dataset

    made = init_dataset(folder, empty=empty)
    typer.echo(f"Made {'an empty' if empty else 'a'} dataset in {made}; use it with --data {made}")


@app.command(
    rich_help_panel=CHECK_PANEL,
    epilog=examples(
        "trafford --data ./trafford-data draft inspection-2026.txt --json > draft.json",
        "trafford --data ./trafford-data draft --accept draft.json",
    ),
)
def draft(
    ctx: typer.Context,
    name: Annotated[
        str | None, typer.Argument(help="The source to draft from, as `sources` names it.")
    ] = None,
    accept: Annotated[
        Path | None, typer.Option("--accept", metavar="FILE", help="Merge a reviewed draft into events.json.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Propose cited events and facts from one source, or merge a reviewed draft with --accept.

    The JSON is {"source": NAME, "events": [...], "facts": [...]}: each item has the fields of an
    events.json item plus `confidence` (0 to 1) and `why`. Nothing the record holds is proposed again.
    --accept checks the draft, refuses ids that clash, writes atomically keeping events.json.bak,
    then runs verify.
    """
    from trafford_timeline.record import draft as drafting

    data_dir = _state(ctx).data_dir
    if accept is not None:
        if name is not None:
            raise UsageError("give either a source NAME to draft from or --accept FILE, not both")
        from trafford_timeline.output import render_verdicts
        from trafford_timeline.record.verify import verify_dataset

        counts = drafting.accept_draft(data_dir, accept)
        typer.echo(f"Accepted {counts['events']} events and {counts['facts']} facts into {data_dir}")
        result = verify_dataset(data_dir)
        render_verdicts.show_verification(result, "table")
        raise typer.Exit(ExitStatus.SUCCESS if result.ok else ExitStatus.NEGATIVE)
    if name is None:
        raise UsageError("name a source to draft from (see `trafford sources`), or give --accept FILE")
    proposal = drafting.draft_source(data_dir, name)
    if as_json:
        from trafford_timeline.output import render

        render.write_json(proposal)
        return
    for group in ("events", "facts"):
        typer.echo(f"{len(proposal[group])} {group}:")
        for item in proposal[group]:
            label = item.get("title") or item.get("text")
            typer.echo(f"  {item['id']}  ({item['confidence']:.2f})  {label!r}")
