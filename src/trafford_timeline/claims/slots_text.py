"""More readings of a text question: a question in one of the frames below is read by its frame
first (`answer_in_frame`); `which parts of X` is read as a list only where the usual readings leave
it unanswered (`answer_text_anew`).

Those that read words out of a quote answer only from the one item that matches the question best,
never where another matches as well, and only from an item naming whoever the question says spoke,
asked or met; a list is read as `slots_people.answer_list` reads one.

- What a finding says of the thing asked about: "What was the problem with written referrals?" is
  answered by the rest of the clause whose subject is the referrals ("They were not recorded as
  contacts in a timely way"); what was wrong, only from a weakness. A topic that is a clause ("the
  way thresholds were applied", "the audits the council had done") is asked of its noun; a finding is
  the words of the report or inspection it is filed under; of items that match as well, the one whose
  quote opens with the topic answers, where no other does.
- Which thing of a kind someone pointed to: "What positive finding did Sara Todd highlight?" is
  answered by the example an item gives after "such as" or "for instance", verbatim from its quote.
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
from dataclasses import replace

from trafford_timeline.claims.event_bag import with_event
from trafford_timeline.claims.glossary import OPPOSITE
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import (
    CANDIDATES,
    MATCH_TEXT,
    Answer,
    Match,
    answered,
    cite,
    coverage_of,
    floor_of,
    ranked,
    read,
    silent,
    title_of,
)  # fmt: skip
from trafford_timeline.claims.negation import first_clause
from trafford_timeline.claims.question import (
    AUXILIARY,
    BODIES,
    LIGHT_VERBS,
    PREPOSITIONS,
    Question,
    plural,
    without_words,
)
from trafford_timeline.claims.reading import AREA_PREFIX, Reading
from trafford_timeline.claims.slots_gathered import answer_counted_list, answer_parts_listed, listed_items
from trafford_timeline.claims.slots_people import answer_list, area_words
from trafford_timeline.record.model import Citation, FindingFact

TIED = 0.02
"""Items whose match is this close are equally good: none of them is the one the question means."""


def best_tied(matches: Sequence[Match]) -> list[Match]:
    """The best match and every other as good: more than one, and the record says several things."""
    top = matches[0].coverage if matches else 0.0
    return [m for m in matches[:4] if m.coverage >= top - TIED]


def _one_best(question: Question, reading: Reading, who: str, index: ClaimIndex) -> Match | None:
    """The one item that matches the question closely, lacking at most a light verb ("ask", "use"), and
    naming whoever the question says spoke or asked ("the committee", "inspectors"): a body the reader
    takes as a mere owner ("the DfE ask...") must still be the item's own. None where two match."""
    matches = [m for m in ranked(reading, index) if m.coverage >= floor_of(question, MATCH_TEXT)]
    if not matches or len(best_tied(matches)) > 1 or set(matches[0].missing) - LIGHT_VERBS:
        return None
    actor = set(read(who, index).terms) - index.glossary.implied
    return matches[0] if actor <= matches[0].document.bag else None


# What a finding says of its subject ------------------------------------------------------------

