"""Claims about people: the role a claim gives someone, and whose words it says they were.

"Deputy leader Andrew Weston" gives Andrew Weston a title; the record's role facts say whose title
it is. "Sara Todd called the decline unacceptable" attributes words; the record's statements say
who said them. Either is contradicted where the record gives the role, or the words, to someone
else and never to the person named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.compare import candidates
from trafford_timeline.claims.index import ACTING_BODIES, OFSTED, ROLE_CONTEXT, ClaimIndex, Person, weight
from trafford_timeline.claims.language import STOPWORDS, fold
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.verdicts import ClaimCheck, Evidence, cite, unique
from trafford_timeline.record.model import CommitmentFact, Fact, RoleFact, StatementFact

TITLE_WORDS = 5
"""How many words before a name may be its title: `acting corporate director of children's services`."""
ATTRIBUTED = 0.8
"""The share of what a claim says someone said that another person's statement must carry."""
MIN_CONTENT = 2
DISTINCTIVE = 3
"""Words are attributed only where the claim has one found in this few items or fewer (`stark`,
`embrace`): "said the report was wrong" repeats no one's words in particular."""
_SPEECH = re.compile(
    r"^\s*(?:has\s+|had\s+|have\s+)?(?:also\s+)?(?:said|says|say|told|tells|called|calls|described|"
    r"describes|admitted|admits|conceded|concedes|acknowledged|acknowledges|promised|promises|pledged|"
    r"pledges|vowed|vows|warned|warns|insisted|insists|claimed|claims|stated|states|declared|declares|"
    r"branded|brands|labelled|labels|argued|argues|added|adds|announced|announces|confirmed|confirms|"
    r"revealed|reveals|admitted that|:)"
)
_QUOTATION = re.compile(r"(?:^|(?<=[\s:(]))[\"“‘'](?P<words>[^\"“”‘’]+?)[\"”’'](?=[\s.,;:!?)]|$)")
"""Words the claim quotes: what it says the person said (`told reporters: 'We can fix this'`)."""
QUOTED_WORDS = 3
_IT_WAS = re.compile(r"\bit\s+(?:was|is|'s|’s)\s+(?:not\s+)?(?:[\w'’-]+\s+){0,4}$")
_CLEFT = re.compile(r"^\s+(?:who|that)\b")
"""`It was Sara Todd who said ...`: a cleft, which names the speaker as plainly as `Sara Todd said`."""
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+")
_APPOSITIVE = re.compile(r"^\s*,\s*(?:the\s+|trafford's\s+|its\s+)?(?P<title>[^,]{3,60}),")
_PREDICATE = re.compile(
    r"^\s+(?:is|was|(?:serves|served|acts|acted|works|worked)\s+as)\s+(?:the\s+|trafford's\s+|its\s+)?"
    r"(?P<title>[^,;:.]{3,60}?)\s*(?:[,;:]|\b(?:and|under|alongside|beneath)\b|\.?$)"
)
"""`Sara Todd is the council leader, ...`, `Weston serves as deputy leader under ...`: a title the claim
gives the name as what they are, up to the comma or `and` that closes it, as where it names several
people and their posts, or up to `under` or `alongside`, which name someone else."""


def _holder_name(person: Person) -> str:
    names = [fact.person for fact, _ in person.roles if fact.person]
    return names[0] if names else ""


def _role_terms(text: str, index: ClaimIndex) -> frozenset[str]:
    return frozenset(read_text(text, index.glossary, index.vocabulary).terms) - ROLE_CONTEXT


def _holders(terms: frozenset[str], index: ClaimIndex) -> list[tuple[Person, RoleFact]]:
    """Who holds a role with exactly these terms."""
    return [
        (person, fact) for person in index.people for fact, role in person.roles if role and role == terms
    ]


_JOINING = frozenset(
    {"and", "or", "nor", "but", "with", "plus", "than", "versus", "vs"}
    | {"under", "alongside", "beside", "to", "by"}
)
"""A word that joins the name to what comes before it, which is then someone or something else:
"deputy leader under Andrew Weston" is a title of the person before `under`, not of Andrew Weston."""


