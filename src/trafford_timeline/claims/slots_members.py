"""Who sits on a board or panel: the groups a quote lists as its members.

`Who sits on the improvement board?` asks for members, which the record seldom holds as person facts:
a quote lists them ("where councillors, senior managers and representatives from the Police worked
together"). The answer is such a list, read from a well-matched item's quote, and only where every
item of it names people, by a plural noun of the kind that names people ("members", "officers",
"representatives"): a list of services or dates is not who sits anywhere. Where the item names the
body's chair apart from the list ("led by an independent chair"), the chair is a member too: the
answer is the list with the chair in brackets, as the item words it; a chair named in words that
cannot be read as a short phrase leaves the list incomplete, and the answer is "not stated".
"""

from __future__ import annotations

import re

from trafford_timeline.claims.chaired_body import chairs_another_body
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold
from trafford_timeline.claims.line_quotes import whole_run
from trafford_timeline.claims.matching import CANDIDATES, MATCH, Answer, answered, cite, floor_of, ranked
from trafford_timeline.claims.question import Question, without_words
from trafford_timeline.claims.verdicts import Evidence

_ASKER = (
    r"(?:who|(?:which|what) (?:(?:kinds?|sorts?|types?) of )?"
    r"(?:groups|people|bodies|organisations|organizations|agencies|parties|partners))"
)
"""`Who`, or `which groups` / `what kinds of people`: whoever the members are, asked by the kind."""
MEMBERSHIP = re.compile(
    rf"^{_ASKER}(?: (?:will|would|is going to|was going to|were going to|is to|are to|was to|were to|"
    r"does|did|do|can|could))?"
    r" (?:sits?|sat|serves?|served|be|is|are|was|were) (?:on|in)\b"
    rf"|^{_ASKER} (?:makes?|made|make) up\b"
    rf"|^{_ASKER} (?:are|were|will be|would be) the members of\b"
    rf"|^{_ASKER}(?: is| was| are| were| will be| would be)?(?: being| going to be| to be)?"
    r" (?:brought|put|added|invited) (?:onto|on to|on|into)\b"
)
"""`Who sits on...`, `Who serves on...`, `Who was going to sit on...`, `Who makes up...`, `Which groups
make up...`, `Who are the members of...`, `Who is being brought onto...`: the members of a body are
asked for."""

_FRAME_WORDS = re.compile(
    r"\b(?:sits?|sat|sit|serves?|served|makes?|made|make|up|members|brought|put|added|invited|onto|being)\b"
)
"""The words of the frame, left out when the body is looked for: the quote that lists its members
says "worked together" or "included", not "sits on"."""

_WORD = r"[A-Za-z][\w'’-]*"
_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
_ITEM = rf"(?:{_WORD} ){{0,2}}{_WORD}s(?: (?:from|of) (?:the )?{_NAME})?"
_LIST = re.compile(rf"(?<![\w'’-])(?P<list>{_ITEM}(?:, {_ITEM})*,? and {_ITEM})(?![\w'’-])")
_PEOPLE = re.compile(r"(?:er|or|ive|ist|ant|ent|ian|ee)s$|^(?:people|staff|children|police)$", re.IGNORECASE)
"""Plural nouns that name people: members, officers, councillors, representatives, specialists,
parents, trustees."""
_LED = re.compile(r"\b(?:led|chaired|headed|run) by\b|\bunder (?:the |an? )?(?:\w+ )?chair", re.IGNORECASE)
"""`a board, led by an independent chair, where members ... worked together`: the chair sits on the
board as well, so the list alone would leave out a member the item names."""
_CHAIRED = re.compile(
    r"\b(?P<how>(?:led|chaired|headed|run) by|under) (?P<chair>(?:the |an? )?(?:[\w'’-]+ ){0,3}?"
    r"(?:chair|chairman|chairwoman|chairperson|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*))"
    r"(?=[,;.)]|$| (?:and|where|who|which|to|had|has|was|were|is)\b)"
    r"|\b(?P<with>with) (?P<kind>an? (?:[\w'’-]+ ){0,3}?(?:chair|chairman|chairwoman|chairperson))"
    r"(?=[,;.)]|$| (?:and|where|who|which|to|had|has|was|were|is)\b)",
)
"""The chair as the quote names it, a short phrase ending in "chair" or a capitalised name, up to the
punctuation or clause that closes it: "led by an independent chair", "chaired by Jo Bell"; or the
kind of chair a body is to have, "a board with an independent chair"."""


def _chair(quotes: list[str]) -> str | None:
    """How the item's quotes name the body's chair ("led by an independent chair"); None where a quote
    names a chair in words this cannot read, so that the list is never given as all the members."""
    named = None
    for quote in quotes:
        if not _LED.search(quote):
            continue
        found = _CHAIRED.search(quote)
        if found is None:
            return None
        named = f"{found['how'] or found['with']} {found['chair'] or found['kind']}"
    return named


