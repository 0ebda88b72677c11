"""Who, and which: a role's holder, a statement's speaker, who is to act on a commitment, a name
that ends in the noun asked about, a list, or the words a quote says after the question's own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from trafford_timeline.claims.appraisal import judged_otherwise
from trafford_timeline.claims.asked_object import after_asked_preposition, asked_subject, restates
from trafford_timeline.claims.done_with import done_with, verb_done_with
from trafford_timeline.claims.framing import SAYING as SAYING_STEMS
from trafford_timeline.claims.index import ACTING_BODIES, ROLE_CONTEXT, ClaimIndex, Document
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.line_quotes import whole_run
from trafford_timeline.claims.manner_cut import cuts_a_verb_phrase
from trafford_timeline.claims.matching import (
    CANDIDATES,
    MATCH,
    MATCH_TEXT,
    Answer,
    Match,
    answered,
    cite,
    coverage_of,
    evidence_of,
    floor_of,
    light_now,
    match_order,
    ranked,
    read,
    silent,
    title_of,
    why_not,
)  # fmt: skip
from trafford_timeline.claims.met_with import answer_met_with, said_by_question
from trafford_timeline.claims.other_staff import given_back, names_other_people
from trafford_timeline.claims.participle_object import object_before_participle
from trafford_timeline.claims.question import (
    AUXILIARY,
    BODIES,
    LIGHT_VERBS,
    SAYING,
    STRANDED,
    TIME_CLAUSE,
    Question,
    asked_preposition,
    asks_a_name,
    asks_two_things,
    plural,
)  # fmt: skip
from trafford_timeline.claims.reading import AREA_PREFIX, Reading
from trafford_timeline.claims.remainder import phrase_opening
from trafford_timeline.claims.reported_question import reports_a_question
from trafford_timeline.claims.restated_subject import restated_subject
from trafford_timeline.claims.slot_words import _BOUNDARY, _WORD_AT, MODAL, REQUIRE
from trafford_timeline.claims.slots_members import (
    MAX_GROUP_WORDS,
    answer_chair,
    answer_members,
    people_headed,
)
from trafford_timeline.claims.verdicts import Evidence
from trafford_timeline.claims.what_gap import (
    DESCRIBING,
    PURPOSE_CLAUSE,
    PURPOSE_OPENS,
    after_a_gap,
    described_as,
    paired_only,
    stranded_gap,
)
from trafford_timeline.dates import FULL_MONTHS
from trafford_timeline.record.model import (
    Citation,
    CommitmentFact,
    Event,
    Fact,
    RoleFact,
    StatementFact,
)  # fmt: skip

# People ----------------------------------------------------------------------------------------


def _named_person(reading: Reading, index: ClaimIndex) -> list[RoleFact]:
    terms = set(reading.terms)
    named = [person for person in index.people if person.name and person.name <= terms]
    if len(named) != 1:
        return []
    rest = terms - named[0].name - index.glossary.implied
    return [fact for fact, _ in named[0].roles] if not rest else []


def _held(roles: list[RoleFact]) -> list[RoleFact]:
    """The roles a person holds, leaving out any the record gives only as to come ("the new role would
    be led by her"), where she holds another: what someone holds is not what she was to take on."""
    held = [fact for fact in roles if not MODAL.search(fact.text.casefold())]
    return held or roles


_PERMANENT = re.compile(r"\bpermanent(?:ly)?\b")
_PERMANENT_TERM = stem("permanent")
_TEMPORARY = re.compile(r"\b(?:interim|acting|temporary|caretaker)\b", re.IGNORECASE)
_RANKED = re.compile(r"\b(?:deputy|vice|assistant|associate|shadow)\b")
"""A rank that makes a post another post: the deputy leader is not the leader."""
WHO_IS = re.compile(r"^who (?:is|was|are|were)\b")
"""`Who is Sara Todd?` asks for her role; `Who replaced Sara Todd?` does not."""


def _better_elsewhere(reading: Reading, index: ClaimIndex, best: Match) -> Match | None:
    """An item of another kind that matches the question fully where the best role or commitment
    misses a term of it: "who will provide the leadership the service needs?" is about what a
    statement says of Catherine Hynes, not about the adviser's progress reports, which lack
    "leadership". The closer item is the question's matter, so a looser one answers nothing."""
    if not best.missing:
        return None
    for match in ranked(reading, index):
        if match.coverage < 1.0:
            return None
        if match.document.item is not best.document.item:
            return match
    return None


def _without_person_noun(question: Question, index: ClaimIndex) -> Reading:
    """The question's reading without what its noun for anyone reads as: "which Trafford figure said"
    asks for a person, and "figure" is no number the item must state."""
    found = _WHICH_SPEAKER.match(question.folded) if question.form == "said" else None
    if found is None or stem(found["noun"].split()[-1]) not in _ANY_PERSON | set(_KIND_OF_PERSON):
        return question.content
    noun = set(read(found["noun"].split()[-1], index).terms)
    return replace(question.content, terms=tuple(t for t in question.content.terms if t not in noun))


def _held_then(reading: Reading, index: ClaimIndex) -> list[Match]:
    """`Who was council leader when the 2019 report came out?`: a role the record gives no date of its
    own is held at the date of the event it is filed under (the leader answering the report), so it
    answers a question dated then, which an undated item otherwise never does. A role dated itself is
    read by its own date, as any item is."""
    asked = [m.span for m in reading.dates if m.span is not None]
    if not asked:
        return []

    def held_then(document: Document) -> bool:
        event = getattr(document.item, "event", None)
        if (
            not isinstance(document.item, RoleFact)
            or document.dates
            or event is None
            or event not in index.numbers
        ):
            return False
        return any(a.overlaps(d) for a in asked for d in index.document_of(event).dates)

    return ranked(replace(reading, dates=()), index, held_then)


def _answer_who(question: Question, index: ClaimIndex) -> Answer:
    reading = _without_person_noun(question, index)
    folded = question.folded
    identity = WHO_IS.match(folded) is not None and not question.loosened
    if question.form == "who" and identity and (roles := _held(_named_person(reading, index))):
        answer = "; ".join(dict.fromkeys(fact.role for fact in roles))
        evidence = [cite(f.id, c) for f in roles for c in f.citations[:1]]
        return answered(question, answer, answer, f"the roles the record gives {roles[0].person}", evidence)
    if question.form == "who" and (members := answer_members(question, index)) is not None:
        return members
    if question.form == "who" and (chair := answer_chair(question, index)) is not None:
        return chair  # "who must chair the board?": the chair required, as the quote names it
    receives = asked_preposition(folded) not in {None, "by"}  # "to whom": who receives, not who acts
    if receives and (after := _after_preposition(question, ranked(reading, index), index)) is not None:
        return after
    if _PERMANENT.search(folded):  # "permanent" is said by a role without "interim", not by a word
        reading = replace(reading, terms=tuple(t for t in reading.terms if t != _PERMANENT_TERM))
    allowed: tuple[type, ...] = (StatementFact,) if question.form == "said" else (RoleFact,)
    if question.form in {"who", "which"} and MODAL.search(folded):
        allowed = (*allowed, CommitmentFact)
    matches = ranked(
        reading,
        index,
        lambda d: isinstance(d.item, allowed) or (question.form == "said" and spoken_commitment(d.item)),
    )
    if RoleFact in allowed and (then := _held_then(reading, index)):
        matches = sorted([*matches, *then], key=match_order)
    asked_ranks = set(_RANKED.findall(folded))
    good = [m for m in matches if m.coverage >= floor_of(question, MATCH)]
    good = [
        m
        for m in good
        if not isinstance(m.document.item, RoleFact)
        or not set(_RANKED.findall(m.document.item.role.lower())) - asked_ranks
    ]  # "who leads the council?" is not answered by the deputy leader
    if not good:
        if (subject := _subject_of_verb(question, index)) is not None:
            return subject
        if (restated := restated_subject(question, index)) is not None:
            return restated
        if (met := answer_met_with(question, index)) is not None:
            return met
        return silent(question, index, why_not(ranked(reading, index), "who"))
    if (better := _better_elsewhere(reading, index, good[0])) is not None:
        if (subject := _subject_of_verb(question, index)) is not None:
            return subject
        reason = (
            f"{better.document.item.id} matches the question more closely than any item naming who "
            f"holds a post or is to act ({good[0].document.item.id}), and does not say who"
        )
        return silent(question, index, reason)
    asked = question.folded
    said_words = said_words_of(question) | _style_said(question, index)
    named_posts: set[str] = set()  # posts held by someone the question names ("before Sara Todd")
    for match in good:
        item = match.document.item
        if isinstance(item, RoleFact) and named_posts and fold(item.role) not in named_posts:
            continue  # who held the named person's post before or after them holds that post, not another
        if isinstance(item, StatementFact) and not said_words <= own_stems(item):
            continue  # "who described the report as damning?" is not who called it stark
        if isinstance(item, RoleFact) and question.form == "which" and not _names_role(question, item, index):
            continue  # "which organisation...": a person answers only when the question names their role
        if isinstance(item, RoleFact) and not asked_ranks and _ranked_title_only(question, item, index):
            continue  # "who led the council?" is not the deputy leader, named as leading a cabinet role
        if isinstance(item, RoleFact) and _PERMANENT.search(folded) and _TEMPORARY.search(item.role):
            continue  # "the permanent chief executive" is not the interim one
        if isinstance(item, RoleFact) and _TEMPORARY.search(folded) and not _TEMPORARY.search(item.role):
            continue  # nor is a post held outright the one someone holds "on an interim basis"
        passive = PASSIVE.search(folded) is not None
        if isinstance(item, CommitmentFact) and question.form == "said":
            pass  # the record has its committer say it: who said it is asked, not who acts
        elif isinstance(item, CommitmentFact) and (passive or not _acts(question, item)):
            continue  # "who will chair the board?" is not who must set up a board with a chair
        person, how = _person_of(item, folded)
        if person is not None and fold(person) in asked:
            if isinstance(item, RoleFact):
                named_posts.add(fold(item.role))
            continue  # "who was chief executive before Sara Todd?" does not ask for Sara Todd
        if person is not None and not _is_a(person, speaker_noun(question), index, title_of(item)):
            continue  # "which leader admitted...?" is not answered by committee members
        # a group of people takes posts, not one post; "posts" in a clause of time ("who was director
        # before the posts were split?") places the one post asked of, and asks for no group
        several = _POSTS.search(TIME_CLAUSE.split(folded, maxsplit=1)[0]) is not None
        if (
            person is None
            and isinstance(item, RoleFact)
            and several
            and (group := _group_taking_post(item, index))
        ):
            said, citation = group  # "managers from within the organisation promoted to take on ..."
            how = f"the people {item.id}'s quote says took the post, whom it does not name"
            return answered(question, said, said, how, [cite(item.id, citation)])
        if person is None or fold(person).startswith("unnamed"):
            reason = f"{item.id} matches, but the sources do not name who: {title_of(item)}"
            return silent(question, index, reason, good)
        return answered(question, person, person, how, evidence_of(match.document, reading, person))
    if (subject := _subject_of_verb(question, index)) is not None:
        return subject
    if (restated := restated_subject(question, index)) is not None:
        return restated
    if (met := answer_met_with(question, index)) is not None:
        return met
    reason = (
        f"the items that match ({good[0].document.item.id} first) do not say who does what the question asks"
    )
    return silent(question, index, reason, good)


_TAKING_POST = re.compile(
    r"(?:^|[,;:] (?:and )?)(?P<who>[A-Za-z][\w'’ -]*?) (?:(?:were|was|had been|have been|has been) )?"
    r"(?:promoted|appointed|recruited|seconded|drafted in|brought in)"
    r"(?: (?:to take on|to take up|to fill|to step into|into|to) (?:the|an?|its|their)\b)"
)
"""`..., and managers from within the organisation promoted to take on the acting roles of ...`: the group
of people, unnamed, the quote says took a post, read from the start of its clause up to the verb."""


_POSTS = re.compile(r"\b(?:roles|posts|positions|jobs)\b")
"""`Who stepped into the acting roles of A and B?`: posts asked of in the plural, which a group of people
took; `who was promoted to acting A?` asks for the one person, whom a group does not name."""


def _group_taking_post(item: RoleFact, index: ClaimIndex) -> tuple[str, Citation] | None:
    """The group of people (a phrase headed by a plural noun for people) a role's quote, read with the
    record's other quotes of its line, says were put into the post, where the record names no one:
    "managers from within the organisation"."""
    for citation in (whole_run(c, index) for c in item.citations):
        found = _TAKING_POST.search(citation.quote.strip())
        if found and len(found["who"].split()) <= MAX_GROUP_WORDS and people_headed(found["who"]):
            return found["who"], citation
    return None


_SAID_AS = re.compile(
    rf"\b(?:{SAYING}) .+? as (?:being |a |an |so |very |too )?(?P<said>[a-z'-]+(?: [a-z'-]+){{0,2}})$"
)
_QUOTED_WORDS = re.compile(r"[\"“‘](?P<said>[^\"”’]{2,60})[\"”’]")


_SAID_WAS = re.compile(
    rf"\b(?:{SAYING}) (?:that )?(?:(?! but | and | while ).)+? (?:was|were|is|are|had been|would be) "
    r"(?:very |too |so )?(?P<said>[a-z'-]+)(?=$| but | and | while )"
)
"""`...said the findings were worrying`: the word after the copula is what was said."""


def said_words_of(question: Question) -> set[str]:
    """What the question says was said ("...described the report as damning", or words in quotes):
    the speaker's own statement must use them, whatever else matches."""
    if question.form != "said":
        return set()
    found = (
        _QUOTED_WORDS.search(question.text)
        or _SAID_AS.search(question.folded)
        or _SAID_WAS.search(question.folded)
    )
    if not found:
        return set()
    return {stem(w) for w in tokens(fold(found["said"])) if w not in STOPWORDS}


_FIRST_SAYING = re.compile(rf"\b(?:{SAYING})\b(?P<said>.*?)(?= but | and | while |$)")


def _style_said(question: Question, index: ClaimIndex) -> set[str]:
    """`Who called the report damning?`: in what the question says was said, a word the glossary lists
    as mere style ("damning", "shocking") is the very word said, so the speaker's statement must use it;
    read as a claim it is dropped, and any statement about the report would do."""
    found = _FIRST_SAYING.search(question.folded) if question.form == "said" else None
    if found is None:
        return set()
    return {stem(word) for word in tokens(found["said"]) if index.glossary.style_word(word)}


def own_stems(item: Event | Fact) -> set[str]:
    return {stem(w) for text in (title_of(item), *(c.quote for c in item.citations)) for w in tokens(text)}


_IRREGULAR = {
    "gave": "give", "given": "give", "made": "make", "took": "take", "taken": "take", "held": "hold",
    "led": "lead", "wrote": "write", "written": "write", "sat": "sit", "ran": "run", "chose": "choose",
    "chosen": "choose", "told": "tell", "brought": "bring", "sent": "send", "set": "set", "met": "meet",
}  # fmt: skip
"""Past forms a stemmer does not bring to their verb: "who gave" is answered by "X gave"."""
_ASKED_VERB = re.compile(
    r"^(?:who|which [a-z' -]+?)\s+(?:(?:will|would|can|could|may|might|must|should|shall)"
    r"(?: be able to| have to| get to)? |(?:gets?|got|has|have|had) to |(?:is|are|was|were) able to )?"
    r"(?P<verb>[a-z]+)"
)
"""The question's own verb, after a modal or a frame of being able, allowed or obliged to do it: "who
can decide", "who gets to decide", "who has to decide" all ask who decides. A copula alone is no
such frame: "who was lead member..." has no verb of its own."""
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on"})


def _verb_root(word: str) -> str:
    folded = fold(word)
    return stem(_IRREGULAR.get(folded, folded))


SUBJECT_ITEMS = 4
"""How many of the best-matched items are read for the name before the question's verb, and any
matched as well as the last of them (items that tie are ordered only by how much else they say, so
the cut never falls among them): the quote that names who acted may be one an item about the meeting
holds, not the best match's."""
_GIVING = frozenset(_verb_root(word) for word in ("give", "gave", "make", "made", "deliver", "delivered"))


_INFORMING_WORDS = "brief briefed briefing update updated inform informed present presented presentation"
_INFORMING = frozenset(_verb_root(word) for word in _INFORMING_WORDS.split())
"""Verbs of bringing an audience up to date: "who briefed the committee?" is answered by whoever the
record has present to it, or update or inform it, in any of these words."""
_DOING_WORDS = "carry carried conduct conducted undertake undertaken perform performed"
_DOING = frozenset(_verb_root(word) for word in _DOING_WORDS.split())
"""Verbs of doing a piece of work: "who will carry out the review?" is answered by who conducts it."""


def _verbs_like(verb: str) -> frozenset[str]:
    """The question's verb and the others of its class, any of which a quote may say it with."""
    return next((verbs for verbs in (_INFORMING, _DOING) if verb in verbs), frozenset({verb}))


def _verb_at(words: Sequence[str], at: int, verbs: frozenset[str]) -> int | None:
    """Where the question's verb stands in a quote's words, for the name written before it: the verb
    itself ("presented"), or a light verb giving its noun ("gave a presentation" is "presented")."""
    if at == 0:
        return None
    noun = at >= 3 and stem(fold(words[at])) in verbs and fold(words[at - 1]) in {"a", "an", "the"}
    if noun and _verb_root(words[at - 2]) in _GIVING:
        return at - 2
    return at if _verb_root(words[at]) in verbs else None


def _passive_at(words: Sequence[str], at: int) -> bool:
    """Whether the verb at `at` is a participle its doer follows ("a board, led by an independent
    chair"): the name before it is what was done to, never who did it."""
    return at + 1 < len(words) and fold(words[at + 1]) == "by" and fold(words[at]) != _verb_root(words[at])


def _participle(word: str) -> bool:
    """Whether a verb is written as a past participle ("conducted", "undertaken", "led"), which a
    doer after "by" completes."""
    folded = fold(word)
    return folded.endswith(("ed", "en")) or folded in _IRREGULAR


AGENT_WORDS = 12
_AGENT = re.compile(r"\s+by\s+(?P<agent>[A-Z][^.,;:!?()“”\"]*)")


def _agent_after(quote: str, at: int) -> str | None:
    """The doer after "by" of the participle that is the quote's `at`-th word ("a review ... to be
    conducted by Trafford or another party agreed by the DfE"): a name, with a capital, and the few
    words that go with it to the next punctuation, or None."""
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", quote))
    found = _AGENT.match(quote, words[at].end())
    if found is None or len(found["agent"].split()) > AGENT_WORDS:
        return None
    return found["agent"].strip()


def _states_figures(question: Question, match: Match) -> bool:
    """Whether the item states every figure or frequency the question gives: who conducts "the
    six-monthly reviews" is not read from an item about a review with no interval."""
    stated = {(q.unit, q.value) for q in match.document.quantities}
    return all((q.unit, q.value) in stated for q in question.content.quantities)


def _subject_of_verb(question: Question, index: ClaimIndex) -> Answer | None:
    """`Who gave the presentation...?`, `Who decides when...?`: where no person fact matches, the name
    written just before the question's own verb in the best-matched quote ("The Interim Director of
    Children's Services gave a presentation"): a run of capitalised words, nothing else."""
    found = _ASKED_VERB.match(question.folded)
    if found is None or re.fullmatch(AUXILIARY, found["verb"]) or found["verb"] in STOPWORDS:
        return None
    verb = _verb_root(found["verb"])
    verbs = _verbs_like(verb)
    asked = fold(question.text)
    reading = question.content
    if verb in _INFORMING:  # "briefed", a word no item uses, is told by the item's own word for it
        unused = {t for t in read(found["verb"], index).terms if not index.postings.get(t)}
        reading = replace(reading, terms=tuple(t for t in reading.terms if t not in unused))
    matches = [m for m in ranked(reading, index) if m.coverage >= floor_of(question, MATCH)]
    last = matches[:SUBJECT_ITEMS][-1].coverage if matches else 0.0
    for match in [m for m in matches if m.coverage >= last and _states_figures(question, m)]:
        for citation in match.document.item.citations:
            words = re.findall(r"[A-Za-z][\w'’-]*", citation.quote)
            for found_at in range(len(words)):
                at = _verb_at(words, found_at, verbs)
                if at is not None and _participle(words[at]) and (agent := _agent_after(citation.quote, at)):
                    if fold(agent) in asked:
                        continue
                    explanation = f"who does it, as {match.document.item.id} names them after 'by'"
                    evidence = [cite(match.document.item.id, citation)]
                    return answered(question, agent, agent, explanation, evidence)
                if at is None or _passive_at(words, at):
                    continue
                start = at
                while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in _NAME_JOINERS):
                    start -= 1
                while start < at and not words[start][:1].isupper():
                    start += 1  # a name starts with a capital: "until Education Secretary..."
                phrase = words[start:at]
                if not phrase or not any(w[:1].isupper() for w in phrase[1:] or phrase):
                    continue
                name = " ".join(phrase)
                if fold(name) in asked:
                    continue  # the question's own words are not its answer
                explanation = f"who {found['verb']}, as {match.document.item.id} names them"
                return answered(question, name, name, explanation, [cite(match.document.item.id, citation)])
    return None


