"""`trafford export`: each format read back (TimelineJS, iCalendar, CSV, Markdown); files kept safe."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest
from typer.testing import Result

from builders import DatasetFactory, Trafford, event, minimal_record
from trafford_timeline.output import exports
from trafford_timeline.record.store import load_record

STAMP = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def said(result: Result) -> str:
    """stderr as one line, without the box a usage error is drawn in."""
    return " ".join(result.stderr.replace("│", " ").split())


def precision_record() -> dict[str, object]:
    """One event at each precision, an interval, both kinds of open end, and awkward text."""
    record = minimal_record()
    record["events"] += [
        event("in-2015", "2015", kind="inspection"),
        event("march-week", "2019-03-04/2019-03-08", kind="inspection"),
        event("open-end", "2019-05/..", kind="improvement", status="planned", as_of="2019-05-23"),
        event("open-start", "../2019-03-08", kind="leadership"),
        event(
            "awkward",
            "2019-06-01",
            kind="meeting",
            title="Board meets; agrees <plans>, \\ costs & a very long title " + "that goes on " * 12,
            summary="Line one\nline two",
        ),
    ]
    return record


def test_timelinejs_keeps_each_dates_precision_and_groups_by_kind(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    root = make_dataset(precision_record())
    result = trafford("--data", str(root), "export", "--format", "timelinejs")
    assert result.exit_code == 0, result.stderr
    timeline = json.loads(result.stdout)
    assert timeline["title"]["text"]["headline"]
    slides = {slide["unique_id"]: slide for slide in timeline["events"]}
    assert len(slides) == 8
    assert slides["in-2015"]["start_date"] == {"year": 2015}
    assert "end_date" not in slides["in-2015"]
    assert slides["deadline-2020"]["start_date"] == {"year": 2020, "month": 8}
    assert slides["report-2019"]["start_date"] == {"year": 2019, "month": 5, "day": 8}
    assert slides["march-week"]["start_date"] == {"year": 2019, "month": 3, "day": 4}
    assert slides["march-week"]["end_date"] == {"year": 2019, "month": 3, "day": 8}
    assert slides["open-end"]["start_date"] == {"year": 2019, "month": 5}
    assert "end_date" not in slides["open-end"]
    assert slides["open-end"]["display_date"] == "from May 2019"
    assert slides["open-start"]["start_date"] == {"year": 2019, "month": 3, "day": 8}
    assert slides["open-start"]["display_date"] == "by 8 Mar 2019"
    assert {slide["group"] for slide in slides.values()} == {
        "publication", "intervention", "deadline", "inspection", "improvement", "leadership", "meeting",
    }  # fmt: skip
    assert slides["report-2019"]["text"]["headline"] == "Event report-2019"
    text = slides["report-2019"]["text"]["text"]
    assert "“An Ofsted report published on 8 May”" in text
    assert "001_report.txt line 3" in text
    assert "Council rated inadequate" in text, "the source is credited by its title"
    assert "Planned, as of 23 May 2019" in slides["open-end"]["text"]["text"]
    assert "&lt;plans&gt;" in slides["awkward"]["text"]["headline"], "data text is not HTML"


def test_the_shipped_timeline_exports_every_event_to_timelinejs(shipped: Path) -> None:
    record = load_record(shipped)
    timeline = exports.timelinejs(record, record.events)
    assert len(timeline["events"]) == len(record.events)
    by_id = {slide["unique_id"]: slide for slide in timeline["events"]}
    assert by_id["inspection-2015"]["start_date"] == {"year": 2015}
    assert by_id["improvement-notice-2019"]["start_date"] == {"year": 2019, "month": 5, "day": 23}


def ics_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines), "every line ends CRLF"
    return lines


def test_icalendar_is_valid_folded_and_reads_back_at_each_dates_precision(
    make_dataset: DatasetFactory,
) -> None:
    record = load_record(make_dataset(precision_record()))
    data = exports.icalendar(record, record.events, STAMP)
    lines = ics_lines(data)
    assert max(len(line) for line in lines) <= 75, "RFC 5545 folds lines at 75 octets"
    assert any(line.startswith(b" ") for line in lines), "the long title was folded"
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["version"]) == "2.0"
    assert calendar["prodid"]
    entries = {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    assert len(entries) == len(record.events)

    def days(uid: str) -> tuple[date, date]:
        entry = entries[uid]
        assert entry["dtstart"].params["VALUE"] == "DATE", "an all-day event"
        return entry["dtstart"].dt, entry["dtend"].dt

    assert days("in-2015") == (date(2015, 1, 1), date(2015, 1, 2)), "imprecise: on its first day"
    assert days("deadline-2020") == (date(2020, 8, 1), date(2020, 8, 2))
    assert days("report-2019") == (date(2019, 5, 8), date(2019, 5, 9))
    assert days("march-week") == (date(2019, 3, 4), date(2019, 3, 9))
    assert days("open-end") == (date(2019, 5, 1), date(2019, 5, 2))
    assert days("open-start") == (date(2019, 3, 8), date(2019, 3, 9))
    deadline = entries["deadline-2020"]
    assert str(deadline["status"]) == "TENTATIVE"
    assert str(deadline["summary"]) == "Planned: Event deadline-2020 (date uncertain: Aug 2020)"
    assert str(entries["report-2019"]["status"]) == "CONFIRMED"
    assert entries["report-2019"]["dtstamp"].dt == STAMP
    awkward = entries["awkward"]
    assert str(awkward["summary"]).startswith("Board meets; agrees <plans>, \\ costs & a very long")
    assert "Line one\nline two" in str(awkward["description"])
    assert "“An Ofsted report published on 8 May” — Council rated inadequate" in str(
        entries["report-2019"]["description"]
    )
    raw = b"".join(line[1:] if line.startswith(b" ") else b"\n" + line for line in lines).decode()
    assert r"Board meets\; agrees <plans>\, \\ costs" in raw, "TEXT escaping per RFC 5545 3.3.11"


def test_export_ics_writes_a_calendar_of_the_shipped_record_with_the_planned_deadline(
    trafford: Trafford, tmp_path: Path
) -> None:
    target = tmp_path / "trafford.ics"
    result = trafford("export", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    summaries = [str(e["summary"]) for e in calendar.walk("VEVENT")]
    assert len(summaries) >= 25
    deadline = "Planned: Deadline for implementing the improvement plan under the notice"
    assert any(summary.startswith(deadline) for summary in summaries)


def test_export_csv_and_json_are_the_timeline(trafford: Trafford, tmp_path: Path) -> None:
    assert trafford("export", "--format", "json").stdout == trafford("timeline", "--json").stdout
    target = tmp_path / "timeline.csv"
    assert trafford("export", "-o", str(target), "--status", "planned").exit_code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert rows
    assert {row["status"] for row in rows} == {"planned"}


def test_the_markdown_report_footnotes_every_statement_with_its_quote(shipped: Path) -> None:
    record = load_record(shipped)
    report = exports.markdown_report(record, record.events)
    assert report.startswith("# ")
    assert "## Timeline" in report
    assert "## Ofsted judgements: 2015 against 2019" in report
    marks = set(re.findall(r"\[\^(\d+)\](?!:)", report))
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.*)$", report, flags=re.M))
    assert marks == set(notes), "every mark has its footnote and every footnote is used"
    quotes = (
        {c.quote for e in record.events for c in e.citations}
        | {c.quote for f in record.facts for c in f.citations}
        | {c.quote for conflict in record.conflicts for side in conflict.sides for c in side.citations}
    )
    for note in notes.values():  # one footnote per statement: each of its quotes, `; ` between
        plain = note.replace("\\", "")
        assert re.match(r"“.*” — .* line \d+$", note), note
        assert any(f"“{quote}” — " in plain for quote in quotes), note
    overall = next(line for line in report.splitlines() if line.startswith("| Overall effectiveness"))
    assert re.search(r"\| good\[\^\d+\] \| inadequate\[\^\d+\] \| ↓ -2 \|", overall)
    assert "| Children who need help and protection | not stated in the sources |" in report


def test_export_refuses_to_overwrite_a_file_unless_forced(trafford: Trafford, tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("my notes", encoding="utf-8")
    result = trafford("export", "--format", "markdown", "--output", str(target))
    assert result.exit_code == 2
    assert "already exists; add --force" in said(result)
    assert target.read_text(encoding="utf-8") == "my notes"
    assert trafford("export", "--format", "markdown", "--output", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"], "no temporary file is left behind"


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("dataset/sources/out.ics", "inside the dataset folder"),
        ("dataset/events.json", "inside the dataset folder"),
        ("no-such-folder/out.ics", "does not exist"),
        ("dataset", "is a directory"),
    ],
)
def test_export_never_writes_into_the_dataset_or_a_missing_folder(
    trafford: Trafford, make_dataset: DatasetFactory, tmp_path: Path, where: str, message: str
) -> None:
    root = make_dataset()
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    result = trafford(
        "--data", str(root), "export", "--format", "ics", "--output", str(tmp_path / where), "--force"
    )
    assert result.exit_code == 2
    assert message in said(result)
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--format", "pdf"], "'pdf' is not one of: timelinejs, ics"),
        (["export", "--output", "x.json"], "say which"),
        (["export"], "say which"),
    ],
)
def test_export_usage_errors(trafford: Trafford, args: list[str], message: str) -> None:
    result = trafford(*args)
    assert result.exit_code == 2
    assert message in said(result)
    assert result.stdout == ""


def test_a_quote_full_of_markdown_stays_a_quote_in_the_report(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["title"] = "# Not *a* heading [x](y) <script>"
    loaded = load_record(make_dataset(record))
    report = exports.markdown_report(loaded, loaded.events)
    assert r"\# Not \*a\* heading \[x\](y) \<script\>" in report
