"""How many, where the record gives no number but a word for a share: "most care plans are well written",
"small numbers of children were not offered...", "caseloads remain too high in some teams", "in touch with
the vast majority of its care leavers". Inspectors write amounts this way; asked "how many care plans were
well written?" or "what proportion of care leavers...", the word the record uses for the share is the answer
it has, given with the noun it counts ("most care plans"). The share word must stand before a noun the
question also names: "most" before another noun says nothing of how many of the question's things there
are. No share word that claims a whole ("all", "none", "every") is read: a denial nearby turns it ("not
all"), and the record states those as findings of their own."""

from __future__ import annotations

import re

from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import Match, cite, evidence_of
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.verdicts import Evidence

SHARE_WORD = re.compile(
    r"(?<![\w'-])(?<!not )(?<!no )"
    r"(the vast majority of|the great majority of|the majority of|a majority of|a minority of|"
    r"a small number of|small numbers of|a large number of|large numbers of|a handful of|"
    r"most|many|some|several|a few|few)"
    r"((?: [a-z][a-z'-]*){1,5})"
)
"""A share word and the words after it, in a folded quote: the noun it counts is among the next few."""
_BREAK = re.compile(r"[,.;:()]")
"""Punctuation ends the noun phrase a share word governs."""
_NOT_NOUN = frozenset({"of", "its", "their", "the", "these", "those", "our", "his", "her", "this", "that"})
"""Words that may stand between a share word and its noun without being that noun."""
_ASKS_SHARE = re.compile(
    r"\bhow many of\b|\bwhat (?:proportion|share|part|fraction) of\b"
    r"|^(?:in|for|to|with|among|across|at) how many\b"
)
"""The questions a share answers: a part of a group ("how many of its care leavers", "what proportion of
children"), or the things over which something holds ("in how many teams were caseloads high", "for how
many children did assessments fail"). A plain "how many children were in care" asks for a number, which
"some children" is not; "how many weeks" asks for a length, never a share."""
_UNITS = frozenset({"day", "week", "month", "year", "time", "hour", "pound", "percent", "minut"})


def counted_stems(question: Question) -> frozenset[str]:
    """The stems of the noun phrase the question counts: "care plans" in "how many children's care plans
    did...", "care leavers" in "what proportion of its care leavers is...", up to the first word of
    grammar (the verb that follows is a stop word, or the phrase has run three words)."""
    found = _ASKS_SHARE.search(question.folded)
    if found is None:
        return frozenset()
    counted: list[str] = []
    for word in question.folded[found.end() :].split():
        word = word.strip("?,.;:")
        if word.endswith("'s"):
            word = word[:-2]
        if not counted and word in _NOT_NOUN:
            continue
        if word in STOPWORDS or word in _NOT_NOUN or not word.isalpha() or len(counted) == 3:
            break
        counted.append(stem(word))
    return frozenset(counted)


def _said_stems(question: Question, counted: frozenset[str]) -> frozenset[str]:
    """The stems of what the question says of the things it counts: its words beyond the counted noun
    phrase and the council's own names, which every item of the record is about."""
    words = {stem(w) for w in tokens(question.folded) if w not in STOPWORDS and len(w) > 2}
    return frozenset(words - counted - _ASKING_WORDS)


_ASKING_WORDS = frozenset({stem(w) for w in ("how", "many", "proportion", "share", "part", "fraction")}) | {
    stem(w) for w in ("trafford", "council", "ofsted", "inspector", "inspectors", "according")
}


def _share_in(quote: str, counted: frozenset[str], said: frozenset[str]) -> str | None:
    """The share word with the noun phrase it governs, up to the last word the question counts by, where
    its clause (or, after a fronted "for most children,", the clause that follows) says at least half of
    what the question says of them ("some children wait too long before they come into care" does not
    count the children in care): "in touch with the vast majority of its care leavers" does not count the care
    leavers the council supports, though "support" is elsewhere in the sentence."""
    folded = fold(quote)
    for found in SHARE_WORD.finditer(folded):
        after = _BREAK.split(found[2])[0].split()
        last, unnamed = -1, 0
        for position, word in enumerate(after):
            if word in _NOT_NOUN:
                continue
            if stem(word) in counted:
                last = position
            elif last >= 0:
                break  # the noun phrase the question names has ended
            else:
                unnamed += 1
                if unnamed > 1:
                    break  # one word of its own ("most disabled children"), no more: "some good support for"
        if last < 0:
            continue
        start = max(folded.rfind(mark, 0, found.start()) for mark in ",.;:(")
        clauses = _BREAK.split(folded[start + 1 :])
        own = {stem(w) for w in tokens(clauses[0])}
        if not own & said and len(clauses) > 1:
            own = {stem(w) for w in tokens(clauses[1])}
        if len(own & said) * 2 >= len(said):  # most of it: one word ("care") may only name a place
            return " ".join([found[1], *after[: last + 1]])
    return None


def share_answer(question: Question, matches: list[Match]) -> tuple[str, str, list[Evidence]] | None:
    """The share a best-matched item states of a thing the question counts: (answer, item id, evidence)."""
    if not _ASKS_SHARE.search(question.folded):
        return None
    named = counted_stems(question)
    said = _said_stems(question, named)
    if not named or question.focus_stem in _UNITS or named & _UNITS:
        return None
    for match in matches:
        for citation in match.document.item.citations:
            share = _share_in(citation.quote, named, said)
            if share is not None:
                item_id = match.document.item.id
                return (
                    share,
                    item_id,
                    [cite(item_id, citation), *evidence_of(match.document, question.content)],
                )
    return None
