"""The record we ship: every quote verifies, the required events are there, nothing cites page furniture."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from trafford_timeline.query import facts_of
from trafford_timeline.record.model import FigureFact, RatingFact, Record
from trafford_timeline.record.store import load_record
from trafford_timeline.record.verify import verify_dataset

SHARED_SOURCES = Path(__file__).resolve().parents[2] / "shared" / "sources"

# Lines that are not about Trafford: subscription blocks, site furniture, sidebar stories, reader comments.
NOT_FACTS = {
    "000_e2f23ab22afb2358.txt": range(49, 70),
    "002_4122ef60e093352d.txt": [*range(1, 4), *range(65, 108)],
    "004_bcb878378186b359.txt": [5, *range(41, 52)],
}

REQUIRED_EVENTS = {
    "inspection-2015": ("2015", "occurred"),
    "new-council-leader-2018": ("2018-05", "occurred"),
    "new-lead-member-2018": ("2018-05", "occurred"),
    "interim-chief-executive-2018": ("2018-07", "occurred"),
    "chief-executive-starts-2019": ("2019-02/2019-03-03", "occurred"),
    "inspection-2019": ("2019-03-04/2019-03-08", "occurred"),
    "ofsted-report-2019": ("2019-05-08", "occurred"),
    "improvement-notice-2019": ("2019-05-23", "occurred"),
    "adviser-appointed-2019": ("2019-05-29/..", "planned"),
    "dfe-announcement-2019": ("2019-05-08/2019-05-29", "occurred"),
    "committee-meeting-2019": ("2019-05/2019-08", "occurred"),
    "action-plan-to-ofsted-2019-08-13": ("2019-08-13", "planned"),
    "action-plan-to-shadow-board-2019-08-13": ("2019-08-13", "planned"),
    "committee-update-2019-10": ("2019-10", "planned"),
    "director-appointment-panel-2019-10": ("2019-10", "planned"),
    "ofsted-monitoring-visit": ("2019-05/2020-02", "planned"),
    "dfe-six-monthly-reviews": ("2019-05-23/..", "planned"),
    "implementation-deadline-2020-08": ("2020-08", "planned"),
}


@pytest.fixture(scope="module")
def record(shipped: Path) -> Record:
    return load_record(shipped)


def test_every_quote_in_the_shipped_record_verifies(shipped: Path) -> None:
    result = verify_dataset(shipped)
    assert result.problems == ()
    assert result.citations_checked > 250


def test_the_sources_are_byte_identical_to_their_published_checksums(shipped: Path) -> None:
    sums = dict(
        reversed(line.split()) for line in (shipped / "sources" / "SHA256SUMS").read_text().splitlines()
    )
    assert len(sums) == 5
    for name, digest in sums.items():
        assert hashlib.sha256((shipped / "sources" / name).read_bytes()).hexdigest() == digest, name
        if SHARED_SOURCES.is_dir():
            assert (shipped / "sources" / name).read_bytes() == (SHARED_SOURCES / name).read_bytes()


def test_the_record_describes_each_source_with_its_hash(record: Record, shipped: Path) -> None:
    for source in record.sources:
        assert hashlib.sha256((shipped / "sources" / source.file).read_bytes()).hexdigest() == source.sha256


@pytest.mark.parametrize(("event_id", "expected"), REQUIRED_EVENTS.items())
def test_each_required_event_is_present_with_its_date_and_status(
    record: Record, event_id: str, expected: tuple[str, str]
) -> None:
    event = next(e for e in record.events if e.id == event_id)
    assert (event.date, event.status) == expected
    assert event.citations


def test_planned_events_say_as_of_which_source_date(record: Record) -> None:
    planned = [e for e in record.events if e.status == "planned"]
    assert len(planned) >= 8
    assert all(e.as_of for e in planned)


def test_the_record_is_large_enough_to_answer_questions(record: Record) -> None:
    assert len(record.events) >= 25
    assert len(record.facts) >= 80


def test_no_citation_points_at_comments_adverts_or_sidebars(record: Record) -> None:
    from trafford_timeline.record.model import all_citations

    bad = [
        (where, c.source, c.line)
        for where, c in all_citations(record)
        if c.line in NOT_FACTS.get(c.source, ())
    ]
    assert bad == []


def test_the_ratings_are_exactly_those_the_sources_state(record: Record) -> None:
    ratings = {(f.year, f.area): (f.grade, f.framework) for f in record.facts if isinstance(f, RatingFact)}
    assert ratings == {
        (2015, "overall"): ("good", "SIF"),
        (2015, "leadership"): ("outstanding", "SIF"),
        (2015, "care_leavers"): ("outstanding", "SIF"),
        (2019, "overall"): ("inadequate", "ILACS"),
        (2019, "leadership"): ("inadequate", "ILACS"),
        (2019, "help_and_protection"): ("requires_improvement", "ILACS"),
        (2019, "children_in_care"): ("requires_improvement", "ILACS"),
        (2019, "care_leavers"): ("requires_improvement", "ILACS"),
    }


def test_the_2019_findings_belong_to_the_report(record: Record) -> None:
    findings = [f for f in facts_of(record, "ofsted-report-2019") if f.kind == "finding"]
    assert len(findings) >= 40
    assert {f.polarity for f in findings} == {"strength", "weakness"}  # type: ignore[union-attr]


def test_the_rise_in_looked_after_children_is_a_figure(record: Record) -> None:
    figures = [f for f in record.facts if isinstance(f, FigureFact)]
    assert [(f.value, f.unit, f.qualifier) for f in figures] == [(24, "percent", "over")]
    assert figures[0].citations[0].source == "003_46fb6be4c90ae91a.txt"


def test_both_sides_of_the_adviser_disagreement_are_recorded(record: Record) -> None:
    quotes = [c.quote for f in record.facts for c in f.citations]
    assert any("has been appointed" in q for q in quotes)
    assert any("yet to be appointed" in q for q in quotes)


def test_both_known_conflicts_are_recorded_with_the_evidence_on_each_side(record: Record) -> None:
    places = {
        c.id: [{(cit.source[:3], cit.line) for cit in side.citations} for side in c.sides]
        for c in record.conflicts
    }
    outstanding, good = places["previous-rating-outstanding-or-good"]
    assert outstanding == {("003", 25)}
    assert {("002", 9), ("004", 13), ("001", 11), ("000", 11)} <= good
    appointed, not_yet = places["adviser-appointed-or-not"]
    assert appointed == {("001", 1), ("000", 1), ("000", 6)}
    assert {("000", 27), ("000", 43)} <= not_yet
    favoured = {c.id: c.favours for c in record.conflicts}
    assert favoured["previous-rating-outstanding-or-good"] == 1


def test_every_conflict_has_two_cited_sides_and_says_if_the_evidence_favours_neither(record: Record) -> None:
    assert len(record.conflicts) >= 5
    for conflict in record.conflicts:
        assert len(conflict.sides) == 2
        assert all(side.citations for side in conflict.sides)
        if conflict.favours is None:
            assert "does not settle" in conflict.assessment, conflict.id


def test_a_caption_only_statement_is_marked_as_a_caption(record: Record) -> None:
    caption_cited = [f for f in record.facts if any(c.caption for c in f.citations)]
    assert caption_cited
    assert all(all(c.caption for c in f.citations) for f in caption_cited)


def test_the_three_undated_sources_have_inferred_dates_with_reasons(record: Record) -> None:
    basis = {s.file[:3]: s.date_basis for s in record.sources}
    assert basis == {
        "000": "stated",
        "001": "stated",
        "002": "inferred",
        "003": "inferred",
        "004": "inferred",
    }
    assert all(s.date_reason for s in record.sources)


def test_the_chief_executive_start_is_a_conflict_the_evidence_does_not_settle(record: Record) -> None:
    conflict = next(c for c in record.conflicts if c.id == "chief-executive-start-february-or-march")
    february, march = ({(cit.source[:3], cit.line) for cit in side.citations} for side in conflict.sides)
    assert february == {("001", 19)}
    assert {("004", 33), ("000", 19)} <= march
    assert conflict.favours is None
    start = next(e for e in record.events if e.id == "chief-executive-starts-2019")
    assert "Sara Todd" not in start.title, "no source joins her name to the permanent appointment"


def test_differences_of_wording_are_kept_apart_from_disagreements(record: Record) -> None:
    kinds = {c.id: c.kind for c in record.conflicts}
    assert kinds["morale-good-in-many-teams-or-good"] == "wording"
    assert kinds["deterioration-serious-or-widespread"] == "wording"
    assert kinds["long-serving-many-staff-or-social-workers"] == "wording"
    assert kinds["adviser-appointed-or-not"] == "disagreement"
    assert kinds["previous-rating-outstanding-or-good"] == "disagreement"


def test_the_13_august_statements_are_two_events_each_citing_only_its_own_line(record: Record) -> None:
    events = {e.id: e for e in record.events}
    ofsted, board = (
        events["action-plan-to-ofsted-2019-08-13"],
        events["action-plan-to-shadow-board-2019-08-13"],
    )
    assert [(c.source[:3], c.line) for c in ofsted.citations] == [("003", 17)]
    assert [(c.source[:3], c.line) for c in board.citations] == [("003", 25)]


def test_no_source_date_rests_on_a_reader_comment(record: Record) -> None:
    dates = {s.file[:3]: s.date for s in record.sources}
    assert dates["004"] == "2019-05-08/.."
    assert dates["002"] == "2019-05-08/.."
    assert not any(
        e.date_basis and e.date_basis.relative_to == "2019-05-08/2019-05-10" for e in record.events
    )


def test_every_disagreement_names_the_record_items_it_bears_on(record: Record) -> None:
    """Without `items`, verify cannot check that what the evidence is against is not marked occurred."""
    for conflict in record.conflicts:
        if conflict.kind == "disagreement":
            assert any(side.items for side in conflict.sides), conflict.id
    adviser = next(c for c in record.conflicts if c.id == "adviser-appointed-or-not")
    assert "adviser-appointed-2019" in adviser.sides[0].items
    assert adviser.favours == 1
