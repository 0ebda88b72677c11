"""`context`: how one council's inspections compare with every council's, each figure with the rows it counts.

Every statement carries its figure, the rows it counted (so anyone can recount it by hand from the
CSV), the definition it used, and its caveats. Where the file lacks a grade a figure needs (most SIF
rows), the statement says so rather than guess; a grade the user's own record states (from a report
they hold) can fill it, and is cited to that report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from trafford_timeline.national.councils import Lookup, display_name
from trafford_timeline.national.history import (
    AREAS,
    FRAMEWORK_DEFINITIONS,
    ILACS,
    ILACS_2026,
    SIF,
    NationalHistory,
    NationalRow,
)

AREA_LABELS: dict[str, str] = {
    "overall": "overall effectiveness",
    "leadership": "the impact of leaders (leadership)",
    "help_and_protection": "help and protection",
    "children_in_care": "children in care",
    "care_leavers": "care leavers",
}
GRADE_WORDS = {
    "outstanding": "outstanding",
    "good": "good",
    "requires_improvement": "requires improvement",
    "inadequate": "inadequate",
}
RANK = {"outstanding": 4, "good": 3, "requires_improvement": 2, "inadequate": 1}


@dataclass(frozen=True)
class SuppliedGrade:
    """A grade the file lacks, from a report the user holds: cited to its file, line and words."""

    grade: str
    source: str
    line: int
    quote: str


Supplied = Mapping[tuple[int, str], SuppliedGrade]
"""Grades from the user's own reports, keyed by the history row's line and the area."""


@dataclass(frozen=True)
class Statement:
    kind: str
    statement: str
    figure: int
    rows: tuple[NationalRow, ...]
    """Exactly the rows the figure counts, in file order."""
    definition: str
    caveats: tuple[str, ...]
    supplied: tuple[SuppliedGrade, ...] = field(default=())


def _councils(n: int) -> str:
    return "council" if n == 1 else "councils"


def _date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _is_ilacs(row: NationalRow) -> bool:
    return row.framework in (ILACS, ILACS_2026)


def _in_file_order(rows: Sequence[NationalRow]) -> tuple[NationalRow, ...]:
    return tuple(sorted(rows, key=lambda r: r.line))


@dataclass(frozen=True)
class _Context:
    history: NationalHistory
    council: str
    supplied: Supplied

    @property
    def name(self) -> str:
        return display_name(self.council)

    def grade(self, row: NationalRow, area: str) -> str | None:
        """The file's grade, else one the user's own report supplies."""
        found = row.grades[area]
        if found is None and (row.line, area) in self.supplied:
            return self.supplied[(row.line, area)].grade
        return found

    def by_council(self) -> dict[str, tuple[NationalRow, ...]]:
        return self.history.by_council

    def caveats(self, *extra: str) -> tuple[str, ...]:
        n = len(self.history.councils)
        common = [
            f"Only the {n} councils that exist today are in the file: predecessors (such as "
            "Northamptonshire, Cumbria, Bournemouth and Poole) are missing, so a count at a past date is a "
            "lower bound.",
            "A year is the year a report was published, not when the inspection took place.",
            "Focused visits and monitoring visits are not included: only full inspections.",
        ]
        unread = [p for p in self.history.problems if p.code == "unknown-grade"]
        if unread:
            lines = ", ".join(str(p.line) for p in unread[:10])
            common.append(
                f"{len(unread)} grades in the file are neither a grade nor a marker (lines {lines}) and "
                "count as not graded."
            )
        return (*extra, *common)


def _first_ilacs_after_sif(rows: Sequence[NationalRow]) -> tuple[NationalRow, NationalRow] | None:
    """A council's last SIF report and the first ILACS one published after it, if it has both."""
    sif = [r for r in rows if r.framework == SIF]
    if not sif:
        return None
    last_sif = sif[-1]
    later = [r for r in rows if _is_ilacs(r) and r.published > last_sif.published]
    return (last_sif, later[0]) if later else None


