"""`verify` finds each kind of fault, with its stable code, and passes a sound dataset."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import (
    SOURCE_NAME,
    SOURCE_TEXT,
    DatasetFactory,
    citation,
    conflict,
    event,
    minimal_record,
    source_entry,
)
from trafford_timeline.record.verify import verify_dataset


def codes(root: object) -> list[str]:
    return [p.code for p in verify_dataset(root).problems]  # type: ignore[arg-type]


def test_a_sound_dataset_verifies(make_dataset: DatasetFactory) -> None:
    result = verify_dataset(make_dataset())
    assert result.ok
    assert (result.citations_checked, result.sources_checked) == (4, 1)


def test_a_tampered_quote_is_caught(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["citations"][0]["quote"] = "An Ofsted report published on 9 May"
    result = verify_dataset(make_dataset(record))
    assert [p.code for p in result.problems] == ["quote-not-found"]
    assert result.problems[0].where == "report-2019.citations[0]"


def test_a_quote_at_the_wrong_line_says_where_it_is(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["citations"][0]["line"] = 4
    problem = verify_dataset(make_dataset(record)).problems[0]
    assert problem.code == "wrong-line"
    assert "it is on line 3" in problem.message


def test_a_quote_with_plain_marks_for_typographic_ones_is_not_verbatim(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["facts"][0]["citations"][0]["quote"] = 'Staff morale is "good" in many teams'
    assert codes(make_dataset(record)) == ["quote-not-found"]


def test_an_edited_source_fails_its_hash(make_dataset: DatasetFactory) -> None:
    root = make_dataset(sources={SOURCE_NAME: SOURCE_TEXT + "One more line.\n"})
    assert codes(root) == ["hash-mismatch"]


def test_missing_and_unlisted_source_files_are_reported(make_dataset: DatasetFactory) -> None:
    root = make_dataset(sources={"999_stray.txt": "Nothing to see here at all.\n"})
    assert sorted(codes(root)) == ["missing-file", "unlisted-source"]


def test_a_short_quote_is_reported(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["citations"][0]["quote"] = "Ofsted report"
    assert codes(make_dataset(record)) == ["short-quote"]


def test_duplicate_ids_and_dangling_references_are_rows_not_a_crash(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"].append(event("report-2019", "2019", date_basis={"reason": "Test data."}))
    record["facts"][0]["event"] = "nowhere"
    record["facts"][0]["citations"].append(citation(1, "Council rated inadequate again", "gone.txt"))
    result = verify_dataset(make_dataset(record))
    assert result.counts() == {"duplicate-id": 1, "missing-source": 1, "unknown-event": 1}


def test_a_dataset_that_cannot_be_read_is_one_problem(make_dataset: DatasetFactory) -> None:
    result = verify_dataset(make_dataset("{not json"))
    assert [p.code for p in result.problems] == ["invalid-data"]
    assert "line 1, column 2" in result.problems[0].message


def test_a_source_that_is_not_utf8_is_named(make_dataset: DatasetFactory) -> None:
    import hashlib

    raw = SOURCE_TEXT.encode("utf-8") + b"\xff\n"
    record = minimal_record()
    record["sources"][0]["sha256"] = hashlib.sha256(raw).hexdigest()
    problems = verify_dataset(make_dataset(record, sources={SOURCE_NAME: raw})).problems
    assert [p.code for p in problems] == ["unreadable-source"]
    assert SOURCE_NAME in problems[0].message


def test_the_quotes_of_a_conflict_are_verified_too(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["conflicts"] = [conflict("morale")]
    assert verify_dataset(make_dataset(record)).citations_checked == 6
    record["conflicts"][0]["sides"][1]["citations"][0]["quote"] = "said the services are good"
    problems = verify_dataset(make_dataset(record, name="tampered")).problems
    assert [(p.code, p.where) for p in problems] == [("quote-not-found", "morale.sides[1].citations[0]")]


def test_a_source_linked_out_of_the_sources_folder_is_refused_not_read(
    make_dataset: DatasetFactory, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(SOURCE_TEXT, encoding="utf-8")
    root = make_dataset(sources={})
    (root / "sources" / SOURCE_NAME).symlink_to(outside)
    problems = verify_dataset(root).problems
    assert [p.code for p in problems] == ["unreadable-source"]
    assert "directly inside the sources folder" in problems[0].message


def test_a_date_no_citation_states_whole_needs_a_date_basis(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    del record["events"][0]["date_basis"]  # "published on 8 May" gives no year
    problems = verify_dataset(make_dataset(record)).problems
    assert [(p.code, p.where) for p in problems] == [("date-not-stated", "report-2019.date")]
    assert "'2019-05-08'" in problems[0].message


def test_a_quote_that_states_the_date_whole_needs_no_basis(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"].append(
        event(
            "deadline-stated",
            "2020-08",
            citations=[citation(4, "orders the council to improve by August 2020")],
        )
    )
    record["events"].append(event("open-ended", "2019-05-08/..", date_basis={"reason": "Test data."}))
    assert codes(make_dataset(record)) == []


def test_a_fact_dated_by_a_month_its_quotes_never_name_is_caught(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["facts"][0]["date"] = "2019-02"
    assert codes(make_dataset(record)) == ["date-not-stated"]


def test_date_basis_wording_must_be_in_a_citation_of_the_item(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][1]["date_basis"]["wording"] = "earlier this month"
    problems = verify_dataset(make_dataset(record)).problems
    assert [(p.code, p.where) for p in problems] == [
        ("date-wording-not-cited", "notice-2019.date_basis.wording")
    ]


def test_words_in_quotation_marks_must_be_in_a_citation(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["title"] = "Ofsted calls the services “stark”"
    record["facts"][0]["text"] = "Morale is “good” in many teams."
    assert codes(make_dataset(record)) == ["quote-marks-not-cited"]


def test_an_occurred_event_on_the_side_the_evidence_is_against_is_caught(
    make_dataset: DatasetFactory,
) -> None:
    record = minimal_record()
    record["conflicts"] = [conflict("morale")]  # favours side 0
    record["conflicts"][0]["sides"][1]["items"] = ["report-2019"]
    problems = verify_dataset(make_dataset(record)).problems
    assert [(p.code, p.where) for p in problems] == [("disfavoured-but-occurred", "morale.sides[1].items")]
    record["events"][0] |= {"status": "planned", "as_of": "2019-05-23"}
    assert codes(make_dataset(record, name="planned")) == []


def test_an_unsettled_conflict_puts_no_side_against_its_items(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["conflicts"] = [conflict("morale", favours=None)]
    record["conflicts"][0]["sides"][1]["items"] = ["report-2019"]
    assert codes(make_dataset(record)) == []


def test_a_conflict_side_naming_an_unknown_item_is_reported(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["conflicts"] = [conflict("morale")]
    record["conflicts"][0]["sides"][0]["items"] = ["nowhere"]
    problems = verify_dataset(make_dataset(record)).problems
    assert [(p.code, p.where) for p in problems] == [("unknown-item", "conflicts[0].sides[0].items[0]")]


def test_a_conflict_side_without_citations_is_invalid_data(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["conflicts"] = [conflict("morale")]
    record["conflicts"][0]["sides"][1]["citations"] = []
    assert codes(make_dataset(record)) == ["invalid-data"]


def test_verify_answers_the_same_from_the_cache_without_reading_the_record(
    make_dataset: DatasetFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trafford_timeline.record import verify
    from trafford_timeline.record.dataset import open_dataset
    from trafford_timeline.record.model import all_citations
    from trafford_timeline.record.store import load_record

    record = minimal_record()
    record["sources"][0]["regions"] = [
        {"kind": "caption", "first_line": 5, "last_line": 5},
        {"kind": "comments", "first_line": 3, "last_line": 3},
    ]
    record["sources"].append(source_entry("002_other.txt", "Another source entirely, with its own words.\n"))
    record["sources"].append(source_entry("003_gone.txt"))
    record["events"][0]["citations"].append(citation(1, "Council rated", "002_other.txt"))
    record["events"][1]["citations"].append(citation(3, "orders the council to improve"))
    record["facts"][0]["citations"].append(citation(5, "Staff morale is", "003_gone.txt") | {"caption": True})
    record["facts"][0]["citations"].append(
        citation(5, "Staff morale is “good” in many teams") | {"caption": True}
    )
    del record["events"][0]["date_basis"]
    record["events"][0]["title"] = "Ofsted calls the services “stark”"
    root = make_dataset(record, sources={SOURCE_NAME: SOURCE_TEXT, "002_other.txt": "Changed.\n"})
    before = verify.verify_dataset(root)
    assert set(before.counts()) >= {
        "date-not-stated", "quote-marks-not-cited", "non-body-citation", "wrong-line", "short-quote",
        "quote-not-found", "hash-mismatch", "missing-file",
    }  # fmt: skip
    places = {
        where: n for n, (where, _) in enumerate(all_citations(load_record(root, check_references=False)))
    }
    cited = [problem.where for problem in before.problems if problem.where in places]
    assert len(cited) >= 4
    assert cited == sorted(cited, key=places.__getitem__)  # in the record's order, whatever the source

    open_dataset(root)  # caches the validated record
    monkeypatch.setattr(verify, "load_record", lambda *args, **kwargs: pytest.fail("validated again"))
    assert verify.verify_dataset(root) == before
