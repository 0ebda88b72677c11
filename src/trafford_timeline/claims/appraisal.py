"""A claim that Ofsted praised or faulted something, against what the record's findings say of it.

"Inspectors commended the MARAT", "Ofsted found no problems with X" and "X was singled out as a
strength" credit what they name; "criticised", "slammed" and "found failings in" fault it. The
record's findings carry their own polarity (a strength or a weakness), and a recommendation that
something improve faults it. A claim whose every finding on its topic is of the other polarity is
contradicted: the record never used the claim's word of judgement, but it says the opposite of it.
Agreeing in polarity is not saying the same thing, so agreement never supports a claim by itself: a
word that says only a polarity (`praised`, `criticised`) is read past, and the rest of the claim
must be supported by findings of that polarity that name what it judges (`without_judgement`,
`judged_alike`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from trafford_timeline.claims.index import ClaimIndex, Document, own_text, weight
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import GRADE_PREFIX, Reading, read_text
from trafford_timeline.claims.verdicts import ClaimCheck, cite, unique
from trafford_timeline.record.model import FindingFact, RecommendationFact

PRAISE, FAULT = "strength", "weakness"
"""A judgement's polarity, named as the record names a finding's."""

_DEGREE = r"(?:(?:any|real|major|serious|significant|particular|great|big|clear|notable|key|genuine)\s+)?"
_TROUBLE = (
    r"(?:problems?|concerns?|issues?|faults?|criticisms?|failings?|shortcomings?|complaints?|"
    r"weaknesses|flaws)"
)
_ABOUT = r"(?:with|about|over|in|around|regarding|at)"
_JUDGEMENTS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (
        PRAISE,
        re.compile(
            r"\b(?:prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?|hail(?:s|ed|ing)?|laud(?:s|ed|ing)?|"
            r"applaud(?:s|ed|ing)?|acclaim(?:s|ed|ing)?|compliment(?:s|ed|ing)?|credit(?:s|ed|ing)?|"
            r"celebrat(?:e|es|ed|ing)|sp(?:oke|eaks?|eaking) highly of)\b"
        ),
        True,
    ),
    (
        PRAISE,
        re.compile(
            rf"\b(?:(?:no|nothing)\s+{_DEGREE}{_TROUBLE}|nothing\s+wrong|"
            rf"(?:did not|didn't|did n't)\s+(?:find|raise|have|identify|see|flag|report)\s+any\s+"
            rf"{_DEGREE}{_TROUBLE})"
            rf"\s+{_ABOUT}\b"
        ),
        False,
    ),
    (
        PRAISE,
        re.compile(
            r"\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:impressed|pleased|satisfied|happy|positive|complimentary)"
            r"\s+(?:by|with|about)\b"
        ),
        True,
    ),
    (
        PRAISE,
        re.compile(
            r"\b(?:said|says|say|saying|made|makes|make|had|has|have|found|finds|find)\s+"
            r"(?:anything|something|some|a few|several|many)\s+(?:\w+ly\s+)?(?:positive|favourable|good)"
            r"(?:\s+(?:things?|comments?|remarks?|points?))?\s+(?:about|of|on|regarding)\b"
        ),
        True,
    ),
    (
        FAULT,
        re.compile(
            r"\b(?:criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|fault(?:s|ed|ing)|"
            r"censur(?:e|es|ed|ing)|castigat(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|slam(?:s|med|ming)?|"
            r"blast(?:s|ed|ing)?|lambast(?:s|es|ed|ing)?|savag(?:e|es|ed|ing)|hit(?:s|ting)? out at|"
            r"t(?:ore|ears|earing) into|found fault with|finds fault with)\b"
        ),
        True,
    ),
    (
        FAULT,
        re.compile(
            rf"\b(?:found|finds|identified|identifies|highlighted|highlights|exposed|exposes|uncovered|"
            rf"flagged|flags|raised|raises|noted|notes|saw|sees|expressed)\s+{_DEGREE}{_TROUBLE}\s+{_ABOUT}\b"
        ),
        True,
    ),
    (
        FAULT,
        re.compile(
            r"\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:critical of|concerned (?:about|by|with|over|at)|"
            r"worried (?:about|by)|unhappy (?:with|about)|dissatisfied with|scathing (?:about|of))"
        ),
        True,
    ),
)
"""Verbs and phrases of judgement, each with its polarity and whether it says only that; what they
judge follows them."""
_RECEIVED = (
    r"(?:won|wins|drew|draws|earned|earns|attracted|attracts|received|receives|got|gets|gained|gains|"
    r"came in for|comes in for|singled out for)\s+(?:\w+\s+){0,2}?"
)
_JUDGED_FIRST: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (PRAISE, re.compile(rf"\b{_RECEIVED}(?:praise|plaudits|compliments)\b"), True),
    (FAULT, re.compile(rf"\b{_RECEIVED}(?:criticism|censure|condemnation|complaints)\b"), True),
    (
        PRAISE,
        re.compile(
            r"\b(?:escaped|escapes|escaping|avoided|avoids|(?:was|were) spared)\s+(?:any\s+)?"
            r"(?:criticism|censure|condemnation|blame)\b"
        ),
        False,
    ),
)
"""Judgements said of what they judge, which comes first ("the MARAT drew praise from inspectors")."""

_NAMED_AS = re.compile(
    r"\b(?:(?:as\s+)?(?:a|an|one of (?:the|its|their)(?:\s+\w+)?)\s+(?:(?:real|key|particular|clear|notable|"
    r"major|genuine|great|big|serious|significant)\s+)?(?P<noun>strengths?|weakness(?:es)?)|"
    r"for\s+(?:(?:special|particular|high|strong|sharp|severe|heavy)\s+)?(?P<judgement>praise|criticism)|"
    r"(?P<approval>a clean bill of health|(?:the|a)\s+thumbs[- ]up|top marks|"
    r"a glowing (?:report|review|verdict)))\b"
)
"""A thing named a strength or a weakness ("singled out the MARAT as a strength", "X was a weakness",
"singled out the MARAT for praise", "gave the MARAT a clean bill of health")."""
_JUDGING_VERBS = (
    r"(?:rated|rates|named|names|identified|identifies|singled out|singles out|picked out|described|"
    r"describes|saw|sees|counted|counts|listed|lists|highlighted|highlights|cited|cites|called|calls|considered|"
    r"considers|judged|judges|found|finds|recognised|recognises|recognized|deemed|regarded|viewed|labelled|"
    r"labeled|seen|gave|gives|given|handed|awarded)"
)
_JUDGING_VERB = re.compile(rf"^(?P<judge>.*?)\b{_JUDGING_VERBS}\s+(?P<object>.+)$")
_NAMED_PASSIVE = re.compile(
    rf"\b(?:(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?(?:{_JUDGING_VERBS}\s+)?|"
    r"(?:got|gets|get|getting|received|receives|won|wins|earned|earns|gained|gains)\s+)$"
)
"""The judged thing, then the judgement as given it ("X was singled out as a weakness") or as it
received it ("X got a clean bill of health")."""
_FOR_REASON = re.compile(r"^\s*for\s+(?P<reason>[^,;:.]+)")
"""The reason after a judgement received: "a clean bill of health for timeliness"."""
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being|gets|got|get)\s+(?:\w+ly\s+)?$")
_OPENING = re.compile(r"^\s*(?:for|of|about|on|with|to)\s+")
_AGENT = re.compile(r"^\s*(?:by|from)\s+(?P<agent>[^,;:.]+?)(?=\s+(?:for|as|over|on)\b|[,;:.]|$)")
_JUDGE_EXTRA = re.compile(
    r"\b(?:said|says|found|finds|concluded|concludes|noted|notes|reported|reports|that|full of|nothing but|"
    r"high|warm|much|special|particular|raised|raises|had|has|have|saw|sees|identified|identifies|flagged|"
    r"flags|expressed|expresses|voiced|voices)\b"
)
_NEGATED = re.compile(r"\b(?:not|never|no|nor|hardly|n't)\b|n't\b")
_CLAUSE_END = re.compile(
    r"[,;:.!?()\"]|\s[-–—]\s|\b(?:but|while|whereas|yet|although|though|despite|however|even as)\b|"
    r"\band\s+(?:found|finds|said|says|judged|rated|warned|warns|noted|notes|concluded|criticised|praised)\b"
)
_REASON = re.compile(
    r"\b(?:for|as|over|on|in|with|after|because|about|since|which|who|whose|that|by|of how|to)\b"
)
"""Where what is judged ends and the reason for judging it begins ("praised the MARAT for ...")."""
_OFSTED = "concept:ofsted"
_NAMES_OFSTED = re.compile(r"\b(?:ofsted|inspectors?|inspection)\b")
_JUDGES = frozenset({_OFSTED, "inspect", "concept:report"})
"""The terms of Ofsted, its inspectors, its inspection and its report: whose judgement findings are
(the DfE's or the Education Secretary's praise is not)."""
_EARLIER = re.compile(
    r"\b(?:once|previously|formerly|earlier|in the past|used to|last time|(?:previous|last|earlier|former|"
    r"prior|first) (?:inspection|report|visit))\b"
)
"""Words that place a judgement at an earlier inspection than the one the findings are from."""
_GOOD = GRADE_PREFIX + "good"
_RATING_GRADES = frozenset({"outstanding", "requires_improvement", "inadequate"})
"""Grades that only a rating gives; `good` is an ordinary word of praise as well."""
TOPIC_COVERAGE = 0.6
"""The share of the judged thing's weight (with the reason given) a finding must carry to be about it."""
PROBE_LIMIT = 200
"""At most this many items holding every word of the judged thing are weighed."""


