"""Claims about Ofsted grades: one grade in a year and area, or a change between two ratings.

"Rated good in 2015" is compared with the rating facts by year and area; "fell two grades between
2015 and 2019" and "downgraded from good to inadequate" are read as a change (direction, steps,
from and to) and compared with the two ratings it spans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from trafford_timeline.claims.compare import Comparison, evidence_of
from trafford_timeline.claims.glossary import RATED
from trafford_timeline.claims.grade_idioms import PREVIOUS, labelled_year
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import NUMBER_WORDS, fold, number_of
from trafford_timeline.claims.reading import GRADE_PREFIX, Reading, read_text
from trafford_timeline.claims.verdicts import ClaimCheck, Evidence, Verdict, not_found, unique
from trafford_timeline.ratings import GRADE_LABELS, MAPPING_OF
from trafford_timeline.record.model import RatingFact

ORDER = ("outstanding", "good", "requires_improvement", "inadequate")
"""Ofsted's grades from best to worst: a fall from good to inadequate is two steps."""
_DOWN = re.compile(
    r"\b(?:fell|fall|falls|fallen|falling|dropped|drop|drops|dropping|slipped|slips|slid|declined|"
    r"declines|went down|gone down|goes down|downgraded|downgrade|demoted|plunged|plummeted|sank|sunk|"
    r"tumbled|crashed|worsened|deteriorated|lost|collapsed|slumped|nosedived|"
    # the present tense of a headline ("services crash from good to inadequate")
    r"crash|crashes|plunge|plunges|plummet|plummets|sinks|tumble|tumbles|worsens|deteriorates|collapses|"
    r"slumps|nosedives|"
    # knocked down a grade, as the one who rates puts it
    r"knocks|knocked|knock)\b"
)
_UP = re.compile(
    r"\b(?:rose|rise|rises|risen|rising|climbed|climbs|improved|improves|went up|gone up|goes up|"
    r"upgraded|upgrade|recovered|jumped|gained|promoted)\b"
)
_STEPS = re.compile(
    r"\b(?:by\s+)?(?P<n>one|two|three|a|an|single|\d)\s+(?:whole\s+)?(?:grades?|steps?|notch(?:es)?|"
    r"levels?|places?|rungs?|categor(?:y|ies))\b"
)
_RATING_WORD = re.compile(r"\b(?:rat(?:ing|ings|ed)|grad(?:e|es|ed)|judge?ments?)\b")
_PRESENT = re.compile(
    r"\b(?:now|currently|current|latest|most recent|again|since|today|still|(?:has|have) (?:now )?been)\b"
)
_KEPT = re.compile(
    r"\b(?:kept|keeps|keep|keeping|retained|retains|retain|held on|holds on|hung on|clung on|maintained|"
    r"maintains)\b"
)
"""A grade kept is the grade of the last two inspections: "kept its outstanding leadership rating"."""
_KEPT_GRADE = re.compile(
    r"\b(?:kept|keeps|keep|keeping|retained|retains|retain|held|holds|hold|holding|maintained|maintains)"
    r"(?:\s+(?:on\s*to|onto|hold of))?\s+(?:its|their|the)\s+(?:(?:same|own|previous|earlier|former|"
    r"\d{4}|ofsted)\s+)*(?:grade|rating|judgement|judgment)s?\b"
)
"""A grade kept without naming it ("held its 2015 grade in 2019"): no change between two ratings."""
_GRADE_STAYED = re.compile(
    r"\b(?:grade|rating|judge?ment|verdict)s?\s+(?:(?:of|for|on)\s+(?:\w+'s?\s+)?\w+\s+)?"
    r"(?:(?:had|has|have|was|were|had been)\s+)?(?:stayed|stays|stay|remained|remains|remain)\s+"
    r"(?:the same|unchanged)\b"
)
"""A grade said to be unchanged without naming it ("the overall rating stayed the same between 2015
and 2019", "its leadership grade remained unchanged"): as a grade kept, no change between two
ratings, and so the two ratings the years name decide it, not the nearest item's words."""
_FROM = re.compile(r"\bfrom\s+(?:an?\s+|being\s+|its\s+)?(?:['\"]?)$")


@dataclass(frozen=True)
class GradeChange:
    """What a claim says changed between two ratings; None where it does not say."""

    direction: Literal["down", "up"] | None
    steps: int | None
    before: str | None
    after: str | None


