"""The words the record quotes from one source line, joined where its quotes overlap.

The record often splits one sentence among several items: an event quotes "managers were promoted to
take on the acting roles", and two role facts each quote the roles that follow. A list that one item's
quote opens is then spread across its neighbours' quotes. Joining the quotes of a line that overlap
gives back the verbatim run of words they came from, so that the list can be read whole.
"""

from __future__ import annotations

from collections.abc import Iterable

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.record.model import Citation

OVERLAP = 20
"""Two quotes of one line whose end and start share this many characters are one run of words: so
long a shared stretch is the same place in the line, not a phrase the line says twice."""

_BY_LINE: dict[int, dict[tuple[str, int], tuple[str, ...]]] = {}


def quotes_by_line(index: ClaimIndex) -> dict[tuple[str, int], tuple[str, ...]]:
    """Every quote of the record, by its source and line; worked out once for an index."""
    key = id(index)
    if key not in _BY_LINE:
        lines: dict[tuple[str, int], list[str]] = {}
        for item in index.items():
            for citation in item.citations:
                lines.setdefault((citation.source, citation.line), []).append(citation.quote)
        _BY_LINE.clear()
        _BY_LINE[key] = {place: tuple(dict.fromkeys(quotes)) for place, quotes in lines.items()}
    return _BY_LINE[key]


def _join(run: str, quote: str) -> str | None:
    """The run extended by a quote that overlaps it at either end, or None where they do not meet."""
    if quote in run:
        return run
    if run in quote:
        return quote
    for size in range(min(len(run), len(quote)) - 1, OVERLAP - 1, -1):
        if run.endswith(quote[:size]):
            return run + quote[size:]
        if quote.endswith(run[:size]):
            return quote + run[size:]
    return None


def joined(citation: Citation, quotes: Iterable[str]) -> Citation:
    """The citation's quote grown by every quote of its line that overlaps it, directly or in a chain."""
    run, rest = citation.quote, [q for q in quotes if q != citation.quote]
    grown = True
    while grown:
        grown = False
        for quote in rest:
            longer = _join(run, quote)
            if longer is not None and longer != run:
                run, grown = longer, True
        rest = [q for q in rest if q not in run]
    return Citation(source=citation.source, line=citation.line, quote=run)


def whole_run(citation: Citation, index: ClaimIndex) -> Citation:
    """The verbatim run of words the record's quotes of this citation's line make together with it."""
    return joined(citation, quotes_by_line(index).get((citation.source, citation.line), ()))
