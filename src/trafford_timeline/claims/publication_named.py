"""A publication a yes/no question names as where, or to whom, a thing was said.

"Did Trafford comment further on the announcement to CYP Now?", "Was the workforce called stable in
Community Care?": the record's sources are publications, and a question may name one as the
audience of a statement or the place it was printed. That says where the answer is to be read, not
what happened, and no record item names its own publisher; so the question is asked without it, and
answered only from a quote of that publication's own source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.record.model import Source

_PLACING = r"(?:to|in|by|with|from|per|according to)"
"""The prepositions that place a saying in a publication: "told to", "printed in", "reported by"."""


def publisher_name(source: Source) -> str | None:
    """The publisher's own name, without the note in brackets after it ("WillisPalmer (Children First)")."""
    name = (source.publisher or "").split("(")[0].strip()
    return name or None


def publication_named(text: str, sources: Sequence[Source]) -> tuple[str, str, frozenset[str]] | None:
    """The question without the publication it names after a preposition, the publication's name, and
    the files of its sources; None where it names none."""
    for source in sources:
        if (name := publisher_name(source)) is None:
            continue
        found = re.search(rf",?\s*\b{_PLACING}\s+(?:the\s+)?{re.escape(name)}\b", text, re.IGNORECASE)
        if found is None:
            continue
        files = frozenset(s.file for s in sources if publisher_name(s) == name)
        rest = " ".join(f"{text[: found.start()]}{text[found.end() :]}".split())
        return rest, name, files
    return None
