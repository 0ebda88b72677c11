"""Ofsted's judgements by year and area, and how two inspections compare across frameworks.

Trafford was inspected in 2015 under the Single Inspection Framework (SIF) and in 2019 under ILACS,
which Ofsted has used since 2018. The areas do not all mean the same thing under both, so a
comparison says where they differ. A grade is only ever one the record quotes: a year and area the
sources do not grade stays empty, never filled from the overall grade or from outside knowledge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from trafford_timeline.errors import UsageError
from trafford_timeline.record.model import Citation, Framework, Grade, RatingFact, Record


@dataclass(frozen=True)
class AreaMapping:
    """One judgement area: what SIF and ILACS call it, and how far the two are the same thing."""

    area: str
    label: str
    sif: str
    ilacs: str
    note: str | None = None
    """Set where the SIF and ILACS judgements are not the same thing."""


AREA_MAPPINGS: tuple[AreaMapping, ...] = (
    AreaMapping("overall", "Overall effectiveness", "overall effectiveness", "overall effectiveness"),
    AreaMapping(
        "leadership",
        "Leadership",
        "leadership, management and governance",
        "the impact of leaders on social work practice with children and families",
    ),
    AreaMapping(
        "help_and_protection",
        "Children who need help and protection",
        "children who need help and protection",
        "children who need help and protection",
    ),
    AreaMapping(
        "children_in_care",
        "Children in care",
        "children looked after and achieving permanence",
        "children in care and care leavers",
        "the scope differs: ILACS judges care leavers within this area, SIF separately",
    ),
    AreaMapping(
        "care_leavers",
        "Care leavers",
        "the experiences and progress of care leavers (a sub-judgement)",
        "part of the children-in-care judgement (from 2018 to 2022)",
        "under ILACS its grade is that of children in care",
    ),
    AreaMapping(
        "adoption",
        "Adoption performance",
        "adoption performance (a sub-judgement)",
        "not judged separately",
        "only SIF judges adoption on its own",
    ),
)
OPTIONAL_AREAS = frozenset({"adoption"})
"""Areas shown only when some inspection on record grades them."""
MAPPING_OF: dict[str, AreaMapping] = {mapping.area: mapping for mapping in AREA_MAPPINGS}

GRADE_SCALE: tuple[str, ...] = tuple(reversed(get_args(Grade)))
"""The four grades, worst first: the one scale ranks, changes and grade tracks are measured on."""
GRADE_RANK: dict[str, int] = {grade: GRADE_SCALE.index(grade) + 1 for grade in reversed(GRADE_SCALE)}
"""Ofsted's four-point scale, best first: a change is a difference of ranks."""
GRADE_LABELS: dict[str, str] = {
    "outstanding": "outstanding",
    "good": "good",
    "requires_improvement": "requires improvement",
    "inadequate": "inadequate",
}


def framework_label(area: str, framework: Framework) -> str:
    mapping = MAPPING_OF[area]
    return mapping.sif if framework == "SIF" else mapping.ilacs


def grade_change(before: str | None, after: str | None) -> int | None:
    """Steps on the scale from `before` to `after`: negative is worse, None if either is not stated."""
    if before is None or after is None:
        return None
    return GRADE_RANK[after] - GRADE_RANK[before]


@dataclass(frozen=True)
class Cell:
    """What the sources say one year's inspection graded one area; `grade` None means not stated."""

    grade: str | None = None
    citations: tuple[Citation, ...] = ()
    note: str | None = None
    """Why there is no grade, where a source says why (the national file's markers)."""


@dataclass(frozen=True)
class RatingRow:
    mapping: AreaMapping
    cells: dict[int, Cell]
    note: str | None = None
    """Where the two inspections' forms of the framework judge this area differently."""

    @property
    def change(self) -> int | None:
        """From the first year to the last: rank(B) minus rank(A)."""
        years = list(self.cells)
        return grade_change(self.cells[years[0]].grade, self.cells[years[-1]].grade)


