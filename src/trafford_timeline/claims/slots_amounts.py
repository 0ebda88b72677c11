"""How many, how much and how often: a figure or a frequency read from a quote, with its qualifier."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import NUMBER_WORDS, STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import (
    CANDIDATES,
    LEVEL,
    MATCH,
    Answer,
    Match,
    answered,
    cite,
    evidence_of,
    floor_of,
    ranked,
    read,
    silent,
    stored_date,
    why_not,
)  # fmt: skip
from trafford_timeline.claims.mentions import find_dates
from trafford_timeline.claims.quantities import Quantity, find_quantities
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.slot_words import _NUMBER_NAMES
from trafford_timeline.claims.slots_time import _years, asks_what_happened, only_planned, spoken_date
from trafford_timeline.claims.vague_amount import share_answer
from trafford_timeline.dates import parse_record_date
from trafford_timeline.ratings import framework_label, grade_change
from trafford_timeline.record.model import (
    Citation,
    Event,
    FigureFact,
)  # fmt: skip

# Quantities and frequencies --------------------------------------------------------------------


def _number_value(value: float) -> float | int:
    return int(value) if value == int(value) else value


_LASTING = frozenset({"last", "take", "run", "long", "span", "continu"})
"""Verbs of how long something lasted, which the item that says when it ran need not use."""


_LENGTH_OF = re.compile(
    r"\b(?:last|lasted|lasts|take|took|takes|run|ran|runs|span|spanned|spend|spent|stay|stayed)\b"
    r"|^how long (?:was|were|is|are)\b"
)
"""`How long did the inspection last?`, `How long was the inspection?`, `How long did inspectors
spend there?`: an event's own length."""
_ABSENCE = re.compile(r"\b(?:without|with no|(?:had|has|have) no)\b")
"""`How long was the council without a permanent director?`: the length of an absence, which runs
between events (`lengths.answer_how_long_held`), never the span of one that matches its words."""


def _days(question: Question, index: ClaimIndex) -> Answer | None:
    """`How many days did the inspection last?`: the length of a dated span, where it is in days."""
    if not question.focus or stem(question.focus.split()[-1]) != "day":
        return None
    if _HOW_LONG.search(question.folded) and not _LENGTH_OF.search(question.folded):
        return None  # "how long do councils have to respond?" asks for a time allowed, not an event's length
    if _ABSENCE.search(question.folded):
        return None  # "how long was it without a permanent head?": between events, not one's span
    content = replace(question.content, terms=tuple(t for t in question.content.terms if t not in _LASTING))
    # only an event's own span is a length of time: a statement dated "8-29 May" was said on one of them
    matches = ranked(content, index, lambda d: isinstance(d.item, Event) and d.item.date is not None)
    ranges: dict[str, Match] = {}
    for match in matches:
        if match.coverage < floor_of(question, MATCH):
            break
        if ranges and match.coverage < min(m.coverage for m in ranges.values()):
            break  # a span of days matched less well than one already found is not what is asked about
        stored = stored_date(match.document.item, index)
        assert stored is not None
        span = parse_record_date(stored)
        if span.first_precision == span.last_precision == "day" and span.is_interval:
            ranges.setdefault(stored, match)
    if len(ranges) != 1:
        return None
    ((stored, match),) = ranges.items()
    span = parse_record_date(stored)
    days = (span.last - span.first).days + 1
    unit = "" if re.search(r"\bdays?\b", question.folded) else (" day" if days == 1 else " days")
    answer = f"{_NUMBER_NAMES.get(days, str(days))}{unit} ({spoken_date(span)})"  # "how long": "five days"
    explanation = f"the days from the first to the last of {match.document.item.id}, inclusive"
    return answered(question, answer, days, explanation, evidence_of(match.document, question.content))


def _quantities_in(quote: str) -> tuple[str, list[Quantity]]:
    """The figures a quote states, outside its dates: in "published on 8 May", 8 is a day, no count."""
    folded = fold(quote)
    return folded, find_quantities(folded, skip=[(d.start, d.end) for d in find_dates(folded)])


def _follows(folded: str, quantity: Quantity, head: str) -> bool:
    after = tokens(folded[quantity.end :])[:4]
    return any(stem(word) == head for word in after)


def _with_qualifier(quantity: Quantity) -> str:
    return quantity.text if quantity.qualifier == "exactly" else f"{quantity.qualifier} {quantity.text}"


_NOT_ITS_OWN = ("part of", "not judged")


