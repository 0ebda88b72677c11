"""What a quote says beyond the question's own words: the last reading of a `what` or `which` text
question the other readings left unanswered.

A question is mostly the answer's own sentence with a gap: "What problem did Ofsted note with
written referrals from partner agencies for children at lower levels of need?" is answered by the
words of "Written referrals received from partner agencies for children at lower levels of need were
not recorded as contacts in a timely way" that the question does not hold ("were not recorded as
contacts in a timely way"); "Which service works well with professionals...?" by the words before
them ("The virtual school"); "What did leaders lack for monitoring practice?" by the one run between
them ("no systems in place"). How the question frames it (who found or noted it, `framing.SAYING`)
is never the answer, and the quote need not repeat it. Since a wrong answer given as answered is the
worst error, this answers only where one item matches the question's words clearly better than any
other, one clause of its quotes holds all of them, and the part of it the question does not hold is
one short span.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.appraisal import judged_otherwise, judging_verb
from trafford_timeline.claims.asked_object import _NOT_ASKING_SUBJECT
from trafford_timeline.claims.framing import SAYING
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.manner_cut import span_cut_from_adverb
from trafford_timeline.claims.matching import (
    MATCH,
    MATCH_TEXT,
    Answer,
    Match,
    answered,
    cite,
    coverage_of,
    floor_of,
    ranked,
    read,
)
from trafford_timeline.claims.question import (
    AUXILIARY,
    BODIES,
    LIGHT_VERBS,
    PREPOSITIONS,
    STRANDED,
    Question,
    asks_two_things,
    without_words,
)
from trafford_timeline.claims.reading import AREA_PREFIX
from trafford_timeline.claims.reported_question import reports_a_question
from trafford_timeline.claims.subject_phrase import existential, through_the_kind
from trafford_timeline.claims.to_be_done import PARTICIPLE
from trafford_timeline.record.model import FindingFact

MARGIN = 0.2
"""The best item must match the question by this much more than the next one: the words left over
are an answer only where the question is plainly about that one item."""
MAX_SPAN_WORDS = 12
"""A span longer than this says more than the question asks; where it ends is not known."""
_REPORTING_WORDS = "say says said find finds found tell told report reports reported state stated"
_REPORTING = frozenset(stem(w) for w in _REPORTING_WORDS.split())
"""How a quote reports what was said or found, framing it as a verb of saying frames a question:
"found" is never the answer."""
_LEAD_IN = re.compile(r"^[^,]+, (?=what\b|which\b)")
_ASKS_WHAT = re.compile(r"^(?:[^,]+, )?(?:what|which)\b")
"""A question that opens with `what` or `which`, after any phrase that says whose account it asks of
("According to the minutes, what..."): a yes or no question read as asking a word is another's."""
_ENDS_WORDS = "the a an its their this that these those of to for by with in on at from as and or but nor"
_ENDS = frozenset(_ENDS_WORDS.split())
"""Words that cannot close a span: an article, a preposition or a joining word leaves it a fragment."""
_OTHER_KIND = re.compile(
    r"\b(?:when|who|whom|whose|why|how|where|names?|called|if|unless|reasons?|causes?|caused)\b"
)
"""A question word of another kind anywhere in the question: a date, a person, a reason or a cause
(which the readers of causes read whole, from every piece the record quotes), a manner or a name is
asked ("what's the name of the mentor?"), or what follows on a condition ("what would
happen if ...?", which needs an item stating that condition), which a span of running words does
not settle."""
_DOING = re.compile(
    r"\b(?:the (?:way|manner|extent to which)|how) (?:[a-z'’-]+ ){1,4}?"
    r"(?:was|were|is|are|had been|has been|have been) (?P<doing>[a-z]+)"
)
"""A topic that says what was done to a thing ("the way caseloads were managed"): only a clause that
says that doing answers it, not one that says only what the thing was."""
_COUNTED = re.compile(
    r"^(?:[^,]+, )?(?:what|which) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|both)\b"
)
"""A count asked with the thing ("which two areas"): the readers of counted lists check it."""
_CLAUSE_END = re.compile(r"[.;:!?]")
_WORD = re.compile(r"[A-Za-z0-9'’-]+")
_LEADING = re.compile(rf"^(?:{AUXILIARY}|been|being|be|so|that|which|who|also|then)$")
"""Words that only join a span to the question's words before it ("were not recorded" keeps
"were", a verb of its own; "and", "that" join): dropped from a span's opening where a verb follows."""


