"""`draft`: propose events and facts, in the record's own shape, from one source; `--accept` merges them.

Every proposal cites a line of the source verbatim, carries a `confidence` from 0 to 1 and a one-line
`why`, and is left out when the record already holds it. An Ofsted report gives its inspection, its
publication, a rating for every row of its judgement table and its "what needs to improve" points;
other text gives the dated happenings its lines state, read with the claim reader's date finder, and
dates what a line places against something else the same source dates (a response to a dated report,
"at the start of this inspection"), with a `date_basis` quoting the wording wherever no one citation
states the date whole; `record/attribution.py` adds the posts, statements and promises it attributes.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from trafford_timeline.claims.mentions import DateMention, find_dates
from trafford_timeline.dates import parse_record_date
from trafford_timeline.errors import DataError, NotFound, UsageError, quoted
from trafford_timeline.record.model import RatingFact, Record, Region, Source
from trafford_timeline.record.store import EVENTS_FILE, load_record, parse_record, read_source
from trafford_timeline.record.verify import MIN_QUOTE_WORDS

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
_EVENT_KINDS: tuple[tuple[str, str], ...] = (
    (r"\binspect", "inspection"),
    (r"\bpublish|\breport (?:was )?published", "publication"),
    (r"\bnotice\b|\bintervention|\bcommissioner|\bappoint(?:ed|s)? (?:an? )?advis", "intervention"),
    (r"\bchief executive|\bdirector\b|\bleader\b|\bappointed|\bstarted\b|\binterim\b", "leadership"),
    (r"\bcommittee|\bmeeting|\bboard\b", "meeting"),
    (r"\breview", "review"),
    (r"\bdeadline|\bby\b", "deadline"),
    (r"\bplan\b|\bimprov", "improvement"),
    (r"\bsaid\b|\bresponded|\bresponse", "response"),
)
_PLANNED = re.compile(r"\b(?:will|would|is to|are to|going to|plans? to|due to|deadline|by)\b", re.I)


def _slug(text: str, limit: int = 60) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-") or "item"


def _in_region(line: int, regions: tuple[Region, ...]) -> bool:
    return any(r.first_line <= line <= r.last_line for r in regions)


def _quote(text: str) -> str | None:
    """A line as a quote: stripped, and long enough for `verify` to accept it as an anchor."""
    quote = text.strip()
    return quote if len(quote.split()) >= MIN_QUOTE_WORDS else None


def _citation(file: str, line: int, text: str, *, whole_line: bool = False) -> dict[str, Any] | None:
    """A citation of a line; a short one only where it quotes the whole line, as a table row does."""
    quote = text.strip() if whole_line and text.strip() else _quote(text)
    return {"source": file, "line": line, "quote": quote} if quote else None


def _record_date(first: date, last: date | None) -> str:
    if last is None or last == first:
        return first.isoformat()
    return f"{first.isoformat()}/{last.isoformat()}"


def _span_text(mention: DateMention) -> str | None:
    """A mention as the record writes it, at the precision it was written."""
    span = mention.span
    if span is None:
        return None
    ends = []
    for day, precision in ((span.first, span.first_precision), (span.last, span.last_precision)):
        if precision == "year":
            ends.append(f"{day.year:04d}")
        elif precision == "month":
            ends.append(f"{day.year:04d}-{day.month:02d}")
        else:
            ends.append(day.isoformat())
    return ends[0] if ends[0] == ends[1] else f"{ends[0]}/{ends[1]}"


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


DATELINE_WORDS = 8
HEADLINE_LINES = 3
"""A headline or standfirst in the present perfect ("has been appointed") is the news of the source's day."""
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12, "18": 18}
_RELATIVE: tuple[tuple[str, str], ...] = (
    (r"\btoday\b", "day"),
    (r"\bearlier this month\b", "month-so-far"),
    (r"\blater this month\b", "month-rest"),
    (r"\bthis month\b", "month"),
    (r"\blast month\b", "month-1"),
    (r"\bnext month\b", "month+1"),
    (r"\bthis year\b", "year"),
    (r"\blast year\b", "year-1"),
    (r"\bnext year\b", "year+1"),
)
"""Wording dated by the source's own date: `this month` in a report of 29 May 2019 is May 2019, and
`earlier this month` is 1 to 29 May 2019, since it was before the report and in its month."""
_WITHIN = re.compile(r"\bwithin (?P<n>\w+) months\b", re.I)
_PAST_PERFECT = re.compile(r"\bhad (?:been )?\w+(?:ed|en)\b", re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have) been \w+(?:ed|en)\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|would|is going to|am going to|are going to|is to|are to|plans? to|orders? \w+ \w+ to)\b", re.I
)
_SAID = re.compile(r"\b(?:said|says|added|admitted|told|responding|responded|announced)\b", re.I)