def years_of(reading: Reading) -> list[int]:
    return sorted(
        {
            m.span.first.year
            for m in reading.dates
            if m.span is not None and m.span.first.year == m.span.last.year
        }
    )


YEARS_APART = "the claim gives no year, and its grades match ratings of different years"
"""Why a yearless claim of several grades is not found; its parts, checked one by one, would each
find a year of their own, so the claim is not split."""
_BOUNDED_YEAR = re.compile(
    r"\b(?P<word>before|prior to|ahead of|until|after|since|following)\s+(?:the\s+|its\s+|trafford'?s\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b"
)


def _bounded_years(folded: str, years: list[int], rating_years: list[int]) -> list[int]:
    """A year a claim bounds (`before the 2019 inspection`) is not the rating's year: the rating
    meant is the one on record on that side of it, where there is exactly one. After the last year
    rated, the rating that still stands is that year's own, never an earlier one."""
    for found in _BOUNDED_YEAR.finditer(folded):
        year = int(found["year"])
        before = found["word"] in {"before", "prior to", "ahead of", "until"}
        side = [y for y in rating_years if (y < year if before else y > year)]
        if not before and not side and year in rating_years:
            side = [year]  # "rated outstanding after the 2019 inspection": none later, so 2019's own
        years = [y for y in years if y != year] + (side if len(side) == 1 else [])
    return sorted(set(years))


_ONLY = re.compile(
    r"\b(?:only|just)\s+(?P<n>one|two|three|four|five|\d)\b(?!\s+(?:year|month|week|day)s?\b)"
    r"|\bthe\s+(?:one|only)\s+(?:area|judgement|judgment|rating|grade|part|service)\b"
)
"""`only one of the judgements was inadequate`, `the one area rated requires improvement`: how many
ratings of the year had that grade, which the record's ratings answer whole."""


_ALL = re.compile(
    r"\b(?:every|each|all)\s+(?:one\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+|ofsted's\s+|trafford's\s+)?"
    r"(?:(?:[\w'’-]+\s+)?(?:judgements?|judgments?|ratings?|grades?|areas?)|(?:services?|parts?|aspects?))\b"
    r"|\bacross the board\b"
)
"""`every one of Ofsted's judgements came back inadequate`, `each service Ofsted graded`: every rating
of the year had that grade."""


_BOUND = re.compile(
    r"\b(?:or\s+(?:better|above|higher|worse|below|lower)|at\s+(?:least|most))\b", re.IGNORECASE
)
"""`good or better`, `at least good`: a range of grades, which one grade for every area does not state."""


JUDGED_AREAS = frozenset({"overall", "leadership", "help_and_protection", "children_in_care", "care_leavers"})
"""The judgements every inspection gives: a count of them is known only where the record holds all."""


_SCALE = ("outstanding", "good", "requires improvement", "inadequate")
_RELATIVE_GRADE = re.compile(
    r"\b(?P<n>one|a|two|three|1|2|3)\s+(?:grade|step|notch|level|place|rung)s?\s+"
    r"(?P<dir>above|below|better than|worse than|higher than|lower than|up from|down from)\s+"
    r"(?:an?\s+|the\s+)?(?P<grade>outstanding|good|requires improvement|inadequate)\b",
    re.IGNORECASE,
)


def relative_grades(text: str) -> str:
    """`one grade above inadequate` written as the grade it names, `requires improvement`; a step
    off the scale is left as written."""

    def named(found: re.Match[str]) -> str:
        steps = {"one": 1, "a": 1, "two": 2, "three": 3}.get(found["n"].lower()) or int(found["n"])
        up = found["dir"].lower() in {"above", "better than", "higher than", "up from"}
        at = _SCALE.index(found["grade"].lower()) + (-steps if up else steps)
        return _SCALE[at] if 0 <= at < len(_SCALE) else found[0]

    return _ALTERNATIVE.sub("", _RELATIVE_GRADE.sub(named, text))


_ALTERNATIVE = re.compile(
    r",?\s+(?:rather than|instead of|and not|but not)\s+(?:an?\s+)?['\"‘“]?(?:outstanding|good|"
    r"requires? improvement(?: to be good)?|inadequate)['\"’”]?(?=[\s.,;:!?]|$)",
    re.IGNORECASE,
)
"""`requires improvement rather than inadequate`: one grade held, so the other is not; said only to
be clear, it is not a second grade to check."""