@dataclass(frozen=True)
class Appraisal:
    """A judgement a claim reports: its polarity, what is judged, and the reason given."""

    polarity: str
    judged: str
    reason: str
    span: tuple[int, int] = (0, 0)
    """Where the words of judgement are in the claim (`praised`, `found no problems with`)."""
    restates: bool = False
    """Whether the judgement says no more than a finding's polarity does (`praised`, `criticised`), as
    against more (`found no problems with`, `escaped criticism`: none at all)."""


def judging_verb(folded: str) -> tuple[str, str] | None:
    """The polarity and the word of a verb that says only that a thing was praised or faulted ("which
    service was praised for ..."): a finding of that polarity states the judgement without the word."""
    for polarity, pattern, only in _JUDGEMENTS:
        if only and (found := pattern.search(folded)) is not None and " " not in found[0]:
            return polarity, found[0]
    return None


def judged_otherwise(folded: str, item: object) -> bool:
    """Whether the question judges a thing (`judging_verb`) and the item is a finding of the other
    polarity: what works well is never what was criticised, whatever else the two share."""
    judged = judging_verb(folded)
    return judged is not None and isinstance(item, FindingFact) and item.polarity != judged[0]


def read_appraisal(folded: str, index: ClaimIndex) -> Appraisal | None:
    """The judgement Ofsted, its inspectors or its report pass in a claim, if it reports one.

    The judge must be one of them (or left unsaid, in a passive: "the MARAT was praised"), and not
    denied ("Ofsted did not criticise"): a person's praise is a statement, not a finding.
    """
    named = _NAMED_AS.search(folded)
    if named is not None and (found := _named_as(named, folded, index)) is not None:
        return replace(found, span=named.span())
    for polarity, pattern, restates in _JUDGED_FIRST:
        match = pattern.search(folded)
        if match is not None:
            found = _judged_first(polarity, folded[: match.start()], folded[match.end() :], index)
            return replace(found, span=match.span(), restates=restates) if found is not None else None
    for polarity, pattern, restates in _JUDGEMENTS:
        match = pattern.search(folded)
        if match is None:
            continue
        before, after = folded[: match.start()], folded[match.end() :]
        passive = _PASSIVE.search(before)
        if passive is not None:
            found = _judged_first(polarity, before[: passive.start()], after, index)
        elif by_the_judges(before, index):
            judged, reason = _split_reason(_OPENING.sub("", _clause(after)))
            found = Appraisal(polarity, judged, reason)
        else:
            return None
        return replace(found, span=match.span(), restates=restates) if found is not None else None
    return None


