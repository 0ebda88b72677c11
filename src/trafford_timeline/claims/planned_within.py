"""Claims that bound how soon a planned thing is to happen, against the length the record states for it.

The record states some plans with their own length ("Ofsted returns for a monitoring visit within
six months"), not a date. A claim that reports the plan with a length ("Ofsted would be back within
a year") reports what was said: the same length is supported, another length is contradicted. A
claim that denies it would happen for at least a length ("Ofsted won't be back for at least a year",
"not expected back until at least a year after the report") is contradicted where the record's
plan is to happen within that length or sooner; a longer stated length leaves it open.

The claim's other words must all be the planned event's own, less the words that frame it (who
heard it, that it was expected or due) and an ordinal ("the first visit"), which only says which
of a series, the next one, which is the one a stated length is of.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.relations import COUNT_OF_UNITS, days_of, plain_lengths
from trafford_timeline.claims.verdicts import ClaimCheck, Verdict, cite, unique
from trafford_timeline.record.model import Event

ORDINAL = re.compile(r"\b(?:first|next|initial)\b")
"""`the first monitoring visit`: which of a series, the next one, which a stated length is of."""
FRAME = re.compile(r"\b(?:expected|due|set|scheduled|planned|supposed|going) to\b|\bexpected\b")
"""`was Ofsted expected to return`: the plan is the frame; the return is what is said of it."""
STATED_WITHIN = re.compile(
    r"\bwithin (?:the next |a |an )?(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|a few|several) (?P<unit>days?|weeks?|fortnights?|months?|years?)\b"
)
"""A length stated as how soon: "within six months"."""

_WITHIN = re.compile(rf"\b(?:within|inside)\s+(?:the\s+next\s+)?{COUNT_OF_UNITS}\b")
_AT_LEAST = re.compile(
    rf"\b(?:for|until|till|before)\s+(?:at\s+least|a\s+minimum\s+of|more\s+than|over|well\s+over)\s+"
    rf"{COUNT_OF_UNITS}\b(?:\s+(?:after|from|following|of)\s+[^,;]+)?"
)
"""`for at least a year`, `until at least a year after the report`: a bound below which it is denied."""
_DONE = re.compile(r"\b(?:returned|came back|revisited|visited|was back|were back|got back|carried out)\b")
_PLANNED = re.compile(
    r"\b(?:would|will|won't|wont|wouldn't|shall|should|expect|expected|due|planned|scheduled|set|going|to)\b|'ll\b"
)
"""`Ofsted returned within six months` says it happened, which a plan does not; `would`, `was due
to`, `will` before the verb keep it a plan."""
_DENIED = re.compile(r"\b(?:not|never|no)\b|n't\b")
_RETURNING = re.compile(r"\b(?:back|return|returns|returned|returning|revisit|revisits|visit|visits)\b")
"""What the plan is said to be: a coming back or a visit."""
_COMING_BACK = re.compile(
    r"\b(?:(?:come|comes|coming|came|be|get|is|are|was|were)\s+)?back\b|\brevisit(?:s|ed|ing)?\b"
)
"""`come back`, `be back`, `revisit`: a return, in the record's word for it."""
_DUE = re.compile(r"\bdue\b|\b(?:to )?expect(?:s|ing)?\b")
"""`due back`, `told to expect a visit`: the plan, as `expected` is."""
_HEARD = re.compile(
    r"^as (?:i|we) understand it,?\s+|"
    r"^(?:[\w' ]{1,40}?\s+)?(?:heard|were told|was told|had been told|have been told|learned|learnt)"
    r"(?:\s+that)?\s+|,\s*[\w' ]{1,40}?\s+(?:were|was|had been)\s+told$"
)
"""`councillors heard that ...`, `..., members were told`, `as I understand it, ...`: who heard it,
which the plan need not say."""


def check_planned_within(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """A claimed bound on how soon a planned thing happens, compared with the length the record
    states for that plan; None where the claim states no such bound or is not of one such plan."""
    folded = plain_lengths(fold(claim)).rstrip(".!?")
    denied = _DENIED.search(folded) is not None
    bound = _AT_LEAST.search(folded) if denied else _WITHIN.search(folded)
    if bound is None or _RETURNING.search(folded) is None:
        return None
    done = _DONE.search(folded)
    if done is not None and _PLANNED.search(folded[: done.start()]) is None:
        return None  # said to have happened: more than the plan says, for the checks of plans
    said = days_of(bound["n"], bound["u"])
    rest = _HEARD.sub(" ", f"{folded[: bound.start()]} {folded[bound.end() :]}")
    rest = _COMING_BACK.sub(" return ", rest)
    rest = _DUE.sub(" ", FRAME.sub(" ", ORDINAL.sub(" ", rest)))
    reading = read_text(rest, index.glossary, index.vocabulary, correct=True)
    terms = {t for t in reading.terms if t not in index.glossary.implied}
    if not terms:
        return None
    plans = [
        (document.item, stated)
        for document in index.documents
        if isinstance(document.item, Event)
        and document.item.status == "planned"
        and (stated := stated_length(document.item)) is not None
        and terms <= document.bag
    ]
    if len(plans) != 1:
        return None
    event, (wording, length) = plans[0]
    claimed = folded[bound.start() : bound.end()]
    evidence = [cite(event.id, c, 1.0) for c in event.citations[:2]]
    if denied and length > said:  # "not for at least a month" of a plan within six months
        explanation = f"the claim says {claimed!r}, and the record says only {wording!r} [{event.id}]"
        return ClaimCheck(claim, "not_found", explanation, related=unique(evidence, 3))
    verdict: Verdict = "contradicted" if denied or length != said else "supported"
    said_by = "the record says" if verdict == "supported" else "but the record says"
    explanation = f"the claim says {claimed!r}; {said_by} {wording!r}: {event.title} [{event.id}]"
    return ClaimCheck(claim, verdict, explanation, unique(evidence))


def stated_length(event: Event) -> tuple[str, float] | None:
    """The one length within which the record says a plan is to happen, with its words, or None."""
    texts = [fold(c.quote) for c in event.citations]
    if event.date_basis is not None and event.date_basis.wording:
        texts.append(fold(event.date_basis.wording))
    found = {" ".join(m[0].split()): days_of(m["n"], m["unit"].rstrip("s")) for t in texts
             for m in STATED_WITHIN.finditer(t)}  # fmt: skip
    if len(set(found.values())) != 1:
        return None
    return next(iter(found.items()))
