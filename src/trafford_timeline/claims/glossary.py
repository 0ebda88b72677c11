"""The domain's words, kept as data: synonyms, areas, grades, negations and opposites.

`glossary.json` says that "DfE" and "the Department for Education" are one thing, that "unstable"
means "not stable" and that "requires improvement to be good" is a grade. Compiling it turns each
phrase into a sequence of stems, so a claim and the record are rewritten the same way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from trafford_timeline.claims.language import FILLER, fold, stem, term, tokens

if TYPE_CHECKING:
    from collections.abc import Sequence

    from trafford_timeline.record.schema import GlossaryFile

NOT = "NOT"
"""Negates the next two terms: `no practice standards`."""
OPPOSITE = "OPPOSITE"
"""`OPPOSITE1 stable` for `unstable`, `OPPOSITE2 part time` for `full-time`: negates the next N terms."""
RATED = "RATED"
STYLE = FILLER + FILLER
"""A word of tone (`slams`, `handed`): dropped as a filler is, but no verb of happening, so a `not`
before it (`doesn't hand councils their indicators`) still denies what follows."""


CONCEPT = "concept:"


def concept_token(kind: str, name: str) -> str:
    return f"{kind}:{name}"


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(term(word) for word in tokens(phrase))


@dataclass
class Glossary:
    """A compiled glossary: phrase stems to the tokens that replace them, longest phrase first."""

    phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = field(default_factory=dict)
    rating_context: frozenset[str] = frozenset()
    negative_prefixes: tuple[str, ...] = ()
    not_negative: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    """Every surface word the glossary knows, for correcting typos."""
    actors: frozenset[str] = frozenset()
    implied: frozenset[str] = frozenset()
    polar: frozenset[str] = frozenset()
    """The terms that have an opposite (`stable`, `accurate`, `praised`): a quality a claim asserts."""
    owners: frozenset[str] = frozenset()
    """Stems of the one-word names of what every item is about (`Trafford`), and the possessive
    `'s`: read through inside a phrase."""
    whole_words: dict[str, str] = field(default_factory=dict)
    """Words matched whole, not by their stem, which another glossary word of another meaning has:
    `manageable` (a caseload that is not too high) is not `management` (leadership)."""
    composed: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    """A concept's phrase as the glossary itself reads it: `leads the council` read as `lead`
    and `council`, so `leads Trafford Council` (where `Trafford Council` is the council) is
    the council's leader too."""

    def phrase_length(self, words: Sequence[str]) -> int:
        """How many of `words` the longest glossary phrase opening with the first of them holds: 3 for
        "stayed the same as before", whose first three words say there was no rise; 0 for none."""
        stems = tuple(term(word) for word in words)
        for held, _ in self.phrases.get(stems[0], ()) if stems else ():
            if stems[: len(held)] == held:
                return len(held)
        return 0

    def style_word(self, word: str) -> bool:
        """Whether one word is, by itself, a phrase the glossary lists as mere style ("damning")."""
        key = _stems(word)
        return any(held == key and meant == (STYLE,) for held, meant in self.phrases.get(key[0], ()) if key)

    @classmethod
    def compile(cls, source: GlossaryFile) -> Glossary:
        table: dict[tuple[str, ...], tuple[str, ...]] = {}
        first_said: dict[tuple[str, ...], str] = {}
        whole_words: dict[str, str] = {}

        def add(phrases: list[str], replacement: tuple[str, ...], *, quality: bool = False) -> None:
            for phrase in phrases:
                key = _stems(phrase)
                if not key:
                    continue
                held, held_by = table.get(key), first_said.get(key)
                if quality and (distinct := _whole_word(phrase, key, held, held_by, replacement)):
                    whole_words[fold(phrase)] = distinct
                    key = (distinct,)
                table.setdefault(key, replacement)
                first_said.setdefault(key, fold(phrase))

        add(source.narrow_negations, (f"{OPPOSITE}1",))
        add(source.negations, (NOT,))
        concept_of = {
            _stems(term): (concept_token("concept", concept.id),)
            for concept in source.concepts
            for term in concept.terms
        }
        for word, wordings in source.phrases.items():
            stems = _stems(word)
            add(wordings, concept_of.get(stems, stems))  # `keep an eye on` is the concept `monitor` is in
        add(source.fillers, (FILLER,))
        add(source.style, (STYLE,))
        for grade, terms in source.grades.items():
            add(terms, (concept_token("grade", grade),))
        for area, terms in source.areas.items():
            add(terms, (concept_token("area", area),))
        for concept in source.concepts:
            add(concept.terms, (concept_token("concept", concept.id),))
        for word, forms in source.verb_forms.items():
            meant = table.get(_stems(word), _stems(word))  # `presented` is the concept it is part of
            for form in forms:
                whole_words[fold(form)] = WHOLE_WORD + fold(form)
                table.setdefault((WHOLE_WORD + fold(form),), meant)
        polar: set[str] = set()
        for pair in source.antonyms:
            first = _stems(pair.positive[0])
            base = table.get(first, first)  # `good` stays the grade it already is
            if len(base) == 1:
                polar.add(base[0])
            add(pair.positive, base, quality=True)
            add(pair.negative, (f"{OPPOSITE}{len(base)}", *base), quality=True)
        add(source.rating_words, (RATED,))
        phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = defaultdict(list)
        for key, replacement in table.items():
            phrases[key[0]].append((key, replacement))
        for entries in phrases.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        glossary = cls(
            phrases=dict(phrases),
            actors=frozenset(concept_token("concept", actor) for actor in source.actors),
            implied=frozenset(concept_token("concept", concept) for concept in source.implied),
            negative_prefixes=tuple(source.negative_prefixes),
            not_negative=frozenset(stem(word) for word in source.not_negative),
            words=frozenset(
                word
                for terms in (
                    source.negations, source.narrow_negations, source.rating_words, source.fillers,
                    source.style, *source.phrases.values(), *source.verb_forms.values(),
                    *source.grades.values(),
                    *source.areas.values(), *(c.terms for c in source.concepts),
                    *(p.positive + p.negative for p in source.antonyms),
                )
                for term in terms
                for word in tokens(term)
            ),
        )  # fmt: skip
        implied = {concept.id for concept in source.concepts if concept.id in source.implied}
        glossary.owners = frozenset(
            {FILLER + "s"}
            | {
                key[0]
                for concept in source.concepts
                if concept.id in implied
                for key in map(_stems, concept.terms)
                if len(key) == 1 and not key[0].startswith(FILLER)
            }
        )
        glossary.composed = glossary._composed(table)
        glossary.polar = frozenset(polar)
        glossary.whole_words = whole_words
        glossary.rating_context = frozenset(
            token for phrase in source.rating_context for token in glossary.rewrite(_stems(phrase))
        )
        return glossary

    @cached_property
    def stems(self) -> frozenset[str]:
        """The stems of the glossary's words: `hiring` is known by `hire`."""
        return frozenset(stem(word) for word in self.words)

    def _composed(
        self, table: dict[tuple[str, ...], tuple[str, ...]]
    ) -> dict[tuple[str, ...], tuple[str, ...]]:
        composed: dict[tuple[str, ...], tuple[str, ...]] = {}
        for key, replacement in table.items():
            if len(replacement) != 1 or not replacement[0].startswith(CONCEPT):
                continue
            read = tuple(
                t for t in self._rewrite_once(key, frozenset(), skip=key) if not t.startswith(FILLER)
            )
            if len(read) >= 2 and all(t.startswith(CONCEPT) for t in read) and replacement[0] not in read:
                composed.setdefault(read, replacement)
        return composed

    def rewrite(self, stems: tuple[str, ...] | list[str], known: frozenset[str] = frozenset()) -> list[str]:
        """Replace glossary phrases by their tokens; split `unX` into `OPPOSITE X` when X is a known stem;
        then join concepts that together make one (`lead` and `council`: the council's leader)."""
        out = self._rewrite_once(stems, known)
        if not self.composed:
            return out
        joined: list[str] = []
        index = 0
        while index < len(out):
            if not out[index].startswith(CONCEPT):  # every composed phrase is made of concepts
                joined.append(out[index])
                index += 1
                continue
            for size in (3, 2):
                replacement = self.composed.get(tuple(out[index : index + size]))
                following = out[index + size] if index + size < len(out) else None
                modified = following is not None and (following.isalpha() or following.startswith(CONCEPT))
                if replacement is not None and not modified:
                    # "leads Trafford Council."; not "chairs Trafford's Shadow Improvement Board", where
                    # a plain word follows that the council's name is a modifier of, nor "leads
                    # Trafford's children's services", where a concept follows it
                    joined.extend(replacement)
                    index += size
                    break
            else:
                joined.append(out[index])
                index += 1
        return joined

    def _rewrite_once(
        self, stems: tuple[str, ...] | list[str], known: frozenset[str], skip: tuple[str, ...] = ()
    ) -> list[str]:
        out: list[str] = []
        index = 0
        owned = not self.owners.isdisjoint(stems)  # a phrase may hold the owner's name only if it is there
        while index < len(stems):
            for key, replacement in self.phrases.get(stems[index], ()):
                if key == skip:
                    continue
                exact = tuple(stems[index : index + len(key)]) == key
                through = owned and len(key) > 1 and replacement != (NOT,)  # "failing councils to improve"
                size = len(key) if exact else self._through(stems, index, key) if through else 0
                if not size and (gap := _separated(stems, index, key)):
                    # "turning standards round" says "turning round" of standards
                    out.extend(replacement)
                    out.extend(self._rewrite_once(stems[index + 1 : index + 1 + gap], known))
                    index += gap + len(key)
                    break
                if size and (given_way := self._gives_way(stems, index, size, replacement)):
                    out.extend(replacement)  # "Trafford council leader": Trafford, and the council leader
                    index += given_way
                    break
                if size:  # a phrase read as `unrecognised` is split as that word is
                    one = len(replacement) == 1
                    out.extend(self._split_negative(replacement[0], known) if one else replacement)
                    index += size
                    break
            else:
                out.extend(self._split_negative(stems[index], known))
                index += 1
        return out

    def _gives_way(
        self, stems: tuple[str, ...] | list[str], start: int, size: int, replacement: tuple[str, ...]
    ) -> int:
        """How many stems a name of one concept keeps where its last word opens a longer phrase and the
        words before it still name the same concept alone ("Trafford council" before "council leader":
        "Trafford" is the council too); 0 where it keeps them all."""
        last, end = start + size - 1, start + size
        if size < 2 or len(replacement) != 1 or not replacement[0].startswith(CONCEPT):
            return 0

        def reach(at: int) -> int:
            """Where the longest phrase of two words or more opening at `at` ends; `at` for none."""
            if at >= len(stems):
                return at
            keys = self.phrases.get(stems[at], ())
            found = [len(key) for key, _ in keys if len(key) >= 2 and tuple(stems[at : at + len(key)]) == key]
            return at + max(found, default=0)

        if reach(last) <= end or reach(end) >= reach(last):
            return 0  # no longer phrase, or the next words already make one as long: "chief executive"
        if tuple(self._rewrite_once(stems[start:last], frozenset())) != replacement:
            return 0
        return size - 1

    def _through(self, stems: tuple[str, ...] | list[str], start: int, key: tuple[str, ...]) -> int:
        """How many stems from `start` say `key` with the implied owner's name inside it ("impact of
        Trafford's leaders on social work practice" for "impact of leaders on ..."); 0 if they do not."""
        at, matched = start, 0
        while matched < len(key) and at < len(stems):
            if stems[at] == key[matched]:
                matched += 1
            elif not (matched and stems[at] in self.owners):
                return 0
            at += 1
        return at - start if matched == len(key) else 0

    def _split_negative(self, word: str, known: frozenset[str]) -> tuple[str, ...]:
        if word in self.not_negative or not word.startswith(self.negative_prefixes):
            return (word,)
        for prefix in self.negative_prefixes:
            rest = word[len(prefix) :]
            if not word.startswith(FILLER) and word.startswith(prefix) and len(rest) >= 4 and rest in known:
                replaced = self._rewrite_once((rest,), frozenset())
                return (f"{OPPOSITE}{len(replaced)}", *replaced)
        return (word,)


