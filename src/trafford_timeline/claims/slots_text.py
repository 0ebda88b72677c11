"""Two more readings of a `what` question, tried only where the usual one leaves it unanswered.

- A list the record quotes piece by piece: "These include bringing in an audit team" is one item's
  quote, and the rest of the sentence ("recruiting ..., creating ... and developing ...") is quoted
  by the items for each measure. The list is read from the source line, and given only where the
  record's quotes cover every item of it, so it is never a part taken for the whole.
- What a finding says of the thing asked about: "What was the problem with written referrals?" is
  answered by the rest of the clause whose subject is the referrals ("They were not recorded as
  contacts in a timely way"), from the one item that matches the question best.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.line_quotes import quotes_by_line
from trafford_timeline.claims.matching import (
    MATCH,
    MATCH_TEXT,
    Answer,
    Match,
    answered,
    cite,
    floor_of,
    ranked,
)  # fmt: skip
from trafford_timeline.claims.question import AUXILIARY, Question, without_words
from trafford_timeline.claims.verdicts import Evidence
from trafford_timeline.record.model import Citation

SourceText = Callable[[str], str | None]
"""A source file's text by its name, or None where the file is not there (as `answer.SourceText`)."""

TIED = 0.02
"""Items whose match is this close are equally good: none of them is the one the question means."""

# A list quoted piece by piece ------------------------------------------------------------------

_OPENS_LIST = re.compile(r"\b(?:include|includes|included|including|such as|namely)\b|:\s")
"""Words after which a sentence lists things: "These include X, Y and Z"."""
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")
_SEPARATOR = re.compile(r"[\s,;]*(?:\b(?:and|or)\b)?[\s,;]*")
"""What may stand between two quoted items of a list that no quote covers: commas, "and"."""
MAX_ITEM_WORDS = 14
"""A list's items are phrases; a longer run between commas is a sentence's clause."""


def _line_of(citation: Citation, source_text: SourceText) -> str | None:
    text = source_text(citation.source)
    if text is None:
        return None
    lines = text.splitlines()
    return lines[citation.line - 1] if 0 < citation.line <= len(lines) else None


