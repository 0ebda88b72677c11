"""How a claim's denials stand to a record item's clauses: agreeing, opposing, or unrelated.

A negation is judged clause by clause: each clause of the claim against the item's clauses closest
to it, so "staff numbers rose while demand fell" keeps its denial on demand, and where the item's
clauses disagree, the one most wholly about the claim decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.denial_lead import deed_led_into
from trafford_timeline.claims.index import ClaimIndex, Document
from trafford_timeline.claims.reading import Reading, read_text

CLAIM_CLAUSE = re.compile(
    r"\s[—–-]\s|;\s|,? but |,? while |, whereas |,? even as |,? even though |, yet |, although "
    r"| in (?:line|step) with "
    r"|,? and (?=(?:(?:also|then|still|often|too)\s+)?"
    r"(?:is|are|was|were|does|do|did|has|have|had|fails|failed|lacks|lacked)(?:n['’]t)?\s)"
)
"""Where a claim turns to another statement: "Ofsted does not set them — councils set their own",
"the workforce grew in line with demand" (the workforce grew, and so did demand),
"it is poorly recorded and fails to secure good practice" (an ` and ` before a verb, as the index
splits an item's text; `and doesn't` as `and does not`)."""

_CONCEDED = re.compile(
    r"^(?:despite|in spite of|although|though|even though|whilst|while|far from)\s[^,;]+,\s"
)
"""A concession put first (`despite good data flagging the weaknesses, no action was taken`), or a
denied contrast (`far from neglecting them, Trafford keeps in touch`): a clause of its own, whose
denials are not the main clause's."""


def first_clause(text: str) -> str:
    """The text up to where it turns to another statement: of "is weak and does not ensure that they
    achieve...", the first thing said of its subject is "is weak"."""
    return CLAIM_CLAUSE.split(text, maxsplit=1)[0]


Stance = str
"""How a clause stands to a claim: it `agrees` in what each denies, `opposes` it, or shares with a
denial in the claim only the denied words (`unrelated`: "no idea" against "new ideas")."""


WHOLLY = 3
"""A denying clause of at least this many terms, every one of them the claim's, speaks to the claim
whatever longer clause holds more of its words."""


def closest_clauses(claim: Reading, document: Document, polar: frozenset[str] = frozenset()) -> list[Reading]:
    """The clauses of a fact that share most of the claim's terms; negation is judged per clause.

    Where none of them holds a quality the claim denies (`polar`: "only as interim chief executive"
    against "Sara Todd, who started in February"), a clause that does ("a permanent chief executive
    takes up the post") is among them too: the closest clauses say nothing of it either way. So is a
    denying clause made wholly of the claim's words."""
    terms = set(claim.terms)
    overlaps = [len(terms & set(clause.terms)) for clause in document.clauses]
    best = max(overlaps)
    closest = [
        clause for clause, overlap in zip(document.clauses, overlaps, strict=True) if overlap >= 0.75 * best
    ]
    closest += [  # "Ofsted does not set indicators", wholly the claim's words, beside a longer clause
        clause  # that holds more of them ("the inspector expects ... the council sets its own")
        for clause, overlap in zip(document.clauses, overlaps, strict=True)
        if clause.negations and overlap >= WHOLLY and set(clause.terms) <= terms and clause not in closest
    ]
    closest += _quality_denied_after(claim, document, closest, polar)
    closest += _quality_denied_beside(claim, document, closest, overlaps, polar)
    denied = set().union(*claim.negations) & polar
    if not denied or any(denied & set(clause.terms) for clause in closest):
        return closest
    speaking = [
        clause
        for clause, overlap in zip(document.clauses, overlaps, strict=True)
        if overlap >= 2 and denied & set(clause.terms) and clause not in closest
    ]
    return closest + speaking


def _quality_denied_after(
    claim: Reading, document: Document, closest: Sequence[Reading], polar: frozenset[str]
) -> list[Reading]:
    """Clauses that deny, and say nothing but, a quality the claim asserts and the closest clauses do
    not hold: "reports to leaders stated that most practice was good, but this ... was therefore
    inaccurate" splits into a clause that names the reports and one that is only "was inaccurate",
    which has no subject of its own and so speaks of what came before it. A clause with words of its
    own ("the audits did not offer an accurate assessment") is about its own subject."""
    asserted = (set(claim.terms) - set().union(*claim.negations)) & polar
    unheld = asserted - set().union(*(clause.terms for clause in closest))
    return [
        clause
        for clause in document.clauses
        if clause.negations and clause.terms and set(clause.terms) <= unheld and clause not in closest
    ]


def _quality_denied_beside(
    claim: Reading, document: Document, closest: Sequence[Reading], overlaps: list[int], polar: frozenset[str]
) -> list[Reading]:
    """Clauses that deny a quality the claim asserts of a thing both name: "Ofsted found the
    workforce had grown with rising demand" is closest to "Ofsted had identified ... demand had
    increased", which holds more of its words, while "the workforce had stayed the same" speaks to
    the workforce."""
    asserted = (set(claim.terms) - set().union(*claim.negations)) & polar
    if not asserted:
        return []
    return [
        clause
        for clause, overlap in zip(document.clauses, overlaps, strict=True)
        if overlap >= 2
        and clause not in closest
        and asserted & set().union(*clause.negations)
        and (set(clause.terms) - set().union(*clause.negations)) & set(claim.terms)
    ]


Judgement = tuple[Stance, Reading, Reading]
"""How the claim (or the part of it that decides) stands to the item's clause that decides."""


def judge(claim: Reading, closest: list[Reading]) -> Judgement:
    """A claim's stance to the clauses closest to it. Where they disagree, the one most wholly
    about the claim decides: "Ofsted does not set indicators" over "the inspector expects ... the
    council sets its own indicators"."""
    stances = [stance(claim, clause) for clause in closest]
    if "opposes" in stances and "agrees" in stances and (compounds := _denied_compounds(claim, closest)):
        stances = [stance(claim, clause, _part_elsewhere(compounds, clause)) for clause in closest]
    if "opposes" in stances and "agrees" in stances:
        claimed = set(claim.terms)
        if whole := _said_whole(claim, closest, stances):
            return "agrees", claim, whole
        speaking = [
            n
            for n, clause in enumerate(closest)
            if stances[n] == "opposes" or _speaks_to_denial(claim, clause)
        ]
        nearest = max(speaking, key=lambda n: len(claimed & set(closest[n].terms)) / len(closest[n].terms))
        return stances[nearest], claim, closest[nearest]
    for wanted in ("agrees", "unrelated", "opposes"):
        if wanted in stances:
            return wanted, claim, closest[stances.index(wanted)]
    return "agrees", claim, closest[0]


def _said_whole(claim: Reading, closest: list[Reading], stances: list[Stance]) -> Reading | None:
    """An agreeing clause made of the claim's words, all of them and no others, where no opposing
    clause is made only of the claim's words: "the local authority sets its own performance
    indicators" is all of "Trafford sets its own indicators", and "Ofsted does not set performance
    indicators" denies it of a subject the claim never names. A clause that says the claim among
    other things ("the inspector expects ... the local authority sets its own indicators") does not
    outweigh a denial made wholly of the claim's words (`WHOLLY`)."""
    claimed = set(claim.terms)
    whole = [c for c, s in zip(closest, stances, strict=True) if s == "agrees" and set(c.terms) == claimed]
    opposing = [c for c, s in zip(closest, stances, strict=True) if s == "opposes"]
    if not whole or any(set(c.terms) <= claimed for c in opposing):
        return None
    return whole[0]


def _speaks_to_denial(claim: Reading, clause: Reading) -> bool:
    """Whether a clause holds a word either side denies: "Sara Todd started in February" agrees with
    "Sara Todd was only interim" in nothing, and so cannot outweigh a clause saying she was permanent."""
    denied = set().union(*claim.negations, *clause.negations)
    return bool(denied & set(claim.terms) & set(clause.terms))


def read_clauses(text: str, index: ClaimIndex) -> tuple[Reading, ...]:
    """A claim's clauses, read once per claim and judged against every item it is compared with;
    none for a claim of one clause."""
    pieces = CLAIM_CLAUSE.split(text)
    if (conceded := _CONCEDED.match(pieces[0])) is not None:
        pieces = [conceded[0], pieces[0][conceded.end() :], *pieces[1:]]
    if len(pieces) < 2:
        return ()
    return tuple(read_text(piece, index.glossary, index.vocabulary) for piece in pieces)


def judge_by_parts(parts: Sequence[Reading], document: Document) -> Judgement | None:
    """A claim of several clauses judged clause by clause, or None for a claim of one.

    Taken whole, "Ofsted does not set them; councils set their own" is closest to the item's
    clause that holds more of its terms, which need not hold its denial; and "staff numbers rose
    while demand fell" holds one denial, as "demand rose while staffing stayed the same" does,
    about another thing. Each part is judged against the item's clauses closest to it, and the
    first part that does not agree decides.
    """
    if len(parts) < 2:
        return None
    verdict: Judgement | None = None
    for part in parts:
        closest = closest_clauses(part, document)
        if not set(part.terms) & set().union(*(clause.terms for clause in closest)):
            continue  # a part about something this item does not speak of
        verdict = judge(part, closest)
        if verdict[0] != "agrees":
            return verdict
    return verdict


def stance(claim: Reading, clause: Reading, elsewhere: frozenset[str] = frozenset()) -> Stance:
    """`elsewhere`: shared terms the clause uses of another thing, left out of the judgement."""
    shared = set(claim.terms) & set(clause.terms) - elsewhere
    shared -= _said_both_ways(claim) | _said_both_ways(clause)
    shared -= _denied_with_its_quality(claim, clause) | _denied_with_its_quality(clause, claim)
    shared -= deed_led_into(claim, clause, shared) | deed_led_into(clause, claim, shared)
    claimed, stated = claim.negations_of(shared), clause.negations_of(shared)
    apart = apart_denials(claim, shared) if stated == 0 else apart_denials(clause, shared)
    if not ((claimed + stated) % 2 == 1 or (min(claimed, stated) == 0 < max(claimed, stated) and apart)):
        return "agrees"
    if claimed > stated and not shared - set().union(*claim.negations):
        return "unrelated"
    return "opposes"


def _said_both_ways(reading: Reading) -> set[str]:
    """Terms a text denies in one place and asserts in another: "the interim director ... preferring
    permanent staff" says nothing either way of being permanent as a whole."""
    return set(reading.asserted & set().union(*reading.negations))


def apart_denials(reading: Reading, shared: set[str]) -> bool:
    """Whether a reading's denials of shared terms deny different things: "badly written and lacking
    measurable outcomes" denies twice over, where "did not lose touch" is a double negative."""
    denials = [negated & shared for negated in reading.negations if negated & shared]
    return all(not a & b for i, a in enumerate(denials) for b in denials[i + 1 :])


def _denied_compounds(claim: Reading, closest: Sequence[Reading]) -> dict[str, str]:
    """The claim's terms denied alone that open a run of two words an item's clause also holds, as
    its head: "a lack of management oversight" denies `management`, a narrow denial's one word, of
    the thing "management oversight", which "a lack of effective management oversight" names too."""
    lone = {term for negated in claim.negations if len(negated) == 1 for term in negated}
    pairs = {
        (first, head)
        for first, head in zip(claim.terms, claim.terms[1:], strict=False)
        if first in lone and head != first and not claim.negations_of({head})
    }
    held = {pair for clause in closest for pair in zip(clause.terms, clause.terms[1:], strict=False)}
    return dict(pairs & held)


def _part_elsewhere(compounds: dict[str, str], clause: Reading) -> frozenset[str]:
    """The first words of the claim's denied compounds that a clause holds without their head:
    "leaders and managers were unaware" names managers, not the management oversight denied."""
    return frozenset(
        first for first, head in compounds.items() if first in clause.terms and head not in clause.terms
    )


QUALIFIED_REACH = 1
"""How many terms after a denied quality word are taken to name the thing it qualifies: `management`
after the denied `effective` in "lack of effective management oversight". One only: a wider reach
runs into the next phrase ("weaknesses highlighted by good-quality data" does not qualify the data)."""


def _denied_with_its_quality(denying: Reading, qualifying: Reading) -> set[str]:
    """Terms one side denies that the other holds just after a quality it denies and the first side
    never names: "a lack of effective management oversight" denies that oversight was effective,
    not that there was some, so it says no more against "a lack of management oversight" (which
    the lack of any good oversight bears out) than for it. Its denial reached only the quality, and
    the thing it qualifies is left between the two."""
    denied = {term for negated in denying.negations if len(negated) == 1 for term in negated}
    own = set(denying.terms)
    found: set[str] = set()
    terms = qualifying.terms
    for negated in qualifying.negations:
        if len(negated) != 1 or negated & own:
            continue
        (quality,) = negated
        for at, term in enumerate(terms):
            if term != quality:
                continue
            found |= {
                later
                for later in terms[at + 1 : at + 1 + QUALIFIED_REACH]
                if later in denied and not qualifying.negations_of({later})
            }
    return found
