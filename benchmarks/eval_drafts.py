"""How well `sources add` and `draft` read documents, measured on material outside the project.

1. Every report in ../shared/ofsted/reports/: each judgement drafted with grade, year, area and
   framework; ILACS grades and inspection dates checked against ilacs_history.csv.
2. The five shipped sources drafted into an empty record: recall and precision against the shipped events.
3. `sources add` on a PDF of over 50 pages (two reports joined), timed.

Run: python benchmarks/eval_drafts.py   (prints a JSON summary; exits 1 if the shared folder is missing)
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from trafford_timeline.dates import parse_record_date
from trafford_timeline.record.draft import accept_draft, draft_source
from trafford_timeline.record.intake import Overrides, add_source, init_dataset
from trafford_timeline.record.model import Record
from trafford_timeline.record.store import load_record, shipped_data_dir
from trafford_timeline.record.verify import verify_dataset

ROOT = Path(__file__).resolve().parents[1]
OFSTED = ROOT.parent / "shared" / "ofsted"
CSV_AREAS = {
    "overall_effectiveness_grade": "overall",
    "impact_of_leaders_grade": "leadership",
    "help_and_protection_grade": "help_and_protection",
    "in_care_grade": "children_in_care",
    "care_leavers_grade": "care_leavers",
}
GRADES = {"outstanding", "good", "requires improvement", "inadequate"}


def _by_file() -> dict[tuple[str, str], dict[str, str]]:
    with (OFSTED / "ilacs_history.csv").open(encoding="utf-8") as stream:
        return {(row["urn"], row["pdf_filename"].lower()): row for row in csv.DictReader(stream)}


def _csv_rows() -> dict[tuple[str, date], dict[str, str]]:
    rows: dict[tuple[str, date], dict[str, str]] = {}
    with (OFSTED / "ilacs_history.csv").open(encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            try:
                start = datetime.strptime(row["inspection_start_date"], "%d/%m/%Y").date()
            except ValueError:
                continue
            rows[(row["urn"], start)] = row
    return rows


def ofsted_reports(workdir: Path) -> dict[str, Any]:
    expected = _csv_rows()
    by_file = _by_file()
    dates_right = dates_checked = 0
    judgements = correct = checked = 0
    problems: list[str] = []
    per_report = []
    for n, pdf in enumerate(sorted((OFSTED / "reports").glob("*/*.pdf"))):
        urn = pdf.parent.name.split("_")[0]
        dataset = init_dataset(workdir / f"ofsted-{n:02d}", empty=True)  # a record holds one council
        started = time.perf_counter()
        listed = by_file.get((urn, pdf.name.lower()))
        published = None
        if (
            listed is not None
        ):  # as the walk-through does: the CSV's publication date, for reports that omit it
            published = datetime.strptime(listed["publication_date"], "%d/%m/%y").date().isoformat()
        entry = add_source(dataset, pdf, Overrides(name=f"report-{n:02d}", date=published))
        seconds = time.perf_counter() - started
        proposal = draft_source(dataset, entry["file"])
        ratings = [f for f in proposal["facts"] if f["kind"] == "rating"]
        inspection = next(e for e in proposal["events"] if e["kind"] == "inspection")
        first = parse_record_date(inspection["date"]).first
        framework = "SIF" if first.year < 2018 else "ILACS"
        row = expected.get((urn, first))
        publication = next((e for e in proposal["events"] if e["kind"] == "publication"), None)
        if listed is not None and listed["inspection_start_date"]:
            dates_checked += 1
            start = datetime.strptime(listed["inspection_start_date"], "%d/%m/%Y").date()
            if first == start and publication is not None and publication["date"] == published:
                dates_right += 1
            else:
                problems.append(
                    f"{pdf.parent.name}/{pdf.name}: inspection {first} / published "
                    f"{publication and publication['date']} against CSV {start} / {published}"
                )
        got = {f["area"]: f["grade"] for f in ratings}
        judgements += len(ratings)
        bad = [f for f in ratings if f["year"] != first.year or f["framework"] != framework]
        if row is not None and row["inspection_framework"]:
            end = datetime.strptime(row["inspection_end_date"], "%d/%m/%Y").date()
            if parse_record_date(inspection["date"]).last != end:
                problems.append(
                    f"{pdf.parent.name}/{pdf.name}: inspection ends {inspection['date']}, CSV {end}"
                )
            want = {
                area: row[column].replace(" ", "_")
                for column, area in CSV_AREAS.items()
                if row[column] in GRADES
            }
            checked += len(want)
            for area, grade in want.items():
                if got.get(area) == grade:
                    correct += 1
                else:
                    problems.append(f"{pdf.parent.name}/{pdf.name}: {area} {got.get(area)} != CSV {grade}")
            extra = set(got) - set(want)
            if extra:
                problems.append(
                    f"{pdf.parent.name}/{pdf.name}: drafted areas the CSV has no grade for: {extra}"
                )
        elif framework == "SIF":
            sif_areas = {
                "overall",
                "leadership",
                "help_and_protection",
                "children_in_care",
                "adoption",
                "care_leavers",
            }
            if set(got) != sif_areas:
                problems.append(f"{pdf.parent.name}/{pdf.name}: SIF areas {sorted(got)}")
        else:
            problems.append(f"{pdf.parent.name}/{pdf.name}: no CSV row for inspection starting {first}")
        problems += [f"{pdf.parent.name}/{pdf.name}: {f['id']} year/framework wrong" for f in bad]
        per_report.append(
            {
                "report": f"{pdf.parent.name}/{pdf.name}",
                "framework": framework,
                "judgements": got,
                "seconds": round(seconds, 2),
            }
        )
    return {
        "reports": len(per_report),
        "judgements_drafted": judgements,
        "ilacs_grades_checked_against_csv": checked,
        "ilacs_grades_correct": correct,
        "reports_with_inspection_start_and_publication_right": dates_right,
        "reports_checked_for_dates": dates_checked,
        "problems": problems,
        "slowest_add_seconds": max(r["seconds"] for r in per_report),
        "per_report": per_report,
    }


def _cited_lines(item: Any) -> set[tuple[str, int]]:
    return {(c.source, c.line) for c in item.citations}


def _who(item: Any) -> str | None:
    """The person or body a role, statement or commitment names, drafted (a dict) or shipped."""
    for key in ("person", "speaker", "by"):
        value = item.get(key) if isinstance(item, dict) else getattr(item, key, None)
        if isinstance(value, str) and value:
            return value
    return None


def _attributions(shipped: Record, drafted_facts: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Drafted roles, statements and commitments, and how many a shipped fact of the same kind on the
    same line confirms, with the drafted person's last name in the shipped one's."""
    out: dict[str, dict[str, int]] = {}
    for kind in ("role", "statement", "commitment"):
        mine = [f for f in drafted_facts if f["kind"] == kind]
        confirmed = 0
        for fact in mine:
            who = _who(fact) or ""
            cites = {(c["source"], c["line"]) for c in fact["citations"]}
            confirmed += any(
                held.kind == kind and cites & _cited_lines(held) and who.split()[-1:] and
                who.split()[-1] in (_who(held) or "")
                for held in shipped.facts
            )  # fmt: skip
        out[kind] = {"drafted": len(mine), "confirmed_by_a_shipped_fact": confirmed}
    return out