def _only_count(folded: str) -> int | None:
    found = _ONLY.search(folded)
    if found is None:
        return None
    word = found["n"]
    return 1 if word is None else number_of(word)


def _ratings_of(year: int, index: ClaimIndex) -> list[RatingFact]:
    """A year's ratings in the order of their areas' names."""
    return [fact for (y, _), fact in sorted(index.ratings.items()) if y == year]


def _check_only(
    claim: str, count: int, year: int, grade: str, reading: Reading, index: ClaimIndex
) -> ClaimCheck:
    """The claim says exactly `count` of the year's ratings had `grade`: count them."""
    graded = [fact for fact in _ratings_of(year, index) if fact.grade == grade]
    held = {area for (y, area) in index.ratings if y == year}
    areas = ", ".join(area_label(fact.area or "overall") for fact in graded) or "none"
    if len(graded) <= count and not held >= JUDGED_AREAS:
        return not_found(
            claim,
            f"the record holds {len(held)} of the {year} judgements, so how many were "
            f"{GRADE_LABELS[grade]} is not known (of those it holds: {areas})",
        )
    verdict: Verdict = "supported" if len(graded) == count else "contradicted"
    explanation = (
        f"the claim says {count} of the {year} ratings {'was' if count == 1 else 'were'} "
        f"{GRADE_LABELS[grade]}; the record has {len(graded)}: {areas}"
    )
    evidence = _quoted(graded, reading, index)
    return ClaimCheck(claim, verdict, explanation, unique(evidence))


def _check_all(claim: str, years: list[int], grade: str, reading: Reading, index: ClaimIndex) -> ClaimCheck:
    """The claim says every rating of a year (of any year, where it names none) had `grade`."""
    for year in years:
        held = _ratings_of(year, index)
        if held and all(fact.grade == grade for fact in held):
            if {fact.area or "overall" for fact in held} >= JUDGED_AREAS:
                explanation = f"every {year} rating on record was {GRADE_LABELS[grade]}"
                return ClaimCheck(claim, "supported", explanation, unique(_quoted(held, reading, index)))
            return not_found(claim, f"the record holds only some of the {year} judgements")
    year = years[-1]
    other = [fact for fact in _ratings_of(year, index) if fact.grade != grade]
    said = ", ".join(f"{area_label(f.area or 'overall')} {GRADE_LABELS[f.grade]}" for f in other)
    explanation = f"the claim says every rating was {GRADE_LABELS[grade]}; the record says {year}: {said}"
    return ClaimCheck(claim, "contradicted", explanation, unique(_quoted(other, reading, index)))


def _quoted(
    facts: Sequence[RatingFact], reading: Reading, index: ClaimIndex, each: int | None = None
) -> list[Evidence]:
    """The quotes that state each rating, best matched to the claim first; `each` of them per rating."""
    return [
        e
        for fact in facts
        for e in evidence_of(Comparison(index.document_of(fact.id), 1.0, []), reading)[:each]
    ]


def area_label(area: str) -> str:
    return MAPPING_OF[area].label.lower()


def _rating_pairs(
    reading: Reading,
    years: list[int],
    rating_years: list[int],
    grouped: list[tuple[str, str]] | None = None,
) -> list[tuple[str, str, int | None]] | None:
    grades = list(reading.grades)
    areas = list(dict.fromkeys(reading.areas)) or ["overall"]
    each_year: list[int | None] = list(years) or [None]
    if len(grades) == 1:
        return [(area, grades[0], year) for area in areas for year in each_year]
    if len(years) == len(grades):
        chosen = areas if len(areas) == len(grades) else [areas[0]] * len(grades)
        return list(zip(chosen, grades, years, strict=True))
    if len(areas) == len(grades):
        return [(area, grade, year) for area, grade in zip(areas, grades, strict=True) for year in each_year]
    if len(areas) > len(grades):
        if grouped is None:
            return None
        return [(area, grade, year) for area, grade in grouped for year in each_year]
    if not years and len(grades) == len(rating_years) and len(areas) <= 1:
        return [(areas[0], grade, year) for grade, year in zip(grades, rating_years, strict=True)]
    return None


