"""The record as one web page that travels: no request leaves it, and every quote opens in its source.

A newsroom or a council clerk can publish the file as it is, or open it from a USB stick. It is
ordinary HTML (lists, headings, `<time>`, `<blockquote cite>`, `<mark>`) with inline CSS and no
script, so it works with scripts off, and a Content-Security-Policy forbids anything from elsewhere.
Every string from the data goes through `html.escape`, so a `<script>` in a title is shown as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from trafford_timeline import __version__
from trafford_timeline.dates import OPEN
from trafford_timeline.dates import date_label as label
from trafford_timeline.output.exports import TITLE, report_grid
from trafford_timeline.output.formats import clean
from trafford_timeline.ratings import GRADE_LABELS, RatingGrid
from trafford_timeline.record.model import Citation, Conflict, Event, Record, Source


class RegionLike(Protocol):
    """Lines of a source that are not the document's own: the shape of the record's regions."""

    @property
    def kind(self) -> str: ...
    @property
    def first_line(self) -> int: ...
    @property
    def last_line(self) -> int: ...


@dataclass(frozen=True, kw_only=True)
class Region:
    """A stretch of lines that is not the document's own, for callers that hold no record regions."""

    kind: str
    first_line: int
    last_line: int


REGION_LABELS = {
    "comments": "Reader comments",
    "advert": "Advertisement",
    "subscription": "Subscription offer",
    "navigation": "Site navigation",
    "sidebar": "Sidebar",
    "caption": "Photo caption",
    "footer": "Page footer",
}


def region_label(kind: str) -> str:
    return REGION_LABELS.get(kind) or kind.replace("_", " ").capitalize()


CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
"""Nothing may load from anywhere, scripts included: the page needs none, and a slip in escaping
still could not run one."""

STYLE = """
:root { color: #1b1b1b; background: #fff; font: 1rem/1.5 system-ui, sans-serif; }
body { max-width: 60rem; margin: 0 auto; padding: 0 1rem 4rem; }
a { color: #0b4f9c; }
a:focus-visible, a:focus { outline: 3px solid #b3261e; outline-offset: 2px; }
.skip { position: absolute; left: -999rem; }
.skip:focus { position: static; display: inline-block; padding: .5rem; background: #fff; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; padding: 0; list-style: none; }
h1 { font-size: 1.8rem; line-height: 1.2; }
h2 { border-bottom: 2px solid #1b1b1b; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 0; }
.timeline, .conflicts, .sides, .sources, .cites { padding-left: 0; list-style: none; }
.timeline > li, .conflicts > li, .sources > li { border-left: 4px solid #6b6b6b; margin: 1rem 0;
  padding: .25rem 0 .25rem 1rem; }
.timeline > li.planned { border-left-style: dashed; }
.tag { display: inline-block; border: 1px solid #4a4a4a; border-radius: .25rem; padding: 0 .3rem;
  font-size: .85rem; color: #1b1b1b; background: #fff; }
.meta, .credit, .basis { color: #4a4a4a; font-size: .9rem; margin: .25rem 0; }
blockquote { margin: .5rem 0 0 1rem; padding-left: .75rem; border-left: 3px solid #c9c9c9; }
blockquote p { margin: 0; }
.favoured { font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .5rem 0; }
th, td { border: 1px solid #8a8a8a; padding: .4rem; text-align: left; vertical-align: top; }
mark { background: #ffe16b; color: #000; }
.text { font: .9rem/1.45 ui-monospace, monospace; padding: 0; margin: 0; list-style: none; }
.text li { display: flex; gap: .75rem; scroll-margin-top: 4rem; }
.text li:target { background: #fff5cc; outline: 2px solid #0b4f9c; }
.ln { flex: 0 0 4ch; text-align: right; color: #4a4a4a; user-select: none; }
.tx { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 0; }
.region { background: #ededed; color: #4a4a4a; border-left: 4px dashed #6b6b6b; margin: .5rem 0;
  padding: .25rem .5rem; }
.region .ln { color: #4a4a4a; }
.region-label { font: bold .85rem system-ui, sans-serif; margin: 0 0 .25rem; }
.source-text { margin: 1.5rem 0; }
.source-text h3 { position: sticky; top: 0; background: #fff; padding: .5rem 0;
  border-bottom: 1px solid #8a8a8a; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
"""