PARTICLES = frozenset(term(word) for word in ("round", "up", "off", "out", "down", "back", "over"))
"""The particles of English phrasal verbs that may follow the verb's object (`turn it round`, `set a
board up`). `in`, `on` and `into` are left out: after a noun they are far more often prepositions
("brought staff in May"), and a phrase read across its object would lose the words it is matched by
("put new ideas into practice" would no longer speak of practice). So is
`around`, a function word the reading already passes over: "turning services around" keeps its own
words, which a question asking who spoke of improving services still finds."""

_OBJECT_WORDS = frozenset(
    term(word)
    for word in ("the", "a", "an", "its", "their", "our", "his", "her", "this", "these", "those", "s")
)
"""The function words an object noun phrase may hold (`its report`, `the council's services`)."""
_DENIALS = frozenset(term(word) for word in ("not", "no", "never", "none", "nor", "nothing"))

LONGEST_OBJECT = 4
"""The most words an object between a phrasal verb and its particle is read across."""


def _separated(stems: tuple[str, ...] | list[str], start: int, key: tuple[str, ...]) -> int:
    """How many words of an object stand between a phrasal verb and its particle ("turning the council's
    services round" for the phrase "turning round"): the phrase's first word, then a short noun phrase
    (content words and determiners, no particle, verb of being or negation), then the rest of the
    phrase word for word; 0 where the words do not read so."""
    if len(key) < 2 or key[1] not in PARTICLES or key[0].startswith(FILLER) or stems[start] != key[0]:
        return 0
    for gap in range(1, LONGEST_OBJECT + 1):
        word = stems[start + gap] if start + gap < len(stems) else None
        if (
            word is None
            or word in PARTICLES
            or word in _DENIALS
            or (word.startswith(FILLER) and word not in _OBJECT_WORDS)
        ):
            return 0
        if tuple(stems[start + gap + 1 : start + gap + len(key)]) == key[1:]:
            return (
                gap if any(not said.startswith(FILLER) for said in stems[start + 1 : start + gap + 1]) else 0
            )
    return 0


WHOLE_WORD = "="
"""The mark of a word matched whole (`=manageable`): no stem starts with it."""


def _whole_word(
    phrase: str,
    key: tuple[str, ...],
    held: tuple[str, ...] | None,
    held_by: str | None,
    replacement: tuple[str, ...],
) -> str | None:
    """The whole-word token for a one-word quality whose stem the glossary already holds for another
    word with another meaning ("manageable" after "management", both `manag`); None otherwise. The
    same word listed twice, or an inflection of it ("issue", "issues"), keeps the first meaning."""
    word = fold(phrase)
    if held is None or held == replacement or held_by is None or len(key) != 1 or " " in word.strip():
        return None
    if word.startswith(held_by) or held_by.startswith(word):
        return None
    return WHOLE_WORD + word