_ACTION = re.compile(
    r"\b(?:to|will|would|must|should|shall)\s+(?:not\s+)?(?:the\s+|a\s+|an\s+)?(?!be\b|been\b)([a-z-]+)"
)
PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+[a-z]+ed\b(?!\s+by\b)")
"""`Who will the plan be presented to?` asks who receives it, not who is to act."""


def _acts(question: Question, item: CommitmentFact) -> bool:
    """Whether the action the question asks about is the commitment's: the first verb after a modal or
    `to` ("to establish a board ... to oversee" commits to establishing, not overseeing)."""
    asked = {stem(verb) for verb in _ACTION.findall(question.folded)}
    texts = [item.text, *(c.quote for c in item.citations)]
    done = {stem(found[1]) for text in texts if (found := _ACTION.search(fold(text)))}  # its first action
    return bool(asked & done)


_WHICH_SPEAKER = re.compile(rf"^(?:which|what) (?P<noun>[a-z'-]+(?: [a-z'-]+)*?) (?:{SAYING})\b")
_ANY_PERSON = frozenset(
    stem(w)
    for w in ("official", "person", "individual", "spokesperson", "spokesman", "spokeswoman", "one", "figure")
)
"""Nouns that only say a person is asked for: "which Trafford figure said..." is anyone who did."""