_FORMER = re.compile(r"\b(?:once|formerly|previously|former|used to|had been)\b")
"""A grade said to be past: "the once-outstanding service", "formerly rated good"."""
_SEQUEL = re.compile(r"\b(?:before|then|later|subsequently|afterwards|after that|went on to)\b")
"""A grade said to come after a dated one: "outstanding in 2015 before crashing to inadequate",
"good in 2015, then inadequate": the rating next after that year."""
_STRETCH = re.compile(
    r"[,;:()]|[.!?]\s|\s[-–—]\s|\s(?:and|but|yet|while|whereas)\s+(?:is|are|was|were|has|have|it|they)\s"
)
"""What parts a claim's grades: punctuation, or a conjunction that starts a clause of its own ("outstanding in
2015 and is inadequate now" gives 2015 to the grade before the `and`)."""


def _year_and_another(folded: str, reading: Reading, year: int, rating_years: list[int]) -> list[int] | None:
    """The years of a claim's two grades where it dates one and sets the other in the present or the
    past: "leadership, judged outstanding in 2015, has now been rated inadequate" is 2015 and the next
    rating; "the once-outstanding service was judged inadequate in 2019", the rating before 2019;
    "outstanding in 2015 before crashing to inadequate", the rating after 2015. The
    grade nearer the year is that year's; None where the other is not placed in time, or falls outside
    the record's ratings."""
    positions = [_grade_position(folded, grade) for grade in reading.grades]
    dated = next((m.start for m in reading.dates if m.span is not None and m.span.first.year == year), None)
    if dated is None or year not in rating_years:
        return None
    later = [y for y in rating_years if y > year]
    earlier = [y for y in rating_years if y < year]
    present, former = _PRESENT.search(folded), _FORMER.search(folded)
    sequel = _SEQUEL.search(folded, dated)
    if later and present:
        other, mark = later[-1], present
    elif earlier and former:
        other, mark = earlier[-1], former
    elif later and sequel:
        other, mark = later[0], sequel
    else:
        return None
    if None in positions:
        return None
    places = [at for at in positions if at is not None]
    if mark is sequel and min(places) < mark.start() < max(places):
        return [year, other] if places[0] < places[1] else [other, year]  # the sequel word splits them

    def beside(to: int) -> int:
        """The grade (0 or 1) beside a place: fewer stretches between commas apart, then fewer characters."""
        apart = [(len(_STRETCH.findall(folded, *sorted((at, to)))), abs(at - to)) for at in places]
        return 0 if apart[0] <= apart[1] else 1

    after = [n for n, at in enumerate(places) if at > mark.start()]
    marked = after[0] if len(after) == 1 else beside(mark.start())  # "now" qualifies what follows it
    if beside(dated) == marked:
        return None  # "now: 'inadequate' in 2015": the year and the time word point at one grade
    return [year, other] if beside(dated) == 0 else [other, year]


def _areas_by_grade(claim: str, reading: Reading, index: ClaimIndex) -> list[tuple[str, str]] | None:
    """Each area paired with the grade that closes its stretch of the claim, or None where that is
    unclear: in "rated help and protection, and care leavers, as requires improvement, but leaders
    inadequate" the first two areas are requires improvement and leaders inadequate. Areas after the
    last grade, or a grade named twice in one stretch, leave it unclear."""
    return _areas_by_stretch(fold(claim), index) or _areas_before_grades(claim, reading, index)


_TABLE_STRETCH = re.compile(r"[,;:|()]|[.!?]\s|\s[-–—]\s")
"""Where a list of grades turns to the next area: `overall: inadequate | leadership: inadequate`."""


def _areas_by_stretch(folded: str, index: ClaimIndex) -> list[tuple[str, str]] | None:
    """Areas paired with the one grade of the stretch that names them, or of the next stretch that
    names a grade, as a table or list of grades gives them (`overall: inadequate | help and
    protection: RI`, `care leavers now 'require improvement', its help and protection work also
    'requires improvement'`), where one grade may close several stretches."""
    paired: list[tuple[str, str]] = []
    waiting: list[str] = []
    for stretch in _TABLE_STRETCH.split(folded):
        read = read_text(stretch, index.glossary)
        waiting += read.areas
        if len(read.grades) > 1:
            return None
        if read.grades:
            if not waiting:
                return None
            paired += [(area, read.grades[0]) for area in dict.fromkeys(waiting)]
            waiting = []
    return paired if paired and not waiting else None


