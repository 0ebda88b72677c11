"""Time `trafford` against the floor of its own libraries, side by side, and print medians and ratios.

    python benchmarks/bench.py                       # start-up on the shipped record
    python benchmarks/bench.py --data /tmp/corpus-100k
    python benchmarks/bench.py --data /tmp/corpus-100k --first   # and a first run with no cache
    python benchmarks/bench.py --quick               # a few runs, as CI does
    python benchmarks/bench.py --national ../shared/ofsted/ilacs_history.csv   # national and context too

The floor is `python -c "import typer, rich.table, pydantic"` in the same environment. Every round
runs each command once, in turn, with its output going to a pipe, so a noisy machine slows all of
them alike; compare the medians and ratios, not single times. Each command is run once before
timing, so a cache is in place ("after a first run"); that first run is timed and reported too.
Peak memory is the largest resident set (`ru_maxrss`) of the first run, and of any run after it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

FLOOR = [sys.executable, "-c", "import typer, rich.table, pydantic"]
EMPTY_TYPER_APP = """
import typer
app = typer.Typer()
@app.callback()
def main(data: str | None = None) -> None: ...
@app.command()
def run(text: str | None = None) -> None: ...
app(["run"], prog_name="empty")
"""
"""What any Typer 0.29 command costs before it does anything: Typer coerces every parameter through
a pydantic TypeAdapter, and so imports pydantic's validation machinery, which `import pydantic`
alone (it is lazy) does not."""
CLAIM = "The improvement notice was issued on 8 May 2019"
CORPUS_CLAIM = "Ofsted inspects Northstead children's services"
"""A claim in the synthetic corpus's own words (see make_corpus.py)."""
QUESTION = "When does the panel to appoint a new director sit?"
CORPUS_QUESTION = "When did Ofsted inspect Northstead children's services?"
"""A question in the corpus's words: many inspections match it, each dated differently."""


@dataclass
class Command:
    name: str
    argv: list[str]
    limit: float | None
    """The most this may take, as a multiple of the floor's median; None for the floor itself."""
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    """User plus system CPU seconds: less swayed than wall time by a busy machine."""
    peak_kb: int = 0
    first_run: float = 0.0
    first_peak_kb: int = 0
    env: dict[str, str] = field(default_factory=dict)
    """Set for this command only: `--before` runs another checkout's code through PYTHONPATH."""
    unkept: bool = False
    """Run against a copy of the cache whose kept claim documents are removed before each run, as a
    claim whose candidates no earlier run has read would find it (issue 16, fifth pass)."""


def trafford() -> list[str]:
    """The installed `trafford` beside this Python, as a user runs it; else `python -m`."""
    script = Path(sys.executable).with_name("trafford")
    return [str(script)] if script.exists() else [sys.executable, "-m", "trafford_timeline"]


def compile_package() -> None:
    """Write the package's bytecode first, as installing a wheel does: where PYTHONDONTWRITEBYTECODE
    is set (as on some CI machines) an editable install would otherwise compile every changed module
    on every run, which measured 20-30 ms of a 140 ms `cite`."""
    import compileall

    import trafford_timeline

    compileall.compile_dir(Path(trafford_timeline.__file__).parent, quiet=1)


