"""A text read into the parts a claim is compared on: terms, negations, dates, quantities, grades.

The same reading is applied to a claim and to every fact, so "did not have enough capacity" and
"lacked sufficient capacity" meet as `NOT enough capacity` on both sides.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from trafford_timeline.claims.denied_participle import passive_denials
from trafford_timeline.claims.glossary import NOT, OPPOSITE, RATED, Glossary
from trafford_timeline.claims.initialisms import initialism_term, initialisms
from trafford_timeline.claims.language import FILLER, STOPWORDS, fold, stem, term, tokens
from trafford_timeline.claims.mentions import DateMention, find_dates
from trafford_timeline.claims.noticing import notice_as_knowing
from trafford_timeline.claims.pole_acts import pole_acts
from trafford_timeline.claims.quantities import BOUND_WORDS, Quantity, find_quantities

CLOSE = 0.84
CLOSE_IF_STEM_KNOWN = 0.9
MAX_CORRECTIONS = 64
"""Typo correction is a fuzzy search; a pasted essay gets only its first few words corrected."""
NEGATION_SCOPE = 2
"""How many terms after `not` it applies to: `not have enough capacity` negates `enough capacity`."""
GRADE_PREFIX = "grade:"
AREA_PREFIX = "area:"


@dataclass(frozen=True)
class Reading:
    terms: tuple[str, ...]
    """Content tokens in order, glossary phrases replaced, without negations."""
    dates: tuple[DateMention, ...]
    quantities: tuple[Quantity, ...]
    rated: bool
    words: tuple[str, ...] = ()
    """The content words as read (typos corrected), outside dates and quantities."""
    negations: tuple[frozenset[str], ...] = ()
    """The terms each negation applies to: `no practice standards` negates `practic` and `standard`."""
    corrections: tuple[tuple[str, str], ...] = ()
    """Typos fixed on the way in: (as typed, as read)."""
    asserted: frozenset[str] = frozenset()
    """Terms said somewhere outside any negation's scope: a term both here and in `negations` is
    denied in one place and asserted in another ("an interim manager ... permanent staff")."""

    @cached_property
    def distinct_terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.terms))

    @cached_property
    def grades(self) -> tuple[str, ...]:
        """The grades named, in order; a claim naming one grade twice names it once."""
        return tuple(t.removeprefix(GRADE_PREFIX) for t in self.distinct_terms if t.startswith(GRADE_PREFIX))

    @cached_property
    def areas(self) -> tuple[str, ...]:
        return tuple(t.removeprefix(AREA_PREFIX) for t in self.distinct_terms if t.startswith(AREA_PREFIX))

    @cached_property
    def denied(self) -> frozenset[str]:
        """The terms some negation applies to: "interim" denies that a post is held permanently."""
        return frozenset(term for negated in self.negations for term in negated)

    def negations_of(self, terms: frozenset[str] | set[str]) -> int:
        """How many negations touch `terms`: an odd count means the claim or fact denies them."""
        return sum(1 for negated in self.negations if negated & terms)


@dataclass(frozen=True)
class Vocabulary:
    """What the record's own texts contain: surface words (for typos) and stems (for `unX`)."""

    words: frozenset[str]
    stems: frozenset[str]

    def correct(self, word: str) -> str:
        """The record's word for a typo (`Ofstead` is `ofsted`); the word itself when unsure.

        Only a long word one edit away is corrected, so `fined` is never read as `find`; a word
        whose stem the record knows (`referal`) needs a closer match than one it does not.
        """
        if len(word) < 6 or not word.isalpha() or word in self.words:
            return word
        cutoff = CLOSE_IF_STEM_KNOWN if stem(word) in self.stems else CLOSE
        close = difflib.get_close_matches(word, self.words, n=1, cutoff=cutoff)
        if close and abs(len(close[0]) - len(word)) <= 1 and close[0][0] == word[0]:
            return close[0]
        return word


_COLON = re.compile(r"[:;](?=\s)|(?<=\s)-+(?=\s)")
_COLON_WORD = "colonmark"
"""What a colon or a semicolon before a space (not the one inside "TL;DR"), or a dash between spaces, is
read as, a word no text uses, so that it
stays in place among the tokens; it is read as the filler `COLON`."""
COLON = FILLER + ":"
"""A colon, a semicolon or a spaced dash ends what a denial before it reaches: in "leaders didn't see
it coming: Ofsted said they had no awareness", the first denial is of seeing it coming, not of what
Ofsted said, which says the same lack of awareness again in a clause of its own; in "the grade didn't
drop - Ofsted still rates it good", what follows the dash is affirmed."""