def _titles(folded: str, at: int, end: int, others: Sequence[tuple[int, int]] = ()) -> list[str]:
    """The words that may be a title for the name at `at`..`end`: before it, or after it between commas.
    Words after another name (`others`, where the claim names people) up to a comma are what it
    says of that person ("Andrew Weston leads the council, Catherine Hynes ..."), not a title."""
    start = max((other_end for _, other_end in others if other_end <= at), default=0)
    if start and (comma := folded.rfind(",", start, at)) >= 0:
        start = comma + 1
    before = re.findall(r"[\w'-]+", folded[start:at])[-TITLE_WORDS:]
    if before and before[-1] in _JOINING:
        before = []  # "the council leader and Sara Todd": two people, not one with a title
    titles = [" ".join(before[-size:]) for size in range(len(before), 0, -1)]
    after = _APPOSITIVE.match(folded[end:]) or _PREDICATE.match(folded[end:])
    if after is not None:
        titles.insert(0, after["title"])
    return titles


def _new_names(claim: str, index: ClaimIndex) -> list[tuple[str, int, int]]:
    """Names the record never mentions (`Gavin Williamson`): two or more capitalised words, none of
    them a word of the record or the glossary, with where they are in the folded claim."""
    found: list[tuple[str, int, int]] = []
    for match in _CAPITALISED.finditer(claim):
        words = match[0].split()
        while words and (
            words[0].casefold() in index.vocabulary.words or words[0].casefold() in index.glossary.words
        ):
            words = words[1:]
        if len(words) < 2 or any(w.casefold() in index.vocabulary.words for w in words):
            continue
        name = fold(" ".join(words))
        at = fold(claim).find(name)
        if at >= 0:
            found.append((" ".join(words), at, at + len(name)))
    return found


def _contradicted_title(
    claim: str, fact: RoleFact, named: str, theirs: str, evidence: list[Evidence]
) -> ClaimCheck:
    explanation = f"the record gives the role {fact.role!r} to {fact.person}, not to {named}{theirs}"
    evidence = [cite(fact.id, c, 1.0) for c in fact.citations] + evidence
    return ClaimCheck(claim, "contradicted", explanation, unique(evidence))


PORTFOLIO_HEADS = frozenset(("secretary", "minister"))
"""Titles whose word before them names a portfolio (`Education Secretary`), one to a holder: the same
head with another portfolio (`Health Secretary`) is another office."""


def _other_portfolio(folded: str, at: int, person: Person) -> tuple[str, RoleFact] | None:
    """`Health Secretary Damian Hinds`, where the record makes him Education Secretary: the title just
    before the name has the head of one of the person's roles and a portfolio word that role lacks."""
    before = re.findall(r"[\w'-]+", folded[:at])[-2:]
    if (
        len(before) < 2
        or before[1] not in PORTFOLIO_HEADS
        or before[0] in STOPWORDS
        or not before[0].isalpha()
    ):
        return None
    for fact, _ in person.roles:
        words = re.findall(r"[\w'-]+", fold(fact.role))
        if words and words[-1] == before[1] and before[0] not in words:
            return " ".join(before), fact
    return None


def _name_place(folded: str, person: Person, index: ClaimIndex) -> tuple[int, int] | None:
    """Where a folded claim names the person: by the whole name, or else by the surname alone
    (`Weston is deputy leader`) where no one else the record names has that surname."""
    name = fold(_holder_name(person))
    if not name:
        return None
    if (at := folded.find(name)) >= 0:
        return at, at + len(name)
    surname = name.split()[-1]
    namesakes = [other for other in index.people if fold(_holder_name(other)).split()[-1:] == [surname]]
    found = re.search(rf"\b{re.escape(surname)}\b", folded) if len(namesakes) == 1 else None
    return (found.start(), found.end()) if found else None