_SPEECH_OPENS = ('"', "“", "‘")


def _reported_speech(line: str) -> bool:
    """A paragraph of quoted words, or a line that says who said them: what it states was said before
    the source reported it, so it is dated no closer than the source's month."""
    return line.lstrip().startswith(_SPEECH_OPENS) or bool(_SAID.search(line))


def _month(day: date, shift: int = 0) -> str:
    index = day.year * 12 + day.month - 1 + shift
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _start(value: str) -> str:
    return value.split("/", 1)[0]


def _end(value: str) -> str:
    return value.split("/", 1)[-1]


def _bounded(value: str) -> bool:
    """Whether a date worked out from the source's own has a known end: a source dated only "on or after
    8 May 2019" bounds nothing that was done by its date."""
    return ".." not in value.split("/") or (value.split("/").count("..") == 1 and value != "..")


def _relative(line: str, source_date: str) -> list[tuple[str, str, str]]:
    """(date, wording, reason) for each relative expression the line uses, against the source's date.
    Against a source dated only "on or after" a day, a count from its date keeps that known end."""
    as_of = parse_record_date(source_date)
    open_ended = not _bounded(source_date) or source_date.endswith("/..")
    found = []
    taken: list[tuple[int, int]] = []
    for pattern, unit in _RELATIVE:
        match = re.search(pattern, line, re.I)
        if match is None or any(a <= match.start() < b for a, b in taken):
            continue
        taken.append(match.span())
        if open_ended and unit.startswith("month-"):
            unit = "month"
        if unit == "day":
            value = source_date if open_ended else _start(source_date)
        elif unit == "month-so-far":
            value = f"{as_of.first.replace(day=1).isoformat()}/{_end(source_date)}"
        elif unit == "month-rest":
            last = calendar.monthrange(as_of.last.year, as_of.last.month)[1]
            value = f"{_start(source_date)}/{as_of.last.replace(day=last).isoformat()}"
        elif unit.startswith("month"):
            value = _month(as_of.first, int(unit[5:] or 0))
        else:
            value = f"{as_of.first.year + int(unit[4:] or 0):04d}"
        found.append((value, match[0], f"{match[0]!r}, counted from the source's date ({source_date})."))
    within = _WITHIN.search(line)
    if within is not None:
        months = _NUMBERS.get(within["n"].lower()) or (int(within["n"]) if within["n"].isdigit() else None)
        if months:
            value = f"{_month(as_of.first)}/{'..' if open_ended else _month(as_of.last, months)}"
            found.append((value, within[0], f"{within[0]!r} of the source's date ({source_date})."))
    return found


def _kind(text: str) -> str:
    return next((k for pattern, k in _EVENT_KINDS if re.search(pattern, text, re.I)), "review")


def _event(source: Source, number: int, line: str, value: str, **extra: Any) -> dict[str, Any]:
    wording = line.strip()
    kind = _kind(wording)
    event: dict[str, Any] = {
        "id": f"{kind}-{value.replace('/', '-').replace('.', '')}-{number}",
        "date": value, "kind": kind, "title": _title(wording), "status": "occurred", "summary": None,
        "citations": [{"source": source.file, "line": number, "quote": wording}],
        "approximate": False, "date_basis": None, "as_of": None, "note": None,
        "confidence": 0.5, "why": "",
    }  # fmt: skip
    event.update(extra)
    if event["status"] == "planned":
        event["as_of"] = source.date
    event["id"] = _slug(event["id"], 70)
    return event