def shipped_sources(workdir: Path) -> dict[str, Any]:
    shipped: Record = load_record(shipped_data_dir())
    dataset = init_dataset(workdir / "shipped")
    document = json.loads((dataset / "events.json").read_text(encoding="utf-8"))
    document.update(events=[], facts=[], conflicts=[])  # the sources as shipped, with nothing drafted yet
    (dataset / "events.json").write_text(json.dumps(document), encoding="utf-8")
    drafted: list[dict[str, Any]] = []
    drafted_facts: list[dict[str, Any]] = []
    for source in shipped.sources:  # each draft is accepted before the next is made, as a user would
        proposal = draft_source(dataset, source.file)
        drafted += proposal["events"]
        drafted_facts += proposal["facts"]
        draft_file = workdir / f"draft-{source.file}.json"
        draft_file.write_text(json.dumps(proposal), encoding="utf-8")
        accept_draft(dataset, draft_file)
    recovered = []
    for event in shipped.events:
        span = parse_record_date(event.date)
        lines = _cited_lines(event)
        for item in drafted:
            other = parse_record_date(item["date"])
            same_precision = (span.first_precision, span.last_precision) == (
                other.first_precision,
                other.last_precision,
            )
            cites = {(c["source"], c["line"]) for c in item["citations"]}
            if span.overlaps(other) and same_precision and cites & lines:
                recovered.append(event.id)
                break
    strict = 0
    for item in drafted:
        cites = {(c["source"], c["line"]) for c in item["citations"]}
        other = parse_record_date(item["date"])
        if any(cites & _cited_lines(e) and parse_record_date(e.date).overlaps(other) for e in shipped.events):
            strict += 1
    matched = 0
    for item in drafted:
        cites = {(c["source"], c["line"]) for c in item["citations"]}
        other = parse_record_date(item["date"])
        if any(
            cites & _cited_lines(e) and parse_record_date(e.date).overlaps(other) for e in shipped.events
        ) or any(cites & _cited_lines(f) for f in shipped.facts):
            matched += 1
    regions = {s.file: s.regions for s in shipped.sources}
    in_regions = [
        item["id"]
        for item in drafted
        for c in item["citations"]
        if any(r.first_line <= c["line"] <= r.last_line for r in regions.get(c["source"], ()))
    ]
    return {
        "attributions": _attributions(shipped, drafted_facts),
        "shipped_events": len(shipped.events),
        "drafted_events": len(drafted),
        "recovered": len(recovered),
        "recall": round(len(recovered) / len(shipped.events), 3),
        "precision": round(matched / len(drafted), 3) if drafted else None,
        "precision_events_only": round(strict / len(drafted), 3) if drafted else None,
        "missed": sorted({e.id for e in shipped.events} - set(recovered)),
        "drafted_citations_in_non_body_regions": in_regions,
        "verify_problems_after_accepting_every_draft": verify_dataset(dataset).counts(),
    }