def check_titles(claim: str, index: ClaimIndex) -> ClaimCheck | None:
    """A title written next to a name (`Deputy leader Andrew Weston`, `Sara Todd, the council
    leader,`, `Weston is deputy leader`, `Education Secretary Gavin Williamson`) that the record gives
    to someone else and never to that person: contradicted."""
    folded = fold(claim)
    named = [(person, place) for person in index.people if (place := _name_place(folded, person, index))]
    places = [place for _, place in named]
    for person, (at, end) in named:
        others = [place for place in places if place[0] != at]
        for title in _titles(folded, at, end, others):
            terms = _role_terms(title, index)
            holders = _holders(terms, index) if terms else []
            if not holders:
                continue
            if any(holder is person for holder, _ in holders):
                break
            own = "; ".join(f.role for f, _ in person.roles)
            evidence = [cite(f.id, c, 1.0) for f, _ in person.roles for c in f.citations[:1]]
            return _contradicted_title(
                claim, holders[0][1], _holder_name(person), f", whom it gives: {own}", evidence
            )
        if (other := _other_portfolio(folded, at, person)) is not None:
            title, fact = other
            explanation = f"the record makes {_holder_name(person)} {fact.role}, not {title}"
            return ClaimCheck(
                claim, "contradicted", explanation, tuple(cite(fact.id, c, 1.0) for c in fact.citations)
            )
    for name, at, end in _new_names(claim, index):
        before = re.findall(r"[\w'-]+", folded[:at])
        for title in _titles(folded, at, end):
            terms = _role_terms(title, index)
            holders = _holders(terms, index) if terms else []
            size = len(title.split())
            whole = size >= len(before) or before[-size - 1] in STOPWORDS  # not "interim chief executive"
            if holders and whole:
                return _contradicted_title(claim, holders[0][1], name, ", whom it never mentions", [])
    return None


def holder_name(person: Person) -> str:
    """The person's name as the record writes it: `Andrew Weston`."""
    return _holder_name(person)


def named_in(claim: str, index: ClaimIndex) -> list[Person]:
    """The people of the record whom the claim names in full."""
    folded = fold(claim)
    return [person for person in index.people if (name := fold(_holder_name(person))) and name in folded]


def speaker_of(claim: str, index: ClaimIndex) -> Person | None:
    """The one person the claim says spoke (`Sara Todd said`, `Sara Todd:`), or None."""
    folded = fold(claim)
    speakers = []
    for person in named_in(claim, index):
        name = fold(_holder_name(person))
        at = folded.find(name)
        after = folded[at + len(name) :]
        cleft = _CLEFT.match(after) if _IT_WAS.search(folded[:at]) else None  # "it was Sara Todd who said"
        if _SPEECH.match(after[cleft.end() :] if cleft else after):
            speakers.append(person)
    return speakers[0] if len(speakers) == 1 else None


def check_attribution(claim: str, reading: Reading, index: ClaimIndex) -> ClaimCheck | None:
    """Words the claim puts in a named person's mouth that the record gives to someone else."""
    person = speaker_of(claim, index)
    if person is None:
        return None
    own_terms = person.name.union(*(role for _, role in person.roles))
    quoted = " ".join(found["words"] for found in _QUOTATION.finditer(claim))
    said = reading
    if len(quoted.split()) >= QUOTED_WORDS:
        said = read_text(quoted, index.glossary, index.vocabulary)
    content = [term for term in said.distinct_terms if term not in own_terms]
    total = sum(weight(index, term) for term in content)
    if len(content) < MIN_CONTENT or not total:
        return None
    if not any(0 < len(index.postings.get(term, ())) <= DISTINCTIVE for term in content):
        return None
    best: tuple[float, str, Fact] | None = None
    for comparison in candidates(reading, index):
        item = comparison.document.item
        if isinstance(item, StatementFact):
            speaker = item.speaker
        elif isinstance(item, CommitmentFact):
            speaker = item.by
        elif item.kind == "finding" and OFSTED not in reading.terms:
            speaker = "Ofsted"  # "it was Sara Todd who said the weaknesses would not have been seen"
        else:
            continue
        if comparison.conflicts or comparison.document.caption_only:
            continue
        covered = sum(weight(index, term) for term in content if term in comparison.document.bag)
        share = covered / total

        if person.name <= _role_terms(speaker, index) | frozenset(read_text(speaker, index.glossary).terms):
            if share >= ATTRIBUTED:
                return None  # the record has the person saying it
            continue
        if share >= ATTRIBUTED and (best is None or share > best[0]):
            best = (share, speaker, item)
    if best is None:
        return None
    _, speaker, item = best
    return _given_to_another(claim, person, speaker, item)


def _given_to_another(claim: str, person: Person, speaker: str, item: Fact) -> ClaimCheck:
    explanation = f"the record gives these words to {speaker}, not to {_holder_name(person)} [{item.id}]"
    evidence = [cite(item.id, c, 1.0) for c in item.citations]
    return ClaimCheck(claim, "contradicted", explanation, unique(evidence))


