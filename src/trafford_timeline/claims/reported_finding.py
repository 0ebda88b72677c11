"""What a report found of a thing the question names with a phrase after it ("children living with
neglect"), where the quote names the thing alone and says the rest in what it says of it.

"What did inspectors find about pupils missing school?" is answered by "The report said pupils were
found to be missing school for weeks at a time": the quote's subject is the question's first noun
("pupils"), what it says of them holds the rest of the question's phrase ("missing school"), and the
answer is what it says, given with "they", the report's frame ("The report said") and the finding's
own ("found to be") left out, since the question asks what was found. Read only where the quote's
subject is not the whole of the question's phrase (`slots_text.answer_said_of` reads that).
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import Answer, answered, cite, read
from trafford_timeline.claims.negation import first_clause
from trafford_timeline.claims.question import AUXILIARY, SAYING, Question, without_words
from trafford_timeline.claims.slots_text import (
    _FRAME,
    _LEADS,
    _QUANTIFIERS,
    _SAID_OF,
    MAX_PREDICATE_WORDS,
    _about_matches,
    _pronoun,
)  # fmt: skip
from trafford_timeline.record.model import Citation

_REPORTED = re.compile(
    rf"^(?:[a-z'’]+ ){{1,3}}(?:{SAYING}|found|finds|noted|notes|reported|reports|concluded)(?: that)? ",
    re.IGNORECASE,
)
"""`The report also said children were...`: the frame of whoever reported it, before the finding."""
_FOUND_TO_BE = re.compile(r"^(?:found|said|reported|judged|considered|seen|thought) to (?:be|have been) ")
"""`were found to be left`: the finding's own frame, which the question's "find" already asks."""
_MARKS = '“”"‘’'
NOUN_WORDS = 2
"""A phrase's last word qualifies a noun at most this many words on ("neglectful | situations")."""


def _opens_with(clause: str, head: str) -> bool:
    words = [fold(w.strip(_MARKS)) for w in clause.split()[:2]]
    if words and words[0] in _LEADS:
        words = words[1:]
    return bool(words) and stem(words[0]) == stem(head)


def _read_off(citation: Citation, head: str, modifier: set[str]) -> str | None:
    """What the quote says of the head noun, where its clause opens with it and an auxiliary and what
    follows holds every word of the question's phrase after the head; None else."""
    clause = re.split(r"(?<=[.;!?])\s", citation.quote, maxsplit=1)[0]
    if not _opens_with(clause, head):
        clause = _REPORTED.sub("", clause, count=1)  # "The report also said children were..."
    words = [w.strip(_MARKS) for w in clause.split()]
    if words and fold(words[0]) in _LEADS:
        words = words[1:]
    if len(words) < 3 or stem(fold(words[0])) != stem(head) or fold(words[0]) in _QUANTIFIERS:
        return None
    verb = fold(words[1])
    if not re.fullmatch(AUXILIARY, verb):
        return None
    said = " ".join(words[2:])
    said = _FOUND_TO_BE.sub("", said, count=1)
    predicate = first_clause(f"{verb} {said}").rstrip(" .;:,")
    if len(predicate.split()) > MAX_PREDICATE_WORDS:
        return None
    if not modifier <= {stem(t) for t in tokens(predicate)}:
        return None  # the question's "living with neglect" is not what the quote says of them
    found = _without_restated(predicate.split(), modifier)
    return f"{_pronoun(verb, [head])} {' '.join(found)}" if found else None


def _without_restated(words: list[str], modifier: set[str]) -> list[str] | None:
    """The predicate less the run of words that restates the question's phrase ("were left | living in
    neglectful situations | for too long" of children "living with neglect"): the run from the first
    of its words to the last, and on to the end of the noun it names; what is left is what was found.
    The whole predicate where other words break the run or it opens the predicate; None where nothing
    is left beside the verb."""
    at = [i for i, w in enumerate(words) if {stem(t) for t in tokens(w)} & modifier]
    first, last = at[0], at[-1]
    if any(fold(w) not in STOPWORDS for i, w in enumerate(words[first:last], first) if i not in at):
        return words  # "access to a range of suitable training": what was found runs between them
    if not set(tokens(" ".join(words[1:first]))) - STOPWORDS:
        return words  # "were missing school for weeks": the phrase is the verb of what was found
    while (
        last + 1 < len(words) and fold(words[last + 1]) not in STOPWORDS and last + 1 - at[-1] <= NOUN_WORDS
    ):
        last += 1  # "neglectful situations": the noun the phrase's last word qualifies
    left = words[:first] + words[last + 1 :]
    return left if set(tokens(" ".join(left[1:]))) - STOPWORDS else None


def answer_reported_finding(question: Question, index: ClaimIndex) -> Answer | None:
    """What the one item that matches says of the question's first noun, holding the rest of its
    phrase; None where the question asks no such thing, or none, or more than one thing, is said."""
    found = _SAID_OF.match(question.folded)
    if found is None or found["a"] is None or question.form not in {"what", "list"}:
        return None
    words = [
        w
        for w in tokens(found["a"])
        if w not in STOPWORDS and not set(read(w, index).terms) <= index.glossary.implied  # "in Trafford"
    ]
    if len(words) < 2 or words[0] in _QUANTIFIERS or not re.search(r"[a-z]", words[0]):
        return None
    head, modifier = words[0], {stem(w) for w in words[1:]}
    rest = without_words(
        question, _FRAME.findall(question.folded), index.glossary, index.vocabulary, loosen=False
    )
    said: dict[str, tuple[str, str, Citation]] = {}
    for match in _about_matches(question, rest.content, found["who"] or "", index):
        for citation in match.document.item.citations:
            if (answer := _read_off(citation, head, modifier)) is not None:
                said.setdefault(fold(answer), (match.document.item.id, answer, citation))
    if len(said) != 1:
        return None
    ((item_id, answer, citation),) = said.values()
    explanation = f"what {item_id} says was found of {' '.join(words)}"
    return answered(question, answer, answer, explanation, [cite(item_id, citation)])
