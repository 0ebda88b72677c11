"""Councils by name, forgivingly: "East Riding", "Kingston upon Hull", "Hull", "Stoke" and "BCP" all find
their council; a name that matches none, or several, suggests the closest.

Also the lookup of statistical neighbours (the scraper's `la_lookup.csv`), which joins to the history
by URN and names each council's ten neighbours by their old three-digit local authority codes.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from trafford_timeline.errors import DataError, NotFound, quoted

LOOKUP_COLUMNS = ("urn", "la_code", "stat_neighbours", "local_authority_ons_name", "also_known_as")
DROPPED_WORDS = frozenset({"council", "borough", "metropolitan", "county", "city", "of", "the", "royal"})
"""Words people add or leave out of a council's name: "City of Bristol", "Trafford Council"."""


class UnknownCouncil(NotFound):
    """A name that finds no council, or several: the message names the closest ones."""

    def __init__(self, key: str, suggestions: Sequence[str], ambiguous: bool = False) -> None:
        super().__init__("council", key, suggestions)
        names = ", ".join(suggestions)
        if ambiguous:
            message = f"{quoted(key)} matches several councils: {names}; give more of the name"
        else:
            hint = f"; did you mean {names}?" if names else ""
            message = f"no council {quoted(key)} in the national data{hint}"
        Exception.__init__(self, message)


def _words(name: str) -> list[str]:
    text = name.lower().replace("&", " and ").replace("st.", "st ")
    return re.findall(r"[a-z0-9]+", text)


def normalised(name: str) -> str:
    """A name as compared: lower case, `&` as "and", punctuation and words like "council" dropped."""
    return " ".join(w for w in _words(name) if w not in DROPPED_WORDS)


def display_name(council: str) -> str:
    """The file's lower-case name written as a name: "stoke-on-trent" → "Stoke-on-Trent"."""
    small = {"and", "of", "on", "upon", "with", "the", "in"}
    parts = re.split(r"([ \-])", council)
    out = []
    for i, part in enumerate(parts):
        out.append(
            part if (part in small and i > 0) or not part[:1].isalpha() else part[:1].upper() + part[1:]
        )
    return "".join(out)


@dataclass(frozen=True)
class LookupRow:
    urn: str
    la_code: str
    name: str
    aliases: tuple[str, ...]
    neighbours: tuple[str, ...]
    """Statistical neighbours as `la_code`s, nearest first, as the lookup lists them."""
    line: int


@dataclass(frozen=True)
class Lookup:
    file: str
    rows: tuple[LookupRow, ...]

    def by_urn(self, urn: str) -> LookupRow | None:
        return next((row for row in self.rows if row.urn == urn), None)

    def by_code(self, code: str) -> LookupRow | None:
        return next((row for row in self.rows if row.la_code == code), None)


def parse_lookup(data: bytes, file: str) -> Lookup:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(file, "is not UTF-8 text; is it the council lookup CSV?") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in LOOKUP_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise DataError(file, "is not the council lookup CSV: its header lacks " + ", ".join(missing))
    rows = []
    try:
        for raw in reader:
            aliases = tuple(
                a.strip() for a in (raw["also_known_as"] or "").strip("[] ").split(",") if a.strip()
            )
            neighbours = tuple(c.strip() for c in (raw["stat_neighbours"] or "").split(",") if c.strip())
            rows.append(
                LookupRow(
                    urn=(raw["urn"] or "").strip(),
                    la_code=(raw["la_code"] or "").strip(),
                    name=(raw["local_authority_ons_name"] or "").strip(),
                    aliases=aliases,
                    neighbours=neighbours,
                    line=reader.line_num,
                )
            )
    except csv.Error as exc:
        raise DataError(file, f"is not CSV at line {reader.line_num}: {exc}") from None
    return Lookup(file, tuple(rows))


def load_lookup(path: Path) -> Lookup | None:
    """The lookup at `path`, or None if there is none (statistical neighbours are then left out)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DataError(str(path), f"cannot be read: {exc.strerror or exc}") from None
    return parse_lookup(data, path.name)


def _names_of(councils: Iterable[str], urns: dict[str, str], lookup: Lookup | None) -> dict[str, set[str]]:
    """Every name each council answers to, normalised: the file's, the lookup's, its aliases."""
    names: dict[str, set[str]] = {}
    for council in councils:
        known = {normalised(council)}
        row = lookup.by_urn(urns[council]) if lookup is not None else None
        if row is not None:
            known |= {normalised(n) for n in (row.name, *row.aliases)}
        names[council] = {n for n in known if n}
    return names


def find_council(name: str, councils: dict[str, str], lookup: Lookup | None = None) -> str:
    """The council (as the history file names it) that `name` means.

    `councils` maps each council in the history to its URN. Tried in turn: the whole name; the
    words of `name` as the start of a name ("East Riding", "Stoke"); the words anywhere in a name
    ("Hull"). One council found is the answer; several, or none, is an UnknownCouncil naming the
    closest.
    """
    wanted = normalised(name)
    if not wanted:
        raise UnknownCouncil(name, [])
    names = _names_of(councils, councils, lookup)
    exact = [c for c, known in names.items() if wanted in known]
    if len(exact) == 1:
        return exact[0]
    words = wanted.split()
    for test in (
        lambda n: n.split()[: len(words)] == words,
        lambda n: all(w in n.split() for w in words),
        lambda n: n.startswith(wanted),
    ):
        found = [c for c, known in names.items() if any(test(n) for n in known)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UnknownCouncil(name, sorted(display_name(c) for c in found)[:8], ambiguous=True)
    every = {n: c for c, known in names.items() for n in known}
    close = difflib.get_close_matches(wanted, list(every), n=5, cutoff=0.6)
    raise UnknownCouncil(name, list(dict.fromkeys(display_name(every[n]) for n in close)))