def _areas_before_grades(claim: str, reading: Reading, index: ClaimIndex) -> list[tuple[str, str]] | None:
    """Each area paired with the first place its grade is named after it."""
    folded = fold(claim)
    positions = [_grade_position(folded, grade) for grade in reading.grades]
    if any(at is None for at in positions) or len(set(positions)) != len(positions):
        return None
    ends = sorted((at, grade) for at, grade in zip(positions, reading.grades, strict=True) if at is not None)
    paired: list[tuple[str, str]] = []
    start = 0
    for at, grade in ends:
        stretch = read_text(folded[start:at], index.glossary).areas
        if not stretch and paired:
            return None
        paired += [(area, grade) for area in dict.fromkeys(stretch)]
        start = at + 1
    if read_text(folded[start:], index.glossary).areas or not paired:
        return None
    return paired


def _previous_misdated(folded: str, absent: list[int], rating_years: list[int]) -> int | None:
    """`Trafford's previous Ofsted inspection, in 2016, rated it good`: the previous inspection is one,
    the record's rating before its latest, so a year between the two that the record holds no rating
    for is another value for that slot; the record's year is returned. A year outside them may be an
    inspection the record does not cover, and `an earlier inspection` is not the one before."""
    if len(absent) != 1 or len(rating_years) < 2 or not PREVIOUS.search(folded):
        return None
    return rating_years[-2] if rating_years[-2] < absent[0] < rating_years[-1] else None


_NEVER = re.compile(r"\bnever\b")
"""A denial of every year: "never rated good" is contradicted by the one year rated good."""


def check_rating(claim: str, reading: Reading, index: ClaimIndex) -> ClaimCheck:
    """A claim that gives a grade, checked against the rating facts by year and area.

    Without a year, a claim in the present ("is now rated", "rated good again") is about the latest
    rating; otherwise any year on record may be meant.
    """
    rating_years = sorted({year for year, _ in index.ratings})
    on_record = " and ".join(str(year) for year in rating_years) or "no year"
    years = _bounded_years(fold(claim), years_of(reading), rating_years)
    if len(years) > 1 and len(reading.grades) == 1 and (labelled := labelled_year(claim, index)) in years:
        years = [labelled]  # "the 2019 inspection came after the 'good' judgement in 2015": good is 2015's
    if not years and len(rating_years) > 1 and len(reading.grades) == 1 and _KEPT.search(fold(claim)):
        years = rating_years[-2:]
    if not years and rating_years and len(reading.grades) == 1 and _PRESENT.search(fold(claim)):
        years = [rating_years[-1]]
    absent = [year for year in years if year not in rating_years]
    if absent and (previous := _previous_misdated(fold(claim), absent, rating_years)) is not None:
        areas = reading.areas or ("overall",)
        facts = [index.ratings[(previous, area)] for area in areas if (previous, area) in index.ratings]
        if facts:
            explanation = (
                f"the claim dates the previous inspection to {absent[0]}; the record's inspection before "
                f"{rating_years[-1]} is {previous}"
            )
            return ClaimCheck(claim, "contradicted", explanation, unique(_quoted(facts, reading, index)))
    if absent:
        return not_found(claim, f"the record holds Ofsted ratings for {on_record} only; none for {absent[0]}")
    every = _ALL.search(fold(claim)) and not _BOUND.search(claim)
    if every and len(reading.grades) == 1 and not reading.areas:
        return _check_all(claim, years or rating_years, reading.grades[0], reading, index)
    only = _only_count(fold(claim))
    if only is not None and len(years) == 1 and len(reading.grades) == 1:
        return _check_only(claim, only, years[0], reading.grades[0], reading, index)
    if len(years) == 1 and len(reading.grades) == 2:
        years = _year_and_another(fold(claim), reading, years[0], rating_years) or years
    if len(years) == len(reading.grades) > 1:
        years = _years_as_named(reading, years)
    order = rating_years[::-1] if not years and _later_named_first(fold(claim), reading) else rating_years
    pairs = _rating_pairs(reading, years, order, _areas_by_grade(claim, reading, index))
    if pairs is None:
        return not_found(
            claim, "the claim gives several grades and it is unclear which year or area each is for"
        )
    agree: list[RatingFact] = []
    differ: list[tuple[str, RatingFact]] = []
    unstated: list[str] = []
    mixed = False
    """Whether a yearless grade matches some years and not others: "the poor verdict" is not
    contradicted by the one year rated good."""
    for area, grade, year in pairs:
        stated = [
            index.ratings[(y, area)] for y in ([year] if year else rating_years) if (y, area) in index.ratings
        ]
        label = f"{area_label(area)}{f' in {year}' if year else ''}"
        if not stated:
            unstated.append(f"the sources state no grade for {label}")
        elif matching := [fact for fact in stated if fact.grade == grade]:
            agree.extend(matching[:1])
            mixed |= len(matching) < len(stated)
        else:
            differ += [(grade, fact) for fact in stated]
    negated = reading.negations_of(_denied_rating(reading)) % 2 == 1
    if agree and negated and not differ and mixed and not _NEVER.search(fold(claim)):
        return not_found(claim, "the claim gives no year, and the record gives this grade in some years only")
    if (differ and not negated) or (agree and negated and not differ):
        return _rating_verdict(claim, "contradicted", reading, index, differ, agree)
    if unstated:
        return not_found(claim, "; ".join(unstated))
    spread = len({fact.year for fact in agree}) > 1 and len({fact.area for fact in agree}) > 1
    if not years and spread and not negated:
        return not_found(claim, YEARS_APART)
    return _rating_verdict(claim, "supported", reading, index, differ, agree)