def _own_word(word: str, asked: set[str], terms: set[str], index: ClaimIndex) -> bool:
    """Whether a quote's word is one of the question's own: the same stem, a glossary concept the
    question names ("inspectors" for Ofsted), or a verb by which a quote reports what was said or
    found ("found", "said"), which frames a quote as it frames a question."""
    folded = fold(word)
    stems = {stem(t) for t in tokens(folded) if t not in STOPWORDS and len(t) > 1}
    if not stems:
        return False
    if stems <= asked | _REPORTING:
        return True
    read_as = set(read(folded, index).terms)
    return bool(read_as) and read_as <= terms


_TOLD = re.compile(
    r"^(?:did|do|does) (?:[a-z'’-]+ ){1,4}?(?:say|find|report|note|think|identify|feel)(?: that)? "
)
_MANNER_ADVERB = re.compile(r"[a-z]{3,}ly")
"""A word of manner between the copula and its participle ("was poorly recorded", "were badly
managed"): the participle is still the question's verb, and its subject is asked."""
_TAKING_WORDS = "get gets got receive receives have has need lack want obtain obtains"
_TAKING_VERBS = frozenset(_TAKING_WORDS.split(" "))
"""A verb of getting or having that closes a question ("...what help do children at risk get?"): its
subject stands before it in the question, so the gap is its object, after the question's words. Not
"needs" or "wants", nor a word after an owner ("their need"): those close a noun phrase."""
_MODALS = frozenset({"did", "do", "does", "will", "would", "can", "could", "should", "may", "might", "must"})
_COPULAS = frozenset({"was", "were", "is", "are", "has", "have", "had"})
_BE = frozenset({"was", "were", "is", "are"})


CONCEPT_WORDS = 6
"""The longest name read as one glossary concept ("multi-agency referral and assessment team")."""


def _own_words(words: list[str], asked: set[str], terms: set[str], index: ClaimIndex) -> list[bool]:
    """Which of a clause's words are the question's own (`_own_word`), a name of several words read as
    the one concept the question names ("[multi-agency referral and assessment team]" for MARAT)."""
    own = [_own_word(w, asked, terms, index) for w in words]
    for size in range(CONCEPT_WORDS, 1, -1):
        for at in range(len(words) - size + 1):
            ends = (fold(words[at]).strip("[(“\"'‘"), fold(words[at + size - 1]).strip("])”\"'’,"))
            if all(own[at : at + size]) or any(end in STOPWORDS for end in ends):
                continue  # a name opens and closes on words of its own: "had no" is no name
            read_as = set(read(" ".join(words[at : at + size]), index).terms)
            if any(":" in t for t in read_as) and read_as <= terms:
                own[at : at + size] = [True] * size
    return own


def asks_subject(question: Question) -> bool:
    """Whether the gap is the subject of the question's verb ("Which service works well...?", "What
    did Ofsted say were based on...?"): after `what`, or `which` and its noun, and who said so, a verb
    stands at once, or a form of "be" or "have" with a participle; the answer then stands before the
    question's words in the quote, not after them."""
    rest = _LEAD_IN.sub("", question.folded)
    openers = [f"{word} {question.focus} " for word in ("what", "which") if question.focus] + ["what "]
    opener = next((o for o in openers if rest.startswith(o)), None)
    if opener is None:
        return False
    rest = _TOLD.sub("", rest[len(opener) :])
    words = rest.split()
    if len(words) < 2 or words[0] in _MODALS or words[0] in STOPWORDS - _COPULAS:
        return False
    if words[0] in _NOT_ASKING_SUBJECT:
        return False
    if _ABOUT.search(rest):
        return False  # "what is said about X?": all that was said of X, not what did a thing
    if words[-1] in _TAKING_VERBS and not _OWNING.match(words[-2]):
        return False  # "what help did they say children get?": the verb's object, its subject said
    if words[0] in _COPULAS:
        verb = words[2] if len(words) > 2 and _MANNER_ADVERB.fullmatch(words[1]) else words[1]
        return words[1] == "not" or re.fullmatch(PARTICIPLE, verb) is not None
    return True


