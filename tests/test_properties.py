"""Whatever a person types or a file holds, the core answers with its own errors, never a crash."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builders import minimal_record
from trafford_timeline.claims.check import VERDICTS, ClaimIndex, build_index, check_claim
from trafford_timeline.dates import parse_record_date, parse_user_date
from trafford_timeline.errors import DataError
from trafford_timeline.record.store import load_glossary, load_record, shipped_data_dir

DATE_LIKE = st.text(alphabet="0123456789/-.,: MayJunSepOctTZ+", max_size=40) | st.lists(
    st.integers(0, 10**30).map(str), min_size=1, max_size=4
).flatmap(lambda parts: st.sampled_from(["/", "-", " ", "."]).map(lambda sep: sep.join(parts)))
"""Digits and separators reach deeper into the parsers than arbitrary text: huge numbers, odd splits."""


@given(st.text(max_size=40) | DATE_LIKE)
def test_the_date_parsers_only_ever_raise_value_error(text: str) -> None:
    for parse in (parse_user_date, parse_record_date):
        try:
            span = parse(text)
        except ValueError:
            continue
        assert span.first <= span.last


def assert_loads_or_raises_data_error(raw: bytes) -> None:
    """Load `raw` as events.json; any exception but DataError fails the test."""
    failure: DataError | None = None
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "events.json").write_bytes(raw)
        try:
            load_record(Path(folder))
        except DataError as error:
            failure = error
    if failure is not None:
        assert failure.file.endswith("events.json")
        assert all(isinstance(line, str) for line in failure.details)


NESTED = st.integers(1, 5000).map(lambda depth: '{"sources": ' + "[" * depth + "]" * depth + "}")
"""Deep enough to exceed both pydantic's and Python's JSON nesting limits."""


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode) | NESTED.map(str.encode))
def test_loading_any_bytes_raises_only_data_error(raw: bytes) -> None:
    assert_loads_or_raises_data_error(raw)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def places(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every path into a JSON value, the value itself first."""
    yield path
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield from places(child, (*path, key))


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_record_with_any_part_replaced_or_removed_raises_only_data_error(data: st.DataObject) -> None:
    """A sound record with a few parts broken: the error paths (ids, tags, locations) see odd shapes."""
    record: Any = minimal_record()
    for _ in range(data.draw(st.integers(1, 3))):
        *parents, last = data.draw(st.sampled_from([p for p in places(record) if p]))
        node = record
        for key in parents:
            node = node[key]
        if isinstance(node, dict) and data.draw(st.booleans()):
            del node[last]
        else:
            node[last] = data.draw(JSON_VALUES)
    assert_loads_or_raises_data_error(json.dumps(record).encode())


@lru_cache(maxsize=1)
def shipped_index() -> ClaimIndex:
    data = shipped_data_dir()
    return build_index(load_record(data), load_glossary(data))


_CLAIM_VOCABULARY = """
Trafford Ofsted DfE rated judged inadequate good outstanding requires improvement 2015 2019 2012
May 8 23/05/2019 every six months 24% over £1,000 not never unstable high low turnover adviser
appointed notice care leavers MARAT the was in of and Ofstead ’ ' " [bold] \x1b[31m
"""
CLAIM_WORDS = st.sampled_from(_CLAIM_VOCABULARY.split())
CLAIMS = st.text(max_size=120) | st.lists(CLAIM_WORDS, max_size=14).map(" ".join)


@pytest.mark.slow
@given(CLAIMS)
@settings(max_examples=300, deadline=None)
def test_the_claim_checker_answers_any_text_with_a_verdict(claim: str) -> None:
    check = check_claim(claim, shipped_index())
    assert check.verdict in VERDICTS
    assert check.explanation
    assert (check.verdict == "not_found") == (not check.evidence)


@pytest.mark.slow
@given(st.lists(CLAIM_WORDS, min_size=1, max_size=12), st.sampled_from([" ", "  ", "\t", " \n "]))
@settings(max_examples=200, deadline=None)
def test_a_verdict_does_not_change_with_whitespace_or_letter_case(words: list[str], gap: str) -> None:
    claim = " ".join(words)
    variants = [gap.join(words), f"  {claim.upper()} ", claim.lower(), claim.title()]
    verdicts = {check_claim(variant, shipped_index()).verdict for variant in variants}
    assert verdicts == {check_claim(claim, shipped_index()).verdict}
