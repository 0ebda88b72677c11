"""The contract of the files a dataset holds: `events.json` and `glossary.json`, as pydantic models.

Every model is strict, frozen and closed to unknown fields, so a typo in `events.json` is an
error that names its place rather than a value silently ignored. A valid file is handed over as
a `record.Record` of plain dataclasses, which is what the rest of the tool reads.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    model_validator,
)

from trafford_timeline.dates import parse_record_date
from trafford_timeline.record import model as record
from trafford_timeline.record.model import (
    Area,
    ConflictKind,
    EventKind,
    Framework,
    Grade,
    RegionKind,
    SourceKind,
    Status,
)

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


class Model(BaseModel):
    """`allow_inf_nan=False`: `NaN`, `Infinity` and `1e400` are no figures, and JSON cannot carry them."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid", allow_inf_nan=False)


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


class Original(Model):
    """The document a source's text was taken from, so the text can be traced back to it."""

    file_name: Text
    media_type: Text
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    extractor: Text


class ReportDetails(Model):
    """An inspection report's own statement of when it inspected, when it was published and by whom."""

    inspection_dates: RecordDate | None = None
    published: RecordDate | None = None
    lead_inspector: str | None = None


class Region(Model):
    """Lines first..last (1-based, inclusive) that are not the body: reader comments, adverts, captions."""

    kind: RegionKind
    first_line: int = Field(ge=1)
    last_line: int = Field(ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> Region:
        if self.last_line < self.first_line:
            raise ValueError("`last_line` comes before `first_line`")
        return self


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
    original: Original | None = None
    report: ReportDetails | None = None
    regions: tuple[Region, ...] = ()


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
    date_basis: DateBasis | None = None
    """How `date` was worked out, where no citation states it whole."""
    note: str | None = None


class RatingFact(_FactBase):
    kind: Literal["rating"]
    year: int = Field(ge=1900, le=2100)
    framework: Framework
    """The tool's context, not a sourced fact: no source names the framework."""
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


class ConflictSide(Model):
    """One side of a disagreement: what it says, in our words, and the quotes that say it."""

    statement: Text
    citations: Citations
    items: tuple[Slug, ...] = ()
    """Ids of the events and facts that hold if this side is right: `verify` refuses an event among
    them marked occurred when the weight of evidence is with another side."""


class Conflict(Model):
    """Where sources disagree, or say different things about the same matter; no side is deleted."""

    id: Slug
    kind: ConflictKind = "disagreement"
    """A real disagreement, or one finding in different words (shown apart by `conflicts`)."""
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


class Record(Model):
    sources: tuple[Source, ...]
    events: tuple[Event, ...]
    facts: tuple[Fact, ...]
    conflicts: tuple[Conflict, ...] = ()


_PLAIN: dict[type[Model], type] = {
    Citation: record.Citation, DateBasis: record.DateBasis, Source: record.Source, Event: record.Event,
    Original: record.Original, ReportDetails: record.ReportDetails, Region: record.Region,
    RatingFact: record.RatingFact, FindingFact: record.FindingFact,
    RecommendationFact: record.RecommendationFact, FigureFact: record.FigureFact,
    RoleFact: record.RoleFact, StatementFact: record.StatementFact,
    CommitmentFact: record.CommitmentFact, DetailFact: record.DetailFact,
    ConflictSide: record.ConflictSide, Conflict: record.Conflict, Record: record.Record,
}  # fmt: skip
"""Each model and the plain class it is handed over as, field for field."""


_FIELDS: dict[type[Model], tuple[str, ...]] = {model: tuple(model.model_fields) for model in _PLAIN}
"""Each model's field names, looked up once: a record of 100,000 events hands over a million models."""


def _plain(value: Any) -> Any:
    plain = _PLAIN.get(type(value))  # a dictionary look-up, not an instance check through ABCMeta
    if plain is not None:
        fields = value.__dict__
        return plain(**{name: _plain(fields[name]) for name in _FIELDS[type(value)]})
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    return value


def to_record(model: Record) -> record.Record:
    """The validated file as the plain dataclasses the rest of the tool reads."""
    plain: record.Record = _plain(model)
    return plain


RECORD_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)


class Concept(Model):
    id: Slug
    terms: list[Text]


class Opposites(Model):
    """`negative` terms mean "not" the first `positive` term: `unstable` is `not stable`."""

    positive: list[Text]
    negative: list[Text]


class GlossaryFile(Model):
    about: str
    concepts: list[Concept]
    actors: list[Slug]
    """Concepts naming who did something: a fact about someone else never supports the claim."""
    implied: list[Slug]
    """Concepts every record item is about (the council, its children's services), said or not."""
    areas: dict[Area, list[Text]]
    grades: dict[Grade, list[Text]]
    rating_words: list[Text]
    fillers: list[Text]
    """Phrases that say nothing a fact could differ on: `took place`, `happened`."""
    style: list[Text] = []
    """Words of tone that carry no claim: headline verbs (`slams`), interjections (`wow`, `TL;DR`)."""
    phrases: dict[Text, list[Text]] = {}
    """Phrases read as one of the record's own words: `take account of` is `consider`, `make sure`
    is `ensure`."""
    verb_forms: dict[Text, list[Text]] = {}
    """Forms of a verb read as one of the record's words only as written: `briefed` is `presented`,
    where `a brief` and `my briefing` share its stem and mean other things."""
    rating_context: list[Text]
    negations: list[Text]
    narrow_negations: list[Text]
    """Negations of the next word only: `lack of effective oversight` denies `effective`."""
    antonyms: list[Opposites]
    negative_prefixes: list[Text]
    not_negative: list[Text]
