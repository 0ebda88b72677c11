"""The record's shape: sources, dated events and the facts that belong to them, each one cited.

Every model is strict, frozen and closed to unknown fields, so a typo in `events.json` is an
error that names its place rather than a value silently ignored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationInfo,
    model_validator,
)

from trafford_timeline.dates import parse_record_date

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
"""A stable id: lower-case words joined by hyphens, so links and scripts keep working."""

SourceFile = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$")]
"""A file name inside `sources/`: no folders, no `..`, no absolute paths."""

Text = Annotated[str, StringConstraints(min_length=1)]


def _check_record_date(value: str) -> str:
    parse_record_date(value)
    return value


RecordDate = Annotated[str, AfterValidator(_check_record_date)]
"""`2019`, `2019-05`, `2019-05-23`, or an interval `A/B` whose ends may be open (`..`)."""

Area = Literal["overall", "leadership", "help_and_protection", "children_in_care", "care_leavers"]
Grade = Literal["outstanding", "good", "requires_improvement", "inadequate"]
Framework = Literal["SIF", "ILACS"]
EventKind = Literal[
    "inspection", "publication", "leadership", "intervention", "response", "meeting",
    "improvement", "review", "deadline",
]  # fmt: skip
Status = Literal["occurred", "planned"]
SourceKind = Literal["news_report", "committee_minutes"]


class Model(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")


class Citation(Model):
    """An anchor into a source: the 1-based line the verbatim quote begins on."""

    source: SourceFile
    line: int = Field(ge=1)
    quote: Text
    caption: bool = False
    """The quote is from a photo caption, not the body of the text."""


Citations = Annotated[tuple[Citation, ...], Field(min_length=1)]


class DateBasis(Model):
    """How a date that the text does not state outright was worked out."""

    reason: Text
    wording: str | None = None
    """The source's relative wording, such as "earlier this month"."""
    relative_to: RecordDate | None = None
    """The date that wording is relative to: usually the source's own date."""


class Source(Model):
    file: SourceFile
    title: str | None
    """The headline or heading the text gives; None where it gives none."""
    description: Text
    publisher: str | None
    author: str | None
    kind: SourceKind
    date: RecordDate
    date_basis: Literal["stated", "inferred"]
    date_reason: Text
    date_citations: tuple[Citation, ...] = ()
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class Event(Model):
    id: Slug
    date: RecordDate
    kind: EventKind
    title: Text
    status: Status
    summary: str | None = None
    citations: Citations
    approximate: bool = False
    date_basis: DateBasis | None = None
    as_of: RecordDate | None = None
    """For a planned event: the date of the source that announced it."""
    note: str | None = None

    @model_validator(mode="after")
    def _planned_needs_as_of(self) -> Event:
        if self.status == "planned" and self.as_of is None:
            raise ValueError("a planned event needs `as_of`, the date of the source announcing it")
        if self.status == "occurred" and self.as_of is not None:
            raise ValueError("`as_of` is only for planned events")
        return self


class _FactBase(Model):
    id: Slug
    text: Text
    """The fact in our words; the citations carry the source's own."""
    event: Slug | None = None
    date: RecordDate | None = None
    citations: Citations
    note: str | None = None


class RatingFact(_FactBase):
    kind: Literal["rating"]
    year: int = Field(ge=1900, le=2100)
    framework: Framework
    area: Area
    grade: Grade


class FindingFact(_FactBase):
    kind: Literal["finding"]
    polarity: Literal["strength", "weakness"]
    area: Area | None = None


class RecommendationFact(_FactBase):
    kind: Literal["recommendation"]
    area: Area | None = None


class FigureFact(_FactBase):
    kind: Literal["figure"]
    measure: Text
    value: float
    unit: Literal["percent", "count", "per_day", "months", "gbp"]
    qualifier: Literal["exactly", "over", "under", "about"] = "exactly"
    area: Area | None = None


class RoleFact(_FactBase):
    kind: Literal["role"]
    role: Text
    person: str | None
    organisation: Text
    area: None = None


class StatementFact(_FactBase):
    kind: Literal["statement"]
    speaker: Text
    area: Area | None = None


class CommitmentFact(_FactBase):
    kind: Literal["commitment"]
    by: Text
    """Who is to act."""
    required_by: str | None = None
    """Who requires it, where it is imposed rather than offered (the DfE's notice)."""
    area: Area | None = None


class DetailFact(_FactBase):
    kind: Literal["detail"]
    area: Area | None = None


Fact = Annotated[
    RatingFact | FindingFact | RecommendationFact | FigureFact | RoleFact | StatementFact
    | CommitmentFact | DetailFact,
    Field(discriminator="kind"),
]  # fmt: skip
FactKind = Literal[
    "rating", "finding", "recommendation", "figure", "role", "statement", "commitment", "detail",
]  # fmt: skip
FACT_KINDS: tuple[str, ...] = get_args(FactKind)
EVENT_KINDS: tuple[str, ...] = get_args(EventKind)
AREAS: tuple[str, ...] = get_args(Area)


