"""The record in memory: sources, dated events and the facts that belong to them, each one cited.

Plain frozen dataclasses, which every command reads. `schema` checks `events.json` against the
file's contract and hands over these; they are kept free of pydantic because building pydantic
models costs more at start-up than a command may take in all (see benchmarks/README.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Literal, get_args

Area = Literal[
    "overall", "leadership", "help_and_protection", "children_in_care", "care_leavers", "adoption"
]  # fmt: skip
Grade = Literal["outstanding", "good", "requires_improvement", "inadequate"]
Framework = Literal["SIF", "ILACS"]
EventKind = Literal[
    "inspection", "publication", "leadership", "intervention", "response", "meeting",
    "improvement", "review", "deadline",
]  # fmt: skip
Status = Literal["occurred", "planned"]
SourceKind = Literal["news_report", "committee_minutes", "inspection_report", "web_page", "document"]
ConflictKind = Literal["disagreement", "wording"]
"""`wording`: the sources give one finding in different words, and only the wording differs."""
RegionKind = Literal["comments", "advert", "subscription", "navigation", "sidebar", "caption", "footer"]
"""Lines that are not the document's own statements; a citation may not point into one."""
FactKind = Literal[
    "rating", "finding", "recommendation", "figure", "role", "statement", "commitment", "detail",
]  # fmt: skip
FRAMEWORK_MARK = "†"
"""Marks a framework wherever it is shown, since the record adds it and no source states it."""
FRAMEWORK_CONTEXT = (
    f"{FRAMEWORK_MARK} The framework (SIF or ILACS) is the tool's context, the one Ofsted used that "
    "year: no source names it."
)
FACT_KINDS: tuple[str, ...] = get_args(FactKind)
EVENT_KINDS: tuple[str, ...] = get_args(EventKind)
AREAS: tuple[str, ...] = get_args(Area)