_POLITICAL_ROLES = "leader councillor mayor minister secretary cabinet mp"
_KIND_OF_PERSON = {stem("politician"): frozenset(stem(w) for w in _POLITICAL_ROLES.split())}
"""Nouns for a kind of person no role is called by: a politician is who holds an elected or ministerial
post, so "which politician said..." is answered by the council leader, never by its chief executive.
Read only of the roles the record gives the speaker, as `_is_a` reads any other noun."""


def speaker_noun(question: Question) -> str | None:
    """The noun a `which ... said` question names its speaker by (`leader` in "which leader admitted"),
    unless it only says a person is asked for ("which official")."""
    found = _WHICH_SPEAKER.match(question.folded) if question.form == "said" else None
    if found is None:
        return None
    noun = stem(found["noun"].split()[-1])
    return None if noun in _ANY_PERSON else noun


def _is_a(person: str, noun: str | None, index: ClaimIndex, text: str) -> bool:
    """Whether the speaker is what the question calls them: the noun is in their name, in a role the
    record gives them (Andrew Weston is a leader: the council leader), or just before their name in
    the item ("Council leader Tom Reed said...")."""
    if noun is None:
        return True
    before = fold(text).split(fold(person))[0] if fold(person) in fold(text) else ""
    said = {stem(w) for w in tokens(person)} | {stem(w) for w in tokens(before)[-3:]}
    roles = [f.role for p in index.people for f, _ in p.roles if f.person and fold(f.person) == fold(person)]
    if noun in _KIND_OF_PERSON:  # a kind of person: any of the posts that make one
        return any(_KIND_OF_PERSON[noun] & {stem(w) for w in tokens(role)} for role in roles)
    return noun in said or any(noun in {stem(w) for w in tokens(role)} for role in roles)


def _ranked_title_only(question: Question, fact: RoleFact, index: ClaimIndex) -> bool:
    """Whether a role's holder meets the question only through a ranked title the item calls them by:
    "led by deputy leader Catherine Hynes" names no leader, so the role (a cabinet post) answers
    "who led the council?" only where the question names that role itself."""
    if not fact.person or _names_role(question, fact, index):
        return False
    person = fold(fact.person)
    for text in (fact.text, *(c.quote for c in fact.citations)):
        before = fold(text).split(person)[0] if person in fold(text) else None
        if before is not None and _RANKED.search(" ".join(tokens(before)[-3:])):
            return True
    return False


def _names_role(question: Question, fact: RoleFact, index: ClaimIndex) -> bool:
    """Whether the question names the role, in its words or a shorter form (`leads` for `leader`)."""
    role = set(read(fact.role, index).terms) - index.glossary.implied - ROLE_CONTEXT
    focus = question.focus or ""  # "which minister...": the noun asked about names the role too
    if role & (set(question.content.terms) | set(read(focus, index).terms)):
        return True
    words = {stem(w) for w in tokens(fact.role)} - {stem(w) for w in STOPWORDS}
    asked = {stem(w) for w in (*question.content.words, *tokens(focus))}
    return any(
        r.startswith(a) and len(a) >= 4 for r in words for a in asked if a not in {"council", "children"}
    )


_SAID_FORM = re.compile(
    rf"^(?:who|whom|which [a-z' -]+?)(?: (?:has|had|have|was|first|publicly|once|then))? (?:{SAYING})\b"
)


def spoken_commitment(item: Event | Fact) -> bool:
    """A commitment the record has its committer say ("Andrew Weston said the council would ensure..."):
    who said it is its committer, as a statement's speaker is."""
    return (
        isinstance(item, CommitmentFact)
        and bool(item.by)
        and re.search(rf"\b{re.escape(item.by)} (?:said|says|told|pledged|promised)\b", item.text) is not None
    )


def _person_of(item: Event | Fact, folded: str) -> tuple[str | None, str]:
    """Who fills the slot of a statement, commitment or role, and how that was read."""
    if isinstance(item, StatementFact):
        return item.speaker, f"the speaker of {item.id}"
    if isinstance(item, CommitmentFact):
        if spoken_commitment(item) and _SAID_FORM.match(folded):
            return item.by, f"who the record has say {item.id}"
        if REQUIRE.search(folded):
            return item.required_by, f"who requires {item.id}"
        return item.by, f"who is to act on {item.id}"
    if isinstance(item, RoleFact):
        return item.person, f"the holder of the role {item.role!r} ({item.id})"
    return None, ""


# Names and lists read from the quotes ----------------------------------------------------------


def _phrase_ending_at(words: list[str], at: int) -> list[str]:
    """The noun phrase whose last word is `words[at]`: back to a determiner, a preposition or a verb."""
    capital = words[at][:1].isupper()
    start = at
    while start > 0:
        word = words[start - 1]
        lower = word.lower()
        joined = start >= 2 and words[start - 2][:1].isupper() == capital
        if lower == "and" and joined and words[start - 2].lower() not in _BOUNDARY:
            start -= 1
            continue
        if lower in _BOUNDARY or not word[:1].isalnum() or (capital and not word[:1].isupper()):
            break
        start -= 1
    return words[start : at + 1]


