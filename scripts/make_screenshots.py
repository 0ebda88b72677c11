"""Regenerate the README's pictures with the tool itself: `python scripts/make_screenshots.py [FOLDER]`.

Each is what `trafford` shows at 120 columns, saved by its own `--export`; FOLDER defaults to docs/.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTH = "120"
SCREENSHOTS = {
    "screenshot.svg": ["timeline", "--chart"],
    "ratings.svg": ["ratings", "--compare", "2015", "2019"],
}


def main(folder: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TRAFFORD_DATA"} | {"COLUMNS": WIDTH}
    for name, command in SCREENSHOTS.items():
        target = folder / name
        subprocess.run(
            [sys.executable, "-m", "trafford_timeline", *command, "--export", str(target), "--force"],
            env=env,
            stdout=subprocess.DEVNULL,
            check=True,
        )
        print(target)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
