"""Words the record never uses, read rather than left to block a verdict.

A claim word that no record text and no glossary entry holds weighs as much as the rarest record
word, so one such word ("the voice of the child is being built into the process", "kids in
immediate danger") leaves every item short of the claim and the verdict `not_found`, though the
rest of the claim is said, or denied, in so many words. Three kinds of such word can be read:

- a time, frequency or degree adverb ("four years later", "often inaccurate") says how or when
  a thing is put, not what is claimed: the claim is read without it; so does an `-ly` adverb that
  WordNet gives as another word for one of them (`genuinely` as `truly`, `basically` as
  `essentially`), and a word of a lead-in label (`Cllr at scrutiny: ...`, `Lesson from Trafford: ...`),
  which says what kind of post the claim is, not what it claims;
- a plain word for a person (`the man leading the council was Andrew Weston`), in a claim that
  names someone the record names, stands for that person: the claim is read without it;
- a word that WordNet gives one record word for, and that record word a word of few senses
  (`danger` as `risk`, `built` as `improved`), is read as that record word; so is a word of few
  senses most of whose other words are that record word's too (`tiny` as `small`: `narrow_sense`).

An `-ly` adverb of manner (`working brilliantly`) says more than the claim without it, so the claim
read without it may be found false (the record denying the plans work denies they work brilliantly),
never true (`manner_adverb`, `DENIED_ONLY`); denied (`were not used properly`), it says less, so the
claim read without it may be found true, never false (`UPHELD_ONLY`).

Everything else keeps blocking: a capitalised word, unless the capital only opens a sentence
(`Notably, ...`), is a name (a council, a person, a body) the record does not hold, and a word
whose other words in the record are several (`former`: `early`, `past`, `previous`) or are words
of many senses (`briefed` as `short`, `suspended` as `supported`) is content the record does not
speak to. Each reading is only a second look: the claim is checked as written first, and a
reading settles the claim only with a verdict its kind may give (`unknown_readings`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from trafford_timeline.claims.glossary import NOT, OPPOSITE
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold, stem, term
from trafford_timeline.claims.pole_companions import joined_to_quality
from trafford_timeline.claims.reading import Reading
from trafford_timeline.claims.thesaurus import stand_ins, synonyms
from trafford_timeline.claims.verdicts import Verdict

NEVER_MENTIONS = "the record never mentions"
"""How an explanation that unknown words left the claim unfound begins."""

_LIGHT_ADVERB_LIST = """
later soon afterwards subsequently eventually ultimately lately again
often frequently sometimes occasionally usually generally typically routinely repeatedly constantly
mainly mostly chiefly primarily partly partially slightly highly greatly hugely massively extremely
especially notably increasingly considerably substantially whatsoever altogether utterly totally
wholly truly genuinely certainly surely definitely undoubtedly arguably
squarely sharply firmly
"""
LIGHT_ADVERBS = frozenset(_LIGHT_ADVERB_LIST.split())
"""Adverbs of time, frequency and degree: how often or how much, said beside what is claimed.
Comparatives and bounds (`less`, `below`, `half`) are not among them: they change what a claim
says of a date or an amount."""

_DEGREE_SEED_LIST = """
really truly actually very quite essentially basically fundamentally entirely completely fully
perfectly absolutely enormously tremendously profoundly deeply
"""
_DEGREE_SEEDS = LIGHT_ADVERBS | frozenset(_DEGREE_SEED_LIST.split())
"""Adverbs of degree and of sincerity that another `-ly` adverb may be given as by WordNet. Words
that bound or deny (`just`, `only`, `barely`, `hardly`) are not among them: `barely supported` is
not `supported`."""


_RESTRICTIVE_LIST = "only just merely alone solely exclusively simply barely hardly scarcely"
_RESTRICTIVE = frozenset(_RESTRICTIVE_LIST.split())
"""Adverbs that bound what is claimed: an adverb WordNet also gives as one of them (`exclusively` as
`entirely` and `only`) says the claim holds of nothing else, which is content."""


def degree_adverb(word: str) -> bool:
    """Whether `word` is an adverb of degree: one of `LIGHT_ADVERBS`, or an `-ly` adverb WordNet
    gives as another word for one of them (`genuinely` as `truly`, `staggeringly` as `hugely`)."""
    if word in LIGHT_ADVERBS:
        return True
    others = set(synonyms(word))
    return word.endswith("ly") and not _DEGREE_SEEDS.isdisjoint(others) and _RESTRICTIVE.isdisjoint(others)


def manner_adverb(word: str, prefixes: tuple[str, ...]) -> bool:
    """Whether `word` is an `-ly` adverb of manner that only adds to what is claimed (`brilliantly`,
    `quietly`): not one that denies or places in time, by itself or as WordNet gives it (`barely`,
    `formerly`), nor one with a negative prefix (`unfairly`), which turns the claim round."""
    if not word.endswith("ly") or len(word) < 6 or word.startswith(prefixes):
        return False
    others = synonyms(word)
    if others and not any(other.endswith("ly") for other in others):
        return False  # a noun or a verb that ends so (`supply`, `assembly`): its other words are not adverbs
    made_from = _adjective_of(word)
    return made_from is not None and not _BOUNDING_SEEDS & {word, made_from, *others}


MAX_SENSES = 12
"""The most other words the record word read for an unknown one may have in WordNet: a word of
many senses (`short`, `supported`, `level`) stands for the unknown word in one sense of dozens."""

_BOUNDING_SEED_LIST = """
hardly barely scarcely rarely seldom never once formerly previously earlier originally initially
recently lately currently presently now soon later eventually finally already ever
allegedly supposedly reportedly apparently seemingly purportedly ostensibly
day week month year hour quarter time daily weekly monthly yearly annually
"""
_BOUNDING_SEEDS = frozenset(_BOUNDING_SEED_LIST.split())
"""Adverbs that all but deny (`hardly`), place in time (`formerly`, `weekly`) or only report
(`allegedly`): without them a claim says another thing, not less of the same."""


def _adjective_of(word: str) -> str | None:
    """The word an `-ly` word is made from, if WordNet knows it (`quiet` for `quietly`, `automatic`
    for `automatically`, `sensible` for `sensibly`): None for a word that only ends so (`family`)."""
    stem_ = word[:-2]
    bases = (
        stem_,
        stem_[:-1] + "y" if stem_.endswith("i") else "",
        stem_ + "le" if word.endswith("bly") else "",
        word[:-4] if word.endswith("ally") else "",
    )
    return next((base for base in bases if base and synonyms(base)), None)


UPHELD_ONLY: frozenset[Verdict] = frozenset({"supported"})
"""What a claim read without an adverb of manner that a denial reaches may be found: the record
denying the plainer thing denies it done in any manner (`interviews were not done` states `were not
done properly`), while the record saying it was done does not say it was done well."""

DENIED_ONLY: frozenset[Verdict] = frozenset({"contradicted"})
"""What a claim read without an adverb of manner may be found: the claim says more than the
reading, so the record denying the reading denies the claim, but stating it does not state the
claim (`working brilliantly` is false where the record says the plans do not work; where it says
they work, it has not said how well)."""

SETTLED_BY: frozenset[Verdict] = frozenset({"supported", "contradicted"})
"""The verdicts a second reading may give: it turns an unfound claim into a found one, never the
other way, and never into a dispute the words as written did not raise."""


def unknown_words(reading: Reading, index: ClaimIndex) -> list[str]:
    """The claim's words that no record text and no glossary entry contains."""
    known, glossary = index.vocabulary.stems, index.glossary
    return [
        word
        for word in dict.fromkeys(reading.words)
        if word.isalpha()
        and stem(word) not in known
        and word not in glossary.words
        and stem(word) not in glossary.stems
    ]