def _years_as_named(reading: Reading, years: list[int]) -> list[int]:
    """A claim's years in the order it names them, to pair with its grades, which are in the order
    named too: "rated inadequate in 2019 after judging them good in 2015" is inadequate in 2019 and
    good in 2015, whatever order the years came in. Years the claim does not name are left as they
    are."""
    named: dict[int, int] = {}
    for mention in reading.dates:
        if mention.span is not None and mention.span.first.year == mention.span.last.year:
            named.setdefault(mention.span.first.year, mention.start)
    if not all(year in named for year in years):
        return years
    return sorted(years, key=named.__getitem__)


def _denied_rating(reading: Reading) -> set[str]:
    """The terms a negation denies a rating by: its grades, or the verb of rating itself, which a
    negation may reach before the thing rated pushes the grade out of its scope ("did not rate
    Trafford's leadership inadequate" is "was not rated inadequate")."""
    return {GRADE_PREFIX + grade for grade in reading.grades} | {RATED}


def _rating_verdict(
    claim: str,
    verdict: Verdict,
    reading: Reading,
    index: ClaimIndex,
    differ: list[tuple[str, RatingFact]],
    agree: list[RatingFact],
) -> ClaimCheck:
    def said(fact: RatingFact) -> str:
        area = area_label(fact.area or "overall")
        return f"{area} {fact.year}: {GRADE_LABELS[fact.grade]} ({fact.framework})"

    parts: list[str] = []
    for grade, fact in differ:
        same_year = [
            area_label(area)
            for (year, area), other in index.ratings.items()
            if year == fact.year and other.grade == grade and other is not fact
        ]
        aside = f" ({' and '.join(same_year)} rated {GRADE_LABELS[grade]} that year)" if same_year else ""
        parts.append(f"the claim says {GRADE_LABELS[grade]}; the record says {said(fact)}{aside}")
    parts += [f"the record says {said(fact)}" for fact in agree if not differ]
    if (verdict == "supported" and differ) or (verdict == "contradicted" and agree and not differ):
        parts.append("the claim is negated")
    facts = [fact for _, fact in differ] + agree
    evidence = _quoted(facts, reading, index)
    return ClaimCheck(claim, verdict, "; ".join(dict.fromkeys(parts)), unique(evidence))


_WENT_FROM_TO = re.compile(r"\b(?:went|gone|go|goes|going|moved|changed|shifted|switched)\s+from\b.+\bto\b")