def _name_goes_on(words: list[str], at: int) -> list[str]:
    """The rest of a capitalised name after its noun: "Interim Director" goes on "of Children's
    Services", and the answer is the whole name, not its first half."""
    if not words[at][:1].isupper():
        return []
    end = at
    while end + 2 < len(words) and words[end + 1] in {"of", "for"} and words[end + 2][:1].isupper():
        end += 2
        while end + 1 < len(words) and words[end + 1][:1].isupper():
            end += 1
    return words[at + 1 : end + 1]


_RELATIVE = frozenset(
    {"next", "last", "previous", "following", "coming", "same", "later", "earlier", "subsequent", "further"}
)
"""Words that place a thing only relative to when it was said: "its next meeting" names no meeting."""
_DATE_WORD = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d")


def _dated_on(words: list[str], at: int) -> list[str]:
    """The date a quote gives after a phrase that ends at `words[at]`: "its next meeting | in October
    2019", which names the meeting the phrase places only relative to when it was said; else none."""
    if at + 2 >= len(words) or words[at + 1].lower() not in {"in", "on"}:
        return []
    months = {fold(month) for month in FULL_MONTHS if month}
    taken = []
    for word in words[at + 2 : at + 5]:
        if fold(word) not in months and not _DATE_WORD.fullmatch(word):
            break
        taken.append(word)
    if not any(fold(w) in months or re.fullmatch(r"(?:19|20)\d\d", w) for w in taken):
        return []
    return words[at + 1 : at + 2 + len(taken)]


def _proper_name(phrase: list[str]) -> bool:
    """Whether every word of a phrase but its joining words starts with a capital: a name."""
    return all(w[:1].isupper() for w in phrase if w.lower() not in _NAME_JOINERS)


ACTOR_NOUNS = frozenset(
    stem(word)
    for word in [
        "body",
        "organisation",
        "organization",
        "department",
        "agency",
        "authority",
        "council",
        "person",
        "official",
        "officer",
        "minister",
        "team",
        "group",
        "board",
        "panel",
        "committee",
    ]
)
"""Nouns for someone who acts: a `which` question about one may be answered as `who` is."""


_POST_NOUNS = frozenset(stem(word) for word in ("role", "post", "position", "job", "title", "office"))
_HOLDING = re.compile(r"\b(?:hold|holds|held|have|has|had|fill|fills|filled|occupy|occupies|occupied)\b")


def _without_post(question: Question, index: ClaimIndex) -> Reading:
    """`What role does Catherine Hynes hold?` without its frame: only the person named is left (and
    the post noun, where the body it is held in kept it among the question's words)."""
    words = [word for word in question.content.words if stem(word) not in _POST_NOUNS]
    return read(_HOLDING.sub(" ", " ".join(words)), index)


_AGENT_WORDS = "holder member leader councillor politician minister secretary director chair company partner"
_AGENT_NOUNS = frozenset(stem(word) for word in _AGENT_WORDS.split())
"""Nouns for a person or body besides `ACTOR_NOUNS`: `with which office-holder` asks for a name."""


REST_SAID = 0.6
"""How much of the rest of a `which` question the one quote must say, where a name is read as the
answer though the glossary reads the noun asked about as that name: most of it, a light verb aside
("sending an adviser" where the quote says "appoint an adviser")."""
_SORT_OF = re.compile(r"^(?:what|which) (?:sort|kind|type)s? of\b")
"""`What sort of chair must the board have?` asks what kind of chair ("an independent chair"), not
who holds the chair: a person's noun does not make it a `who` question, nor need the answer be a name."""


FEW = 3


def _best_few(matches: Sequence[Match], floor: float) -> list[Match]:
    """The first few well-matched items, and every other item matched exactly as well as the best:
    items that tie are ordered only by how much else they say, which decides nothing about which of
    them names the thing asked about."""
    good = [m for m in matches if m.coverage >= floor]
    top = good[0].coverage if good else 0.0
    return [m for n, m in enumerate(good) if n < FEW or m.coverage == top][:CANDIDATES]


def _named_most(
    named: list[tuple[Match, Citation, str]], matches: Sequence[Match]
) -> tuple[Match, Citation, str]:
    """Of the names read from items matched as well as the first that names one, the name the quotes
    of the most items matched that well give (the first on a tie): the order of items that tie
    decides nothing (`_best_few`), so "widespread deterioration", which several of Ofsted's findings
    say, outweighs "sharp deterioration", said once in a committee's minutes."""
    top = named[0][0].coverage
    tied = [found for found in named if found[0].coverage == top]
    quotes = [
        " ".join(fold(c.quote) for c in m.document.item.citations) for m in matches if m.coverage == top
    ]
    support = {
        answer: sum(re.search(rf"\b{re.escape(answer)}\b", q) is not None for q in quotes)
        for answer in {fold(found[2]) for found in tied}
    }
    most = max(support.values())
    return next(found for found in tied if support[fold(found[2])] == most)


def _same_kind(kinds: set[str], head: str, word: str, index: ClaimIndex) -> set[str]:
    """The kinds a word shares with the noun asked about, read the same way up: the glossary reads
    "deterioration" as improvement denied, so "requires improvement" is no kind of deterioration; and
    only a noun is a kind of a thing, never a verb in -ed ("Ofsted downgraded")."""
    if re.fullmatch(r"[a-z]{3,}ed", fold(word)) and not fold(word).endswith("eed"):
        return set()
    asked, said = read(head, index), read(word, index)
    return {t for t in kinds & set(said.terms) if (t in asked.denied) == (t in said.denied)}


def _head_noun(focus: str) -> str:
    """The noun a `which` phrase asks about: its last word, or, in a post named with "of" ("secretary
    of state", "director of children's services"), the noun for the person, before "of"; and a post
    noun before the body it is held in ("position on the council")."""
    words = focus.split()
    if "of" in words[1:] and stem(words[words.index("of") - 1]) in ACTOR_NOUNS | _AGENT_NOUNS:
        return words[words.index("of") - 1]
    if len(words) > 1 and stem(words[0]) in _POST_NOUNS and words[1] in {"on", "in", "at", "within", "with"}:
        return words[0]  # "what position on the council": the post, not the council it is on
    return words[-1] if words else ""