_CLAUSE_OPENERS = frozenset(
    FILLER + word for word in ("that", "said", "says", "had", "if", "when", "which", "who", ":")
)
"""Words that open the clause a denial before a filler verb is in: in "Ofsted said that had the
inspection not taken place", what did not take place is the inspection, not Ofsted."""


def _clause_start(raw: list[str], denial: int) -> int:
    """Where the clause of the denial at `denial` opens: the last opener before it, where `had` is
    one only if a word follows it first ("had the inspection not", not "the inspection had not")."""
    for at in range(denial - 1, -1, -1):
        if raw[at] in _CLAUSE_OPENERS and (
            raw[at] != FILLER + "had" or any(not t.startswith(FILLER) for t in raw[at + 1 : denial])
        ):
            return at
    return -1


_OR = FILLER + "or"
_BUT = FILLER + "but"


def _scope(token: str) -> int:
    """How many following terms a negation token applies to; 0 for any other token."""
    if token == NOT:
        return NEGATION_SCOPE
    if token.startswith(OPPOSITE) and token[len(OPPOSITE) :].isdigit():
        return int(token[len(OPPOSITE) :])
    return 0


_FINDING = frozenset({"concept:report", "believ"})
"""The terms the glossary reads verbs of finding and thinking as (`find`, `think`, `reckon`): verbs
that take an object and what is found of it, so a denial of the verb reaches both."""


KNOWING = frozenset({"awar", "notic", "recognis"})
"""The terms the glossary reads verbs and nouns of knowing as (`aware`, `awareness`, `knew`, `spot`,
`notice`, `recognise`): what one knows is taken as so whether one knows it or not, so a denial of the
knowing stops there. "No awareness of the decline" and "failed to spot the serious weaknesses" deny
the awareness, not the decline or that the weaknesses were serious: a lack said as `no awareness` or
`failure to notice` agrees with one said as `unaware`."""


def _denied_predicate(rewritten: Sequence[str], at: int) -> list[int]:
    """The terms up to and of an antonym that follows where a denial's reach ends, at most one term
    on: in "did not find Trafford's workforce unstable" what is denied is the finding of the whole
    "workforce unstable", so the denial reaches `unstable` too, and denied twice it is the pole
    itself: the workforce is stable."""
    for opposite in range(at, min(at + 2, len(rewritten))):
        if rewritten[opposite].startswith(OPPOSITE) and _scope(rewritten[opposite]):
            reach = min(opposite + 1 + _scope(rewritten[opposite]), len(rewritten))
            reached = [*range(at, opposite), *range(opposite + 1, reach)]
            return [n for n in reached if not _scope(rewritten[n])]
        if _scope(rewritten[opposite]):
            return []
    return []


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


_PRONOUN_ONE = re.compile(
    r"\b(?:a|an|the|this|that)\s+(?:[a-z]+(?:-[a-z]+)*\s+)?one(?=\s*(?:[.,;:!?)]|$|\s(?:when|who|that|which|and|but|in|at|by|for|from|before|after|since)\b))"
)
"""`a long-serving one`, `a full-time one`, `the 2019 one`: `one` standing for a thing already named,
which counts nothing, so an item saying `one of the early adopters ... a new system` is no closer to
the claim for sharing it. `one of the managers` is left alone: it says the thing is among them."""


def _pronoun_ones(text: str) -> list[tuple[int, int]]:
    """Where `one` stands for a thing, not a count: the word alone, its article and adjective kept."""
    return [(found.end() - 3, found.end()) for found in _PRONOUN_ONE.finditer(text)]


_KEPT_DOING = re.compile(
    r"(?P<passive>\b(?:is|are|was|were|be|been|being|get|gets|got)\s+)?"
    r"\b(?P<keep>keep(?:s|ing)?|kept)(?=\s+[a-z]+ing\b)"
)
"""`kept saying`, `keeps missing`: `keep` before a verb's -ing form says a thing went on being done,
not that a rating was kept, so it is read as no word at all and the claim does not rate. Passive
`were kept waiting` is the glossary's own phrase and is left to it."""


def _kept_doing(text: str) -> list[tuple[int, int]]:
    return [found.span("keep") for found in _KEPT_DOING.finditer(text) if not found["passive"]]


