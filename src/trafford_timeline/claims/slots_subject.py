"""A `what` question whose question word is the subject of its verb: the thing written before that verb.

"What works with professionals to meet children's education needs?" asks what works with them; the
quote "The virtual school works well with a range of professionals..." answers it with the noun
phrase before "works", never with the words after the question's own ("meet children's education
needs"), which only restate what the question says the thing does (`asked_object.asked_subject`).

"What was weak about care leavers' support?" asks the same of a quality: the thing a quote about care
leavers calls weak ("long-term planning is weak"), given with what is said of it, where the items
that match the rest of the question call one thing so.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.asked_object import asked_subject, subject_frame
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import MATCH, Answer, answered, cite, floor_of, ranked, read
from trafford_timeline.claims.negation import first_clause
from trafford_timeline.claims.question import AUXILIARY, SAYING, Question, without_words
from trafford_timeline.claims.reading import AREA_PREFIX
from trafford_timeline.claims.slots_people import _passive_at, _verb_root
from trafford_timeline.claims.slots_text import MAX_THING_WORDS, _one_best
from trafford_timeline.claims.verdicts import Evidence

_CLAUSE_OPENS = frozenset(
    {"that", "which", "who", "and", "but", "while", "whereas", "because", "where", "when", "although"}
    | {"though", "if", "as", "so", "since"}
)
"""Words that open a clause: the subject of the verb starts after the last of them before it."""
_REPORTING = re.compile(
    rf"(?:{SAYING}|find|finds|found|show|shows|showed|believe|believes|believed|feel|feels|felt)"
)
"""A verb of saying before the subject ("carers say a duty team supports them") opens the clause it
reports, as "that" would."""


def _opens_clause(word: str) -> bool:
    return fold(word) in _CLAUSE_OPENS or _REPORTING.fullmatch(fold(word)) is not None


_NOT_A_SUBJECT = re.compile(rf"{AUXILIARY}|not|never|n't|to")
"""A word that puts the verb in another clause's frame ("did not", "is to"): what stands before it is
no subject of the verb asked about."""
_PERFECT = frozenset({"have", "has", "had"})
"""An auxiliary that makes the verb's perfect ("have left"): part of the verb, not of its subject."""
_PRONOUNS = frozenset({"it", "they", "this", "these", "those", "he", "she", "we", "there"})
"""A subject that only points back ("they work with") names nothing the asker could use."""


def _clause_subject(words: list[str], at: int, question: Question) -> str | None:
    """The noun phrase written before `words[at]`, from the start of its clause (after a comma, a
    joining word, a verb of saying or a full stop), where that is a short phrase that says something
    the question does not; None otherwise."""
    asked = {stem(w) for w in tokens(question.folded)}
    start = at
    while start > 0 and words[start - 1] not in ",.;:()" and not _opens_clause(words[start - 1]):
        start -= 1
    phrase = words[start:at]
    folded = [fold(w) for w in phrase]
    new = [w for w in folded if w not in STOPWORDS and stem(w) not in asked]
    if not new or len(phrase) > MAX_THING_WORDS or folded[-1] in STOPWORDS | _PRONOUNS:
        return None
    if any(_NOT_A_SUBJECT.fullmatch(w) for w in folded):
        return None  # "Ofsted did not set": the verb is a bare form after an auxiliary, its subject elsewhere
    return " ".join(phrase)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'’-]*|[,.;:()]", text)


def _subject_before(quote: str, verb: str, question: Question) -> str | None:
    """The noun phrase a quote writes as the subject of `verb` (not of its passive participle)."""
    words = _words(quote)
    for at, word in enumerate(words):
        if at == 0 or _verb_root(word) != _verb_root(verb) or _passive_at(words, at):
            continue
        verb_opens = at
        while verb_opens > 1 and fold(words[verb_opens - 1]) in _PERFECT:
            verb_opens -= 1  # "gaps in management have left them": the subject is before "have"
        if (subject := _clause_subject(words, verb_opens, question)) is not None:
            return subject
    return None