class ConflictSide(Model):
    """One side of a disagreement: what it says, in our words, and the quotes that say it."""

    statement: Text
    citations: Citations


class Conflict(Model):
    """Where sources disagree, or say different things about the same matter; no side is deleted."""

    id: Slug
    topic: Text
    sides: Annotated[tuple[ConflictSide, ...], Field(min_length=2)]
    favours: int | None = Field(default=None, ge=0)
    """The index of the side the weight of evidence supports; None where it supports neither."""
    assessment: Text
    """Which side the evidence supports and why, or why it cannot say."""

    @model_validator(mode="after")
    def _favours_a_side(self) -> Conflict:
        if self.favours is not None and self.favours >= len(self.sides):
            raise ValueError(f"`favours` is {self.favours}, but there are only {len(self.sides)} sides")
        return self


@dataclass(frozen=True)
class ReferenceProblem:
    """A cross-record fault: `code` is stable, `where` is a path such as `facts[3].event`."""

    code: str
    where: str
    message: str


class ReferenceErrors(ValueError):
    def __init__(self, problems: list[ReferenceProblem]) -> None:
        super().__init__("; ".join(f"{p.where}: {p.message}" for p in problems))
        self.problems = problems


class Record(Model):
    sources: tuple[Source, ...]
    events: tuple[Event, ...]
    facts: tuple[Fact, ...]
    conflicts: tuple[Conflict, ...] = ()

    @model_validator(mode="after")
    def _references_resolve(self, info: ValidationInfo) -> Record:
        context: dict[str, Any] = info.context or {}
        if context.get("check_references", True):
            problems = find_reference_problems(self)
            if problems:
                raise ReferenceErrors(problems)
        return self


def all_citations(record: Record) -> list[tuple[str, Citation]]:
    """Every citation in the record, with where it is, such as `ofsted-report-2019.citations[0]`."""
    found: list[tuple[str, Citation]] = []
    for i, source in enumerate(record.sources):
        found += [(f"sources[{i}].date_citations[{j}]", c) for j, c in enumerate(source.date_citations)]
    for items in (record.events, record.facts):
        for item in items:
            found += [(f"{item.id}.citations[{j}]", c) for j, c in enumerate(item.citations)]
    for conflict in record.conflicts:
        for i, side in enumerate(conflict.sides):
            where = f"{conflict.id}.sides[{i}]"
            found += [(f"{where}.citations[{j}]", c) for j, c in enumerate(side.citations)]
    return found


def find_reference_problems(record: Record) -> list[ReferenceProblem]:
    """Ids unique across events, facts and conflicts, one rating per year and area, and every id or
    source named by a record exists."""
    problems: list[ReferenceProblem] = []
    files = Counter(source.file for source in record.sources)
    problems += [
        ReferenceProblem("duplicate-source", f"sources[{i}].file", f"{s.file!r} is described twice")
        for i, s in enumerate(record.sources)
        if files[s.file] > 1
    ]
    first_place: dict[str, str] = {}
    groups: tuple[tuple[str, tuple[Event | Fact | Conflict, ...]], ...] = (
        ("events", record.events),
        ("facts", record.facts),
        ("conflicts", record.conflicts),
    )
    for group, items in groups:
        for i, item in enumerate(items):
            place = f"{group}[{i}].id"
            if item.id in first_place:
                message = f"{item.id!r} is already used at {first_place[item.id]}"
                problems.append(ReferenceProblem("duplicate-id", place, message))
            else:
                first_place[item.id] = place
    rated: dict[tuple[int, str], str] = {}
    for i, fact in enumerate(record.facts):
        if isinstance(fact, RatingFact):
            key = (fact.year, fact.area)
            if key in rated:
                message = f"{fact.year} {fact.area} is already rated by {rated[key]!r}"
                problems.append(ReferenceProblem("duplicate-rating", f"facts[{i}]", message))
            else:
                rated[key] = fact.id
    event_ids = {event.id for event in record.events}
    for i, fact in enumerate(record.facts):
        if fact.event is not None and fact.event not in event_ids:
            message = f"fact {fact.id!r} belongs to event {fact.event!r}, which is not in the record"
            problems.append(ReferenceProblem("unknown-event", f"facts[{i}].event", message))
    for where, citation in all_citations(record):
        if citation.source not in files:
            message = f"cites {citation.source!r}, which is not among the record's sources"
            problems.append(ReferenceProblem("missing-source", f"{where}.source", message))
    return problems


RECORD_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)