_OF_AREAS = re.compile(
    r"^how many of (?:the|its|their|[a-z]+'s) (?:(?P<count>\d+|[a-z]+) )?(?:[a-z0-9'-]+ ){0,4}?"
    r"(?:judge?ments?|judge?ment areas?|areas?)\b"
)
"""`How many of the three main 2019 Ofsted judgements...`: the areas counted, whatever words stand
before the noun, and the number of them the question names, if any."""
_LEAVING_OUT = re.compile(
    r"\b(?:excluding|except(?: for)?|other than|apart from|besides|not counting|leaving aside|aside from) "
    r"(?P<left>[^,()?]+)"
)
"""`(excluding overall effectiveness)`, `other than overall effectiveness`: an area not counted."""


def _graded_areas(question: Question, index: ClaimIndex) -> Answer | None:
    """`In how many of the 2019 judgement areas was Trafford rated good?`: a count of the rating facts
    of that year with that grade, each cited. Only for one year and one grade, asked of areas. An area
    the question leaves out ("excluding overall effectiveness") is not counted, and a number of areas
    it names ("the three main judgements") must be the number the record grades that year."""
    of_areas = _OF_AREAS.match(question.folded)
    if of_areas is None and (
        question.focus is None or stem(question.focus.split()[-1]) not in {"area", "judgement", "judgment"}
    ):
        return None
    years, grades = _years(question.content), set(question.content.grades)
    if len(years) != 1 or len(grades) != 1:
        return None
    left_out = _LEAVING_OUT.search(question.folded)
    excluded = set(read(left_out["left"], index).areas) if left_out else set()
    if left_out and not excluded:
        return None  # something left out that is no area: not for this count
    facts = [
        f
        for (y, area), f in sorted(index.ratings.items())
        if y == years[0]
        and area not in excluded
        and not framework_label(area, f.framework).startswith(_NOT_ITS_OWN)
    ]  # under ILACS care leavers are part of the children-in-care judgement, not an area of their own
    if not facts:
        return None
    named = of_areas["count"] if of_areas else None
    if named in NUMBER_WORDS and NUMBER_WORDS[named] != len(facts):
        reason = f"the record grades {len(facts)} such areas in {years[0]}, not {named}"
        return silent(question, index, reason)
    chosen = [f for f in facts if f.grade in grades]
    count = len(chosen)
    answer = _NUMBER_NAMES.get(count, str(count))
    explanation = f"the areas Ofsted's {years[0]} ratings grade so, of {len(facts)} rated"
    evidence = [cite(f.id, c) for f in chosen for c in f.citations[:1]]
    return answered(question, answer, count, explanation, evidence)


_STEP_NOUNS = frozenset(
    stem(word) for word in ("grade", "grades", "level", "levels", "notch", "notches", "step")
)
_WORSE = re.compile(
    r"\b(?:fall|fell|fallen|drop|dropped|decline|declined|slip|slipped|down|worse|downgraded)\b"
)
_BETTER = re.compile(r"\b(?:rise|rose|risen|climb|climbed|improve|improved|up|better|upgraded)\b")


def _grade_steps(question: Question, index: ClaimIndex) -> Answer | None:
    """`By how many grades did care leavers fall between 2015 and 2019?`: the steps on Ofsted's four-point
    scale between one area's grades in the two years asked, each cited; "not stated" where either is
    not on record or the question says the grade moved the other way."""
    if question.focus is None or stem(question.focus.split()[-1]) not in _STEP_NOUNS:
        return None
    years = sorted(_years(question.content))
    areas = list(dict.fromkeys(question.content.areas)) or ["overall"]
    if len(years) != 2 or len(areas) != 1:
        return None
    before, after = (index.ratings.get((year, areas[0])) for year in years)
    if before is None or after is None:
        reason = f"the record does not grade that area in both {years[0]} and {years[1]}"
        return silent(question, index, reason)
    change = grade_change(before.grade, after.grade) or 0
    if (change > 0 and _WORSE.search(question.folded)) or (change < 0 and _BETTER.search(question.folded)):
        reason = f"the grade went from {before.grade} to {after.grade}, not the way the question says"
        return silent(question, index, reason)
    steps = abs(change)
    answer = _NUMBER_NAMES.get(steps, str(steps))
    explanation = (
        f"the steps from {before.grade} ({before.id}) to {after.grade} ({after.id}) on Ofsted's scale"
    )
    evidence = [cite(f.id, c) for f in (before, after) for c in f.citations[:1]]
    return answered(question, answer, steps, explanation, evidence)


