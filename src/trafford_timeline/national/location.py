"""Where the national data is: `--national FILE`, then `$TRAFFORD_NATIONAL`, then the user's data folder.

Nothing national ships with trafford: the user downloads it (`trafford national update`) or names a
copy they hold. The council lookup is read from beside the history file, as `la_lookup.csv`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trafford_timeline.errors import DataError

if TYPE_CHECKING:
    from trafford_timeline.national.councils import Lookup
    from trafford_timeline.national.history import NationalHistory

NATIONAL_VAR = "TRAFFORD_NATIONAL"
HISTORY_NAME = "ofsted_csc_ilacs_history.csv"
LOOKUP_NAME = "la_lookup.csv"
HOW_TO_GET = (
    "run `trafford national update` to download it (about 150 kB), or give a copy you hold with "
    f"--national FILE or ${NATIONAL_VAR}"
)


def data_home() -> Path:
    """`$XDG_DATA_HOME/trafford`, else `~/.local/share/trafford`: the user's data, not a cache."""
    base = os.environ.get("XDG_DATA_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".local" / "share") / "trafford"


def history_path(option: Path | None = None) -> Path:
    if option is not None:
        return option
    from_env = os.environ.get(NATIONAL_VAR, "").strip()
    return Path(from_env) if from_env else data_home() / HISTORY_NAME


def lookup_path(history: Path) -> Path:
    return history.parent / LOOKUP_NAME


def require_history(path: Path) -> Path:
    """`path` if it exists; otherwise a DataError saying how to get the national data (exit 1)."""
    if not path.is_file():
        raise DataError(str(path), f"no national inspection data here; {HOW_TO_GET}")
    return path


@dataclass(frozen=True)
class National:
    """The history the national commands read, and the lookup beside it if there is one."""

    path: Path
    history: NationalHistory
    lookup: Lookup | None


def open_national(option: Path | None = None) -> National:
    """The national data named by `--national`, `$TRAFFORD_NATIONAL` or the user's data folder, checked.

    A DataError (exit 1) says how to get it when there is none.
    """
    from trafford_timeline.national.councils import load_lookup
    from trafford_timeline.national.history import load_history

    path = require_history(history_path(option))
    return National(path, load_history(path), load_lookup(lookup_path(path)))


def council_of(national: National, name: str) -> str:
    """The council `name` means, as the history names it (an UnknownCouncil suggests close ones)."""
    from trafford_timeline.national.councils import find_council

    urns = {row.council: row.urn for row in national.history.rows}
    return find_council(name, urns, national.lookup)