def _judged_first(polarity: str, before: str, after: str, index: ClaimIndex) -> Appraisal | None:
    """What is judged comes before the judgement; who judged, if said, after it (`by`, `from`)."""
    agent = _AGENT.match(after)
    if agent is not None and not by_the_judges(agent["agent"], index):
        return None  # "praised by the chief executive": someone's words, not a finding
    return _appraisal(polarity, before, after[agent.end() :] if agent is not None else after)


def _named_as(match: re.Match[str], folded: str, index: ClaimIndex) -> Appraisal | None:
    """ "Inspectors rated the MARAT a strength of the front door", "X was one of its weaknesses"."""
    praised = (match["noun"] or "").startswith("strength") or match["judgement"] == "praise"
    polarity = PRAISE if praised or match["approval"] else FAULT
    before = folded[: match.start()].rstrip() + " "  # "of the front door" after it says where, not what
    passive = _NAMED_PASSIVE.search(before)
    if passive is not None:  # "care plans were singled out as a weakness (by inspectors)"
        after = folded[match.end() :]
        agent = _AGENT.match(after)
        if agent is not None and not by_the_judges(agent["agent"], index):
            return None
        reason = _FOR_REASON.match(after[agent.end() :] if agent is not None else after)
        return _appraisal(polarity, before[: passive.start()], reason["reason"] if reason else "")
    judging = _JUDGING_VERB.match(before.rstrip())
    if judging is None or not by_the_judges(judging["judge"], index):
        return None
    return Appraisal(polarity, _clause(judging["object"]), "")


