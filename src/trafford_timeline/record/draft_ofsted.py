"""`draft` for an Ofsted report: its inspection, its publication, a rating for every row of its judgement
table and its "what needs to improve" points."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from trafford_timeline.record.draft import _citation, _quote, _slug
from trafford_timeline.record.model import Source

GRADE_WORDS = {
    "outstanding": "outstanding",
    "good": "good",
    "requires_improvement": "requires improvement to be good",
    "inadequate": "inadequate",
}
AREA_WORDS = {
    "overall": "Overall effectiveness",
    "leadership": "Leadership",
    "help_and_protection": "Children who need help and protection",
    "children_in_care": "Children in care",
    "care_leavers": "Care leavers",
    "adoption": "Adoption performance",
}


def _record_date(first: date, last: date | None) -> str:
    if last is None or last == first:
        return first.isoformat()
    return f"{first.isoformat()}/{last.isoformat()}"


GIVEN_DATE = (
    "The publication date given when the source was added (`sources add --date`); "
    "the report does not print it."
)


def draft_ofsted(source: Source, text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The inspection, its publication, one rating per judgement and the improvement points."""
    from trafford_timeline.record.ofsted import read_report

    report = read_report(text)
    lines = text.splitlines()
    file = source.file
    events: list[dict[str, Any]] = []
    facts: list[dict[str, Any]] = []
    year = report.year
    if year is None or report.inspection_line is None or report.inspection_quote is None:
        return events, facts
    inspection_id = f"inspection-{year}"
    events.append(
        {
            "id": inspection_id,
            "date": _record_date(report.inspection_first, report.inspection_last),  # type: ignore[arg-type]
            "kind": "inspection",
            "title": f"Ofsted inspects children's services ({report.form})",
            "status": "occurred",
            "summary": None,
            "citations": [{"source": file, "line": report.inspection_line, "quote": report.inspection_quote}],
            "approximate": False,
            "date_basis": None,
            "as_of": None,
            "note": f"Lead inspector: {report.lead_inspector}." if report.lead_inspector else None,
            "confidence": 0.95,
            "why": "The report's own statement of its inspection dates.",
        }
    )
    published: str | None = None
    citation: dict[str, Any] | None = None
    if report.published is not None and report.published_line and report.published_quote:
        published = report.published.isoformat()
        citation = {"source": file, "line": report.published_line, "quote": report.published_quote}
    elif source.date_basis == "stated" and not source.date_citations:
        published = source.date  # given by the user with --date; cite the report's heading
        heading = next(
            (n for n, line in enumerate(lines, 1) if _quote(line) and "inspection" in line.lower()), None
        )
        citation = _citation(file, heading, lines[heading - 1]) if heading else None
    if published is not None and citation is not None:
        events.append(
            {
                "id": f"ofsted-report-{year}",
                "date": published,
                "kind": "publication",
                "title": f"Ofsted publishes its {year} inspection report",
                "status": "occurred",
                "summary": None,
                "citations": [citation],
                "approximate": False,
                "date_basis": None if report.published else {"reason": GIVEN_DATE},
                "as_of": None,
                "note": None,
                "confidence": 0.9 if report.published else 0.7,
                "why": "The report states its publication date."
                if report.published
                else "The date given when the source was added; the report is cited for what it is.",
            }
        )
    for judgement in report.judgements:
        cites = [c for c in (_citation(file, judgement.line, judgement.quote, whole_line=True),) if c]
        cites += [c for n, t in judgement.more if (c := _citation(file, n, lines[n - 1])) is not None]
        if not cites:
            continue
        note = None
        if judgement.area == "children_in_care" and report.form == "ILACS 2018":
            note = "ILACS (2018-2022) judges children in care and care leavers together."
        facts.append(
            {
                "id": f"rating-{year}-{judgement.area.replace('_', '-')}",
                "kind": "rating",
                "text": f"{AREA_WORDS[judgement.area]} was judged {GRADE_WORDS[judgement.grade]} in {year}.",
                "event": inspection_id,
                "date": None,
                "citations": cites[:3],
                "note": note,
                "year": year,
                "framework": report.framework,
                "area": judgement.area,
                "grade": judgement.grade,
                "confidence": 0.95,
                "why": f"A row of the report's judgement table: {judgement.label!r}.",
            }
        )
    for number, point in report.improvements:
        cite = _citation(file, number, lines[number - 1])
        if cite is None:
            continue
        facts.append(
            {
                "id": f"recommendation-{year}-{_slug(re.sub(r'^[^A-Za-z]+', '', point), 40)}",
                "kind": "recommendation",
                "text": re.sub(r"^(?:\d{1,2}\.|[•●▪◼■◆○◦*\-–])\s+", "", point),
                "event": inspection_id,
                "date": None,
                "citations": [cite],
                "note": None,
                "area": None,
                "confidence": 0.8,
                "why": 'A point under the report\'s "what needs to improve" heading.',
            }
        )
    return events, facts
