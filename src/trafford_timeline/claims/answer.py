"""Answer a question from the record: the slot it asks for, filled from the item that matches it.

A question is read into its form and the rest (`question.py`); the rest finds record items as a
claim would, and the form says which field of the best item is the answer: an event's date, a
rating by year and area, a role's holder, a statement's speaker, a figure, a frequency. Where no
item matches well enough, or the matching item does not fill the slot, the answer is "not stated"
with the nearby items: a wrong answer given as an answer is the worst mistake `ask` can make.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import stem
from trafford_timeline.claims.matching import (
    DISPUTE,
    LOOSENED,
    SAME_WORDS,
    STATUSES,
    Answer,
    Status,
    cite,
    coverage_of,
    silent,
    unique,
    unknown_words,
)  # fmt: skip
from trafford_timeline.claims.question import Question, read_question, without_words
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.slots import ANSWERERS
from trafford_timeline.claims.verdicts import Evidence
from trafford_timeline.record.model import Citation, Conflict

__all__ = ["STATUSES", "Answer", "Status", "answer_question"]

# Disagreements ---------------------------------------------------------------------------------


def _same_words(citation: Citation, evidence: Sequence[Evidence]) -> bool:
    """Whether a quote of the evidence is the citation's, or part of it: one line may hold several."""
    for item in evidence:
        if (item.source, item.line) != (citation.source, citation.line):
            continue
        a, b = item.quote, citation.quote
        if a in b or b in a:
            return True
        found = SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
        if found.size >= SAME_WORDS:
            return True
    return False


def _side_label(number: int, favoured: int | None) -> str:
    if favoured is None:
        return "one side"
    return "the favoured side" if number == favoured else "the other side"


def _disputed(answer: Answer, question: Question, index: ClaimIndex, conflicts: Sequence[Conflict]) -> Answer:
    """Where the question is about a matter the sources disagree on: both sides and the assessment.

    An answer on the side the record's assessment favours stands, with the other side shown; one on
    the other side, or on a matter the record cannot settle, becomes "disputed".
    """
    substantive = {t for t in question.content.distinct_terms if t not in index.glossary.implied}
    for conflict in conflicts:
        matter = [conflict.topic]
        if answer.kind == "yes_no":  # the whole statement is the answer, so what each side says counts
            matter += [side.statement for side in conflict.sides]
        topic = set(read_text(" ".join(matter), index.glossary, index.vocabulary).terms)
        coverage, _ = coverage_of(question.content, topic, index)
        touched = [
            n
            for n, side in enumerate(conflict.sides)
            if any(_same_words(c, answer.evidence) for c in side.citations)
        ]
        if touched:
            if coverage < DISPUTE:
                continue
        elif answer.status != "not_stated" or coverage < LOOSENED or len(substantive) < 3:
            continue
        favoured = conflict.favours
        order = sorted(range(len(conflict.sides)), key=lambda n: n != favoured)

        sides = "; ".join(
            f"{_side_label(n, favoured)}: {conflict.sides[n].statement.rstrip('.')}" for n in order
        )
        note = f"the sources disagree ({conflict.id}): {sides}. Assessment: {conflict.assessment}"
        first = answer.evidence[:1]
        on_favoured = favoured is not None and any(
            _same_words(c, first) for c in conflict.sides[favoured].citations
        )
        if answer.status == "answered" and (on_favoured or touched == [favoured]):
            others = [c for n in order[1:] for c in conflict.sides[n].citations]
            kept = [e for e in answer.evidence if not any(_same_words(c, [e]) for c in others)]
            return replace(
                answer,
                explanation=f"{answer.explanation}; {note}",
                evidence=tuple(kept),
                related=unique(cite(conflict.id, c) for c in others),
            )
        cited = [c for n in order for c in conflict.sides[n].citations]
        evidence = [cite(conflict.id, c) for c in cited]
        near = [e for e in (answer.evidence or answer.related) if not any(_same_words(c, [e]) for c in cited)]
        return Answer(
            question.text, "disputed", None, None, answer.kind, note, unique(evidence, 8), unique(near, 3)
        )
    return answer


def answer_question(text: str, index: ClaimIndex, conflicts: Sequence[Conflict] = ()) -> Answer:
    """The answer to one question, with the quotes that state it; "not stated" where none do."""
    question = read_question(text, index.glossary, index.vocabulary)
    if not question.content.terms and not question.content.dates:
        return Answer(
            question.text,
            "not_stated",
            None,
            None,
            question.kind,
            "the question has no words the record could speak to",
        )
    unknown = unknown_words(question.content, index)
    if unknown and question.form == "yes_no":
        reason = f"the record never mentions {', '.join(repr(w) for w in unknown[:5])}"
        return silent(question, index, reason)
    if unknown:
        dropped = {stem(word) for word in unknown}
        known = {t for t in question.content.distinct_terms if t not in index.glossary.implied | dropped}
        if len(unknown) > 1 or len(known) < 2:
            reason = f"the record never mentions {', '.join(repr(w) for w in unknown[:5])}"
            return silent(question, index, reason)
        question = without_words(question, unknown, index.glossary, index.vocabulary)
    answer = ANSWERERS[question.form](question, index)
    answer = _disputed(answer, question, index, conflicts)
    return replace(answer, kind=question.kind)
