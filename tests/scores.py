"""Run one of the benchmark scorers on a labelled set and read the figures it prints, or load a
benchmark script to call its functions."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def scored(scorer: str, labelled: Path, patterns: dict[str, str]) -> dict[str, float]:
    """The figures `benchmarks/<scorer>` prints for `labelled`, each read by its pattern's one group."""
    printed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / scorer), str(labelled)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = {name: re.search(pattern, printed) for name, pattern in patterns.items()}
    assert all(found.values()), printed
    return {name: float(match[1]) for name, match in found.items() if match}


def benchmark_module(script: str) -> ModuleType:
    """`benchmarks/<script>` loaded as a module (the folder is not a package), to call its functions."""
    spec = importlib.util.spec_from_file_location(Path(script).stem, ROOT / "benchmarks" / script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