def _answer_which(question: Question, index: ClaimIndex) -> Answer:
    """`Which system...`: a name in the best item's quote that ends in the noun asked about, or in a
    synonym of it (`Cheshire West and Chester Council` for "which authority"), and says something
    the question does not (`Trafford Council` is the record's own subject, not an answer)."""
    if (chair := answer_chair(question, index)) is not None:
        return chair  # "what kind of person leads the board?": its chair, as the quote names it
    if (members := answer_members(question, index)) is not None:
        return members  # "which groups make up the board?": its members, as the quote lists them
    focus = question.focus or ""
    head = _head_noun(focus)
    heads = {stem(head)} if head else set()
    modifiers = {stem(word) for word in focus.split()[:-1]}
    kinds = set(read(head, index).terms) - index.glossary.implied
    kinds |= {t for t in read(head, index).terms if ":" in t}
    if stem(head) in _POST_NOUNS and (roles := _held(_named_person(_without_post(question, index), index))):
        answer = "; ".join(dict.fromkeys(fact.role for fact in roles))  # "what role does X hold?"
        evidence = [cite(f.id, c) for f in roles for c in f.citations[:1]]
        return answered(question, answer, answer, f"the roles the record gives {roles[0].person}", evidence)
    matches = ranked(question.content, index)
    sort = _SORT_OF.match(question.folded) is not None  # "what sort of chair": a kind, not a name
    agent = not sort and bool({stem(head), stem(head.split("-")[-1])} & (ACTOR_NOUNS | _AGENT_NOUNS))
    agent_head = not sort and bool({stem(head), stem(head.split("-")[-1])} & _AGENT_NOUNS)
    if agent and (after := _after_preposition(question, matches, index)) is not None:
        return after  # "with which officer": a name; "to what extent" asks for no name at all
    known = set(question.content.terms) | index.glossary.implied | set(read(question.text, index).terms)
    asked_about = set(question.content.terms) - set(read(focus, index).terms) - index.glossary.implied
    unfocused = question.folded.replace(focus, " ", 1) if focus else question.folded
    only_focus = set(read(focus, index).terms) - set(read(unfocused, index).terms) - index.glossary.implied
    named_known = known - only_focus  # "which government department": the glossary reads the noun
    rest = read(unfocused, index)

    def rest_said(quote: str, item: Event | Fact) -> bool:
        """The quote the name is read from says what the question says besides its noun: naming the
        DfE is no answer to "which government department is Ofsted part of?" unless it says the rest.
        A question of two acts ("issued the notice and appointed the adviser") may have the quote say
        one of them and the item's other quotes the rest, as long as the quote says part of it."""
        bag = set(read(quote, index).terms) | index.glossary.implied
        if coverage_of(rest, bag, index)[0] >= REST_SAID:
            return True
        if not set(rest.terms) & bag - index.glossary.implied:
            return False
        bag |= {t for c in item.citations for t in read(c.quote, index).terms}
        return coverage_of(rest, bag, index)[0] >= REST_SAID

    # "which acting role was filled...?" asks for one: "... posts", another word of its kind in the
    # plural, names more than one ("children's services" for "which service" is the noun itself);
    # "what kind of staff" asks for a kind, which may be many ("additional social workers")
    one = (
        bool(focus)
        and not plural(focus)
        and re.search(rf"\bwhich {re.escape(focus)} (?:was|is|has|did|does)\b", question.folded)
    )
    # asked about as the DfE, whose name then answers it; only a name, and never the record's subject
    named: list[tuple[Match, Citation, str]] = []
    from trafford_timeline.claims.slots_staff_kind import GENERAL_PEOPLE  # it imports this module

    def terms_of(word: str) -> set[str]:
        return set(read(word, index).terms)

    for match in _best_few(matches, floor_of(question, MATCH)):
        if judged_otherwise(question.folded, match.document.item):
            continue  # "which team was criticised": a strength names none
        for citation in match.document.item.citations:
            if reports_a_question(citation.quote):
                continue  # "Members asked what performance indicators were used": names no indicator
            words = _WORD_AT.findall(citation.quote)
            bare = [re.sub(r"\s*\([A-Z]{2,}\)$", "", w) for w in words]
            for at, word in enumerate(bare):
                last = tokens(word)
                if not last:
                    continue
                own = stem(last[-1]) in heads or bool(_same_kind(kinds, head, last[-1], index))
                if not own and stem(last[-1]) not in modifiers:
                    continue
                if one and plural(last[-1]) and stem(last[-1]) not in heads:
                    continue
                if at + 1 < len(bare) and bare[at + 1][:1].isupper() and word[:1].isupper():
                    continue  # the name goes on: "Eastfield Borough Council", not "Eastfield Borough"
                phrase = _phrase_ending_at(words, at) + _name_goes_on(words, at)
                dated: list[str] = []
                if len(phrase) > 1 and all(fold(w) in _RELATIVE for w in phrase[:-1]):
                    if not (dated := _dated_on(words, at)):
                        continue  # "the next meeting" names none; "the next meeting in October" does
                    phrase += dated
                if (agent_head or asks_a_name(question)) and not _proper_name(phrase):
                    continue  # "which minister": a name ("Alex Green"), not the post ("schools minister")
                if not own and not _proper_name(phrase):
                    continue  # "oversee implementation" is no implementation deadline; "Greater
                    # Manchester Police" is a police force: only a name may end in the noun's modifier
                terms = set(read(" ".join(phrase), index).terms)
                relaxed = (
                    _proper_name(phrase)
                    and terms & only_focus
                    and rest_said(citation.quote, match.document.item)
                )
                seen = named_known if relaxed else known
                said_new = bool(terms - seen) or bool(dated)  # "next meeting in October 2019": its date
                asked_again = (terms - _RELATIVE if dated else terms) & asked_about  # "the next update"
                if len(phrase) < 2 or not said_new or (asked_again and not _proper_name(phrase)):
                    continue  # "what type of system is LiquidLogic?" is not answered by "LiquidLogic..."
                if not _proper_name(phrase) and restates(phrase, question):
                    continue  # "additional social workers" tells one who asks about adding them nothing
                if fold(" ".join(phrase)) == fold(focus):
                    continue  # "which deputy leader...?" is not answered by "the Deputy Leader"
                if not sort and names_other_people(focus, phrase, terms_of, GENERAL_PEOPLE):
                    continue  # "which extra staff...?" is not answered by "permanent staff"
                if sort and given_back(focus, phrase, question.folded):
                    continue  # "what type of staff for social worker posts?": not "social workers"
                named.append((match, citation, " ".join(phrase)))
    if named:
        match, citation, answer = _named_most(named, matches)
        explanation = f"the {focus} {match.document.item.id} names"
        return answered(question, answer, answer, explanation, [cite(match.document.item.id, citation)])
    if stem(head) in _POST_NOUNS and (post := _post_of_role(question, matches, focus)) is not None:
        return post  # "what new cabinet role did the leader say he would create?": the post itself
    if (passive := _before_passive(question, matches)) is not None:
        return passive
    if agent:
        return _answer_who(question, index)  # "which body will review...", "which minister...": who
    return silent(question, index, why_not(matches, f"which {focus or 'one'}"), matches)


def _post_of_role(question: Question, matches: Sequence[Match], focus: str) -> Answer | None:
    """`What new cabinet role did X say he would create?`, `Which post was to be created?`: the post a
    well-matched role fact names, where its quote says the post in those words ("create a dedicated
    cabinet member for children's social care") and no other such fact names another post. A quote
    need not end in the question's noun ("role"): the record's field says which words are the post.
    A question placed at another time ("what job did she hold before joining?") is not answered here:
    the fact names the post at its own date."""
    if TIME_CLAUSE.search(question.folded):
        return None
    posts: dict[str, tuple[RoleFact, Citation]] = {}
    for match in _best_few(matches, floor_of(question, MATCH)):
        fact = match.document.item
        if not isinstance(fact, RoleFact) or not fact.role:
            continue
        said = next((c for c in fact.citations if fold(fact.role) in fold(c.quote)), None)
        if said is not None:
            posts.setdefault(fold(fact.role), (fact, said))
    if len(posts) != 1:
        return None
    ((fact, citation),) = posts.values()
    explanation = f"the post {fact.id} names, quoted as the {focus} in question"
    return answered(question, fact.role, fact.role, explanation, [cite(fact.id, citation)])


_CAPITALISED = r"[A-Z][\w'’-]*(?:(?: (?:of|for|and|on)(?: the)?)? [A-Z][\w'’-]*)*(?: \([A-Z]{2,}\))?"
_NAME_AFTER = rf"(?P<name>(?:(?:the|a|an) )?{_CAPITALISED})"
_TITLED_NAME = rf"(?P<name>(?:[a-z]+ ){{0,2}}?{_CAPITALISED})"
"""`on behalf of education secretary Damian Hinds`: after `whose behalf`, a title may precede the name."""


def _after_preposition(question: Question, matches: Sequence[Match], index: ClaimIndex) -> Answer | None:
    """`With which office-holder were meetings held?` from "meetings with the Deputy Leader of the
    Council"; `On whose behalf...?` from "on behalf of Damian Hinds": the name written after the
    question's own preposition (and its noun, for `whose`) in a quote of a well-matched item. Only a
    name with a capital, never words of the question itself."""
    prep = asked_preposition(question.folded)
    if prep is None:
        return None
    whose = re.match(rf"^{prep} whose (?P<noun>[a-z]+)", question.folded)
    lead = rf"\b{prep} {whose['noun']} of" if whose else rf"\b{prep}"
    pattern = re.compile(rf"{lead} {_TITLED_NAME if whose else _NAME_AFTER}")
    asked = fold(question.text)
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH)][:3]:
        for citation in match.document.item.citations:
            for found in pattern.finditer(citation.quote):
                name = found["name"]
                if fold(name) in asked or fold(re.sub(r"^(?:the|a|an) ", "", name)) in asked:
                    continue  # the question's own words are not its answer
                if said_by_question(name, question, index):
                    continue  # "who was the Deputy Leader meeting with?" is not "the Deputy Leader of..."
                explanation = f"who or what follows '{prep}' in {match.document.item.id}"
                return answered(question, name, name, explanation, [cite(match.document.item.id, citation)])
    return None


_PASSIVE_ASKED = re.compile(
    r"^(?:which|what) (?:[a-z' -]+? )?"
    r"(?P<verb>(?:will|would|could|may|might|must|should|is|are|was|were|has|have|had)"
    r"(?: not)?(?: be| been| being)? [a-z]+ed)\b"
)
"""`What step will be considered if...?`: the thing the passive is said of is the answer."""


def _before_passive(question: Question, matches: Sequence[Match]) -> Answer | None:
    """`What step will be considered...?` from "a direction will be considered": the short noun phrase
    written just before the question's own passive verb phrase, in a quote of the best-matched item."""
    asked = _PASSIVE_ASKED.match(question.folded)
    if asked is None:
        return None
    verb = re.compile(rf"\b{re.escape(asked['verb'])}\b", re.IGNORECASE)
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH)][:2]:
        for citation in match.document.item.citations:
            if not (found := verb.search(citation.quote)):
                continue
            before = re.findall(r"[A-Za-z][\w'’-]*", citation.quote[: found.start()])[-4:]
            cut = max((i for i, w in enumerate(before) if fold(w) in {"a", "an", "the"}), default=None)
            phrase = before[cut:] if cut is not None else []
            if not 2 <= len(phrase) <= 4 or any(fold(w) in _BOUNDARY for w in phrase[1:]):
                continue
            answer = " ".join(phrase)
            explanation = f"what {match.document.item.id} says {asked['verb']}"
            return answered(question, answer, answer, explanation, [cite(match.document.item.id, citation)])
    return None


_LIST_MARK = re.compile(r"\b(?:covering|covers|cover|including|includes|include|such as)\b|:")


_ADVERB = re.compile(r"[a-z]{3,}(?<!p)ly")
"""`immediately`, `shortly`: a word in "-ly" (not `apply`, `comply`) says how or when, and is no verb."""


_RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which"})
"""A relative word among the last few: the question closes on the verb of a clause about a noun."""


