"""Building the claim index at scale (issue 16): the people a document names are found by a term
of their name, and a forked helper reads texts ahead; the documents are what the plain way gives."""

from __future__ import annotations

import os
import random
from typing import Any, cast

import pytest

from trafford_timeline.claims.index import People, Person, _with_roles, build_index
from trafford_timeline.record.model import RoleFact
from trafford_timeline.record.store import load_glossary, load_record, shipped_data_dir


def _person(name: set[str], role: set[str]) -> Person:
    fact = cast(RoleFact, None)  # only the role's terms are read here
    return Person(frozenset(name), ((fact, frozenset(role)),))


def test_a_role_that_completes_a_later_name_adds_that_persons_role_too() -> None:
    people = [
        _person({"sara", "todd"}, {"chief", "executive"}),
        _person({"chief", "weston"}, {"leader"}),
    ]
    bag = frozenset({"sara", "todd", "weston"})
    assert _with_roles(bag, People(people)) == bag | {"chief", "executive", "leader"}
    # in the other order the second is tried before the first gives it its name, as before
    assert _with_roles(bag, People(people[::-1])) == _with_roles(bag, tuple(people[::-1]))
    assert "leader" not in _with_roles(bag, People(people[::-1]))


def test_found_by_name_is_tried_in_order_on_the_shipped_record_and_random_bags() -> None:
    index = build_index(load_record(shipped_data_dir()), load_glossary(shipped_data_dir()))
    people = list(index.people)
    assert people, "the shipped record names people"
    terms = sorted({term for person in people for term in person.name})
    chosen = random.Random(16)
    bags = [document.bag for document in index.documents]
    bags += [frozenset(chosen.sample(terms, k=min(len(terms), chosen.randint(1, 8)))) for _ in range(500)]
    found = People(people)
    assert [_with_roles(bag, found) for bag in bags] == [_with_roles(bag, tuple(people)) for bag in bags]
    assert any(_with_roles(bag, found) != bag for bag in bags)


def test_texts_read_ahead_by_a_forked_helper_give_the_documents_read_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At scale two processes read the record's texts (issue 16); the documents are the same."""
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one processor: the record is read in one process")
    from trafford_timeline.claims import index as claim_index

    record, glossary = load_record(shipped_data_dir()), load_glossary(shipped_data_dir())
    monkeypatch.setattr(claim_index, "READ_AHEAD_FROM", 10**9)
    alone = build_index(record, glossary)
    monkeypatch.setattr(claim_index, "READ_AHEAD_FROM", 0)
    monkeypatch.setattr(claim_index, "READ_AHEAD_CHUNK", 7)
    here: list[str] = []
    read_text = claim_index.read_text

    def counted(text: str, *args: Any) -> claim_index.Reading:
        here.append(text)  # in this process only: the forked helper counts in its own copy
        return read_text(text, *args)

    monkeypatch.setattr(claim_index, "read_text", counted)
    shared = build_index(record, glossary)
    assert list(shared.documents) == list(alone.documents)
    assert shared.postings == alone.postings
    assert shared.idf == alone.idf
    everything = set(claim_index._texts_read([*record.events, *record.facts]))
    assert len(everything - set(here)) > len(everything) / 2  # the helper read most of them
