"""A claim that gives an act to one doer alone, against an item that leaves it open to another.

"The review could only be carried out by the inspectorate" (or "by the council alone", "solely by",
"only the council could ...") says that no one else may do it. An item that gives the same act to
"the council or another party the department agrees" names a second doer the claim rules out, so it
denies the claim, though it holds every other word of it; without the bound the claim would be true
of one of the doers the item names, and nothing here reads it then.
"""

from __future__ import annotations

import re

_DOER = r"(?:the |its |their )?(?P<doer>[\w'’-]+(?: [\w'’-]+){0,3}?)"
_MODAL = r"(?:could|can|may|might|would|will|should|must)"
_SOLE = (
    re.compile(rf"\b(?:only|solely|exclusively) (?:be |been |being )?(?:[a-z]+ ){{0,2}}?by {_DOER}"
               r"(?= (?:itself|alone|only)\b|\s*[,;.!?]|\s*$)", re.IGNORECASE),
    re.compile(rf"\bby {_DOER} (?:alone|only|and no one else|and nobody else)\b", re.IGNORECASE),
    re.compile(rf"(?:^|[,;] )(?:only|no one but|nobody but) {_DOER} {_MODAL}\b", re.IGNORECASE),
    re.compile(rf"(?:^|[,;] ){_DOER} alone {_MODAL}\b", re.IGNORECASE),
)  # fmt: skip
"""`only be conducted by X`, `solely by X`, `by X alone`, `only X could`, `X alone may`: X said to be
the one doer of the act. The by-phrase ends at the clause's end or at `itself`/`alone`, so that a
phrase going on (`only by X in June`) names no more than it says."""

_AGENT = re.compile(r"\bby (?P<agent>[^,;.!?()]+)", re.IGNORECASE)
"""`to be conducted by Trafford or another party agreed by the DfE`: the doer a passive act names."""
_ALTERNATIVE = re.compile(r"\bor (?:an)?other\b|\bor (?:the |a |an )?[a-z]", re.IGNORECASE)
"""`X or another party`, `X or Y`: a by-phrase that leaves the act to either of two doers."""
_MONTH = r"(?:early |mid-?|late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_WHEN = re.compile(rf"(?:\d|the end\b|the start\b|{_MONTH})", re.IGNORECASE)
"""`by August or September`, `by 2020`: a by-phrase of time, a deadline, not a doer."""


def sole_doer(claim: str) -> str | None:
    """The doer a claim gives an act to alone, or None where it bounds no doer."""
    text = claim.strip()
    for pattern in _SOLE:
        if (found := pattern.search(text)) is not None:
            return None if " or " in f" {found['doer']} " else found["doer"]
    return None


def other_doer_allowed(texts: list[str]) -> str | None:
    """The by-phrase of one of an item's texts that names alternative doers (`by the council
    or another party`): the act is open to more than one, whoever the claim names alone."""
    for text in texts:
        for found in _AGENT.finditer(text):
            agent = found["agent"].strip()
            if _WHEN.match(agent) is None and _ALTERNATIVE.search(agent) is not None:
                return f"by {agent}"
    return None