PARTICLES = frozenset({"down", "up", "out", "off", "over", "back", "away", "on", "in"})
"""A phrasal verb's particle (`step down`, `laid down`) is no word of anyone's in particular."""
SPOKEN_SHARE = 0.6
"""The share of what a claim says someone said that another speaker's statements, taken together,
must carry where none is close enough alone."""


def particular_words_of_another(claim: str, reading: Reading, index: ClaimIndex) -> ClaimCheck | None:
    """Words particular to another speaker's statements (`unacceptable`, `top priority`), none of
    which any statement of the person named says, in a claim no item supports: "Sara Todd called
    the report unacceptable" where Andrew Weston called the decline unacceptable. What was called
    so may be put in other words (`the report` for `the decline`), so the speaker's statements are
    taken together and need carry only `SPOKEN_SHARE` of the claim, but every particular word of
    the claim that any statement says."""
    person = speaker_of(claim, index)
    if person is None:
        return None
    own_terms = person.name.union(*(role for _, role in person.roles))
    content = [term for term in reading.distinct_terms if term not in own_terms]
    total = sum(weight(index, term) for term in content)
    particular = {
        term
        for term in content
        if 0 < len(index.postings.get(term, ())) <= DISTINCTIVE and term not in PARTICLES
    }
    if len(content) < MIN_CONTENT or not total or not particular:
        return None
    held: dict[str, tuple[set[str], Fact]] = {}
    for comparison in candidates(reading, index):
        item = comparison.document.item
        if not isinstance(item, StatementFact | CommitmentFact) or comparison.document.caption_only:
            continue
        speaker = item.speaker if isinstance(item, StatementFact) else item.by
        terms, _ = held.setdefault(speaker, (set(), item))
        terms |= set(comparison.document.bag) & set(content)
    spoken = set().union(*(terms for terms, _ in held.values())) & particular
    mine = [terms for speaker, (terms, _) in held.items() if person.name <= _speaker_terms(speaker, index)]
    if not spoken or any(terms & particular for terms in mine):
        return None  # the record has the person saying one of those words
    for speaker, (terms, item) in held.items():
        if person.name <= _speaker_terms(speaker, index) or not spoken <= terms:
            continue
        if sum(weight(index, term) for term in terms) / total >= SPOKEN_SHARE:
            return _given_to_another(claim, person, speaker, item)
    return None


def _speaker_terms(speaker: str, index: ClaimIndex) -> frozenset[str]:
    return _role_terms(speaker, index) | frozenset(read_text(speaker, index.glossary).terms)


_IDENTITY = re.compile(r"\b(?:is|was|will be|would be|became|becomes|to be|as) (?:the |a |an |its |their )?")
"""Wording that says who someone is: `Sara Todd is the council leader`, `the leader is Sara Todd`."""
_LEADS = re.compile(
    r"\b(?:(?:(?:will|would|is to|was to|is going to|was going to)\s+(?:personally\s+)?)?"
    r"(?:lead|head|chair|run|take on|take charge of)|leads|led|heads|headed|runs|ran|chairs|chaired|"
    r"is leading|was leading)\b"
)
"""Wording that gives someone a role by what they do: `Catherine Hynes leads Trafford Council` is
the council's leader."""
_SAID_SELF = re.compile(
    r"(?P<name>[\w'’-]+(?:\s+[\w'’-]+)?)(?P<said>\s+(?:said|says|announced|announces|confirmed|confirms|"
    r"promised|promises|pledged|pledges|revealed|reveals)(?:\s+that)?)\s+(?P<pronoun>(?:he|she|they)\s+)"
)
"""`Andrew Weston said he would lead it`: the speaker is who will lead."""
_NOT_A_TITLE = re.compile(r"\b(?:by|with|from|to|for|\w+ed)\b")
"""Words between `was` and a name that make it not an identity: `was appointed by Andrew Weston`."""
_VERB_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|is|was|were|been|be|being|now|also|just|newly|\w+ed|\w+en))+$"
)
"""The verb between a name and `as`: `Catherine Hynes has been installed as chief executive`."""
ROLE_WINDOW = 8
"""How many words beside `is` may name the role: `the dedicated cabinet member for children's social care`."""