_BETWEEN = re.compile(r"\bbetween\b")
_LAST_TWO = re.compile(r"\b(?:last|latest|most recent|two most recent) two\b|\btwo most recent\b")


def _years_between_ratings(question: Question, index: ClaimIndex) -> Answer | None:
    """`How many years passed between the good inspection and the inadequate one?`: the years between
    the one rating of each grade the question names (or the last two rated inspections), in the area
    it names or overall, both cited; "not stated" where a grade names no single year."""
    if question.focus_stem != "year" or not _BETWEEN.search(question.folded) or _years(question.content):
        return None
    areas = list(dict.fromkeys(question.content.areas)) or ["overall"]
    if len(areas) != 1:
        return None
    rated = {year: fact for (year, area), fact in sorted(index.ratings.items()) if area == areas[0]}
    grades = list(dict.fromkeys(question.content.grades))
    if len(grades) == 2:
        held = [[year for year, fact in rated.items() if fact.grade == grade] for grade in grades]
        if any(len(years) != 1 for years in held):
            return silent(question, index, "the record gives no one year for each grade the question names")
        first, last = sorted(years[0] for years in held)
    elif not grades and _LAST_TWO.search(question.folded) and len(rated) >= 2:
        first, last = list(rated)[-2:]
    else:
        return None
    count = last - first
    answer = f"{_NUMBER_NAMES.get(count, str(count))} ({first} to {last})"
    explanation = (
        f"the years between Ofsted's {first} and {last} ratings ({rated[first].id}, {rated[last].id})"
    )
    evidence = [cite(f.id, c) for f in (rated[first], rated[last]) for c in f.citations[:1]]
    return answered(question, answer, count, explanation, evidence)


_HOW_LONG = re.compile(r"\bhow long\b")
"""`How long...`, `Within how long...` name no unit: a span of weeks, months or years answers it."""


_APART = re.compile(r"\b(?:apart|between (?:each|every|one [a-z' -]+? and the next)|in between)\b")
_MONTHS_IN = {"month": 1.0, "year": 12.0, "week": 12 / 52}
"""How many months each unit of an interval is: "every six months" is 26 weeks apart, or half a year."""


def _interval(question: Question, index: ClaimIndex) -> Answer | None:
    """`How many months apart are the reviews?`, `How many weeks between each visit?`: the interval of
    a thing that recurs ("every six months", "twice a year") in the unit asked, where it is a whole
    number of them. The words that ask for the gap are the frame, not words an item must say. An item
    that states no interval answers nothing here: "within six months" is when a visit is due, not how
    far apart visits are."""
    head = question.focus_stem
    found = _APART.search(question.folded)
    if found is None or head not in _MONTHS_IN:
        return None
    frame = {stem(w) for w in tokens(found[0])}
    content = replace(question.content, terms=tuple(t for t in question.content.terms if t not in frame))
    for match in _best_level(ranked(content, index), floor_of(question, MATCH)):
        for citation in match.document.item.citations:
            every = [q for q in _quantities_in(citation.quote)[1] if q.unit == "every_months"]
            if not every:
                continue
            count = every[0].value / _MONTHS_IN[head]
            if abs(count - round(count)) > 0.05 or round(count) < 1:  # "twice a year", in years
                reason = f"{match.document.item.id} gives {every[0].text!r}, no whole number of {head}s"
                return silent(question, index, reason)
            number = round(count)
            answer = f"{_NUMBER_NAMES.get(number, str(number))} {head}{'s' if number > 1 else ''}"
            explanation = f"the interval {match.document.item.id} states ({every[0].text}), in {head}s"
            evidence = [cite(match.document.item.id, citation), *evidence_of(match.document, content)]
            return answered(question, answer, number, explanation, evidence)
    return silent(question, index, f"no item that matches states how many {head}s apart it recurs")


