"""Ratings: how SIF and ILACS areas correspond, the arithmetic of a change, and cells never filled in."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import DatasetFactory, minimal_record, rating
from trafford_timeline.errors import UsageError
from trafford_timeline.ratings import (
    AREA_MAPPINGS,
    GRADE_RANK,
    MAPPING_OF,
    all_ratings,
    compare,
    framework_label,
    grade_change,
)
from trafford_timeline.record.model import AREAS, Record
from trafford_timeline.record.store import load_record


@pytest.fixture(scope="module")
def shipped_record(shipped: Path) -> Record:
    return load_record(shipped)


def test_every_area_the_schema_allows_has_a_label_in_both_frameworks() -> None:
    assert tuple(m.area for m in AREA_MAPPINGS) == AREAS
    for mapping in AREA_MAPPINGS:
        assert mapping.label
        assert framework_label(mapping.area, "SIF") == mapping.sif
        assert framework_label(mapping.area, "ILACS") == mapping.ilacs


def test_the_areas_correspond_as_ofsted_names_them() -> None:
    assert framework_label("leadership", "SIF") == "leadership, management and governance"
    assert framework_label("leadership", "ILACS") == (
        "the impact of leaders on social work practice with children and families"
    )
    assert framework_label("children_in_care", "SIF") == "children looked after and achieving permanence"
    assert framework_label("children_in_care", "ILACS") == "children in care and care leavers"
    assert "sub-judgement" in framework_label("care_leavers", "SIF")
    assert "children-in-care judgement" in framework_label("care_leavers", "ILACS")


def test_only_areas_that_differ_in_scope_carry_a_note() -> None:
    assert MAPPING_OF["children_in_care"].note is not None
    assert "scope differs" in MAPPING_OF["children_in_care"].note
    assert MAPPING_OF["care_leavers"].note is not None
    assert MAPPING_OF["overall"].note is None
    assert MAPPING_OF["help_and_protection"].note is None


def test_the_scale_runs_from_outstanding_4_to_inadequate_1() -> None:
    assert GRADE_RANK == {"outstanding": 4, "good": 3, "requires_improvement": 2, "inadequate": 1}


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        ("good", "inadequate", -2),
        ("outstanding", "inadequate", -3),
        ("outstanding", "requires_improvement", -2),
        ("inadequate", "good", 2),
        ("requires_improvement", "outstanding", 2),
        ("good", "good", 0),
        (None, "requires_improvement", None),
        ("good", None, None),
        (None, None, None),
    ],
)
def test_a_change_is_the_later_rank_minus_the_earlier(
    before: str | None, after: str | None, change: int | None
) -> None:
    assert grade_change(before, after) == change


def test_the_shipped_comparison_is_exactly_what_the_sources_state(shipped_record: Record) -> None:
    grid = compare(shipped_record, 2015, 2019)
    assert grid.years == (2015, 2019)
    assert grid.frameworks == {2015: "SIF", 2019: "ILACS"}
    table = {
        row.mapping.area: (row.cells[2015].grade, row.cells[2019].grade, row.change) for row in grid.rows
    }
    assert table == {
        "overall": ("good", "inadequate", -2),
        "leadership": ("outstanding", "inadequate", -3),
        "help_and_protection": (None, "requires_improvement", None),
        "children_in_care": (None, "requires_improvement", None),
        "care_leavers": ("outstanding", "requires_improvement", -2),
    }


def test_a_stated_cell_carries_its_citations_and_an_unstated_one_none(shipped_record: Record) -> None:
    rows = {row.mapping.area: row for row in compare(shipped_record, 2015, 2019).rows}
    assert rows["overall"].cells[2015].citations
    assert all(cell.citations for row in rows.values() for cell in row.cells.values() if cell.grade)
    assert rows["help_and_protection"].cells[2015].citations == ()


def test_an_unstated_cell_is_not_filled_from_the_overall_grade(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["facts"] += [rating(2015, "overall", "good"), rating(2019, "overall", "inadequate")]
    rows = {row.mapping.area: row for row in compare(load_record(make_dataset(record)), 2015, 2019).rows}
    assert rows["overall"].change == -2
    shown = [area for area in AREAS if area in rows and area != "overall"]
    assert "adoption" not in rows, (
        "an area no inspection on record grades is shown only if some year grades it"
    )
    assert [rows[area].cells[2015].grade for area in shown] == [None] * 4
    assert all(rows[area].change is None for area in shown)


def test_a_reversed_comparison_reverses_the_change(shipped_record: Record) -> None:
    rows = {row.mapping.area: row for row in compare(shipped_record, 2019, 2015).rows}
    assert rows["overall"].change == 2


@pytest.mark.parametrize(("before", "after"), [(2015, 2017), (2014, 2019), (2014, 2017)])
def test_an_unknown_year_names_the_years_on_record(shipped_record: Record, before: int, after: int) -> None:
    with pytest.raises(UsageError) as info:
        compare(shipped_record, before, after)
    unknown = " or ".join(str(year) for year in (before, after) if year not in (2015, 2019))
    assert str(info.value) == f"no ratings on record for {unknown}; the years on record are: 2015, 2019"


def test_the_same_year_twice_is_not_a_comparison(shipped_record: Record) -> None:
    with pytest.raises(UsageError, match="two different years"):
        compare(shipped_record, 2019, 2019)


def test_all_ratings_has_a_column_per_year_on_record(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["facts"] += [rating(2012, "leadership", "good"), rating(2019, "overall", "inadequate")]
    grid = all_ratings(load_record(make_dataset(record)))
    assert grid.years == (2012, 2019)
    assert grid.frameworks_differ
    assert [row.cells[2012].grade for row in grid.rows] == [None, "good", None, None, None]


def test_a_record_without_ratings_has_no_years(make_dataset: DatasetFactory) -> None:
    grid = all_ratings(load_record(make_dataset()))
    assert grid.years == ()
    with pytest.raises(UsageError, match="the years on record are: none"):
        compare(load_record(make_dataset(name="again")), 2015, 2019)


def test_compare_notes_what_the_2026_form_of_ilacs_judges_differently(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["facts"] += [
        rating(2019, "overall", "inadequate"),
        rating(2019, "children_in_care", "requires_improvement"),
        rating(2026, "children_in_care", "good"),
        rating(2026, "care_leavers", "requires_improvement"),
    ]
    rows = {row.mapping.area: row for row in compare(load_record(make_dataset(record)), 2019, 2026).rows}
    assert "no overall grade" in (rows["overall"].note or "")
    assert "children in care and care leavers together" in (rows["children_in_care"].note or "")
    assert "a judgement of its own" in (rows["care_leavers"].note or "")
    assert rows["leadership"].note is None