def run(argv: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """Wall time in seconds, peak resident set in KB and exit status; output read from a pipe."""
    elapsed, peak, status, _ = run_timed(argv, env)
    return elapsed, peak, status


def run_timed(argv: list[str], env: dict[str, str]) -> tuple[float, int, int, float]:
    """As `run`, and the CPU seconds (user and system) the command used."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    while process.stdout.read(65536):
        pass
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, int(usage.ru_maxrss), process.returncode, usage.ru_utime + usage.ru_stime


def national_commands(national: Path | None) -> list[Command]:
    """`national --council trafford` and `context`, held to the limit `timeline` is held to."""
    if national is None:
        return []
    tool = [*trafford(), "--national", str(national)]
    return [
        Command("trafford national --council trafford", [*tool, "national", "--council", "trafford"], 1.3),
        Command("trafford context", [*tool, "context"], 1.3),
    ]


DATED_CLAIM = "The improvement notice was issued on 23 May 2019"
"""A dated claim for the corpus: the checker compares dates, and looks up what happened on that day."""


def commands(data: Path | None, claim: str, question: str, window: tuple[str, str]) -> list[Command]:
    tool = trafford()
    empty = Command(
        "an empty Typer app: a command with one option", [sys.executable, "-c", EMPTY_TYPER_APP], None
    )
    if data is None:
        return [
            Command("floor: import typer, rich.table, pydantic", FLOOR, None),
            empty,
            Command("trafford timeline", [*tool, "timeline"], 1.3),
            Command(f'trafford cite "{claim}"', [*tool, "cite", claim], 1.5),
            Command(f'trafford ask "{question}"', [*tool, "ask", question], 1.5),
        ]
    span = ["--from", window[0], "--to", window[1]]
    return [
        Command("floor: import typer, rich.table, pydantic", FLOOR, None),
        empty,
        Command(f"trafford timeline {' '.join(span)} --json", [*tool, "timeline", *span, "--json"], 2.0),
        Command(f'trafford cite "{claim}"', [*tool, "cite", claim], 2.0),
        Command(f'trafford cite "{DATED_CLAIM}"', [*tool, "cite", DATED_CLAIM], 2.0),
        Command(
            f'trafford cite "{claim}", no document kept (a new claim)',
            [*tool, "cite", claim],
            2.0,
            unkept=True,
        ),
        Command(f'trafford ask "{question}"', [*tool, "ask", question], 2.0),
        Command("trafford verify --json", [*tool, "verify", "--json"], 15.0),
    ]


def spread(values: list[float]) -> str:
    """The middle half of the values: the 25th to the 75th percentile."""
    if len(values) < 4:
        return f"{min(values):.2f}–{max(values):.2f}"
    quartiles = statistics.quantiles(values, n=4)
    return f"{quartiles[0]:.2f}–{quartiles[2]:.2f}"


def first_run_without_cache(data: Path, claim: str, env: dict[str, str], floor: float) -> None:
    """`cite` with an empty cache folder: validating the record and building both cache files."""
    fresh = Path(tempfile.mkdtemp(prefix="trafford-bench-first-"))
    try:
        argv = [*trafford(), "cite", claim]
        elapsed, peak, _, cpu = run_timed(argv, {**env, "TRAFFORD_CACHE_DIR": str(fresh)})
        size = sum(path.stat().st_size for path in fresh.iterdir() if path.is_file())
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    events = (data / "events.json").stat().st_size
    ratio = elapsed / floor
    print()
    print(
        f"first `cite` with no cache at all: {elapsed:,.1f} s ({cpu:,.1f} s CPU), {ratio:,.0f}x the floor"
        f" (target ≤ 150x {'✓' if ratio <= 150 else '✗'}); peak memory {peak / 1024:,.0f} MB"
        f" (target ≤ 1,536 MB {'✓' if peak <= 1536 * 1024 else '✗'})"
    )
    print(
        f"cache on disk: {size / 1e6:,.1f} MB, {size / events:.2f}x events.json ({events / 1e6:,.1f} MB)"
        f" (target ≤ 3x {'✓' if size <= 3 * events else '✗'})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a dataset folder (default: the shipped record)")
    parser.add_argument("--runs", type=int, default=30, help="timed rounds (default 30)")
    parser.add_argument("--quick", action="store_true", help="3 rounds: a smoke test that the benchmark runs")
    parser.add_argument("--claim", help="the claim `cite` checks")
    parser.add_argument("--question", help="the question `ask` answers")
    parser.add_argument("--cache-dir", type=Path, help="cache folder to use (default: a fresh temporary one)")
    parser.add_argument("--from", dest="start", default="2019-05-01")
    parser.add_argument("--to", dest="end", default="2019-05-31")
    parser.add_argument(
        "--national", type=Path, help="a national history CSV: also time national and context"
    )
    parser.add_argument(
        "--first", action="store_true", help="also time a first `cite` with no cache at all (--data only)"
    )
    parser.add_argument(
        "--before",
        type=Path,
        help="another checkout's src folder: time its commands too, in the same rounds, side by side",
    )
    args = parser.parse_args(argv)
    runs = 3 if args.quick else args.runs

    cache = args.cache_dir or Path(tempfile.mkdtemp(prefix="trafford-bench-cache-"))
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("TRAFFORD_DATA", "TRAFFORD_NO_CACHE", "PYTHONDONTWRITEBYTECODE")
    }
    env["TRAFFORD_CACHE_DIR"] = str(cache)
    compile_package()
    if args.data is not None:
        env["TRAFFORD_DATA"] = str(args.data)
    claim = args.claim or (CLAIM if args.data is None else CORPUS_CLAIM)
    question = args.question or (QUESTION if args.data is None else CORPUS_QUESTION)
    table = commands(args.data, claim, question, (args.start, args.end)) + national_commands(args.national)
    if args.before is not None:
        table += before_commands(table, args.before.absolute())
    try:
        unkept = cache / "unkept"
        for command in sorted(table, key=lambda command: command.unkept):  # the first run builds the cache
            if command.unkept and not unkept.exists():
                unkept.mkdir(mode=0o700)
                for path in cache.glob("*.sqlite"):
                    shutil.copy2(path, unkept / path.name)
            command.first_run, command.first_peak_kb, _ = run(command.argv, command_env(command, env, unkept))
        for _ in range(runs):
            for command in table:
                if command.unkept:
                    for path in unkept.glob("*.claims-read.db"):
                        path.unlink()
                elapsed, peak, _, cpu = run_timed(command.argv, command_env(command, env, unkept))
                command.times.append(elapsed)
                command.cpu.append(cpu)
                command.peak_kb = max(command.peak_kb, peak)
    finally:
        if args.cache_dir is None:
            shutil.rmtree(cache, ignore_errors=True)

    floor = statistics.median(table[0].times)
    print(f"data: {args.data or 'the shipped record'}; {runs} rounds; output to a pipe")
    print("Ratios are per round (each command against the floor run beside it): the median, then the")
    print("middle half of the rounds. A target also holds peak memory after a first run to 100 MB.")
    print("On a busy machine, the CPU ratio (user and system time, medians) is the steadier measure.")
    print(
        "| command | first run | its peak memory | median after | peak after | ratio to floor | spread "
        "| target | CPU time | CPU ratio |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for command in table:
        median = statistics.median(command.times)
        ratios = [t / f for t, f in zip(command.times, table[0].times, strict=True)]
        ratio = statistics.median(ratios)
        met = command.limit is not None and ratio <= command.limit and command.peak_kb <= 100 * 1024
        target = f"≤ {command.limit}x {'✓' if met else '✗'}" if command.limit else ""
        cells = [
            f"`{command.name}`",
            f"{command.first_run * 1000:,.0f} ms",
            f"{command.first_peak_kb / 1024:,.0f} MB",
            f"{median * 1000:,.0f} ms",
            f"{command.peak_kb / 1024:,.0f} MB",
            f"{ratio:.2f}",
            spread(ratios),
            target,
            f"{statistics.median(command.cpu) * 1000:,.0f} ms",
            f"{statistics.median(command.cpu) / statistics.median(table[0].cpu):.2f}",
        ]
        print("| " + " | ".join(cells) + " |")
    if args.data is not None and args.first:
        first_run_without_cache(args.data, claim, env, floor)
        if args.before is not None:
            print("before:", end="")
            before = {**env, "PYTHONPATH": str(args.before.absolute())}
            first_run_without_cache(args.data, claim, before, floor)
    return 0


def command_env(command: Command, env: dict[str, str], unkept: Path) -> dict[str, str]:
    return {**env, **command.env, **({"TRAFFORD_CACHE_DIR": str(unkept)} if command.unkept else {})}


def before_commands(table: list[Command], source: Path) -> list[Command]:
    """Each `trafford` command again, as `before: ...`, timed in the same rounds, importing the
    package from `source` (another checkout's `src`, its bytecode compiled first): PYTHONPATH comes
    before the installed package on `sys.path`."""
    import compileall

    compileall.compile_dir(source, quiet=1)
    tool = trafford()
    return [
        Command(
            f"before: {command.name}",
            command.argv,
            command.limit,
            env={"PYTHONPATH": str(source)},
            unkept=command.unkept,
        )
        for command in table
        if command.argv[: len(tool)] == tool
    ]


if __name__ == "__main__":
    raise SystemExit(main())