_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?:;\u2013\u2014(\"'\u2018\u201c]|\s-)\s*$")
"""What stands before a word that opens a sentence, a label's statement or a quote (`Notably, ...`,
`... findings: Fieldwork ran ...`, `"Warning signs ..."`), where any word takes a capital."""


def written_as_name(word: str, text: str) -> bool:
    """Whether the claim writes `word` with a capital where a common word would not take one: a
    name, not a common word. A capital that only opens a sentence says nothing of the word."""
    return any(
        m.group(0)[0].isupper() and not _OPENS_A_SENTENCE.search(text[: m.start()])
        for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
    )


_PERSON_WORD_LIST = "man woman men women person guy lady gentleman chap fellow individual"
PERSON_WORDS = frozenset(_PERSON_WORD_LIST.split())
"""Plain words for a person (`the man leading the council was Andrew Weston`): beside a person the
record names, they stand for that person and say nothing else of them."""


_TITLE_LIST = "cllr councillor mr mrs ms miss dr"
_TITLE_BEFORE_NAME = re.compile(
    rf"\b(?P<title>{'|'.join(_TITLE_LIST.split())})\.?\s+(?P<name>[A-Z][\w'’-]*)", re.IGNORECASE
)
"""A title written right before a capitalised name (`Cllr Weston`, `Mr Smith`): it says how the person
is addressed, not anything claimed of them, and its capital is a title's, not a name's."""