OPINION_NOUNS = "views?|opinions?|impressions?|stance|perspective"
"""Nouns for what someone thought of a thing: they frame a question, as a verb of saying does."""
_SAID_OF = re.compile(
    r"^what (?:did|do|does|had|has|have) (?P<who>[a-z0-9'’ -]+? )?"
    r"(?:(?:have|had) to )?(?:say|said|find|found|note|noted|report|reported|conclude|concluded|make|think)"
    r" (?:about|of) (?P<a>.+)"
    r"|^what(?:['’]s| (?:was|were|is|are|has been|had been)) (?:said|found|noted|reported|concluded)"
    r" (?:about|of) (?P<h>.+)"
    r"|^what (?:was|were|is|are) (?:the )?(?:main )?(?:problem|problems|issue|issues|concern|concerns|"
    r"matter|wrong|weakness|weaknesses) (?:with|in) (?P<b>.+)"
    r"|^what (?:went|goes|has gone|had gone|is|was|(?:was|were|is|are) going) wrong (?:with|in) (?P<c>.+)"
    r"|^what (?:did|do|does) (?P<faulter>[a-z0-9'’ -]+? )?(?:say|find|think|report|judge|feel) (?:that )?"
    r"(?:went|goes|had gone|was|is|were|are) wrong (?:with|in) (?P<g>.+)"
    r"|^what (?:was|were|is|are) (?:the )?(?P<like>.+?) like\b"
    r"|^what (?:did|do|does|had|has|have) (?P<teller>[a-z0-9'’ -]+? )?(?:say|find|think|report|judge|feel)"
    r" (?:that )?(?P<told>.+?) (?:was|were|is|are|had been|has been|have been) like\b"
    r"|^what (?:was|were|is|are) (?:the )?(?P<described>.+?) (?:described|characteri[sz]ed|portrayed) as"
    r"(?: by [a-z'’ -]+)?$"
    r"|^how (?:was|were|is|are) (?P<d>.+?) (?:described|characteri[sz]ed|portrayed)(?: by [a-z'’ -]+)?$"
    r"|^how (?:did|do|does|had|has|have) (?P<describer>[a-z0-9'’ -]+? )(?:describe|characteri[sz]e|portray)"
    r" (?P<f>.+)"
    r"|^what (?:was|were|is|are) (?:the )?(?P<holder>[a-z0-9'’ -]+?)['’]s? "
    rf"(?:{OPINION_NOUNS}) (?:of|on|about) (?P<e>.+)"
)
"""`What did inspectors say about X?`, `What did the report have to say about X?`, `What was the problem with
X?`, `What went wrong with X?`, `What did Ofsted say was wrong with X?`, and the passive `What was found
about X?`, which names no finder: what the record says of X is asked
for, the rest of the clause X is the subject of. `What was X like?` asks for the quality said of X, the
predicate without its verb ("good"), given with the phrase that narrows X where the quote has one ("morale
in many teams is good" is "good in many teams"). `How was X described?` asks the same as what was said of
X, and so does `What was Ofsted's view of X?`: a noun of opinion (`OPINION_NOUNS`) owned by whoever held
it. `What did Ofsted say X was like?` and `What was X described as?` ask for the quality, as `What was X
like?` does; `How did Ofsted describe X?` asks what `How was X described?` asks."""
_FRAME = re.compile(
    r"\b(?:say|said|find|found|note|noted|report|reported|conclude|concluded|make|think|about|judge|feel|"
    rf"describe|described|characteri[sz]e|portray|characteri[sz]ed|portrayed|{OPINION_NOUNS}|"
    r"problem|problems|issue|issues|concern|concerns|matter|wrong|weakness|weaknesses|went|goes|gone|going|"
    r"like)\b"
)
_VERB = re.compile(
    rf"^(?:{AUXILIARY}|remains?|remained|works?|worked|lacks?|lacked|needs?|needed|varies|vary|varied"
    r"|improves?|improved|deteriorated|declined|continues?|continued|takes?|took|happens?|happened"
    r"|operates?|operated)$"
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
MAX_QUALITY_WORDS = 5
"""A quality asked for ("what was X like?") is a word or a short phrase ("good in many teams"); a
longer predicate goes on to say what the thing does ("well written and identify key areas of..."),
where the quality ends is not known, and nothing is given."""


_DOING_OF = re.compile(r"^(?:the |its |their )?(?P<doing>[a-z]{3,}ing) of (?P<thing>.+)$")
"""`the recording of management oversight`: a doing named as a noun asks how the thing was done."""
_DOING_BY = re.compile(
    r"^(?:how|the way) (?P<doer>[a-z'’ -]+?) (?P<doing>[a-z]{3,}ed) (?P<thing>[a-z'’ -]+)$"
)
"""`how Trafford applied thresholds`: a doing by the council (or a body whose documents the record is made
of) asks how the thing was done, as "how thresholds were applied" asks it."""
_HOW_DONE = re.compile(r"^how (?!(?:long|many|much|often|far|soon|quickly|well|badly)\b)")
"""`how management oversight was recorded`: how a thing was done to it, asked as `the recording of X` asks
it ("poorly recorded"), not the whole of what is said of the thing ("takes place but is poorly recorded")."""
_DEGREE = re.compile(r"how (?:long|many|much|often|far|soon|quickly|well|badly)\b")
"""`What did X say about how long children waited?` asks a degree, not what was said of the children."""
_TOPIC_CLAUSE = re.compile(rf"\s(?:{AUXILIARY})\s")
"""Where a topic's noun phrase ends and a clause about it opens: "the way thresholds | were applied",
"the thematic audits Trafford | had done"."""
_BE = frozenset({"is", "are", "was", "were"})
"""A topic whose clause opens with one of these says what was done to the thing ("thresholds were
applied"): the quote must say that doing too; a clause with a subject of its own ("the audits the
council had carried out") only says which things are meant."""


_THERE_IS = re.compile(r"^(?:and |but )?there (?:is|are|was|were|has been|have been|had been) (?P<said>.+)")
"""A quote that says a thing exists ("there are a good range of early help services that support
children well"): what it says of the thing is the whole of what follows, in the record's words."""
_RELATIVE = re.compile(r"\s(?:that|which|who|whom|where|when|because|but|and|to)\s")
"""Where the noun phrase of a "there is" quote ends and what is said of it opens."""


def _stems(text: str) -> set[str]:
    return {stem(t) for t in tokens(text)}


def names_another_thing(subject: set[str], said: str) -> bool:
    """Whether the subject is named only after the noun phrase of what a "there is" quote says exists
    (ended by `_RELATIVE`): the quote says that something else exists, which only mentions it."""
    return not subject <= _stems(_RELATIVE.split(f" {said} ", maxsplit=1)[0])


CONCEDED_WORDS = 2
_BUT = re.compile(r",? but ")
"""A predicate of this many words before "but" ("takes place but is poorly recorded") only concedes:
what is said of the subject goes on after "but", and is given with it."""
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


_SET_OFF = re.compile(r",\s*(and|but|or),\s*([^,]+?),\s*")
"""A phrase set off by commas after a joining word ("poor, and, in many cases, did not offer"): read
as the plain run of words, "poor and in many cases did not offer"."""


def _predicate(
    match: Match,
    subject_words: list[str],
    doings: set[str],
    index: ClaimIndex,
    *,
    like: bool = False,
    manner: str | None = None,
    how_done: bool = False,
) -> tuple[str, Citation] | None:
    """The first thing said in the clause a quote of the item opens with the subject, given with "it"
    or "they" for the subject (with `like`, the quality alone, without its verb, and the phrase that
    narrows the subject: "good in many teams"), and the quote; None where no quote opens with it and a
    verb, or where the quote does not say what the question's topic says was done with it (`doings`:
    "how caseloads were managed" is not answered by what caseloads were). Subject words a quote leaves
    out must name the part of the service the item is filed under. With `manner` (the question's
    "the recording of X"), the words the predicate says it was done with ("poorly recorded"); with
    `how_done` too (the question's "how X was recorded"), the whole predicate where it says no such words."""
    subject = {stem(w) for w in subject_words}
    for citation in match.document.item.citations:
        if not doings <= {stem(w) for w in tokens(citation.quote)}:
            continue
        clause = re.split(r"(?<=[.;!?])\s", citation.quote, maxsplit=1)[0]
        if not like and (there := _THERE_IS.match(fold(clause))) and subject <= _stems(there["said"]):
            said = first_clause(clause[there.start("said") :]).rstrip(" .;:,")  # "a good range of X that..."
            if len(said.split()) <= MAX_PREDICATE_WORDS and not names_another_thing(subject, there["said"]):
                return said, citation
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
        said = _SET_OFF.sub(r" \1 \2 ", " ".join(words[at:]))
        predicate = first_clause(said)
        if len(predicate.split()) <= CONCEDED_WORDS and (but := _BUT.match(said, len(predicate))):
            predicate += f" but {first_clause(said[but.end() :])}"  # "takes place but is poorly recorded"
        predicate = predicate.rstrip(" .;:,")
        if len(predicate.split()) > MAX_PREDICATE_WORDS or not set(tokens(predicate)) - STOPWORDS:
            continue
        if manner is not None:
            if (done := _done_how(predicate, manner)) is not None:
                return done, citation
            if not how_done:
                continue
        if not like:
            return f"{_pronoun(fold(words[at]), subject_words)} {predicate}", citation
        # "what was morale like?": the quality, without its verb, with what narrows the subject
        quality = " ".join(w.strip("“”\"'‘’") for w in predicate.split()[1:] + bare[narrow:at])
        if set(tokens(quality)) - STOPWORDS and len(quality.split()) <= MAX_QUALITY_WORDS:
            return quality, citation
    return None


_NEGATING = frozenset({"not", "never", "no"})
_MANNER_ENDS = re.compile(rf"^(?:{AUXILIARY}|but|and|or|not|never|that|which|to)$")


def _done_how(predicate: str, doing: str) -> str | None:
    """The words of a predicate that say how a thing was done, up to the verb of the doing asked about
    ("is poorly recorded" is "poorly recorded" of "the recording of X"); None where the predicate
    has no such verb, or says nothing of how beside it."""
    raw = predicate.split()
    words = [w.strip(",;:“”\"'‘’") for w in raw]
    at = next((i for i, w in enumerate(words) if stem(fold(w)) == doing), None)
    if at is None:
        return None
    start = at
    while start > 0 and not _MANNER_ENDS.match(fold(words[start - 1])) and not raw[start - 1].endswith(","):
        start -= 1
    how = words[start:at]
    if start > 0 and fold(words[start - 1]) in _NEGATING:
        return None  # "are not consistently applied": how it was done is denied, not said
    return " ".join(words[start : at + 1]) if how and set(map(fold, how)) - STOPWORDS else None


def _attributive(match: Match, subject_words: list[str], index: ClaimIndex) -> tuple[str, Citation] | None:
    """A quality written before the thing asked about rather than said of it ("low rates of staff
    turnover and sickness" asked what the rates were described as): a word the glossary holds an
    opposite for, before the subject's first word with at most words that name nothing between ("low
    rates of staff turnover"), the rest of the subject close after it."""
    subject = {stem(w) for w in subject_words}
    for citation in match.document.item.citations:
        bare = [w.strip(",;:.“”\"'‘’") for w in citation.quote.split()]
        for at in range(1, len(bare)):
            near = {stem(t) for w in bare[at : at + len(subject_words) + EXTRA_WORDS + 2] for t in tokens(w)}
            if stem(fold(bare[at])) != stem(subject_words[0]) or not subject <= near:
                continue
            for before in reversed(bare[max(0, at - 1 - EXTRA_WORDS) : at]):
                if fold(before) in _LEADS or fold(before).endswith("ed"):
                    break  # "admitted the decline": a verb and its object, no quality of it
                terms = set(read(before, index).terms)
                if any(t in index.glossary.polar or t.startswith(OPPOSITE) for t in terms):
                    return fold(before), citation
                if terms:
                    break  # a word of substance between: the quality is not the subject's
    return None


_AREA_NOUNS = frozenset(stem(word) for word in ("service", "services"))
"""Nouns a part of the service is called by after its name ("the care leavers service"): with the
area's own words they name the area, and are no more of the subject than the area is."""


def _filed_under(filed: set[str], subject_words: list[str], match: Match, index: ClaimIndex) -> bool:
    """Whether the subject's words a quote leaves out name only the part of the service the item is
    filed under ("for care leavers" of a finding filed under care leavers, whose quote says
    "long-term planning is weak" in the report's section on them), and some subject word is left."""
    if filed <= area_words(match.document.bag):  # "in help and protection": the area's own name
        return True
    named = filed - _AREA_NOUNS  # "in the help and protection service": the area, called a service
    if named and named != filed and named <= area_words(match.document.bag):
        return True
    words = " ".join(w for w in subject_words if stem(w) in filed)
    terms = set(read(words, index).terms)
    return bool(terms) and all(t.startswith(AREA_PREFIX) for t in terms) and terms <= match.document.bag


def _about_matches(
    question: Question, reading: Reading, who: str, index: ClaimIndex, *, tied: bool = True
) -> list[Match]:
    """The items that match the question best and as well as each other (or, not `tied`, every one
    that matches it closely), lacking at most a light verb, each naming whoever the question says
    spoke or found, itself or in the event it is filed under ("the report" for a finding of the
    report): the items that may say what was found of the topic."""
    actor = set(read(who, index).terms) - index.glossary.implied
    matches = []
    for match in ranked(reading, index)[:CANDIDATES]:
        filed = with_event(match.document, index)
        if not actor <= filed:
            continue
        coverage, missing = coverage_of(reading, match.document.bag | (actor & filed), index)
        matches.append(Match(match.document, coverage, missing))
    floor = floor_of(question, MATCH_TEXT)
    matches = sorted((m for m in matches if m.coverage >= floor), key=lambda m: -m.coverage)
    return [m for m in (best_tied(matches) if tied else matches) if not set(m.missing) - LIGHT_VERBS]


def _done_by_record_body(topic: str, index: ClaimIndex) -> tuple[str, set[str]] | None:
    """The thing and the doing of a topic that says what the council, or Ofsted or the DfE, did to it
    (`_DOING_BY`); None where the doer is anyone else ("how social workers recorded visits" asks of
    social workers, whom a quote about the visits need not name)."""
    found = _DOING_BY.match(topic)
    if found is None:
        return None
    doer = set(read(found["doer"], index).terms)
    if not doer or not doer <= index.glossary.implied | BODIES:
        return None
    return found["thing"], {stem(found["doing"])}


def asks_quality(question: Question) -> bool:
    """Whether the question asks for a quality (`What was X like?`, `What did Ofsted say X was like?`,
    `What was X described as?`): a word or a short phrase, never the longer predicate a quote goes on
    with (`MAX_QUALITY_WORDS`)."""
    found = _SAID_OF.match(question.folded)
    return (
        found is not None and (found["like"] or found["told"] or found["described"] or found["f"]) is not None
    )


def answer_said_of(question: Question, index: ClaimIndex) -> Answer | None:
    """The rest of the clause whose subject is the thing asked about, in the quote of the one item
    that matches the question best, the subject given as "it" or "they" (asked what X was like, the
    quality alone); None where the question asks no such thing, or no quote opens with the subject and
    a verb. Of items that match as well, the one whose quote is about the thing (opens with it)
    answers, only where no other is."""
    found = _SAID_OF.match(question.folded)
    if found is None or question.form not in ({"what", "list", "which"} if found["e"] else {"what", "list"}):
        return None  # "what was Ofsted's view of X?" reads as which view: the one said of X
    quality = found["like"] or found["told"] or found["described"] or found["f"]
    asked = (
        found["a"]
        or found["h"]
        or found["b"]
        or found["c"]
        or found["g"]
        or quality
        or found["d"]
        or found["e"]
    )
    named, *clause = _TOPIC_CLAUSE.split(f" {asked} ", maxsplit=1)  # "the way thresholds | were applied"
    opens = _TOPIC_CLAUSE.search(f" {asked} ")
    passive = opens is not None and opens[0].strip() in _BE  # done to the thing, not by another to it
    done = [w for w in tokens(" ".join(clause)) if w not in STOPWORDS][:1]  # "applied", "used"
    doings = {stem(w) for w in done} if passive else set()
    if not clause and (by := _done_by_record_body(asked.strip(), index)) is not None:
        named, doings = by  # "how Trafford applied thresholds": how thresholds were applied
    manner = None
    how_done = passive and bool(done) and _HOW_DONE.match(named.strip()) is not None
    if how_done:  # "how oversight was recorded": the words that say how, where the quote has them
        named, manner = _HOW_DONE.sub("", named.strip()), stem(done[0])
    if not clause and (doing_of := _DOING_OF.match(named.strip())) is not None:
        named, manner = doing_of["thing"], stem(doing_of["doing"])  # "the recording of X": how X was recorded
        doings = {manner}
    owner = {stem(w) for w in re.findall(r"([a-z]+)['’]s\b", asked)}
    subject_words = [
        w
        for w in tokens(named)
        if w not in STOPWORDS
        and stem(w) not in owner  # "Trafford's virtual school": the school is asked of, not Trafford
        and not set(read(w, index).terms) <= index.glossary.implied  # "the school in Trafford"
    ]
    if not subject_words or _DEGREE.match(asked):
        return None  # "what did they say about it?": too open to know which clause is meant
    like = quality is not None
    frame = _FRAME.findall(question.folded)
    rest = without_words(question, frame, index.glossary, index.vocabulary, loosen=False)
    said: dict[str, tuple[Match, str, Citation]] = {}
    who = found["who"] or found["teller"] or found["faulter"] or found["describer"] or found["holder"] or ""
    wrong = found["b"] or found["c"] or found["g"]
    about = [
        match
        for match in _about_matches(question, rest.content, who, index)
        if not wrong
        or (isinstance(match.document.item, FindingFact) and match.document.item.polarity == "weakness")
    ]  # "what was wrong with X?" is not answered by what works well
    for match in about:
        read_off = _predicate(
            match, subject_words, doings, index, like=like, manner=manner, how_done=how_done
        )
        if read_off is None and like:
            read_off = _attributive(match, subject_words, index)
        if read_off is not None:
            said.setdefault(fold(read_off[0]), (match, *read_off))
    if not said and not like and manner is None and not doings:
        for match in about:  # "low rates of staff turnover", where no quote says anything of it after it
            if (read_off := _attributive(match, subject_words, index)) is not None:
                said.setdefault(fold(read_off[0]), (match, *read_off))
    if len(said) != 1:
        return None  # none says it of the thing, or two say different things: more than one is said
    ((match, answer, citation),) = said.values()
    topic = " ".join(subject_words)
    explanation = (
        f"how {match.document.item.id} says {topic} was {answer.split()[-1]}"
        if manner and not answer.startswith(("It ", "They "))
        else f"what {match.document.item.id} says {topic} was like"
        if like
        else (f"what {match.document.item.id} says of {topic}")
    )
    return answered(question, answer, answer, explanation, [cite(match.document.item.id, citation)])


# Which thing of a kind someone pointed to ------------------------------------------------------

_KIND_NOUNS = (
    r"findings?|points?|comments?|remarks?|observations?|examples?|positives?|strengths?|criticisms?|"
    r"concerns?|weakness(?:es)?|feedback"
)
_POINTED_TO = (
    r"highlight|highlighted|point to|pointed to|pick out|picked out|single out|singled out|cite|cited|"
    r"mention|mentioned|flag|flagged|quote|quoted|give as an example|gave as an example"
)
_KIND_ASKED = re.compile(
    rf"^(?:what|which) (?:(?:example|instance)s? of )?(?P<kind>(?:[a-z'’-]+ ){{0,2}}(?:{_KIND_NOUNS})) "
    r"(?:(?:from|in|of) [^?]+? )?"
    rf"(?:did|do|does|had|has|have) (?P<who>[a-z0-9'’ -]+? )?(?:{_POINTED_TO})\b"
    r"(?P<setting>,? (?:amid|despite|in spite of|among) [^,?]+)?"
)
"""`What positive finding did Sara Todd highlight?`, `Which point did the report single out?`, `Which
finding did she quote?`, `What example of positive feedback did she give?`: the one
thing of the kind someone gave as an example is asked for, not that they gave one. A body before the
kind ("which Ofsted finding") says whose it is, not what kind; a setting after the verb ("amid the
criticism") says when it was given, not what it is about."""
_EXAMPLE = re.compile(r",?\s*\b(?:such as|for instance|for example|including|namely)\b,?\s*(?:that\s+)?")
"""Where a text turns from a kind of thing to one of them: "positive comments, such as that ..."."""
_QUOTE_MARKS = re.compile(r"[“”\"‘]|(?<![a-z])'|'(?![a-z])|’(?![a-z])", re.IGNORECASE)
"""Quotation marks, but not an apostrophe inside a word ("children’s")."""


def answer_example_given(question: Question, index: ClaimIndex) -> Answer | None:
    """The thing a speaker gave as an example of the kind asked about: where, of the items that match
    the question closely, one says "<the kind>, such as (that) <the thing>" (in a quote, or in its own
    text with the thing quoted apart), the thing, verbatim from its quote. "Not stated" where an item
    gives an example of another kind only ("positive", asked "negative"); None where the question asks
    no such thing, two items give different things, or none gives an example."""
    found = _KIND_ASKED.match(question.folded)
    if found is None or question.form not in {"what", "which", "list"}:
        return None
    *modifiers, noun = found["kind"].split()
    bodies = [w for w in modifiers if set(read(w, index).terms) & BODIES]  # "which Ofsted finding"
    setting = tokens(found["setting"] or "")
    frame = [noun, *re.findall(rf"\b(?:{_POINTED_TO})\b", question.folded), *setting]
    frame += re.findall(r"\b(?:example|instance)s?(?= of\b)", question.folded)  # "what example of X"
    rest = without_words(question, frame, index.glossary, index.vocabulary, loosen=False)
    kind = {stem(w) for w in modifiers if w not in STOPWORDS and w not in bodies}
    actor = " ".join([found["who"] or "", *bodies])
    given: dict[str, tuple[Match, str, Citation]] = {}
    matches = _about_matches(question, rest.content, actor, index, tied=False)
    for match in matches:
        if (example := _example_in(match, kind)) is not None:
            given.setdefault(fold(example[0]), (match, *example))
    if not given and kind and any(_example_in(match, set()) for match in matches):
        other = next(m.document.item.id for m in matches if _example_in(m, set()))
        reason = f"{other} gives an example of another kind, not of {' '.join(modifiers)} ones"
        return silent(question, index, reason)
    if len(given) != 1:
        return None
    ((match, answer, citation),) = given.values()
    answer = past_own_words(answer, question)  # "...about children at risk?": what it says of them
    explanation = f"what {match.document.item.id} gives as an example of {found['kind']}"
    return answered(question, answer, answer, explanation, [cite(match.document.item.id, citation)])


OWN_LEAD = 2
"""An answer opening with this many of the question's own words of substance or more names what the
question already names ("children at immediate risk of harm receive ..." asked about those children)."""


def past_own_words(answer: str, question: Question) -> str:
    """The answer without the words it opens with that are the question's own (articles and
    prepositions among them), where at least `OWN_LEAD` of them name something and what follows
    says something more; else the answer whole."""
    asked = {stem(w) for w in tokens(question.folded) if w not in STOPWORDS}
    words = answer.split()
    named = 0
    at = 0
    while at < len(words):
        parts = tokens(words[at])
        if parts and all(w in STOPWORDS for w in parts):
            at += 1
        elif parts and all(stem(w) in asked for w in parts):
            named += 1
            at += 1
        else:
            break
    rest = words[at:]
    if named < OWN_LEAD or len([w for w in tokens(" ".join(rest)) if w not in STOPWORDS]) < 2:
        return answer
    return " ".join(rest)


def _example_in(match: Match, kind: set[str]) -> tuple[str, Citation] | None:
    """The example an item gives after "such as" or "for instance", where the words before the marker
    name the `kind` asked about ("positive"): the rest of a quote that says so, or else the quote
    holding the words its own text gives after such a marker; cleaned of quotation marks and the
    closing stop."""
    item = match.document.item

    def names_kind(text: str) -> bool:
        return kind <= {stem(w) for w in tokens(text)}

    for citation in item.citations:
        marked = _EXAMPLE.search(citation.quote)
        if marked is not None and names_kind(citation.quote[: marked.start()]):
            return _plain_example(citation.quote[marked.end() :]), citation
    marked = _EXAMPLE.search(title_of(item))
    if marked is None or not names_kind(title_of(item)[: marked.start()]):
        return None
    wanted = {stem(w) for w in tokens(title_of(item)[marked.end() :]) if w not in STOPWORDS}
    before = {stem(w) for w in tokens(title_of(item)[: marked.start()]) if w not in STOPWORDS}
    for citation in item.citations:
        said = {stem(w) for w in tokens(citation.quote)}
        if len(wanted & said) >= len(wanted) * 3 / 4 and not said & before - wanted:
            return _plain_example(citation.quote), citation
    return None


def _plain_example(text: str) -> str:
    """The example as plain words: the record's quotation marks and closing stop are the source's."""
    return " ".join(_QUOTE_MARKS.sub(" ", text).split()).rstrip(" .;:,")


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
_SET_ASIDE_LAST = re.compile(
    r"^(?P<rest>.+?),?\s+(?:besides|apart from|aside from|other than|as well as|in addition to|except for)"
    r" (?P<thing>[^,?]+?)\s*\?*$",
    re.IGNORECASE,
)
"""`Which other councils were visited besides Eastfield?`: a thing set aside at the close."""


def set_aside(text: str) -> tuple[str, str] | None:
    """The question without the thing it sets aside at its opening, and that thing; None without one."""
    found = _SET_ASIDE.match(text.strip())
    if found is None:
        return None
    rest = found["rest"]
    return rest[:1].upper() + rest[1:], found["thing"]


def set_aside_at_close(text: str) -> str | None:
    """The thing a question sets aside at its close ("... besides Eastfield?"), which no answer may
    name; None without one."""
    found = _SET_ASIDE_LAST.match(text.strip())
    return None if found is None else found["thing"]


def names_the_thing(answer: str, thing: str) -> bool:
    """Whether an answer names the thing the question set aside: every word of substance of it."""
    words = {stem(w) for w in tokens(thing) if w not in STOPWORDS}
    return bool(words) and words <= {stem(w) for w in tokens(answer)}


def _past_the_thing(item: str, thing: str) -> str:
    """An item that opens with the thing set aside and goes on with "and" ("front door and access to
    services", besides "front door"): what follows is an item of its own, which the quote joined to
    the first with "and" where the rest of the list has commas."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", fold(thing))
    found = re.match(rf"(?:the\s+)?{re.escape(bare)}\s+and\s+(?P<rest>\S.*)$", fold(item))
    return item[len(item) - len(found["rest"]) :] if found is not None else item


def left_apart(question: Question, thing: str, index: ClaimIndex) -> Answer | None:
    """`Apart from X, which acting role was filled...?`: of the list the question's words gather
    (`answer_list`), what is left once the one item naming the thing set aside, or named by it
    ("corporate director of children's services" for "acting corporate director of ..."), is left
    out; one item where the question asks for one. None where no item, or more than one, is it."""
    if question.form not in {"which", "list"}:
        return None
    listed = answer_list(question, index)
    if listed.status != "answered" or listed.answer is None:
        return None
    items = listed_items(listed.answer)
    rests = [_past_the_thing(item, thing) for item in items]
    left = [rest for rest in rests if not (names_the_thing(rest, thing) or names_the_thing(thing, rest))]
    if rests != items and len(left) == len(items):  # "front door and access": the first named it
        items = [thing, *left]
    if len(items) < 2 or len(left) != len(items) - 1 or (question.form == "which" and len(left) != 1):
        return None
    said = ", ".join(left)
    explanation = f"{listed.explanation}, less {thing!r}, which the question sets aside"
    return replace(listed, answer=said, value=said, explanation=explanation)


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
    return whom_met(question, found["who"] or "", index)


def whom_met(question: Question, who: str, index: ClaimIndex) -> Answer | None:
    """Whom `who` met, written after "meeting ... with" in a quote of the one item that matches the
    question best, or None."""
    match = _one_best(question, question.content, who, index)
    if match is None:
        return None

    def whom(quote: str) -> str | None:
        return met["whom"] if (met := _MET_IN_QUOTE.search(quote)) else None

    return _first_phrase(match, question, whom, "whom {} says the meeting was with", _WHOM_ENDS)


def answer_in_frame(question: Question, index: ClaimIndex) -> Answer | None:
    """A text question in one of the frames read here (what fills a gap a stranded preposition leaves
    before a closing phrase; what does something, with `what` its subject,
    and what was called by a quality; what level something was at; which body, by a word for it; which
    areas went from one grade to another; what was said of something, the example given of a kind,
    what was asked for, whom a body met, what it preferred), read by its frame before the words after
    the question's own are: "preferring local carers and short waits" preferred local carers, not short
    waits. None where the question is in no such frame, or its frame finds nothing."""
    from trafford_timeline.claims.happened_to import answer_happened_to  # they read this module's helpers
    from trafford_timeline.claims.slots_body import answer_body
    from trafford_timeline.claims.slots_ratings import answer_areas_changed
    from trafford_timeline.claims.slots_standard import answer_believed_level, answer_standard
    from trafford_timeline.claims.slots_subject import answer_judged, answer_subject
    from trafford_timeline.claims.stranded_gap import answer_stranded_gap

    return (
        answer_stranded_gap(question, index)
        or answer_subject(question, index)
        or answer_judged(question, index)
        or answer_standard(question, index)
        or answer_believed_level(question, index)
        or answer_body(question, index)
        or answer_areas_changed(question, index)
        or answer_said_of(question, index)
        or answer_happened_to(question, index)
        or answer_example_given(question, index)
        or answer_asked_for(question, index)
        or answer_met_with(question, index)
        or answer_preferred(question, index)
    )


def answer_text_anew(question: Question, index: ClaimIndex) -> Answer | None:
    """A text question the usual readings left unanswered, read once more: `which parts of X` as a
    list, then as a counted list spread over several items, then as the parts a quote lists after its
    verb (`slots_gathered`), then as staff of a kind named by their posts (`slots_staff_kind`), then
    as the things a quote joins before the noun asked for (`joined_modifiers`); None where that does
    not answer it either. Last, the words of the one clearly matching quote that the
    question does not hold (`remainder`)."""
    from trafford_timeline.claims.joined_modifiers import answer_joined_modifiers
    from trafford_timeline.claims.remainder import answer_remainder  # the last reading, seldom reached
    from trafford_timeline.claims.slots_staff_kind import answer_staff_kind  # it reads `best_tied`

    return (
        answer_which_as_list(question, index)
        or answer_counted_list(question, index)
        or answer_parts_listed(question, index)
        or answer_staff_kind(question, index)
        or answer_joined_modifiers(question, index)
        or answer_remainder(question, index)
    )


__all__ = [
    "answer_asked_for",
    "answer_example_given",
    "answer_in_frame",
    "answer_met_with",
    "answer_preferred",
    "answer_said_of",
    "answer_text_anew",
    "answer_which_as_list",
    "names_the_thing",
    "set_aside",
    "set_aside_at_close",
]
