"""A claim that names a grade but says more than a rating, checked as its rating and the rest.

"despite the inadequate verdict, inspectors found the teams settled" asserts a rating as the frame of a
finding; "peer support from Northshire, itself rated inadequate" gives another body's
grade in passing. Neither is a rating of a service the record lacks: each is split into the rating
and what remains, and each part is checked by the usual rules (every part supported supports the
claim, any part contradicted contradicts it, otherwise it is not found). A grade said of another
body is compared with what the record's items say of that body, never with the council's ratings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from trafford_timeline.claims.compare import candidates, evidence_of
from trafford_timeline.claims.grade_subject import with_area_carried
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.reading import GRADE_PREFIX, read_text
from trafford_timeline.claims.verdicts import ClaimCheck, not_found, unique
from trafford_timeline.ratings import GRADE_LABELS
from trafford_timeline.record.model import FindingFact

CheckOne = Callable[[str, ClaimIndex], ClaimCheck]

_RATING_NOUN = r"(?:verdict|rating|judge?ment|grade|grading)"
_FRAME = re.compile(
    r"^(?P<frame>(?:despite|even\s+in|even\s+with|in\s+spite\s+of|for\s+all|notwithstanding)\s+)"
    rf"(?P<rating>[^,;]{{3,60}}?(?:\b{_RATING_NOUN}s?|[\w'’]+[- ]rated\s+[^,;]{{1,30}}?))"
    r"\s*,\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""`despite the inadequate verdict, X`, `even in inadequate-rated Trafford, X`: a rating as the
frame of what the claim reports."""