def titles_of_named(text: str, index: ClaimIndex) -> frozenset[str]:
    """The titles the claim writes before a name the record gives someone (`Cllr Weston`), folded."""
    return frozenset(
        found["title"].casefold()
        for found in _TITLE_BEFORE_NAME.finditer(text)
        if found["name"][0].isupper()
        and any(term(found["name"].casefold()) in person.name for person in index.people)
    )


def _names_someone(reading: Reading, index: ClaimIndex) -> bool:
    """Whether the claim names a person the record names."""
    terms = set(reading.terms)
    return any(person.name <= terms for person in index.people)


FEW_SENSES = 8
"""The most other words an unknown word may have in WordNet for its one record word to be read
for it however many senses that record word has, provided that most of them are the record
word's too (`narrow_sense`)."""


def narrow_sense(word: str, other: str) -> bool:
    """Whether `word` has few other words in WordNet, most of them also `other`'s: then it means
    `other` in every sense it has (`tiny`, whose `little`, `petite`, `diminutive` are all `small`'s,
    though `small` has dozens of senses), not in one sense of many (`suspended`, whose `debar` and
    `freeze` are none of `supported`'s)."""
    own = set(synonyms(word)) - {other}
    return len(own) <= FEW_SENSES and 2 * len(own & set(synonyms(other))) > len(own)


def record_word(word: str, index: ClaimIndex) -> tuple[str, str] | None:
    """The one record word WordNet gives for `word`, with the term the reader makes of it; None
    where it gives none, several, or one of many senses that is not the word's only sense."""
    known = index.vocabulary.stems
    found = {
        read: other for other, read in stand_ins(word, index.glossary, known) if read in known or ":" in read
    }
    if len(found) != 1:
        return None
    ((read, other),) = found.items()
    return (other, read) if len(synonyms(other)) <= MAX_SENSES or narrow_sense(word, other) else None


