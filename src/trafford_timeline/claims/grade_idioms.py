"""A grade given in an idiom: kept as a crown or a title, escaped, or stopped short of.

"the service holds on to its 'outstanding' crown" keeps a rating under another noun; "leadership
escaped an inadequate grade" and "inspectors stopped short of calling leadership inadequate" deny a
grade, often beside the grade that was given instead (", being judged as requiring improvement").
Each is read as the plain rating statements it makes, checked part by part, so the claim meets the
rating facts rather than "nothing rates 'crown'"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.rating_parts import (
    YEAR,
    CheckOne,
    combined_parts,
    split_rating,
    split_statements,
)
from trafford_timeline.claims.reading import AREA_PREFIX, GRADE_PREFIX, read_text
from trafford_timeline.claims.verdicts import ClaimCheck, Evidence, cite, not_found, unique

_TOKEN_NOUN = re.compile(
    r"(?P<before>\S+)\s+(?P<noun>crown|title|status|badge|label|tag|mantle)s?\b", re.IGNORECASE
)
"""`its 'outstanding' crown`: a noun standing for the rating when a grade word comes right before it."""


def is_grade(words: str, index: ClaimIndex) -> bool:
    """Whether every term `words` read as, quotation marks aside, is a grade."""
    terms = read_text(words.strip("'‘’\"“”"), index.glossary, index.vocabulary).terms
    return bool(terms) and all(term.startswith(GRADE_PREFIX) for term in terms)


_CAME_OUT = re.compile(
    r"\b(?:came|come|comes|coming|ended|ends|end)\s+(?:out|up)\s+(?:as\s+)?(?P<after>['‘\"“]?[\w'’ -]{3,30})",
    re.IGNORECASE,
)
"""`every area came out inadequate`, `ended up as 'requires improvement'`: a grade as an outcome."""


def with_rating_words(text: str, index: ClaimIndex) -> str:
    """The claim with a grade's stand-in noun (`crown`, `title`, `status`) read as `rating`, and a
    grade as an outcome (`came out inadequate`) read as `was rated inadequate`."""

    def plain(found: re.Match[str]) -> str:
        before = found["before"]
        return f"{before} rating" if is_grade(before, index) else found[0]

    def rated(found: re.Match[str]) -> str:
        words = found["after"].split()
        graded = any(is_grade(" ".join(words[:n]), index) for n in (1, 2))
        return f"was rated {found['after']}" if graded else found[0]

    return _CAME_OUT.sub(rated, _TOKEN_NOUN.sub(plain, text))


_RATING_NOUN = r"(?:grade|rating|verdict|judge?ment|label)"
_ESCAPED = re.compile(
    r"\b(?P<verb>(?:escap|avoid|dodg|evad)(?:e|es|ed|ing)|(?:was|were|been|being)\s+spared)\s+"
    rf"(?:an?|the)\s+(?P<grade>[^,;]{{2,40}}?)\s+{_RATING_NOUN}s?\b",
    re.IGNORECASE,
)
"""`escaped an inadequate grade`, `was spared the 'inadequate' label`: a grade denied to the subject."""
_STOPPED_SHORT = re.compile(
    r"\b(?:stop(?:s|ped|ping)?|fell|falls|fall(?:ing)?)\s+short\s+of\s+"
    r"(?:calling|rating|judging|grading|branding|labelling|labeling|deeming|declaring)\s+(?P<said>[^,;]+)",
    re.IGNORECASE,
)
"""`stopped short of calling Trafford's leadership inadequate`: a grade denied to what is named."""
_SUBJECT = re.compile(
    r"^(?P<subject>.+?)\s+(?=(?:was|were|is|are|has|have|had|did|managed|narrowly|just|barely|"
    r"(?:escap|avoid|dodg|evad)(?:e|es|ed|ing))\b)",
    re.IGNORECASE,
)
_BARE = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "did", "managed", "to", "narrowly", "just", "barely"}
)
"""Words between a subject and its idiom that add nothing to it; any other ("the only area to") is a
claim of its own the statements do not carry."""
_GIVEN_INSTEAD = re.compile(
    r"^\s*,\s+(?:and\s+)?(?:(?:being|was|were)\s+)?(?:(?:rated|judged|graded|deemed|rating\s+it|judging\s+it|"
    r"grading\s+it)\s+)(?:as\s+)?(?P<grade>[^,;.!]+?)\s*[.!]?$",
    re.IGNORECASE,
)
"""`, being judged as requiring improvement`: the grade given instead, said of the same thing."""


def _denied(text: str, index: ClaimIndex) -> tuple[str, str, str, int] | None:
    """What a grade is denied to, the grade, the words the idiom leaves unread, and where it ends."""
    if (stopped := _STOPPED_SHORT.search(text)) is not None:
        words = stopped["said"].split()
        for at in range(1, len(words)):
            if is_grade(" ".join(words[at:]), index):
                said, who = " ".join(words[:at]), text[: stopped.start()]
                context = index.glossary.rating_context | index.glossary.implied
                said_by = set(read_text(who, index.glossary, index.vocabulary).terms) <= context
                return said, " ".join(words[at:]), YEAR.sub("", who) * (not said_by), stopped.end()
        return None
    escaped = _ESCAPED.search(text)
    if escaped is None or not is_grade(escaped["grade"], index):
        return None
    subject = _SUBJECT.match(text[: escaped.start()] + " " + escaped["verb"])
    if subject is None:
        return None
    said = subject["subject"]
    unread = text[len(said) : escaped.start()]
    return said, escaped["grade"], unread, escaped.end()


def check_denied_grade(text: str, index: ClaimIndex, check_one: CheckOne) -> ClaimCheck | None:
    """A grade escaped or stopped short of, as `X was not rated G`, beside the grade given instead;
    None where the claim has no such idiom. Words the idiom's statements leave out ("the one area
    to") keep the claim from being supported, though a part the record contradicts still decides."""
    denied = _denied(text, index)
    if denied is None:
        return None
    said, grade, unread, end = denied
    when, _, after = text[end:].partition(",")  # "in 2019, being judged as ...": the year is both grades'
    when = when.rstrip(" .!")
    said = said.strip()
    said = f"{said[:1].upper()}{said[1:]}"
    if not YEAR.search(f"{grade} {when}") and len(years := set(YEAR.findall(text))) == 1:
        when = f"{when} in {years.pop()}"  # "in 2019 inspectors stopped short of ...": both grades' year
    statements = [f"{said} was not rated {grade.strip()}{when}"]
    if after and (instead := _GIVEN_INSTEAD.match(f", {after}")) is not None:
        statements.append(f"{said} was rated {instead['grade'].strip()}{when}")
        after = ""
    leftover = any(word.casefold() not in _BARE for word in re.findall(r"[^\W\d]+", unread)) or any(
        term not in index.glossary.rating_context and term not in index.glossary.implied
        for term in read_text(after, index.glossary, index.vocabulary).terms
    )
    combined = combined_parts(text, [check_one(statement, index) for statement in statements])
    if combined.verdict == "supported" and leftover:
        reason = f"{combined.explanation}; but the record does not say the rest of the claim"
        return not_found(text, reason, combined.evidence)
    return combined