def _text(text: str | None) -> str:
    """Data text, safe inside an element or a quoted attribute."""
    return html.escape(clean(text or ""), quote=True)


def anchor_names(sources: Sequence[Source]) -> dict[str, str]:
    """A name per source file that is safe in an id and unique: `000_e2f2.txt` becomes `000_e2f2`."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for source in sources:
        stem = source.file.rsplit(".", 1)[0] if "." in source.file else source.file
        base = re.sub(r"[^A-Za-z0-9_-]", "-", stem) or "source"
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        names[source.file] = name
    return names


def short_names(files: Sequence[str]) -> dict[str, str]:
    """`002` for `002_4122ef60e093352d.txt`, as the terminal cites it (`002:15`), where that is unique."""
    prefixes = {file: re.split(r"[_.]", file, maxsplit=1)[0] for file in files}
    unique = len(set(prefixes.values())) == len(prefixes)
    return prefixes if unique else {file: file for file in files}


def line_id(name: str, line: int) -> str:
    return f"src-{name}-L{line}"


def _time(stored: str) -> str:
    """One end of a date as `<time>`, its `datetime` at the precision the record gives."""
    return f'<time datetime="{_text(stored)}">{_text(label(stored))}</time>'


def date_html(stored: str) -> str:
    """The date as written, each end a `<time>` at its own precision: `from <time>May 2019</time>`."""
    start, _, end = stored.partition("/")
    if not end:
        return _time(stored)
    if start == OPEN:
        return f"by {_time(end)}"
    if end == OPEN:
        return f"from {_time(start)}"
    return f"{_time(start)} – {_time(end)}"


@dataclass
class _Page:
    """What every part of the page needs: how to name each source and link to its lines."""

    sources: dict[str, Source]
    names: dict[str, str]
    short: dict[str, str]

    def href(self, citation: Citation) -> str:
        name = self.names.get(citation.source, "missing")
        return "#" + line_id(name, citation.line)

    def where(self, citation: Citation) -> str:
        source = self.sources.get(citation.source)
        title = (source.title or source.description) if source else None
        name = f"<cite>{_text(title)}</cite>, " if title else ""
        return f'{name}<a href="{self.href(citation)}">{_text(citation.source)} line {citation.line}</a>'

    def quotes(self, citations: Sequence[Citation]) -> str:
        items = [
            f'<li><blockquote cite="{self.href(c)}"><p>“{_text(c.quote)}”</p></blockquote>'
            f'<p class="credit">— {self.where(c)}{" (photo caption)" if c.caption else ""}</p></li>'
            for c in citations
        ]
        return f'<ul class="cites">{"".join(items)}</ul>' if items else ""


def _event(page: _Page, event: Event) -> str:
    planned = event.status == "planned"
    tags = [f'<span class="tag">{_text(event.kind)}</span>']
    if planned:
        tags.insert(0, '<span class="tag"><strong>Planned</strong></span>')
    when = date_html(event.date)
    if event.approximate:
        when = f"about {when} <span class='meta'>(approximate)</span>"
    parts = [
        f'<li class="{"planned" if planned else "occurred"}">',
        f'<p class="meta">{when} {" ".join(tags)}</p>',
        f"<h3>{_text(event.title)}</h3>",
    ]
    if planned and event.as_of:
        parts.append(f'<p class="basis">Planned, as of {_time(event.as_of)}.</p>')
    if event.date_basis is not None:
        basis = event.date_basis
        wording = f" The source says “{_text(basis.wording)}”." if basis.wording else ""
        parts.append(f'<p class="basis">How the date is known: {_text(basis.reason)}{wording}</p>')
    parts += [f"<p>{_text(text)}</p>" for text in (event.summary, event.note) if text]
    parts += [page.quotes(event.citations), "</li>"]
    return "".join(parts)


def _grade(page: _Page, grade: str | None, citations: Sequence[Citation]) -> str:
    if grade is None:
        return "<td>not stated in the sources</td>"
    links = ", ".join(
        f'<a href="{page.href(c)}">{_text(page.short.get(c.source, c.source))}:{c.line}</a>'
        for c in citations
    )
    return f"<td><strong>{_text(GRADE_LABELS[grade])}</strong><br>stated at {links}</td>"


def _ratings(page: _Page, grid: RatingGrid) -> str:
    if not grid.years:
        return "<p>The record holds no ratings.</p>"
    comparing = len(grid.years) == 2
    years = "".join(f'<th scope="col">{y} ({_text(grid.frameworks[y] or "framework not given")})</th>'
                    for y in grid.years)  # fmt: skip
    head = f'<tr><th scope="col">Judgement area</th>{years}'
    head += '<th scope="col">Change</th>' if comparing else ""
    head += '<th scope="col">What each framework judges</th></tr>'
    rows = []
    for row in grid.rows:
        cells = "".join(_grade(page, cell.grade, cell.citations) for cell in row.cells.values())
        if comparing:
            change = row.change
            word = "not comparable" if change is None else (
                "worse" if change < 0 else "better" if change else "the same")  # fmt: skip
            steps = "" if change is None else f" {change:+d}"
            cells += f"<td>{word}{steps}</td>"
        mapping = row.mapping
        note = f"<br><strong>Note:</strong> {_text(mapping.note)}" if mapping.note else ""
        cells += f"<td>SIF: {_text(mapping.sif)}<br>ILACS: {_text(mapping.ilacs)}{note}</td>"
        rows.append(f'<tr><th scope="row">{_text(mapping.label)}</th>{cells}</tr>')
    caption = "Ofsted's judgements" + (f", {grid.years[0]} against {grid.years[-1]}" if comparing else "")
    explained = (
        "<p>Change is counted in steps on Ofsted's four-point scale (outstanding, good, requires "
        "improvement, inadequate): negative is worse. Each grade links to the lines that state it, as "
        "source:line. A grade the sources do not state is never inferred. "
        "The Single Inspection Framework (SIF) and ILACS, used since 2018, do not judge every area alike; "
        "the last column says where.</p>"
    )
    return (
        f"<table><caption>{caption}</caption><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
        + (explained if comparing else "")
    )


def _conflict(page: _Page, conflict: Conflict) -> str:
    sides = []
    for i, side in enumerate(conflict.sides):
        favoured = conflict.favours == i
        mark = ' <span class="tag favoured">the evidence supports this side</span>' if favoured else ""
        sides.append(f"<li><p>{_text(side.statement)}{mark}</p>{page.quotes(side.citations)}</li>")
    return (
        f"<li><h3>{_text(conflict.topic)}</h3><ol class='sides'>{''.join(sides)}</ol>"
        f"<p><strong>Assessment:</strong> {_text(conflict.assessment)}</p></li>"
    )


def _source_entry(page: _Page, source: Source) -> str:
    name = page.names[source.file]
    title = _text(source.title) if source.title else f"(no title) {_text(source.description)}"
    byline = "; ".join(_text(x) for x in (source.publisher, source.author) if x) or "publisher not named"
    how = "stated in the text" if source.date_basis == "stated" else "inferred"
    return (
        f'<li><h3><a href="#src-{name}">{title}</a></h3>'
        f'<p class="meta">{byline} · {date_html(source.date)} · {_text(source.kind.replace("_", " "))}'
        f" · <code>{_text(source.file)}</code></p>"
        f"<p>{_text(source.description)}</p>"
        f"<p class='basis'>Date {how}: {_text(source.date_reason)}</p>"
        f"{page.quotes(source.date_citations)}</li>"
    )


def _marked(text: str, quotes: Sequence[str]) -> str:
    """One line of a source, escaped, with every quote cited on it in `<mark>` (overlaps merged)."""
    spans = sorted(
        (start, start + len(quote)) for quote in quotes if quote and (start := text.find(quote)) >= 0
    )
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out += [_text(text[at:start]), f"<mark>{_text(text[start:end])}</mark>"]
        at = end
    out.append(_text(text[at:]))
    return "".join(out)


def _lines(name: str, numbered: Sequence[tuple[int, str]], cited: Mapping[int, Sequence[str]]) -> str:
    items = [
        f'<li id="{line_id(name, n)}"><span class="ln">{n}</span>'
        f'<span class="tx">{_marked(text, cited.get(n, ()))}</span></li>'
        for n, text in numbered
    ]
    return f'<ol class="text">{"".join(items)}</ol>'


def _source_text(
    page: _Page, source: Source, text: str, regions: Sequence[RegionLike], cited: Mapping[int, Sequence[str]]
) -> str:
    name = page.names[source.file]
    lines = list(enumerate(text.splitlines(), 1))
    outside = {n: region for region in regions for n in range(region.first_line, region.last_line + 1)}
    blocks: list[str] = []
    i = 0
    while i < len(lines):
        region = outside.get(lines[i][0])
        j = i
        while j < len(lines) and outside.get(lines[j][0]) is region:
            j += 1
        body = _lines(name, lines[i:j], cited)
        if region is None:
            blocks.append(body)
        else:
            first, last = lines[i][0], lines[j - 1][0]
            where = f"line {first}" if first == last else f"lines {first}–{last}"
            caption = f"{_text(region_label(region.kind))}: not part of the article ({where})"
            blocks.append(f'<div class="region"><p class="region-label">{caption}</p>{body}</div>')
        i = j
    title = _text(source.title) if source.title else f"(no title) {_text(source.description)}"
    return (
        f'<section class="source-text" id="src-{name}" aria-labelledby="src-{name}-h">'
        f'<h3 id="src-{name}-h">{title} <span class="meta">({_text(source.file)})</span></h3>'
        f"{''.join(blocks)}</section>"
    )


def _cited_lines(record: Record, events: Sequence[Event]) -> dict[str, dict[int, list[str]]]:
    """The quotes each line is cited for, across everything the page shows."""
    citations: list[Citation] = [c for s in record.sources for c in s.date_citations]
    citations += [c for e in events for c in e.citations]
    citations += [c for conflict in record.conflicts for side in conflict.sides for c in side.citations]
    citations += [
        c for row in report_grid(record).rows for cell in row.cells.values() for c in cell.citations
    ]
    cited: dict[str, dict[int, list[str]]] = {}
    for c in citations:
        cited.setdefault(c.source, {}).setdefault(c.line, []).append(c.quote)
    return cited


def page_html(
    record: Record,
    events: Sequence[Event],
    texts: Mapping[str, str],
    regions: Mapping[str, Sequence[RegionLike]] | None = None,
) -> str:
    """The whole page: timeline, ratings, conflicts, sources and their texts, quotes linked to lines.

    `texts` holds each source's text by file name; `regions`, by file name, the stretches of it
    that are not the document's own (by default the record's own regions), shown greyed and labelled.
    """
    if regions is None:
        regions = {source.file: source.regions for source in record.sources}
    files = [s.file for s in record.sources]
    page = _Page({s.file: s for s in record.sources}, anchor_names(record.sources), short_names(files))
    cited = _cited_lines(record, events)
    timeline = "".join(_event(page, e) for e in events) or "<li>No events match.</li>"
    conflicts = "".join(_conflict(page, c) for c in record.conflicts)
    sources = "".join(_source_entry(page, s) for s in record.sources)
    shown = [
        _source_text(page, s, texts[s.file], (regions or {}).get(s.file, ()), cited.get(s.file, {}))
        for s in record.sources
        if s.file in texts
    ]
    intro = (
        f"{len(events)} events from the record, each with the quotes that state it. Every quote links to "
        "its line in the source, reproduced in full at the end of this page, with the quoted words "
        "highlighted. Made by trafford " + _text(__version__) + "; <code>trafford verify</code> "
        "re-finds every quote."
    )
    sections = [
        ("timeline", "Timeline", f'<ol class="timeline">{timeline}</ol>'),
        ("ratings", "Ratings: the first and last inspections on record", _ratings(page, report_grid(record))),
        ("conflicts", "Where the sources disagree",
         f'<ol class="conflicts">{conflicts}</ol>' if conflicts else "<p>The record notes none.</p>"),
        ("sources", "The sources", f'<ul class="sources">{sources}</ul>'),
        ("texts", "The sources themselves", "".join(shown) or "<p>No source text is available.</p>"),
    ]  # fmt: skip
    nav = "".join(f'<li><a href="#{key}">{heading}</a></li>' for key, heading, _ in sections)
    body = "".join(
        f'<section id="{key}" aria-labelledby="{key}-h"><h2 id="{key}-h">{heading}</h2>{content}</section>'
        for key, heading, content in sections
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_text(TITLE)}</title><style>{STYLE}</style></head>\n"
        '<body><a class="skip" href="#main">Skip to the content</a>'
        f'<header><h1>{_text(TITLE)}</h1><nav aria-label="Sections"><ul>{nav}</ul></nav></header>\n'
        f'<main id="main" tabindex="-1"><p>{intro}</p>{body}</main></body></html>\n'
    )
