"""A speaker's hedge on what they assert: "As I understand it, X", "My understanding is that X",
"Chair, I understand X", "We were told tonight that X", "As members heard, X", "I note X"; and a
closing word of agreement: "X, even the inspectors accepted", "X - the council says so", "X; the
report said as much".

Such an opening says how sure the speaker is, not who said X or what X is, so the claim is X: the
record decides it as it decides X. Left in, its word `understand` is read as a word of the matter
and may match an item about someone's understanding, or leave X unsupported for want of it. An
opening that says how X came to the speaker (`we were told`) lets the record support X for the
claim, never deny it (`check_hedged`). A closing clause whose verb of conceding or saying has no
object of its own but X (`accepted`, `says so`, `said as much`) only adds that someone grants X: X
supported supports the claim, as above. A closing clause with an object of its own (`X, the council
said in May`) or a verb of finding (`X, inspectors found`) is not such a clause, and is read with
the claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trafford_timeline.claims.glossary import CONCEPT
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.verdicts import ClaimCheck

_CHAIR = r"(?:(?:madam\s+|mr\.?\s+)?chair(?:man|woman|person)?\s*,\s*)?"
"""`Chair, ...`: the speaker addressing the meeting, before or after the hedge."""
_TOLD = (
    r"(?:i|we)\s+(?:note|noted|gather|heard|hear|(?:were|was|have\s+been|are|am)\s+told)"
    r"(?:\s+(?:tonight|today|this\s+evening|this\s+morning))?"
    r"(?!\s+(?:from|about|of|by|at|in|on|with|to|for|no|nothing|nobody|none|otherwise)\b)"
)
"""`I note`, `we were told tonight`: the speaker saying how X came to them, not who said X or what it is;
not where more follows of the telling itself (`we heard from officers`, `we were told nothing`)."""
_HEDGE = re.compile(
    rf"^{_CHAIR}(?:as\s+(?:i|we)\s+understand\s+it|(?:my|our)\s+understanding\s+is"
    rf"|(?:i|we)\s+understand|as\s+far\s+as\s+(?:i|we)\s+(?:know|understand))(?:\s*,?\s*that\b)?\s*,?\s*"
    rf"{_CHAIR}",
    re.IGNORECASE,
)
_AS_TOLD = (
    r"as\s+(?:i|we|members|councillors|the\s+committee)\s+(?:heard|have\s+heard|(?:were|was|have\s+been)\s+told)"
    r"(?:\s+(?:tonight|today|this\s+evening|this\s+morning|earlier))?\s*,"
)
"""`As members heard this evening, X`: how X came to the meeting, set off by a comma, as `we were told`."""
_TOLD_HEDGE = re.compile(
    rf"^{_CHAIR}(?:{_AS_TOLD}|{_TOLD}(?:\s*,?\s*that\b)?\s*,?)\s*{_CHAIR}", re.IGNORECASE
)
_TAG = re.compile(r",?\s*(?:is\s+that\s+(?:right|correct)|am\s+i\s+right)\s*\?\s*$", re.IGNORECASE)
"""`..., is that right?`: the hedged speaker asking to be confirmed, which adds nothing to X."""


def unhedged(claim: str, hedge: re.Pattern[str] = _HEDGE) -> tuple[str, str] | None:
    """The claim without the speaker's hedge, and the hedge; None where it opens with none or too
    little is left to be a claim."""
    found = hedge.search(claim.strip())
    if found is None:
        return None
    rest = _TAG.sub(".", claim.strip()[found.end() :]).strip()
    if len(rest.split()) < 3:
        return None
    return rest[:1].upper() + rest[1:], " ".join(found.group(0).split()).strip(" ,")


_WORD = r"[^\W\d][\w'\u2019]*"
_CONCEDING = r"(?:accept(?:s|ed)?|admit(?:s|ted)?|acknowledge[sd]?|concede[sd]?|agree[sd]?|grant(?:s|ed)?)"
_AGREED = re.compile(
    rf"\s*(?:,|;|\s[-\u2013\u2014])\s*(?P<frame>(?P<who>(?:even\s+)?(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})"
    rf"\s+(?:{_CONCEDING}(?:\s+(?:so|as\s+much|it))?|(?:says|said|say)\s+(?:so|as\s+much))"
    r"(?:\s+(?:themselves|itself|himself|herself))?)\s*[.!]*\s*$",
    re.IGNORECASE,
)
"""`X, even the inspectors accepted`, `X - the council says so`: a closing clause of up to three
words for who grants X, and a verb of conceding with no object but perhaps `so`, `as much` or `it`
for X, or a verb of saying with `so` or `as much` for X; then perhaps `themselves`."""

_NOT_GRANTER_LIST = """
not never no nobody none hardly barely rarely
and but or nor which who that when while after before because as if until once since
"""
_NOT_GRANTER = frozenset(_NOT_GRANTER_LIST.split())
"""Words that cannot be among the words of who grants X: a denial (`X, the council never accepted`)
turns the agreement round, and a conjunction (`..., and leaders agreed`) opens a clause of its own."""


_AGREED_THAT = re.compile(
    rf"^(?P<frame>(?P<who>(?:even\s+)?(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})\s+{_CONCEDING}\s+that)\s+",
    re.IGNORECASE,
)
"""`Even Ofsted accepted that X`: the same agreement, opening the claim; read so only after `even`,
which makes X the point, where `the council admitted that X` claims the admission itself."""


def unframed(claim: str) -> tuple[str, str] | None:
    """The claim without a clause of agreement (`..., even Ofsted accepted`, `Even Ofsted accepted
    that ...`), and the clause; None where it has none, the clause denies, or too little is left to
    be a claim."""
    text = claim.strip()
    closing = _AGREED.search(text)
    opening = _AGREED_THAT.match(text)
    if opening is not None and not opening["who"].casefold().startswith("even "):
        opening = None  # `the council admitted that X` claims the admission: only `even` makes X the point
    found = closing or opening
    if found is None or not _NOT_GRANTER.isdisjoint(found["who"].casefold().split()):
        return None
    rest = text[: found.start()].strip() + "." if closing else text[found.end() :].strip()
    if len(rest.split()) < 3:
        return None
    return rest[:1].upper() + rest[1:], " ".join(found["frame"].split())


_GRANTER = re.compile(rf"^(?P<who>.*?)\s+(?:{_CONCEDING}|says|said|say)\b", re.IGNORECASE)
"""The words for who grants X in a clause of agreement: those before its verb."""


def grants(frame: str, index: ClaimIndex) -> bool:
    """Whether the one a clause of agreement says grants X is a body or a person (`even Ofsted
    accepted`, `the report said as much`, `Cllr Weston admitted that`, `they agreed`), not a thing
    that might have said otherwise (`the self-assessment acknowledged that`): a body granting X is
    told by X supported, while what a document acknowledged is a claim of its own."""
    found = _GRANTER.match(frame)
    if found is None:
        return False
    terms = read_text(found["who"], index.glossary, index.vocabulary).terms
    if not terms:
        return True
    head = terms[-1]
    return head.startswith(CONCEPT) or any(head in person.name for person in index.people)


def check_hedged(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """The verdict on the claim the hedge opens, given for the whole claim; None without a hedge.
    Where the speaker only reports being told X (`we were told`) or that someone grants it (`even
    Ofsted accepted`), X supported supports the claim, and otherwise the claim is read whole: the
    record denying X does not deny that someone told it or granted it."""
    cut = unhedged(claim)
    agreed = unframed(claim)
    if agreed is not None and not grants(agreed[1], index):
        agreed = None
    told = None if cut is not None else unhedged(claim, _TOLD_HEDGE) or agreed
    rest, hedge = cut or told or ("", "")
    if not rest:
        return None
    again = check(rest, index)
    if told is not None and again.verdict != "supported":
        return None
    return replace(again, claim=claim, explanation=f"{again.explanation}; {hedge!r} only hedges it")
