"""What a claim says someone reported, against what the record says they reported: a grade.

"The managers had assured the board that practice was now outstanding" reports a saying; its grade
is the sayer's, not the record's. An item that holds the record's own grade (the service was rated
inadequate) matches the words and the grade, yet says nothing of what was reported. An item that has
the same sayer report a grade of the same thing ("reports to leaders stated that most practice was
good", "senior leaders made clear that they believed services remained good") decides it: where
that grade is another, or the claim's grade is one the report affirms and the claim denies (`was
poor`, read as *not good*), the sayer reported otherwise.

The sayer is read as the words just before the item's verb of saying, back to an earlier such verb
("Ofsted said senior leaders made clear that ..." has senior leaders, not Ofsted, make it clear).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.index import ROLE_CONTEXT
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import Reading, Vocabulary, read_text

_REPORTING = (
    r"(?:told|tells|tell|said|says|stated|states|state|warned|warns|reported|reports|claimed|claims|"
    r"insisted|insists|assured|assures|informed|informs|made clear|make clear|makes clear)"
)
_SAID_THAT = re.compile(
    rf"\b(?P<verb>{_REPORTING})\b(?P<between>(?:(?!\b{_REPORTING}\b)[^.;:!?]){{0,60}}?)\s+that\s+"
    r"(?P<content>[^.;:!?]+)"
)
"""A verb of saying, at most a recipient and a time after it (`told inspectors at the outset`), and
what was said after `that`; the verb nearest `that`, so that "reports to leaders had warned that" is
the warning, not the reports."""
_TURN = re.compile(r",? but |, although |, though |, while |, whereas |, which |, and (?:this|that|it) ")
"""Where what was said ends and the text turns to another statement ("was good, but this was
based on ineffective quality assurance")."""
_EARLIER = re.compile(r".*\b(?:told|said|stated|warned|claimed|insisted|assured|informed|made clear)\b\s*")
"""An earlier verb of saying, in a form no noun shares (`reports` and `claims` may be the sayer)."""
_SAYER_WORDS = 8
"""The most words before the verb of saying read as its sayer."""
_GRADE = "grade:"


def _sayer(before: str) -> str:
    """The words before a verb of saying that name who said it: back to an earlier verb of saying,
    at most `_SAYER_WORDS`, and within the clause."""
    clause = re.split(r"[,;:()\"“”]", _EARLIER.sub("", before))[-1]
    return " ".join(clause.split()[-_SAYER_WORDS:])


def _reports(text: str) -> Iterable[tuple[str, str]]:
    """Each sayer and what they are said to have said, in one text."""
    folded = fold(text)
    for found in _SAID_THAT.finditer(folded):
        yield _sayer(folded[: found.start()]), _TURN.split(found["content"])[0]


def reports_saying(claim: str) -> bool:
    """Whether a claim reports what someone said (`told inspectors that ...`): only then are items
    read for it."""
    return _SAID_THAT.search(fold(claim)) is not None


def _stance(reading: Reading) -> tuple[frozenset[str], frozenset[str]]:
    """The grades a reading affirms and those it denies (`poor` is *not good*)."""
    grades = {term for term in reading.terms if term.startswith(_GRADE)}
    denied = {term for term in grades if reading.negations_of(frozenset({term}))}
    return frozenset(grades - denied), frozenset(denied)


def _subject(reading: Reading) -> frozenset[str]:
    return frozenset(term for term in reading.terms if not term.startswith(_GRADE)) - ROLE_CONTEXT


def reported_otherwise(
    claim: str, texts: Iterable[str], glossary: Glossary, vocabulary: Vocabulary | None = None
) -> tuple[str, str] | None:
    """What the claim reports and what one of `texts` has the same sayer report of the same thing,
    where the two grades differ or one affirms the grade the other denies; None otherwise."""
    reports = list(_reports(claim))
    if len(reports) != 1:
        return None
    ((claimed_sayer, claimed),) = reports
    sayer = _subject(read_text(claimed_sayer, glossary, vocabulary))
    content = read_text(claimed, glossary, vocabulary)
    affirmed, denied = _stance(content)
    if not sayer or not (affirmed or denied):
        return None
    for text in texts:
        for said_by, said in _reports(text):
            if not sayer & _subject(read_text(said_by, glossary, vocabulary)):
                continue
            reading = read_text(said, glossary, vocabulary)
            if not _subject(content) & _subject(reading):
                continue
            own, own_denied = _stance(reading)
            if (affirmed and own and not affirmed & own) or affirmed & own_denied or denied & own:
                return claimed, said
    return None