_RANKED = re.compile(
    r"\b(?:the\s+)?(?P<rank>first|only|last|sole)\s+(?P<among>(?:[\w'’-]+\s+){0,4}?)to\s+"
    r"(?:(?:have|get|see)\s+(?P<object>(?:its|their|the)\s+[^,;.?!]{2,50}?)\s+|be\s+|have\s+been\s+)?"
    r"(?:rated|judged|graded|given|awarded|win|won|get|got|receive|received|earn|earned|achieve|gain)\s+"
    r"(?:an?\s+|the\s+)?(?P<said>[^,;.?!]+)",
    re.IGNORECASE,
)
"""`the first council to be rated 'inadequate' for care leavers`, `first in the country to have its care
leavers service judged outstanding`: a grade given as a rank among councils."""
_LEAD_END = re.compile(r"(?:[\s,:;–—-]|\b(?:the|a|an|was|is|were|became|becomes)\b)+$", re.IGNORECASE)
_AMONG_PARTS = re.compile(
    r"\b(?:areas?|judge?ments?|ratings?|grades?|parts?|services?|aspects?)\b", re.IGNORECASE
)
"""`the only area to be rated good`: a count of the council's own ratings, which the ratings answer."""


def check_ranked_grade(text: str, index: ClaimIndex, check_one: CheckOne) -> ClaimCheck | None:
    """A grade given as a rank (`first in the country to be rated inadequate for care leavers`),
    contradicted where the record gives that subject another grade: no rank makes a wrong grade right.
    A right grade is supported only where a quote gives the rank itself with that grade and area,
    since the record's ratings cannot say who was first; None for a rank among the council's own
    judgements, or where the grade is not contradicted and the claim says more than the rank."""
    ranked = _RANKED.search(text)
    if ranked is None:
        return None
    lead = _LEAD_END.sub("", text[: ranked.start()])
    if not lead:
        return None
    said = ranked["said"].strip(" .!")
    if ranked["object"]:
        said = f"{said} for {ranked['object']}"  # "to have its care leavers service judged outstanding"
    statement = f"{lead} was rated {said}"
    if not YEAR.search(statement) and len(years := set(YEAR.findall(text))) == 1:
        statement = f"{statement} in {years.pop()}"  # "..., in 2015": the rank's year
    rating = check_one(statement, index)
    if rating.verdict == "contradicted":
        reason = f"whatever its rank, the grade is not the record's: {rating.explanation}"
        return ClaimCheck(text, "contradicted", reason, rating.evidence, rating.related, rating.conflict)
    tail = set(re.findall(r"[^\W\d]+", text[ranked.end() :].casefold())) - {"in", "back", "of"}
    if _AMONG_PARTS.search(ranked["among"]) or tail:
        return None  # "the only area to ...", or more said after the rank than its year
    if rating.verdict != "supported":
        return None  # "first ... in 2017": a year with no rating, which other items' dates may settle
    quoted = _rank_quoted(ranked["rank"], statement, index)
    opposite = _OPPOSITE_RANK.get(ranked["rank"].lower())
    if quoted is None and opposite and (other := _rank_quoted(opposite, statement, index)) is not None:
        reason = (
            f"the record says it was {opposite}, not {ranked['rank'].lower()}: {other.quote!r} [{other.id}]"
        )
        return ClaimCheck(text, "contradicted", reason, unique([other, *rating.evidence]))
    if quoted is None:
        reason = f"{rating.explanation}; but no quote in the record says it was {ranked['rank'].lower()}"
        return not_found(text, reason, rating.evidence)
    reason = f"{rating.explanation}; {quoted.id} says it was {ranked['rank'].lower()}"
    return ClaimCheck(text, "supported", reason, unique([quoted, *rating.evidence]))