def _own_verb(question: Question) -> re.Pattern[str] | None:
    """The question's closing verb, in any form, with its particle: "look at" finds "looked at"; none
    where a capitalised word, a name's, closes the question. A closing clause that only places the
    question in time ("... after the split of director posts") is not where its verb is."""
    placed = TIME_CLAUSE.search(question.folded)
    words = question.folded[: placed.start() if placed else None].rstrip("?!. ").split()
    while placed and len(words) > 1 and _ADVERB.fullmatch(words[-1]):
        words = words[:-1]  # "agree immediately after the report": the adverb places it in time too
    written = question.text.rstrip("?!. ").split()
    if not words or (len(written) > 1 and written[-1][:1].isupper()):
        return None  # "...make up the Shadow Improvement Board?": a name closes it, not a verb
    particle = words[-1] if words[-1] in {"at", "on", "in", "to", "of"} and len(words) > 1 else ""
    verb = words[-2] if particle else words[-1]
    if _RELATIVE_WORDS & set(words[-4:-1]):
        return None  # "...for children who go missing?": the relative clause's verb, not the question's
    if verb in STOPWORDS or len(verb) < 3:
        return None
    root = re.escape(stem(verb)[:4])
    after = r"\s+" + particle if particle else ""
    return re.compile(rf"\b{root}[a-z]*{after}\b", re.IGNORECASE)


MAX_ITEM_WORDS = 12
"""A list's items are short phrases; a longer run between commas is a sentence's clause."""
_RANGE = re.compile(r"\b\d+\s+(?:and|to)\s+\d+\b")
"""`between 4 and 8 March` joins two numbers into one date, not two items of a list."""


_LIST_OWNER = re.compile(
    rf"^(?:which|what) [a-z' -]+? (?:{AUXILIARY}) (?P<owner>[a-z' -]+?) "
    r"(?:cover|covers|covered|include|includes|included|comprise|comprises|contain|contains|list|lists)\b"
)


def _list_owner(question: Question, index: ClaimIndex) -> set[str]:
    """The terms of what the list belongs to ("the audit of adoption" in "which areas will the audit of
    adoption cover?"): an item that does not name it lists something else's parts."""
    found = _LIST_OWNER.match(question.folded)
    return set(read(found["owner"], index).terms) - index.glossary.implied if found else set()


def _then_whole_runs(citations: Sequence[Citation], index: ClaimIndex) -> list[Citation]:
    """An item's own quotes, then each grown by the overlapping quotes of its line (`line_quotes`): a
    list the item's quote only opens ("promoted to take on the acting roles") is read whole."""
    runs = [whole_run(citation, index) for citation in citations]
    return [*citations, *(run for run in dict.fromkeys(runs) if run not in citations)]


_KIND_LEAD = re.compile(
    r"^(?:to [a-z]+(?: on| up| over)? (?:the |its |their )?|(?:the|its|their) )"
    r"(?:[a-z'-]+ ){0,2}?[a-z'-]+s of ",
    re.IGNORECASE,
)
"""`promoted to take on the acting roles of A and B`: what the items are ("the acting roles of") opens
the list after the question's own verb; the items are what follows it."""


_PREDICATE_OPENS = re.compile(rf"^(?:(?:it|they|he|she|we|this|these)\s+)?(?:{AUXILIARY}|been|being)\b")
"""An item that opens with an auxiliary, or a pronoun and one ("was ready", "it would go"), is a
clause's predicate: the words after the mark are a sentence going on, not a list of things. Lower
case only: "May" opens a date."""


def _other_kind(lead: str, head: str, index: ClaimIndex) -> bool:
    """Whether the kind a list's lead names ("the acting roles of") is another than the question's noun
    ("which managers"): the list's items are roles, and no role is a manager."""
    kind = tokens(lead.strip())[-2]  # "roles" in "the acting roles of"
    if stem(kind) == stem(head):
        return False
    return not set(read(kind, index).terms) & set(read(head, index).terms)


def answer_list(question: Question, index: ClaimIndex) -> Answer:
    """What the record lists: the items after "covering", "including", a colon or the question's
    own closing verb ("which areas did the review look at?": "...the review looked at X, Y and Z")."""
    if (members := answer_members(question, index)) is not None:
        return members  # "which groups make up the board?": its members, as the quote lists them
    matches = ranked(question.content, index)
    own = _own_verb(question)
    head = question.focus.split()[-1] if question.focus else None
    named = re.compile(rf"\b{re.escape(head)}\s+of\b", re.IGNORECASE) if head and plural(head) else None
    owner = _list_owner(question, index)
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH)][:3]:
        if (owner - light_now()) & set(match.missing):
            continue  # "which areas will the audit cover?" is not answered by what the review covers
        for citation in _then_whole_runs(match.document.item.citations, index):
            if reports_a_question(citation.quote):
                continue  # "Members asked what indicators were used by A and those used at B": no list
            mark = (
                _LIST_MARK.search(citation.quote)
                or (named.search(citation.quote) if named else None)
                or (own.search(citation.quote) if own else None)
            )  # "which roles...?": "the acting roles of A and B" lists them after the noun and "of"
            if mark is None:
                continue
            listed = re.split(r"[.;]\s|[.;]$", citation.quote[mark.end() :].strip())[0].strip(' ,."“”')
            kind = _KIND_LEAD.match(listed)
            lead = kind[0] if kind else citation.quote[: mark.end()] + " of" if listed[:3] == "of " else ""
            if head and lead and _other_kind(lead, head, index):
                continue  # "which managers took the acting roles?": the roles of A and B are no managers
            listed = _KIND_LEAD.sub("", listed, count=1)
            listed = re.sub(r"^of\s+", "", listed)  # "...took acting roles?": the roles "of A and B"
            listed = after_asked_preposition(question, listed)  # "to which bodies": what follows "to"
            if len(tokens(listed)) < 2 or ("," not in listed and " and " not in listed):
                continue
            items = re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+", _RANGE.sub("#", listed))
            if max(len(item.split()) for item in items) > MAX_ITEM_WORDS:
                continue  # a clause, not an item: "between 4 and 8 March, the council said it had agreed..."
            if any(_PREDICATE_OPENS.match(item) for item in items):
                continue  # "was ready and it would go to X": two predicates joined, not things listed
            explanation = f"the list {match.document.item.id} gives"
            return answered(question, listed, listed, explanation, [cite(match.document.item.id, citation)])
    return silent(question, index, why_not(matches, "such a list"), matches)


SAYS = re.compile(r"\b(?:say|said|says|call|called|describe|described|tell|told|admit|admitted)\b")
MAX_WORDS = 6
MAX_LIST_WORDS = 30
MAX_BOUNDED = 12
"""An object closed by an aside (`..., especially ...`) may run longer: both its ends are marked."""
"""An answer read from running text is a few words up to the next punctuation, or none at all."""
_QUOTED = re.compile(r"[\"“‘']([^\"”’']{2,80})[\"”’']")


_WORDING = re.compile(
    rf"\b(?:{SAYING}|find|found|rate|rated|grade|graded|judge|judged|term|termed|label|labelled|word|words|"
    r"headline|phrase|rating|grade|judgement|verdict|get|got|gets|receive|received|given|award|awarded)\b"
)
"""A question about what was said, found or named: only such a question is answered by words in quotes,
never "what does Sara Todd do?" by the word she used."""
_ASKS_WORDS = re.compile(r"(?:what|which) (?:\w+ )?(?:phrase|word|words|term|expression|label|wording)\b")
"""`What phrase did Ofsted use for the decline?` asks for someone's own words: only words a quote marks
as theirs answer it, never the quote's own words after the question's ("declined since ...")."""
_CONDITION = re.compile(r"\bwhat (?:\w+ )?(?:happen|happens|occur|occurs) if\b")
_HAPPEN = frozenset(stem(word) for word in ("happen", "happens", "occur", "occurs"))


_DATE_WORDS = frozenset(fold(m) for m in FULL_MONTHS if m) | {"in", "on", "of", "the", "by", "from", "until"}


def _only_a_date(answer: str) -> bool:
    """Whether words read after the question's own only date something ("October 2019", "2019"):
    a `what` question asks what, and a `when` question would ask for the date."""
    return all(w.isdigit() or w in _DATE_WORDS for w in tokens(answer))


_SPAN_OPENS = frozenset({"within", "for", "over", "after", "before", "by", "until", "in", "during"})
_SPAN_WORDS = frozenset(
    {"a", "an", "the", "next", "few", "several", "one", "two", "three", "four", "five", "six", "seven"}
    | {"eight", "nine", "ten", "eleven", "twelve", "eighteen", "twenty", "of", "its", "their"}
)
_SPAN_UNITS = re.compile(r"(?:day|week|month|year|fortnight|hour)s?")
_TIME_ASKED = re.compile(r"(?:time\w*|deadline|period|long|soon|date|timetable|timeline)")


def _only_a_span(answer: str, question: Question) -> bool:
    """Whether words read after the question's own only say how soon or how long ("within six months",
    "for two years"): a `what` question asks for a thing, and such words answer when, unless the
    question asks for a time itself ("what was the deadline?")."""
    words = tokens(answer)
    if len(words) < 2 or words[0] not in _SPAN_OPENS or _TIME_ASKED.search(question.folded):
        return False
    rest = words[1:]
    units = [w for w in rest if _SPAN_UNITS.fullmatch(w)]
    return bool(units) and all(w.isdigit() or w in _SPAN_WORDS or _SPAN_UNITS.fullmatch(w) for w in rest)


def fragment(answer: str) -> bool:
    """Whether words cut from running text end mid-phrase ("the service earlier this month from"):
    a phrase that ends in an article, a preposition or a joining word is not complete, and is never
    given as an answer."""
    words = tokens(answer)
    if words and re.fullmatch(AUXILIARY + "|been|being|be|now|already|also|then|just|since", words[0]):
        return True  # "now been rated": the middle of a verb phrase, with neither subject nor object
    return not words or words[-1] in _BOUNDARY


