"""A counted list the record spreads over several items: `What three failings did Ofsted find in X?`.

The record often splits one sentence of a source into one item per thing it lists ("the service did
not have enough capacity, had no practice standards, and insufficient management oversight" is three
findings, each citing that line). A question that counts what it asks for is answered by gathering
those items: every item of one kind (and, for findings, of the polarity the question's noun names)
that cites one source line, where the line holds exactly as many as the question counts and each of
them matches the question. A count that differs, two such lines, or an item that does not match is
no answer: a half list is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, number_of, stem, tokens
from trafford_timeline.claims.line_quotes import whole_run
from trafford_timeline.claims.matching import (
    MATCH,
    Answer,
    Match,
    answered,
    cite,
    floor_of,
    light_now,
    ranked,
    read,
    unique,
)  # fmt: skip
from trafford_timeline.claims.question import BODIES, Question, plural, without_words
from trafford_timeline.record.model import Event, Fact, FindingFact

GATHERED = 0.6
"""The share of the question's term weight each gathered item must carry: the count and the line
choose among the items, so each need not match as closely as one item answering alone."""

_WEAKNESS_WORDS = """failing failings shortcoming shortcomings problem problems weakness weaknesses
concern concerns issue issues criticism criticisms flaw flaws fault faults deficiency deficiencies gap
gaps failure failures"""
_STRENGTH_WORDS = """strength strengths positive positives success successes"""


@cache
def _polarity_of_noun() -> dict[str, str]:
    """The noun a question asks for says which findings it counts: failings are weaknesses. Stemmed
    on first use, so that a question of another kind pays nothing for it."""
    return {
        **{stem(w): "weakness" for w in _WEAKNESS_WORDS.split()},
        **{stem(w): "strength" for w in _STRENGTH_WORDS.split()},
    }


_PRAISE_WORDS = """praise praised praises commend commended commends applaud applauded welcome welcomed"""
_CRITICISE_WORDS = """criticise criticised criticises criticize criticized criticizes condemn condemned
condemns fault faulted censure censured slam slammed"""


@cache
def _polarity_of_verb() -> dict[str, str]:
    """Verbs that say which findings are asked for: what Ofsted praised is among its strengths."""
    return {
        **{stem(w): "strength" for w in _PRAISE_WORDS.split()},
        **{stem(w): "weakness" for w in _CRITICISE_WORDS.split()},
    }


_FINDING_VERB_WORDS = """find found finds identify identified identifies raise raised raises highlight
highlighted highlights point pointed points note noted notes flag flagged flags see saw seen cite cited
spot spotted report reported reports list listed"""


@cache
def _finding_verbs() -> frozenset[str]:
    """How a question says inspectors came by what they found ("raise", "point to"): every finding was
    found, so the verb says nothing of which findings are counted."""
    return frozenset(stem(w) for w in _FINDING_VERB_WORDS.split())


_HAVING = re.compile(r"^(?:(?:did|does|do) not have|had|has|have)\s+(?P<rest>.+)$", re.IGNORECASE)
"""`had no practice standards`, `did not have enough capacity`: the thing had is the item."""


_COUNTED = re.compile(
    r"^(?:what|which|name|list|give) (?:(?:are|were|was|is) )?(?:the )?"
    r"(?P<count>(?!(?:19|20)\d\d\b)\d+|[a-z]+) (?P<words>[a-z'-]+(?: [a-z'-]+)?)"
)
"""`What three failings...`, `What were the three problems...`: how many things of what kind; a year
(`Which 2019 judgements...`) says which things, and counts none."""


def asked_count(question: Question) -> tuple[int, str] | None:
    """The number a list question counts its things by ("three failings": 3, "failings"), if two or
    more; the noun must be a plural."""
    found = _COUNTED.match(question.folded)
    if found is None:
        return None
    word = found["count"]
    count = number_of(word)
    nouns = [word for word in found["words"].split() if plural(word)]
    if count is None or count < 2 or not nouns:
        return None
    return count, nouns[0]  # "three problems inspectors found": the first plural is what is counted


_LINE_ITEMS: dict[int, dict[tuple[str, int], tuple[Event | Fact, ...]]] = {}


def _items_by_line(index: ClaimIndex) -> dict[tuple[str, int], tuple[Event | Fact, ...]]:
    """Every item of the record by each source line it cites; worked out once for an index."""
    key = id(index)
    if key not in _LINE_ITEMS:
        lines: dict[tuple[str, int], list[Event | Fact]] = {}
        for item in index.items():
            for citation in item.citations:
                lines.setdefault((citation.source, citation.line), []).append(item)
        _LINE_ITEMS.clear()
        _LINE_ITEMS[key] = {place: tuple(dict.fromkeys(items)) for place, items in lines.items()}
    return _LINE_ITEMS[key]


LISTED_KINDS = frozenset({"finding"})
"""Facts gathered into a list: findings, which the record words alike ("Ofsted found the service
had..."), so that the words they do not share are each the thing found. A commitment's or a
recommendation's own words ("agreed to bring in an audit team to improve its processes") are not the
words a person lists them in, and a post, a grade or a figure is read by its own fields."""
SHARED_LEAD = 3
"""Items the record wrote as parts of one listing sentence open with the same words, who said it and
of what ("Ofsted found the service"); items that share only who said it ("Ofsted found") are several
things one line says, not one list's parts: the deterioration a line reports is no fourth failing."""


def _counted_sort(item: Event | Fact, first: Event | Fact, polarity: str | None) -> bool:
    """Whether an item is of the kind being counted: a fact of the first item's kind, a kind a
    sentence lists, and, for findings, of the polarity asked for (or the first item's, where none is
    asked)."""
    if not isinstance(item, Fact) or item.kind != first.kind or item.kind not in LISTED_KINDS:
        return False
    if isinstance(item, FindingFact) and isinstance(first, FindingFact):
        return item.polarity == (polarity or first.polarity)
    return True


def _phrases(items: Sequence[Event | Fact]) -> list[str]:
    """Each item's own words once the lead all of them share is cut ("Ofsted found the service"), and
    a leading verb of having turned into the thing had ("did not have enough capacity": "not enough
    capacity") where every item opens with one; none where the items share too short a lead."""
    texts = [(item.text if isinstance(item, Fact) else item.title).strip().rstrip(".") for item in items]
    split = [text.split() for text in texts]
    shared = 0
    while all(len(words) > shared + 1 for words in split) and len({fold(w[shared]) for w in split}) == 1:
        shared += 1
    if shared < SHARED_LEAD:
        return []
    phrases = [" ".join(words[shared:]) for words in split]
    having = [_HAVING.match(phrase) for phrase in phrases]
    if all(having):
        phrases = [
            ("not " if fold(phrase).split()[1:2] == ["not"] else "") + found["rest"]
            for phrase, found in zip(phrases, having, strict=True)
            if found is not None
        ]
    return phrases


def _in_line_order(
    items: Sequence[Event | Fact], place: tuple[str, int], index: ClaimIndex
) -> list[Event | Fact]:
    """The items in the order the line says them, read from the run their quotes make together."""
    quotes = [next(c for c in item.citations if (c.source, c.line) == place) for item in items]
    run = whole_run(quotes[0], index).quote
    for quote in quotes[1:]:
        run = run if quote.quote in run else run + " " + quote.quote
    positions = [run.find(q.quote) for q in quotes]
    return [item for _, item in sorted(zip(positions, items, strict=True), key=lambda pair: pair[0])]


def answer_counted_list(question: Question, index: ClaimIndex) -> Answer | None:
    """`What three failings did inspectors find in X?`: the items one source line lists, as many as
    the question counts, each of the kind and polarity asked and each matching the question."""
    asked = asked_count(question)
    if asked is None or question.kind != "text":
        return None
    count, noun = asked
    polarity = asked_polarity(question)
    if polarity is not None:  # "failings", "praised": said by the findings' polarity, not their words
        verbs = _finding_verbs() | _polarity_of_verb().keys()
        said = [w for w in tokens(question.folded) if stem(w) in verbs]
        question = without_words(question, [noun, *said], index.glossary, index.vocabulary, loosen=False)
    if not set(question.content.distinct_terms) - index.glossary.implied - BODIES - light_now():
        return None  # "what three failings did Ofsted find?" names no area or thing to find them in
    matches = [m for m in ranked(question.content, index) if m.coverage >= GATHERED]
    matched: dict[str, Match] = {m.document.item.id: m for m in matches}
    by_line = _items_by_line(index)
    found: dict[frozenset[str], tuple[tuple[str, int], list[Event | Fact]]] = {}
    for match in matches:
        first = match.document.item
        if not _counted_sort(first, first, polarity):
            continue
        for citation in first.citations:
            place = (citation.source, citation.line)
            group = [item for item in by_line.get(place, ()) if _counted_sort(item, first, polarity)]
            if len(group) != count or any(item.id not in matched for item in group):
                continue
            found.setdefault(frozenset(item.id for item in group), (place, group))
    if len(found) != 1:
        return None
    ((place, group),) = found.values()
    ordered = _in_line_order(group, place, index)
    phrases = _phrases(ordered)
    if not phrases or any(";" in phrase for phrase in phrases):
        return None
    listed = "; ".join(phrases)
    on_line = [cite(item.id, c) for item in ordered for c in item.citations if (c.source, c.line) == place]
    others = [cite(item.id, c) for item in ordered for c in item.citations if (c.source, c.line) != place]
    explanation = (
        f"the {count} {'findings' if isinstance(group[0], FindingFact) else 'items'} that "
        f"{place[0]} line {place[1]} lists together ({', '.join(item.id for item in ordered)})"
    )
    return answered(question, listed, listed, explanation, unique([*on_line, *others], 8))


def listed_items(answer: str) -> list[str]:
    """The items of a list answer: split at semicolons where it has them, else at commas, with the last
    "and" parting the last two ("help and protection, children in care and care leavers" is three)."""
    if ";" in answer:
        return [part.strip() for part in answer.split(";") if part.strip()]
    parts = [part.strip() for part in re.split(r",\s*", answer) if part.strip()]
    if not parts:
        return []
    last = re.sub(r"^and\s+", "", parts.pop())
    head, joined, tail = last.rpartition(" and ")
    return [*parts, *((head, tail) if joined else (last,))]


_PLURAL = {"strength": "strengths", "weakness": "weaknesses"}


def asked_polarity(question: Question) -> str | None:
    """Which findings a question asks for: the polarity of the thing it asks for ("what strengths",
    "the three failings") or of its verb ("what did Ofsted praise"); None where it names neither, or
    both at odds."""
    counted = asked_count(question)
    nouns = [counted[1]] if counted else (question.focus or "").split()[-1:]
    of_noun, of_verb = _polarity_of_noun(), _polarity_of_verb()
    said = {of_noun[stem(w)] for w in nouns if stem(w) in of_noun}
    said |= {of_verb[stem(w)] for w in tokens(question.folded) if stem(w) in of_verb}
    return said.pop() if len(said) == 1 else None


def count_kept(question: Question, answer: Answer, index: ClaimIndex) -> Answer:
    """A list answer to a counted question that lists another number of things, or to a question asking
    for strengths or failings that is not read from findings of that polarity ("what strengths did
    Ofsted find?" answered from a weakness or a rating), is not its answer: the question knows how many
    things of what kind there are, and a list that disagrees is half or wrong."""
    if answer.status != "answered" or answer.kind != "text" or answer.answer is None:
        return answer
    asked = asked_count(question)
    polarity = asked_polarity(question) if question.form == "list" or asked else None
    reason = None
    items = [index.document_of(e.id).item for e in answer.evidence if e.id in index.numbers]
    findings = [item for item in items if isinstance(item, FindingFact)]
    if polarity is not None and not (findings and all(item.polarity == polarity for item in findings)):
        reason = f"the question asks for {_PLURAL[polarity]}, and the record's list is not of such findings"
    elif asked is not None and len(listed_items(answer.answer)) != asked[0]:
        reason = (
            f"the question counts {asked[0]} {asked[1]}, and the list the record gives holds another number"
        )
    return answer if reason is None else _unanswered(question, answer, reason)


def _unanswered(question: Question, answer: Answer, reason: str) -> Answer:
    """Not stated, with the quotes of the answer put aside shown as what the record says nearby."""
    return Answer(question.text, "not_stated", None, None, answer.kind, reason, related=answer.evidence[:3])


_SECOND_ASK = re.compile(
    r"\w.*?,? (?:and|but) (?:(?:with|in|at|by|for|on|to|from|of) )?"
    r"(?:what|which|who|whom|whose|when|how|where|why)\b"
)
"""`What kind of staff..., and with what preference?`: a second question joined to the first."""


def asks_two_things(question: Question) -> bool:
    """Whether a text question asks a second thing after the first (", and with what preference?")."""
    return question.kind == "text" and _SECOND_ASK.match(question.folded) is not None


_COORDINATE = re.compile(r"^\s+and\s+(?P<words>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})(?=[\s,.;:)]|$)")
"""`... and team leaders with...`: up to three words after "and", cut at the first function word."""
MAX_COORDINATE_WORDS = 3


_AGENT = re.compile(r"(?:er|or|ist|ian)s$")
"""`workers`, `leaders`, `inspectors`, `specialists`: plural nouns for people who do something."""


def _same_sort(first: str, second: str, index: ClaimIndex) -> bool:
    """Whether two plural nouns name things of one sort: both people by what they do ("workers",
    "leaders"), or read as one of the record's terms; "carers" and "waits" are not one list."""
    if _AGENT.search(first) and _AGENT.search(second):
        return True
    return bool(set(read(first, index).terms) & set(read(second, index).terms))


def _coordinate(answer: str, quote: str, index: ClaimIndex) -> str | None:
    """The plural noun phrase joined to the answer by "and" right after it in the quote ("additional
    social workers and team leaders"), or None: plural nouns of one sort joined so are one list, both
    of which the quote says; anything else after "and" (a verb, a clause, "local carers and short
    waits") is not part of the answer."""
    said = re.search(re.escape(answer), quote, re.IGNORECASE)
    if said is None or not plural(answer.split()[-1]):
        return None
    found = _COORDINATE.match(quote[said.end() :])
    if found is None:
        return None
    words = found["words"].split()
    cut = next((n for n, word in enumerate(words) if fold(word) in STOPWORDS), len(words))
    words = words[:cut]
    if not 1 <= len(words) <= MAX_COORDINATE_WORDS or not plural(words[-1]):
        return None
    if not _same_sort(fold(answer.split()[-1]), fold(words[-1]), index):
        return None
    return f"{answer} and {' '.join(words)}"


def list_kept_whole(question: Question, answer: Answer, index: ClaimIndex) -> Answer:
    """A text answer that gives one of two things: the first of two plural nouns the quote joins by
    "and" is grown to both ("additional social workers" to "... and team leaders"); an answer of one
    slot to a question that asks two things ("..., and with what preference?") is no answer."""
    if answer.status != "answered" or answer.kind != "text" or not answer.answer:
        return answer
    if asks_two_things(question):
        return _unanswered(question, answer, "the question asks two things, and the answer gives only one")
    if answer.evidence and (whole := _coordinate(answer.answer, answer.evidence[0].quote, index)) is not None:
        note = "; the quote joins another to it by 'and', so both are given"
        return replace(answer, answer=whole, value=whole, explanation=answer.explanation + note)
    return answer


_PARTS_ASKED = re.compile(r"^(?:other |the |its |their )*(?P<noun>[a-z'-]+s) of\b")
"""`which (other) parts of the service...`: the things asked for are the noun before "of"."""
MAX_PART_WORDS = 12
"""A listed part is a short phrase; a longer run between commas is a clause of a sentence."""


def answer_parts_listed(question: Question, index: ClaimIndex) -> Answer | None:
    """`Which other parts of the service did the review cover?` from "other parts of the review looked
    at A, B and C": the list after the verb that follows the question's own "<parts> of <owner>" in a
    quote of a well-matched item; None where no quote lists them so."""
    asked = _PARTS_ASKED.match(question.focus or "")
    if question.form not in {"list", "which"} or question.kind != "text" or asked is None:
        return None
    if not plural(asked["noun"]):
        return None
    said = re.compile(
        rf"\b{re.escape(asked['noun'])} of (?:the |its |their )?(?:[\w'’-]+ ){{0,3}}?"
        r"(?P<verb>[a-z]+ed)(?: (?:at|on|into|in))? (?P<list>[^.;:]+)",
        re.IGNORECASE,
    )
    for match in [m for m in ranked(question.content, index) if m.coverage >= floor_of(question, MATCH)][:3]:
        for citation in match.document.item.citations:
            if (found := said.search(citation.quote)) is None:
                continue
            listed = found["list"].strip(' ,"“”')
            parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed)
            if len(parts) < 2 or max(len(part.split()) for part in parts) > MAX_PART_WORDS:
                continue
            explanation = f"the {asked['noun']} {match.document.item.id} lists after '{found['verb']}'"
            return answered(question, listed, listed, explanation, [cite(match.document.item.id, citation)])
    return None