_OPPOSITE_RANK = {"first": "last", "last": "first"}
"""Ranks that cannot both hold of one council for one grade and area: the first to be rated outstanding
for care leavers was not the last."""


def _rank_said(rank: str) -> re.Pattern[str]:
    """The rank as a rank (`first to get`), not a word of another noun (`the last inspection`)."""
    return re.compile(rf"\b{re.escape(rank)}\s+(?:[\w'’-]+\s+){{0,4}}?to\b", re.IGNORECASE)


def _rank_quoted(rank: str, statement: str, index: ClaimIndex) -> Evidence | None:
    """The quote that says the rank, the grade and the area of the statement together, or None."""
    said = read_text(statement, index.glossary, index.vocabulary)
    ranks = set(read_text(rank, index.glossary, index.vocabulary).terms)
    wanted = (
        ranks | {GRADE_PREFIX + grade for grade in said.grades} | {AREA_PREFIX + area for area in said.areas}
    )
    if len(ranks) != 1 or not said.grades:
        return None
    for document in index.documents_at(list(index.postings.get(next(iter(ranks)), ()))):
        for terms, citation in zip(document.quote_terms, document.item.citations, strict=False):
            if not document.caption_only and wanted <= terms and _rank_said(rank).search(citation.quote):
                return cite(document.item.id, citation, 1.0)
    return None


