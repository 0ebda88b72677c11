"""More readings of a text question: a question in one of the frames below is read by its frame
first (`answer_in_frame`); `which parts of X` is read as a list only where the usual readings leave
it unanswered (`answer_text_anew`).

Those that read words out of a quote answer only from the one item that matches the question best,
never where another matches as well, and only from an item naming whoever the question says spoke,
asked or met; a list is read as `slots_people.answer_list` reads one.

- What a finding says of the thing asked about: "What was the problem with written referrals?" is
  answered by the rest of the clause whose subject is the referrals ("They were not recorded as
  contacts in a timely way"); what was wrong, only from a weakness.
- What someone asked for: "What did the committee ask to see?" is answered by the noun phrase after
  "requested that" ("some case studies"), not by the words after the question's own.
- Which things: "Which parts of the service...?" asks for a list though its phrase ends in a singular.
- Whom a body met: "Which group did the council meet?" from "a meeting ... with foster carers"; and
  what it preferred, from "with preference for permanent staff".
- A thing set aside at the opening ("Besides the shadow board, what...?"): `set_aside` gives the rest
  to ask, and `names_the_thing` keeps the thing itself from being the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import (
    MATCH_TEXT,
    Answer,
    Match,
    answered,
    cite,
    floor_of,
    ranked,
    read,
)  # fmt: skip
from trafford_timeline.claims.negation import first_clause
from trafford_timeline.claims.question import (
    AUXILIARY,
    LIGHT_VERBS,
    PREPOSITIONS,
    Question,
    plural,
    without_words,
)
from trafford_timeline.claims.reading import AREA_PREFIX, Reading
from trafford_timeline.claims.slots_gathered import answer_counted_list, answer_parts_listed
from trafford_timeline.claims.slots_people import answer_list
from trafford_timeline.record.model import FindingFact

TIED = 0.02
"""Items whose match is this close are equally good: none of them is the one the question means."""


def _best_tied(matches: Sequence[Match]) -> list[Match]:
    """The best match and every other as good: more than one, and the record says several things."""
    top = matches[0].coverage if matches else 0.0
    return [m for m in matches[:4] if m.coverage >= top - TIED]


def _one_best(question: Question, reading: Reading, who: str, index: ClaimIndex) -> Match | None:
    """The one item that matches the question closely, lacking at most a light verb ("ask", "use"), and
    naming whoever the question says spoke or asked ("the committee", "inspectors"): a body the reader
    takes as a mere owner ("the DfE ask...") must still be the item's own. None where two match."""
    matches = [m for m in ranked(reading, index) if m.coverage >= floor_of(question, MATCH_TEXT)]
    if not matches or len(_best_tied(matches)) > 1 or set(matches[0].missing) - LIGHT_VERBS:
        return None
    actor = set(read(who, index).terms) - index.glossary.implied
    return matches[0] if actor <= matches[0].document.bag else None


# What a finding says of its subject ------------------------------------------------------------