class _Shown:
    """One `__repr__` for every record class: generating one per class costs start-up time."""

    __slots__ = ()

    def __repr__(self) -> str:
        names: dict[str, object] = getattr(self, "__dataclass_fields__", {})
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({shown})"


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class Citation(_Shown):
    """An anchor into a source: the 1-based line the verbatim quote begins on."""

    source: str
    line: int
    quote: str
    caption: bool = False
    """The quote is from a photo caption, not the body of the text."""


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class DateBasis(_Shown):
    """How a date that the text does not state outright was worked out."""

    reason: str
    wording: str | None = None
    """The source's relative wording, such as "earlier this month"."""
    relative_to: str | None = None
    """The date that wording is relative to: usually the source's own date."""


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class Original(_Shown):
    """The document a source's text was taken from, so the text can be traced back to it."""

    file_name: str
    media_type: str
    sha256: str
    extractor: str
    """The library and version that extracted the text, or `none` for text stored byte for byte."""


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class ReportDetails(_Shown):
    """An inspection report's own statement of when it inspected, when it was published and by whom."""

    inspection_dates: str | None = None
    published: str | None = None
    lead_inspector: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class Region(_Shown):
    """Lines first..last (1-based, inclusive) that are not the body: reader comments, adverts, captions."""

    kind: RegionKind
    first_line: int
    last_line: int


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class Source(_Shown):
    file: str
    title: str | None
    """The headline or heading the text gives; None where it gives none."""
    description: str
    publisher: str | None
    author: str | None
    kind: SourceKind
    date: str
    date_basis: Literal["stated", "inferred"]
    date_reason: str
    date_citations: tuple[Citation, ...] = ()
    sha256: str
    original: Original | None = None
    """The file `sources add` was given, for a source the tool extracted (absent for hand-made ones)."""
    report: ReportDetails | None = None
    """What an inspection report states about itself."""
    regions: tuple[Region, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class Event(_Shown):
    id: str
    date: str
    kind: EventKind
    title: str
    status: Status
    summary: str | None = None
    citations: tuple[Citation, ...]
    approximate: bool = False
    date_basis: DateBasis | None = None
    as_of: str | None = None
    """For a planned event: the date of the source that announced it."""
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class _FactBase(_Shown):
    id: str
    text: str
    """The fact in our words; the citations carry the source's own."""
    event: str | None = None
    date: str | None = None
    citations: tuple[Citation, ...]
    date_basis: DateBasis | None = None
    """How `date` was worked out, where no citation states it whole."""
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class RatingFact(_FactBase):
    kind: Literal["rating"] = "rating"
    year: int
    framework: Framework
    """The tool's context, not a sourced fact: no source names the framework (see FRAMEWORK_CONTEXT)."""
    area: Area
    grade: Grade


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class FindingFact(_FactBase):
    kind: Literal["finding"] = "finding"
    polarity: Literal["strength", "weakness"]
    area: Area | None = None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class RecommendationFact(_FactBase):
    kind: Literal["recommendation"] = "recommendation"
    area: Area | None = None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class FigureFact(_FactBase):
    kind: Literal["figure"] = "figure"
    measure: str
    value: float
    unit: Literal["percent", "count", "per_day", "months", "gbp"]
    qualifier: Literal["exactly", "over", "under", "about"] = "exactly"
    area: Area | None = None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class RoleFact(_FactBase):
    kind: Literal["role"] = "role"
    role: str
    person: str | None
    organisation: str
    area: None = None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class StatementFact(_FactBase):
    kind: Literal["statement"] = "statement"
    speaker: str
    area: Area | None = None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class CommitmentFact(_FactBase):
    kind: Literal["commitment"] = "commitment"
    by: str
    """Who is to act."""
    required_by: str | None = None
    """Who requires it, where it is imposed rather than offered (the DfE's notice)."""
    area: Area | None = None


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class DetailFact(_FactBase):
    kind: Literal["detail"] = "detail"
    area: Area | None = None


Fact = (
    RatingFact | FindingFact | RecommendationFact | FigureFact | RoleFact | StatementFact
    | CommitmentFact | DetailFact
)  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class ConflictSide(_Shown):
    """One side of a disagreement: what it says, in our words, and the quotes that say it."""

    statement: str
    citations: tuple[Citation, ...]
    items: tuple[str, ...] = ()
    """Ids of the events and facts that hold if this side is right: `verify` refuses an event among
    them marked occurred when the weight of evidence is with another side."""


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class Conflict(_Shown):
    """Where sources disagree, or say different things about the same matter; no side is deleted."""

    id: str
    kind: ConflictKind = "disagreement"
    """A real disagreement, or one finding in different words (shown apart by `conflicts`)."""
    topic: str
    sides: tuple[ConflictSide, ...]
    favours: int | None = None
    """The index of the side the weight of evidence supports; None where it supports neither."""
    assessment: str
    """Which side the evidence supports and why, or why it cannot say."""


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class Record(_Shown):
    sources: tuple[Source, ...]
    events: tuple[Event, ...]
    facts: tuple[Fact, ...]
    conflicts: tuple[Conflict, ...] = ()


def _quick_state(cls: type) -> None:
    """The pickled state `dataclass(slots=True)` gives (its fields' values, in order), without its
    call to `fields()` for every object: that call was most of unpickling a cached event or fact,
    and a warm `cite` unpickles a few hundred of them, a first run a few hundred thousand."""
    names = tuple(field.name for field in fields(cls))

    def getstate(self: object) -> list[object]:
        return [getattr(self, name) for name in names]

    def setstate(self: object, state: list[object]) -> None:
        for name, value in zip(names, state, strict=False):
            object.__setattr__(self, name, value)

    cls.__getstate__ = getstate  # type: ignore[method-assign,assignment]
    cls.__setstate__ = setstate  # type: ignore[attr-defined]


for _class in (
    Citation, DateBasis, Original, ReportDetails, Region, Source, Event, RatingFact, FindingFact,
    RecommendationFact, FigureFact, RoleFact, StatementFact, CommitmentFact, DetailFact, ConflictSide,
    Conflict, Record,
):  # fmt: skip
    _quick_state(_class)


@dataclass(frozen=True)
class Problem:
    """One fault in a dataset: `code` is stable, `where` is a path such as `facts[3].event`."""

    code: str
    where: str
    message: str


def all_citations(record: Record) -> list[tuple[str, Citation]]:
    """Every citation in the record, with where it is, such as `ofsted-report-2019.citations[0]`."""
    found: list[tuple[str, Citation]] = []
    for i, source in enumerate(record.sources):
        found += [(f"sources[{i}].date_citations[{j}]", c) for j, c in enumerate(source.date_citations)]
    items: Iterable[Event | Fact] = (*record.events, *record.facts)
    for item in items:
        found += [(f"{item.id}.citations[{j}]", c) for j, c in enumerate(item.citations)]
    for conflict in record.conflicts:
        for i, side in enumerate(conflict.sides):
            where = f"{conflict.id}.sides[{i}]"
            found += [(f"{where}.citations[{j}]", c) for j, c in enumerate(side.citations)]
    return found


def find_reference_problems(record: Record) -> list[Problem]:
    """Ids unique across events, facts and conflicts, one rating per year and area, and every id or
    source named by a record exists."""
    problems: list[Problem] = []
    files = Counter(source.file for source in record.sources)
    problems += [
        Problem("duplicate-source", f"sources[{i}].file", f"{s.file!r} is described twice")
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
                problems.append(Problem("duplicate-id", place, message))
            else:
                first_place[item.id] = place
    rated: dict[tuple[int, str], str] = {}
    for i, fact in enumerate(record.facts):
        if isinstance(fact, RatingFact):
            key = (fact.year, fact.area)
            if key in rated:
                message = f"{fact.year} {fact.area} is already rated by {rated[key]!r}"
                problems.append(Problem("duplicate-rating", f"facts[{i}]", message))
            else:
                rated[key] = fact.id
    event_ids = {event.id for event in record.events}
    for i, fact in enumerate(record.facts):
        if fact.event is not None and fact.event not in event_ids:
            message = f"fact {fact.id!r} belongs to event {fact.event!r}, which is not in the record"
            problems.append(Problem("unknown-event", f"facts[{i}].event", message))
    item_ids = event_ids | {fact.id for fact in record.facts}
    for i, conflict in enumerate(record.conflicts):
        for j, side in enumerate(conflict.sides):
            for k, named in enumerate(side.items):
                if named not in item_ids:
                    message = f"conflict {conflict.id!r} names {named!r}, which is not an event or fact"
                    problems.append(Problem("unknown-item", f"conflicts[{i}].sides[{j}].items[{k}]", message))
    for where, citation in all_citations(record):
        if citation.source not in files:
            message = f"cites {citation.source!r}, which is not among the record's sources"
            problems.append(Problem("missing-source", f"{where}.source", message))
    return problems
