"""record/model.py (the fast dataclasses) and record/schema.py (the pydantic twin) agree, class by class."""

from __future__ import annotations

import dataclasses
import inspect
import types
import typing
from typing import Any

import pytest
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from trafford_timeline.record import model, schema

PAIRS = sorted(schema._PLAIN.items(), key=lambda pair: pair[1].__name__)


def _shape(annotation: Any) -> str:
    """A type with constraints stripped and classes named bare: `Slug` and `str` are both `str`."""
    if typing.get_origin(annotation) is typing.Annotated:
        return _shape(typing.get_args(annotation)[0])
    args = typing.get_args(annotation)
    if not args:
        return getattr(annotation, "__name__", repr(annotation))
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return f"Literal{sorted(map(repr, args))}"
    name = "Union" if origin in (typing.Union, types.UnionType) else origin.__name__
    parts = [_shape(arg) for arg in args]
    return f"{name}[{', '.join(sorted(parts) if name == 'Union' else parts)}]"


def _schema_default(info: FieldInfo) -> Any:
    return dataclasses.MISSING if info.default is PydanticUndefined else info.default


def test_every_record_dataclass_has_a_schema_twin() -> None:
    plain = {cls for _, cls in inspect.getmembers(model, inspect.isclass) if dataclasses.is_dataclass(cls)}
    plain -= {model.Problem}  # found by checking a record, never read from a file
    plain = {cls for cls in plain if not cls.__name__.startswith("_")}
    assert plain == {twin for _, twin in PAIRS}


@pytest.mark.parametrize(("validated", "plain"), PAIRS, ids=[twin.__name__ for _, twin in PAIRS])
def test_the_twins_have_the_same_fields_types_and_defaults(validated: type[Any], plain: type[Any]) -> None:
    fields = {f.name: f for f in dataclasses.fields(plain)}
    assert list(validated.model_fields) == list(fields), "the same fields, in the same order"
    hints = typing.get_type_hints(plain, include_extras=True)
    schema_hints = typing.get_type_hints(validated, include_extras=True)
    for name, info in validated.model_fields.items():
        assert _shape(schema_hints[name]) == _shape(hints[name]), name
        if name != "kind":  # the tag: required in a file, implied by the class in the code
            assert _schema_default(info) == fields[name].default, name