_SAID_OF = re.compile(
    r"^what (?:did|do|does|had|has|have) (?P<who>[a-z'’ -]+? )?"
    r"(?:say|said|find|found|note|noted|report|reported|conclude|concluded|make|think) (?:about|of) (?P<a>.+)"
    r"|^what (?:was|were|is|are) (?:the )?(?:main )?(?:problem|problems|issue|issues|concern|concerns|"
    r"matter|wrong|weakness|weaknesses) (?:with|in) (?P<b>.+)"
    r"|^what (?:went|goes|has gone|had gone|is|was) wrong (?:with|in) (?P<c>.+)"
    r"|^what (?:was|were|is|are) (?:the )?(?P<like>.+?) like\b"
)
"""`What did inspectors say about X?`, `What was the problem with X?`, `What went wrong with X?`: what
the record says of X is asked for, the rest of the clause X is the subject of. `What was X like?` asks
for the quality said of X, the predicate without its verb ("good"), given with the phrase that narrows
X where the quote has one ("morale in many teams is good" is "good in many teams")."""
_FRAME = re.compile(
    r"\b(?:say|said|find|found|note|noted|report|reported|conclude|concluded|make|think|about|"
    r"problem|problems|issue|issues|concern|concerns|matter|wrong|weakness|weaknesses|went|goes|gone|like)\b"
)
_VERB = re.compile(
    rf"^(?:{AUXILIARY}|remains?|remained|works?|worked|lacks?|lacked|needs?|needed|varies|vary|varied"
    r"|improves?|improved|deteriorated|declined|continues?|continued)$"
)
"""A verb that opens the clause's predicate: an auxiliary, or one of a few verbs said of a service."""
_PLURAL_VERB = re.compile(r"^(?:are|were|have|do|remain|work|lack|need|vary|improve|continue)$")
_SINGULAR_VERB = re.compile(r"^(?:is|was|has|does|remains|works|lacks|needs|varies|improves|continues)$")
_LEADS = frozenset({"the", "a", "an", "its", "their", "that", "these", "those"})
_QUANTIFIERS = frozenset(
    {"all", "most", "many", "some", "few", "several", "no", "none", "every", "each", "half"}
    | {"majority", "minority", "only", "not"}
)
"""A word that says how much of the subject the predicate holds for ("most care plans"): "they" would
say it of all of them."""
EXTRA_WORDS = 2
"""A subject in the quote may carry this many words the question does not ("referrals received from
partner agencies"): more, and it is another thing."""
MAX_PREDICATE_WORDS = 30


NARROWING_WORDS = 4
"""A phrase after the subject that narrows it ("in many teams") runs to at most this many words."""


def _subject_end(words: list[str], subject: set[str], narrowing: bool = False) -> tuple[int, int] | None:
    """Where the subject ends, if the quote opens with it, and where its verb stands: every word of the
    question's subject is among the quote's first words, with few others between them ("referrals
    received from partner agencies"), the last of them right before the verb that opens the predicate.
    Words after the last ("morale in many teams") narrow the subject, and what is said of it is not said
    of all; with `narrowing`, a short phrase opened by a preposition is kept, to be given with the
    answer, and the subject ends before it."""
    seen: set[str] = set()
    extra = 0
    last = ""
    last_at = 0
    for at, word in enumerate(words):
        folded = fold(word)
        if folded in _QUANTIFIERS and not (narrowing and seen == subject):
            return None
        if seen == subject and _VERB.match(folded):
            if {stem(t) for t in tokens(last)} & subject:
                return at, at
            narrow = words[last_at + 1 : at]  # "morale in many teams is": a narrower subject
            opens = narrow and re.fullmatch(PREPOSITIONS + "|in|among|across", fold(narrow[0]))
            return (last_at + 1, at) if narrowing and opens and len(narrow) <= NARROWING_WORDS else None
        if said := {stem(t) for t in tokens(folded)} & subject:  # "long-term" says "long" and "term"
            seen |= said
            last = folded
            last_at = at
        elif folded in STOPWORDS or (at == 0 and folded in _LEADS):
            continue
        else:
            last = folded
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
    asked = found["a"] or found["b"] or found["c"] or found["like"]
    owner = {stem(w) for w in re.findall(r"([a-z]+)['’]s\b", asked)}
    subject_words = [
        w
        for w in tokens(asked)
        if w not in STOPWORDS
        and stem(w) not in owner  # "Trafford's virtual school": the school is asked of, not Trafford
        and not set(read(w, index).terms) <= index.glossary.implied  # "the school in Trafford"
    ]
    subject = {stem(w) for w in subject_words}
    if not subject:
        return None  # "what did they say about it?": too open to know which clause is meant
    frame = _FRAME.findall(question.folded)
    rest = without_words(question, frame, index.glossary, index.vocabulary, loosen=False)
    match = _one_best(question, rest.content, found["who"] or "", index)
    if match is None:
        return None  # two items match as well: the record says more than one thing of it
    item = match.document.item
    wrong = found["b"] or found["c"]
    if wrong and not (isinstance(item, FindingFact) and item.polarity == "weakness"):
        return None  # "what was wrong with X?" is not answered by what works well
    like = found["like"] is not None
    for citation in match.document.item.citations:
        clause = re.split(r"(?<=[.;!?])\s", citation.quote, maxsplit=1)[0]
        words = clause.split()
        bare = [w.strip(",;:“”\"'‘’") for w in words]
        quoted = subject & {stem(t) for t in tokens(" ".join(bare))}
        filed = subject - quoted  # "long-term planning for care leavers", where the quote sits under them
        if filed and not _filed_under(filed, subject_words, match, index):
            continue
        ends = _subject_end(bare, quoted, narrowing=like)
        if ends is None:
            continue
        narrow, at = ends
        predicate = first_clause(" ".join(words[at:])).rstrip(" .;:,")
        if len(predicate.split()) > MAX_PREDICATE_WORDS or not set(tokens(predicate)) - STOPWORDS:
            continue
        if like:  # "what was morale like?": the quality, without its verb, with what narrows it
            quality = " ".join(w.strip("“”\"'‘’") for w in predicate.split()[1:] + bare[narrow:at])
            if not set(tokens(quality)) - STOPWORDS:
                continue
            explanation = f"what {match.document.item.id} says {' '.join(subject_words)} was like"
            return answered(question, quality, quality, explanation, [cite(match.document.item.id, citation)])
        answer = f"{_pronoun(fold(words[at]), subject_words)} {predicate}"
        explanation = f"what {match.document.item.id} says of {' '.join(subject_words)}"
        return answered(question, answer, answer, explanation, [cite(match.document.item.id, citation)])
    return None


