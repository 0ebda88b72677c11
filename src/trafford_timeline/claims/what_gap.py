"""Where the gap of a `what` question stands in a quote, where the words after the question's last
one in the quote are not the answer (`slots_people._answer_what` reads the words after the gap).

- A preposition left at the end ("what did they expect councils to improve with?"): the gap is after
  the quote's own "improve with", whatever question words come after it in the answer.
- A verb of describing ("how did she characterise the remarks?"): the gap is after the quote's "as".
- A closing purpose ("what will the DfE appoint to support the council?"): the gap is before it, and a
  quote that holds the purpose's words only after a purpose of its own ("appoint an adviser to provide
  them with support") gives nothing after them; a noun phrase ends where its own purpose opens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import STOPWORDS, fold, stem
from trafford_timeline.claims.matching import Match
from trafford_timeline.claims.question import PURPOSE_VERBS

PURPOSE_OPENS = re.compile(rf"\sto (?:{PURPOSE_VERBS})\s")
"""Where a noun phrase ends at the purpose it serves: "an adviser | to provide them with the expert advice
they need". Read only where no clause opens sooner (`slots_people._CLAUSE_OPENS`)."""


PURPOSE_CLAUSE = re.compile(rf"[a-z] to (?:{PURPOSE_VERBS})\b.*$")
"""A question's closing clause of purpose ("appoint to support Trafford"): its gap is before it."""


def after_a_gap(
    quote: str, spans: Sequence[tuple[int, int, str]], hits: Sequence[int], purpose: set[str], own: set[str]
) -> bool:
    """Whether the quote holds the words of the question's purpose clause only after a purpose of its
    own ("appoint an adviser to provide them with the expert advice"), with words the question lacks
    before it: the thing the question asks for is named there, and the words after the question's
    purpose words are no answer to it. "expect councils to improve with" has no such words."""
    at = next((i for i in hits if stem(fold(spans[i][2])) in purpose), None)
    if at is None or at == hits[0]:
        return False
    before = max(i for i in hits if i < at)
    gap = {stem(fold(w)) for _, _, w in spans[before + 1 : at]} - own
    return bool(gap) and PURPOSE_OPENS.search(f" {quote[spans[before][1] : spans[at][1]]} ") is not None


DESCRIBING = re.compile(
    r"\b(?:describe|described|characteri[sz]e|characteri[sz]ed|portray|portrayed|call|called|label|labelled)\b"
)
"""A verb of describing, which a quote follows with the thing described and "as" what it was called."""


def described_as(spans: Sequence[tuple[int, int, str]], last: int) -> int | None:
    """Where the words a quote describes the thing with open: at "as" right after the question's last
    word ("characterise Ofsted's remarks as | corporate criticisms of ..."); None where no "as" is
    there. What follows runs to the clause's end, however long, since "as" says where it opens."""
    return last if last + 1 < len(spans) and fold(spans[last + 1][2]) == "as" else None


def paired_only(quote: str, tied: Sequence[Match], stranded: str, folded: str) -> bool:
    """Whether the answer's quote holds the question's last word and its stranded preposition side by
    side ("improve with") and no item tied with it does: the others hold the question's words only
    apart, and say nothing in the gap."""
    before = re.search(rf"([a-z'-]+) {stranded}$", folded.rstrip(" ?"))
    if before is None or before[1] in STOPWORDS:
        return False
    pair = re.compile(rf"\b{re.escape(before[1])} {stranded}\b", re.IGNORECASE)
    others = (c.quote for m in tied for c in m.document.item.citations)
    return pair.search(quote) is not None and not any(pair.search(q) for q in others)


def stranded_gap(
    spans: Sequence[tuple[int, int, str]], stranded: str | None, folded: str, hits: Sequence[int]
) -> int | None:
    """Where the gap of a question ending in a stranded preposition stands in a quote ("what did they
    expect councils to improve with?"): at the quote's own "improve with", the word before the
    preposition in the question, one of the question's words the quote holds, then the preposition.
    None where the question strands no preposition or the quote has no such pair."""
    if stranded is None or not hits:
        return None
    before = re.search(rf"([a-z'-]+) {stranded}$", folded.rstrip(" ?"))
    if before is None or before[1] in STOPWORDS:
        return None
    verb = stem(before[1])
    pairs = (at for at in hits if at + 1 < len(spans) and stem(fold(spans[at][2])) == verb)
    return next((at for at in pairs if fold(spans[at + 1][2]) == stranded), None)
