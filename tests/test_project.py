"""Promises about the project itself: layering, packaging, and CI running the README's test command."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "trafford_timeline"
PRESENTATION = {"cli.py", "options.py", "__main__.py"} | {
    p.relative_to(PACKAGE).as_posix()
    for p in [*(PACKAGE / "commands").glob("*.py"), *(PACKAGE / "output").glob("render*.py")]
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


CORE = sorted(p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("module", [m for m in CORE if m not in PRESENTATION])
def test_the_core_imports_neither_typer_nor_rich(module: str) -> None:
    assert imported_modules(PACKAGE / module).isdisjoint({"typer", "rich", "click"})


def test_only_the_modules_that_draw_use_rich() -> None:
    drawing = {module for module in CORE if module.startswith("output/render")}
    assert {module for module in CORE if "rich" in imported_modules(PACKAGE / module)} == drawing


@pytest.mark.parametrize("init", sorted(PACKAGE.glob("*/__init__.py")), ids=lambda p: p.parent.name)
def test_a_subpackage_imports_nothing_so_start_up_pays_only_for_what_a_command_uses(init: Path) -> None:
    assert imported_modules(init) <= {"__future__"}


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.S)
    install_and_run, install_and_test = blocks[0], blocks[1]
    assert install_and_run.endswith("trafford timeline")
    assert install_and_test in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


@pytest.mark.slow
def test_the_wheel_ships_the_record_and_runs_from_another_folder(tmp_path: Path) -> None:
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]
    build = subprocess.run(
        [*pip_wheel, "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, check=False
    )
    assert build.returncode == 0, build.stderr
    wheel = next(tmp_path.glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "trafford_timeline/data/events.json" in names
    assert "trafford_timeline/data/sources/SHA256SUMS" in names
    assert sum(n.startswith("trafford_timeline/data/sources/") and n.endswith(".txt") for n in names) == 5
    assert not [n for n in names if n.endswith((".csv", ".pdf")) or "ilacs" in n.lower()], (
        "nothing national ships"
    )
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "TRAFFORD_DATA"} | {"PYTHONPATH": str(unpacked)}
    script = "import trafford_timeline, sys; assert trafford_timeline.__file__.startswith(sys.argv[1]); "
    script += "from trafford_timeline.cli import app; app(['timeline', '--json'])"
    result = subprocess.run(
        [sys.executable, "-c", script, str(unpacked)], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) >= 25


@pytest.mark.slow
def test_python_dash_m_runs_the_tool() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "trafford_timeline", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.startswith("trafford ")


def test_the_readme_explains_every_exit_status_and_the_size_limit() -> None:
    from trafford_timeline.errors import ExitStatus
    from trafford_timeline.record.store import DEFAULT_SIZE_LIMIT_MB, SIZE_LIMIT_VAR

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Errors and exit codes", 1)[1].split("\n## ", 1)[0]
    for status in [*ExitStatus, 128 + 13]:  # 13: SIGPIPE, as a shell reports it
        assert f"\n| {int(status)} |" in section, status
    assert SIZE_LIMIT_VAR in section
    assert f"{DEFAULT_SIZE_LIMIT_MB} MB" in section


@pytest.mark.slow
def test_the_readme_pictures_are_made_by_the_tool(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    script = ROOT / "scripts" / "make_screenshots.py"
    assert "scripts/make_screenshots.py" in readme
    pictures = re.findall(r"!\[[^\]]*\]\((docs/[\w.]+\.svg)\)", readme)
    assert "docs/screenshot.svg" in pictures
    assert all((ROOT / picture).is_file() for picture in pictures)
    result = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(Path(p).name for p in pictures)
    chart = (tmp_path / "screenshot.svg").read_text(encoding="utf-8").replace("&#160;", " ")
    assert "JFMAMJJASOND" in chart
    assert "Ofsted inspects" in chart