def _filed_under(filed: set[str], subject_words: list[str], match: Match, index: ClaimIndex) -> bool:
    """Whether the subject's words a quote leaves out name only the part of the service the item is
    filed under ("for care leavers" of a finding filed under care leavers, whose quote says
    "long-term planning is weak" in the report's section on them), and some subject word is left."""
    words = " ".join(w for w in subject_words if stem(w) in filed)
    terms = set(read(words, index).terms)
    return bool(terms) and all(t.startswith(AREA_PREFIX) for t in terms) and terms <= match.document.bag


# What was asked for ------------------------------------------------------------------------------

_ASKS_FOR = re.compile(
    r"^what (?:did|do|does|had|has|have|will|would) (?P<who>[a-z'’ -]+? )?"
    r"(?:ask|asked|request|requested|want|wanted|demand|demanded|call for|called for)\b"
)
"""`What did the committee ask to see?`, `What did members request?`: the thing asked for."""
_ASKED_IN_QUOTE = re.compile(
    r"\b(?:requests?|requested|(?:asks?|asked|calls?|called) for|asked to see|demands?|demanded)"
    r"\s+(?:that\s+|for\s+)?",
    re.IGNORECASE,
)
_THING_ENDS = re.compile(
    rf"^(?:{AUXILIARY}|be|been|being|to|at|in|on|by|from|for|during|within|and|so|which|who)$"
)
"""Where the noun phrase of the thing asked for ends: its verb ("case studies were being presented")
or a preposition that places it ("at a future meeting")."""
MAX_THING_WORDS = 6


def answer_asked_for(question: Question, index: ClaimIndex) -> Answer | None:
    """The noun phrase after "requested (that)" or "asked for" in a quote of the one item that matches
    the question best: "requested that some case studies were being presented" asked for "some case
    studies". None where the question asks no such thing, two items match as well, or no quote of the
    item says what was asked for in a short phrase."""
    if question.form not in {"what", "list"}:
        return None
    found = _ASKS_FOR.match(question.folded)
    match = _one_best(question, question.content, found["who"] or "", index) if found else None
    if match is None:
        return None
    return _first_phrase(match, question, _after(_ASKED_IN_QUOTE), "what {} says was asked for")