_CLAUSE = frozenset({"where", "whom", "which", "who", "whose", "while", "when"})
_LEAD = STOPWORDS | _CLAUSE


def _head(item: str) -> str:
    """The noun an item of the list names: the last word before "from" or "of", if any."""
    return re.split(r" (?:from|of) ", item, maxsplit=1)[0].split()[-1]


def people_headed(phrase: str) -> bool:
    """Whether a phrase is headed by a plural noun for people ("managers from within the organisation")."""
    return bool(phrase.split()) and _PEOPLE.search(_head(phrase)) is not None


def _members(quote: str) -> str | None:
    """The list of people a quote names, its items each headed by a plural noun for people."""
    for found in _LIST.finditer(quote):
        words = found["list"].split()
        first = re.split(r",| and ", found["list"], maxsplit=1)[0].split()
        opens = [n for n, word in enumerate(first) if fold(word) in _CLAUSE]
        if opens:  # "set up where councillors, ...": the list starts after the word opening its clause
            words = words[opens[-1] + 1 :]
        while words and fold(words[0]) in _LEAD:
            words = words[1:]
        listed = " ".join(words)
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed)
        if len(items) >= 2 and all(item and _PEOPLE.search(_head(item)) for item in items):
            return listed
    return None


_TAKES_PART = re.compile(
    r"(?P<who>[A-Za-z][\w'’ -]*?) (?:were|was|are|is|will|would)(?: going| due)?(?: to)?(?: be)?"
    r" (?:involved in|part of|sitting on|represented on|members of|included in|on) (?:the|a|an|its|this)\b"
)
"""`representatives of children in care were going to be involved in the panel`: one group of people,
the subject of taking part in the body, is who sits on it."""
MAX_GROUP_WORDS = 8
_WHOLE = re.compile(r"\b(?:makes?|made) up\b|\bmembers of\b")
"""`Who makes up the panel?` asks for the whole membership, which one group taking part is not."""


def _group(quote: str) -> str | None:
    """The group of people a quote says takes part in a body: a phrase headed by a plural noun for
    people ("representatives of children in care"), cut back to the start of its clause."""
    for found in _TAKES_PART.finditer(quote):
        who = re.split(r"[,;:]\s*|\b(?:that|where|which|and|but|while|when)\s+", found["who"])[-1].split()
        while who and fold(who[0]) in _LEAD:
            who = who[1:]
        if who and len(who) <= MAX_GROUP_WORDS and _PEOPLE.search(_head(" ".join(who))):
            return " ".join(who)
    return None


_BODY_ENDS = re.compile(
    r"\s(?:for|of|to|that|which|who|where|when|at|in|on|according|,)\s"
    r"|(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bits)\s[a-z]{2,}ing\s|[,?]|$"
)
"""Where the body's own name ends: at a preposition, a relative word, or a participle that opens a
clause about it ("the panel choosing the new director")."""


def _another_body(question: Question, quotes: list[str]) -> bool:
    """Whether the item names the body the question asks about by a longer proper name: "the Shadow
    Improvement Board" is not "the improvement board" a question asks about, and its members are not
    that board's. The body is the phrase after the question's frame ("sits on the appointment
    panel for..."): a proper name in a quote ending in its noun, with a word the question lacks."""
    frame = MEMBERSHIP.match(question.folded) or _WHO_LEADS.match(question.folded)
    rest = question.folded[frame.end() :] if frame else ""
    body = _BODY_ENDS.split(rest.strip(), maxsplit=1)[0].split()
    if not body:
        return False
    asked = set(re.findall(r"[a-z][a-z'’-]*", question.folded))
    for quote in quotes:
        for name in re.findall(_NAME, quote):
            words = [fold(w) for w in name.split()]
            if body[-1] in words and any(w not in asked and w not in STOPWORDS for w in words):
                return True
    return False


