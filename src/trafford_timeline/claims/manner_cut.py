"""`What do care plans do well?` is not answered by "written and identify key areas ...".

A question may end in a word of manner ("well", "poorly", "quickly") that a quote has inside the verb
phrase it answers with: "most care plans are well written". The words after the question's own then
open with the participle the adverb goes with ("written"), the verb phrase cut in two: what the plans
do well is being well written, and "written ..." alone says something else (that they are written).
Such a cut answers nothing; the reader goes on to the next quote, or says "not stated".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import fold

_MANNER = re.compile(r"(?:well|badly|poorly|better|best|worse|worst|[a-z]{3,}ly)")
"""An adverb of manner, as the question's last word of substance may be."""
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|wn|tten|ght)")
"""A past participle the adverb before it goes with ("well written", "poorly recorded")."""


def cuts_a_verb_phrase(words: Sequence[str], last: int, opening: int) -> bool:
    """Whether the answer opening at `opening`, right after the question's last word `words[last]`,
    cuts a participle from the manner adverb that goes with it ("well | written")."""
    if opening != last + 1 or opening >= len(words):
        return False
    adverb = fold(words[last])
    following = fold(words[opening]).strip(",;:.“”\"'‘’")
    return (
        adverb == adverb.strip(",;:.")
        and bool(_MANNER.fullmatch(adverb))
        and bool(_PARTICIPLE.fullmatch(following))
    )


def span_cut_from_adverb(clause: str, span: str) -> bool:
    """Whether `span`, read from `clause`, opens with a participle whose manner adverb is the word just
    before that participle in the clause ("are well | attended and record ..."): the same cut, in a
    span read from a whole clause rather than after the question's last word."""
    words, said = fold(clause).split(), fold(span).split()
    if not said or said[0] not in words:
        return False
    at = words.index(said[0])
    return at > 0 and cuts_a_verb_phrase([words[at - 1], said[0]], 0, 1)


__all__ = ["cuts_a_verb_phrase", "span_cut_from_adverb"]
