"""A claim made ready to check: labels, hashtags and first-person frames read past, deadlines given
"until" a date, and a compound claim split into the parts that are checked one by one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from trafford_timeline.claims.grade_subject import with_area_carried
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import NUMBER_WORDS, fold, number_of
from trafford_timeline.claims.mentions import find_dates
from trafford_timeline.claims.reading import GRADE_PREFIX, read_text
from trafford_timeline.dates import FULL_MONTHS
from trafford_timeline.ratings import GRADE_LABELS

_NUMBER = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


def _later_opening(named: bool) -> str:
    """`four years on`, `two months later`, `a year after`, `later`, `since then` (but not `later
    that year`, `later in 2019`); with `named`, the count and its unit are groups."""
    count, unit = ("?P<count>", "?P<unit>") if named else ("?:", "?:")
    return (
        rf"(?:({count}\d+|{_NUMBER}|a|an)\s+({unit}years?|months?|weeks?|days?)\s+(?:on|later|after(?:wards)?)"
        r"|(?:later|afterwards|subsequently|since then)(?!\s+(?:than|on\s+in|in|on|that)\b))\b"
    )


_LATER = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?P<opening>" + _later_opening(named=True) + r"),?\s*", re.IGNORECASE
)
"""`Four years on, Ofsted calls them inadequate`, `Two months later...`: a part that dates itself from
the one before. It does not take that part's date: a number of years moves its year by that many; any
other span leaves it undated."""
_DATED_FROM_BEFORE = r"(?<=[a-z0-9][.!?])\s+(?=(?i:" + _later_opening(named=False) + r"))"
"""The end of a sentence before one dated from it: `... in 2015. Four years on, ...`."""
_CONJUNCTION = re.compile(
    r",\s*(?:and|but|yet|with|while|whereas|although|though|leaving)\s+|;\s+|\s+but\s+|,?\s+(?:despite|although)\s+"
    r"|(?<=[a-z0-9][.!?])\s+(?=(?:[Ii]n\s+)?(?:19|20)\d\d\b)"
    r"|" + _DATED_FROM_BEFORE
)
"""Where one statement ends and the next begins; a full stop before a year heading ends one ("care
leavers outstanding. 2019 – inadequate overall": the second is of 2019, the first not), and so does
one before a sentence dated from it ("rated good in 2015. Four years on, inadequate": `_LATER`)."""
_AND = re.compile(r"\s+and\s+(?=(?:\S+\s+){0,5}?(?:is|are|was|were|has|have|had|will|would|did|does)\b)")
"""` and ` joins two statements only where a verb follows soon: not `help and protection`."""
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did|does)\b")
MAX_PARTS = 4
_LABEL = re.compile(r"^(?P<label>[^:\"“]{1,30}):\s+(?=\S)")


def _without_label(text: str, index: ClaimIndex) -> str:
    """A claim without a lead-in label that says nothing itself (`Quick summary:`, `Thread 1/3:`);
    a label naming someone (`Sara Todd: ...`) stays, since it says who spoke."""
    found = _LABEL.match(text)
    if found is None:
        return text
    label = read_text(found["label"], index.glossary, index.vocabulary)
    if any(":" in term for term in label.terms) or any(p.name & set(label.terms) for p in index.people):
        return text
    return text[found.end() :]


_PAST = (
    r"(?:[a-z]+ed|said|told|gave|made|took|set|began|left|went|wrote|got|won|lost|came|became|kept|"
    r"put|saw|met|led|held|found|thought|felt|spoke|brought|sent|paid|rang|ran)"
)
_SECOND_VERB = re.compile(rf"\s+and\s+(?=(?:then\s+|also\s+|later\s+)?{_PAST}\b)")
"""` and called the report stark`: a second statement of the same subject, in the past tense."""
_SERIES_VERB = re.compile(rf",\s+(?=(?:then\s+|also\s+|later\s+)?{_PAST}\s+(?!by\b)\S+\s+\S)")
"""`, called the report stark`: a further statement of the same subject in a comma series, with words
of its own after the verb; not `, led by three inspectors` (a participle) nor `, said Ofsted`."""
_OPENS_PAST = re.compile(rf"^(?:then\s+|also\s+|later\s+)?{_PAST}\s+(?!by\b)\S+\s+\S")
_SUBJECT = re.compile(rf"^(?P<subject>(?:[\w'’.-]+\s+){{1,6}}?)(?:{_PAST}|{_VERB.pattern})\b")
_OTHER_SUBJECT = re.compile(
    rf"\s+and\s+(?=(?:the|its|their|his|her)\s+(?:[\w'’.-]+\s+){{1,3}}?{_PAST}\s+(?!and\b|or\b|by\b)\w)"
)
"""` and the DfE issued its notice`: a second statement with a subject of its own, which an article
opens, in the past tense; not `Ofsted and the DfE issued`, whose first piece has no verb."""
_ATTRIBUTING = r"(?:said|told|wrote|found|added|noted|reported|stated|claimed|concluded|warned)\b"
_COMMA_SUBJECT = re.compile(
    rf",\s+(?=(?:the|its|their|his|her)\s+(?:[\w'’.-]+\s+){{1,3}}?(?!{_ATTRIBUTING})(?:{_PAST}|had|has|was|were)"
    r"\s+(?!and\b|or\b|by\b)\w)"
)
"""`, the interim chief executive had covered from July 2018`: after a comma, a clause with a subject of
its own, which an article opens, and its verb; not `, the report said (about care leavers)`, which
says whose words went before."""
_ANY_VERB = re.compile(rf"\b(?:{_PAST}|{_VERB.pattern})\b")
OPENS_PREDICATE = re.compile(rf"^(?:and\s+)?(?:then\s+|also\s+|later\s+)?(?:{_PAST}|{_VERB.pattern})\b")
"""A clause that opens with its verb (`and was led by three inspectors`, `found failings`): a further
statement of the subject said before it, not a phrase that qualifies what came before."""


def _other_subject(part: str) -> list[str] | None:
    """ "Ofsted published on 8 May and the DfE issued its notice on 23 May" read as two statements,
    each of its own subject, where the first has a verb of its own; None where there are not two.
    So is a clause after a comma ("Todd started in February, the interim had covered from July")."""
    pieces = _COMMA_SUBJECT.split(part, maxsplit=1)
    if len(pieces) < 2 or _ANY_VERB.search(pieces[0]) is None:
        pieces = _OTHER_SUBJECT.split(part, maxsplit=1)
    if len(pieces) < 2 or _ANY_VERB.search(pieces[0]) is None:
        return None
    return pieces


def _shared_subject(part: str) -> list[str]:
    """ "Sara Todd started in February and called the report stark" read as two statements, the
    second about the same subject: "Sara Todd called the report stark"; and so each verb of a comma
    series ("started in February, called the report stark, and said ...")."""
    subject = _SUBJECT.match(part)
    if subject is None:
        return [part]
    series = _SERIES_VERB.split(part)
    pieces = [*series[:-1], *_SECOND_VERB.split(series[-1], maxsplit=1)]
    return [pieces[0], *(subject["subject"] + piece for piece in pieces[1:])]


_LIST = re.compile(r",\s+|;\s+|\s+[-–—]\s+")
_SUBORDINATE = re.compile(r"(?:after|before|following|when|while|since|until|till|by|once|as|then|and|but)\b")


def _dated_run(text: str) -> list[str] | None:
    """A timeline in brief ("inspection 4-8 March, report 8 May, deadline August 2020"): a run of
    pieces between commas, each with a date of its own, is a run of statements."""
    pieces = [piece.strip() for piece in _LIST.split(text) if piece.strip()]
    folded = [fold(piece) for piece in pieces]
    if not 2 <= len(pieces) <= MAX_PARTS or not all(find_dates(piece) for piece in folded):
        return None
    if any(_SUBORDINATE.match(piece) for piece in folded):
        return None  # "promised in October, after going to the board on 13 August": one statement
    run = [own for piece in pieces for own in _dated_statements(piece)]
    return run if len(run) <= MAX_PARTS else pieces


def _dated_statements(piece: str) -> list[str]:
    """A piece of a dated run that is itself two statements, each of its own subject and date ("the
    report came out on 8 May and the notice set an August 2020 deadline"): the run's last item,
    joined by `and`, is as much a statement of its own as the ones the commas part."""
    others = _other_subject(piece)
    if others is None or not all(find_dates(fold(other)) for other in others):
        return [piece]
    return others


def _parts(text: str) -> list[str]:
    """The statements a claim joins: at `, and`, `; `, `but`, or an ` and ` followed by a verb."""
    run = _dated_run(text)
    if run is not None:
        return run
    parts = [part.strip() for part in _CONJUNCTION.split(text) if part.strip()]
    split: list[str] = []
    own_dates: set[int] = set()
    subject = ""
    for part in parts:
        if subject and _OPENS_PAST.match(part):  # "..., and said the council would": the subject before
            own_dates.add(len(split))
            part = subject + part
        subject = found["subject"] if (found := _SUBJECT.match(part)) else ""
        pieces = _AND.split(part)
        if len(pieces) > 1 and all(_VERB.search(piece) for piece in pieces):
            split += pieces
        elif (others := _other_subject(part)) is not None:
            split += others
        else:
            pieces = _shared_subject(part)
            own_dates |= {len(split) + n for n in range(1, len(pieces))}
            split += pieces
    return _with_dates(split, own_dates)


_DEADLINE_BEFORE = re.compile(r"\b(?:deadline|deadlines|until|till|by)\s+(?:of\s+|is\s+|was\s+)?$")
_DEADLINE_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+)?(?:deadline|deadlines|target)\b")
"""`an August 2020 deadline`, `its 2020 implementation deadline`: the date names a deadline."""
_GIVEN_UNTIL = re.compile(
    r"\b(?:gives?|gave|given|giving|allows?|allowed|allowing)\s+(?P<whom>(?:[\w'’]+\s+){0,3}?)(?:until|till)\b",
    re.IGNORECASE,
)


_FIRST_PERSON = re.compile(
    r"^as\s+(?:a|an|the|trafford'?s|trafford’s)?\s*(?P<role>[^\W\d][\w'’ -]{2,40}?),?\s+(?:i|we)\s+"
    r"(?:(?P<said>(?:have\s+|'ve\s+|’ve\s+)?(?:said|say|stated|told\s+\w+))|"
    r"can\s+(?:tell\s+you|say|confirm)|know|would\s+say)\s+(?:that\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _first_person(text: str) -> str:
    """A claim framed in the first person read as what it asserts: "As a councillor I can tell you
    X" asserts X; "As council leader, I've said X" asserts that the council leader said X, so who
    spoke is kept for the record to confirm."""
    found = _FIRST_PERSON.match(text)
    if found is None:
        return text
    rest = found["rest"]
    return f"The {found['role']} said that {rest}" if found["said"] else rest[:1].upper() + rest[1:]


_QUOTED = re.compile(r"^(?P<label>[^:\"“”]{1,30}):\s*[\"“](?P<quote>[^\"“”]+)[\"”]?\s*$")
_EVALUATIVE = (
    r"shocking|ridiculous|disgraceful|outrageous|appalling|worrying|concerning|alarming|sad|tragic|"
    r"clear|obvious|true|telling|striking|remarkable|notable|worth noting|worth remembering|"
    r"important to remember|no surprise|no secret|good news|great|nice|welcome|encouraging|reassuring|"
    r"heartening|galling|frustrating|disappointing|embarrassing|a scandal|a disgrace|a shame|a relief|"
    r"unbelievable|incredible|astonishing|staggering|extraordinary|hard to believe"
)
_OPINION = re.compile(
    r"^(?:(?:honestly|frankly|seriously|look|well|sadly|clearly|personally|quite frankly),?\s+)?(?:"
    r"(?:i|we)(?:\s+|(?=['’]))(?:really\s+|honestly\s+|genuinely\s+)?(?:think|believe|feel|reckon|suppose|guess|"
    r"would say|'d say|must say|have to say|can't believe|cannot believe|can not believe|"
    r"(?:would|['’]d|want to|must)\s+remind\s+(?:\w+\s+){0,2}?that)\s*(?:that\s+)?"
    r"|it(?:'s|’s| is| was)\s+(?:really\s+|so\s+|just\s+|quite\s+|very\s+|pretty\s+|absolutely\s+)?"
    rf"(?:{_EVALUATIVE})"
    r"(?:\s+that\s+|\s*[-–—:,]\s*)"
    rf"|(?:really\s+|so\s+)?(?:{_EVALUATIVE}|good|glad|pleased|shame)\s+(?:to see\s+)?that\s+"
    r"|it\s+(?:beggars|beggared|defies|defied|boggles|boggled)\s+(?:belief|the mind|description)\s+that\s+"
    r"|what\s+(?:really\s+)?(?:gets|annoys|worries|bothers|strikes|struck|shocks|shocked|angers|upsets)\s+"
    r"(?:me|us)\s+is(?:\s+that)?\s+"
    r"|let(?:'s|’s| us)\s+(?:not\s+forget|remember|be\s+honest|face\s+it|be\s+clear)(?:\s+that)?,?\s+"
    r"|(?:don't|do not)\s+forget(?:\s+that)?\s+|remember(?:\s+that)?,?\s+"
    rf"|(?:{_EVALUATIVE}|great news|bad news|sad news|news)\s*[-–—:!]+\s*"
    r"|(?:colleagues|chair|members|councillors|friends|folks|everyone|all),\s+"
    r"|(?:i|we)\s+can\s+(?:tell|assure|inform|confirm\s+to)\s+(?:you|colleagues|members|councillors|"
    r"the committee|residents|everyone)\s+(?:that\s+)?"
    r"|(?:members|colleagues|students|readers|councillors|you|everyone)\s+(?:will|may|might|should|must)\s+"
    r"(?:recall|remember|know|note|be aware)\s+(?:that\s+)?"
    r"|(?:i|we)(?:\s+would|['’]d|\s+must|\s+want\s+to|\s+should)?\s+(?:just\s+)?(?:point\s+out|note|"
    r"stress|emphasise|emphasize|add)\s+(?:that\s+)?"
    r")",
    re.IGNORECASE,
)


def _spoken(text: str, index: ClaimIndex) -> str:
    """What a speaker is quoted as asserting, read as the claim: `Councillor: "I think it's
    shocking that X"` asserts X. A label naming someone of the record (`Sara Todd: "..."`) stays,
    since who spoke is then part of the claim; so does a frame that is not an opinion's."""
    found = _QUOTED.match(text)
    if found is not None:
        label = read_text(found["label"], index.glossary, index.vocabulary)
        if not any(person.name & set(label.terms) for person in index.people):
            text = found["quote"].strip()
    for _ in range(3):  # "I think it's shocking that ...": one frame inside another
        framed = _OPINION.match(text)
        if framed is None or framed.end() >= len(text):
            break
        rest = text[framed.end() :]
        text = rest[:1].upper() + rest[1:]
    return text


def _deadlines(text: str) -> str:
    """`gives Trafford until August 2020 to ...` read as Trafford's deadline: the date is when time
    runs out, not when anything was given."""
    return _GIVEN_UNTIL.sub(lambda m: f"{m['whom']}deadline", text)


_BEEN_SINCE = re.compile(
    r"^(?P<who>.+?)\s+(?:has|have|had)\s+been\s+(?P<what>(?:(?!\bsince\b)[^,;])+?)\s+since\s+"
    r"(?P<when>(?:(?:early|mid|late)[- ])?(?:(?:\d{1,2}\s+)?[a-z]+\s+)?(?:19|20)\d\d)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def _since(text: str) -> str:
    """`Sara Todd has been chief executive since July 2018` says when she became it: the start of a
    state is the date a claim of `since` gives, so it is checked as `became ... in July 2018`. "There
    has been a decline since 2015" names no one who became anything; its date is left as it is."""
    found = _BEEN_SINCE.match(text)
    if found is None or not find_dates(fold(found["when"])):
        return text
    if re.search(r"\bthere$", found["who"], re.IGNORECASE):  # `there has been a decline since 2015`
        return text  # says a state ran from then, not that anyone became anything
    return f"{found['who']} became {found['what']} in {found['when']}{found['rest']}"


_PERIOD_FROM = re.compile(r"\b(?:since|from|until|till|up to)\s+(?:the\s+)?$")
"""`deteriorated since 2015`: the start of a period, not the date of what the part reports, so it is
not passed on to the next part."""


_PREPOSITION = re.compile(r"^(?:in|on|at|since|from|by|during)\s")
"""A date mention that already opens with its preposition (`in february`)."""
_PRESENT_TIME = re.compile(r"\b(?:now|currently|today|at present|nowadays|these days)\b")
"""A part set in the present, which does not take the date of the part before it."""
_OWN_MONTH = re.compile(
    r"\b(?:for|by|until|till|before|after)\s+(?:early\s+|late\s+|mid-?\s*)?"
    r"(?:" + "|".join(fold(month) for month in FULL_MONTHS if month) + r")\b"
)
"""`a further update set for October`, `due by March`: a part with a month of its own, which the
reader of dates takes as no date without a year or `in`, and which does not take the date before it."""


def dated_from_before(text: str) -> bool:
    """Whether a sentence of the claim dates itself from the one before (`... in 2015. Four years on,
    ...`), so that the claim's first date is not the date of all it says."""
    return re.search(_DATED_FROM_BEFORE, text) is not None


def _moved_on(last: str, later: re.Match[str]) -> str:
    """The date `last` gives, moved on by a count of years or months: `four years on` from "in 2015"
    is "in 2019", `two months later` from "in March 2019" is "in May 2019". Nothing for any other span,
    or where `last` is not as precise as the unit: the part is then left undated, its words unread."""
    found = find_dates(fold(last))
    unit, count = (later["unit"] or "").casefold(), (later["count"] or "").casefold()
    if not found or found[-1].span is None or not unit.startswith(("year", "month")):
        return ""
    span = found[-1].span
    by = 1 if count in {"a", "an"} else number_of(count)
    if by is None:
        return ""
    if unit.startswith("year"):
        return f"in {span.first.year + by}"
    if (
        span.first_precision != "month"
        or span.last_precision != "month"
        or span.first != span.last.replace(day=1)
    ):
        return ""
    month = span.first.month - 1 + by
    return f"in {FULL_MONTHS[month % 12 + 1]} {span.first.year + month // 12}"


def _with_dates(parts: list[str], own_dates: Collection[int] = ()) -> list[str]:
    """A part that gives no date takes the one before it: in "rated good in 2015 and its leadership
    outstanding that year", the second part is about 2015 too. A deadline is not passed on: in
    "deadline August 2020; must set up a board" or "an August 2020 deadline and a board", the board
    is not dated August 2020; nor is a second
    verb of the same subject (`own_dates`): "started in February and called it stark"."""
    dated: list[str] = []
    last = ""
    for at, part in enumerate(parts):
        folded = fold(part)
        found = find_dates(folded)
        mentions = [m for m in found if not _PERIOD_FROM.search(folded[: m.start])]
        if mentions:
            mention = mentions[-1]
            deadline = (
                _DEADLINE_BEFORE.search(folded[: mention.start]) is not None
                or _DEADLINE_AFTER.match(folded[mention.end :]) is not None
            )
            said = (
                mention.text
                if _PREPOSITION.match(mention.text)
                else f"{mention.bound or 'in'} {mention.text}"
            )
            last = "" if deadline else said
        elif found:
            pass  # "had covered from July 2018": a period of its own, and no date of another part
        elif later := _LATER.search(part):  # the parts after it take its date, not the first's
            last = _moved_on(last, later)
            if last:  # "Four years on, Ofsted calls them inadequate": "Ofsted calls them inadequate in 2019"
                part = f"{part[: later.start('opening')]}{part[later.end() :]} {last}"
        elif _PRESENT_TIME.search(folded):  # "outstanding in 2015 but now requires improvement, and the
            last = ""  # DfE will review it": what follows `now` is not of 2015 either
        elif _OWN_MONTH.search(folded):
            pass  # "due in August, with an update for October"
        elif at in own_dates:  # "started in February and called it stark": only the year is shared
            year = re.search(r"\b(?:19|20)\d\d\b", last)
            last = f"in {year.group()}" if year else ""
            part = f"{part} {last}" if last else part
        elif last:
            part = f"{part} {last}"
        dated.append(part)
    return dated


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'‘“])")


_WHOSE_WORDS = re.compile(
    r"^(?:that|this|these|those|it)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)(?:\s+not|n['’]t)?\s+"
    r"(?:just\s+|only\s+|merely\s+|simply\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:verdict|words|view|opinion|conclusion|judge?ment|assessment|claim|finding|findings|take|say-so)\b",
    re.IGNORECASE,
)
"""`That's not our verdict, it's Ofsted's`, `Those are the inspectors' words`: a sentence that says
whose the statement before it is, referring back to it, and says nothing of the record itself."""


def _without_commentary(text: str, index: ClaimIndex) -> str:
    """A claim without the sentences after its first that say nothing the record could speak to:
    "X. Let's hope so." and "X. How does that happen?" assert X."""
    sentences = _SENTENCE.split(text)
    kept = [sentences[0]]
    for sentence in sentences[1:]:
        if sentence.rstrip().endswith("?"):
            continue  # a question asserts nothing: "How does that even happen?"
        if _WHOSE_WORDS.match(sentence):
            continue  # "That's not our verdict, it's Ofsted's": whose the claim before is, not a claim
        reading = read_text(sentence, index.glossary, index.vocabulary)
        if reading.dates or reading.quantities or any(term in index.postings for term in reading.terms):
            kept.append(sentence)
    return " ".join(kept)


_TRAILING_TAGS = re.compile(r"(?:\s+[#@][\w-]+)+\s*$")


_THREAD_COUNTER = re.compile(r"(?<=[.!?'’\"”])\s+\(?\d{1,2}/(?:\d{1,2})?\)?\s*$")
"""A thread's counter after a post's last sentence (`... reports. 1/`, `... (2/5)`)."""
_LABEL_COUNTER = re.compile(
    r"^(?P<noun>(?:slide|part|post|tweet|thread|step|point|page|chapter|lesson|takeaway|reason|fact|"
    r"question|q|episode)s?)\s+\d{1,2}(?:/\d{1,2})?(?=\s*[-–—:.)])",
    re.IGNORECASE,
)
"""A lead-in label's counter (`Slide 4 – Sanctions:`, `Part 2:`): which slide, post or point of a
series, not a figure the claim gives; a noun of anything else (`Section 20`, `May 8`) keeps its number."""


def _without_counters(text: str) -> str:
    """A post's counters taken off, so that no figure of the claim is a slide's or a thread's number."""
    text = _THREAD_COUNTER.sub("", text)
    found = _LABEL_COUNTER.match(text)
    return text if found is None else found["noun"] + text[found.end() :]


def _without_decoration(text: str) -> str:
    """A post's decoration taken off: emoji and other pictographs, the run of hashtags that ends it
    (`#Trafford #socialwork`), and the `#` of a tag inside a sentence, which stays as a word; and a
    slide's or a thread's counter (`_without_counters`)."""
    kept = "".join(
        " " if unicodedata.category(ch) in {"So", "Sk", "Cs", "Co"} or ch == "\ufe0f" else ch for ch in text
    )
    kept = _without_counters(_TRAILING_TAGS.sub("", " ".join(kept.split())))
    return re.sub(r"(?<!\w)#(?=\w)", "", kept).strip() or text


def split_parts(text: str, index: ClaimIndex) -> list[str]:
    """The statements a claim joins, past any lead-in label, each part with the date it inherits and
    the grade it refers back to."""
    return with_area_carried(_with_grades(_parts(_without_label(text, index)), index), index)


_SAME_GRADE = re.compile(
    r"\b(?:that|this|the same|its|their|the)\s+(?:rating|grade|judgement|judgment|verdict|mark)\b",
    re.IGNORECASE,
)
"""`kept that rating`, `held on to the same grade`: a grade named by referring back to one before."""


def _with_grades(parts: list[str], index: ClaimIndex) -> list[str]:
    """A part that names no grade but refers back to one ("outstanding in 2015 and kept that rating in
    2019") takes the last grade an earlier part names, so the part is checked as a rating of it."""
    named: list[str] = []
    graded: list[str] = []
    for part in parts:
        reading = read_text(part, index.glossary, index.vocabulary)
        denied = set().union(*reading.negations)
        grades = [grade for grade in reading.grades if GRADE_PREFIX + grade not in denied]  # not "poor"
        if not reading.grades and named and _SAME_GRADE.search(part):
            part = _SAME_GRADE.sub(named[-1], part, count=1)
        named += [GRADE_LABELS[grade] for grade in grades]
        graded.append(part)
    return graded