def _answer_quantity(question: Question, index: ClaimIndex) -> Answer:
    if (days := _days(question, index)) is not None:
        return days
    if (interval := _interval(question, index)) is not None:
        return interval
    if (areas := _graded_areas(question, index)) is not None:
        return areas
    if (steps := _grade_steps(question, index)) is not None:
        return steps
    if (years := _years_between_ratings(question, index)) is not None:
        return years
    folded_question = question.folded
    wants_percent = bool(
        re.search(r"percent|per cent|%|proportion|share|how much|by how much", folded_question)
    )
    head = question.focus_stem
    duration = _HOW_LONG.search(folded_question) is not None
    matches = ranked(question.content, index)
    happened = asks_what_happened(folded_question)
    for match in [m for m in matches if m.coverage >= floor_of(question, MATCH)][:CANDIDATES]:
        item = match.document.item
        if happened and only_planned(item, index):
            continue  # "how many visits were made?" is not counted by the visits that are to be made
        for citation in item.citations:
            folded, found = _quantities_in(citation.quote)
            for quantity in found:
                if quantity.unit == "every_months":
                    continue
                if quantity.unit == "percent" and not wants_percent:
                    continue
                fits = (
                    (quantity.unit == "percent" and wants_percent)
                    or (duration and quantity.unit == "months")
                    or (
                        head is not None
                        and quantity.unit in {"count", "money", "months"}
                        and (
                            _follows(folded, quantity, head)
                            or head in {stem(w) for w in tokens(quantity.text)}
                        )
                    )
                )
                if not fits:
                    continue
                answer = _with_qualifier(quantity)
                explanation = f"the figure {item.id} states"
                if isinstance(item, FigureFact):
                    explanation += f" for {item.measure}"
                evidence = [cite(item.id, citation), *evidence_of(match.document, question.content)]
                return answered(question, answer, _number_value(quantity.value), explanation, evidence)
    if not duration and (share := share_answer(question, _best_level(matches, floor_of(question, MATCH)))):
        said, item_id, evidence = share
        return answered(question, said, said, f"the share {item_id} states, in the words it uses", evidence)
    return silent(question, index, why_not(matches, "the figure"), matches)


REGULAR = re.compile(r"\bregular(?:ly)?\b")
"""`regular`, `regularly`: a thing that recurs, at an interval not given."""
HOW_OFTEN_WORD = re.compile(
    r"\b(?:consistently|always|routinely|invariably|usually|often|frequently|sometimes|occasionally|"
    r"rarely|seldom|never|repeatedly|annually|monthly|weekly|daily|quarterly)\b"
)
"""Words that say how often: "reports consistently state that..." answers "how often did reports state"."""
_LACKING = re.compile(r"\b(?:without|no|lack of|lacking|lacked|lacks|absence of|absent)\s+(?:\w+\s+)?$")
"""A frequency under "without", "no" or "lack of" ("left workers without regular supervision") says the
thing does not happen so often, not how often it happens: no frequency of its own, only "not regularly"
where the question asks of the very thing and part of a group the quote speaks of (`_lacked_regularity`)."""


def _undenied(pattern: re.Pattern[str], folded: str) -> re.Match[str] | None:
    """The first frequency word `pattern` finds that no denial governs: not under "without", "no" or
    "lack of", and, for `regular`, under no "not" either ("not regularly" is no frequency to give)."""
    for found in pattern.finditer(folded):
        before = folded[: found.start()]
        if _LACKING.search(before) or (pattern is REGULAR and _NEGATED.search(before)):
            continue
        return found
    return None


_NEGATED = re.compile(r"\b(?:not|never|n't|nor)\s+(?:\w+\s+)?$")
_DENIED_CLAUSE = re.compile(r"(?:\b(?:not|never|nor|fails? to|failed to)|n't)\b[^,;:.!?()]*$")
"""A denial earlier in the adverb's own clause governs it too: "oversight does not ensure that work is
consistently good" says the work is not consistently good; a comma or a stop ends the denial's reach."""
_CLAUSE_TURN = re.compile(r"\b(?:but|while|whereas|although|though|yet)\b")


def denied_in_clause(before: str) -> bool:
    """Whether the words before a frequency adverb deny it: right before ("not regularly"), or by a
    denied verb earlier in the same clause, with no turn ("but", "while") between the two."""
    if _NEGATED.search(before):
        return True
    found = _DENIED_CLAUSE.search(before)
    return found is not None and _CLAUSE_TURN.search(found[0]) is None