_NOT_ONLY = re.compile(r"(?P<denial>\bnot|\bnever|n't)\s+(?:just|only|merely|simply)\b")
"""A denial that says more is true, not that the thing is false: "didn't just dip - it plunged", "not
only late but incomplete"."""


def _not_only(text: str) -> list[tuple[int, int]]:
    """Where a denial says more is true ("didn't just dip"): the denial alone, read as no denial."""
    return [found.span("denial") for found in _NOT_ONLY.finditer(text)]


def without_not_only(folded: str) -> str:
    """A folded text with each denial that says more is true blanked: "didn't just slip" denies nothing."""
    return _blank(folded, _not_only(folded))


_NONE_NOT = re.compile(
    r"\b(?P<none>nothing|nobody|no one|no-one|none)\s+(?:(?:that|which|who|whom|of which|of whom)\s+)?"
    r"(?:(?!(?:and|but|or|so|because|while|although|though|yet)\b)[a-z'-]+\s+){0,4}?"
    r"(?:did|does|do|had|has|have|was|were|is|are|could|would)\s*(?P<not>not|n't)\b"
)
"""Two denials that cancel: a denial inside the relative clause of `nothing`, `nobody` or `none`
("found nothing the council did not already know") says of everything that it was so (the council
knew it all), so neither is read as a denial. Only within one clause: no `and` or `but` between."""


def _cancelled_denials(text: str) -> list[tuple[int, int]]:
    """Where `nothing ... did not` cancel: both denials, read as no denial."""
    return [span for found in _NONE_NOT.finditer(text) for span in (found.span("none"), found.span("not"))]


_CHANGE_BEFORE = re.compile(
    r"(?<![\w'-])(?<!went )(?<!gone )(?<!go )(?<!goes )(?P<way>up|down)(?: by)?"
    rf"(?: (?:{'|'.join(p for p in BOUND_WORDS if not p.startswith('up'))}))? *$"
)
_CHANGE_WORDS = {"up": "increased", "down": "decreased"}


def _changes_named(rest: str, folded: str, quantities: Sequence[Quantity]) -> str:
    """`up about 14%`, `down by a third`, "numbers are up 9% on last year": a bare `up` or `down`
    just before a quantity names the change, and is read as the record's `increased` or
    `decreased`; "went up" is the glossary's own phrase and is left to it."""
    for quantity in sorted(quantities, key=lambda q: q.start, reverse=True):
        if found := _CHANGE_BEFORE.search(folded, 0, quantity.start):
            rest = rest[: found.start()] + _CHANGE_WORDS[found["way"]] + rest[found.end("way") :]
    return rest


Words = tuple[tuple[str, ...], tuple[frozenset[str], ...], bool, tuple[str, ...], frozenset[str]]
"""What a reading makes of a text's words outside its dates and quantities: terms, negations,
rated, words and the terms asserted."""
WORDINGS_KEPT = 1 << 17
"""How many wordings `read_text` remembers: a 100,000-event corpus's 354,000 texts have 95,000
wordings outside their dates and quantities; a record of distinct texts keeps no more than this."""