@cache
def _stop_stems() -> frozenset[str]:
    """The stems of the stop words, worked out on first use: stemming them all costs ~3 ms at import."""
    return frozenset(stem(word) for word in STOPWORDS)


def area_words(bag: frozenset[str] | set[str]) -> set[str]:
    """The words of the names of the parts of the service an item is filed under ("care leavers")."""
    names = (term.removeprefix(AREA_PREFIX) for term in bag if term.startswith(AREA_PREFIX))
    return {stem(word) for name in names for word in name.split("_")}


_POINTS_BACK = re.compile(r"^\W*(?:(?:and|but|yet|so|while)\s+)?(?:they|it|these|this)\s", re.IGNORECASE)
"""A quote whose subject is a pronoun: it says nothing of what it is about but what the item names."""


def _body_named(word: str, index: ClaimIndex) -> frozenset[str]:
    """The terms of a word that names one of the record's bodies ("DfE", "government"), else none."""
    terms = frozenset(read(word, index).terms)
    return terms if terms and terms <= BODIES | ACTING_BODIES else frozenset()


_FIRST_PERSON = re.compile(r"\b(?:we|i|our|us)\b", re.IGNORECASE)
"""A quote in the first person ("We expect most councils to improve") speaks as the item's speaker."""


def _quote_covers(question: Question, quote: str, match: Match, index: ClaimIndex) -> bool:
    """Whether the one quote the answer is read from says what the question is about, as the item as
    a whole does: the item may match on its other quotes and its title, but words read after the
    question's own are an answer only in a quote about the same thing. A name the question gives (the
    speaker, whom the item names elsewhere) need not be repeated in the quote, nor the part of the
    service a finding is filed under ("care leavers", in the report's section on them); a quote whose
    subject only points back ("and they are not used as a helpful tool") is about what the item's own
    text names in its place ("their pathway plans"). The quote is read with
    the words the record quotes around it on its line ("The notice says" before "the adviser may
    require"), and a word for asking as the question's own ("ask for" where it says "require")."""
    names = " ".join(re.findall(r"\b[A-Z][a-z]+\b", question.text))
    bag = set(read(quote, index).terms) | (set(read(names, index).terms) - set(match.missing))
    bag |= {term for term in match.document.bag if term.startswith(AREA_PREFIX)}  # its section's
    if _POINTS_BACK.match(quote):  # "and they are not used as...": they are what the item names
        bag |= match.document.bag
    item = match.document.item
    if isinstance(item, StatementFact) and item.speaker and _FIRST_PERSON.search(quote):
        bag |= set(read(item.speaker, index).terms)  # "we will appoint": the Department for Education
    return coverage_of(question.content, bag, index)[0] >= MATCH


_OTHER_KIND = re.compile(r"^(?:[a-z'-]+ )?(?:when|who|whom|whose|why|how (?:many|much|often|long))\b")
"""A question word of another kind in the opening (`Roughly when...`, `Just who...`) that the form was
not read from: the question asks for a date, a person, a reason or a figure, which words read after
the question's own are not."""


_ASKING_WORDS = "ask asks asked request requests requested require requires required demand demands demanded"
_ASKING = frozenset(stem(word) for word in _ASKING_WORDS.split(" "))
"""Words for asking something of someone: "what can the adviser ask for" is answered where the quote
says "may require", as "what did members ask to see" is where it says "requested"."""
_SHORT_QUOTED = re.compile(r"[\"“‘]([^\"”’]{1,60})[\"”’]")
"""A term the quote marks as a term ("a “diagnostic review” of services"): part of the phrase, not the
end of it."""
_CLAUSE_OPENS = re.compile(r"\s(?:to be|that|which|who|whose|so that|in order to|to ensure)\s")
"""Where a noun phrase's own words end and a clause about it begins: "a review of services | to be
conducted by the council"."""
_FOCUSING = re.compile(
    r",\s*(?:especially|particularly|notably|above all|in particular|not least|chiefly|mainly|primarily)\b"
)
"""`everything we do, especially in this service`: an aside that singles out part of what was said,
after the object asked for, not another item of a list."""


_CONTRAST = re.compile(r",\s*(?:but|while|whereas|although|though|yet)\s")
"""`support and challenge from advisers, but we review progress`: a clause set against the first after
a comma, never another item of a list the first clause holds."""


_JOINED_ON = frozenset({"and", "or", "nor"})
"""`low rates of staff turnover and sickness`: words after the question's own that open with "and" are
another thing of the question's kind, joined to it, never what the quote says of it."""
_AUXILIARY = frozenset({"should", "must", "will", "would", "could", "can", "may", "might", "shall"})
"""`the response should improve to ensure...`: a modal and one verb, cut from the clause it governs, say
that something is to happen, not what: no answer to `what did Ofsted recommend?`."""


_PLAIN_WORDS = "clear plain known sure certain evident apparent aware"
_TELLING = SAYING_STEMS | frozenset(stem(w) for w in _PLAIN_WORDS.split(" "))
"""A verb of saying, or a word of making plain ("made clear"), before "that": what follows is the
clause said, its complement, so no noun phrase ends there."""


_MADE_PLAIN = re.compile(rf"(?:make|makes|made|making) (?:{_PLAIN_WORDS.replace(' ', '|')})")
"""`made clear`, `made plain`, closing the words after the question's own: what was made clear
comes after it, and is not in the quote."""


def _noun_phrase(sentence: str) -> list[str]:
    """The words of a phrase read after the question's own, cut at a clause that opens after two words
    or more, where the whole is too long to be an answer."""
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return words
    found = _CLAUSE_OPENS.search(sentence)
    cut = sentence[: found.start()].split() if found else words
    if found and found[0].strip() == "that" and stem(fold(cut[-1]).strip(",")) in _TELLING:
        return words  # "made clear | that ...": the clause is what was made clear, not a relative one
    if not 2 <= len(cut) <= MAX_WORDS and (purpose := PURPOSE_OPENS.search(sentence)) is not None:
        cut = sentence[: purpose.start()].split()
    return cut if 2 <= len(cut) <= MAX_WORDS else words


