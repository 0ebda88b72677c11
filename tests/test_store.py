"""Loading: a good dataset loads; a bad one fails with the file, the record and the field named."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from builders import DatasetFactory, citation, conflict, event, finding, minimal_record, rating
from trafford_timeline.errors import DataError
from trafford_timeline.record.store import MB, SIZE_LIMIT_VAR, load_record, resolve_data_dir, source_path


def load_error(root: Path) -> DataError:
    with pytest.raises(DataError) as info:
        load_record(root)
    return info.value


def test_a_valid_dataset_loads_with_its_events_and_facts(make_dataset: DatasetFactory) -> None:
    record = load_record(make_dataset())
    assert [e.id for e in record.events] == ["report-2019", "notice-2019", "deadline-2020"]
    assert record.facts[0].kind == "finding"


def test_a_missing_events_file_is_named(tmp_path: Path) -> None:
    error = load_error(tmp_path)
    assert error.file == str(tmp_path / "events.json")
    assert "not found" in error.summary


def test_an_events_file_that_cannot_be_read_is_named(make_dataset: DatasetFactory) -> None:
    folder = make_dataset(name="folder")
    (folder / "events.json").unlink()
    (folder / "events.json").mkdir()
    looped = make_dataset(name="looped")
    (looped / "events.json").unlink()
    (looped / "events.json").symlink_to(looped / "events.json")
    assert load_error(folder).summary == "is a folder, not a file"
    error = load_error(looped)
    assert error.file == str(looped / "events.json")
    assert error.summary.startswith("cannot be read (")


def test_invalid_json_gives_line_and_column(make_dataset: DatasetFactory) -> None:
    error = load_error(make_dataset('{\n  "sources": [],\n  "events": [,]\n}'))
    assert "line 3, column 14" in error.summary


@pytest.mark.parametrize("depth", [300, 100_000])
def test_json_nested_too_deep_is_invalid_json_with_its_place(
    make_dataset: DatasetFactory, depth: int
) -> None:
    error = load_error(make_dataset('{"sources": ' + "[" * depth + "]" * depth + "}"))
    assert error.summary.startswith("not valid JSON: recursion limit exceeded at line 1 column ")


def test_events_json_that_is_not_utf8_is_named(make_dataset: DatasetFactory, tmp_path: Path) -> None:
    root = make_dataset()
    (root / "events.json").write_bytes(b'{"sources": [], "events": [], "facts": ["\xff"]}')
    error = load_error(root)
    assert "not UTF-8" in error.summary


def test_schema_errors_name_the_record_and_field_and_list_them_all(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][1]["citations"][0]["line"] = "4"
    record["facts"][0]["polarity"] = "great"
    record["facts"][0]["colour"] = "red"
    error = load_error(make_dataset(record))
    assert "3 problems" in error.summary
    joined = "\n".join(error.details)
    assert "events[1] (id 'notice-2019').citations[0].line: expected a valid integer" in joined
    assert "facts[0] (id 'morale-good').polarity: expected 'strength' or 'weakness'" in joined
    assert "facts[0] (id 'morale-good').colour: Extra inputs are not permitted" in joined


def test_a_fact_of_unknown_kind_names_the_allowed_kinds(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["facts"][0]["kind"] = "rumour"
    error = load_error(make_dataset(record))
    assert "facts[0] (id 'morale-good')" in error.details[0]
    assert "'rating'" in error.details[0]


def test_the_number_of_errors_listed_is_capped(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["facts"] = [finding(f"f-{i}", polarity="bad") for i in range(30)]
    error = load_error(make_dataset(record))
    assert "30 problems" in error.summary
    assert len(error.details) == 21
    assert error.details[-1] == "... and 10 more"


GHOST_SIDE = {
    "statement": "A side citing a source not described.",
    "citations": [citation(1, "A quote", "ghost.txt")],
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r["events"].append(event("report-2019", "2019")),
         "events[3].id: 'report-2019' is already used at events[0].id"),
        (lambda r: r["facts"].append(finding("notice-2019")),
         "facts[1].id: 'notice-2019' is already used at events[1].id"),
        (lambda r: r["facts"].append(finding("orphan", "no-such-event")),
         "belongs to event 'no-such-event', which is not in the record"),
        (lambda r: r["events"][0]["citations"].append(citation(1, "Council rated inadequate", "ghost.txt")),
         "cites 'ghost.txt', which is not among the record's sources"),
        (lambda r: r.update(conflicts=[conflict("morale"), conflict("morale")]),
         "conflicts[1].id: 'morale' is already used at conflicts[0].id"),
        (lambda r: r.update(conflicts=[conflict("report-2019")]),
         "conflicts[0].id: 'report-2019' is already used at events[0].id"),
        (lambda r: r["facts"].extend([rating(2019, "overall", "inadequate"),
                                      rating(2019, "overall", "good", id="second-opinion")]),
         "facts[2]: 2019 overall is already rated by 'rating-2019-overall'"),
        (lambda r: r.update(conflicts=[conflict("c", sides=[GHOST_SIDE, GHOST_SIDE])]),
         "c.sides[1].citations[0].source: cites 'ghost.txt'"),
    ],
)  # fmt: skip
def test_cross_record_faults_fail_the_load_and_say_where(
    make_dataset: DatasetFactory, change: object, expected: str
) -> None:
    record = minimal_record()
    change(record)  # type: ignore[operator]
    error = load_error(make_dataset(record))
    assert any(expected in line for line in error.details), error.details


@pytest.mark.parametrize(
    "bad_name", ["../escape.txt", "/etc/passwd", "sub/dir.txt", "notes.md", ".hidden.txt"]
)
def test_a_source_name_that_could_leave_the_sources_folder_is_refused(
    make_dataset: DatasetFactory, bad_name: str
) -> None:
    record = minimal_record()
    record["events"][0]["citations"][0]["source"] = bad_name
    error = load_error(make_dataset(record))
    assert "events[0] (id 'report-2019').citations[0].source: String should match pattern" in error.details[0]


def test_source_path_refuses_to_leave_the_folder(tmp_path: Path) -> None:
    for name in ("../x.txt", "/etc/passwd"):
        with pytest.raises(DataError, match="directly inside the sources folder"):
            source_path(tmp_path, name)


def test_a_planned_event_must_say_as_of_when(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    del record["events"][2]["as_of"]
    error = load_error(make_dataset(record))
    assert "events[2] (id 'deadline-2020')" in error.details[0]
    assert "as_of" in error.details[0]


def test_a_bad_stored_date_is_an_error_at_its_field(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["date"] = "8 May 2019"
    error = load_error(make_dataset(record))
    assert error.details[0].startswith("events[0] (id 'report-2019').date: '8 May 2019' is not YYYY")


def test_a_huge_id_is_shortened_where_an_error_names_it(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0] |= {"id": "x" * 100_000, "date": "someday"}
    detail = load_error(make_dataset(record)).details[0]
    assert detail.startswith("events[0] (id 'xxxx")
    assert "(100,000 characters)).date: 'someday' is not" in detail


def test_the_record_is_frozen(make_dataset: DatasetFactory) -> None:
    record = load_record(make_dataset())
    with pytest.raises(AttributeError, match="cannot assign"):
        record.events[0].title = "changed"  # type: ignore[misc]


def test_data_dir_comes_from_the_option_then_the_environment_then_the_shipped_record(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TRAFFORD_DATA", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "opt") == tmp_path / "opt"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("TRAFFORD_DATA")
    assert (resolve_data_dir(None) / "events.json").is_file()


def test_loading_does_not_touch_the_dataset_folder(make_dataset: DatasetFactory) -> None:
    root = make_dataset()
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}
    load_record(root)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}
    assert before == after


def test_events_json_round_trips_through_the_json_contract(make_dataset: DatasetFactory) -> None:
    record = load_record(make_dataset())
    dumped = json.loads(json.dumps([asdict(e) for e in record.events]))
    assert dumped[2]["date"] == "2020-08"
    assert dumped[2]["status"] == "planned"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"favours": 2}, "`favours` is 2, but there are only 2 sides"),
        ({"favours": -1}, "favours: expected greater than or equal to 0, got -1"),
        ({"sides": []}, "sides: Tuple should have at least 2 items"),
        ({"assessment": ""}, "assessment: String should have at least 1 character"),
    ],
)
def test_a_conflict_must_have_two_sides_and_say_which_is_favoured(
    make_dataset: DatasetFactory, change: dict[str, object], expected: str
) -> None:
    record = minimal_record()
    record["conflicts"] = [conflict("morale", **change)]
    error = load_error(make_dataset(record))
    assert any(expected in line for line in error.details), error.details


def test_a_record_without_conflicts_loads_with_none(make_dataset: DatasetFactory) -> None:
    assert load_record(make_dataset()).conflicts == ()


def test_an_events_file_above_the_size_limit_is_refused_before_it_is_read(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SIZE_LIMIT_VAR, raising=False)
    root = make_dataset()
    with (root / "events.json").open("r+b") as file:
        file.truncate(300 * MB)  # sparse: no disk or memory is spent on it
    error = load_error(root)
    assert error.file == str(root / "events.json")
    assert "is 300.0 MB, more than the 256 MB limit" in error.summary
    assert SIZE_LIMIT_VAR in error.summary


@pytest.mark.slow
def test_a_200_mb_events_file_is_read_not_refused(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SIZE_LIMIT_VAR, raising=False)
    root = make_dataset()
    with (root / "events.json").open("r+b") as file:
        file.truncate(200 * MB)  # a valid start, then 200 MB of NUL bytes
    assert "not valid JSON at line 1" in load_error(root).summary


def test_the_size_limit_can_be_raised(make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_dataset(json.dumps(minimal_record()) + " " * (2 * MB))
    monkeypatch.setenv(SIZE_LIMIT_VAR, "2")
    assert "more than the 2 MB limit" in load_error(root).summary
    monkeypatch.setenv(SIZE_LIMIT_VAR, "3")
    assert len(load_record(root).events) == 3


@pytest.mark.parametrize("setting", ["lots", "0", "-5", "1.5"])
def test_a_size_limit_that_is_not_a_number_of_megabytes_is_named(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    monkeypatch.setenv(SIZE_LIMIT_VAR, setting)
    error = load_error(make_dataset())
    assert error.file == SIZE_LIMIT_VAR
    assert f"not {setting!r}" in error.summary