def _appraisal(polarity: str, subject: str, reason: str) -> Appraisal | None:
    """A judgement whose subject is what is judged ("the virtual school was praised for ...")."""
    if _NEGATED.search(subject):
        return None  # "the MARAT was never praised", read elsewhere
    subject = _CLAUSE_END.split(subject)[-1]
    return Appraisal(polarity, subject, _clause(reason))


def _clause(text: str) -> str:
    end = _CLAUSE_END.search(text)
    return text[: end.start()] if end is not None else text


def _split_reason(text: str) -> tuple[str, str]:
    cut = _REASON.search(text)
    return (text[: cut.start()], text[cut.end() :]) if cut is not None else (text, "")


def by_the_judges(text: str, index: ClaimIndex) -> bool:
    """Whether `text` names only Ofsted, its inspectors or its report as who judged, undenied."""
    if _NEGATED.search(text):
        return False
    terms = set(read_text(_JUDGE_EXTRA.sub(" ", text), index.glossary, index.vocabulary).terms)
    if terms & index.glossary.implied and _OFSTED not in terms and not _NAMES_OFSTED.search(text):
        return False  # "the council's own report": its self-assessment, not Ofsted's
    terms -= index.glossary.implied
    return bool(terms) and terms <= _JUDGES


def _polarity(document: Document) -> str | None:
    item = document.item
    if isinstance(item, FindingFact):
        return item.polarity
    return FAULT if isinstance(item, RecommendationFact) else None  # what should improve is faulted


def _read(text: str, index: ClaimIndex) -> Reading:
    return read_text(text, index.glossary, index.vocabulary, correct=True)


def _terms(reading: Reading, index: ClaimIndex) -> set[str]:
    """What a part of the claim is about: not the council every item is about, nor who judged."""
    return set(reading.terms) - index.glossary.implied - _JUDGES


def _dated_alike(claim: Reading, document: Document) -> bool:
    """Every date the claim gives falls in a year of the item's: a judgement of 2015 is not 2019's."""
    years = {year for span in document.dates for year in range(span.first.year, span.last.year + 1)}
    return all(
        mention.span is not None and years & set(range(mention.span.first.year, mention.span.last.year + 1))
        for mention in claim.dates
    )


def _judged(
    appraisal: Appraisal, index: ClaimIndex, *, strict: bool = True
) -> tuple[frozenset[str], frozenset[str]] | None:
    """The terms of what is judged, and of it with the reason given; None where it cannot be told.
    Not `strict`, for a claim the rest of whose words are supported: a denial or a grade in it was
    compared already, and what is judged is the rest."""
    judged, said = _read(appraisal.judged, index), _read(appraisal.reason, index)
    if strict and (judged.negations or said.negations):
        return None  # "criticised for not acting": what is judged is an absence, read elsewhere
    known = index.vocabulary.stems
    # the reason given picks out which finding is meant; a word of it the record never uses, or a
    # word of praise (`good`), says nothing of which
    reason = {term for term in _terms(said, index) if ":" in term or term in known} - {_GOOD}
    # "praised how well it listens": `well` is a word of praise, not what is praised; "criticised
    # Trafford for X": the council is what every item is about, so X is what is judged
    terms = (_terms(judged, index) - {_GOOD}) or reason
    if not strict:
        terms = {term for term in terms if not term.startswith(GRADE_PREFIX)} - set().union(*judged.negations)
    if not terms or any(term.startswith(GRADE_PREFIX) for term in terms):
        return None
    return frozenset(terms), frozenset(terms | reason)