def _answer_what(question: Question, index: ClaimIndex) -> Answer:
    """A `what` question: the words the best-matched quote says after the question's own words.

    "What did Sara Todd say..." is answered only from what the record has her say."""
    from trafford_timeline.claims.slots_text import MAX_QUALITY_WORDS, asks_quality  # it imports this module

    said = SAYS.search(question.folded) is not None
    matches = ranked(question.content, index, lambda d: not said or isinstance(d.item, StatementFact))
    asked = {stem(w) for w in question.content.words}
    needed = asked - LIGHT_VERBS  # "follow the notice" is asked of an item that says "comply with" it
    conditional = _CONDITION.search(question.folded) is not None
    quoting = _WORDING.search(question.folded) is not None  # "what did X call it?": words in quotes
    wording = _ASKS_WORDS.match(question.folded) is not None
    if conditional:  # "what can happen if...": the consequence is asked for
        needed -= _HAPPEN
    roots = {_verb_root(w) for w in question.content.words if stem(w) in needed}
    bodies = {_verb_root(w): terms for w in question.content.words if (terms := _body_named(w, index))}
    own_words = {stem(w) for w in tokens(question.folded)}
    asking = _ASKING if asked & _ASKING else frozenset()  # "ask for" is said "may require"
    if len(asked) < 2:
        return silent(question, index, "the question is too open for an answer in a few words", matches)
    if (head := done_with(question.folded)) is not None:  # "what should they do with the challenge?"
        good = [m for m in matches if m.coverage >= floor_of(question, MATCH_TEXT)][:CANDIDATES]
        if (done := verb_done_with(head, good)) is None:
            return silent(question, index, f"no quote says what is done with the {head}", matches)
        match, verb_said, number = done
        evidence = cite(match.document.item.id, match.document.item.citations[number])
        explanation = f"what {match.document.item.id} says is done with the {head}"
        return answered(question, verb_said, verb_said, explanation, [evidence])
    if asks_two_things(question.folded):
        reason = "the question asks two things, and the words after its own give one"
        return silent(question, index, reason, matches)
    if verb := asked_subject(question):
        reason = f"the question asks what {verb}, which the words after its own never say"
        return silent(question, index, reason, matches)
    if other := _OTHER_KIND.match(question.folded):
        reason = f"the question asks {other[0]!r}, which no words after its own answer"
        return silent(question, index, reason, matches)
    about = _ABOUT.search(question.folded) is not None
    closing = PURPOSE_CLAUSE.search(question.folded)  # "...appoint to support Trafford?"
    purpose = {stem(w) for w in tokens(closing[0][1:])} - _stop_stems() if closing else set()
    quality = asks_quality(question)  # "what were X like?": a short quality, or nothing
    ending = re.search(rf"\b(?:{STRANDED})$", question.folded.rstrip(" ?"))
    stranded = ending[0] if ending else None
    place = question.folded.startswith(
        "where "
    )  # read as `what`: the place is the phrase after its preposition
    found: list[tuple[Match, str, Evidence]] = []
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH_TEXT)][:CANDIDATES]:
        if found and (match.coverage < found[0][0].coverage - TIED or len(found) > 1):
            break
        item = match.document.item
        texts = (title_of(item), *(c.quote for c in item.citations))
        own = {_verb_root(w) for text in texts for w in tokens(text)}  # "bringing in" says "brought in"
        own |= area_words(match.document.bag)  # "care leavers' pathway plans", of a finding filed so
        if bodies:  # "DfE" for the Department for Education the item's words name: the same body
            named = set(read(" ".join(texts), index).terms)
            own |= {root for root, terms in bodies.items() if terms <= named}
        if not roots <= own:
            continue  # every word of the question in the item's own words, not only implied concepts
        for citation in evidence_of(match.document, question.content):
            quote = citation.quote
            spans = [(m.start(), m.end(), m[0]) for m in re.finditer(r"[A-Za-z0-9'’-]+", quote)]
            hits = [i for i, (_, _, w) in enumerate(spans) if stem(fold(w)) in asked | asking]
            if not hits:
                continue
            between = {stem(fold(w)) for _, _, w in spans[hits[0] : hits[-1]]} - asked - own_words
            if about and between - _stop_stems():
                continue  # "children were left living in neglect for too long": what it says of them
                # runs through the question's words, so the words after them are only its tail
            if (named := object_before_participle(question.folded, quote)) is not None:
                found.append((match, named, citation))  # "an improvement notice issued to Trafford"
                break
            last = hits[-1]
            if _name_runs_on(quote, spans, last):
                continue  # "Trafford MBC": the words after "Trafford" are the rest of its name
            if purpose and after_a_gap(quote, spans, hits, purpose, asked | own_words | _stop_stems()):
                continue  # "appoint an adviser to provide ... support": the gap is before the purpose
            gap = stranded_gap(spans, stranded, question.folded, hits)
            if gap is None and DESCRIBING.search(question.folded):
                gap = described_as(spans, hits[-1])  # "characterise the remarks as corporate criticisms"
            if gap is not None:
                last = gap  # "improve with support and challenge from government advisers": the gap
                # is after the question's own "improve with", whatever question words fill it
            while last + 1 < len(spans) and stem(fold(spans[last + 1][2])) in own_words - _stop_stems():
                last += 1  # "cut waiting times": the question's own words run on past the last it weighs
            if last + 1 < len(spans) and fold(spans[last + 1][2]) == stranded:
                last += 1  # "what are they not used as?": the gap is after the preposition left at the end
            words = [
                quote[at : spans[i + 1][0] if i + 1 < len(spans) else None].strip()
                for i, (at, _, _) in enumerate(spans)
            ]
            opening = phrase_opening(words, last, own_words)
            if cuts_a_verb_phrase(words, last, opening):
                continue  # "care plans are well | written": the answer is cut from the adverb asked by
            after = spans[opening][0] if opening <= last else spans[last][1]
            if conditional and not re.search(r"\b(?:if|unless|should)\b", quote[:after], re.IGNORECASE):
                continue  # "what happens if...": only the consequence an item's own condition leads to
            quoted = _QUOTED.search(quote, after) if quoting else None
            if wording and (not quoted or quoted.start() - after > 25 or len(_QUOTED.findall(quote)) > 1):
                continue  # "what phrase did Ofsted use for the decline?": its own words, marked as such,
                # and the one phrase the quote marks, not the ‘good’ of another grade beside it
            if quoted and quoted.start() - after <= 25:
                answer = quoted[1].strip(" ,.")
            else:
                # "if it is unable to comply with the notice, a direction will be considered"
                unquoted = _SHORT_QUOTED.sub(r"\1", quote[after:])
                sentence = re.split(r"[.;:!?()\"“”]", unquoted, maxsplit=1)[0].lstrip(" ,")
                sentence = _CONTRAST.split(sentence, maxsplit=1)[0]  # ", but we review...": another clause
                bounded = _FOCUSING.search(sentence)  # the object ends where an aside opens
                if bounded is not None:
                    sentence = sentence[: bounded.start()]
                listed = "," in sentence and " and " in sentence and len(sentence.split()) <= MAX_LIST_WORDS
                whole = bounded is not None and "," not in sentence and len(sentence.split()) <= MAX_BOUNDED
                rest = sentence.split() if listed or whole else _noun_phrase(sentence.split(",", 1)[0])
                if place and len(rest) > 1 and fold(rest[0]) in _PLACE_PREPOSITIONS:
                    rest = rest[1:]  # "where are they referred?": "to a dedicated team" is where
                whole = whole or (gap is not None and len(rest) <= MAX_BOUNDED)  # the preposition's
                # object, up to the clause's end: "with support and challenge from expert advisers"
                if (len(rest) > MAX_WORDS and not (listed or whole)) or (
                    len(rest) > 1 and all(fold(w) in STOPWORDS for w in rest[:2])
                ):
                    continue  # the gap is not right after the question's words: "said about morale"
                if len(rest) >= 2 and _MADE_PLAIN.fullmatch(fold(" ".join(rest[-2:]))):
                    continue  # "made clear", the quote cut before what: the thing made clear is not in it
                if rest and fold(rest[0]) in _JOINED_ON:
                    continue  # "turnover and sickness": the next of a pair, not what is said of the first
                if len(rest) == 2 and fold(rest[0]) in _AUXILIARY:
                    continue  # "should improve": a verb whose object was cut off is no answer
                if len(rest) > 2 and fold(rest[0]) in _MEANS and fold(rest[0]) not in tokens(question.folded):
                    rest = rest[1:]  # "through accurate evaluation of ...": what is to be done, not "through"
                answer = " ".join(rest[1:] if rest and fold(rest[0]) in STOPWORDS else rest)
            if quality and len(answer.split()) > MAX_QUALITY_WORDS and gap is None:
                continue  # "tidy and list the next steps...": where the quality asked ends is not known
            new = [w for w in tokens(answer) if w not in STOPWORDS and stem(w) not in asked | own_words]
            if not new or _only_a_date(answer) or fragment(answer):  # "October 2019" says when, not what
                continue  # "what was X rated in 2015?" is not answered by "2015": the question says it

            line = whole_run(Citation(source=citation.source, line=citation.line, quote=quote), index).quote
            if asking and not {stem(fold(w)) for w in tokens(line)} & asking:
                continue  # "what did the DfE ask for?": only a quote saying what was asked, required
            if asking:
                line = f"{line} {' '.join(w for w in tokens(question.folded) if stem(w) in asking)}"
            if not _quote_covers(question, line, match, index):
                continue  # "an adviser to help steer improvements" says nothing of the notice asked about
            found.append((match, answer, citation))
            break
    if len(found) > 1 and fold(found[0][1]) != fold(found[1][1]) and not quoting:
        rivals = f"{found[0][0].document.item.id} and {found[1][0].document.item.id}"
        reason = f"{rivals} match equally and say different things: the record lists more than one"
        return silent(question, index, reason, matches)
    if found and not quoting:
        best = found[0][0]
        tied = [
            m
            for m in matches[:CANDIDATES]
            if m.coverage >= best.coverage - TIED
            and m is not best
            and not m.missing
            and type(m.document.item) is type(best.document.item)
        ]
        if tied and stranded and paired_only(found[0][2].quote, tied, stranded, question.folded):
            tied = []  # "improve with": the one item whose quote has the question's verb and preposition
        if tied and not best.missing:
            reason = (
                f"{best.document.item.id} and {tied[0].document.item.id} match equally: the record holds "
                "more than one such thing, and the words after the question's own in one are not all of them"
            )
            return silent(question, index, reason, matches)
    if found and _only_a_span(found[0][1], question):  # kept as a rival above, so no other item answers
        reason = f"{found[0][2].id} says only how soon or how long ({found[0][1]!r}), not what"
        return silent(question, index, reason, matches)
    if found:
        _, answer, evidence = found[0]
        explanation = f"what {evidence.id} says after the question's own words"
        return answered(question, answer, answer, explanation, [evidence])
    return silent(question, index, why_not(matches, "this"), matches)


def _name_runs_on(quote: str, spans: Sequence[tuple[int, int, str]], last: int) -> bool:
    """Whether the question's last word in the quote is a capitalised word inside it that the next
    word, capitalised too and with nothing between, carries on as one name (`Trafford MBC`)."""
    if last == 0 or last + 1 >= len(spans):
        return False
    word, following = spans[last][2], spans[last + 1][2]
    joined = quote[spans[last][1] : spans[last + 1][0]] == " "
    return joined and word[:1].isupper() and following[:1].isupper()


_MEANS = frozenset({"through", "via"})
"""A preposition of means opening the words after the question's own: the answer is the noun phrase
it governs ("accurate evaluation of performance information"), unless the question asks "through what"."""
_PLACE_PREPOSITIONS = frozenset({"to", "into", "in", "at", "within", "onto"})
"""Prepositions that open a place or a destination: the answer to `where` is the phrase after one."""

TIED = 0.02
"""Two items whose match to a `what` question is this close are equally good answers to it."""
_ABOUT = re.compile(
    r"\b(?:say|said|says|find|found|finds|note|noted|report|reported|recommend(?:s|ed)?) about\b"
)
"""`What did Ofsted find about X?` asks what it found of X: the whole of what a quote says of X. So does
`What did Ofsted recommend about X?`: where the quote's own verb sits among the question's words ("that
leaders improve their understanding of X, through..."), the words after them are only the means, a
fragment of the recommendation, never the whole of it."""