def _clause_score(question: Question, clause: str, match: Match, index: ClaimIndex) -> tuple[float, set[str]]:
    """How much of the question one clause of a quote holds, with the part of the service its item is
    filed under (a finding in the report's section on care leavers need not name them), and the
    question's terms it lacks but a body that found or said it (named by the item's source), a light
    verb or a word the record implies: a clause that lacks any other is not about the question's
    topic ("the way caseloads were managed" is not answered by what caseloads were)."""
    bag = set(read(clause, index).terms)
    bag |= {term for term in match.document.bag if term.startswith(AREA_PREFIX)}
    score, missing = coverage_of(question.content, bag, index)
    return score, set(missing) - BODIES - LIGHT_VERBS - index.glossary.implied


def _runs(words: list[str], own: list[bool]) -> list[tuple[int, int]]:
    """The runs of words that are not the question's own, as (start, end) positions."""
    runs: list[tuple[int, int]] = []
    start = None
    for at, is_own in enumerate([*own, True]):
        if not is_own and start is None:
            start = at
        elif is_own and start is not None:
            runs.append((start, at))
            start = None
    return [(s, e) for s, e in runs if e <= len(words)]


def _trimmed(words: list[str]) -> list[str]:
    """A run without the joining words at its ends: what would leave it a fragment ("to")."""
    words = [w.strip("“”\"'‘’,()[]") for w in words]
    words = [w for w in words if w]
    while len(words) > 1 and _LEADING.match(fold(words[0])) and fold(words[1]) not in {"not", "no"}:
        words = words[1:]
    while words and (fold(words[-1]) in _ENDS or re.fullmatch(AUXILIARY, fold(words[-1]))):
        words = words[:-1]
    return words


def _cut_infinitive(content: list[str], clause: str) -> bool:
    """Whether the span ends in "to" and a verb whose particle or object the clause goes on with
    ("promoted to take" of "promoted to take on the acting roles"): a clause cut in the middle, no
    phrase of its own."""
    if len(content) < 2 or fold(content[-2]) != "to":
        return False
    said = " ".join(content)
    at = clause.find(said)
    return at >= 0 and bool(_WORD.search(clause[at + len(said) :]))


def _span(question: Question, clause: str, index: ClaimIndex) -> str | None:
    """The one span of a clause that the question's words leave: the words before the first of them
    where the question asks a subject (`asks_subject`), else those after the last, or, where none
    follow, the one run between them that says anything. None where that span says nothing, is long,
    or is not what was asked (`_not_the_thing`)."""
    asked = {stem(t) for t in tokens(question.folded) if t not in STOPWORDS}
    asked -= {stem(t) for t in tokens(question.focus or "")}  # "which panel": the panel is the answer
    terms = set(question.content.terms)
    words = clause.split()
    own = _own_words(words, asked, terms, index)
    if sum(own) < 2:
        return None
    inserted = [not is_own and ("[" in w or "]" in w) for w, is_own in zip(words, own, strict=True)]
    first = own.index(True)
    last = len(own) - 1 - own[::-1].index(True)
    subject = asks_subject(question)
    if any(inserted[:first] if subject else inserted[first:]):
        return None  # "[multi-agency referral ...]": the quoting writer's words for the source's own,
        # which are not known, so no answer quotes them as said
    if subject:
        if existential(words[:first]):
            return None  # "there are a good | range": the subject follows the copula, cut here
        content = _trimmed(words[: through_the_kind(words, first, own, question.focus)])
        if content and fold(content[-1]) in _DENIALS:
            return None  # "Thresholds were not | consistently applied": the item denies what is asked
        if _second_predicate(words[:first]):
            return None  # "Supervision happens but is | patchily kept": the span holds a predicate too
    elif _ABOUT.search(question.folded) and existential(words) and _says_something(words[2:first]):
        content = _trimmed(words[2:])  # "there are a good | range of X ...": all it says of X
        if any(w.endswith(",") for w in content[:-1]):
            return None  # a clause runs on past a comma: where what it says of X ends is not known
    elif words[last].endswith(","):
        return None  # "Despite a rise in X, the council ...": the question's words closed their clause
    elif _ABOUT.search(question.folded) and any(
        _says_something(words[start:end]) for start, end in _runs(words, own) if first < start and end <= last
    ):
        return None  # "young carers coping alone with caring duties for months": what it says of them
        # runs between the question's words, and the words after them are only its tail
    else:
        start = _with_focus_words(
            question, words, min(_denied(words, last + 1), phrase_opening(words, last, asked))
        )
        content = _trimmed(words[start:])
        if not _says_something(content):
            runs = [
                _trimmed(words[_denied(words, start) : end])
                for start, end in _runs(words, own)
                if start > first and not words[start - 1].endswith(",")  # a clause of its own
            ]
            runs = [run for run in runs if _says_something(run)]
            content = runs[0] if len(runs) == 1 else []
    content = _one_predicate(content)
    if not _says_something(content) or len(content) > MAX_SPAN_WORDS:
        return None
    if _cut_infinitive(content, clause):
        return None  # "managers promoted to take | on the acting roles": a clause cut in the middle
    if fold(content[0]) in {"of", _stranded(question)} and len(content) > 1:
        content = content[1:]  # "implementation of X", "what do they lack copies of?": X is the thing
    if _not_the_thing(question, content):
        return None
    if question.focus and fold(content[0]) == question.focus.split()[-1]:  # "children who are at risk"
        if len(content) > 2 and fold(content[1]) in _BE and fold(content[2]) not in _DENIALS:
            return " ".join(content[2:])  # "help support | are referred to a team": its predicate
        content = (
            content[:1]
            + re.sub(r"^(?:who|that|which) (?:are|is|were|was) ", "", " ".join(content[1:])).split()
        )
    return " ".join(content)


