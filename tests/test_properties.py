"""Whatever a person types or a file holds, the core answers with its own errors, never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trafford_timeline.dates import parse_record_date, parse_user_date
from trafford_timeline.errors import DataError
from trafford_timeline.store import load_record


@given(st.text(max_size=40))
def test_the_date_parsers_only_ever_raise_value_error(text: str) -> None:
    for parse in (parse_user_date, parse_record_date):
        try:
            span = parse(text)
        except ValueError:
            continue
        assert span.first <= span.last


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_loading_any_bytes_raises_only_data_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "events.json").write_bytes(raw)
        failure: DataError | None = None
        try:
            load_record(Path(folder))
        except DataError as error:
            failure = error
        assert failure is None or failure.file.endswith("events.json")
