"""The whole source sentence an item's quote sits in, as weaker backing for a claim's leftover words.

A record item often quotes only part of a sentence ("small numbers of children not offered
assessments"), while a claim paraphrases the whole of it ("thresholds were applied
inconsistently, with a few children not offered assessments"). The sentence's other words may
cover such a claim's leftover words, and nothing else: they never contradict, and never give a
date, number, grade or polarity of their own, since the item's own fields decide those. Where
they cover a claim's words, the denials in the sentence's clauses closest to the claim must agree
with the claim's: a sentence may hold a second fact of the opposite polarity.
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from trafford_timeline.claims.index import ClaimIndex, Document, clauses_of
from trafford_timeline.claims.language import stem, tokens
from trafford_timeline.claims.negation import closest_clauses, judge, stance
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.thesaurus import stand_ins
from trafford_timeline.errors import DataError
from trafford_timeline.record.model import Citation, Region, Source
from trafford_timeline.record.store import read_source

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
"""Where one sentence ends and the next begins: a stop, then space, then a capital or a digit.
An abbreviation ("Mr. Smith") splits too early, which only makes the sentence shorter."""

CONTEXT_FLOOR = 0.5
"""The share of a claim's weight the item itself must carry before its sentence may fill the rest:
the sentence backs the item's words, it does not stand in for them."""


def sentence_around(line: str, quote: str) -> str | None:
    """The sentences of `line` that overlap `quote`, verbatim; None if the quote is not on the line
    or already is those sentences."""
    at = line.find(quote)
    if at < 0 or not quote.strip():
        return None
    end = at + len(quote)
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(line))]
    ends = [m.start() for m in _SENTENCE_END.finditer(line)] + [len(line)]
    spans = [(s, e) for s, e in zip(starts, ends, strict=True) if s < end and e > at]
    if not spans:
        return None
    found = line[spans[0][0] : spans[-1][1]].strip()
    return None if _bare(found) == _bare(quote) else found