def read_change(folded: str, reading: Reading) -> GradeChange | None:
    """The change a rating claim describes, or None where it names no change of grade."""
    down, up = _DOWN.search(folded), _UP.search(folded)
    steps = _STEPS.search(folded)
    grades = list(reading.grades)
    rated = reading.rated or _RATING_WORD.search(folded) is not None
    moved = len(grades) == 2 and _WENT_FROM_TO.search(folded) is not None  # "went from X in 2015 to Y"
    kept = _KEPT_GRADE.search(folded) or _GRADE_STAYED.search(folded)
    if not (down or up or steps or moved or grades) and rated and kept:
        return GradeChange(None, 0, None, None)  # "held its 2015 grade in 2019": the same grade both years
    if not (down or up or steps or moved) or not (rated or grades or steps):
        return None
    if down and up:
        return None
    if not (down or up) and len(grades) < 2:
        return None
    count = None
    if steps is not None:
        word = steps["n"]
        count = 1 if word in {"a", "an", "single"} else NUMBER_WORDS.get(word) or int(word)
    before: str | None = None
    after: str | None = None
    if len(grades) == 2:
        before, after = grades
    elif len(grades) == 1:
        first_grade_at = _grade_position(folded, grades[0])
        if first_grade_at is not None and _FROM.search(folded[:first_grade_at]):
            before = grades[0]
        else:
            after = grades[0]
    elif len(grades) > 2:
        return None
    direction: Literal["down", "up"] | None = "down" if down else "up" if up else None
    return GradeChange(direction, count, before, after)


_EARLIER_AFTER = re.compile(r"\b(?:after|following|since|having been)\b")


def _later_named_first(folded: str, reading: Reading) -> bool:
    """Whether a claim of two grades and no year names the later one first: "rated inadequate after
    being rated good" is good, then inadequate; the grades pair with the years in the other order."""
    if len(reading.grades) != 2:
        return False
    first, second = (_grade_position(folded, grade) for grade in reading.grades)
    if first is None or second is None or first >= second:
        return False
    return _EARLIER_AFTER.search(folded[first:second]) is not None


def _grade_position(folded: str, grade: str) -> int | None:
    for word in (GRADE_LABELS[grade].casefold(), grade.replace("_", " "), *_GRADE_WORDS.get(grade, ())):
        at = folded.find(word)
        if at >= 0:
            return at
    return None


_GRADE_WORDS = {"requires_improvement": ("requir", "need", "ri"), "inadequate": ("failing",)}


def check_change(claim: str, change: GradeChange, reading: Reading, index: ClaimIndex) -> ClaimCheck:
    """A change of grade compared with the two ratings it spans, area by area."""
    rating_years = sorted({year for year, _ in index.ratings})
    years = years_of(reading)
    if len(years) > 2 or any(year not in rating_years for year in years) or len(rating_years) < 2:
        on_record = " and ".join(str(year) for year in rating_years) or "no year"
        return not_found(claim, f"the record holds Ofsted ratings for {on_record} only")
    if len(years) == 2:
        first, last = years
    elif len(years) == 1 and years[0] < rating_years[-1] and _PRESENT.search(fold(claim)):
        first, last = years[0], rating_years[-1]  # "outstanding in 2015, requires improvement now"
    elif len(years) == 1 and (_starts_in(claim, years[0]) or _kept_from(change, years[0], rating_years)):
        first = years[0]
        later = [year for year in rating_years if year > first]
        if not later:
            return not_found(claim, f"the record holds no rating after {first} to compare with")
        last = later[0]
    elif len(years) == 1:
        last = years[0]
        earlier = [year for year in rating_years if year < last]
        if not earlier:
            return not_found(claim, f"the record holds no rating before {last} to compare with")
        first = earlier[-1]
    else:
        first, last = rating_years[-2], rating_years[-1]
    differ: list[str] = []
    agree: list[str] = []
    facts: list[RatingFact] = []
    for area in _areas_changed(claim, reading, index) or ["overall"]:
        was, now = index.ratings.get((first, area)), index.ratings.get((last, area))
        ended = was if change.after is None and change.before is not None else now
        said = change.after if change.after is not None else change.before
        if (was is None or now is None) and ended is not None and said is not None and ended.grade != said:
            # "fell to inadequate in 2019" is wrong by the 2019 grade alone, whatever came before
            side = "to" if ended is now else "from"
            explanation = (
                f"the claim says {side} {GRADE_LABELS[said]}; the record says "
                f"{area_label(area)} {ended.year}: {GRADE_LABELS[ended.grade]}"
            )
            return ClaimCheck(claim, "contradicted", explanation, unique(_quoted([ended], reading, index)))
        if was is None or now is None:
            missing = first if was is None else last
            return not_found(claim, f"the sources state no grade for {area_label(area)} in {missing}")
        facts += [was, now]
        steps = ORDER.index(now.grade) - ORDER.index(was.grade)
        stated = (
            f"{area_label(area)} went from {GRADE_LABELS[was.grade]} ({first}) to "
            f"{GRADE_LABELS[now.grade]} ({last}), {_steps(steps)}"
        )
        wrong = _differences(change, was.grade, now.grade, steps)
        (differ if wrong else agree).append(f"{'; '.join(wrong) + ': ' if wrong else ''}{stated}")
    negated = bool(reading.negations_of(_denied_rating(reading)) % 2)
    verdict: Verdict = "contradicted" if bool(differ) != negated else "supported"
    parts = differ or agree
    if negated:
        parts = [*parts, "the claim is negated"]
    evidence = _quoted(facts, reading, index, each=1)
    return ClaimCheck(claim, verdict, "; ".join(parts), unique(evidence))