def answer_subject(question: Question, index: ClaimIndex) -> Answer | None:
    """What the question asks the subject of, read before its verb in a quote of the one item that
    matches the question best; None where the question asks no subject, two items match as well, or no
    quote writes a short subject before the verb."""
    verb = asked_subject(question)
    if verb is None:
        return None
    frame = subject_frame(question)  # "which part of...", "was said to": the quote need not say so
    about = (
        without_words(question, frame, index.glossary, index.vocabulary, loosen=False) if frame else question
    )
    match = _one_best(question, about.content, "", index)
    if match is None:
        return None
    item = match.document.item
    for citation in item.citations:
        if (subject := _subject_before(citation.quote, verb, question)) is not None:
            explanation = f"what {verb}, as {item.id} writes it before the verb"
            return answered(question, subject, subject, explanation, [cite(item.id, citation)])
    return None


_JUDGED = re.compile(
    r"^what (?:was|were|is|are) (?P<quality>(?!(?:the|a|an|wrong|said|found|missing|done|it|there)\b)"
    r"[a-z-]+) (?:about|in|with) (?P<thing>.+)$"
)
"""`What was weak about X?`, `What is good in X?`: the thing of X the record calls by that quality."""
_PART_JUDGED = re.compile(
    r"^(?:what|which) (?:aspect|part|area|element|feature|side) (?:of|in) (?P<thing>.+?) "
    r"(?:was|is) (?:(?:too|very|still|now|often|particularly) )?"
    r"(?P<quality>(?!(?:the|a|an|said|found|rated|judged|described|called|missing|done)\b)[a-z-]+)$"
)
"""`What aspect of X was weak?`, `Which part of X is strong?`: the one part is asked for, the subject of
the quality alone, not what else is said of it, from an item filed under the area of the service X
names (none where X names no area)."""
_CALLED = r"\b(?:is|are|was|were|remains|remain|remained)\s+(?:(?:too|very|still|now|often|particularly)\s+)?"


def answer_judged(question: Question, index: ClaimIndex) -> Answer | None:
    """The one thing the items matching the rest of the question call by the quality asked ("long-term
    planning is weak"), as its quote says it (asked which part of X, the part alone); None where the
    question is not of that shape, or the items call no one thing so."""
    found = _JUDGED.match(question.folded) if question.form == "what" else None
    part = _PART_JUDGED.match(question.folded) if question.form in {"what", "which", "list"} else None
    if found is None and part is None:
        return None
    judged = found or part
    assert judged is not None
    quality = judged["quality"]
    if part:  # "what aspect of support for care leavers": the items about the whole the part is of
        about = read(part["thing"], index)
        areas = {term for term in about.terms if term.startswith(AREA_PREFIX)}
        if not areas:
            return None  # "which part of practice": a part of no one area of the service is any thing
    else:
        about = without_words(question, [quality], index.glossary, index.vocabulary, loosen=False).content
    called = re.compile(_CALLED + re.escape(quality) + r"\b", re.IGNORECASE)
    said: dict[str, tuple[str, Evidence]] = {}
    for match in ranked(about, index):
        if match.coverage < floor_of(question, MATCH) / 2 or len(said) > 1:
            break  # the items about the thing asked of; any one of them calling two things so is too many
        if part and not areas <= match.document.bag:
            continue  # "which part of support for care leavers": only an item filed under care leavers
        for citation in match.document.item.citations:
            if (quality_at := called.search(citation.quote)) is None:
                continue
            before = _words(citation.quote[: quality_at.start()])
            if before and (subject := _clause_subject(before, len(before), question)) is not None:
                clause = first_clause(citation.quote[quality_at.start() :]).strip(" .;:,")
                answer = subject if part else f"{subject} {clause}"
                said.setdefault(fold(subject), (answer, cite(match.document.item.id, citation)))
    if len(said) != 1:
        return None
    ((answer, evidence),) = said.values()
    return answered(question, answer, answer, f"what {evidence.id} calls {quality}", [evidence])