def large_pdf(workdir: Path, pages: int = 50, runs: int = 3) -> dict[str, Any]:
    """`sources add` on a PDF of exactly `pages` pages (the largest reports joined): best and worst run."""
    import os

    from pypdf import PdfWriter

    parts = sorted((OFSTED / "reports").glob("*/*.pdf"), key=lambda p: -p.stat().st_size)[:2]
    writer = PdfWriter()
    for part in parts:
        writer.append(str(part))
    while len(writer.pages) > pages:
        writer.remove_page(len(writer.pages) - 1)
    joined = workdir / "joined.pdf"
    with joined.open("wb") as stream:
        writer.write(stream)
    times = []
    for run in range(runs):
        dataset = init_dataset(workdir / f"large-{run}", empty=True)
        started = time.perf_counter()
        add_source(dataset, joined, Overrides(date="2020"))
        times.append(time.perf_counter() - started)
    return {
        "pages": len(writer.pages),
        "best_seconds": round(min(times), 2),
        "worst_seconds": round(max(times), 2),
        "load_average": round(os.getloadavg()[0], 1),
    }


def main() -> int:
    if not OFSTED.is_dir():
        print(f"the shared Ofsted folder is not at {OFSTED}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        summary = {
            "ofsted": ofsted_reports(work),
            "shipped_sources": shipped_sources(work),
            "large_pdf": large_pdf(work),
        }
    if "--brief" in sys.argv:
        summary["ofsted"].pop("per_report")
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