def _with_focus_words(question: Question, words: list[str], start: int) -> int:
    """Where a span opens, taking in the words right before it that the question's own kind of thing
    opens with ("what extra help": "with extra | support" is "extra support"): they modify the noun
    the span names, as they do the question's, and the answer is the whole noun phrase."""
    named = fold(question.focus or "").split()
    if not re.fullmatch(r"(?:[a-z-]+ ){1,2}[a-z-]+", " ".join(named)) or set(named) & STOPWORDS:
        return start  # "which team's response to children": no modifier and its noun, but a phrase
    focus = set(named[:-1])
    while start > 0 and re.fullmatch(r"[\w'’-]+", words[start - 1]) and fold(words[start - 1]) in focus:
        start -= 1
    return start


def _second_predicate(words: list[str]) -> bool:
    """Whether the words before the question's own close with a joining word and only auxiliaries or
    denials after it ("... happens but is"): the question's verb is the second of two its subject
    has, and the words before the joining word hold the first one's words as well as the subject,
    which no reading here tells apart."""
    folded = [fold(w).strip(",") for w in words]
    while folded and (re.fullmatch(AUXILIARY, folded[-1]) or folded[-1] in _DENIALS):
        folded.pop()
    return len(folded) > 1 and folded[-1] in _JOINING


def _one_predicate(words: list[str]) -> list[str]:
    """A span up to where a joining word and a verb of its own open a second predicate ("ineffective
    checks | and was therefore wrong"): what follows says something else of the subject."""
    for at in range(1, len(words) - 1):
        if fold(words[at]) in _JOINING and re.fullmatch(AUXILIARY, fold(words[at + 1])):
            return _trimmed(words[:at])
    return words


def _stranded(question: Question) -> str:
    return question.folded.rstrip(" ?").split()[-1]


_ABOUT = re.compile(r"\b(?:say|said|find|found|note|noted|report|reported|think|thought) (?:about|of)\b")
"""`What did Ofsted find about X?` asks all that was said of X: its predicate, a phrase of time or
manner too ("for too long"); any other question asks for a thing."""


def _not_the_thing(question: Question, content: list[str]) -> bool:
    """Whether a span cannot be what was asked: one opening with a joining word is the second of two
    things, the first of which the question's words run through ("and no action ..."); one opening
    with a denial and an auxiliary ("not have been") is cut from its verb; one opening with a
    preposition places or times a thing, and answers only what was said about something."""
    opening = fold(content[0])
    if opening in _JOINING:
        return True
    if (
        opening in _DENIALS
        and len(content) > 1
        and re.fullmatch(rf"{AUXILIARY}|be|been|being", fold(content[1]))
    ):
        return True
    return re.fullmatch(_PLACING, opening) is not None and not _ABOUT.search(question.folded)


NOUN_MODIFIERS = 2
"""How many words may stand between a determiner and the question's word inside one noun phrase
("an effective quality assurance framework")."""
_DETERMINERS = frozenset({"a", "an", "the", "its", "their"})
_ADJECTIVE = r"[a-z]{3,}(?:ful|ous|able|ible|less)"
"""Endings only a quality word has: such a word of the question's before a noun of the quote's own
modifies that noun, and the phrase is given whole."""


def _head_closes(words: list[str], head: int) -> bool:
    """Whether the noun at `words[head]` ends its phrase and the quote's clause (the quote ends, or a
    stop follows it): cut after the question's word before it, the answer would be that noun alone
    ("its improvement | plan."), the head of a phrase whose modifiers are the answer's too."""
    return head + 1 == len(words) or re.search(r"[.;:!?)]$", words[head]) is not None


