"""The lines of a saved web page's text that are not the article: captions, comments, adverts, menus.

A page saved as text keeps its furniture. These are found by the shapes pages give them (a photo
credit line, a "2 Responses to" heading followed by the comments, a block of short lines ending in
"Subscribe", a teaser ending in "Read Full Story"), so no citation is drawn from them by mistake.
"""

from __future__ import annotations

import re

from trafford_timeline.record.model import Region, RegionKind

_CAPTION = re.compile(r"^\s*(?:photo|picture|image|pictured|credit)\s*:", re.I)
_COMMENTS = re.compile(
    r"^\s*(?:\d+\s+(?:responses?|comments?|replies)\b|(?:reader\s+)?comments?\s*(?:\(\d+\))?\s*$|"
    r"leave a (?:reply|comment)|add (?:your|a) comment)",
    re.I,
)
_SUBSCRIBE = re.compile(r"\b(?:subscribe|subscription|membership|sign up|newsletter|advertisement)\b", re.I)
_TEASER_END = re.compile(r"^\s*(?:read (?:full story|more)|continue reading)\s*$", re.I)
_SIDEBAR_HEAD = re.compile(
    r"^\s*(?:more from|related (?:stories|articles|news)|most (?:read|popular))\b", re.I
)
SHORT_LINE_WORDS = 12
BLOCK_LINES = 24
"""How far back a subscription block of short lines may reach from its "Subscribe"."""
TEASER_LINES = 6
"""A sidebar teaser: headline, blurb and its "Read Full Story", with the blanks between."""


def _short(line: str) -> bool:
    """A line of page furniture: a few words, and not a sentence."""
    return len(line.split()) <= SHORT_LINE_WORDS and not line.rstrip().endswith((".", "!", "?", '"', "”"))


def find_regions(text: str) -> tuple[Region, ...]:
    """Non-body regions of a text, in line order; the body is everything else."""
    lines = text.splitlines()
    kinds: list[RegionKind | None] = [None] * len(lines)
    for i, line in enumerate(lines):
        if _CAPTION.match(line):
            kinds[i] = "caption"
    for i, line in enumerate(lines):
        if _COMMENTS.match(line) or _SIDEBAR_HEAD.match(line):
            kind: RegionKind = "comments" if _COMMENTS.match(line) else "sidebar"
            for j in range(i, len(lines)):
                kinds[j] = kinds[j] or kind
                if kind == "sidebar" and j > i and _COMMENTS.match(lines[j]):
                    kind = "comments"
            break
    for i, line in enumerate(lines):
        if _SUBSCRIBE.search(line) and _short(line) and kinds[i] is None:
            start = i
            while (
                start > 0
                and i - start < BLOCK_LINES
                and kinds[start - 1] is None
                and _short(lines[start - 1])
            ):
                start -= 1
            while start < i and not lines[start].strip():
                start += 1
            for j in range(start, i + 1):
                kinds[j] = kinds[j] or "subscription"
    for i, line in enumerate(lines):
        if _TEASER_END.match(line):
            start = i
            while start > 0 and i - start < TEASER_LINES and kinds[start - 1] is None:
                start -= 1
            for j in range(start, i + 1):
                kinds[j] = kinds[j] or "sidebar"
    return _runs(kinds, lines)


def _runs(kinds: list[RegionKind | None], lines: list[str]) -> tuple[Region, ...]:
    regions: list[Region] = []
    for number, kind in enumerate(kinds, 1):
        if kind is None:
            continue
        last = regions[-1] if regions else None
        if last is not None and last.kind == kind and last.last_line == number - 1:
            regions[-1] = Region(kind=kind, first_line=last.first_line, last_line=number)
        else:
            regions.append(Region(kind=kind, first_line=number, last_line=number))
    return tuple(
        r for r in regions if any(lines[n - 1].strip() for n in range(r.first_line, r.last_line + 1))
    )
