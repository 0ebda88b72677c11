"""Issue 18: the tool as a new user meets it, sources by name, whole ids, one set of options."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from pathlib import Path

import pytest
from rich.console import Console

from builders import SOURCE_NAME, DatasetFactory, Trafford, minimal_record, source_entry
from trafford_timeline.output import render
from trafford_timeline.output.listings import source_name, source_names
from trafford_timeline.record.model import Source


def _source(**changes: object) -> Source:
    entry = source_entry() | changes
    entry.pop("date_citations", None)
    return Source(**dict(entry.items()))  # type: ignore[arg-type]


def named_record(publisher: str | None = "Example Gazette") -> dict[str, object]:
    record = minimal_record()
    record["sources"] = [source_entry() | {"publisher": publisher}]
    return record


# 1. Sources by a short human name


def test_a_source_is_named_by_its_publisher_and_date() -> None:
    assert source_name(_source(publisher="Example Gazette")) == "Example Gazette, 23 May 2019"
    inferred = _source(publisher="Weekly Post", date="2019-05-08/..", date_basis="inferred")
    assert source_name(inferred) == "Weekly Post, May 2019"
    unnamed = _source(kind="committee_minutes", date="2019-05/2019-08", date_basis="inferred")
    assert source_name(unnamed) == "Committee minutes, May 2019"


def test_sources_that_would_read_alike_keep_their_short_ids() -> None:
    a, b = _source(file="001_a.txt"), _source(file="002_b.txt")
    names = source_names([a, b])
    assert len(set(names.values())) == 2
    assert names["001_a.txt"].endswith("(001)")


def test_legends_show_and_cite_name_the_source_not_its_file(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    data = str(make_dataset(named_record()))
    for command in (
        ["timeline"],
        ["facts"],
        ["show", "report-2019"],
        ["cite", "Staff morale is good in many teams"],
    ):
        result = trafford("--data", data, *command, env={"COLUMNS": "200"})
        assert "Example Gazette, 23 May 2019" in result.stdout, command
        assert SOURCE_NAME not in result.stdout, command


def test_csv_names_each_cited_source(trafford: Trafford, make_dataset: DatasetFactory) -> None:
    data = str(make_dataset(named_record()))
    rows = list(csv.DictReader(io.StringIO(trafford("--data", data, "timeline", "--format", "csv").stdout)))
    assert rows
    assert all(row["sources"] == "Example Gazette, 23 May 2019" for row in rows)


def test_source_filter_takes_the_file_the_short_id_or_the_publisher_in_any_case(trafford: Trafford) -> None:
    ids = []
    for name in ("000_e2f23ab22afb2358.txt", "000", "cyp now", "CYP NOW"):
        result = trafford("timeline", "--source", name, "--json")
        assert result.exit_code == 0, (name, result.stderr)
        ids.append([e["id"] for e in json.loads(result.stdout)])
    assert ids[0]
    assert all(found == ids[0] for found in ids)
    community = trafford("timeline", "--source", "community care", "--json")
    assert {e["id"] for e in json.loads(community.stdout)} != set(ids[0])


# 2. Timeline order and labels


def test_an_open_ended_month_reads_from_and_follows_the_dated_events_of_its_month(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    from builders import event

    record = minimal_record()
    record["events"] = [
        event("open-may", "2019-05/.."),
        event("may", "2019-05"),
        event("year", "2019"),
        event("day-8", "2019-05-08"),
        event("day-30", "2019-05-30"),
        event("june", "2019-06-02"),
    ]
    record["facts"] = []
    data = str(make_dataset(record))
    events = json.loads(trafford("--data", data, "timeline", "--json").stdout)
    assert [e["id"] for e in events] == ["day-8", "day-30", "may", "open-may", "june", "year"]
    table = trafford("--data", data, "timeline", env={"COLUMNS": "120"}).stdout
    assert "from May 2019" in table
    assert "after May 2019" not in table


def test_the_shipped_timeline_lists_the_report_before_what_it_caused(trafford: Trafford) -> None:
    ids = [e["id"] for e in json.loads(trafford("timeline", "--json").stdout)]
    dates = {e["id"]: e["date"] for e in json.loads(trafford("timeline", "--json").stdout)}
    opened = [i for i in ids if dates[i].startswith("2019-05/")]
    assert opened
    assert all(ids.index("ofsted-report-2019") < ids.index(i) for i in opened)


# 3. Never cut what a user must copy


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_ids_are_never_broken_mid_word(trafford: Trafford, columns: int) -> None:
    ids = [f["id"] for f in json.loads(trafford("facts", "--json").stdout)]
    lines = trafford("facts", env={"COLUMNS": str(columns)}).stdout.splitlines()
    fits = [i for i in ids if len(i) <= columns - 4]
    assert len(fits) > len(ids) // 2
    missing = [i for i in fits if not any(i in line for line in lines)]
    assert missing == []


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_verify_keeps_places_line_numbers_and_hashes_whole(
    trafford: Trafford, make_dataset: DatasetFactory, columns: int
) -> None:
    record = minimal_record()
    record["events"][0]["citations"][0]["line"] = 4  # type: ignore[index]
    record["sources"][0]["sha256"] = "ab" * 32  # type: ignore[index]
    result = trafford("--data", str(make_dataset(record)), "verify", env={"COLUMNS": str(columns)})
    assert result.exit_code == 1
    out = result.stdout
    assert f"{SOURCE_NAME}:4" in out
    assert "line 3" in out
    assert "…" not in out
    hash_fits = columns - 2 >= 64
    assert ("ab" * 32 in out) if hash_fits else ("ab" * 32 in "".join(out.split()))


# 4. One set of options on every command that prints


@pytest.mark.parametrize("command", [["show", "report-2019"], ["cite", "Staff morale is good in many teams"]])
def test_show_and_cite_take_format_and_export(
    trafford: Trafford, make_dataset: DatasetFactory, tmp_path: Path, command: list[str]
) -> None:
    data = str(make_dataset(named_record()))
    table = csv.DictReader(io.StringIO(trafford("--data", data, *command, "--format", "csv").stdout))
    assert "citations" in (table.fieldnames or [])
    assert any(SOURCE_NAME in row["citations"] for row in table)
    markdown = trafford("--data", data, *command, "--format", "markdown").stdout
    assert markdown.startswith("## ")
    assert "| --- |" in markdown
    picture = tmp_path / "out.svg"
    result = trafford("--data", data, *command, "--export", str(picture))
    assert picture.read_text(encoding="utf-8").startswith("<svg")
    assert "Example Gazette" in result.stdout


def test_show_json_is_the_same_by_either_option(trafford: Trafford) -> None:
    assert (
        trafford("show", "inspection-2015", "--json").stdout
        == trafford("show", "inspection-2015", "--format", "JSON").stdout
    )


def test_a_batch_of_verdicts_saves_as_csv(trafford: Trafford) -> None:
    claims = "Trafford was rated good in 2015\nTrafford was rated outstanding in 2015\n"
    rows = list(
        csv.DictReader(io.StringIO(trafford("cite", "--batch", "-", "--format", "csv", input=claims).stdout))
    )
    assert [row["verdict"] for row in rows] == ["supported", "contradicted"]


def test_cite_dash_reads_claims_from_standard_input(trafford: Trafford) -> None:
    result = trafford("cite", "-", "--json", input="Trafford was rated good in 2015\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["verdict"] == "supported"
    assert json.loads(result.stdout)["claim"] != "-"


def test_cite_dash_with_nothing_on_standard_input_is_a_usage_error(trafford: Trafford) -> None:
    assert trafford("cite", "-", input="").exit_code == 2


def test_hash_lines_in_a_batch_are_comments(trafford: Trafford) -> None:
    batch = "# claims from the 23 May report\nTrafford was rated good in 2015\n  # another note\n"
    lines = trafford("cite", "--batch", "-", "--json", input=batch).stdout.splitlines()
    assert [json.loads(line)["claim"] for line in lines] == ["Trafford was rated good in 2015"]


def test_export_to_dash_writes_standard_output_not_a_file(
    trafford: Trafford, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = trafford("export", "--format", "ics", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("BEGIN:VCALENDAR")
    assert not (tmp_path / "-").exists()


# 5. Errors in one style


@pytest.mark.parametrize(
    ("args", "typed"),
    [
        (["timeline", "--kind", "gossip"], "'gossip'"),
        (["ratings", "--compare", "abc", "2019"], "'abc'"),
        (["timeline", "--source", "nowhere"], "'nowhere'"),
        (["facts", "--event", "no-such-event"], "'no-such-event'"),
        (["show", "no-such-item"], "'no-such-item'"),
        (["timeline", "--bogus"], "--bogus"),
    ],
)
def test_every_error_is_one_plain_line_quoting_what_was_typed(
    trafford: Trafford, args: list[str], typed: str
) -> None:
    result = trafford(*args)
    assert result.exit_code in (1, 2)
    assert result.stderr.startswith("Error: ")
    assert typed in result.stderr
    assert not set("╭╰│") & set(result.stderr)
    assert "Usage:" not in result.stderr


def test_an_unknown_source_and_an_unknown_event_exit_alike(trafford: Trafford) -> None:
    source = trafford("facts", "--source", "nowhere")
    event = trafford("facts", "--event", "nowhere")
    assert source.exit_code == event.exit_code == 2


def test_dataset_errors_carry_no_library_wording(trafford: Trafford, make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["date"] = "2019-13"  # type: ignore[index]
    record["events"][1]["citations"][0]["line"] = "three"  # type: ignore[index]
    result = trafford("--data", str(make_dataset(record)), "timeline")
    assert result.exit_code == 1
    assert "Value error" not in result.stderr
    assert "Input should be" not in result.stderr
    assert "'three'" in result.stderr


# 6. Progress on stderr, only on a terminal


def _terminal_console() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, force_terminal=True, width=80), buffer


def test_a_batch_shows_a_count_on_a_terminal() -> None:
    console, buffer = _terminal_console()
    with render.counting(3, "Checking claims", console=console) as advance:
        for _ in range(3):
            advance()
    assert "Checking claims" in buffer.getvalue()
    assert "3/3" in buffer.getvalue()


def test_a_slow_step_leaves_a_note_on_a_terminal() -> None:
    console, buffer = _terminal_console()
    with render.slow_note("building its cache", after=0.01, console=console):
        time.sleep(0.2)
    assert "building its cache" in buffer.getvalue()
    quick, quiet = _terminal_console()
    with render.slow_note("building its cache", after=5, console=quick):
        pass
    assert quiet.getvalue() == ""


def test_no_progress_reaches_a_pipe(trafford: Trafford) -> None:
    result = trafford("cite", "--batch", "-", input="Trafford was rated good in 2015\n" * 3)
    assert result.stderr == ""


# 7. A pager for output longer than the terminal


def _paged_output(lines: int, enabled: bool = True) -> tuple[list[str], str]:
    buffer = io.StringIO()
    terminal = Console(file=buffer, force_terminal=True, width=80, height=10)
    paged: list[str] = []
    with render.paged(enabled, terminal=terminal, pager=paged.append):
        for n in range(lines):
            render.stdout().print(f"line {n}")
    return paged, buffer.getvalue()


def test_output_longer_than_the_terminal_goes_through_the_pager() -> None:
    paged, shown = _paged_output(30)
    assert len(paged) == 1
    assert "line 29" in paged[0]
    assert shown == ""


def test_output_that_fits_or_no_pager_is_printed_as_it_is() -> None:
    paged, shown = _paged_output(5)
    assert paged == []
    assert "line 4" in shown
    paged, shown = _paged_output(30, enabled=False)
    assert paged == []


def test_no_pager_is_an_option(trafford: Trafford) -> None:
    assert trafford("--no-pager", "timeline").exit_code == 0
    assert "--no-pager" in trafford("--help").stdout


# 11. Help


def test_help_paragraphs_are_not_broken_mid_sentence(trafford: Trafford) -> None:
    text = trafford("ratings", "--help", env={"COLUMNS": "200"}).stdout
    assert "notes where areas differ and draws how far each grade moved" in text


def test_the_top_level_help_ends_with_examples(trafford: Trafford) -> None:
    text = trafford("--help", env={"COLUMNS": "120"}).stdout
    assert "Examples:" in text
    assert "trafford cite" in text


def test_no_type_names_beside_flags(trafford: Trafford) -> None:
    for command in ("timeline", "facts", "cite", "export", "verify"):
        text = trafford(command, "--help", env={"COLUMNS": "200"}).stdout
        assert "<bool" not in text.lower()
        assert "boolean" not in text.lower()


def test_kind_area_and_format_forgive_case(trafford: Trafford) -> None:
    loose = trafford("facts", "--area", "Care-Leavers", "--kind", "RATING", "--format", "JSON")
    strict = trafford("facts", "--area", "care_leavers", "--kind", "rating", "--json")
    assert loose.exit_code == 0
    assert loose.stdout == strict.stdout


def test_completion_offers_kinds_sources_and_ids(trafford: Trafford) -> None:
    def complete(words: str) -> list[str]:
        env = {
            "_TRAFFORD_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split()) - 1),
        }
        return trafford(*words.split()[1:], env=env).stdout.split()

    assert complete("trafford timeline --kind ins") == ["inspection"]
    assert complete("trafford facts --area care") == ["care_leavers"]
    assert complete("trafford timeline --format cs") == ["csv"]
    assert "000" in complete("trafford timeline --source 00")
    assert complete("trafford show improvement-n") == ["improvement-notice-2019"]


# 12. Smaller things


def test_a_us_style_date_is_refused_with_the_day_first_hint(trafford: Trafford) -> None:
    result = trafford("timeline", "--from", "05/23/2019")
    assert result.exit_code == 2
    assert "'05/23/2019'" in result.stderr
    assert "day first" in result.stderr
    assert "23/05/2019" in result.stderr


def test_a_comparison_asked_later_year_first_says_so(trafford: Trafford) -> None:
    backwards = " ".join(
        trafford("ratings", "--compare", "2019", "2015", env={"COLUMNS": "200"}).stdout.split()
    )
    forwards = " ".join(
        trafford("ratings", "--compare", "2015", "2019", env={"COLUMNS": "200"}).stdout.split()
    )
    assert "The later year, 2019, comes first" in backwards
    assert "comes first" not in forwards


def test_an_svg_export_needs_no_font_from_the_network(trafford: Trafford, tmp_path: Path) -> None:
    picture = tmp_path / "sources.svg"
    assert trafford("sources", "--export", str(picture)).exit_code == 0
    svg = picture.read_text(encoding="utf-8")
    assert 'url("http' not in svg
    assert "@font-face" not in svg
    assert "monospace" in svg


def test_show_words_the_date_basis_plainly(trafford: Trafford) -> None:
    text = trafford("show", "improvement-notice-2019", env={"COLUMNS": "200"}).stdout
    assert "the words “today”, counted from 23 May 2019" in text
    assert "relative to" not in text


def test_timelinejs_text_names_sources_rather_than_short_ids(trafford: Trafford) -> None:
    from trafford_timeline.output.listings import short_source

    timeline = json.loads(trafford("export", "--format", "timelinejs").stdout)
    sources = json.loads(trafford("sources", "--json").stdout)
    short_ids = {short_source(s["file"]) for s in sources}
    for slide in timeline["events"]:
        prose = re.sub(r"<blockquote>.*?</blockquote>|<p>— .*?</p>", "", slide["text"]["text"])
        assert not set(re.findall(r"\b\d{3}\b", prose)) & short_ids, slide["unique_id"]


# 10. CSV for newsroom spreadsheets


def _export_csv(trafford: Trafford, *extra: str) -> bytes:
    result = trafford("export", "--format", "csv", *extra)
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


def test_the_csv_has_readable_and_sortable_date_columns(trafford: Trafford) -> None:
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(_export_csv(trafford).decode("utf-8")))}
    week = rows["inspection-2019"]
    assert (week["date_text"], week["date_start"], week["date_end"]) == (
        "4–8 Mar 2019",
        "2019-03-04",
        "2019-03-08",
    )
    year = rows["inspection-2015"]
    assert (year["date_start"], year["date_end"]) == ("2015-01-01", "2015-12-31")
    opened = next(r for r in rows.values() if r["date"].endswith("/.."))
    assert opened["date_end"] == ""


def test_the_exported_csv_drops_columns_no_row_fills(trafford: Trafford) -> None:
    rows = list(csv.DictReader(io.StringIO(_export_csv(trafford).decode("utf-8"))))
    assert all(any(row[name] for row in rows) for name in rows[0])


def test_bom_and_excel_start_the_csv_with_a_byte_order_mark(trafford: Trafford) -> None:
    assert not _export_csv(trafford).startswith(b"\xef\xbb\xbf")
    assert _export_csv(trafford, "--bom").startswith(b"\xef\xbb\xbfid,")
    assert _export_csv(trafford, "--excel").startswith(b"\xef\xbb\xbfid,")
    assert trafford("export", "--format", "ics", "--bom").exit_code == 2


# 8. Calendars and TimelineJS


def test_an_imprecise_event_is_one_day_saying_how_uncertain_and_an_interval_stays_a_span(
    trafford: Trafford,
) -> None:
    import icalendar

    calendar = icalendar.Calendar.from_ical(trafford("export", "--format", "ics").stdout_bytes)
    entries = {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}

    def days(uid: str) -> int:
        return int((entries[uid]["dtend"].dt - entries[uid]["dtstart"].dt).days)

    events = {e["id"]: e for e in json.loads(trafford("timeline", "--json").stdout)}
    meeting = next(i for i, e in events.items() if e["date"] == "2019-05/2019-08")
    assert days("inspection-2015") == 1
    assert "date uncertain: 2015" in str(entries["inspection-2015"]["summary"])
    assert days(meeting) == 1
    assert "date uncertain: May 2019 – Aug 2019" in str(entries[meeting]["summary"])
    assert "date uncertain" in str(entries[meeting]["description"])
    assert days("inspection-2019") == 5
    assert "uncertain" not in str(entries["inspection-2019"]["summary"])


def test_timelinejs_spans_only_real_intervals(trafford: Trafford) -> None:
    slides = {
        s["unique_id"]: s for s in json.loads(trafford("export", "--format", "timelinejs").stdout)["events"]
    }
    assert "end_date" in slides["inspection-2019"]
    spans = [s for s in slides.values() if "end_date" in s]
    assert all("day" in s["start_date"] and "day" in s["end_date"] for s in spans)
    meeting = next(s for s in slides.values() if s["display_date"] == "May 2019 – Aug 2019")
    assert "end_date" not in meeting
    assert "Date uncertain: May 2019 – Aug 2019" in meeting["text"]["text"]


# 9. The Markdown report


def test_the_report_groups_footnotes_and_has_a_section_on_disagreements(trafford: Trafford) -> None:
    report = trafford("export", "--format", "markdown").stdout
    assert "][^" not in report, "one footnote per statement, never marks run together"
    conflicts = json.loads(trafford("conflicts", "--json").stdout)
    section = report.split("## Where the sources disagree", 1)[1].split("\n## ", 1)[0]
    for conflict in conflicts:
        assert conflict["topic"] in section.replace("\\", "")
    assert re.search(r"\[\^\d+\] \*\*The weight of evidence supports this side", section)


def test_the_reports_source_list_has_no_stray_punctuation(trafford: Trafford) -> None:
    report = trafford("export", "--format", "markdown").stdout
    sources = report.split("## Sources", 1)[1].split("\n\n[^", 1)[0]
    assert sources.strip()
    assert not re.search(r"[.,;:]\s*[.,;:]", sources)


def test_timelinejs_eras_run_from_when_a_deadline_was_set_to_the_deadline(
    trafford: Trafford, make_dataset: DatasetFactory
) -> None:
    timeline = json.loads(trafford("--data", str(make_dataset()), "export", "--format", "timelinejs").stdout)
    assert timeline["eras"] == [
        {
            "start_date": {"year": 2019, "month": 5, "day": 23},
            "end_date": {"year": 2020, "month": 8},
            "text": {"headline": "Event deadline-2020"},
        }
    ]