def check_identity(claim: str, reading: Reading, index: ClaimIndex) -> ClaimCheck | None:
    """`Sara Todd is the council leader`, `the cabinet member will be council leader Andrew Weston`:
    a role said to be someone's, beside `is` or `will be`, that the record gives to someone else.

    Naming the person's own role as well does not save the claim; a role word elsewhere in the
    sentence (`the interim chief executive was appointed by Andrew Weston`) is not an identity.
    """
    terms = set(reading.terms)
    named = [person for person in index.people if person.name <= terms]
    if len(named) != 1:
        return None
    person = named[0]
    own = set().union(*(role_terms for _, role_terms in person.roles))
    folded = fold(claim)
    name = fold(_holder_name(person))
    windows: list[frozenset[str]] = []
    for found in _IDENTITY.finditer(folded):
        before_text, after_text = folded[: found.start()].rstrip(), folded[found.end() :]
        after = " ".join(re.findall(r"[\w'-]+", after_text)[:ROLE_WINDOW])
        before = " ".join(re.findall(r"[\w'-]+", before_text)[-ROLE_WINDOW:])
        if _VERB_TAIL.sub("", before_text).endswith(name):  # Sara Todd is <role>; was installed as <role>
            windows.append(_role_terms(after, index))
        elif name in after_text and not _NOT_A_TITLE.search(after_text[: after_text.find(name)]):
            windows.append(_role_terms(before, index))  # <role> will be (council leader) Andrew Weston
    said_self = _SAID_SELF.search(folded)
    if said_self is not None and said_self["name"].endswith(name):  # "X said he would lead": X leads
        folded = f"{folded[: said_self.end('name')]} {folded[said_self.end('pronoun') :]}"
    for found in _LEADS.finditer(folded):
        if folded[: found.start()].rstrip().endswith(name):  # Catherine Hynes leads the council
            words = re.findall(r"[\w'-]+", folded[found.start() :])
            reach = ROLE_WINDOW + len(found[0].split())  # "would take on" does not use up the role's words
            windows.append(_role_terms(" ".join(words[:reach]), index))
    for other in index.people:
        for fact, role_terms in other.roles:
            head = frozenset(t for t in role_terms if t.startswith("concept:")) or role_terms
            beside = any(head <= window for window in windows)  # "the dedicated cabinet member" is one
            if other is not person and role_terms and beside and not role_terms <= own:
                theirs = "; ".join(f.role for f, _ in person.roles)
                explanation = (
                    f"the record gives the role {fact.role!r} to {fact.person}; "
                    f"the person the claim names is given: {theirs}"
                )
                evidence = [cite(fact.id, c, 1.0) for c in fact.citations]
                evidence += [cite(f.id, c, 1.0) for f, _ in person.roles for c in f.citations[:1]]
                return ClaimCheck(claim, "contradicted", explanation, unique(evidence))
    return None


_CHAIRED_BY = re.compile(r"\b(?:chaired|led|headed|run)\s+by\s+(?P<who>(?:[\w'’-]+\s*){1,6})")
_CHAIRS = re.compile(
    r"(?P<who>(?:[\w'’-]+,?\s+){1,6}?)(?:chairs|chaired|is chairing|has chaired|"
    r"(?:will|would|must|should|shall)\s+chair|"
    r"(?:is|was|are|were)\s+(?:to|going\s+to|required\s+to|expected\s+to|due\s+to|set\s+to)\s+chair|"
    r"(?:has|have|had|needs|need|needed)\s+to\s+chair)\b"
)
"""Who chairs, or is to: a modal or a requirement before `chair` (`must chair`, `is required to chair`)
gives the chair to the one named as plainly as `chairs` does."""
_MADE_TO_CHAIR = re.compile(
    r"\b(?:requires?|required|requiring|asks?|asked|directs?|directed|wants?|wanted|expects?|expected|"
    r"obliges?|obliged|tells?|told|appoints?|appointed)\s+(?P<who>(?:[\w'’-]+\s+){1,6}?)to\s+chair\b"
)
"""`the notice requires the council leader to chair it`: the chair given to the one a requirement or
an appointment names, as `the council leader must chair it` gives it."""
_IN_THE_CHAIR = re.compile(r"\bwith\s+(?P<who>(?:[\w'’-]+\s+){1,6}?)in\s+the\s+chair\b")
"""`with the council leader in the chair`: the chair given in a phrase beside the body, not a verb."""
INDEPENDENT = "independ"
_INDEPENDENT_CHAIR = re.compile(
    r"\bindependent(?:ly)?\s+(?:chair|chaired|chairs|chairing|chairman|chairwoman|chairperson)\b"
)
"""Independence said of the chair (`an independent chair`, `independently chaired`), not of the board."""
_CHAIR_WORD = re.compile(r"\bchair(?:s|ed|ing|man|woman|person)?\b")
"""The chair itself named (`chaired by`, `in the chair`), not a board `led` or `run` by someone: the
Education Secretary or a body that acts in the record (Ofsted, the DfE) has a part of its own in the
matter, and is no independent chair of the board the notice orders, though its hand may lead much.
Only the body that heads the phrase is the chair: `a former Ofsted inspector` is a person."""
CHAIR_CANDIDATES = 200
INDEPENDENT_CHAIR_SAID = "the record gives it an independent chair"
"""How a chair given against the record's independent one is explained: the one body the whole claim
speaks of, which a part that only names the chair (`with the council leader in the chair`) does not."""
"""How many items that say `independent` are read: enough for a council's papers, bounded at scale."""


