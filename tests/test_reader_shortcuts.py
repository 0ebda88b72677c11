"""The reader's shortcuts (patterns skipped where a text cannot match them, wordings read once)
change no reading: each is checked against the plain way on the shipped record and made-up text."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trafford_timeline.claims import index, mentions, quantities
from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import Words, read_text
from trafford_timeline.record.store import load_glossary, load_record, shipped_data_dir

_TEXT_PIECES = (
    "on in by the of to and until till from before after early late mid end start week beginning "
    "first last spring summer autumn fall may mar march sept. sept dec december jun junior mayor "
    "every once twice times a per each month months year years day quarter fortnight monthly weekly "
    "daily annually bi-annually half-yearly half third fifth tenth dozen one two ten often twenty "
    "hundred percent per cent more than over about nearly some 8 12 19 20 2019 1,200 3.5 £2m $5bn "
    "1k 24% 08/05/2019 8.5.19 2019-05 2019-05-08 - / . , : ; % £ $"
)
_PIECES = _TEXT_PIECES.split()
_made_up = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", " ", "-", ", "])), max_size=12
).map(lambda parts: "".join(piece + gap for piece, gap in parts))


def _record_texts() -> Iterator[str]:
    record = load_record(shipped_data_dir())
    for item in (*record.events, *record.facts):
        yield item.title if hasattr(item, "title") else item.text
        yield from (citation.quote for citation in item.citations)


@pytest.fixture(scope="module")
def record_texts() -> list[str]:
    return list(dict.fromkeys(_record_texts()))


def _every_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain way: every date pattern tried on every text, every quantity pattern too."""
    always = re.compile("")
    monkeypatch.setattr(mentions, "_needs", lambda: tuple(always for _ in mentions._NEEDS))
    monkeypatch.setattr(quantities, "_maybe_quantity", lambda text, skip: True)


def _found(text: str) -> tuple[list[mentions.DateMention], list[quantities.Quantity]]:
    folded = fold(text)
    dates = mentions.find_dates(folded)
    return dates, quantities.find_quantities(folded, skip=[(d.start, d.end) for d in dates])


def test_the_shortcuts_skip_patterns_and_texts() -> None:
    """What the other tests compare against is not what they test: the shortcuts do skip."""
    assert mentions.find_dates("no date here") == []
    assert mentions._needs()[0].search("no date here") is None
    assert not quantities._maybe_quantity("inspectors found practice weak", [])
    assert quantities._maybe_quantity("six visits", [])
    assert not quantities._maybe_quantity("on 8 may 2019 it was weak", [(3, 13)])


def test_dates_and_quantities_of_the_record_are_what_every_pattern_finds(
    record_texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = [_found(text) for text in record_texts]
    _every_pattern(monkeypatch)
    assert quick == [_found(text) for text in record_texts]
    assert any(dates for dates, _ in quick)
    assert any(found for _, found in quick)


@settings(max_examples=400, deadline=None)
@given(text=_made_up)
def test_dates_and_quantities_of_any_text_are_what_every_pattern_finds(text: str) -> None:
    quick = _found(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _every_pattern(monkeypatch)
        assert quick == _found(text)


@settings(max_examples=200, deadline=None)
@given(text=_made_up)
def test_a_text_is_split_into_clauses_as_the_pattern_splits_it(text: str) -> None:
    assert index._clauses(text) == index._CLAUSE.split(text)


def test_a_wording_read_before_is_read_the_same(record_texts: list[str]) -> None:
    glossary: Glossary = load_glossary(shipped_data_dir())
    read_before: dict[str, Words] = {}
    dated = [f"On {day} May 2019: {text}" for day in (8, 23) for text in record_texts[:200]]
    for text in record_texts + dated:
        assert read_text(text, glossary, read_before=read_before) == read_text(text, glossary)
    assert len(read_before) < len(record_texts) + len(dated)