def _covered(line: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the record's quotes cover every word of the line from `start` to `end`: the stretches
    no quote covers hold only commas and "and", so no item of the list goes unquoted."""
    mask = [False] * (end - start)
    for first, last in spans:
        for at in range(max(first, start), min(last, end)):
            mask[at - start] = True
    gap: list[str] = []
    for offset, covered in enumerate([*mask, True]):
        if not covered:
            gap.append(line[start + offset])
        elif gap:
            if not _SEPARATOR.fullmatch("".join(gap)):
                return False
            gap = []
    return True


def _items(listed: str) -> list[str]:
    return [item for item in re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", listed) if item.strip()]


def _best_tied(matches: Sequence[Match]) -> list[Match]:
    top = matches[0].coverage if matches else 0.0
    return [m for m in matches[:4] if m.coverage >= top - TIED]


def answer_spread_list(
    question: Question, index: ClaimIndex, source_text: SourceText | None
) -> Answer | None:
    """`What measures did the council agree?`: the list a well-matched item's quote opens ("These
    include ...") and the record's other items quote on, read whole from the source line; None where
    no quote opens a list that runs past it, or the record's quotes leave an item of it unquoted."""
    if source_text is None or question.form not in {"list", "what"}:
        return None
    matches = [m for m in ranked(question.content, index) if m.coverage >= floor_of(question, MATCH)]
    for match in _best_tied(matches):
        for citation in match.document.item.citations:
            opens = _OPENS_LIST.search(citation.quote)
            line = _line_of(citation, source_text) if opens else None
            if opens is None or line is None or (at := line.find(citation.quote)) < 0:
                continue
            start = at + opens.end()
            closes = _SENTENCE_END.search(line, start)
            end = closes.start() if closes else len(line)
            if end <= at + len(citation.quote):
                continue  # the list ends within the quote: the usual reading has weighed it
            place = (citation.source, citation.line)
            spans = [
                (found, found + len(quote))
                for quote in quotes_by_line(index).get(place, ())
                if (found := line.find(quote)) >= 0
            ]
            listed = line[start:end].strip(" ,")
            items = _items(listed)
            if len(items) < 2 or max(len(i.split()) for i in items) > MAX_ITEM_WORDS:
                continue
            if not _covered(line, start, end, spans):
                continue  # an item no quote of the record holds: the list cannot be given as whole
            evidence = [cite(match.document.item.id, citation)]
            for document in index.documents:
                for other in document.item.citations:
                    found = line.find(other.quote) if (other.source, other.line) == place else -1
                    if found >= 0 and found < end and found + len(other.quote) > at + len(citation.quote):
                        evidence.append(cite(document.item.id, other))
            explanation = (
                f"the list {match.document.item.id} opens, whose items the record quotes on the same line"
            )
            ordered = evidence[:1] + _in_order(evidence[1:], line)
            return answered(question, listed, listed, explanation, ordered)
    return None


def _in_order(evidence: list[Evidence], line: str) -> list[Evidence]:
    return sorted(evidence, key=lambda e: line.find(e.quote))


# What a finding says of its subject ------------------------------------------------------------

_SAID_OF = re.compile(
    r"^what (?:did|do|does|had|has|have) (?:[a-z'’ -]+? )?"
    r"(?:say|said|find|found|note|noted|report|reported|conclude|concluded|make|think) (?:about|of) (?P<a>.+)"
    r"|^what (?:was|were|is|are) (?:the )?(?:main )?(?:problem|problems|issue|issues|concern|concerns|"
    r"matter|wrong|weakness|weaknesses) (?:with|in) (?P<b>.+)"
    r"|^what (?:went|goes|has gone|had gone|is|was) wrong (?:with|in) (?P<c>.+)"
)
"""`What did inspectors say about X?`, `What was the problem with X?`, `What went wrong with X?`: what
the record says of X is asked for, the rest of the clause X is the subject of."""
_FRAME = re.compile(
    r"\b(?:say|said|find|found|note|noted|report|reported|conclude|concluded|make|think|about|"
    r"problem|problems|issue|issues|concern|concerns|matter|wrong|weakness|weaknesses|went|goes|gone)\b"
)
_VERB = re.compile(rf"^(?:{AUXILIARY}|remains|remained|works|worked|lacks|lacked)$")
"""A verb that opens the clause's predicate: an auxiliary, or one of a few verbs said of a service."""
_PLURAL_VERB = re.compile(r"^(?:are|were|have|do)$")
_SINGULAR_VERB = re.compile(r"^(?:is|was|has|does|remains|works|lacks)$")
_LEADS = frozenset({"the", "a", "an", "its", "their", "that", "all", "most", "many", "some"})
EXTRA_WORDS = 2
"""A subject in the quote may carry this many words the question does not ("referrals received from
partner agencies"): more, and it is another thing."""
MAX_PREDICATE_WORDS = 30


def _subject_end(words: list[str], subject: set[str]) -> int | None:
    """Where the subject ends, if the quote opens with it: every word of the question's subject is
    among the quote's first words, with few others, up to the verb that opens the predicate."""
    seen: set[str] = set()
    extra = 0
    for at, word in enumerate(words):
        folded = fold(word)
        if seen == subject and _VERB.match(folded):
            return at
        if stem(folded) in subject:
            seen.add(stem(folded))
        elif folded in STOPWORDS or (at == 0 and folded in _LEADS):
            continue
        else:
            extra += 1
            if extra > EXTRA_WORDS:
                return None
    return None


def _pronoun(verb: str, subject_words: list[str]) -> str:
    if _PLURAL_VERB.match(verb):
        return "They"
    if _SINGULAR_VERB.match(verb):
        return "It"
    return "They" if subject_words and subject_words[-1].endswith("s") else "It"


def answer_said_of(question: Question, index: ClaimIndex) -> Answer | None:
    """The rest of the clause whose subject is the thing asked about, in the quote of the one item
    that matches the question best, the subject given as "it" or "they"; None where the question asks
    no such thing, two items match as well, or no quote opens with the subject and a verb."""
    found = _SAID_OF.match(question.folded)
    if found is None or question.form not in {"what", "list"}:
        return None
    asked = found["a"] or found["b"] or found["c"]
    subject_words = [w for w in tokens(asked) if w not in STOPWORDS]
    subject = {stem(w) for w in subject_words}
    owner = {stem(w) for w in re.findall(r"([a-z]+)['’]s\b", asked)}
    subject -= owner  # "Trafford's virtual school": the school is what is asked of, not Trafford
    if len(subject) < 2:
        return None  # "what did they say about it?": too open to know which clause is meant
    frame = _FRAME.findall(question.folded)
    rest = without_words(question, frame, index.glossary, index.vocabulary, loosen=False)
    matches = [m for m in ranked(rest.content, index) if m.coverage >= floor_of(question, MATCH_TEXT)]
    if not matches or len(_best_tied(matches)) > 1 or matches[0].missing:
        return None  # two items match as well: the record says more than one thing of it
    match = matches[0]
    for citation in match.document.item.citations:
        clause = re.split(r"(?<=[.;!?])\s", citation.quote, maxsplit=1)[0]
        words = clause.split()
        at = _subject_end([w.strip(",;:“”\"'‘’") for w in words], subject)
        if at is None:
            continue
        predicate = " ".join(words[at:]).rstrip(" .;:,")
        if len(predicate.split()) > MAX_PREDICATE_WORDS or not set(tokens(predicate)) - STOPWORDS:
            continue
        answer = f"{_pronoun(fold(words[at]), subject_words)} {predicate}"
        explanation = f"what {match.document.item.id} says of {' '.join(subject_words)}"
        return answered(question, answer, answer, explanation, [cite(match.document.item.id, citation)])
    return None


def answer_text_anew(question: Question, index: ClaimIndex, source_text: SourceText | None) -> Answer | None:
    """A text question the usual readings left unanswered, read once more as a list quoted piece by
    piece or as what a finding says of its subject; None where neither answers it."""
    return answer_said_of(question, index)


__all__ = ["answer_said_of", "answer_spread_list", "answer_text_anew"]
