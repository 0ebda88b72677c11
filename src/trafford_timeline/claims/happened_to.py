"""What happened to a thing, or what change was made to it: the rest of the clause the thing is the
subject of, in the words of the one item that says it.

"What change was made to the two director posts?" is answered by what a quote says of the posts after
naming them ("the director posts have been separated": "They have been separated"); "What happens to
some families because referrals are slow?" by the clause a quote's fronted cause leads to ("Because
referrals are slow, some families wait for help": "some families wait for help"). The question's own
cause is no part of the thing: it picks the item, as the quote's cause does. A quote that says it of
only some of the things ("some families") answers only a question asking of as many, in the quote's
words; a question of all of them is not answered by it, nor is one of some by a quote of all.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import Answer, answered, cite, read
from trafford_timeline.claims.negation import first_clause
from trafford_timeline.claims.question import AUXILIARY, Question, without_words
from trafford_timeline.claims.slots_text import (
    _LEADS,
    _QUANTIFIERS,
    EXTRA_WORDS,
    MAX_PREDICATE_WORDS,
    _about_matches,
    _pronoun,
)  # fmt: skip
from trafford_timeline.record.model import Citation

_HAPPENED = re.compile(
    r"^what (?:has |had |will |would |did |does |was |were |is |are )?"
    r"(?:(?:[a-z'’ -]+ )?(?:say|said|find|found|report|reported) (?:that )?"
    r"|(?:was|were|is|are) (?:said|found|reported) to )?"
    r"(?:happened|happens|happen|happening) to (?P<a>.+?)"
    r"(?: (?:because|as a result of|due to|owing to) (?P<cause>.+))?$"
    r"|^what (?:changes?|alteration) (?:was|were|has been|have been|had been|is being|was being) made to"
    r" (?P<b>.+)$"
)
"""`What happened to X?`, `What happens to X because Y?`, `What change was made to X?`: what the record
says of X, the clause X is the subject of. The cause (`Y`) is read to find the item, not the subject."""
_FRAME_WORDS = ("happen", "happens", "happened", "happening", "change", "changes", "alteration", "made")
_FRONTED_CAUSE = re.compile(
    r"^(?:because of|because|as a result of|due to|owing to)\s[^,]+,\s*", re.IGNORECASE
)
"""`Because of the delay in action, some children wait...`: the cause set before the subject."""
_MARKS = "“”\"'‘’,;:"
_OPENS_PREDICATE = re.compile(rf"^(?:{AUXILIARY})$")


def _subject_and_rest(clause: str, topic: list[str]) -> tuple[list[str], list[str], str | None] | None:
    """The quote's subject words, the words after it, and its quantifier ("some"), where the clause
    opens with every topic word, the last right before the predicate, few others between; None else."""
    words = clause.split()
    wanted = {stem(w) for w in topic}
    seen: set[str] = set()
    extra = 0
    said_of: str | None = None
    for at, word in enumerate(words):
        folded = fold(word.strip(_MARKS))
        if seen == wanted:
            if folded in STOPWORDS and not _OPENS_PREDICATE.match(folded):
                return None  # "children in care were...": a narrower subject than the question's
            return words[:at], words[at:], said_of
        if folded in _QUANTIFIERS:
            if seen or said_of is not None:
                return None
            said_of = folded
            continue
        stems = {stem(t) for t in tokens(folded)}
        if stems & wanted:
            seen |= stems & wanted
        elif not (folded in STOPWORDS or (at == 0 and folded in _LEADS)):
            extra += 1
            if extra > EXTRA_WORDS:
                return None
    return None


def _said_of(citation: Citation, topic: list[str], quantifier: str | None) -> tuple[str, Citation] | None:
    clause = re.split(r"(?<=[.;!?])\s", citation.quote, maxsplit=1)[0]
    clause = _FRONTED_CAUSE.sub("", clause)
    found = _subject_and_rest(clause, topic)
    if found is None:
        return None
    subject, rest, said_of = found
    if quantifier is not None and said_of is None:
        return None  # asked of "some children", said of them all: it is not known which are meant
    predicate = first_clause(" ".join(w.strip('“”"‘’') for w in rest)).rstrip(" .;:,")
    content = set(tokens(predicate)) - STOPWORDS
    if not content or len(predicate.split()) > MAX_PREDICATE_WORDS:
        return None
    if said_of is not None:  # in the quote's own words: "some children wait too long"
        opening = " ".join(w.strip(_MARKS) for w in subject)
        return f"{opening[0].lower()}{opening[1:]} {predicate}", citation
    return f"{_pronoun(fold(rest[0]), topic)} {predicate}", citation


def answer_happened_to(question: Question, index: ClaimIndex) -> Answer | None:
    """What the one item that matches the question says of the thing asked about, after naming it;
    None where the question is in no such frame, or no quote, or more than one thing, is found."""
    found = _HAPPENED.match(question.folded)
    if found is None or question.form not in {"what", "which", "list"}:
        return None
    asked = found["a"] or found["b"]
    owner = {stem(w) for w in re.findall(r"([a-z]+)['’]s\b", asked)}
    opening = [w for w in tokens(asked) if w not in _LEADS][:1]
    quantifier = opening[0] if opening and opening[0] in _QUANTIFIERS else None
    words = [w for w in tokens(asked) if w not in STOPWORDS]
    topic = [
        w
        for w in words
        if w not in _QUANTIFIERS
        and stem(w) not in owner
        and not set(read(w, index).terms) <= index.glossary.implied
    ]
    if not topic:
        return None
    frame = [w for w in tokens(question.folded) if w in _FRAME_WORDS]
    rest = without_words(question, frame, index.glossary, index.vocabulary, loosen=False)
    said: dict[str, tuple[str, str, Citation]] = {}
    for match in _about_matches(question, rest.content, "", index):
        for citation in match.document.item.citations:
            if (read_off := _said_of(citation, topic, quantifier)) is not None:
                said.setdefault(fold(read_off[0]), (match.document.item.id, *read_off))
                break
    shortest = min(said, key=len, default="")
    if not said or any(not other.startswith(shortest) for other in said):
        return None  # two items say different things of it: more than one thing happened
    item_id, answer, citation = said[shortest]  # the others say it, then go on to say more
    explanation = f"what {item_id} says happened to {' '.join(topic)}"
    return answered(question, answer, answer, explanation, [cite(item_id, citation)])