_WHOSE = r" of (?:this|the|its|their) (?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}|[a-z][\w'’-]*)"
"""Whose the occasions are: a name ("of the Shadow Improvement Board") or one noun ("of this panel")."""
_AT = r"\b(?:[Aa]t|[Tt]o)"
_NOT_JOINING = r"(?!(?:during|until|from|with|this|that|each|every|when|which|where|and)\b)"
"""`at each home visit` is one occasion of two words; `at each meeting during the year` is one word."""
_NOUN = rf"(?P<noun>[a-z]{{4,}}(?: {_NOT_JOINING}[a-z]{{4,}})?)"
_OCCASIONS = (
    re.compile(rf"{_AT} (?:each|every) (?:of )?(?:(?:its|their|the) )?{_NOUN}\b(?P<of>{_WHOSE})?"),
    re.compile(rf"{_AT} the (?P<noun>[a-z]{{3,}}[^s\W]s)(?P<of>{_WHOSE})"),
)
"""`presented at the meetings of this Committee`, `at each of its meetings`: the occasion a thing
recurs at says how often it happens more exactly than "regular" does. `at the meeting` is one
occasion, not a recurring one."""


def _occasion(quote: str, regular: bool) -> str | None:
    """The occasion a quote says a thing recurs at, as "at each meeting of this Committee", in the
    quote's own words for what recurs and whose it is; None where it names none. "At the meetings
    of" says "each" only beside "regular": alone, it may be a few meetings, not every one."""
    for pattern in _OCCASIONS if regular else _OCCASIONS[:1]:
        if found := pattern.search(quote):
            noun = found["noun"]
            noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
            return f"at each {noun}{found['of'] or ''}"
    return None


def _says_it_of(question: Question, folded: str, adverb: re.Match[str]) -> bool:
    """Whether the adverb stands next to the question's own verb ("consistently state"), so it says
    how often that happens, not how often something else in the quote does."""
    asked = {stem(w) for w in question.content.words}
    near = tokens(folded[max(0, adverb.start() - 30) : adverb.end() + 30])
    return any(stem(w) in asked for w in near if w != adverb[0])


def _best_level(matches: Sequence[Match], floor: float) -> list[Match]:
    """The matches as good as the best, give or take `LEVEL`: among many items that share the
    question's words, the one that states the slot is looked for, not only the first few."""
    if not matches or matches[0].coverage < floor:
        return []
    level = max(floor, matches[0].coverage - LEVEL)
    return [m for m in matches if m.coverage >= level]


def _answer_frequency(question: Question, index: ClaimIndex) -> Answer:
    matches = ranked(question.content, index)
    stated = [
        (match, answer)
        for match in _best_level(matches, floor_of(question, MATCH))
        if (answer := _frequency_of(question, match)) is not None
    ]
    if stated:
        return _frequency_chosen(question, stated)
    if (said := _interval_beside_the_verb(question, matches)) is not None:
        return said
    return silent(question, index, why_not(matches, "how often"), matches)


def _frequency_of(question: Question, match: Match) -> Answer | None:
    """How often one item says the asked thing happens, from the first of its quotes that says it."""
    item = match.document.item
    for citation in item.citations:
        folded, found = _quantities_in(citation.quote)
        every = [q for q in found if q.unit == "every_months"]
        if every:
            answer = every[0].text
            evidence = [cite(item.id, citation), *evidence_of(match.document, question.content)]
            return answered(question, answer, answer, f"how often, as {item.id} states", evidence)
        if (occasion := _occasion(citation.quote, _undenied(REGULAR, folded) is not None)) is not None:
            explanation = f"how often, as {item.id} says: at each occasion it names"
            evidence = [cite(item.id, citation), *evidence_of(match.document, question.content)]
            return answered(question, occasion, occasion, explanation, evidence)
        if (adverb := _undenied(HOW_OFTEN_WORD, folded)) and _says_it_of(question, folded, adverb):
            negated = denied_in_clause(folded[: adverb.start()])
            answer = f"not {adverb[0]}" if negated else adverb[0]  # "not consistently applied"
            explanation = f"{item.id} says {answer!r} of what the question asks"
            return answered(question, answer, answer, explanation, [cite(item.id, citation)])
        if regular := _undenied(REGULAR, folded):
            answer = "regularly"
            explanation = f"{item.id} says {regular[0]!r} and gives no interval"
            return answered(question, answer, answer, explanation, [cite(item.id, citation)])
        if (lacked := _lacked_regularity(question, folded)) is not None:
            answer = "not regularly"
            explanation = f"{item.id} says {lacked!r} of those the question asks about"
            return answered(question, answer, answer, explanation, [cite(item.id, citation)])
    return None