def _body_itself(claim: str, who: str) -> bool:
    """Whether the chair a claim names ends in a capitalised word, as a body's proper name does
    (`the Education Secretary`, `Ofsted`). `A former Ofsted
    inspector` is a person, though the glossary reads `inspector` as Ofsted; `the DfE's adviser` is the
    adviser."""
    words = re.findall(r"[\w'-]+", who)
    written = [word for word in re.findall(r"[\w'’-]+", claim) if words and fold(word) == words[-1]]
    return bool(written) and written[-1][:1].isupper()


def check_chair(claim: str, reading: Reading, index: ClaimIndex) -> ClaimCheck | None:
    """`The board is chaired by the council leader`, where the record gives the board an
    independent chair: one of the council's own office-holders, or a person the record gives such
    an office, is not independent of it; nor is the Education Secretary, Ofsted or the DfE, named as
    the chair (`chaired by Ofsted`), each with a part of its own in the matter. Contradicted."""
    folded = fold(claim)
    found = _CHAIRED_BY.search(folded)
    found = found or _IN_THE_CHAIR.search(folded) or _MADE_TO_CHAIR.search(folded)
    who = found["who"] if found else (m["who"] if (m := _CHAIRS.search(folded)) else None)
    if who is None:
        return None
    terms = read_text(who, index.glossary, index.vocabulary).terms
    said = set(terms)
    if INDEPENDENT in said or _INDEPENDENT_CHAIR.search(folded):
        return None  # the claim gives the chair's independence; "the independent board" is the board's
    insiders = [person for person in index.people if person.name <= said]
    offices = said & index.glossary.actors - {"concept:adviser", "concept:education-secretary"}
    alone = len(set(terms)) == 1 and _CHAIR_WORD.search(folded) is not None and _body_itself(claim, who)
    parties = set(terms) & ACTING_BODIES if alone else set()
    if not insiders and not offices and not parties:
        return None
    things = set(reading.terms) - said - {"concept:chair", "concept:council"}
    shared: list[tuple[int, int]] = []
    for number in index.postings.get(INDEPENDENT, ())[:CHAIR_CANDIDATES]:
        overlaps = [
            len(things & set(clause.terms))
            for clause in index.documents[number].clauses
            if {INDEPENDENT, "concept:chair"} <= set(clause.terms)
        ]
        if max(overlaps, default=0):
            shared.append((max(overlaps), number))
    if not shared:
        return None
    document = index.documents[max(shared, key=lambda pair: (pair[0], -pair[1]))[1]]
    held = sorted(offices) or sorted(parties)
    named = _holder_name(insiders[0]) if insiders else held[0].split(":")[-1].replace("-", " ")
    roles = [t for _, role in insiders[0].roles for t in role] if insiders else []
    council = offices or any(index.post_sides.get(t) == "concept:council" for t in roles)
    whose = (
        "who holds an office of the council" if council else "a party to the matter, not independent of it"
    )
    explanation = (
        f"{INDEPENDENT_CHAIR_SAID} [{document.item.id}]; the claim gives the chair to {named}, {whose}"
    )
    evidence = [cite(document.item.id, c, 1.0) for c in document.item.citations[:2]]
    return ClaimCheck(claim, "contradicted", explanation, unique(evidence))
