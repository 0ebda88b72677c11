"""A claim's dated act that the item it is set against says only as asked for or planned.

"The case studies were presented in October 2019" is not contradicted by minutes of May to August
2019 that only asked for them "at a future meeting": the item's date is the date of the asking, and
of when the act was done, if it was, the record is silent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import fold, stem, tokens

_ACT = re.compile(
    r"\b(?P<act>[a-z]{3,}ed)\b"
    r"(?=\s+(?:a|an|the|its|their|his|her|for|to|in|on|by|at|with|into)\b|\s*[.,;!?]|\s*$)"
)
"""A verb of the past with its object or its time after it (`appointed a permanent director`,
`were presented to the committee`, `updated by September`): not an adjective before its noun
(`a detailed plan`)."""

_NOT_DONE = re.compile(
    r"\b(?:requested|request|requests|asked|asks|ask|plans?|planned|planning|intends?|intended|proposed|"
    r"will|would|should|future|expected|aims?|hopes?)\b"
)
"""Words that set an act as asked for, planned or to come, not done."""

_BEFORE = 8
"""How many words before the act a word of asking or planning may stand and still govern it."""


def act_unstated(claim_text: str, item_texts: Sequence[str]) -> str | None:
    """The claim's act of the past that the item says only after a word of asking or planning
    ("requested that case studies be presented at a future meeting"), never as done; None where the
    claim names no such act, or the item never says it, or says it as done."""
    acts = [found["act"] for found in _ACT.finditer(claim_text)]
    for act in acts:
        if any(act.capitalize() in text for text in item_texts):
            continue  # "Ofsted": a name the record writes with a capital, not a verb
        wanted = stem(act)
        governed = [
            bool(_NOT_DONE.search(" ".join(words[max(0, at - _BEFORE) : at])))
            for words in (tokens(fold(text)) for text in item_texts)
            for at, word in enumerate(words)
            if stem(word) == wanted
        ]
        if governed and all(governed):
            return act
    return None