def read_text(
    text: str,
    glossary: Glossary,
    vocabulary: Vocabulary | None = None,
    *,
    correct: bool = False,
    read_before: dict[str, Words] | None = None,
) -> Reading:
    """Read a text; with `correct`, unknown long words are corrected to the vocabulary's spelling.

    `read_before` remembers what the same words outside dates and quantities were read as, for
    one glossary and vocabulary: "On 8 May 2019: the council publishes its plan" is read as "On 9
    May 2019: ..." was, but for its date."""
    folded = fold(text)
    dates = find_dates(folded)
    quantities = find_quantities(folded, skip=[(d.start, d.end) for d in dates])
    rest = _blank(folded, [(d.start, d.end) for d in dates] + [(q.start, q.end) for q in quantities])
    rest = _blank(rest, _pronoun_ones(rest) + _kept_doing(rest) + _not_only(rest) + _cancelled_denials(rest))
    rest = notice_as_knowing(_changes_named(rest, folded, quantities))
    found = tokens(_COLON.sub(f" {_COLON_WORD} ", passive_denials(rest)))
    named = initialisms(text, glossary)  # "Trafford's SEND services": no verb `send`
    wording = " ".join(found) + "".join(f" {initialism_term(word)}" for word in sorted(named))
    remembered = read_before.get(wording) if read_before is not None and not correct else None
    if remembered is not None:
        return Reading(
            terms=remembered[0],
            negations=remembered[1],
            dates=tuple(dates),
            quantities=tuple(quantities),
            rated=remembered[2],
            words=remembered[3],
            asserted=remembered[4],
        )
    corrections: dict[str, str] = {}
    stems: list[str] = []
    words: list[str] = []
    for word in found:
        if word == _COLON_WORD:
            stems.append(COLON)
            continue
        if word in named:
            words.append(word)
            stems.append(initialism_term(word))
            continue
        if word not in STOPWORDS:
            if correct and vocabulary is not None and word not in glossary.words:
                if word not in corrections and len(corrections) < MAX_CORRECTIONS:
                    corrections[word] = vocabulary.correct(word)
                word = corrections.get(word, word)
            words.append(word)
        stems.append(glossary.whole_words.get(word) or term(word))
    known = vocabulary.stems if vocabulary is not None else frozenset(stems)
    raw = pole_acts(glossary.rewrite(stems, known))
    rewritten = [t for t in raw if not t.startswith(FILLER)]
    kept = [n for n, t in enumerate(raw) if not t.startswith(FILLER)]
    before_filler = {at for at, n in enumerate(kept) if n + 1 < len(raw) and raw[n + 1] == FILLER}
    """A negation right before a filler verb ("was not taking place in Trafford", "had not happened")
    denies what went before it: the thing that did not take place."""
    negations: list[frozenset[str]] = []
    covered: list[tuple[frozenset[str], frozenset[int]]] = []
    denied_places: set[int] = set()
    for at, token in enumerate(rewritten):
        scope = _scope(token)
        if scope and at + 1 < len(rewritten) and _scope(rewritten[at + 1]):
            scope = min(
                scope, _scope(rewritten[at + 1])
            )  # "far from ignoring them, Trafford": the denial's own
        if scope:
            following: list[int] = []
            for later in range(at + 1, len(rewritten)):
                if sum(rewritten[n] != RATED for n in following) == scope:
                    break  # a rating word (`maintained`) is denied but is no term to spend reach on
                if COLON in raw[kept[later - 1] : kept[later]]:
                    break  # "didn't see it coming: Ofsted said ..."
                if following and (rewritten[later] == NOT or _BUT in raw[kept[later - 1] : kept[later]]):
                    break  # "weren't blind, and nothing was missed": a next denial, or `but`, opens a clause
                if not _scope(rewritten[later]):
                    following.append(later)
            if at in before_filler:  # "oversight was not taking place (in Trafford)"
                opened = _clause_start(raw, kept[at])
                following = [n for n in range(at) if kept[n] > opened and not _scope(rewritten[n])][-scope:]
            elif not following and token != NOT:  # "practice standards ... were non-existent": the subject
                following = [n for n in range(at) if not _scope(rewritten[n]) and n not in denied_places]
            if token == NOT and following and rewritten[following[0]] in _FINDING:
                following += _denied_predicate(rewritten, following[-1] + 1)
            elif token == NOT and following and rewritten[following[0]] in KNOWING:
                following = following[:1]  # "no awareness of the decline": the decline is not denied
            negated = frozenset(rewritten[n] for n in following)
            places = frozenset(following)
            denied_places |= places
            if any(seen == negated and not places & where for seen, where in covered):
                continue  # "patchy and limited" says `not good` twice over, not `not not good`
            if (
                token == NOT
                and covered
                and covered[-1][0] == negated
                and rewritten[at - 1] == NOT
                and _OR in raw[kept[at - 1] : kept[at]]
            ):
                continue  # "can't or won't comply" denies complying once, as either denial alone does
            covered.append((negated, places))
            negations.append(negated)
    reading = Reading(
        terms=tuple(t for t in rewritten if t != RATED and not _scope(t)),
        negations=tuple(negations),
        dates=tuple(dates),
        quantities=tuple(quantities),
        rated=RATED in rewritten,
        words=tuple(words),
        corrections=tuple((typed, read) for typed, read in corrections.items() if typed != read),
        asserted=frozenset(t for n, t in enumerate(rewritten) if n not in denied_places and not _scope(t)),
    )
    if read_before is not None and not correct and len(read_before) < WORDINGS_KEPT:
        memo: Words = (reading.terms, reading.negations, reading.rated, reading.words, reading.asserted)
        read_before[wording] = memo
    return reading
