"""The `trafford` command: parse options, ask the core, hand the answer to `render`."""

from __future__ import annotations

import contextlib
import copy
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from trafford_timeline.errors import ExitStatus, TraffordError
from trafford_timeline.options import (
    DataOption,
    NationalOption,
    VersionOption,
    saving,
)
from trafford_timeline.record.store import resolve_data_dir

if TYPE_CHECKING:
    from trafford_timeline.claims.check import ClaimIndex
    from trafford_timeline.output.listings import OutputFormat
    from trafford_timeline.record.dataset import Dataset
    from trafford_timeline.record.model import Record


class Commands(TyperGroup):
    """Every command runs through here, so a domain error becomes a message and an exit status once,
    and a usage error (a bad option, a value Click or a command refused) reads the same way."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except typer.TyperException as exc:
            _usage_error(exc)

    def invoke(self, ctx: Any) -> Any:
        from trafford_timeline.output import render

        try:
            with render.paged(not ctx.params.get("no_pager", True)):
                return super().invoke(ctx)
        except TraffordError as exc:
            from trafford_timeline.output import render

            render.show_error(exc)
            raise typer.Exit(exc.status) from None
        except typer.TyperException as exc:
            _usage_error(exc)


def _usage_error(exc: typer.TyperException) -> NoReturn:
    """A usage error as one plain `Error:` line and where to find help, not Typer's box."""
    if type(exc).__name__ == "NoArgsIsHelpError":  # not an error: `trafford` alone shows its help
        raise exc
    from trafford_timeline.output import render

    context = getattr(exc, "ctx", None)
    hint = f"Try '{context.command_path} -h' for help." if context is not None else ""
    render.show_usage_error(exc.format_message(), hint)
    raise typer.Exit(getattr(exc, "exit_code", ExitStatus.USAGE)) from None


app = typer.Typer(
    cls=Commands,
    name="trafford",
    help=(
        "Check facts and build a timeline of the collapse of Trafford Council's children's services "
        "(Ofsted: good in 2015, inadequate in 2019). Every answer quotes a named source file and line."
    ),
    no_args_is_help=True,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    epilog=(
        "Examples:\n\n  trafford timeline --from 'May 2019'\n\n"
        '  trafford cite "Trafford was rated good in 2015"\n\n'
        "  trafford ratings --compare 2015 2019\n\n  trafford show improvement-notice-2019\n\n"
        "  trafford export -o trafford.html"
    ),
)

RECORD_PANEL = "Read the record"
CHECK_PANEL = "Check the record"


@dataclass
class State:
    data_dir: Path
    national: Path | None = None
    """`--national FILE`; None for `$TRAFFORD_NATIONAL` or the user's data folder."""
    _dataset: Dataset | None = None

    def dataset(self) -> Dataset:
        """The dataset, from the cache where its content was seen before (see record/dataset.py)."""
        if self._dataset is None:
            from trafford_timeline.output import render
            from trafford_timeline.record.dataset import open_dataset

            with render.slow_note("Reading the record and building its cache; later runs are quick…"):
                self._dataset = open_dataset(self.data_dir)
        return self._dataset

    def record(self) -> Record:
        return self.dataset().record()

    def claim_index(self) -> ClaimIndex:
        return self.dataset().claim_index()


@contextlib.contextmanager
def _saving(ctx: typer.Context, export: Path | None, fmt: OutputFormat, force: bool) -> Iterator[None]:
    """Print as usual; with `--export`, also save what was printed (see `options.saving`)."""
    with saving(export, fmt, force, data_dir=_state(ctx).data_dir, title=f"trafford {ctx.info_name}"):
        yield


def examples(*commands: str) -> str:
    """The epilog every command ends its help with."""
    return "Examples:\n\n" + "\n\n".join(f"  {command}" for command in commands)


@app.callback()
def main(
    ctx: typer.Context,
    data: DataOption = None,
    national: NationalOption = None,
    version: VersionOption = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            envvar="TRAFFORD_NO_PAGER",
            help="Never page: output longer than the terminal otherwise goes through $PAGER (less).",
        ),
    ] = False,
) -> None:
    ctx.obj = State(resolve_data_dir(data), national)


def _names(record: Record) -> dict[str, str]:
    """Each source's name for people (`CYP Now, 29 May 2019`), keyed by its file name."""
    from trafford_timeline.output.listings import source_names

    return source_names(record.sources)


def _state(ctx: typer.Context) -> State:
    state = ctx.find_object(State)
    return state if state is not None else State(resolve_data_dir(None))


_GLOBAL_VALUES = ("--data", "--national")
"""The global options that take a value: the word after them is not a command's name."""

_GLOBAL_FLAGS = ("--no-pager",)


def named_command(args: list[str]) -> str | None:
    """The command `args` run, found past the global options; None where the whole app is needed
    (help, the version, completion, or no command at all)."""
    taking_value = False
    for arg in args:
        if taking_value:
            taking_value = False
        elif arg in _GLOBAL_VALUES:
            taking_value = True
        elif arg in _GLOBAL_FLAGS or arg.startswith(tuple(f"{name}=" for name in _GLOBAL_VALUES)):
            continue
        else:
            return None if arg.startswith("-") else arg
    return None


def app_for(args: list[str]) -> typer.Typer:
    """`app` with only the command `args` name, so Typer reads the parameters of one command
    rather than of all of them on every run (about 20 ms); the whole app for anything else."""
    name = None if os.environ.get("_TRAFFORD_COMPLETE") else named_command(args)
    if name is None:
        return app
    from typer.main import get_command_name

    commands = [
        info
        for info in app.registered_commands
        if (info.name or (get_command_name(info.callback.__name__) if info.callback else None)) == name
    ]
    groups = [info for info in app.registered_groups if info.name == name]
    if not commands and not groups:  # a typo: the whole app, which suggests the nearest command
        return app
    only = copy.copy(app)
    only.registered_commands, only.registered_groups = commands, groups
    return only


# Each module registers its commands on `app` as it is imported, in the order `trafford --help` lists them.
# isort: off
import trafford_timeline.commands.record  # noqa: E402
import trafford_timeline.commands.check  # noqa: E402
import trafford_timeline.commands.export  # noqa: E402
import trafford_timeline.commands.national  # noqa: E402
import trafford_timeline.commands.documents  # noqa: E402, F401
# isort: on
