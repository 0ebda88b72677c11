"""The slot each form of question asks for, and the reader that fills it from the record's structure.

`ANSWERERS` sends each form to its reader: when and what grade (`slots_time`), who and which
(`slots_people`), how many and how often (`slots_amounts`); yes or no, and what an abbreviation stands
for, are read here. Each reader returns "not stated" rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from trafford_timeline.claims.check import check_claim
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import (
    LOOSENED,
    Answer,
    answered,
    cite,
    silent,
)  # fmt: skip
from trafford_timeline.claims.question import SAYING, Question
from trafford_timeline.claims.reading import GRADE_PREFIX, read_text
from trafford_timeline.claims.slots_amounts import _answer_frequency, _answer_quantity
from trafford_timeline.claims.slots_people import _answer_list, _answer_what, _answer_which, _answer_who
from trafford_timeline.claims.slots_reason import answer_why
from trafford_timeline.claims.slots_time import _answer_grade, _answer_when, asks_what_happened, only_planned
from trafford_timeline.claims.verdicts import ClaimCheck, Evidence

# Yes or no -------------------------------------------------------------------------------------


def _answer_stands_for(question: Question, index: ClaimIndex) -> Answer:
    """`What does MARAT stand for?`: the words written before "(MARAT)" in a quote whose initials spell
    it ("multi-agency referral and assessment team"); joining words ("and", "of") may be left out."""
    acronym = (question.focus or "").upper()
    marked = re.compile(rf"\(\s*{re.escape(acronym)}\s*\)")
    for document in index.documents:
        for citation in document.item.citations:
            if not (found := marked.search(citation.quote)):
                continue
            words = re.findall(r"[A-Za-z][A-Za-z'’]*", citation.quote[: found.start()])
            for start in range(len(words) - 1, -1, -1):
                phrase = words[start:]
                initials = "".join(w[0] for w in phrase if fold(w) not in STOPWORDS).upper()
                if initials == acronym and fold(phrase[0]) not in STOPWORDS:
                    text = citation.quote[: found.start()]
                    begin = [m.start() for m in re.finditer(r"[A-Za-z][A-Za-z'’]*", text)][start]
                    answer = text[begin:].strip(" ,;:")
                    explanation = f"the words {document.item.id} writes before ({acronym})"
                    return answered(question, answer, answer, explanation, [cite(document.item.id, citation)])
                if len(initials) > len(acronym):
                    break
    return silent(question, index, f"no quote spells out {acronym}")


_ALTERNATIVES = re.compile(r"\b(?!not\b)[a-z'-]+ or (?!not\b)[a-z'-]+")
"""`Was the previous rating good or outstanding?` offers two answers: "no" would say neither."""
_DONE = re.compile(r"^(?:did|had|has|have)\b")
"""`Did the panel meet?`, `Has the board met?` ask what happened; `Was the panel to meet?` may ask
about a plan, so only these openings are read as asking what happened."""


_TWO_WORDS = re.compile(r"\b(?P<a>(?!not\b)[a-z'-]+) or (?P<b>(?!not\b)[a-z'-]+)$")


def _one_alternative(question: Question, index: ClaimIndex) -> Answer | None:
    """`Was the cover full-time or part-time?` offers two answers at its end: each is checked as the
    statement it makes, and the one the record supports is the answer where the other is not supported.
    Both supported, neither, or either one resting on a disputed matter: no answer here."""
    found = _TWO_WORDS.search(question.declarative)
    if found is None:
        return None
    checks = []
    for word in (found["a"], found["b"]):
        checks.append(check_claim(f"{question.declarative[: found.start()]}{word}", index))
    supported = [n for n, check in enumerate(checks) if check.verdict == "supported"]
    if len(supported) != 1 or any(check.conflict is not None for check in checks):
        return None
    check = checks[supported[0]]
    if not check.evidence or max(e.score for e in check.evidence) < LOOSENED:
        return None
    word = found["a"] if supported[0] == 0 else found["b"]
    if fold(word) not in fold(" ".join(e.quote for e in check.evidence)):
        return None  # the quote itself must say the word chosen, not only a concept near it
    explanation = f"of the two answers the question offers, the record supports {word!r}: {check.explanation}"
    return Answer(question.text, "answered", word, word, "text", explanation, check.evidence)


def _answer_yes_no(question: Question, index: ClaimIndex) -> Answer:
    reading = question.content
    specific = [
        t for t in reading.terms if t not in index.glossary.implied and not t.startswith(GRADE_PREFIX)
    ]
    if not specific and not reading.dates:
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            "the question does not say what it asks about: name the service, the year or the finding",
        )  # fmt: skip
    if (chosen := _one_alternative(question, index)) is not None:
        return chosen
    if _ALTERNATIVES.search(question.declarative):
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            "the question asks which of two things holds, which yes or no cannot answer: ask about one",
        )  # fmt: skip
    check = check_claim(question.declarative, index)
    if check.verdict == "not_found":
        return Answer(
            question.text, "not_stated", None, None, "yes_no", f"neither yes nor no: {check.explanation}",
            related=check.related,
        )  # fmt: skip
    if question.loosened and max((e.score for e in check.evidence), default=0.0) < LOOSENED:
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            f"with a word the record never uses left out, the rest matches too loosely: {check.explanation}",
            related=check.evidence[:3],
        )  # fmt: skip
    if check.verdict == "supported" and _DONE.match(question.folded) and asks_what_happened(question.folded):
        items = [
            index.documents[index.numbers[e.id]].item for e in check.evidence[:1] if e.id in index.numbers
        ]
        if items and only_planned(items[0], index):
            return Answer(
                question.text, "not_stated", None, None, "yes_no",
                f"neither yes nor no: the record says only that {items[0].id} was to happen, not that it did",
                related=check.evidence[:3],
            )  # fmt: skip
    if check.verdict == "supported" and (unsaid := _unsaid(question, index, check.evidence)):
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            f"neither yes nor no: the record does not quote anyone saying {', '.join(map(repr, unsaid))}",
            related=check.evidence[:3],
        )  # fmt: skip
    if check.verdict == "contradicted" and (outside := _outside_dispute(check)):
        explanation = (
            f"{outside[0].id} says this in {outside[0].source}, which takes no side in the dispute "
            f"{check.conflict.id if check.conflict else ''} the checker weighed"
        )
        return answered(question, "yes", "yes", explanation, outside)
    answer = "yes" if check.verdict == "supported" else "no"
    return answered(question, answer, answer, check.explanation, check.evidence)


def _outside_dispute(check: ClaimCheck) -> list[Evidence]:
    """The quotes of a claim's own item from sources outside the side of a dispute it was ruled against.

    A "no" that rests only on the record's assessment of a dispute ("only 000 says this, and the
    assessment favours the other side") is no "no" where the item stating the claim also quotes a
    source that is not on the losing side: the dispute is about something else, and that source says
    it outright. Such quotes answer "yes"; with none, the assessment stands."""
    note = check.conflict
    if note is None or not note.dissent:
        return []
    return [e for e in check.evidence if e.id != note.id and e.source not in note.dissent]


_SAYING_VERB = re.compile(rf"\b(?:{SAYING})\b")


def _unsaid(question: Question, index: ClaimIndex, evidence: Sequence[Evidence]) -> list[str]:
    """`Did Sara Todd call the report damning?`: in a question about what was said, a word a claim
    would read as mere style ("damning", "shocking") is what was said, so the quote must use it."""
    if not _SAYING_VERB.search(question.declarative):
        return []
    quoted = {stem(w) for e in evidence for w in tokens(e.quote)}
    return [
        word
        for word in tokens(question.declarative)
        if word not in STOPWORDS
        and not read_text(word, index.glossary, index.vocabulary).terms
        and stem(word) not in quoted
        and not _SAYING_VERB.fullmatch(word)
    ]


ANSWERERS: dict[str, Callable[[Question, ClaimIndex], Answer]] = {
    "when": _answer_when, "who": _answer_who, "said": _answer_who, "grade": _answer_grade,
    "how_many": _answer_quantity, "how_often": _answer_frequency, "which": _answer_which,
    "list": _answer_list, "what": _answer_what, "yes_no": _answer_yes_no, "stands_for": _answer_stands_for,
    "why": answer_why,
}  # fmt: skip