def _mention_date(mention: DateMention, source: Source) -> tuple[str | None, dict[str, Any] | None]:
    """A mention's record date, with the basis when the year is taken from the source's date."""
    value = _span_text(mention)
    if value is not None or mention.month is None:
        return value, None
    as_of = parse_record_date(source.date)
    year = as_of.first.year - (1 if mention.month > as_of.first.month + 1 else 0)
    again = find_dates(f"{mention.text} {year}")
    basis = {"reason": "The text gives no year; it is the year of the source's date.",
             "wording": mention.text, "relative_to": source.date}  # fmt: skip
    return (_span_text(again[0]) if again else None), basis


_REFERENT = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w’']*\s+)?(?P<head>report|inspection|notice|announcement|"
    r"decision|letter|judgement|findings|visit|meeting|review)\b"
)


_NOUN_TO_DATE = 3
"""Words allowed between a noun and the date that dates it: `inspection between 4 and 8 March`."""


@lru_cache(maxsize=4096)
def _dates_in(folded: str) -> tuple[DateMention, ...]:
    """The date finder, remembered per line: every statement looks through the other lines for its noun."""
    return tuple(find_dates(folded))


def _dated_noun(head: str, number: int, lines: list[str], source: Source) -> tuple[int, str, str] | None:
    """(line, date, wording) where another body line of the same source dates this noun: "An Ofsted
    report published on 8 May" dates "the report". The date must follow the noun within a few words,
    so that a date of something else on that line is not taken; "the last inspection" is another one.
    The nearest such line wins, earlier lines first."""
    as_of = parse_record_date(source.date)
    order = sorted(range(1, len(lines) + 1), key=lambda n: (n > number, abs(n - number)))
    for n in order:
        other = lines[n - 1]
        if n == number or _in_region(n, source.regions) or _quote(other) is None:
            continue
        folded = other.lower()
        ends = [m.end() for m in re.finditer(rf"(?<!last )(?<!previous )(?<!next )\b{head}\b", folded)]
        for mention in _dates_in(folded):
            gaps = [folded[end : mention.start] for end in ends if end <= mention.start]
            if not any(re.fullmatch(r"[a-z\s]*", gap) and len(gap.split()) <= _NOUN_TO_DATE for gap in gaps):
                continue
            value, _ = _mention_date(mention, source)
            if value is not None and parse_record_date(value).first <= as_of.first:
                return n, value, other[mention.start : mention.end]
    return None


def _referent_date(
    line: str, number: int, lines: list[str], source: Source
) -> tuple[int, str, str, str] | None:
    """What a statement is about, dated by the same source: (line, date, wording, head) for
    "responding to the Ofsted report" when the source says "An Ofsted report published on 8 May"."""
    for match in _REFERENT.finditer(line):
        found = _dated_noun(match["head"].lower(), number, lines, source)
        if found is not None:
            return (*found, match["head"].lower())
    return None


_AROUND = re.compile(
    r"\b(?P<rel>at the (?:start|beginning|end|close) of|during|(?:shortly |just |soon )?before|after)"
    r" (?:this|the) (?P<head>inspection|visit|meeting|review)\b",
    re.I,
)


def _around(rel: str, value: str, source: Source) -> str | None:
    """The date of a happening placed against another the source dates: at its start or end, during
    it, before it ("shortly before": from the month before it began), or after it up to the source."""
    span = parse_record_date(value)
    rel = rel.lower()
    if rel.startswith("at the start") or rel.startswith("at the beginning"):
        return _start(value)
    if rel.startswith("at the"):
        return _end(value)
    if rel == "during":
        return value
    if span.first_precision != "day" and "before" in rel:
        return None
    if rel == "before":
        return f"../{(span.first - timedelta(days=1)).isoformat()}"
    if "before" in rel:
        return f"{_month(span.first, -1)}/{(span.first - timedelta(days=1)).isoformat()}"
    if rel == "after" and span.last_precision == "day":
        return f"{(span.last + timedelta(days=1)).isoformat()}/{_end(source.date)}"
    return None


