"""Whether the holder of a post goes unnamed: a fact of the record's structure (a role fact with no
person, whose quote says so), read the same way for a question ("has the adviser been named?") and
a claim ("the notice named the adviser").
"""

from __future__ import annotations

import re

from trafford_timeline.claims.event_bag import with_event
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.matching import MATCH, cite, coverage_of, ranked
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.verdicts import ClaimCheck, Evidence, unique
from trafford_timeline.record.model import RoleFact

NAMING = re.compile(r"\b(?:name|names|named|naming|identify|identifies|identified|identifying)\b")
UNNAMED = re.compile(
    r"\b(?:unnamed|unidentified|nameless|(?:not|never) (?:yet )?(?:been )?(?:named|identified)"
    r"|yet to be (?:named|identified))\b",
    re.IGNORECASE,
)
"""A quote saying a post's holder goes unnamed: "the unnamed adviser", "who has not been named".
`NAMING` is the frame of the question or claim, so a record that never writes "identified" still
speaks to it."""


NAMED_IN = re.compile(
    r"\b(?:name|names|named|identify|identifies|identified) (?:[a-z'’-]+ )?in (?:the|its|their|an?) "
    r"(?:[a-z'’-]+ )?(?P<where>announcement|statement|report|notice|letter|article|release|minutes|story)\b"
)
"""`Was the adviser named in the announcement?`: the piece the naming would be in, as the record's
quote that says the holder goes unnamed is in a piece of its own; not what the role is about."""


def unnamed_roles(rest: Reading, index: ClaimIndex) -> list[tuple[RoleFact, Evidence]] | None:
    """The role facts with no person, well matched by `rest` (the text without its words of naming;
    a role's post and organisation count), whose quote says the holder goes unnamed; None where the
    record names anyone for a matching role, which is then not for this reading to say."""
    unnamed: list[tuple[RoleFact, Evidence]] = []
    for match in ranked(rest, index, lambda d: isinstance(d.item, RoleFact)):
        fact = match.document.item
        assert isinstance(fact, RoleFact)
        post = set(read_text(f"{fact.role} {fact.organisation}", index.glossary, index.vocabulary).terms)
        covered, missing = coverage_of(rest, with_event(match.document, index) | post, index)
        if covered < MATCH or set(missing) & index.actors:
            continue  # a post the text does not name ("the Education Secretary" for "its adviser")
        if fact.person is not None:
            return None
        said = [c for c in fact.citations if UNNAMED.search(c.quote)]
        if said:
            unnamed.append((fact, cite(fact.id, said[0])))
    return unnamed


_NOT_NAMING = re.compile(
    r"\b(?:not|never|n't|without|declined to|refused to|yet to|no one|nobody|unable to)\s+(?:\w+\s+){0,2}"
    r"(?:name|names|named|naming|identify|identifies|identified|identifying)\b"
)


def check_named_holder(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """`The notice named the adviser`: a claim that someone was named for a post the record holds with
    no person, and whose quote says the holder goes unnamed, is contradicted, whatever else matches
    its words. A claim that denies the naming, or one about a post anyone holds, is left alone."""
    folded = fold(claim)
    if not NAMING.search(folded) or _NOT_NAMING.search(folded):
        return None
    words = NAMING.findall(folded) + [found["where"] for found in NAMED_IN.finditer(folded)]
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(words))) + r")\b")
    rest = read_text(pattern.sub(" ", folded), index.glossary, index.vocabulary)
    if not rest.terms or not (unnamed := unnamed_roles(rest, index)):
        return None
    held = unnamed[0][0].id
    reason = f"the record holds {held} with no person, and its quote says the holder is unnamed"
    return ClaimCheck(claim, "contradicted", reason, unique([evidence for _, evidence in unnamed]))