_CONCEDED = re.compile(r"\b(?:despite|in spite of|although|though|notwithstanding)\b[^,;.]*")
"""A concession inside a finding says the other polarity of what it names ("despite appropriate
governance, leaders do not ..."): a weakness is not a fault of the governance it concedes."""


def _conceded(document: Document, judged: frozenset[str], index: ClaimIndex) -> bool:
    """Whether the item's own text names some of what is judged only inside a concession it makes."""
    own = fold(own_text(document.item))
    named = judged & set(_read(own, index).terms)
    return bool(named - set(_read(_CONCEDED.sub(" ", own), index).terms))


def check_appraisal(text: str, folded: str, claim: Reading, index: ClaimIndex) -> ClaimCheck | None:
    """Contradicted, where the claim credits what every finding on it faults, or faults what every
    finding on it credits; None otherwise."""
    if any(person.name <= set(claim.terms) for person in index.people) or claim.quantities:
        return None  # someone's words, not a finding; a figure is compared as a figure
    if {grade for grade in claim.grades if grade in _RATING_GRADES}:
        return None  # "hailed as outstanding" is a rating, which the rating checks read
    if _EARLIER.search(folded):
        return None  # "Ofsted once praised the MARAT": another inspection's judgement than the findings'
    appraisal = read_appraisal(folded, index)
    read = _judged(appraisal, index) if appraisal is not None else None
    if appraisal is None or read is None:
        return None
    judged, topic = read
    numbers = set.intersection(*(set(index.postings.get(term, ())) for term in judged))
    weights = {term: weight(index, term) for term in topic}
    total = sum(weights.values()) or 1.0
    about: list[tuple[float, str, Document]] = []
    for document in index.documents_at(sorted(numbers)[:PROBE_LIMIT]):
        polarity = _polarity(document)
        if polarity is None or not judged <= document.bag or not _dated_alike(claim, document):
            continue
        share = sum(w for term, w in weights.items() if term in document.bag) / total
        if share >= TOPIC_COVERAGE:
            about.append((share, polarity, document))
    if not about or any(
        polarity == appraisal.polarity or _conceded(document, judged, index)
        for _, polarity, document in about
    ):
        return None
    about.sort(key=lambda found: (-found[0], len(found[2].bag)))  # the closest, then the plainest
    best = about[0][2]
    credits = "credits" if appraisal.polarity == PRAISE else "faults"
    finds = "a weakness" if appraisal.polarity == PRAISE else "a strength"
    reason = (
        f"the claim {credits} what the record finds {finds}: {own_text(best.item)!r} [{best.item.id}]"
        f"; no finding on it says otherwise"
    )
    evidence = [
        cite(document.item.id, citation, round(share, 3))
        for share, _, document in about[:2]
        for citation in document.item.citations[:1]
    ]
    return ClaimCheck(text, "contradicted", reason, unique(evidence))


def without_judgement(text: str, index: ClaimIndex) -> tuple[str, Appraisal] | None:
    """The claim without a word of judgement that says no more than a finding's polarity ("Ofsted
    criticised the thematic audits" as "Ofsted the thematic audits"), and the judgement; None where
    it has no such word."""
    folded = fold(text)
    appraisal = read_appraisal(folded, index)
    if appraisal is None or not appraisal.restates:
        return None
    start, end = appraisal.span
    written = text if len(text) == len(folded) else folded  # cut where the words are
    return f"{written[:start].rstrip()} {written[end:].lstrip()}", appraisal


def judged_alike(appraisal: Appraisal, check: ClaimCheck, index: ClaimIndex) -> bool:
    """Whether the findings that support a claim read without its word of judgement are all of that
    judgement's polarity, and name what it judges outside a concession: "criticised" is said by a
    weakness, never by a strength, nor by a weakness that concedes the thing was good."""
    read = _judged(appraisal, index, strict=False)
    items = [index.document_of(e.id) for e in check.evidence if e.id in index.numbers]
    found = [(_polarity(document), document) for document in items]
    return (
        read is not None
        and bool(found)
        and found[0][0] is not None
        and all(p is None or (p == appraisal.polarity and not _conceded(d, read[0], index)) for p, d in found)
    )