def _bare(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


class SourceSentences:
    """Reads a dataset's source files as citations ask for them (each file once), keeping only the
    body: a citation of a photo caption or of a line in a comments, advert or other region gives no
    sentence, as a reader's comment is no part of what the source says."""

    def __init__(self, data_dir: Path, sources: Sequence[Source]) -> None:
        self._data_dir = data_dir
        self._regions: Mapping[str, tuple[Region, ...]] = {source.file: source.regions for source in sources}
        self._files: OrderedDict[str, list[str] | None] = OrderedDict()
        self._lines: dict[tuple[str, int], str | None] = {}

    def __call__(self, citation: Citation) -> Citation | None:
        if not self._in_body(citation):
            return None
        line = self._line(citation.source, citation.line)
        found = sentence_around(line, citation.quote) if line is not None else None
        return None if found is None else Citation(source=citation.source, line=citation.line, quote=found)

    def read_ahead(self, citations: Iterable[Citation]) -> None:
        """Read the lines these citations are on, each file once, and keep those lines alone: at
        scale a source is a council's whole history, and a claim's items cite a hundred of them."""
        wanted: dict[str, set[int]] = defaultdict(set)
        for citation in citations:
            if self._in_body(citation) and (citation.source, citation.line) not in self._lines:
                wanted[citation.source].add(citation.line)
        for file, numbers in wanted.items():
            lines = self._files.get(file) if file in self._files else _read_lines(self._data_dir, file)
            for number in numbers:
                self._lines[file, number] = _nth(lines, number)

    def _in_body(self, citation: Citation) -> bool:
        regions = self._regions.get(citation.source)
        return (
            not citation.caption
            and regions is not None
            and not any(r.first_line <= citation.line <= r.last_line for r in regions)
        )

    def _line(self, file: str, number: int) -> str | None:
        if (file, number) in self._lines:
            return self._lines[file, number]
        if file in self._files:
            self._files.move_to_end(file)
        else:
            self._files[file] = _read_lines(self._data_dir, file)
            if len(self._files) > FILES_KEPT:
                self._files.popitem(last=False)
        return _nth(self._files[file], number)


FILES_KEPT = 16
"""Source files kept whole while items are read one by one (`build_index`): the shipped record's
few, read once each; a record of many large sources keeps only the last few."""


def _read_lines(data_dir: Path, file: str) -> list[str] | None:
    try:
        return read_source(data_dir, file)[1].splitlines()
    except (DataError, OSError):  # `verify` reports it; the item is read without its sentence
        return None


def _nth(lines: list[str] | None, number: int) -> str | None:
    return lines[number - 1] if lines is not None and 0 < number <= len(lines) else None


@dataclass(frozen=True)
class Filled:
    """The claim's words only the item's sentence says, and that sentence, cited."""

    terms: frozenset[str]
    citation: Citation


def fill_from_sentence(
    claim: Reading, document: Document, missing: Sequence[str], coverage: float, index: ClaimIndex
) -> Filled | None:
    """The claim's `missing` words that the sentence around one of the item's quotes says, where
    the item itself carries at least `CONTEXT_FLOOR` of the claim, and both the sentence's clauses
    closest to the claim and every clause that says a filled word agree with it in what each
    denies, and every word of the claim the record never uses that is left is said by the item or
    its sentence in another word (`took` as `take`); None otherwise."""
    if not missing or coverage < CONTEXT_FLOOR or not document.context:
        return None
    best: Filled | None = None
    for citation in document.context:
        clauses = _read_clauses(citation.quote, index)
        said = set().union(*(clause.terms for clause in clauses))
        terms = frozenset(missing) & said
        if not terms or (best is not None and len(terms) <= len(best.terms)):
            continue
        if any(_unsaid(term, claim, said | document.bag, index) for term in missing if term not in terms):
            continue  # "managers from outside the organisation": a word the record never uses is left
        sentence = replace(document, clauses=clauses)
        if judge(claim, closest_clauses(claim, sentence, index.glossary.polar))[0] != "agrees":
            continue
        if any(stance(claim, clause) != "agrees" for clause in clauses if terms & set(clause.terms)):
            continue  # "lacked systems and knew of the shortfalls": the clause it fills from denies it
        best = Filled(terms, citation)
    return best


def _unsaid(term: str, claim: Reading, said: set[str] | frozenset[str], index: ClaimIndex) -> bool:
    """Whether a claim's word that no record text uses is said in no other word in `said`: such a
    word may be an opposite of what the sentence says (`outside` where it says `within`)."""
    if ":" in term or term in index.vocabulary.stems:
        return False
    written = [word for word in claim.words if stem(word) == term]
    others = stand_ins(written[0], index.glossary, index.vocabulary.stems) if written else ()
    return not any(other in said for _, other in others)


_READ: dict[str, tuple[Reading, ...]] = {}
_READ_FOR: list[object] = []
"""Sentences read, and the glossary and vocabulary they were read with (held, so that neither is
mistaken for another): a sentence is read only when a claim needs it, so building the index does
not read every item's sentence, which took a third of its time."""


def _read_clauses(sentence: str, index: ClaimIndex) -> tuple[Reading, ...]:
    if len(_READ_FOR) != 2 or _READ_FOR[0] is not index.glossary or _READ_FOR[1] is not index.vocabulary:
        _READ.clear()
        _READ_FOR[:] = [index.glossary, index.vocabulary]
    if sentence not in _READ:
        read = [read_text(part, index.glossary, index.vocabulary) for part in clauses_of(sentence)]
        _READ[sentence] = tuple(read)
    return _READ[sentence]


def sentence_word(term: str, filled: Filled, index: ClaimIndex) -> str | None:
    """The sentence's own word for a filled term (`consistently`, `knowledge`), for the explanation;
    None where only a phrase of it says the term."""
    for word in tokens(filled.citation.quote):
        if term in read_text(word, index.glossary, index.vocabulary).terms:
            return word
    return None
