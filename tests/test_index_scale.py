"""Building the claim index at scale (issue 16): the people a document names are found by a term
of their name; the bags are what trying each person in turn gives."""

from __future__ import annotations

import random
from typing import cast

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


def test_record_objects_pickle_as_dataclasses_do_and_come_back_equal() -> None:
    """Their state is kept without a `fields()` call per object (issue 16): the same state,
    so cache files keep their bytes, and the same objects back."""
    import pickle
    from dataclasses import fields

    record = load_record(shipped_data_dir())
    objects = [record, *record.sources, *record.events, *record.facts, *record.conflicts]
    objects += [citation for item in (*record.events, *record.facts) for citation in item.citations]
    assert len({type(found) for found in objects}) >= 6
    for found in objects:
        assert found.__getstate__() == [getattr(found, field.name) for field in fields(found)]
    assert pickle.loads(pickle.dumps(record, protocol=5)) == record