def _kept_from(change: GradeChange, year: int, rating_years: list[int]) -> bool:
    """Whether the one year a kept grade gives is where it was kept from: "kept its 2015 grade"
    compares 2015 with the next rating."""
    return change.steps == 0 and year < rating_years[-1]


_REASON = re.compile(r"\s(?:as|amid|after|because|since|while|following)\s")
"""Where a change of grade turns to what went with it or led to it: "slips from good to inadequate as
Ofsted finds leadership failings"."""


def _areas_changed(claim: str, reading: Reading, index: ClaimIndex) -> list[str]:
    """The areas whose grade a claim says changed: those named before a clause that follows its
    grades and gives what went with the change. The leadership failings Ofsted found as Trafford
    slipped from good to inadequate are the reason, not what slipped; a claim naming areas only
    there speaks of the overall grade."""
    areas = list(dict.fromkeys(reading.areas))
    folded = fold(claim)
    places = [at for grade in reading.grades if (at := _grade_position(folded, grade)) is not None]
    reason = _REASON.search(folded, max(places)) if areas and places else None
    if reason is None:
        return areas
    return list(dict.fromkeys(read_text(folded[: reason.start()], index.glossary).areas))


def _starts_in(claim: str, year: int) -> bool:
    """Whether the one year a change gives is where it starts: "from outstanding in 2015 to
    requires improvement" compares 2015 with the next rating, not with one before 2015."""
    return re.search(rf"\bfrom\b[^;]*?\b{year}\b[^;]*?\bto\b", fold(claim)) is not None


def _steps(steps: int) -> str:
    if steps == 0:
        return "no change"
    way = "down" if steps > 0 else "up"
    count = abs(steps)
    return f"{count} grade{'s' if count != 1 else ''} {way}"


def _differences(change: GradeChange, was: str, now: str, steps: int) -> list[str]:
    wrong: list[str] = []
    if change.direction == "down" and steps <= 0:
        wrong.append("the claim says it went down")
    if change.direction == "up" and steps >= 0:
        wrong.append("the claim says it went up")
    if change.steps == 0 and steps:
        wrong.append("the claim says it kept its grade")
    elif change.steps is not None and change.steps != abs(steps):
        wrong.append(f"the claim says {change.steps} grade{'s' if change.steps != 1 else ''}")
    if change.before is not None and change.before != was:
        wrong.append(f"the claim says from {GRADE_LABELS[change.before]}")
    if change.after is not None and change.after != now:
        wrong.append(f"the claim says to {GRADE_LABELS[change.after]}")
    return wrong


def dates_fit_ratings(reading: Reading, index: ClaimIndex) -> bool:
    """Whether every date finer than a year that a rating claim gives is when an inspection or
    its report took place: "inspected in April 2019 and rated inadequate" is not about the 2019
    rating, whose inspection was in March."""
    fine = [m.span for m in reading.dates if m.span is not None and m.span.first_precision != "year"]
    if not fine:
        return True
    spans = [span for fact in index.ratings.values() for span in index.document_of(fact.id).dates[:1]]
    spans += [span for span, title in index.dated_titles.overlapping(None) if "inspect" in title.casefold()]
    return all(any(mention.overlaps(span) for span in spans) for mention in fine)
