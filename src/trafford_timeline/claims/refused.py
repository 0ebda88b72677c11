"""A yes/no question about an act someone declined: "Did the council comment further?" is "no" where
the record says the council declined to comment further.

A refusal ("declined to comment", "refused any further comment") states that an act did not happen,
in words that share only the act with the question: read as a claim, "the council commented
further" finds the item but not its denial, and so neither yes nor no. Here the refused act is read
out of the quote, and the question is answered "no" when it asks whether the one who refused did
that very act, about what the item (with its event) is about. A refusal of a further act says
nothing of the first one ("did the council comment?" may be yes: it had said something before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.event_bag import with_event
from trafford_timeline.claims.index import ClaimIndex, Document, own_text
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import MATCH_TEXT, Answer, answered, cite, coverage_of, ranked
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.requested import only_requested as requested_only
from trafford_timeline.claims.verdicts import Evidence
from trafford_timeline.record.model import Citation, Event, Fact

_REFUSAL = re.compile(
    r"\b(?:declined|declines|refused|refuses|would not|wouldn't|was unwilling|were unwilling)"
    r"(?: to)?(?: (?:give|make|offer|provide|say|add))?(?: any)?(?P<before> further)? "
    r"(?P<act>[a-z]+)(?P<after> further)?\b"
)
"""A refusal and the act refused: "declined to further comment", "refused any further comment"."""
_ASKS_DONE = re.compile(r"^(?:did|does|do|has|have|had|will|would)\b")
"""`Did the council comment...?` asks whether an act was done; `Was the council asked...?` does not."""
_DENIED = re.compile(r"\b(?:not|never|no|declined?|refused?|refuse)\b|n't\b")
_MORE = frozenset({"further", "more", "again", "additional", "another"})
"""Words that ask about an act beyond one already done: only a refusal of a further act answers."""
_REFUSED_ON = re.compile(r"\s+(?:on|about|over|regarding|concerning) (?P<matter>[^.;]+)")
"""What the quote says the refusal was about ("declined to further comment on the DfE's
announcement"): only that matter, as the item and its event's title name it, not everything the
event's quotes hold ("after Ofsted downgraded the service"), was refused."""
_ASKED_WHEN = re.compile(
    r"\b(?:when|after|once|as) (?:[a-z'’-]+ ){0,4}?(?:asked|approached|contacted|pressed|invited|questioned)"
    r"(?: (?:it|them|him|her))?(?: (?:about|on|over|regarding|for|to))?\b"
)
"""`Did the council comment further when the magazine asked about the announcement?`: the time clause
names the request the refusal answered, and who made it; only what it was about (`the announcement`)
is the matter the refusal's item must be about."""
_OFFERING = frozenset(stem(w) for w in ("give", "make", "offer", "provide", "issue", "say", "add", "any"))
"""Light verbs a question may put an act in ("give any further comment"): not what the item is about."""


def _about_event(document: Document, index: ClaimIndex) -> frozenset[str]:
    """The terms of the event a fact is filed under, by its title only: what the act refused was
    about ("the DfE's announcement" of an adviser), not every word the event's quotes hold."""
    event = getattr(document.item, "event", None)
    if isinstance(event, str) and event in index.numbers:
        return frozenset(read_text(own_text(index.document_of(event).item), index.glossary).terms)
    return frozenset()


def _refusals(item: Event | Fact) -> list[tuple[Citation, re.Match[str]]]:
    found = []
    for citation in item.citations:
        for refusal in _REFUSAL.finditer(fold(citation.quote)):
            found.append((citation, refusal))
    return found


def _refuser(quote: str, refusal: re.Match[str], item: Event | Fact) -> str:
    """Who refused, as the quote and the item's own text put it: the words before the refusal."""
    before = fold(quote)[: refusal.start()]
    own = fold(getattr(item, "text", "") or "")
    own_refusal = _REFUSAL.search(own)
    return f"{before} {own[: own_refusal.start()] if own_refusal else ''}"


def answer_refused(question: Question, index: ClaimIndex) -> Answer | None:
    """ "no", with the quote of the refusal, where the question asks whether the one who refused did the
    refused act; None where no refusal in the record answers it."""
    folded = question.folded
    if question.form != "yes_no" or not _ASKS_DONE.match(folded) or _DENIED.search(folded):
        return None
    words = tokens(folded)
    stems = [stem(w) for w in words]
    more = bool(_MORE & set(words))
    for match in ranked(question.content, index)[:10]:
        item = match.document.item
        for citation, refusal in _refusals(item):
            act = stem(refusal["act"])
            if act not in stems[1:] or act in STOPWORDS:
                continue
            further = bool(refusal["before"] or refusal["after"])
            if further and not more:
                continue  # "declined to comment further" leaves open whether it commented at all
            at = stems.index(act, 1)
            named = [w for w in words[1:at] if w not in _MORE and stem(w) not in _OFFERING]
            subject = read_text(" ".join(named), index.glossary, index.vocabulary)
            refuser = set(read_text(_refuser(citation.quote, refusal, item), index.glossary).terms)
            if not subject.terms or not set(subject.terms) <= refuser | index.glossary.implied:
                continue  # the question must ask about the one who refused, not another
            after = tokens(_ASKED_WHEN.sub(" ", " ".join(words[at + 1 :])))
            rest = {w for w in after if w not in _MORE and stem(w) not in _OFFERING}
            about = read_text(" ".join(w for w in after if w in rest), index.glossary)
            bag = with_event(match.document, index)  # the item belongs to its event's matter
            if said_on := _REFUSED_ON.match(fold(citation.quote)[refusal.end() :]):
                refused = f"{said_on['matter']} {own_text(item)}"  # what was refused, and what it is
                bag = _about_event(match.document, index) | set(read_text(refused, index.glossary).terms)
            if about.terms and coverage_of(about, bag, index)[0] < MATCH_TEXT:
                continue
            explanation = (
                f"{item.id} says the act the question asks about was declined "
                f"({refusal.group(0)!r}): a refused act was not done"
            )
            return answered(question, "no", "no", explanation, [cite(item.id, citation)])
    return None


def only_requested(question: Question, evidence: Sequence[Evidence]) -> str | None:
    """The request, where the quotes that seem to say the question's act say only that it was asked for
    ("Did the council comment further?" against "Trafford has been approached for further comment")."""
    return requested_only(question.folded, evidence)
