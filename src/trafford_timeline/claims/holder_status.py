"""Whether a post is said to be held permanently or on an interim basis, as the record says it was.

`permanent` and `interim` (`acting`, `temporary`) are opposite attributes of whoever holds a post:
"the permanent director of children's services" is not the Interim Director the record names,
though the same item's "preference for permanent staff" says the word. Each status word is read
with the post it stands before, so a status said of something else (`a permanent appointment`, `an
interim basis`) counts for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trafford_timeline.claims.index import START, ClaimIndex, Document, own_text
from trafford_timeline.claims.language import fold, stem
from trafford_timeline.claims.mentions import DateMention, find_dates
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.record.model import RoleFact, StatementFact

_STATUS = re.compile(
    r"\b(?P<status>permanent|permanently appointed|substantive|interim|acting|temporary|caretaker)"
    r"(?:,?\s+(?:and\s+)?(?:part|full)[- ]time)?,?\s+"
)
"""A status word before what it qualifies (`an interim, part-time chief executive`)."""

PERMANENT = frozenset({"permanent", "permanently appointed", "substantive"})
POST_REACH = 6
"""How many words after a status word are read for the post it qualifies."""

THROUGHOUT = re.compile(
    r"\b(?:throughout|all through|all of|the whole of|the entire|for the whole of|all year)\s+(?:the\s+)?$"
)
"""What a claim puts before a period to say a state held for all of it (`throughout 2018`)."""


def statuses(text: str, index: ClaimIndex) -> dict[str, set[str]]:
    """Each post a text qualifies, with `permanent` or `interim` for how it says the post is held.
    A post is one of the record's roles (`index.actors`), read as the first term after the word."""
    found: dict[str, set[str]] = {}
    folded = fold(text)
    for match in _STATUS.finditer(folded):
        after = " ".join(folded[match.end() :].split()[:POST_REACH])
        terms = read_text(after, index.glossary, index.vocabulary).terms
        if terms and terms[0] in index.actors:
            found.setdefault(terms[0], set()).add(_held(match["status"]))
    return found


_STATUS_TERMS = frozenset(stem(word) for words in PERMANENT for word in words.split())
"""The terms a claim's `permanent` is read as, which the record's `interim` denies."""


def status_of_another_time(differing: set[str], claim: Reading, document: Document) -> bool:
    """Whether the only thing a claim and an item disagree on is how a post was held, and the item
    speaks of another time or holder: the Interim Director a committee heard in 2019 says nothing of
    whether a new director who took office in 2022 was permanent. The claim dates it
    where the item is not, or tells of a holder's start that the item never mentions."""
    if not differing or not differing <= _STATUS_TERMS:
        return False
    if START in claim.terms and START not in document.bag:
        return True
    dated = [mention for mention in claim.dates if mention.span is not None]
    return (
        bool(dated)
        and bool(document.dates)
        and not any(mention.overlaps(span) for mention in dated for span in document.dates)
    )


def _held(status: str) -> str:
    return "permanent" if status in PERMANENT else "interim"


def item_texts(document: Document) -> Iterable[str]:
    """The texts an item says its things in: its own text, its quotes, a role and a speaker."""
    item = document.item
    yield own_text(item)
    yield from (citation.quote for citation in item.citations)
    if isinstance(item, RoleFact):
        yield item.role
    if isinstance(item, StatementFact):
        yield item.speaker


def status_against(
    claimed: dict[str, set[str]],
    text: str,
    dates: Iterable[DateMention],
    document: Document,
    index: ClaimIndex,
    sentence: str = "",
) -> tuple[str, bool] | None:
    """What the item says against how the claim says a post was held, and whether it decides.

    The item must give the post only the other status, and the claim must not speak of that status
    itself (a claim of both tells of a change, not of one status). It decides where the claim gives no date,
    or a date no wider than the item's; where the item's date lies inside a longer period the claim
    names (`in 2018` against an interim from July 2018) the status may have changed within it, so it
    decides only a claim that the status held `throughout` that period. A claim dated where the item
    is not says nothing of the item's time. The whole `sentence` the item's quote comes from, where it
    lends the claim words, speaks for the item too."""
    said: dict[str, set[str]] = {}
    for own in (*item_texts(document), sentence):
        for post, held in statuses(own, index).items():
            said.setdefault(post, set()).update(held)
    spoken = {_held(match["status"]) for match in _STATUS.finditer(fold(text))}
    for post, held in claimed.items():
        other = said.get(post, set())
        if len(held) != 1 or not other or held <= other or not held >= spoken:
            continue  # "before the permanent chief executive, the post was covered on an interim basis"
        post_word = post.removeprefix("concept:").replace("-", " ")
        wording = f"the claim says the {post_word} was {min(held)}; the record says {min(other)}"
        dated = [mention for mention in dates if mention.span is not None]
        if not dated or not document.dates:
            return wording, True
        spans = [(mention, span) for mention in dated for span in document.dates if mention.overlaps(span)]
        if not spans:
            return None
        wider = any(mention.covers(span) and not mention.within(span) for mention, span in spans)
        if not wider:
            return wording, True
        folded = fold(text)
        return wording, any(
            THROUGHOUT.search(folded[: mention.start]) and mention.span == claimed_at.span
            for mention in find_dates(folded)
            for claimed_at, _ in spans
        )
    return None