def draft_text(source: Source, text: str) -> list[dict[str, Any]]:
    """Dated happenings: each body line that states a date, a date relative to the source's own, a plan
    or a statement, with the date at the precision the line gives and how it was worked out."""
    events: list[dict[str, Any]] = []
    as_of = parse_record_date(source.date)
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if _in_region(number, source.regions) or _quote(line) is None:
            continue
        if len(line.split()) < DATELINE_WORDS and any(c.line == number for c in source.date_citations):
            continue  # the dateline: the source's own date, not a happening
        future = bool(_FUTURE.search(line))
        mentions = find_dates(line.lower())
        for mention in mentions:
            value, basis = _mention_date(mention, source)
            if value is None:
                continue
            span = parse_record_date(value)
            planned = span.first > as_of.last or (span.last > as_of.last and future)
            events.append(_event(
                source, number, line, value, date_basis=basis, status="planned" if planned else "occurred",
                confidence=0.6 if basis is None else 0.45,
                why=f"Line {number} dates something to {line[mention.start:mention.end]!r}.",
            ))  # fmt: skip
        relative = _relative(line, source.date)
        for value, wording, reason in relative:
            planned = parse_record_date(value).last > as_of.last and future
            events.append(_event(
                source, number, line, value, status="planned" if planned else "occurred", confidence=0.45,
                date_basis={"reason": reason, "wording": wording, "relative_to": source.date},
                why=f"Line {number} says {wording!r}, dated from the source's own date.",
            ))  # fmt: skip
        undated: list[tuple[str, dict[str, Any]]] = []
        if future and _reported_speech(line):
            undated.append((f"{_month(as_of.first)}/..", {
                "status": "planned", "why": f"Line {number} reports a plan someone stated, without a date.",
                "date_basis": {"reason": "A plan stated in words the source reports, said in the month of "
                               "its date (as a statement is dated): from that month on.",
                               "relative_to": source.date}}))  # fmt: skip
        elif future:
            undated.append((f"{_start(source.date)}/..", {
                "status": "planned", "why": f"Line {number} says what will or must happen, without a date.",
                "date_basis": {"reason": "A plan the source gives no date for: from the source's date on.",
                               "relative_to": source.date}}))  # fmt: skip
        if _PAST_PERFECT.search(line):
            undated.append((f"../{_end(source.date)}", {
                "why": f"Line {number} says something had been done by then, without a date.",
                "date_basis": {"reason": "Done by the source's date; the text gives no date.",
                               "relative_to": source.date}}))  # fmt: skip
        elif _PRESENT_PERFECT.search(line) and number > HEADLINE_LINES:
            undated.append((f"../{_end(source.date)}", {
                "why": f"Line {number} says something has been done by then, without a date.",
                "date_basis": {"reason": "Done by the source's date; the text gives no date.",
                               "relative_to": source.date}}))  # fmt: skip
        elif _PRESENT_PERFECT.search(line):
            undated.append((_start(source.date), {
                "why": f"Line {number} reports, in the present perfect, what has just happened.",
                "date_basis": {"reason": "News the source reports as just done: dated to the source's date.",
                               "relative_to": source.date}}))  # fmt: skip
        around = _AROUND.search(line)
        placed = _dated_noun(around["head"].lower(), number, lines, source) if around else None
        placed_cite = _citation(source.file, placed[0], lines[placed[0] - 1]) if placed else None
        value = _around(around["rel"], placed[1], source) if around and placed else None
        if around is not None and placed is not None and placed_cite is not None and value is not None:
            undated.append((value, {
                "citations": [{"source": source.file, "line": number, "quote": line.strip()}, placed_cite],
                "approximate": not around["rel"].lower().startswith("during"),
                "why": f"Line {number} places this {around[0]!r}, which line {placed[0]} dates.",
                "kind": _kind(line.replace(around[0], "")),
                "date_basis": {"reason": f"{around[0]!r}: the {around['head'].lower()} of line {placed[0]} "
                               f"is dated {placed[1]}.",
                               "wording": around[0], "relative_to": placed[1]}}))  # fmt: skip
        referent = _referent_date(line, number, lines, source) if _SAID.search(line) else None
        said_about = _citation(source.file, referent[0], lines[referent[0] - 1]) if referent else None
        if referent is not None and said_about is not None:
            n, value, wording, head = referent
            by_it = re.search(rf"\b{head}\W+(?:\w+\W+)?(?:said|says|stated|states|found)\b", line, re.I)
            undated.append((value if by_it else f"{_start(value)}/{_end(source.date)}", {
                "kind": "response", "citations": [
                    {"source": source.file, "line": number, "quote": line.strip()}, said_about],
                "why": f"Line {number} reports what was said about the {head} line {n} dates.",
                "date_basis": {"reason": f"Said by the {head} of {value} (line {n})." if by_it else
                               f"Said about the {head} of {value} (line {n}) and reported on the "
                               f"source's date ({source.date}): between the two.",
                               "wording": wording, "relative_to": value}}))  # fmt: skip
        elif _SAID.search(line):
            undated.append((_month(as_of.first), {
                "kind": "response", "why": f"Line {number} reports what someone said; dated to its month.",
                "date_basis": {"reason": "Said as reported by the source, in the month of its date.",
                               "relative_to": source.date}}))  # fmt: skip
        dated = {e["date"] for e in events if e["citations"][0]["line"] == number}
        for value, extra in undated:
            if value not in dated and _bounded(value):
                dated.add(value)
                events.append(_event(source, number, line, value, confidence=0.3, **extra))
    return events