def first_ilacs_statements(ctx: _Context) -> list[Statement]:
    pairs = {c: p for c, rows in ctx.by_council().items() if (p := _first_ilacs_after_sif(rows))}
    inadequate = {c: p for c, p in pairs.items() if p[1].grades["overall"] == "inadequate"}
    own = pairs.get(ctx.council)
    definition = (
        "For each council with a SIF report in the file: its first ILACS full inspection report published "
        "after its last SIF one, counted if its overall effectiveness is inadequate. "
        + FRAMEWORK_DEFINITIONS[SIF]
        + "."
    )
    graded_sif = [c for c, p in inadequate.items() if ctx.grade(p[0], "overall") is not None]
    in_file = [c for c, p in inadequate.items() if p[0].grades["overall"] is not None]
    sif_caveat = (
        f"The file gives the overall SIF grade for {len(in_file)} of these {len(inadequate)} councils "
        f"(the rest are blank or not read), so how many had been good under SIF cannot be counted from "
        "the file alone."
    )
    if own is None:
        where = f"{ctx.name} has no SIF report followed by an ILACS one in the file."
    else:
        grade = own[1].grades["overall"]
        said = GRADE_WORDS[grade] if grade else "not graded in the file"
        one = "one of them" if ctx.council in inadequate else "not one of them"
        where = (
            f"{ctx.name} is {one}: its first ILACS report, published {_date(own[1].published)}, was {said}."
        )
    statements = [
        Statement(
            kind="first-ilacs-inadequate",
            statement=(
                f"{len(inadequate)} councils were judged inadequate overall at their first ILACS full "
                f"inspection after SIF. {where}"
            ),
            figure=len(inadequate),
            rows=_in_file_order([p[1] for p in inadequate.values()]),
            definition=definition,
            caveats=ctx.caveats(sif_caveat),
        )
    ]
    good_then = {c: p for c, p in inadequate.items() if ctx.grade(p[0], "overall") == "good"}
    if ctx.council in good_then:
        supplied = tuple(
            ctx.supplied[(p[0].line, "overall")]
            for p in good_then.values()
            if (p[0].line, "overall") in ctx.supplied
        )
        sources = "; ".join(f"{s.source}:{s.line} “{s.quote}”" for s in supplied)
        statements.append(
            Statement(
                kind="good-sif-then-inadequate",
                statement=(
                    f"{len(good_then)} of the {len(graded_sif)} {_councils(len(graded_sif))} (of "
                    f"{len(inadequate)}) whose SIF grade is known {'was' if len(good_then) == 1 else 'were'} "
                    "rated good under SIF and then judged inadequate at the first ILACS inspection; "
                    f"{ctx.name} is one of them."
                ),
                figure=len(good_then),
                rows=_in_file_order([r for p in good_then.values() for r in p]),
                definition=definition
                + " Counted if, in addition, the last SIF report's overall grade is good.",
                caveats=ctx.caveats(
                    sif_caveat,
                    f"Only {len(graded_sif)} of the {len(inadequate)} councils have a known SIF grade, so "
                    "this is a lower bound, not a count of all councils.",
                    *(
                        [f"SIF grades not in the file are from the user's own record: {sources}."]
                        if supplied
                        else []
                    ),
                ),
                supplied=supplied,
            )
        )
    return statements


def inadequate_year_statements(ctx: _Context) -> list[Statement]:
    own_years = sorted(
        {r.published.year for r in ctx.history.rows_of(ctx.council) if _is_ilacs(r) and r.grades["overall"]}
    )
    statements = []
    for year in own_years:
        first: dict[str, NationalRow] = {}
        for row in ctx.history.rows:
            counted = row.published.year == year and _is_ilacs(row) and row.grades["overall"] == "inadequate"
            if counted and (row.council not in first or row.published < first[row.council].published):
                first[row.council] = row
        own = [r for r in ctx.history.rows_of(ctx.council) if r.published.year == year and _is_ilacs(r)]
        grades = ", ".join(GRADE_WORDS[g] for r in own if (g := r.grades["overall"]))
        one = "was one of them" if ctx.council in first else f"was not (its report was {grades})"
        statements.append(
            Statement(
                kind="inadequate-in-year",
                statement=(
                    f"{len(first)} councils were given an inadequate overall judgement in an ILACS full "
                    f"inspection report published in {year}; {ctx.name} {one}."
                ),
                figure=len(first),
                rows=_in_file_order(list(first.values())),
                definition=(
                    f"Councils with an ILACS report published in {year} whose overall effectiveness is "
                    "inadequate, each counted once (its first such report that year). "
                    + FRAMEWORK_DEFINITIONS[ILACS]
                    + "."
                ),
                caveats=ctx.caveats(),
            )
        )
    return statements


def leadership_twice_statement(ctx: _Context) -> Statement:
    counted = {
        c: [r for r in rows if ctx.grade(r, "leadership") == "inadequate"]
        for c, rows in ctx.by_council().items()
    }
    twice = {c: rows for c, rows in counted.items() if len(rows) >= 2}
    own = counted.get(ctx.council, [])
    years = ", ".join(str(r.published.year) for r in own)
    if ctx.council in twice:
        where = f"{ctx.name} is one of them ({years})."
    else:
        where = f"{ctx.name} is not ({'once: ' + years if own else 'never in the file'})."
    unread = sum(1 for r in ctx.history.rows if r.framework == SIF and ctx.grade(r, "leadership") is None)
    return Statement(
        kind="leadership-inadequate-twice",
        statement=f"{len(twice)} councils were judged inadequate on leadership in two or more full "
        f"inspection reports. {where}",
        figure=len(twice),
        rows=_in_file_order([r for rows in twice.values() for r in rows]),
        definition=(
            "Councils with at least two reports whose leadership grade (SIF: leadership, management and "
            "governance; ILACS: the impact of leaders) is inadequate; every such report is cited."
        ),
        caveats=ctx.caveats(
            f"The file has no leadership grade for {unread} SIF reports, so a council judged inadequate "
            "on leadership under SIF and once since is not counted."
        ),
    )