def phrase_opening(words: list[str], last: int, own: set[str]) -> int:
    """Where the words after the question's own, whose last is `words[last]`, open: right after it,
    or, where that word only modifies a noun the phrase goes on to and a word the question lacks
    comes before it in the phrase ("an effective quality | assurance framework"), at the determiner
    that opens the noun phrase (or at the word itself, where it is a quality: "neglectful
    situations"), so the answer is the whole phrase and not its cut end. The words carry their
    punctuation: a comma or a bracket ends a phrase."""
    after = last + 1
    if after >= len(words) or not re.fullmatch(r"[\w'’-]+", words[last]):
        return after  # the last word closes its phrase, or punctuation follows it
    following = fold(words[after]).strip("“”\"'‘’")
    if following in STOPWORDS or re.fullmatch(AUXILIARY, following):
        return after
    if re.fullmatch(_ADJECTIVE, fold(words[last]).strip("“”\"'‘’")):
        return last  # "neglectful | situations": the quality and its noun are one phrase
    for back in range(last - 1, max(-1, last - NOUN_MODIFIERS - 2), -1):
        word = words[back]
        if not re.fullmatch(r"[\w'’-]+", word):
            return after  # a comma or a bracket between: another phrase
        if fold(word) in _DETERMINERS:
            modifiers = {stem(fold(w)) for w in words[back + 1 : last]}
            return back if modifiers - own or _head_closes(words, after) else after
        if fold(word) in STOPWORDS:
            return after
    return after


_DENIALS = frozenset({"no", "not", "never", "none", "nor"})


def _denied(words: list[str], start: int) -> int:
    """Where a span opens, taking in a denial right before it, which the question's own word may
    also say ("lack" is "had no"): "no systems in place", not "systems in place"."""
    return start - 1 if start > 0 and fold(words[start - 1]) in _DENIALS else start


def _unknown(question: Question, index: ClaimIndex) -> list[str]:
    """The question's words the record never uses, but for its verbs of saying ("note"): left out of
    its reading, two or more still say what is asked, which no quote then holds (one may be only the
    kind of thing asked for, "which problem")."""
    known, glossary = index.vocabulary.stems, index.glossary.words
    return [
        w
        for w in tokens(question.folded)
        if w.isalpha() and stem(w) not in known | SAYING and w not in glossary
    ]


def _says_something(words: list[str]) -> bool:
    return bool({stem(t) for t in tokens(" ".join(words)) if t not in STOPWORDS and len(t) > 1})


_JOINING = frozenset({"and", "or", "nor", "but"})
_PLACING = rf"{PREPOSITIONS}|{STRANDED}|in|within|during|after|before|until|since|because"


WORDS_MARGIN = 2
"""Of items the question's reading matches alike, one clause must hold this many more of the question's
own words than any clause of the others for its item to be the one the question is about."""


def _implied(word: str, index: ClaimIndex) -> bool:
    """Whether a word reads only as a concept the whole record implies ("Trafford", "the council"):
    every item is about it, so a clause need not name it to hold the question."""
    terms = set(read(word, index).terms)
    return bool(terms) and terms <= index.glossary.implied


def _held_clearly_most(question: Question, close: list[Match], index: ClaimIndex) -> Match | None:
    """Of the items that match the question's reading alike, the one with a clause that holds all the
    question's own words but one, those its reading leaves out too, common words of degree among them
    ("most", "fully", "consider" of "what do most assessments fail to consider fully?"), and clearly
    more of them than any other's (`WORDS_MARGIN`); None where none does. Who found or said it (a
    body, or a verb of saying) is the question's framing, and a concept the record implies (`_implied`:
    "in Trafford") is every item's, which the clause need not hold."""
    asked = (
        {
            stem(t)
            for t in tokens(question.folded)
            if len(t) > 1
            and t not in _ENDS | _MODALS | {"what", "which"}
            and not re.fullmatch(AUXILIARY, t)
            and not set(read(t, index).terms) & BODIES
            and not _implied(t, index)
        }
        - _REPORTING
        - SAYING
    )

    def held(match: Match) -> int:
        return max(
            (
                len(asked & {stem(t) for t in tokens(fold(clause))})
                for citation in match.document.item.citations
                for clause in _CLAUSE_END.split(citation.quote)
            ),
            default=0,
        )

    counts = sorted(((held(m), at) for at, m in enumerate(close)), reverse=True)
    if len(counts) < 2 or counts[0][0] < max(counts[1][0] + WORDS_MARGIN, len(asked) - 1):
        return None
    return close[counts[0][1]]