_FIGURE_UNITS = {"percent": "percent", "money": "gbp", "count": "count"}
_FUNCTION_WORDS = frozenset(
    ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "was", "were", "with"]
)


def _measure(folded: str, start: int, end: int, unit: str) -> str | None:
    """What a figure counts: a count's plural noun after it ("69 homes", "45 social workers"); for a
    share or a sum, the words before it ("a net increase of")."""
    if unit == "count":
        after = re.findall(r"[a-z][a-z'’-]*", folded[end:])[:2]
        for i, word in enumerate(after):
            if word in _FUNCTION_WORDS:
                return None
            if word.endswith("s"):
                return " ".join(after[: i + 1])
        return None
    before = re.findall(r"[a-z][a-z'’-]*", folded[:start])[-4:]
    return " ".join(before) or None


def draft_figures(source: Source, text: str) -> list[dict[str, Any]]:
    """Figures the body states (percentages, sums in pounds, counts, durations), read with the claim
    reader's quantity finder; dates are skipped so that a year is never a count."""
    from trafford_timeline.claims.quantities import find_quantities

    facts: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if _in_region(number, source.regions) or _quote(line) is None:
            continue
        folded = line.lower()
        dates = [(m.start, m.end) for m in find_dates(folded)]
        for quantity in find_quantities(folded, skip=dates):
            unit = _FIGURE_UNITS.get(quantity.unit)
            if unit is None or (unit == "count" and (not quantity.text[0].isdigit() or quantity.value < 2)):
                continue
            if unit == "gbp" and not quantity.text.startswith("£"):
                continue
            measure = _measure(folded, quantity.start, quantity.end, unit)
            if measure is None:
                continue
            facts.append({
                "id": _slug(f"figure-{measure}-{number}", 70), "kind": "figure",
                "text": f"{line[quantity.start:quantity.end].strip()}: {measure}.",
                "event": None, "date": None,
                "citations": [{"source": source.file, "line": number, "quote": line.strip()}], "note": None,
                "measure": measure, "value": quantity.value, "unit": unit, "qualifier": quantity.qualifier,
                "area": None, "confidence": 0.35,
                "why": f"Line {number} states {line[quantity.start:quantity.end].strip()!r}.",
            })  # fmt: skip
    return facts


def _title(sentence: str) -> str:
    words = sentence.split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")