_CONCEDED_GRADE = re.compile(
    r"^(?:despite|in\s+spite\s+of|for\s+all|notwithstanding)\s+(?P<rating>(?:the|its|their|these|those)\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+)?)\s*,\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""`despite the failings, X`, `for all its failures, X`: a concession whose few words may be nothing
but a grade, the rating that stands, as the frame of what the claim reports."""

_NAME = r"(?P<subject>[A-Z][\w'’-]*(?:\s+(?:(?:and|of|upon|on|under)\s+)?[A-Z][\w'’-]*)*)"
_BODY = r"(?:council|authority|local\s+authority|area)"
_ITSELF = re.compile(
    rf",\s+(?P<aside>(?:(?:a|an|another)\s+{_BODY}\s+)?(?:(?:that|which|who)\s+"
    r"(?:is|was|had\s+been|has\s+been)\s+)?itself\s+(?:rated|judged|graded|deemed)\s+"
    r"(?P<grade>[^,.;]+?))(?=\s*(?:[,.;]|$))"
)
"""`Northshire, a council itself rated inadequate`: the grade of the body named
before the aside."""
_WITH_RATING = re.compile(
    rf",\s+(?P<aside>(?:a|an|another)\s+{_BODY}\s+(?:with|holding|that\s+holds|that\s+has|"
    rf"which\s+has)\s+an?\s+(?P<grade>[\w'’ -]+?)\s+(?:ofsted\s+|Ofsted\s+)?{_RATING_NOUN})(?=\s*(?:[,.;]|$))"
)
"""`Northshire Council, an authority with a good Ofsted rating`."""
_CONNECTIVES = frozenset({"and", "of", "upon", "on", "under"})


def _name_before(head: str) -> str:
    """The capitalised name that ends `head` ("... from Northshire"), read word by
    word from its end, so a long run of capitals costs one pass."""
    words = head.split()
    taken: list[str] = []
    while words:
        word = words[-1]
        joins = word in _CONNECTIVES and taken and len(words) > 1 and words[-2][:1].isupper()
        if not (word[:1].isupper() or joins):
            break
        taken.insert(0, words.pop())
    return " ".join(taken)


_RATED_SUCH_AS = re.compile(
    rf"(?i:(?P<aside>(?P<article>a|an|another)\s+(?P<grade>[\w'’]+)[- ]rated)\s+(?P<body>{_BODY})"
    rf"(?:\s*,)?\s+(?:such\s+as|like|namely))\s+{_NAME}",
)
"""`a well-rated council such as Northshire`."""
_NAMED_AS = re.compile(
    rf"^{_NAME}(?:\s*,[^,;]+,)?\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:\w+\s+){{0,3}}?as\s+"
    r"(?:an?\s+example\s+of\s+)?"
    rf"(?P<aside>(?P<article>a|an|another)\s+(?P<grade>[\w'’]+)[- ]rated)\s+(?P<body>{_BODY})\b"
)
"""`Northshire was cited as a well-rated authority ...`."""

_TRAILING = re.compile(
    r"^(?P<subject>[^,;]+?)\s+(?P<verb>is|are|was|were|has\s+been|have\s+been)\s+(?P<said>[^,;]+?),\s+"
    r"(?P<aside>(?:and\s+)?(?:rated|judged|graded|deemed)\s+(?P<grade>[^,.;]+?))\s*[.!]?$",
    re.IGNORECASE,
)
"""`the service was a strength, judged good`: a grade given after what else is said of
the same subject."""

_RATED = r"(?:rated|judged|graded|deemed)"
_LEADING_RATED = re.compile(
    rf"^(?P<rating>(?:(?:having\s+been|after\s+being|once|since\s+being)\s+)?{_RATED}\s+[^,;]{{2,50}}?)"
    r"\s*,\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""`Rated inadequate in 2019, Trafford was issued ...`: a rating of the main clause's subject before it."""
_APPOSED_RATED = re.compile(
    rf"^(?P<subject>[^,;]{{2,60}}?),\s+(?P<aside>(?:(?:once|then|previously|formerly)\s+)?(?:{_RATED}\s+)?"
    r"[^,;]{2,40}?),\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""`Trafford, rated inadequate in 2019, received ...`, `leadership, outstanding in 2015, dropped ...`: a
grade set between a subject and its verb."""

_ON_RATING = re.compile(
    rf"^(?P<who>[^:\"“]+?)\s+on\s+(?P<rating>(?:the|its|their|this|that)\s+[^:\"“]{{0,40}}?{_RATING_NOUN}s?)\s*:\s*"
    r"(?P<said>\S.*)$",
    re.IGNORECASE,
)
"""`the chief executive on the rating: "..."`: who spoke, what about, and the words."""

_DEFINITE = re.compile(
    rf"^(?:the|its|this|that|their)\s+(?:[\w'’-]+\s+){{0,3}}?{_RATING_NOUN}s?\s*[.!]?$", re.IGNORECASE
)
"""`the poor verdict`: a rating mentioned, not asserted, and without a year it is the latest one."""


_STATEMENTS = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'‘“])|\s+[-–—]\s+")
"""Sentences, or statements set apart by a dash: "rated outstanding in 2015 - now only requires
improvement" is two statements, each checked alone."""
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|[\"“][^\"“”]*$")
"""A quotation, inside which a dash or a full stop is the speaker's, not a break between statements."""
_NOT_JUST = re.compile(r"\b(?:not|n['’]t)\s+(?:just|only|merely|simply)\b", re.IGNORECASE)
"""`did not just fall - it collapsed`: the first statement only leads up to the second."""
MAX_STATEMENTS = 4
_REPORTING = r"(?:said|says|found|finds|judged|noted|notes|reported|added|warned|concluded|described|called)"
_YET = re.compile(rf",?\s+yet\s+(?:also\s+)?(?={_REPORTING}\b)", re.IGNORECASE)
_REPORTER = re.compile(rf"^(?P<subject>(?:[\w'’.-]+\s+){{1,4}}?){_REPORTING}\b", re.IGNORECASE)
"""`inspectors found the plans clear, yet said ...`: a second report by the same body."""


_PARTICIPLE = r"(?:[a-z]+ed|held|made|done|seen|given|taken|written|begun|run)"
_DATED_FRAME = re.compile(
    rf"^(?P<frame>{_PARTICIPLE}\s+(?:on|in|from|between|during|by)\s+[^,;]+?)\s*,\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_FRAME_AND = re.compile(rf"\s+and\s+(?={_PARTICIPLE}\s+(?:on|in|from|between|during|by)\b)", re.IGNORECASE)
_CLAUSE_SUBJECT = re.compile(
    r"^(?P<subject>(?:[\w'’.-]+\s+){1,5}?)(?:[a-z]+ed|was|were|is|are|has|have|had|gave|got|made|found|said)\b"
)
"""`Inspected on 4-8 March and published on 8 May, Ofsted's report rated ...`: what the main
clause's subject underwent, and when, before what it did."""


def _dated_frame(text: str) -> list[str] | None:
    """The statements of a claim led by dated participles, each said of the main clause's subject."""
    found = _DATED_FRAME.match(text)
    if found is None or (subject := _CLAUSE_SUBJECT.match(found["rest"])) is None:
        return None
    said = [piece.strip() for piece in _FRAME_AND.split(found["frame"])]
    who = subject["subject"].strip()
    return [f"{who[:1].upper()}{who[1:]} was {piece[:1].lower()}{piece[1:]}" for piece in said] + [
        found["rest"]
    ]


def leads_with_dated_event(text: str) -> bool:
    """Whether the claim opens with dated participles (`inspected on 4-8 March, ...`): their
    dates are another event's, never the rating's, so the claim is checked statement by statement."""
    return _dated_frame(text) is not None


def sets_a_rating_apart(text: str) -> bool:
    """Whether the claim gives a grade in a clause of its own before the main verb (`Rated inadequate
    in 2019, Trafford ...`, `Trafford, rated inadequate in 2019, ...`): that grade and its year are
    the rating's, never the main clause's, so the claim is checked part by part."""
    return _LEADING_RATED.match(text) is not None or _APPOSED_RATED.match(text) is not None


def split_statements(text: str) -> list[str]:
    """The statements of a claim written as several sentences or dashed clauses, or as two reports
    of one body joined by `yet`; one for a claim that is a single statement."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    cuts = [m.span() for m in _STATEMENTS.finditer(text) if not any(a < m.start() < b for a, b in quoted)]
    bounds = [0, *(at for span in cuts for at in span), len(text)]
    pieces = [text[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    pieces = [piece for piece in pieces if piece.strip(" .!?")]
    if len(pieces) == 1 and (framed := _dated_frame(text)) is not None:
        pieces = framed
    elif len(pieces) == 1 and len(reports := _YET.split(text, maxsplit=1)) == 2:
        reporter = _REPORTER.match(reports[0])
        pieces = [reports[0], reporter["subject"] + reports[1]] if reporter is not None else pieces
    if not 2 <= len(pieces) <= MAX_STATEMENTS:
        return [text]
    return [piece for piece in pieces if not _NOT_JUST.search(piece)]


_END = r"(?:top|bottom|highest|lowest)"
_END_NAMED = re.compile(
    rf"\b{_END}\s+(?P<noun>(?:ofsted(?:['’]s)?\s+)?(?:grade|rating|judge?ment)|of\s+(?:the\s+)?"
    r"(?:ofsted(?:['’]s)?\s+)?scale)\b",
    re.IGNORECASE,
)
_END_ELIDED = re.compile(
    rf"\bthe\s+(?:very\s+)?(?P<end>{_END})(?:\s+one)?\b(?!\s+(?:of|grade|rating|judge?ment|ofsted)\b)",
    re.IGNORECASE,
)


def with_elided_grades(text: str) -> str:
    """`from the top Ofsted grade to the bottom one`, `from the very top of Ofsted's scale to the very
    bottom`: the second end of the scale named with the first one's noun, so both read as grades."""
    named = _END_NAMED.search(text)
    if named is None:
        return text
    head, tail = text[: named.end()], text[named.end() :]
    return head + _END_ELIDED.sub(lambda m: f"the {m['end']} {named['noun']}", tail)


@dataclass(frozen=True)
class RatingSplit:
    """A claim's rating as a statement of its own, and the claim without it."""

    rating: str
    rest: str
    subject: str = ""
    """The body the grade is said of, where it is not the one the record rates."""


def _sentence(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;")
    return text[:1].upper() + text[1:]


def _named(subject: str) -> bool:
    """Whether a subject is a body by its name, not a service by its kind."""
    return re.fullmatch(_NAME, subject) is not None


def _only_grades(words: str, index: ClaimIndex) -> bool:
    """Whether `words` (an aside) say a grade and nothing but a grade, its verb and its year."""
    reading = read_text(words, index.glossary, index.vocabulary)
    said = [term for term in reading.terms if term not in index.glossary.rating_context]
    return bool(said) and all(term.startswith(GRADE_PREFIX) for term in said)


def split_rating(text: str, index: ClaimIndex) -> RatingSplit | None:
    """The rating a claim mentions beside what else it says, or None where no such shape is found."""
    if (spoken := _ON_RATING.match(text)) is not None:
        return RatingSplit(spoken["rating"], f"{spoken['who']}: {spoken['said']}")
    if (frame := _FRAME.match(text)) is not None:
        return RatingSplit(frame["rating"], _sentence(frame["rest"]))
    if (leading := _LEADING_RATED.match(text)) is not None and (
        clause := _CLAUSE_SUBJECT.match(leading["rest"])
    ) is not None:
        who = clause["subject"].strip()
        rating = f"{who} was {re.sub(r'^.*?(?=' + _RATED + ')', '', leading['rating'], flags=re.IGNORECASE)}"
        return RatingSplit(_sentence(rating), _sentence(leading["rest"]), who * _named(who))
    if (apposed := _APPOSED_RATED.match(text)) is not None and _only_grades(apposed["aside"], index):
        who, between = apposed["subject"].strip(), apposed["aside"]
        verbed = re.match(rf"(?:\w+\s+)?{_RATED}\b", between, re.IGNORECASE)
        rating = between if verbed else f"rated {between}"
        rated = re.sub(r"^(?:once|then|previously|formerly)\s+", "", rating, flags=re.IGNORECASE)
        return RatingSplit(
            _sentence(f"{who} was {rated}"), _sentence(f"{who} {apposed['rest']}"), who * _named(who)
        )
    for pattern in (_ITSELF, _WITH_RATING):
        aside = pattern.search(text)
        if aside is not None and (subject := _name_before(text[: aside.start()])):
            rest = text[: aside.start()].rstrip(" ,") + text[aside.end("aside") :]
            return RatingSplit(f"{subject} was rated {aside['grade']}", _sentence(rest), subject)
    if (trailing := _TRAILING.match(text)) is not None:
        subject, verb = trailing["subject"], trailing["verb"]
        rest = f"{subject} {verb} {trailing['said']}"
        return RatingSplit(
            f"{subject} {verb} rated {trailing['grade']}", _sentence(rest), subject * _named(subject)
        )
    for pattern in (_RATED_SUCH_AS, _NAMED_AS):
        if (aside := pattern.search(text)) is not None:
            article = (
                "another"
                if aside["article"].casefold() == "another"
                else "an"
                if aside["body"][0] in "aeiou"
                else "a"
            )
            rest = text[: aside.start("aside")] + article + text[aside.end("aside") :]
            subject = aside["subject"]
            return RatingSplit(f"{subject} was rated {aside['grade']}", _sentence(rest), subject)
    return None


def latest_mention(text: str, index: ClaimIndex) -> str:
    """`the poor verdict`, said as the frame of a finding, read as the latest rating's year: a
    definite mention without a year points at the rating that stands."""
    if _DEFINITE.match(text.strip()) is None or YEAR.search(text) or not index.ratings:
        return text
    latest = max(year for year, _ in index.ratings)
    return f"{text.strip().rstrip('.!')} in {latest}"


def check_latest_mention(text: str, index: ClaimIndex, check_one: CheckOne) -> ClaimCheck | None:
    """A yearless definite mention (`the poor verdict`, a part of "stable, despite the poor
    verdict") supported by the rating that stands; None otherwise, to be read as any year's."""
    mention = latest_mention(text, index)
    if mention == text:
        return None
    latest = check_one(mention, index)
    return latest if latest.verdict == "supported" else None


def check_conceded_grade(text: str, index: ClaimIndex, check_one: CheckOne) -> ClaimCheck | None:
    """`despite the failings, morale is good`: a concession made of nothing but a grade word is the
    latest rating, checked beside the rest; None for any other shape, or a concession that says more
    (`despite the failings of its audits`), which is not a rating."""
    found = _CONCEDED_GRADE.match(text.strip())
    if found is None or not index.ratings:
        return None
    said = read_text(found["rating"], index.glossary, index.vocabulary)
    if len(said.grades) != 1 or any(not term.startswith(GRADE_PREFIX) for term in said.terms):
        return None
    latest = max(year for year, _ in index.ratings)
    rating = check_one(f"{found['rating']} in {latest}", index)
    if rating.verdict != "supported":  # a yearless grade may be another year's
        reason = f"the claim gives no year, and the rating that stands is otherwise: {rating.explanation}"
        rating = not_found(found["rating"], reason, rating.evidence)
    return combined_parts(text, [rating, check_one(_sentence(found["rest"]), index)])


def _rated_body(subject: str, index: ClaimIndex) -> bool:
    """Whether `subject` is the body the record's rating facts rate: all its words are theirs."""
    terms = set(read_text(subject, index.glossary, index.vocabulary).terms)
    rated = set().union(*(index.document_of(fact.id).bag for fact in index.ratings.values()))
    return bool(terms) and terms <= rated


def _another_body_grade(split: RatingSplit, index: ClaimIndex) -> ClaimCheck:
    """A grade said of another body, against the items that name that body and give it a grade:
    the record's own words of it ("an authority rated good, such as ...") decide."""
    claim = split.rating
    reading = read_text(claim, index.glossary, index.vocabulary, correct=True)
    named = set(read_text(split.subject, index.glossary, index.vocabulary).terms) - index.glossary.implied
    named = {term for term in named if ":" not in term} or named
    graded = [
        c
        for c in candidates(reading, index, claim)
        if named <= c.document.bag and c.document.grades and not c.document.caption_only
    ]
    if not graded or not reading.grades:
        return not_found(claim, f"the record gives no grade for {split.subject}")
    best = graded[0]
    grades = set(best.document.grades)
    negated = reading.negations_of({GRADE_PREFIX + grade for grade in reading.grades}) % 2 == 1
    said = ", ".join(GRADE_LABELS[grade] for grade in sorted(grades))
    claimed = ("not " if negated else "") + ", ".join(GRADE_LABELS[grade] for grade in reading.grades)
    agrees = all(grade in grades for grade in reading.grades) != negated
    evidence = unique(evidence_of(best, reading)[:2])
    if agrees:
        why = f"{best.document.item.id} gives {split.subject} the grade {said}"
        return ClaimCheck(claim, "supported", why, evidence)
    why = f"the claim says {claimed} of {split.subject}; the record says {said} [{best.document.item.id}]"
    return ClaimCheck(claim, "contradicted", why, evidence)


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
"""A year written out: `2019`."""


def _in_year_of(statement: str, checks: list[ClaimCheck], index: ClaimIndex) -> str:
    """The main clause after dated participles, in the year of the event they were found to date;
    unchanged where they were not found. A year the participles give is that year."""
    said = {int(year) for check in checks for year in YEAR.findall(check.claim)}
    if len(said) == 1:
        return f"{statement.rstrip(' .!')} in {said.pop()}"
    if not checks or any(check.verdict != "supported" or not check.evidence for check in checks):
        return statement
    dates = index.document_of(checks[-1].evidence[0].id).dates
    years = {span.first.year for span in dates} | {span.last.year for span in dates}
    return f"{statement.rstrip(' .!')} in {years.pop()}" if len(years) == 1 else statement


def blocked_elsewhere(general: ClaimCheck, index: ClaimIndex) -> bool:
    """Whether a rating claim the general check did not find is closest to a finding, whose
    quality its grade word gives ("the audits were judged poor and patchy"):
    the reason is then what that finding does not say, not that nothing rates the claim."""
    if general.verdict != "not_found" or not general.related:
        return False
    return isinstance(index.document_of(general.related[0].id).item, FindingFact)


def check_rating_parts(text: str, index: ClaimIndex, check_one: CheckOne) -> ClaimCheck | None:
    """The verdict on a claim made of a rating and something else, part by part; None where the
    claim has no such shape, so the caller answers as for a rating alone."""
    statements = split_statements(text)
    if len(statements) > 1:
        statements = with_area_carried(statements, index)  # "... care leavers ... – now just inadequate"
        checks = [check_one(statement, index) for statement in statements[:-1]]
        last = statements[-1]
        if leads_with_dated_event(text) and not YEAR.search(last):
            last = _in_year_of(last, checks, index)  # "published on 8 May, the report rated ...": that year
        return combined_parts(text, [*checks, check_one(last, index)])
    split = split_rating(text, index)
    if split is None or not split.rest or len(split.rest) >= len(text):
        return None
    if split.subject and not _rated_body(split.subject, index):
        rating = _another_body_grade(split, index)
    else:
        rating = check_one(mention := latest_mention(split.rating, index), index)
        if (
            mention != split.rating and rating.verdict != "supported"
        ):  # a yearless verdict may be another year's
            reason = f"the claim gives no year, and the rating that stands is otherwise: {rating.explanation}"
            rating = not_found(split.rating, reason, rating.evidence)
    return combined_parts(text, [rating, check_one(split.rest, index)])


def combined_parts(text: str, checks: list[ClaimCheck]) -> ClaimCheck:
    """Parts put together: any part contradicted (or disputed) decides, every part supported
    supports, and otherwise the claim is not found, for the first part that is not."""
    for wanted in ("contradicted", "disputed"):
        for number, check in enumerate(checks, start=1):
            if check.verdict == wanted:
                explanation = f"part {number}: {check.explanation}"
                return ClaimCheck(text, check.verdict, explanation, check.evidence, conflict=check.conflict)
    if all(check.verdict == "supported" for check in checks):
        explanation = "; ".join(f"part {n}: {c.explanation}" for n, c in enumerate(checks, start=1))
        evidence = unique(e for check in checks for e in check.evidence[:2])
        notes = [check.conflict for check in checks if check.conflict is not None]
        return ClaimCheck(text, "supported", explanation, evidence, conflict=next(iter(notes), None))
    missing = next(check for check in checks if check.verdict != "supported")
    related = [e for check in checks for e in (*check.evidence[:1], *check.related[:1])]
    return not_found(text, missing.explanation, related)