_REPORT_NOUN = re.compile(
    r"\b(?:verdicts?|ratings?|judge?ments?|grades?|gradings?|reports?)\b", re.IGNORECASE
)
_OFSTED_BEFORE = re.compile(r"\s*\b(?:ofsted(?:['’]s)?)\s*$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*$")
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|this|that|these|those)|['’]s|s['’])(?:\s+(?!(?:an?|with)\b)[\w'’-]+){0,2}\s*$",
    re.IGNORECASE,
)
"""`the`, `its previous`, `Ofsted's` before a graded noun: a report named, where `a good rating` is a kind."""
PREVIOUS = re.compile(r"\b(?:previous|prior|preceding)\b")
"""`the previous inspection`, `its prior Ofsted rating`: the one rating before the latest, a single one;
a label it heads (`the previous 'good' judgement`) is checked as that rating."""
_YEAR_AFTER = re.compile(r"^\s+(?:in|of|from)\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


@dataclass(frozen=True)
class GradedLabel:
    """A grade used as the name of a report or verdict (`Ofsted's inadequate verdict`, `its 2015
    'good' judgement`): the grade's words, where they sit, and the year the label itself gives."""

    grade: str
    start: int
    end: int
    year: int | None
    year_at: tuple[int, int] = (0, 0)
    """Where the label's year is written, if it gives one."""


def graded_labels(text: str, index: ClaimIndex) -> list[GradedLabel]:
    """Every grade written right before a noun for a verdict or report, with the year written
    against it (`2015 'good' verdict`, `'good' judgement in 2015`) where there is one."""
    labels: list[GradedLabel] = []
    for noun in _REPORT_NOUN.finditer(text):
        head = text[: noun.start()].rstrip()
        if (ofsted := _OFSTED_BEFORE.search(head)) is not None:
            head = head[: ofsted.start()]  # "the 'good' Ofsted verdict"
        words = head.split()
        for count in range(min(5, len(words)), 0, -1):
            said = " ".join(words[-count:])
            if not (is_grade(said, index) and _worded(said.split()[0], index)):
                continue  # "after its 2015 'good'" is "'good'": the grade starts at a word of its own
            start = len(head) - len(said)
            before = _YEAR_BEFORE.search(text[:start].rstrip())
            if _DEFINITE_BEFORE.search(text[: before.start() if before else start]):
                after = _YEAR_AFTER.match(text[noun.end() :])
                shift = noun.end()
                at = (
                    before.span()
                    if before
                    else (shift + after.start(), shift + after.end())
                    if after
                    else (0, 0)
                )
                year = before or after
                labels.append(GradedLabel(said, start, len(head), int(year["year"]) if year else None, at))
            break
    return labels


def _worded(word: str, index: ClaimIndex) -> bool:
    return bool(read_text(word.strip("'‘’\"“”"), index.glossary, index.vocabulary).terms)


def labelled_year(text: str, index: ClaimIndex) -> int | None:
    """The year a claim's one graded label gives its grade, or None: in "the 2019 inspection came
    four years after the previous 'good' judgement in 2015", good is 2015's, not 2019's."""
    years = {label.year for label in graded_labels(text, index)}
    return years.pop() if len(years) == 1 else None


def check_graded_label(text: str, index: ClaimIndex, check_one: CheckOne) -> ClaimCheck | None:
    """A claim about a report that names it by its grade (`the day Ofsted's inadequate verdict was
    made public`): the grade is checked as the rating of the label's year (of the claim's one year,
    or of the rating that stands), and the rest without it. None where the claim says nothing but
    the rating, names an area, gives grades other than its label's, or has a shape the rating
    parts read (`Sara Todd on the inadequate rating: "..."`)."""
    if split_rating(text, index) is not None or len(split_statements(text)) > 1:
        return None
    labels = graded_labels(text, index)
    reading = read_text(text, index.glossary, index.vocabulary)
    if len(labels) != 1 or len(reading.grades) != 1 or reading.areas or not index.ratings:
        return None
    label = labels[0]
    cuts = sorted([(label.start, label.end), label.year_at])  # the grade and its year name the report
    rest = " ".join(f"{text[: cuts[0][0]]} {text[cuts[0][1] : cuts[1][0]]} {text[cuts[1][1] :]}".split())
    context = index.glossary.rating_context | index.glossary.implied
    said = read_text(rest, index.glossary, index.vocabulary)
    if said.grades or not [term for term in said.terms if term not in context]:
        return None
    years = {int(year) for year in YEAR.findall(text)}
    year = label.year or (years.pop() if len(years) == 1 else None)
    grade = label.grade.strip("'‘’\"“”")
    latest = max(y for y, _ in index.ratings)
    previous = "previous " if PREVIOUS.search(fold(text[: label.start])) else ""
    rating = check_one(f"The {previous}{grade} verdict in {year or latest}", index)
    if year is None and rating.verdict != "supported":  # a yearless label may be another year's
        reason = f"the claim gives no year, and the rating that stands is otherwise: {rating.explanation}"
        rating = not_found(rating.claim, reason, rating.evidence)
    remainder = check_one(rest, index)
    if remainder.verdict == "contradicted" and rating.verdict != "contradicted":
        return None  # the rest alone, without the report it named, is not what the claim says
    return combined_parts(text, [rating, remainder])
