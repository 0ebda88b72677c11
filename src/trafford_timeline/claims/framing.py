"""A question's own framing words, which the item that answers it need not hold.

A question is often worded around its answer: "Which positive finding did the chief executive
highlight?" asks for a finding, and "highlight" only says how it was told; "Which officer briefed the
committee after the Ofsted inspection?" is asked of minutes of a committee meeting on the Ofsted
report, which need not repeat "inspection". Where the closest item lacks only such words, the
question is asked again without them, and answered only from that same item: the words framed the
question, they did not choose another item. A word of substance (a body that acts, a person, a
place, a figure, a grade, a year) is never framing, so a question about what the record lacks
stays "not stated". A yes or no question is a whole statement, so fewer words frame it: its light
verbs and verbs of conveying, its verbs of telling only where the item is a saying, and the words of
the act the item is filed under (`_framing_stems`). A word of judgement ("criticism", "positive")
frames a question of a finding of its polarity (`_judged_terms`), and the words that give a cause
("the effect of", "because of") one of an item that states the cause with what followed
(`_cause_terms`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from trafford_timeline.claims.event_bag import imposed_by
from trafford_timeline.claims.index import ClaimIndex, Document, own_text
from trafford_timeline.claims.language import stem, tokens
from trafford_timeline.claims.matching import Answer, coverage_of
from trafford_timeline.claims.question import BODIES, LIGHT_VERBS, Question, without_words
from trafford_timeline.claims.reading import AREA_PREFIX, GRADE_PREFIX, read_text
from trafford_timeline.record.model import Fact, FindingFact, Source, StatementFact

_SAYING_WORDS = """highlight highlighted highlights highlighting concede conceded concedes admit admits
admitted acknowledge acknowledged acknowledges brief briefed briefs briefing describe described describes
identify identified identifies according agree agreed agrees note noted notes raise raised raises point
pointed points tell told tells say said says ask asked asks want wanted wants demand demanded demands
receive received receives receiving mention mentioned mentions explain explained explains outline
outlined outlines flag flagged flags stress stressed stresses emphasise emphasised emphasize emphasized
inform informed informs update updated spot spotted recognise recognised recognize recognized think thinks
thought believe believes believed reckon reckons reckoned"""
SAYING = frozenset(stem(word) for word in _SAYING_WORDS.split())
"""Verbs of asking, telling and reporting: how a thing was said or asked for, which the item that
says it need not repeat ("the report also made positive comments" is what the chief executive
"highlighted")."""

_FRAMED_FORMS = frozenset({"who", "said", "which", "what", "list", "how_many", "how_often", "why", "yes_no"})
"""Forms whose answer is a slot of the item, or a yes or no the item decides: a date is answered only
for the very thing asked about, and a grade from the ratings."""

_SHOWING_WORDS = """show shows showed shown showing reveal reveals revealed revealing indicate indicates
indicated indicating demonstrate demonstrates demonstrated demonstrating receive receives received
receiving"""
_SHOWING = frozenset(stem(word) for word in _SHOWING_WORDS.split())
"""Verbs by which a thing conveys or takes in a matter ("data showing weaknesses", "figures revealed
a rise", "leaders received reports"): the item states the matter ("weaknesses highlighted by
data", "regular performance reporting") and need not repeat how it came across."""

_NAMED_FORMS = frozenset({"which", "what", "list"})
"""Forms that say what they ask for by a noun ("which finding", "what steps"); without one, the verb
is what is asked for, and never framing."""

_CLOSEST = re.compile(
    r"^(?:neither yes nor no: no record item states this; )?"
    r"the closest(?: item)?, (?P<id>[^,\s]+), says nothing of "
)
"""How `matching.why_not`, and the claim checker for a yes or no, name the item that came closest and
the words it lacks."""


_DOWNPLAYING = frozenset(
    stem(word) for word in ["play", "plays", "played", "playing", "talk", "talks", "talked", "talking"]
)
"""With "down", how a thing was told ("played down the findings as..."): a verb of telling."""

_ORDINAL_WORDS = "first next immediate initial"
ORDINALS = frozenset(stem(word) for word in _ORDINAL_WORDS.split())
"""Words that place the thing asked about in its series ("the first monitoring visit", "the next
meeting", "the immediate measures"), which the item that states it seldom repeats: framing where the
item lacks them and the question asks for no date (a date of "the next inspection" is another's)."""

_KIND_WORDS: dict[str, str] = {
    "committee_minutes": "committee meeting members officers councillors minutes",
    "inspection_report": "Ofsted inspection inspectors report",
    "news_report": "news report",
}
"""Who and what a kind of source implies: minutes are of a committee whose members and officers
speak; an inspection report is Ofsted's, written by its inspectors."""


def _read_words(text: str, index: ClaimIndex) -> set[str]:
    """The terms of a text, read whole and word by word ("Ofsted report" is the report, and Ofsted's);
    a capitalised word only where it is a glossary concept, as "Children First" names no ordinal."""
    terms = set(read_text(text, index.glossary, index.vocabulary).terms)
    for word in re.findall(r"[A-Za-z][\w'’-]*", text):
        read = set(read_text(word, index.glossary, index.vocabulary).terms)
        terms |= read if not word[0].isupper() else {t for t in read if ":" in t}
    return terms


def _framing_stems(question: Question, document: Document) -> frozenset[str]:
    """The stems that may frame the question: verbs of telling, light verbs ("take on", "use") and,
    but in a question for a date, ordinals. A yes or no question is a whole statement, so only its
    light verbs and verbs of showing frame it, and its verbs of telling only where the item is itself
    a saying ("did Ofsted tell the committee X?" of "Ofsted stated X"): "did the council admit X?" is
    not answered by an item that says X of someone else, nor "was it the first?" by "one of the early"."""
    if question.form == "yes_no":
        said = SAYING if isinstance(document.item, StatementFact) else frozenset()
        return LIGHT_VERBS | _SHOWING | said
    return SAYING | LIGHT_VERBS | (ORDINALS if question.form != "when" else frozenset())


def _saying_terms(question: Question, index: ClaimIndex, framing: frozenset[str]) -> set[str]:
    """The terms the question's framing words (`_framing_stems`) read as: a stem, or a glossary
    concept ("flagged")."""
    found: set[str] = set()
    words = tokens(question.folded)
    for at, word in enumerate(words):
        phrasal = words[at + 1 : at + 2] == ["down"] and stem(word) in _DOWNPLAYING
        if stem(word) in framing or phrasal:
            found.add(stem(word))
            found |= set(read_text(word, index.glossary, index.vocabulary).terms)
            if at + 1 < len(
                words
            ):  # "pointed to" is the glossary's phrase; the next word's own terms are not
                pair = set(read_text(" ".join(words[at : at + 2]), index.glossary, index.vocabulary).terms)
                found |= pair - set(read_text(words[at + 1], index.glossary, index.vocabulary).terms)
    return found


def _event_of(document: Document, index: ClaimIndex) -> list[str]:
    """The own text of the event the item belongs to, if it belongs to one."""
    item = document.item
    if isinstance(item, Fact) and item.event is not None and item.event in index.numbers:
        return [own_text(index.document_of(item.event).item)]
    return []


def _act_of(document: Document, index: ClaimIndex) -> list[str]:
    """The act the item is part of: its event, and for a commitment imposed by someone, who imposed it
    (the record's `required_by`: "did the DfE notice require a board?" of a commitment the notice's
    Department for Education requires, whose own words name only the notice)."""
    return [*_event_of(document, index), imposed_by(document)]


def _context(document: Document, index: ClaimIndex, sources: Sequence[Source]) -> set[str]:
    """What the item's own context says: the event it belongs to, and the title and kind of the
    sources it quotes ("Update on Ofsted report", committee minutes). Not a source's description,
    which says what the record's keepers noticed of it ("the committee is not named in the text")."""
    item = document.item
    texts = _event_of(document, index)
    cited = {citation.source for citation in item.citations}
    for source in sources:
        if source.file in cited:
            texts += [source.title or "", _KIND_WORDS.get(source.kind, "")]
    terms: set[str] = set()
    for text in texts:
        terms |= _read_words(text, index)
    return terms


_PRAISE = "prais"
"""The term of a word of judgement: praise, or, denied, criticism (the glossary's "positive" and
"criticisms")."""


def _judged_terms(question: Question, document: Document, index: ClaimIndex) -> set[str]:
    """The judgement the question puts on a finding of the same polarity ("which positive did Ofsted
    find", "Ofsted's criticism of X" of a weakness): every finding is a strength or a weakness, so a
    word that says only which is framing; of the other polarity, or of an item that is no finding, it
    is not ("did Ofsted criticise X?" of a strength stays unsaid)."""
    item = document.item
    judged = _PRAISE in read_text(question.folded, index.glossary, index.vocabulary).terms
    if not judged or not isinstance(item, FindingFact) or _PRAISE in document.bag:
        return set()
    for word in tokens(question.folded):
        read = read_text(word, index.glossary, index.vocabulary)
        if _PRAISE not in read.terms:
            continue
        denied = read.negations_of({_PRAISE}) % 2 == 1
        if denied != (item.polarity == "weakness"):
            return set()  # one word of the other polarity is enough to keep it unsaid
    return {_PRAISE}


_GIVEN_CAUSE = re.compile(
    r"\b(?:(?:the|its|their)\s+(?:\w+\s+)?(?:effects?|impacts?|results?|consequences?|outcomes?)\s+of|"
    r"because\s+of|as\s+a\s+(?:result|consequence)\s+of|owing\s+to|on\s+account\s+of)\b"
)
"""A cause the question names as given, with what it asks for its effect ("what was the effect of
gaps in management on teams", "because of gaps in management, what did teams lack"): an item that
states the cause and what followed answers it, in its own words of causing ("have left", "meant")."""


def _cause_terms(question: Question, index: ClaimIndex) -> set[str]:
    """The terms of the words that frame a given cause (`_GIVEN_CAUSE`)."""
    terms: set[str] = set()
    for found in _GIVEN_CAUSE.finditer(question.folded):
        for word in tokens(found[0]):
            terms |= set(read_text(word, index.glossary, index.vocabulary).terms)
    return terms


def _named_by_frame(question: Question, index: ClaimIndex) -> set[str]:
    """Framing terms that say what a question without a focus noun asks for: "what was the effect of
    X" asks for what X did, "what was Ofsted's criticism of X" for the weakness found in X."""
    return {_PRAISE} | _cause_terms(question, index)


def _substance(index: ClaimIndex, light: frozenset[str]) -> set[str]:
    """Terms that are never framing: a post or a person's name, and a body, unless the question names
    it only as the owner of a thing (`light`: "the Ofsted recommendations")."""
    names = {term for person in index.people for term in person.name}
    return set(index.actors) | names | (set(BODIES) - light)


def _graded(term: str) -> bool:
    """A grade or an area of the ratings: what a question asks of, never its frame."""
    return term.startswith((GRADE_PREFIX, AREA_PREFIX))


def frame_of(
    question: Question,
    document: Document,
    index: ClaimIndex,
    sources: Sequence[Source],
    light: frozenset[str],
) -> set[str] | None:
    """The question's terms the item lacks, where every one of them only frames the question; None
    where the item lacks a term of substance, or lacks nothing."""
    _, missing = coverage_of(question.content, document.bag, index)
    if not missing:
        return None
    saying = _saying_terms(question, index, _framing_stems(question, document)) - document.bag
    saying |= _judged_terms(question, document, index) | (_cause_terms(question, index) - document.bag)
    # the act the item is part of, its body too ("could the government issue a direction" of the DfE's
    # notice's detail; "who chairs the board the DfE required" of the commitment its notice imposes)
    act = set().union(*(_read_words(text, index) for text in _act_of(document, index)))
    own = act - _substance(index, BODIES)
    if question.form == "yes_no":  # the whole statement is asked: its own framing words, and the act
        backed = {t for t in own if not _graded(t)}
    else:  # and what its sources say, where a body is framing only as the owner of a thing
        told = _context(document, index, sources) - _substance(index, light)
        backed = {t for t in told | own if not _graded(t)}
    if not set(missing) <= saying | backed:
        return None
    return set(missing) | saying


def _words_of(question: Question, terms: set[str], index: ClaimIndex) -> list[str]:
    """The question's words that read as `terms`: each read alone, as a stem or a glossary concept;
    a yes or no question's statement has its own ("did Ofsted think" states "Ofsted thought")."""
    words = []
    for word in dict.fromkeys(tokens(question.folded) + tokens(question.declarative)):
        read = set(read_text(word, index.glossary, index.vocabulary).terms) | {stem(word)}
        if read & terms:
            words.append(word)
    return words


def _unknown(question: Question, index: ClaimIndex) -> list[str]:
    """The question's words the record never uses, which `answer._answer_text` has already left out
    of a question it goes on to answer."""
    known, glossary = index.vocabulary.stems, index.glossary.words
    return [
        w
        for w in dict.fromkeys(tokens(question.folded))
        if w.isalpha() and stem(w) not in known and w not in glossary
    ]


def closest_named(answer: Answer, index: ClaimIndex) -> Document | None:
    found = _CLOSEST.match(answer.explanation)
    if found is None or found["id"] not in index.numbers:
        return None
    return index.document_of(found["id"])


def unframed(
    question: Question,
    answer: Answer,
    index: ClaimIndex,
    sources: Sequence[Source],
    light: frozenset[str],
    ask: Callable[[Question], Answer],
) -> Answer | None:
    """The answer to the question without its framing words, where the closest item lacked only those
    and the answer is that item's: the words said how the question was put, not which item it asks
    about. None where that is not so."""
    if answer.status != "not_stated" or question.form not in _FRAMED_FORMS:
        return None
    document = closest_named(answer, index)
    if document is None or not isinstance(document.item, Fact):
        return None
    frame = frame_of(question, document, index, sources, light)
    if not frame:
        return None
    if question.form in _NAMED_FORMS and not question.focus and not frame & _named_by_frame(question, index):
        return None  # "what did the forum request?": the verb is all that says what is asked for
    words = _words_of(question, frame, index)
    if not words:
        return None
    unknown = _unknown(question, index)  # left out before: the question is rebuilt from its text
    rest = without_words(question, words + unknown, index.glossary, index.vocabulary, loosen=False)
    if not rest.content.terms:
        return None
    if question.form == "who" and any(stem(w) in SAYING | _DOWNPLAYING for w in words):
        rest = replace(rest, form="said")  # "who highlighted...?" asks who said it, as "who said...?"
    again = ask(rest)
    if again.status != "answered" or not _from(again.evidence, document):
        again = ask(_unsaid(rest, words + unknown))  # a reader that rebuilds from the text reads it without
    if again.status != "answered" or not _from(again.evidence, document):
        return None
    left = ", ".join(words)
    verb = "frames" if len(words) == 1 else "frame"
    note = f"; {left} only {verb} the question, and {document.item.id} states the rest"
    return Answer(
        question.text,
        again.status,
        again.answer,
        again.value,
        again.kind,
        again.explanation + note,
        again.evidence,
        again.related,
    )


def _unsaid(question: Question, words: Sequence[str]) -> Question:
    """The question with `words` gone from its text too: a slot reader that reads the question's own
    words again ("who was to chair the board the DfE required") would otherwise find the framing
    words the item lacks once more."""
    alternatives = "|".join(re.escape(word) for word in sorted(set(words)))
    pattern = re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
    return replace(question, text=" ".join(pattern.sub(" ", question.text).split()))


def _from(evidence: Iterable[object], document: Document) -> bool:
    return any(getattr(item, "id", None) == document.item.id for item in evidence)


__all__ = ["SAYING", "closest_named", "frame_of", "unframed"]
