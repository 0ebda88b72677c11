"""`ratings` as a listing: the grades by year and area, and how two inspections compare."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trafford_timeline.output.contracts import ratings_record
from trafford_timeline.output.listings import Column, Listing, SourceNames, citation_refs, source_legend
from trafford_timeline.record.model import FRAMEWORK_CONTEXT, FRAMEWORK_MARK, Citation

if TYPE_CHECKING:  # each command imports only what it uses: start-up is most of its time
    from trafford_timeline.ratings import RatingGrid, RatingRow


NOT_STATED = "not stated in the sources"


def _year_header(grid: RatingGrid, year: int) -> str:
    framework = grid.frameworks[year]
    return f"{year} ({framework}{FRAMEWORK_MARK})" if framework else str(year)


def _grade_cells(row: RatingRow) -> tuple[list[str], list[str]]:
    from trafford_timeline.ratings import GRADE_LABELS

    """Each year's grade with the places that state it, or that the sources state none."""
    texts, styles = [], []
    for cell in row.cells.values():
        if cell.grade is None:
            texts.append(f"{cell.note}\n{citation_refs(cell.citations)}" if cell.note else NOT_STATED)
            styles.append("dim italic")
        else:
            texts.append(f"{GRADE_LABELS[cell.grade]}\n{citation_refs(cell.citations)}")
            styles.append("")
    return texts, styles


def _citations_of(grid: RatingGrid) -> list[Citation]:
    return [c for row in grid.rows for cell in row.cells.values() for c in cell.citations]


def ratings_listing(grid: RatingGrid, names: SourceNames | None = None) -> Listing:
    """Every judgement on record: one row per area, one column per year, each grade with its sources."""
    rows, styles = [], []
    for row in grid.rows if grid.years else ():
        texts, cell_styles = _grade_cells(row)
        rows.append([row.mapping.label, *texts])
        styles.append(["", *cell_styles])
    return Listing(
        title="Ofsted judgements on record",
        columns=[
            Column("Judgement area", main=True, ratio=1),
            *(Column(_year_header(grid, year), ratio=1) for year in grid.years),
        ],
        rows=rows,
        records=ratings_record(grid, with_change=False),
        items=ratings_record(grid, with_change=False)["rows"] if grid.years else [],
        caption=source_legend(_citations_of(grid), names) + (f"   {FRAMEWORK_CONTEXT}" if grid.years else ""),
        empty_message="The record holds no ratings.",
        cell_styles=styles,
    )


def grade_track(before: str | None, after: str | None) -> str:
    """How far a grade moved, drawn on the four-point scale: `●━━━○ ·` is good (○) to inadequate (●).

    One slot per grade, worst on the left, two columns apart; `◉` is a grade that did not move.
    """
    if before is None or after is None:
        return ""
    from trafford_timeline.ratings import GRADE_SCALE

    slots = [2 * GRADE_SCALE.index(grade) for grade in (before, after)]
    cells = list(" ".join("·" * len(GRADE_SCALE)))
    for column in range(min(slots), max(slots)):
        cells[column] = "━"
    cells[slots[0]] = "○"
    cells[slots[1]] = "◉" if slots[0] == slots[1] else "●"
    return "".join(cells)


def _change_cell(row: RatingRow) -> tuple[str, str]:
    change = row.change
    if change is None:
        return "n/a", "dim"
    grades = [cell.grade for cell in row.cells.values()]
    track = "\n" + grade_track(grades[0], grades[-1])
    if change < 0:
        return f"↓ {change}{track}", "bold red"
    if change > 0:
        return f"↑ +{change}{track}", "bold green"
    return f"= 0{track}", "dim"


def _framework_note(grid: RatingGrid, row: RatingRow) -> str:
    from trafford_timeline.ratings import framework_label

    """Where the two years' frameworks judge the area differently: what each calls it, and how."""
    if row.note:
        return row.note[0].upper() + row.note[1:] + "."
    if not grid.frameworks_differ:
        return ""
    frameworks = [f for f in dict.fromkeys(grid.frameworks.values()) if f is not None]
    names = {framework: framework_label(row.mapping.area, framework) for framework in frameworks}
    parts = [f"{f}: {name}." for f, name in names.items()] if len(set(names.values())) > 1 else []
    if row.mapping.note:
        parts.append(row.mapping.note[0].upper() + row.mapping.note[1:] + ".")
    return " ".join(parts)


def comparison_listing(grid: RatingGrid, names: SourceNames | None = None) -> Listing:
    from trafford_timeline.ratings import GRADE_LABELS, GRADE_RANK

    """Two years side by side, one row per area, with the change in steps on the four-point scale."""
    rows, styles = [], []
    for row in grid.rows:
        texts, cell_styles = _grade_cells(row)
        change, change_style = _change_cell(row)
        rows.append([row.mapping.label, *texts, change, _framework_note(grid, row)])
        styles.append(["bold", *cell_styles, change_style, ""])
    first, last = grid.years[0], grid.years[-1]
    scale = ", ".join(GRADE_LABELS[grade] for grade in GRADE_RANK)
    order = (
        f"The later year, {first}, comes first, as asked: each change runs from {first} back to {last}. "
        if first > last
        else ""
    )
    return Listing(
        title=f"Ofsted judgements: {_year_header(grid, first)} against {_year_header(grid, last)}",
        columns=[
            Column("Judgement area", ratio=2, min_width=12, main=True),
            *(Column(_year_header(grid, year), ratio=1) for year in grid.years),
            Column("Change", no_wrap=True),
            Column("Frameworks", ratio=2, style="dim", secondary=True),
        ],
        rows=rows,
        records=ratings_record(grid, with_change=True),
        items=ratings_record(grid, with_change=True)["rows"],
        caption=(
            f"{order}Change: steps on the scale {scale}; drawn from inadequate (left) to outstanding, "
            f"○ {first} and ● {last}. {FRAMEWORK_CONTEXT} " + source_legend(_citations_of(grid), names)
        ),
        cell_styles=styles,
    )
