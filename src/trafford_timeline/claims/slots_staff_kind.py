"""Which staff of a kind: `Which extra temporary staff did the council plan to recruit?`.

A question may ask for people by a general word ("staff", "people") with the words that say which
("extra temporary"); the quote names them by their posts after those words ("additional temporary
social workers and family support workers"). No name ends in "staff", so the which-reader finds
nothing; the people are the words after the question's own, up to where the noun phrase ends, when
they end in a word for people. Read only where the usual readings left the question unanswered.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import MATCH_TEXT, Answer, answered, cite, floor_of, ranked, read
from trafford_timeline.claims.question import AUXILIARY, LIGHT_VERBS, Question
from trafford_timeline.claims.slots_text import best_tied
from trafford_timeline.record.model import Citation

GENERAL_PEOPLE = frozenset({"staff", "people", "personnel", "employees", "professionals"})
"""Words that name people only in general: asked for by one, the quote names the posts."""
_PEOPLE_END = re.compile(
    r"^(?:workers?|officers?|managers?|carers?|leaders?|assistants?|practitioners?|advis[eo]rs?|staff|"
    r"nurses?|teachers?|coordinators?|co-ordinators?|specialists?|therapists?|psychologists?|"
    r"consultants?|social workers?)$"
)
"""A word for people by their post, which the phrase naming them must end in."""
_PHRASE_ENDS = re.compile(rf"^(?:{AUXILIARY}|to|who|which|that|for|from|in|on|at|with|by|as|when|while)$")
MAX_KIND_WORDS = 8
MAX_MODIFIER_SPAN = 3


_HEADS = "|".join(sorted(GENERAL_PEOPLE))
_ASKED = re.compile(
    r"^(?:what|which) (?:(?:kind|kinds|type|types|sort|sorts|category|categories) of )?"
    rf"(?P<modifiers>(?:[a-z'’-]+ ){{1,{MAX_MODIFIER_SPAN}}}?)(?:{_HEADS})\b"
)


def _modifiers(question: Question) -> list[str]:
    """The words before the general word for people the question asks by ("extra temporary")."""
    found = _ASKED.match(question.folded)
    words = found["modifiers"].split() if found else []
    if any(w in STOPWORDS or _PEOPLE_END.match(w) for w in words):
        return []  # "which workers beyond social workers": the people asked by, then a phrase
    return words


def _sense(words: list[str], index: ClaimIndex) -> tuple[frozenset[str], frozenset[str]]:
    """What modifiers say: the glossary's concepts ("extra" and "additional" are one), and the stems of
    the words it reads as no concept, word for word ("temporary" is not "permanent", though the
    glossary reads the two as one quality, opposite ways)."""
    concepts: set[str] = set()
    plain: set[str] = set()
    for word in words:
        terms = {t for t in read(word, index).terms if t.startswith("concept:")}
        concepts |= terms
        if not terms:
            plain.add(stem(fold(word)))
    return frozenset(concepts), frozenset(plain)


def _after_modifiers(
    quote: str, wanted: tuple[frozenset[str], frozenset[str]], asked: set[str], index: ClaimIndex
) -> str | None:
    """The noun phrase a quote names right after words that say what the question's modifiers say,
    where it ends in a word for people and repeats none of the question's words."""
    raw = quote.split()
    bare = [w.strip(",;:.“”\"'‘’()") for w in raw]
    for start in range(len(bare)):
        for end in range(start + 1, min(start + MAX_MODIFIER_SPAN, len(bare)) + 1):
            span = [w for w in bare[start:end] if fold(w) not in STOPWORDS]
            if not span or _sense(span, index) != wanted:
                continue
            phrase: list[str] = []
            for at in range(end, min(end + MAX_KIND_WORDS, len(bare))):
                if not bare[at] or _PHRASE_ENDS.match(fold(bare[at])):
                    break
                phrase.append(bare[at])
                if raw[at] != bare[at]:
                    break  # a comma or a stop closes the phrase
            while phrase and stem(fold(phrase[0])) in asked:
                phrase.pop(0)  # "temporary social workers", asked for staff "on a temporary basis"
            if not phrase or not _PEOPLE_END.match(fold(phrase[-1])):
                continue
            if {stem(w) for w in tokens(" ".join(phrase)) if w not in STOPWORDS} & asked:
                continue
            return " ".join(phrase)
    return None


def answer_staff_kind(question: Question, index: ClaimIndex) -> Answer | None:
    """The people the one best-matching item names after the question's own words for them; None
    where the question asks for no such people, two items match as well, or no quote names them so."""
    if question.form not in {"which", "what", "list"}:
        return None
    modifiers = _modifiers(question)
    if not modifiers:
        return None
    wanted = _sense(modifiers, index)
    matches = [m for m in ranked(question.content, index) if m.coverage >= floor_of(question, MATCH_TEXT)]
    asked = {stem(w) for w in tokens(question.folded) if w not in STOPWORDS}
    named: dict[str, tuple[str, str, Citation]] = {}
    for match in best_tied(matches):
        if set(match.missing) - LIGHT_VERBS:
            continue
        item = match.document.item
        for citation in item.citations:
            if (people := _after_modifiers(citation.quote, wanted, asked, index)) is not None:
                named.setdefault(fold(people), (people, item.id, citation))
                break
    if len(named) != 1:
        return None  # none names them so, or two items name different people
    ((people, item_id, citation),) = named.values()
    explanation = f"the {' '.join(modifiers)} people {item_id} names"
    return answered(question, people, people, explanation, [cite(item_id, citation)])