def _already_held(record: Record, item: dict[str, Any]) -> bool:
    """The record holds this: the same id, the same rating, or an event of that date citing that line."""
    ids = {e.id for e in record.events} | {f.id for f in record.facts}
    if item["id"] in ids:
        return True
    if item.get("kind") == "rating":
        return any(
            isinstance(f, RatingFact) and (f.year, f.area) == (item["year"], item["area"])
            for f in record.facts
        )
    places = {(c["source"], c["line"]) for c in item["citations"]}
    if item.get("kind") == "figure":
        return any(
            f.kind == "figure" and getattr(f, "value", None) == item["value"]
            and any((c.source, c.line) in places for c in f.citations)
            for f in record.facts
        )  # fmt: skip
    for held in record.events:
        if held.date == item.get("date") and any((c.source, c.line) in places for c in held.citations):
            return True
    return False


def _unique(items: list[dict[str, Any]], taken: set[str]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        base, n = item["id"], 2
        while item["id"] in taken:
            item["id"] = f"{base}-{n}"
            n += 1
        taken.add(item["id"])
        out.append(item)
    return out


def draft_source(data_dir: Path, name: str) -> dict[str, Any]:
    """The draft contract: {"source": NAME, "events": [...], "facts": [...]}."""
    record = load_record(data_dir)
    source = next((s for s in record.sources if s.file in {name, f"{name}.txt"}), None)
    if source is None:
        raise NotFound("source", name, [s.file for s in record.sources][:5])
    _, text = read_source(data_dir, source.file)
    from trafford_timeline.record.ofsted import looks_like_ofsted_report

    if source.kind == "inspection_report" or looks_like_ofsted_report(text):
        events, facts = draft_ofsted(source, text)
    else:
        from trafford_timeline.record.attribution import draft_attributions

        events, facts = (
            draft_text(source, text),
            draft_figures(source, text) + draft_attributions(source, text),
        )
    events = [e for e in events if not _already_held(record, e)]
    facts = [f for f in facts if not _already_held(record, f)]
    taken = {e.id for e in record.events} | {f.id for f in record.facts}
    return {"source": source.file, "events": _unique(events, taken), "facts": _unique(facts, taken)}


def accept_draft(data_dir: Path, draft_path: Path) -> dict[str, int]:
    """Merge a reviewed draft into `events.json`: checked first, ids must not clash, written atomically
    with the previous file kept as `events.json.bak`."""
    from trafford_timeline.record.writer import BACKUP_SUFFIX, Change, events_bytes, writable_dataset

    writable_dataset(data_dir)
    try:
        draft = json.loads(draft_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no draft file {quoted(str(draft_path))}") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DataError(str(draft_path), f"is not a JSON draft ({exc})") from None
    if not isinstance(draft, dict) or set(draft) != {"source", "events", "facts"}:
        raise DataError(str(draft_path), 'a draft is {"source": NAME, "events": [...], "facts": [...]}')
    if not isinstance(draft["events"], list) or not isinstance(draft["facts"], list):
        raise DataError(str(draft_path), "`events` and `facts` must be lists")
    events_path = data_dir / EVENTS_FILE
    old = events_path.read_bytes()
    document: dict[str, Any] = json.loads(old)
    held = {item.get("id") for group in ("events", "facts", "conflicts") for item in document.get(group, [])}
    clashes = []
    for group in ("events", "facts"):
        for i, item in enumerate(draft[group]):
            if not isinstance(item, dict):
                raise DataError(str(draft_path), f"{group}[{i}] is not an object")
            if item.get("id") in held:
                clashes.append(f"{group}[{i}].id: {item.get('id')!r} is already in the record")
            held.add(item.get("id"))
    if clashes:
        raise DataError(str(draft_path), f"has ids that clash with the record ({len(clashes)})", clashes)
    for group in ("events", "facts"):
        cleaned = [{k: v for k, v in item.items() if k not in {"confidence", "why"}} for item in draft[group]]
        document.setdefault(group, []).extend(cleaned)
    new = events_bytes(document)
    parse_record(events_path, new)
    change = Change(data_dir)
    change.put(EVENTS_FILE + BACKUP_SUFFIX, old)
    change.put(EVENTS_FILE, new)
    change.commit()
    return {"events": len(draft["events"]), "facts": len(draft["facts"])}