def _after(marker: re.Pattern[str]) -> Callable[[str], str | None]:
    """What a quote says after `marker`, or None where it has no such words."""
    return lambda quote: quote[found.end() :] if (found := marker.search(quote)) else None


def _first_phrase(
    match: Match,
    question: Question,
    read: Callable[[str], str | None],
    explained: str,
    ends: re.Pattern[str] = _THING_ENDS,
) -> Answer | None:
    """The short phrase `read` finds in the first quote of the matched item that has one, cited there;
    `explained` names the item where it has `{}`."""
    item = match.document.item
    for citation in item.citations:
        text = read(citation.quote)
        answer = _phrase(text, question, ends) if text is not None else None
        if answer:
            return answered(question, answer, answer, explained.format(item.id), [cite(item.id, citation)])
    return None


def _phrase(text: str, question: Question, ends: re.Pattern[str] = _THING_ENDS) -> str | None:
    """The short noun phrase that opens the text, up to its verb, a preposition that places it or a
    comma; None where it is long, says nothing the question does not, or ends on a joining word."""
    asked = {stem(w) for w in tokens(question.folded)}
    words: list[str] = []
    for word in re.split(r"\s+", text.strip()):
        bare = word.strip(",;:.“”\"'‘’()")
        if not bare or ends.match(fold(bare)):
            break
        words.append(bare)
        if bare != word.rstrip("“”\"'‘’"):
            break  # a comma or full stop closes the phrase
    new = [w for w in tokens(" ".join(words)) if w not in STOPWORDS and stem(w) not in asked]
    if not words or len(words) > MAX_THING_WORDS or not new or fold(words[-1]) in STOPWORDS:
        return None
    return " ".join(words)


_PREFERS = re.compile(
    r"(?:^|, )(?:what|which) [a-z'’ -]+? (?:was|were|is|are|did|does|do|had|has|have|will|would) "
    r"(?P<who>[a-z'’ -]+? )?(?:prefer|prefers|preferred|preferring|favour|favours|favoured|favouring|"
    r"favor|favors|favored|favoring)\b"
)
"""`What type of staff was the council preferring?`: the thing preferred is asked for, after any
opening phrase that says what for ("For the extra social workers, what type...")."""
_PREFERRED_IN_QUOTE = re.compile(
    r"\b(?:preference for|prefers?|preferred|preferring|in favou?r of|favou?rs|favou?red)\s+",
    re.IGNORECASE,
)


def answer_preferred(question: Question, index: ClaimIndex) -> Answer | None:
    """The noun phrase after "preference for" or "preferred" in a quote of the one item that matches the
    question best: "with preference for permanent staff and stability..." preferred "permanent staff"."""
    found = _PREFERS.search(question.folded)
    if found is None or question.form not in {"which", "what"}:
        return None
    match = _one_best(question, question.content, found["who"] or "", index)
    if match is None:
        return None
    return _first_phrase(match, question, _after(_PREFERRED_IN_QUOTE), "what {} says was preferred")


# Which things, and what besides ------------------------------------------------------------------

_OF_PHRASE = re.compile(r" (?:of|in|for|on|at|from|within) ")


def answer_which_as_list(question: Question, index: ClaimIndex) -> Answer | None:
    """`Which parts of the service did the review look at?`: the noun asked about is plural though
    the phrase ends in a singular ("of the service"), so it asks for a list, as `which areas` does;
    read as one where no name ending in the noun answered it."""
    if question.form != "which" or not question.focus:
        return None
    head = _OF_PHRASE.split(question.focus, maxsplit=1)[0]
    if head == question.focus or not plural(head):
        return None  # "which areas" is read as a list already; "which service" asks for one name
    listed = answer_list(question, index)
    return listed if listed.status == "answered" else None


