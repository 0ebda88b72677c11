"""A date a claim gives as where a state began, or as a condition's deadline, not as its thing's date.

"Services had declined since the 2015 inspection" dates the start of the decline; the report that
says so is dated years later, and that later date is no contradiction of the claim's year: the
decline ran from then until it was reported. "She would resign if services had not improved by
2020" dates the condition, which the record may never speak of, not the statement that sets it.
A deadline ("due by August 2020") is no event's date either: an item dated before it may set it or
work towards it. Each such date, set against an item's own date, is a gap in what the record says,
never a conflict; so is a date set against the date of another post than the one the claim names.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex, Document
from trafford_timeline.claims.mentions import DateMention
from trafford_timeline.claims.reading import Reading
from trafford_timeline.dates import DateSpan

_SINCE = re.compile(r"\b(?:ever\s+)?since\s+(?:[a-z'’-]+\s+){0,4}?$")
"""`since 2015`, `since the 2015 inspection`, `since the last inspection in 2015`: a few words of one
clause (no punctuation between) from "since" to the date."""
_FROM = re.compile(r"\bfrom\s+(?:[a-z'’-]+\s+){1,3}?(?:in|back in)\s+$")
"""`from 'good' in 2015`, `from good back in 2015`: the date of the state a change set out from."""
_TO = re.compile(r"^[\s)'’\"”]*to\s")
"""`... to 'inadequate' now`: the change's end follows the date, in the same clause."""
_DEADLINE = re.compile(
    r"\b(?:by|no later than|deadline(?: of)?|due(?: by| in)?)\s+(?:the\s+(?:end|start)\s+of\s+)?$"
)
"""`due by August 2020`, `a deadline of August 2020`: the date by which something is to be done."""
_CONDITION = re.compile(r"\b(?:if|unless|provided|providing|as long as)\b[^,.;:]*$")
"""`if services did not improve by 2020`: a condition opened in the same clause before the date."""


def said_as_start(mention: DateMention, text: str, own: DateSpan | None) -> bool:
    """Whether the claim gives this date as where a state began (`since ...`), before the item's own
    date: a state reported later that began then. A month without a year may be the one before any
    date."""
    if own is None or not text:
        return False
    before = text[max(0, mention.start - 60) : mention.start].lower()
    if mention.span is None:  # "since February": a February of the item's year, or of one before it
        return mention.text.startswith("since ") or _SINCE.search(before) is not None
    if mention.span.last >= own.first:
        return False
    if _SINCE.search(before) is not None:
        return True
    after = text[mention.end : mention.end + 20].lower()
    return _FROM.search(before.replace('"', "'")) is not None and _TO.match(after) is not None


def said_in_condition(mention: DateMention, text: str) -> bool:
    """Whether the date is a condition's (`if ... by 2020`), not the date of what the claim says."""
    if not text:
        return False
    before = text[max(0, mention.start - 80) : mention.start].lower()
    return _CONDITION.search(before) is not None


def said_as_deadline(mention: DateMention, text: str, own: DateSpan | None) -> bool:
    """Whether the claim gives this date as a deadline ("implementation due by August 2020") and the
    item is dated before it ends: what sets a deadline, or works towards it, comes before it. The
    caller asks this only where the record dates something else to the deadline."""
    if own is None or mention.span is None or not text or own.first > mention.span.last:
        return False
    return _DEADLINE.search(text[max(0, mention.start - 40) : mention.start].lower()) is not None


def another_post_dated(claim: Reading, document: Document, index: ClaimIndex) -> bool:
    """Whether the item dates a post other than the one the claim names, and not the claim's: "the
    interim director of children's services took up the post in January" set against the date the
    chief executive started. A claim that names its holder is left to the checks of people's titles."""
    posts = index.post_sides.keys()
    named = {term for term in claim.terms if term in posts} - document.bag
    others = (document.bag & posts) - set(claim.terms)
    holders = any(person.name <= set(claim.terms) for person in index.people)
    return bool(named and others) and not holders