def _latest_graded(
    rows: Sequence[NationalRow], area: str, grade_of: Callable[[NationalRow, str], str | None]
) -> NationalRow | None:
    graded = [r for r in rows if grade_of(r, area) is not None]
    return graded[-1] if graded else None


def neighbours_statement(ctx: _Context, lookup: Lookup) -> Statement | None:
    urns = {r.urn: r.council for r in ctx.history.rows}
    own_urn = next(r.urn for r in ctx.history.rows if r.council == ctx.council)
    entry = lookup.by_urn(own_urn)
    if entry is None or not entry.neighbours:
        return None
    latest: list[NationalRow] = []
    missing: list[str] = []
    for code in entry.neighbours:
        neighbour = lookup.by_code(code)
        council = urns.get(neighbour.urn) if neighbour is not None else None
        rows = ctx.history.rows_of(council) if council is not None else ()
        if rows:
            latest.append(rows[-1])
        else:
            missing.append(neighbour.name if neighbour is not None else code)
    summary = []
    for grade in RANK:
        n = sum(1 for r in latest if r.grades["overall"] == grade)
        if n:
            summary.append(f"{n} {GRADE_WORDS[grade]}")
    ungraded = sum(1 for r in latest if r.grades["overall"] is None)
    if ungraded:
        summary.append(f"{ungraded} with no overall grade")
    return Statement(
        kind="statistical-neighbours",
        statement=(
            f"{ctx.name}'s {len(latest)} statistical neighbours, by the overall grade of their latest full "
            f"inspection report: {', '.join(summary)}."
        ),
        figure=len(latest),
        rows=tuple(latest),
        definition=(
            f"The statistical neighbours the lookup ({lookup.file}, line {entry.line}) lists for "
            f"{ctx.name}, nearest first, each with its latest report in the file by publication date."
        ),
        caveats=ctx.caveats(
            *([f"No report in the file for: {', '.join(missing)}."] if missing else []),
            "Reports after April 2026 give no overall grade; their other judgements are in the rows.",
        ),
    )


def standing_statements(ctx: _Context) -> list[Statement]:
    statements = []
    by_council = ctx.by_council()
    for area in AREAS:
        latest = {c: r for c, rows in by_council.items() if (r := _latest_graded(rows, area, ctx.grade))}
        own = latest.get(ctx.council)
        if own is None:
            continue
        own_grade = ctx.grade(own, area)
        assert own_grade is not None
        label, word = AREA_LABELS[area], GRADE_WORDS[own_grade]
        same = [r for r in latest.values() if ctx.grade(r, area) == own_grade]
        better = [r for r in latest.values() if RANK[ctx.grade(r, area) or own_grade] > RANK[own_grade]]
        definition = (
            f"Each council's latest report that grades {label}; councils with no such report are not counted."
        )
        caveats = ctx.caveats(
            f"{len(latest)} of {len(by_council)} councils have a report that grades {label}.",
            *(
                [
                    "Until 2023, ILACS judged care leavers within children in care, so only later "
                    "reports count."
                ]
                if area == "care_leavers"
                else []
            ),
            *(
                [
                    "Until April 2026 ILACS judged children in care and care leavers together; after it, "
                    "children in care alone."
                ]
                if area == "children_in_care"
                else []
            ),
            *(
                ["Reports after April 2026 give no overall grade: a council's latest may be older."]
                if area == "overall"
                else []
            ),
        )
        statements.append(
            Statement(
                kind=f"standing-same-{area}",
                statement=(
                    f"On {label}, {ctx.name}'s latest grade ({word}, published {_date(own.published)}) is "
                    f"the latest grade of {len(same)} of {len(latest)} councils."
                ),
                figure=len(same),
                rows=_in_file_order(same),
                definition=definition + f" Counted if that grade is {word}.",
                caveats=caveats,
            )
        )
        statements.append(
            Statement(
                kind=f"standing-better-{area}",
                statement=f"On {label}, {len(better)} of {len(latest)} councils' latest grade is better than "
                f"{ctx.name}'s ({word}).",
                figure=len(better),
                rows=_in_file_order(better),
                definition=definition + f" Counted if that grade is better than {word}.",
                caveats=caveats,
            )
        )
    return statements


def context_statements(
    history: NationalHistory, council: str, lookup: Lookup | None = None, supplied: Supplied | None = None
) -> list[Statement]:
    """Every statement for `council` (as the history names it), in the order they are printed."""
    ctx = _Context(history, council, supplied or {})
    statements = [
        *first_ilacs_statements(ctx),
        *inadequate_year_statements(ctx),
        leadership_twice_statement(ctx),
    ]
    if lookup is not None and (neighbours := neighbours_statement(ctx, lookup)) is not None:
        statements.append(neighbours)
    statements += standing_statements(ctx)
    return statements