_SET_ASIDE = re.compile(
    r"^(?P<lead>(?:besides|apart from|aside from|other than|as well as|in addition to|except for)"
    r" (?P<thing>[^,?]+)),\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
"""`Besides the shadow board, what ...?`: a thing set aside at the opening, which the answer is not."""


def set_aside(text: str) -> tuple[str, str] | None:
    """The question without the thing it sets aside at its opening, and that thing; None without one."""
    found = _SET_ASIDE.match(text.strip())
    if found is None:
        return None
    rest = found["rest"]
    return rest[:1].upper() + rest[1:], found["thing"]


def names_the_thing(answer: str, thing: str) -> bool:
    """Whether an answer names the thing the question set aside: every word of substance of it."""
    words = {stem(w) for w in tokens(thing) if w not in STOPWORDS}
    return bool(words) and words <= {stem(w) for w in tokens(answer)}


_MET = re.compile(
    r"^(?:which|what) [a-z'’ -]+? (?:did|do|does|had|has|have|will|would) (?P<who>[a-z'’ -]+? )?"
    r"(?:meet|meet with|hold meetings with|hold talks with|talk to|talk with)\b"
)
"""`Which group did the council meet...?`: whom a body met is asked for, as a kind of people."""
_MET_IN_QUOTE = re.compile(
    r"\b(?:meet|meets|met|meeting|meetings|talks)\b(?: [a-z]+){0,3}? with (?P<whom>[^,.;:()“”\"]+)",
    re.IGNORECASE,
)
_WHOM_ENDS = re.compile(rf"^(?:{AUXILIARY}|to|about|on|in|at|for|from|over|who|which|where|when|so)$")


def answer_met_with(question: Question, index: ClaimIndex) -> Answer | None:
    """The people written after "meeting ... with" in a quote of the one item that matches the question
    best: "Meeting also took place with foster carers to see..." met "foster carers"."""
    found = _MET.match(question.folded)
    if found is None or question.form not in {"which", "what"}:
        return None
    match = _one_best(question, question.content, found["who"] or "", index)
    if match is None:
        return None

    def whom(quote: str) -> str | None:
        return met["whom"] if (met := _MET_IN_QUOTE.search(quote)) else None

    return _first_phrase(match, question, whom, "whom {} says the meeting was with", _WHOM_ENDS)


def answer_in_frame(question: Question, index: ClaimIndex) -> Answer | None:
    """A text question in one of the frames read here (what does something, with `what` its subject,
    and what was called by a quality; what level something was at; which body, by a word for it; which
    areas went from one grade to another; what was said of something, asked for, whom a body met, what
    it preferred), read by its frame before the words after the question's own are:
    "preferring local carers and short waits" preferred local carers, not short waits. None where the
    question is in no such frame, or its frame finds nothing."""
    from trafford_timeline.claims.slots_body import answer_body  # they read this module's helpers
    from trafford_timeline.claims.slots_ratings import answer_areas_changed
    from trafford_timeline.claims.slots_standard import answer_standard
    from trafford_timeline.claims.slots_subject import answer_judged, answer_subject

    return (
        answer_subject(question, index)
        or answer_judged(question, index)
        or answer_standard(question, index)
        or answer_body(question, index)
        or answer_areas_changed(question, index)
        or answer_said_of(question, index)
        or answer_asked_for(question, index)
        or answer_met_with(question, index)
        or answer_preferred(question, index)
    )


def answer_text_anew(question: Question, index: ClaimIndex) -> Answer | None:
    """A text question the usual readings left unanswered, read once more: `which parts of X` as a
    list, then as a counted list spread over several items, then as the parts a quote lists after its
    verb (`slots_gathered`); None where that does not answer it either."""
    return (
        answer_which_as_list(question, index)
        or answer_counted_list(question, index)
        or answer_parts_listed(question, index)
    )


__all__ = [
    "answer_asked_for",
    "answer_in_frame",
    "answer_met_with",
    "answer_preferred",
    "answer_said_of",
    "answer_text_anew",
    "answer_which_as_list",
    "names_the_thing",
    "set_aside",
]
