"""The claim index's dated titles read from the cache: the same as in memory, for short and long spans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from builders import DatasetFactory, event, minimal_record
from trafford_timeline.claims.index import build_index
from trafford_timeline.dates import DateSpan
from trafford_timeline.record.cache import CACHE_DIR_VAR
from trafford_timeline.record.dataset import open_dataset
from trafford_timeline.record.store import load_glossary, load_record


def test_titles_by_date_match_the_index_in_memory(
    make_dataset: DatasetFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_VAR, str(tmp_path / "cache"))
    record = minimal_record()
    record["events"] += [
        event("long-ago", "2010"),
        event("open-ended", "2018-03/.."),
        event("a-decade", "2012/2022"),
        event("one-day", "2019-05-23"),
        event("next-year", "2020-02"),
    ]
    root = make_dataset(record)
    open_dataset(root).claim_index()  # built and written
    cached = open_dataset(root).claim_index().dated_titles
    in_memory = build_index(load_record(root), load_glossary(root)).dated_titles
    spans = [None] + [
        DateSpan(date(*first), date(*last))
        for first, last in [
            ((2019, 5, 23), (2019, 5, 23)),
            ((2010, 6, 1), (2010, 6, 30)),
            ((2021, 1, 1), (2021, 12, 31)),
        ]
    ]
    for span in spans:
        assert cached.overlapping(span) == list(in_memory.overlapping(span)), span
        assert cached.overlapping(span) == cached.overlapping(span)
    assert {title for _, title in cached.overlapping(spans[1])} >= {"Event one-day", "Event a-decade"}
