"""`last inspected before 2015, in 2011`: a bound that says which event, beside the date it had.

A claim that gives a bound (`before 2015`) and a plain date inside it (`in 2011`) dates its thing by
the plain date; the bound only picks which of a series it means (the inspection before the 2015
one). An item dated outside the bound is then another of the series, not the claim's thing dated
wrongly, and the plain date is compared as any date is.
"""

from __future__ import annotations

from collections.abc import Sequence

from trafford_timeline.claims.mentions import DateMention
from trafford_timeline.dates import DateSpan


def inside_bound(bound: DateMention, span: DateSpan) -> bool:
    """Whether a span lies wholly on the bound's side: before it begins, or after it ends."""
    assert bound.span is not None
    return span.last < bound.span.first if bound.bound == "before" else span.first > bound.span.last


def selecting_bounds(mentions: Sequence[DateMention]) -> list[DateMention]:
    """The bounds among a claim's dates that another, plain date of the claim lies inside: they
    select the event, and the plain date is its date."""
    plain = [m.span for m in mentions if m.bound is None and m.span is not None]
    return [
        m
        for m in mentions
        if m.bound is not None and m.span is not None and any(inside_bound(m, span) for span in plain)
    ]