def answer_members(question: Question, index: ClaimIndex) -> Answer | None:
    """The members a well-matched item's quote lists, or None where the question asks no such thing or
    no quote lists people (the caller then reads the question as any other `who`)."""
    if not (asked := MEMBERSHIP.match(question.folded)):
        return None
    frame = _FRAME_WORDS.findall(question.folded)  # "sits", "made up", "members": not what a quote says
    frame += re.findall(r"[a-z]+", re.sub(r"^(?:who|which|what)\b", "", asked[0]))  # "which groups"
    body = (
        without_words(question, frame, index.glossary, index.vocabulary, loosen=False) if frame else question
    )
    matches = [m for m in ranked(body.content, index) if m.coverage >= floor_of(question, MATCH)]
    for match in matches[:CANDIDATES]:  # the items naming the body: its members may be in any of them
        citations = match.document.item.citations
        led = [c.quote for c in citations if _LED.search(c.quote)]
        chair = _chair(led) if led else None
        if led and chair is None:
            continue  # a chair named apart from the list, in words not read: the list is not all of them
        if _another_body(question, [c.quote for c in citations]):
            continue  # the Shadow Improvement Board's members are not the improvement board's
        for citation in citations:
            run = whole_run(citation, index)
            group = None if _WHOLE.search(question.folded) else _group(run.quote)
            if (listed := _members(run.quote) or group) is not None:
                answer = f"{listed} ({chair})" if chair else listed
                explanation = f"the people {match.document.item.id} says are on it"
                if chair:
                    explanation += ", and who chairs it"
                return answered(question, answer, answer, explanation, [cite(match.document.item.id, run)])
    return None


LEADS = re.compile(
    r"^(?:what|which) (?:(?:kind|sort|type) of )?(?:person|individual|official)"
    r"(?: (?:will|would|is going to|is to|does|did|was to))? (?:leads?|led|chairs?|chaired|heads?|headed)\b"
)
_REQUIRED_TO_LEAD = re.compile(
    r"^who(?: (?:does|did|do) (?:[\w'’-]+ ){1,5}?(?:say|said|state|require|want))?"
    r" (?:must|should|would|was to|is to|were to|are to|has to|had to|needs? to|needed to|"
    r"(?:is|was) (?:required|expected|due) to) (?:leads?|chair|head)\b"
)
"""`Who must chair the board?`, `Who would chair it?`, `Who does the notice say must lead it?`: what was
required or planned of a body's chair, which a quote may give only as a kind of person."""
"""`What kind of person leads the board?`: the chair of a body, as the quote names it, is asked for. Not
`Who chairs it?`, which asks for a name: "an independent chair" names nobody; but `Who must chair it?`
asks what was required, which may be a kind of person."""
_WHO_LEADS = re.compile(r"^who (?:leads|led|heads|headed)\b")
"""`Who leads the board?`: the kind of chair a quote gives ("an independent chair") says who, where
`Who chairs it?` would be answered by its own verb; a chair's name is the people readers' to give."""
_REQUIRING = re.compile(r"\b(?:require[sd]?|requiring|told|ordered|instructed|asked)\b")
_CHAIR_FRAME = re.compile(
    r"\b(?:leads?|led|chairs?|chaired|heads?|headed|kind|sort|type|person|individual|official)\b"
)


def answer_chair(question: Question, index: ClaimIndex) -> Answer | None:
    """The chair a well-matched item's quote names after "led by" or "chaired by" ("an independent
    chair", "Jo Bell"), or None where the question asks no such thing, no quote names one, or the items
    that match equally name different chairs."""
    kind_only = not LEADS.match(question.folded)  # "who must chair": a named chair is the people readers'
    if kind_only and not (_REQUIRED_TO_LEAD.match(question.folded) or _WHO_LEADS.match(question.folded)):
        return None
    frame = _CHAIR_FRAME.findall(question.folded)
    if _REQUIRED_TO_LEAD.match(question.folded):  # what was required is asked, so requiring is the frame
        frame += _REQUIRING.findall(question.folded)
    body = without_words(question, frame, index.glossary, index.vocabulary, loosen=False)
    if not body.content.terms:
        return None
    matches = [m for m in ranked(body.content, index) if m.coverage >= floor_of(question, MATCH)]
    if not matches:
        return None
    best = matches[0].coverage
    named: dict[str, list[tuple[str, Evidence]]] = {}
    for match in matches[:CANDIDATES]:
        if match.coverage < best - 0.02 or match.missing:
            break
        quotes = [c.quote for c in match.document.item.citations]
        if _WHO_LEADS.match(question.folded) and _another_body(question, quotes):
            continue  # "who leads the improvement board?" is not asked of the Shadow Improvement Board
        for citation in match.document.item.citations:
            found = _CHAIRED.search(citation.quote)
            if found is not None:
                chair = found["chair"] or found["kind"]
                if kind_only and chair != fold(chair):
                    continue
                if found["with"] and _WHO_LEADS.match(question.folded):
                    continue  # "a board with an independent chair" is what was required, not who leads it
                if chairs_another_body(question.folded, citation.quote, found.start()):
                    continue  # "who led the council?" is not answered by the chair of a board
                named.setdefault(fold(chair), []).append((chair, cite(match.document.item.id, citation)))
    if len(named) != 1:
        return None
    ((_, found_in),) = named.items()
    chair = found_in[0][0]
    explanation = f"who the quote of {found_in[0][1].id} says leads it"
    return answered(question, chair, chair, explanation, [e for _, e in found_in])