@dataclass(frozen=True)
class RatingGrid:
    years: tuple[int, ...]
    frameworks: dict[int, Framework | None]
    """The framework each year's inspection was under, as the record gives it."""
    rows: tuple[RatingRow, ...]

    @property
    def frameworks_differ(self) -> bool:
        return len(set(self.frameworks.values())) > 1


def years_on_record(record: Record) -> tuple[int, ...]:
    return tuple(sorted({fact.year for fact in record.facts if isinstance(fact, RatingFact)}))


def _grid(record: Record, years: tuple[int, ...]) -> RatingGrid:
    ratings: dict[tuple[int, str], RatingFact] = {
        (f.year, f.area): f for f in record.facts if isinstance(f, RatingFact)
    }
    frameworks: dict[int, Framework | None] = dict.fromkeys(years)
    for (year, _), rating in ratings.items():
        if year in frameworks:
            frameworks[year] = rating.framework
    forms = {year: framework_form(record, year) for year in years}
    rows = []
    for mapping in AREA_MAPPINGS:
        cells = {}
        for year in years:
            fact = ratings.get((year, mapping.area))
            cells[year] = Cell(fact.grade, fact.citations) if fact else Cell()
        if mapping.area in OPTIONAL_AREAS and not any(cell.grade for cell in cells.values()):
            continue
        note = _form_note(mapping.area, [forms[year] for year in years]) if len(years) == 2 else None
        rows.append(RatingRow(mapping, cells, note))
    return RatingGrid(years, frameworks, tuple(rows))


FORM_SCOPES: dict[str, dict[str, str]] = {
    "SIF": {
        "children_in_care": "children looked after and achieving permanence (care leavers a sub-judgement)",
        "care_leavers": "a sub-judgement of children looked after",
        "adoption": "a sub-judgement of children looked after",
    },
    "ILACS 2018": {
        "children_in_care": "children in care and care leavers together",
        "care_leavers": "no grade of its own: judged with children in care",
        "adoption": "not judged",
    },
    "ILACS 2023": {
        "children_in_care": "children in care only",
        "care_leavers": "a judgement of its own",
        "adoption": "not judged",
    },
    "ILACS 2026": {
        "overall": "no overall grade (not given since the 2026 changes)",
        "children_in_care": "children in care only",
        "care_leavers": "a judgement of its own",
        "adoption": "not judged",
    },
}
"""What each form of the framework judges under an area, where the forms differ."""


def framework_form(record: Record, year: int) -> str:
    """SIF, or which form of ILACS: care leavers judged apart from 2023, no overall grade from 2026."""
    facts = [f for f in record.facts if isinstance(f, RatingFact) and f.year == year]
    if not facts or facts[0].framework == "SIF":
        return "SIF"
    if year >= 2026 and not any(f.area == "overall" for f in facts):
        return "ILACS 2026"
    return "ILACS 2023" if year >= 2023 else "ILACS 2018"


def framework_area(area: str) -> str:
    """What an area is called where a form of the framework judges it as usual."""
    return MAPPING_OF[area].label.lower()


def _form_note(area: str, forms: list[str]) -> str | None:
    """Each side's scope of the area, when the two forms judge different things under it."""
    scopes = [FORM_SCOPES[form].get(area, "") for form in forms]
    if set(forms) <= {"SIF", "ILACS 2018"} or scopes[0] == scopes[1]:
        return None  # the mapping's own note describes SIF against the first form of ILACS
        return None
    return "; ".join(
        f"{form}: {scope or framework_area(area)}" for form, scope in zip(forms, scopes, strict=True)
    )


def all_ratings(record: Record) -> RatingGrid:
    """Every year on record by every judgement area."""
    return _grid(record, years_on_record(record))


def compare(record: Record, before: int, after: int) -> RatingGrid:
    """Two inspections side by side; UsageError names the years on record if one is not."""
    if before == after:
        raise UsageError(f"a comparison needs two different years, not {before} twice")
    known = years_on_record(record)
    missing = [year for year in (before, after) if year not in known]
    if missing:
        on_record = ", ".join(str(year) for year in known) or "none"
        years = " or ".join(str(year) for year in missing)
        raise UsageError(f"no ratings on record for {years}; the years on record are: {on_record}")
    return _grid(record, (before, after))