_SOME = re.compile(r"\bsome (?P<group>[a-z]{3,}(?: [a-z]{3,})?)")
"""A restriction of a quote to part of a group ("in some residential homes"): what it says holds of that
part only. The group is named in its first two words, up to any punctuation."""
_KEPT_TO = frozenset({"some", "in", "within", "across"})
PART_REACH = 3
"""A question keeps to a part of a group where it names the group within this many words after "some"
or a word that places within it ("in some teams", "in teams hit by gaps"); "how often do foster carers
get visits?" asks of them all."""
_LACKED = re.compile(r"\s+(?P<thing>[a-z]+(?: [a-z]+)?)")
"""The thing a quote denies was regular, in the two words after "regular" ("fire checks")."""


def _lacked_regularity(question: Question, folded: str) -> str | None:
    """The words of a quote that deny a thing happened regularly ("left them without regular
    supervision"), where the thing lacked is what the question asks how often of ("how often did
    workers get supervision?") and the question keeps the quote to the part of a group it is said
    of ("in some teams"): "not regularly" answers it. Asked of the whole group ("how often do social
    workers get supervision?"), the quote says nothing of most of it; None then, or where no quote
    denies a regular thing the question names of part of a group."""
    words = tokens(question.folded)
    asked = {stem(w) for w in words if w not in STOPWORDS}

    def named(said: str) -> bool:
        return bool({stem(w) for w in tokens(said)} & asked)

    def kept_to(group: str) -> bool:  # "in some teams", "in teams hit by gaps": the part, not all
        stems = {stem(w) for w in tokens(group)}
        return any(
            stem(word) in stems and _KEPT_TO & set(words[max(0, at - PART_REACH) : at])
            for at, word in enumerate(words)
        )

    for found in REGULAR.finditer(folded):
        lack = _LACKING.search(folded[: found.start()])
        thing = _LACKED.match(folded[found.end() :])
        if lack is None or thing is None or not named(thing["thing"]):
            continue
        parts = [part["group"] for part in _SOME.finditer(folded)]
        if not parts or not all(kept_to(part) for part in parts):
            return None  # a denial of all of a group is left unread, as `_LACKING` says
        return f"{lack[0]}{found[0]} {thing['thing']}"
    return None


_SHORT = 5
"""Words of a question this long or shorter that a claim reads as mere wording ("the", "will") say
nothing of which quote speaks of the thing asked."""


def _frequency_chosen(question: Question, stated: Sequence[tuple[Match, Answer]]) -> Answer:
    """Of the frequencies items matched equally well state, the one whose quote says most of the
    question's own words, as it speaks of the very thing asked: "the adviser will provide regular
    progress reports" over "we review progress every six months" for how often the adviser reports;
    of quotes that say as many, the best matched item's."""
    first_match, first = stated[0]
    level = [(m, a) for m, a in stated if m.coverage >= first_match.coverage]
    if len(level) == 1:
        return first
    # a long word a claim reads as how it is put ("reports", "described") names what is asked here
    asked = {stem(w) for w in tokens(question.folded) if w not in STOPWORDS or len(w) > _SHORT}

    def said(answer: Answer) -> int:
        return len(asked & {stem(w) for w in tokens(fold(answer.evidence[0].quote))})

    most = max(said(a) for _, a in level)
    return next(a for _, a in level if said(a) == most)


def _interval_beside_the_verb(question: Question, matches: Sequence[Match]) -> Answer | None:
    """Where no item as good as the best states how often, a less close one (still above the floor)
    whose quote puts an interval right beside the question's own verb and subject ("we review
    progress every six months"): that quote says how often the asked thing happens, though its item
    leaves out a word of the question's setting ("under the notice"). Only one such interval answers."""
    floor = floor_of(question, MATCH)
    asked = {stem(w) for w in question.content.words}
    found: dict[str, tuple[Match, Citation]] = {}
    for match in matches:
        if match.coverage < floor:
            break
        for citation in match.document.item.citations:
            folded, quantities = _quantities_in(citation.quote)
            for quantity in quantities:
                if quantity.unit != "every_months" or quantity.text in found:
                    continue
                before = {stem(w) for w in tokens(folded[: quantity.start])[-4:]}
                if len(before & asked) >= 2:  # "review progress every six months"
                    found[quantity.text] = (match, citation)
    if len(found) != 1:
        return None
    ((said, (match, citation)),) = found.items()
    item = match.document.item
    explanation = f"how often, as {item.id} states beside the question's own words"
    evidence = [cite(item.id, citation), *evidence_of(match.document, question.content)]
    return answered(question, said, said, explanation, evidence)