def _reread(
    reading: Reading,
    terms: Mapping[str, str | None],
    words: Mapping[str, str | None],
    *,
    keep_denials: bool = False,
) -> Reading | None:
    """The reading with each term in `terms` replaced (None: left out), or None if nothing is left;
    with `keep_denials`, a denial of nothing but left-out terms stays a denial, as the reader keeps
    one of no term (`were not being done properly` read as `were not being done`)."""

    def swapped(found: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
        return tuple(new for term in found if (new := terms.get(term, term)) is not None)

    kept = swapped(reading.terms)
    if not kept:
        return None
    return replace(
        reading,
        terms=kept,
        words=tuple(new for word in reading.words if (new := words.get(word, word)) is not None),
        negations=tuple(
            frozenset(swapped(negated)) for negated in reading.negations if keep_denials or swapped(negated)
        ),
        asserted=frozenset(swapped(reading.asserted)),
    )


_LENGTH_BEFORE = (
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
    r"(?:days?|weeks?|months?|years?)\s+"
)


_LABEL_WORD = r"\(?(?:[^\W\d][\w'’.]*|(?:19|20)\d\d)\)?"
_LABEL = re.compile(rf"^(?P<label>(?:{_LABEL_WORD}(?:\s+|\s*[-–—]\s*)){{0,3}}{_LABEL_WORD})\s*:\s+(?=\S)")
"""A lead-in label of up to four words before a colon (`Cllr at scrutiny:`, `Lesson from Trafford:`),
one of which may be a year or stand in brackets (`Trafford 2015 baseline:`, `Key lesson (Trafford):`):
the year is still read, as a date of what follows."""


def label_words(text: str) -> frozenset[str]:
    """The words of a claim's lead-in label, folded: a label says what kind of post or slide the
    claim is, so a word of it the record never uses blocks nothing the claim asserts."""
    found = _LABEL.match(text.strip())
    words = re.findall(r"[^\W\d][\w'.]*", fold(found["label"])) if found is not None else []
    if any(word.endswith(("ed", "ing")) for word in words):
        return frozenset()  # `Austerity blamed: ...` is a statement of its own, not a kind of post
    return frozenset(words)


def _after_a_length(word: str, text: str) -> bool:
    """Whether an adverb follows a length ("two years later"): then it says how long, which passing
    over it would leave unchecked, so a wrong length would be supported."""
    return re.search(_LENGTH_BEFORE + re.escape(word) + r"\b", text, re.IGNORECASE) is not None


def unknown_readings(
    reading: Reading, text: str, index: ClaimIndex
) -> list[tuple[Reading, frozenset[Verdict]]]:
    """Other readings of a claim that unknown words left unfound, each with the verdicts it may
    settle the claim with: first without its light adverbs, then with its other unknown words
    also read as their record words."""
    unknown = [word for word in unknown_words(reading, index) if not written_as_name(word, text)]
    labelled = label_words(text)
    light = [word for word in unknown if degree_adverb(word) and not _after_a_length(word, text)]
    light += [word for word in unknown if word in labelled and word not in light]
    if _names_someone(reading, index):
        light += [word for word in unknown if word in PERSON_WORDS]
    addressed = titles_of_named(text, index)
    light += [word for word in unknown_words(reading, index) if word in addressed and word not in light]
    terms: dict[str, str | None] = {stem(word): None for word in light}
    words: dict[str, str | None] = dict.fromkeys(light)
    readings: list[tuple[Reading, frozenset[Verdict]]] = []
    if light and (without := _reread(reading, terms, words)) is not None:
        readings.append((without, SETTLED_BY))
    for word in unknown:
        if word not in light and (found := record_word(word, index)) is not None:
            words[word], terms[stem(word)] = found
    if len(terms) > len(light) and (reworded := _reread(reading, terms, words)) is not None:
        readings.append((reworded, SETTLED_BY))
    prefixes = index.glossary.negative_prefixes
    manner = [word for word in unknown if word not in light and manner_adverb(word, prefixes)]
    if manner and not reading.negations and not any(t.startswith((NOT, OPPOSITE)) for t in reading.terms):
        unmannered = {stem(word): None for word in light + manner}
        if (plainer := _reread(reading, unmannered, dict.fromkeys(light + manner))) is not None:
            readings.append((plainer, DENIED_ONLY))
    listed = [
        word
        for word in unknown
        if word not in light and word not in manner and joined_to_quality(word, reading, text, index.glossary)
    ]
    if listed and not _DENIAL.search(fold(text)):
        unlisted: dict[str, str | None] = {stem(word): None for word in light + listed}
        unlisted_words: dict[str, str | None] = dict.fromkeys(light + listed)
        if (plainer := _reread(reading, unlisted, unlisted_words)) is not None:
            readings.append((plainer, DENIED_ONLY))
    if manner and all(_denied(stem(word), reading) for word in manner):
        left_out = {stem(word): None for word in light + manner}
        plainer = _reread(reading, left_out, dict.fromkeys(light + manner), keep_denials=True)
        if plainer is not None:
            readings.append((plainer, UPHELD_ONLY))
    return readings


_DENIAL = re.compile(r"\b(?:not|no|never|nor|neither|without|none|nothing|hardly|barely|rather)\b|n't\b")
"""A word that denies or sets aside: `not weak and fragmented` denies the two together, which the
quality word alone found false would not settle. A quality that is itself a denial (`weak`) is no
such word."""


def _denied(found: str, reading: Reading) -> bool:
    """Whether a denial reaches the term `found` and the claim says it nowhere else."""
    return reading.negations_of({found}) % 2 == 1 and found not in reading.asserted