_OWNING = re.compile(r"^(?:the|a|an|its|their|his|her|our|these|those|[a-z]+['’]s|[a-z]+s['’])$")
"""A word that opens a noun phrase ("children's", "their"): "needs" after it, or after it and one more
word ("children's education needs"), is the noun, not the verb of `_NOT_ASKING_SUBJECT`."""


def _asks_no_thing(folded: str) -> bool:
    """Whether the question's verb asks for no thing (`_NOT_ASKING_SUBJECT`: "what happens if", "what
    needs to change"), a word of those read as a verb unless a noun phrase it closes opens just
    before it ("their education needs")."""
    words = [w.strip(",;:") for w in folded.split()]
    return any(
        word in _NOT_ASKING_SUBJECT
        and not any(_OWNING.match(before) for before in words[max(0, at - 2) : at])
        for at, word in enumerate(words)
    )


def answer_remainder(question: Question, index: ClaimIndex) -> Answer | None:
    """The span of the best item's best quote that is not the question's own words, where one item
    clearly matches the question (by `MARGIN`, lacking none of its words) and one of its quotes
    holds most of the question; None otherwise. A verb that says only that a thing was praised or
    faulted (`appraisal.judging_verb`) need not be held by a finding of that polarity."""
    asking = f"{question.folded} {fold(question.text)}"  # the text too: "what's the name" is read "which"
    if question.kind != "text" or not _ASKS_WHAT.match(question.folded) or _OTHER_KIND.search(asking):
        return None
    if asks_two_things(question.folded):
        return None  # "went from what in 2015 to what in 2019?": two things asked, and one span answers one
    if _asks_no_thing(question.folded) or _COUNTED.match(question.folded):
        return None  # "what follows the reviews?": an outcome; "which two areas": a counted list
    if len(_unknown(question, index)) > 1:
        return None  # "which software ... for payroll?": the record never speaks of it
    said = _remainder_of(question, index)
    if said is None and (judged := judging_verb(question.folded)) is not None:
        polarity, verb = judged  # "which service was praised for ...": a finding of strength says so
        unjudged = without_words(question, [verb], index.glossary, index.vocabulary, loosen=False)
        said = _remainder_of(unjudged, index, polarity=polarity)
    return said


def _remainder_of(question: Question, index: ClaimIndex, *, polarity: str | None = None) -> Answer | None:
    """The remainder of the one item that clearly matches the question, a finding of `polarity` if
    given; None where no item does, or its clauses leave no span."""
    matches = ranked(question.content, index)
    if not matches or matches[0].coverage < floor_of(question, MATCH_TEXT):
        return None
    first = matches[0]
    if first.missing:
        return None
    best: Match | None = first
    if len(matches) > 1 and matches[1].coverage > first.coverage - MARGIN:
        best = _held_clearly_most(
            question, [m for m in matches if m.coverage > first.coverage - MARGIN], index
        )
    if best is None or best.missing:
        return None
    item = best.document.item
    if judged_otherwise(question.folded, item) or (
        polarity is not None and not isinstance(item, FindingFact)
    ):
        return None  # "which service was criticised": a strength never answers it
    clauses = [
        (citation, clause)
        for citation in item.citations
        for clause in _CLAUSE_END.split(citation.quote)
        if _WORD.search(clause) and not reports_a_question(clause)  # "Members asked what X were"
    ]
    judged = [(c, clause, _clause_score(question, clause, best, index)) for c, clause in clauses]
    scored = [(c, clause, score) for c, clause, (score, missing) in judged if score >= MATCH and not missing]
    if (doing := _DOING.search(question.folded)) is not None:  # "the way caseloads were managed"
        scored = [entry for entry in scored if stem(doing["doing"]) in {stem(t) for t in tokens(entry[1])}]
    for citation, clause, _ in sorted(scored, key=lambda entry: -entry[2]):
        said = _span(question, clause, index)
        if said is None or span_cut_from_adverb(clause, said):
            continue  # "are well | attended and record ...": a verb phrase cut from its adverb
        explanation = f"what {item.id} says beyond the question's own words"
        return answered(question, said, said, explanation, [cite(item.id, citation)])
    return None


__all__ = ["answer_remainder", "asks_subject", "phrase_opening"]
