"""Answer a question from the record: the slot it asks for, filled from the item that matches it.

A question is read into its form and the rest (`question.py`); the rest finds record items as a
claim would, and the form says which field of the best item is the answer: an event's date, a
rating by year and area, a role's holder, a statement's speaker, a figure, a frequency. Where no
item matches well enough, or the matching item does not fill the slot, the answer is "not stated"
with the nearby items: a wrong answer given as an answer is the worst mistake `ask` can make.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path

from trafford_timeline.claims.asking import dated_piece
from trafford_timeline.claims.beyond_record import grade_beyond_record
from trafford_timeline.claims.closing_clause import who_the_one_who, who_without_closing_clause
from trafford_timeline.claims.dated_clause import without_relative_clause
from trafford_timeline.claims.echoed_answer import echoed, question_without_given, without_given
from trafford_timeline.claims.event_bag import with_event, with_event_title
from trafford_timeline.claims.index import ACTING_BODIES, ClaimIndex
from trafford_timeline.claims.kind_asked import kind_kept
from trafford_timeline.claims.language import NUMBER_WORDS, STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.later_state import no_from_earlier
from trafford_timeline.claims.matching import (
    DISPUTE,
    LOOSENED,
    MATCH,
    RELATED,
    SAME_WORDS,
    STATUSES,
    Answer,
    Status,
    cite,
    coverage_of,
    light,
    ranked,
    read,
    readable,
    silent,
    unique,
    unknown_words,
)  # fmt: skip
from trafford_timeline.claims.name_one import as_who, which_person_as_who
from trafford_timeline.claims.one_of_a_series import one_not_a_series
from trafford_timeline.claims.permitted_act import only_permitted
from trafford_timeline.claims.publication_named import publication_named
from trafford_timeline.claims.question import (
    LIGHT_VERBS,
    PURPOSE_VERBS,
    STYLE_WORDS,
    TIME_CLAUSE,
    Question,
    asks_a_name,
    light_terms,
    read_question,
    without_by_name,
    without_words,
)  # fmt: skip
from trafford_timeline.claims.reading import read_text
from trafford_timeline.claims.slots import ANSWERERS, checker_settles, pace_words
from trafford_timeline.claims.slots_gathered import count_kept, list_kept_whole
from trafford_timeline.claims.slots_people import spoken_commitment
from trafford_timeline.claims.slots_text import (
    answer_in_frame,
    answer_text_anew,
    left_apart,
    names_the_thing,
    set_aside,
    set_aside_at_close,
)
from trafford_timeline.claims.slots_time import spoken_date
from trafford_timeline.claims.to_be_done import TO_BE_DONE
from trafford_timeline.claims.unnamed_event import names_the_event
from trafford_timeline.claims.unnamed_holder import NAMING
from trafford_timeline.claims.verdict_asked import as_verdict
from trafford_timeline.claims.verdicts import Evidence
from trafford_timeline.claims.weekday_asked import weekday_answer
from trafford_timeline.claims.whether_said import clause_said_of_whether
from trafford_timeline.dates import FULL_MONTHS, DateSpan, parse_record_date
from trafford_timeline.record.model import (
    Citation,
    CommitmentFact,
    Conflict,
    FindingFact,
    RecommendationFact,
    RoleFact,
    Source,
    StatementFact,
)
from trafford_timeline.record.store import read_source, source_path

__all__ = ["STATUSES", "Answer", "Status", "answer_question"]

# Disagreements ---------------------------------------------------------------------------------


def _same_words(citation: Citation, evidence: Sequence[Evidence]) -> bool:
    """Whether a quote of the evidence is the citation's, or part of it: one line may hold several."""
    for item in evidence:
        if (item.source, item.line) != (citation.source, citation.line):
            continue
        a, b = item.quote, citation.quote
        if a in b or b in a:
            return True
        found = SequenceMatcher(None, a, b, autojunk=False).find_longest_match()
        if found.size >= SAME_WORDS:
            return True
    return False


def _side_label(number: int, favoured: int | None) -> str:
    if favoured is None:
        return "one side"
    return "the favoured side" if number == favoured else "the other side"


_TOPIC_ASKS: dict[str, frozenset[str]] = {
    "when": frozenset({"date", "yes_no"}),
    "who": frozenset({"person", "yes_no", "text"}),
}
"""A disagreement whose topic opens "When..." is about a date: it disputes a date or a yes or no, not
who held a post or how many days something lasted."""


def _all_sides_say(conflict: Conflict, answer: Answer, index: ClaimIndex) -> bool:
    """Whether every side of a disagreement states the answer itself, so it is not what is disputed:
    in its words, or in any the glossary holds for the same thing ("the DfE" for "Department for
    Education"), as long as the answer's words all stand for something of the record's own."""
    said = fold(answer.answer or "")
    if not said:
        return False
    terms = set(read_text(answer.answer or "", index.glossary, index.vocabulary).terms)
    concepts = terms - index.glossary.implied if all(":" in t for t in terms) else set()

    def says(text: str) -> bool:
        if said in fold(text):
            return True
        return bool(concepts) and concepts <= set(read_text(text, index.glossary, index.vocabulary).terms)

    return all(says(side.statement) or any(says(c.quote) for c in side.citations) for side in conflict.sides)


def _stating(
    answer: Answer, question: Question, index: ClaimIndex, conflict: Conflict
) -> tuple[Evidence, ...]:
    """The quotes of an answer that a disagreement could dispute: all of them, unless another quote of
    the answer, outside the disagreement, states the answer of the very thing asked. An inspection
    dated by three quotes, one of which a dispute about someone's start date also cites, is not
    disputed by it; a date a quote gives for something else settles nothing."""
    cited = [c for side in conflict.sides for c in side.citations]
    said = {w for w in tokens(fold(answer.answer or "")) if w not in STOPWORDS}
    said -= set(tokens(fold(answer.question)))

    def states_it(quote: str) -> bool:
        """ "between 4 and 8 March" dates the inspection; "Sara Todd said" dates nothing."""
        terms = set(read_text(quote, index.glossary, index.vocabulary).terms)
        return (
            bool(said & set(tokens(fold(quote)))) and coverage_of(question.content, terms, index)[0] >= MATCH
        )

    outside = [
        e for e in answer.evidence if not any(_same_words(c, [e]) for c in cited) and states_it(e.quote)
    ]
    return () if outside and answer.status == "answered" else answer.evidence


_MONTH = "|".join(fold(m) for m in FULL_MONTHS if m)
_NOT_A_FIGURE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH})\b|\b(?:{_MONTH}) \d{{1,2}}\b|\b(?:19|20)\d\d\b"
    r"|\b\d{3}\b(?=(?:,? (?:and )?\d{3}\b)*,? (?:says?|records?|reports?|gives?|puts?|dates?)\b)"
)
"""A date ("23 May 2019") or a source's number ("001 says", "002 and 004 say"): no figure."""
_FIGURE = re.compile(
    r"\d|\b(?:" + "|".join(sorted((w for w in NUMBER_WORDS if w != "one"), key=len, reverse=True)) + r")\b"
)


def _sides_count(conflict: Conflict) -> bool:
    """Whether a side of a disagreement gives a figure: only then can it dispute a how-many question the
    sources leave unanswered. A dispute about what kind of staff were hired says nothing of how many;
    nor does a year, or a source's number ("000 says")."""
    texts = [side.statement for side in conflict.sides]
    texts += [c.quote for side in conflict.sides for c in side.citations]
    return any(_FIGURE.search(_NOT_A_FIGURE.sub(" ", fold(text))) for text in texts)


def _sides_name(conflict: Conflict, index: ClaimIndex) -> bool:
    """Whether a side of a disagreement names someone the record holds a post for: only then can it
    dispute a who-question the sources leave unanswered. A dispute about whether an adviser was
    appointed yet names no adviser."""
    people = {fold(item.person) for item in index.items() if isinstance(item, RoleFact) and item.person}
    texts = [side.statement for side in conflict.sides]
    texts += [c.quote for side in conflict.sides for c in side.citations]
    return any(person in fold(text) for text in texts for person in people)


def _quotes_date(citations: Iterable[Citation], index: ClaimIndex) -> bool:
    """Whether the quotes give a date: only then can a side of a disagreement dispute a when-question.
    A dispute about whether an adviser was appointed yet gives no date of the appointment; a side's
    statement ("the report of 29 May 2019 says") dates its source, not the matter, so is not read."""
    return any(read_text(c.quote, index.glossary, index.vocabulary).dates for c in citations)


def _order_settled(question: Question, index: ClaimIndex, conflict: Conflict) -> bool:
    """Whether a yes or no on the order of two dated things stands on every side of a dispute about
    when one of them happened: the relation checker counts across the whole span the record gives the
    disputed event ("February to the day before the inspection"), which its quotes on every side
    share, so an order it settles there ("was the permanent chief executive in post before the
    inspection?") holds on either side's date, while "did she start in March?" stays disputed."""
    from trafford_timeline.claims.relations import check_relation, read_relation  # the checker's own

    relation = read_relation(question.declarative)
    if relation is None:
        return False
    check = check_relation(question.declarative, relation, index)
    if check is None or check.verdict == "not_found":
        return False
    return all(any(_same_words(c, check.evidence) for c in side.citations) for side in conflict.sides)


def _disputed(answer: Answer, question: Question, index: ClaimIndex, conflicts: Sequence[Conflict]) -> Answer:
    """Where the question is about a matter the sources disagree on: both sides and the assessment.

    An answer on the side the record's assessment favours stands, with the other side shown; one on
    the other side, or on a matter the record cannot settle, becomes "disputed".
    """
    substantive = {t for t in question.content.distinct_terms if t not in index.glossary.implied}
    for conflict in conflicts:
        stated = answer.status == "answered" and answer.kind != "yes_no"
        if stated and _all_sides_say(conflict, answer, index):
            continue  # both sides give the answer; they disagree on something else
        asks = _TOPIC_ASKS.get(conflict.topic.split(maxsplit=1)[0].casefold() if conflict.topic else "")
        if asks is not None and answer.kind not in asks:
            continue  # a disagreement on when the chief executive started does not dispute who she is
        if asks is not None and answer.kind == "yes_no" and _order_settled(question, index, conflict):
            continue  # "was she in post before the inspection?": yes, on either side's date
        matter = [conflict.topic]
        if answer.kind == "yes_no":  # the whole statement is the answer, so what each side says counts
            matter += [side.statement for side in conflict.sides]
        topic = set(read_text(" ".join(matter), index.glossary, index.vocabulary).terms)
        coverage, _ = coverage_of(question.content, topic, index)
        stating = answer.evidence if answer.kind == "yes_no" else _stating(answer, question, index, conflict)
        touched = [
            n for n, side in enumerate(conflict.sides) if any(_same_words(c, stating) for c in side.citations)
        ]
        if touched:
            if coverage < DISPUTE:
                continue
        elif answer.status != "not_stated" or coverage < LOOSENED or len(substantive) < 3:
            continue
        elif answer.kind == "quantity" and not _sides_count(conflict):
            continue  # "temporary or permanent staff?" is no dispute about how many were taken on
        elif (answer.kind == "person" or asks_a_name(question)) and not _sides_name(conflict, index):
            continue  # "was the adviser appointed yet?" is no dispute about who the adviser is
        elif answer.kind == "date" and not _quotes_date(
            [c for s in conflict.sides for c in s.citations], index
        ):
            continue  # nor about when: neither side dates the appointment
        favoured = conflict.favours
        order = sorted(range(len(conflict.sides)), key=lambda n: n != favoured)

        sides = "; ".join(
            f"{_side_label(n, favoured)}: {conflict.sides[n].statement.rstrip('.')}" for n in order
        )
        note = f"the sources disagree ({conflict.id}): {sides}. Assessment: {conflict.assessment}"
        first = answer.evidence[:1]
        on_favoured = favoured is not None and any(
            _same_words(c, first) for c in conflict.sides[favoured].citations
        )
        # the claim checker's verdict has weighed this very dispute, as the record holds it
        weighed = answer.weighed == conflict.id and conflict in index.conflicts
        if answer.status == "answered" and (on_favoured or touched == [favoured] or weighed):
            # a yes or no the claim checker gave has had the dispute weighed by cite's rule already
            shown = [favoured] if on_favoured or touched == [favoured] else touched or order[:1]
            others = [c for n in order if n not in shown for c in conflict.sides[n].citations]
            kept = [e for e in answer.evidence if not any(_same_words(c, [e]) for c in others)]
            return replace(
                answer,
                explanation=f"{answer.explanation}; {note}",
                evidence=tuple(kept),
                related=unique(cite(conflict.id, c) for c in others),
            )
        cited = [c for n in order for c in conflict.sides[n].citations]
        evidence = [cite(conflict.id, c) for c in cited]
        if (
            answer.kind == "date"
            and favoured is not None
            and touched
            and not _quotes_date(conflict.sides[favoured].citations, index)
        ):  # "when was the adviser appointed?", where the side the record favours says not yet: no date
            note += "; the side the assessment favours gives no date"
            return Answer(question.text, "not_stated", None, None, "date", note, (), unique(evidence, 8))
        near = [e for e in (answer.evidence or answer.related) if not any(_same_words(c, [e]) for c in cited)]
        return Answer(
            question.text, "disputed", None, None, answer.kind, note, unique(evidence, 8), unique(near, 3)
        )
    return answer


# Who said the words the question quotes ----------------------------------------------------------

_QUOTED_WORDS = re.compile(r"(?:(?<=\s)|^)[\"“‘'](?P<words>.+?)[\"”’'](?=[\s?.!,;:]|$)")
"""Words a question puts in quotation marks; an apostrophe inside a word ("children's") closes none."""
QUOTED_WORDS = 4
"""Quoted words this many or more are a passage to find, not a term to read."""


def _plain(text: str) -> str:
    """Folded words only: quotation marks, dashes and apostrophes say nothing of who said a passage."""
    return " ".join(re.sub(r"[^a-z0-9\s]", " ", fold(text).replace("'", "").replace("’", "")).split())


_HOW_SAID_WORDS = """who whom which what body organisation organization department person official minister
figure said say says told tell promised promise pledged pledge vowed vow praised praise warned warn insisted
insist claimed claim added add described describe called call admitted admit declared declare stated state
wrote write quoted quote words phrase line statement remark comment made make"""
_HOW_SAID = frozenset(stem(w) for w in _HOW_SAID_WORDS.split())
"""How the quoted words were said (a statement made, a promise), and who is asked for (`which figure`):
the statement need not say it was a promise."""


def _quoted_speaker(question: Question, index: ClaimIndex) -> Answer | None:
    """`Who promised 'We can fix this situation'?`: the speaker of the one statement whose quote holds
    the words the question quotes. The verb the question uses for it ("promised", "praised") is how
    the words were said, which the statement need not say; quoted words are found verbatim or not at
    all, and words two speakers said answer nothing here."""
    if question.form not in {"who", "said"} and not (
        question.form == "which" and question.focus_stem in _HOW_SAID
    ):
        return None  # "which figure promised '...'" asks for the speaker as `who` does
    passages = [
        _plain(m["words"])
        for m in _QUOTED_WORDS.finditer(question.text)
        if len(m["words"].split()) >= QUOTED_WORDS
    ]
    if not passages:
        return None
    outside = _QUOTED_WORDS.sub(" ", question.folded)
    rest = {
        stem(w)
        for w in tokens(outside)
        if w not in STOPWORDS
        and stem(w) not in _HOW_SAID
        and not set(read_text(w, index.glossary, index.vocabulary).terms) & index.glossary.implied
    }
    found: dict[str, list[Evidence]] = {}
    for item in index.items():
        if isinstance(item, StatementFact):
            speaker = item.speaker
        elif isinstance(item, CommitmentFact) and item.by and spoken_commitment(item):
            speaker = item.by  # "Andrew Weston said the council would..." has him say the quoted words
        elif isinstance(item, FindingFact | RecommendationFact):
            speaker = "Ofsted"  # the record's findings and recommendations are the inspectorate's
        else:
            continue
        own = {
            stem(w)
            for text in (item.text, speaker, *(c.quote for c in item.citations))
            for w in tokens(fold(text))
        }
        if not rest <= own:
            continue  # "who criticised X for saying '...'" asks of another act than the saying
        for citation in item.citations:
            if any(passage in _plain(citation.quote) for passage in passages):
                found.setdefault(speaker, []).append(cite(item.id, citation))
    if len(found) != 1:
        return None
    ((speaker, evidence),) = found.items()
    if tokens(fold(speaker))[-1:] and tokens(fold(speaker))[-1] in tokens(outside):
        return None  # "who did Ms Todd say '...'?" names the speaker and asks whom the words are about
    explanation = f"the speaker of {evidence[0].id}, whose quote holds the words the question quotes"
    return Answer(question.text, "answered", speaker, speaker, "person", explanation, unique(evidence))


# Who wrote or published a source ----------------------------------------------------------------

_WROTE = re.compile(r"\b(?:wrote|written|write|writes|author|authors|authored|reporter|journalist|byline)\b")
_PUBLISHED = re.compile(
    r"\b(?:published|publish|publishes|publisher|outlet|newspaper|magazine|website)\b"
    r"|^(?:which|what) (?:publication|paper|title|news site)\b"
)
SOURCE_WORDS = 3
"""A question names a source when it shares this many words with its title, description, publisher
and author, more than with any other source."""


def _source_named(question: Question, sources: Sequence[Source]) -> Source | None:
    asked = {stem(w) for w in tokens(question.folded) if w not in STOPWORDS}
    scored = []
    for source in sources:
        about = " ".join(filter(None, (source.title, source.description, source.publisher, source.author)))
        scored.append((len(asked & {stem(w) for w in tokens(about)}), source))
    scored.sort(key=lambda pair: -pair[0])
    if not scored or scored[0][0] < SOURCE_WORDS or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


BYLINE_LINES = 12
"""A byline is printed near the top of a source: its headline, the name, the date."""
SourceText = Callable[[str], str | None]
"""A source file's text by its name, or None where the file is not there."""


def source_text_in(data_dir: Path) -> SourceText:
    """The reader of the source files in a dataset folder, for a byline the record does not cite."""

    def text_of(file: str) -> str | None:
        return read_source(data_dir, file)[1] if source_path(data_dir, file).is_file() else None

    return text_of


MASTHEAD_WORDS = 2
"""A publisher's masthead or footer line prints its name with at most this many words more ("CYP Now
Magazine", "More from Community Care")."""


def _byline(source: Source, name: str, role: str, source_text: SourceText | None) -> list[Evidence]:
    """The line near the top of the source that prints the name the record gives its author or
    publisher and nothing else ("Dan Parton", "By Dan Parton"): the byline, quoted verbatim. A
    publisher prints its name in its masthead or footer too, anywhere in the page: a short line that
    holds the name and at most `MASTHEAD_WORDS` more words."""
    text = source_text(source.file) if source_text is not None else None
    lines = (text or "").splitlines()
    for number, line in enumerate(lines[:BYLINE_LINES], start=1):
        if fold(re.sub(r"^\s*by\s+", "", line.strip(), flags=re.IGNORECASE)).strip(" .,") == fold(name):
            return [Evidence(f"source-{role}", source.file, number, line.strip(), 1.0)]
    if role != "publisher":
        return []
    named = re.compile(rf"(?<![\w'’-]){re.escape(fold(name))}(?![\w'’-])")
    for number, line in enumerate(lines, start=1):
        said = fold(line.strip())
        words = [word for word in said.split() if word not in {"the", "a", "an"}]
        if named.search(said) and len(words) <= len(name.split()) + MASTHEAD_WORDS:
            return [Evidence(f"source-{role}", source.file, number, line.strip(), 1.0)]
    return []


_WHO_HELD = re.compile(
    r"^(?:who|which [a-z'-]+) (?:is|was|are|were|has been|had been) (?:the |a |an )?(?P<post>[a-z' -]+)"
)
"""`Who was the leader on the date the article was published?`: who held a post, asked first."""
POST_WORDS = 3
"""How many words after `who was the` may name the post asked of (`acting corporate director`)."""


def asks_a_post_holder(folded: str, index: ClaimIndex) -> bool:
    """Whether a question asks who held a post the record names (`who was the leader...?`): its first
    words after `who was` hold a word of a role the record gives someone. A publication or its author
    never answers it, whatever the question later says was published or written."""
    found = _WHO_HELD.match(folded)
    if found is None:
        return False
    asked = {stem(word) for word in tokens(found["post"])[:POST_WORDS]}
    if _WROTE.search(" ".join(tokens(found["post"])[:POST_WORDS])):
        return False  # "who was the author...", "who was the reporter...": authorship itself
    posts = {fold(fact.role) for person in index.people for fact, _ in person.roles}
    general = {stem(word) for word in ("children", "childrens", "services", "service")}
    held = {
        stem(word)
        for post in posts
        for word in tokens(post)
        if word not in STOPWORDS and not _names_the_body(word, index)
    }
    return bool(asked & (held - general))


def _names_the_body(word: str, index: ClaimIndex) -> bool:
    """Whether a word of a post names only the body the record is about (`council`, or the council's
    own name, which the glossary reads as it): no word of the post itself."""
    terms = set(read_text(word, index.glossary, index.vocabulary).terms)
    return bool(terms) and terms <= index.glossary.implied


def _asked_role(main: str) -> str | None:
    """Whether a question asks a source's author or its publisher: the role its first word of writing
    or publishing names, the one the question word asks ("which magazine published the piece
    written by X?" asks the publisher; the later "written by" only says which piece)."""
    wrote, published = _WROTE.search(main), _PUBLISHED.search(main)
    if wrote and (published is None or wrote.start() < published.start()):
        return "author"
    return "publisher" if published else None


def _authorship(
    question: Question, index: ClaimIndex, sources: Sequence[Source], source_text: SourceText | None
) -> Answer | None:
    """`Which reporter wrote the story on...?`, `Who published...?`: the author or publisher the record
    gives the source the question names, with a quote of that source that prints the name as
    evidence: a line the record cites, or else the source's byline (a line near its top that is the
    name alone); with neither, "not stated", as for any other fact."""
    if question.form not in {"who", "which", "what", "said"}:
        return None
    main = TIME_CLAUSE.split(question.folded, maxsplit=1)[0]  # "...when the report was published"
    role = _asked_role(main)
    if role is not None and asks_a_post_holder(question.folded, index):
        return None  # "who was the leader on the day the article was published?" asks no publisher
    source = _source_named(question, sources) if role else None
    if role is None or source is None:
        return None
    name = source.author if role == "author" else source.publisher
    if name and set(tokens(fold(name))) <= set(tokens(question.folded)):
        return None  # "which outlet published the piece written by Dan Parton?": not him, as it says
    if not name:
        reason = f"the record gives no {role} for {source.file}"
        return Answer(question.text, "not_stated", None, None, question.kind, reason)
    quotes = [*source.date_citations, *(c for item in index.items() for c in item.citations)]
    evidence = [
        Evidence(f"source-{role}", c.source, c.line, c.quote, 1.0)
        for c in quotes
        if c.source == source.file and fold(name) in fold(c.quote)
    ] or _byline(source, name, role, source_text)
    if not evidence:
        reason = (
            f"the record gives {name!r} as the {role} of {source.file}, but cites no line of it that says so"
        )
        return Answer(question.text, "not_stated", None, None, question.kind, reason)
    explanation = f"the {role} the record gives {source.file}"
    return Answer(question.text, "answered", name, name, question.kind, explanation, unique(evidence))


_RAN = re.compile(
    r"\b(?:run|ran|runs|publish|published|publishes|publication|post|posted|posts|print|printed|prints|carry|carried|"
    r"carries|put out|write|wrote|written|file|filed)\b"
)
"""Verbs of putting a piece out: "when did the magazine run the piece" asks the source's own date."""


def _source_dated(question: Question, sources: Sequence[Source]) -> Answer | None:
    """`What date did <publisher> run <author>'s piece about...?`: the date of the source the question
    names by its author or publisher (and its title's words), as the record dates it, quoted from the
    line of the source that prints the date. Only for a source dated to one day, month or year that
    the record quotes; a body that publishes no source ("when did Ofsted publish its report") is no
    source's publisher, and is answered from the record's events as before."""
    if question.form != "when" or not (_RAN.search(question.folded) or dated_piece(question.folded)):
        return None
    source = _source_named(question, sources)
    if source is None or not source.date or "/" in source.date or not source.date_citations:
        return None
    asked = set(tokens(question.folded))
    names = [name for name in (source.author, source.publisher) if name]
    if not any(set(tokens(fold(name))) <= asked for name in names):
        return None  # the question must name who wrote or put the piece out, not only its subject
    try:
        span = parse_record_date(source.date)
    except ValueError:
        return None
    evidence = [Evidence("source-date", source.file, c.line, c.quote, 1.0) for c in source.date_citations]
    said = spoken_date(span)
    explanation = f"the date the record gives {source.file}, the piece the question names"
    return Answer(question.text, "answered", said, source.date, question.kind, explanation, unique(evidence))


_ENDING_WORDS = """finish finished end ended stop stopped cease ceased quit resign resigned leave conclude
concluded complete completed expire expired terminate terminated close closed withdraw withdrew
lift lifted revoke revoked rescind rescinded cancel cancelled scrap scrapped abolish abolished disband
disbanded dissolve dissolved"""
ENDING = frozenset(stem(word) for word in _ENDING_WORDS.split())
"""Words that ask when or whether something ended, or was ended (a notice lifted, a board disbanded):
an item that dates or states the thing does not say it ended, so such a word the record never uses
is never left out of a question, and the thing's start is never its end's date."""


_ASKED_UNIT = re.compile(
    r"\b(?:what|which|exact|precise|the) (?:exact |precise )?(?P<unit>day|date|month)s?\b"
)
"""`In which month...`, `On what day...`: the question says how precise its answer must be."""
_BY_WHAT_DATE = re.compile(r"\bby (?:what|which) date\b")
"""`By what date must the plan be in place?` asks for a deadline, which a month ("August 2020") gives."""
_PRECISION_RANK = {"year": 1, "month": 2, "day": 3}
_UNIT_RANK = {"month": 2, "day": 3, "date": 3}


_EXACTLY = re.compile(r"\b(?:exact|exactly|precise|precisely)\b")
"""`When exactly was X set up?`: the question asks for the date itself, which a bound never gives."""


def _within_its_own_year(folded: str, span: DateSpan) -> bool:
    """Whether a question asks when within a year it names ("when exactly in 2015 was it?", "when in
    2015") and the record dates the thing only to that year: the answer would repeat the question."""
    if span.first_precision != "year" or span.first.year != span.last.year:
        return False
    year = span.first.year
    return re.search(rf"\bwhen (?:(?:exactly|precisely) )?in {year}\b", folded) is not None or (
        _EXACTLY.search(folded) is not None and re.search(rf"\bin {year}\b", folded) is not None
    )


def _only_the_focus(answer: Answer, question: Question, index: ClaimIndex) -> Answer:
    """`Which deputy leader met them?` is not answered by "the Deputy Leader of the Council": an answer
    whose words, the record's own subject aside, are all the question's noun names no one."""
    if answer.status != "answered" or question.form != "which" or not question.focus or not answer.answer:
        return answer
    focus = {stem(w) for w in tokens(fold(question.focus))}
    words = [w for w in tokens(fold(answer.answer)) if w not in STOPWORDS]
    own = [w for w in words if not set(read(w, index).terms) <= index.glossary.implied or stem(w) in focus]
    modifier = not own and bool(words) and _names_the_modifier(answer.answer, question.focus, index)
    # "which changes at the top of Trafford?" is not answered by "the council": Trafford, as the question says
    if not modifier and (not own or not {stem(w) for w in own} <= focus):
        return answer
    reason = f"the answer found, {answer.answer!r}, only repeats the {question.focus} the question asks about"
    return Answer(question.text, "not_stated", None, None, answer.kind, reason, related=answer.evidence[:3])


def _names_the_modifier(said: str, focus: str, index: ClaimIndex) -> bool:
    """Whether an answer names only what the words after the focus's head noun already name, in the
    record's words for it ("the council" for "changes at the top of Trafford"): not what the head asks.
    The head itself may be what the answer names ("which council": Trafford)."""
    after_head = " ".join(focus.split()[1:])
    named = set(read(said, index).terms)
    return bool(after_head) and bool(named) and named <= set(read(after_head, index).terms)


def _too_vague(answer: Answer, question: Question) -> Answer:
    """A date less precise than the question asks for ("2015" for "in which month of 2015") answers
    nothing the asker did not know: "not stated", with the date the record does hold as the reason.
    Nor does a bound ("by August 2019", an open end) answer a question that asks when exactly."""
    if answer.status != "answered" or answer.kind != "date" or not isinstance(answer.value, str):
        return answer
    if ".." in answer.value and _EXACTLY.search(question.folded):
        reason = f"the record gives only {answer.answer}, a bound, not when exactly"
        related = answer.evidence[:3]
        return Answer(question.text, "not_stated", None, None, answer.kind, reason, related=related)
    asked = _ASKED_UNIT.search(question.folded)
    try:
        span = parse_record_date(answer.value)
    except ValueError:
        return answer
    if _within_its_own_year(question.folded, span):
        reason = f"the record gives only {answer.answer}, which the question already says, not when in it"
        related = answer.evidence[:3]
        return Answer(question.text, "not_stated", None, None, answer.kind, reason, related=related)
    if asked is None or (_BY_WHAT_DATE.search(question.folded) and not _EXACTLY.search(question.folded)):
        return answer  # "by what date must it be done?": a deadline, which a month states
    held = min(
        (_PRECISION_RANK[p] for p in (span.first_precision, span.last_precision) if p in _PRECISION_RANK),
        default=0,
    )
    if held >= _UNIT_RANK[asked["unit"]]:
        return answer
    reason = f"the record gives only {answer.answer}, not the {asked['unit']} the question asks for"
    return Answer(question.text, "not_stated", None, None, answer.kind, reason, related=answer.evidence[:3])


def _modifier(word: str, folded: str) -> bool:
    """Whether a word stands between a determiner and a noun ("the finished plan"): it says which
    thing, as an adjective does, and does not ask whether or when anything finished."""
    return re.search(rf"\b(?:the|a|an|its|their|this|that) {re.escape(word)} [a-z]", folded) is not None


_CLOSING_WHEN = re.compile(r"\s+(?:before|after|until|ahead of|following) (?:the|a|an|its|their) [^?,]+$")
"""`...to address the recommendations before the formal one`: a phrase closing a reason that places the
thing in time; the record may state the reason without it, which is a closer reading than none."""
_PURPOSE = re.compile(
    r"(?<!\bdue)(?<!\bset)(?<!\bgoing)(?<!\bexpected)(?<!\bscheduled)(?<!\bplanned)(?<!\bsupposed)"
    r"(?<!\bexpect)(?<!\bexpects)(?<!\bintend)(?<!\bintends)(?<!\bintended)"
    r",?\s+(?P<clause>(?:(?:in order |so as )?to (?:" + PURPOSE_VERBS + r")|so that|"
    r"as a (?:result|consequence) of|because of|in response to|as (?:a |one )?part of)\b[^?,]*)[?.!\s]*$"
)
"""A clause at the end of a question that says why the thing asked about was done ("to give young
people a voice", "as a result of the review"), or what whole it was done in ("as part of the
response"), not what it was (after `due`, `set` or `expect`, "to see the
plan" is what was planned or expected, no reason): the record may hold the thing without
its reason, so where the whole question is not answered, the rest is asked alone, more strictly."""

_MANNER = re.compile(
    r",\s+(?P<clause>(?:quoting|citing|echoing|repeating|referring to|drawing on|"
    r"in (?:her|his|its|their|a|the) (?:statement|response|reply|letter|presentation|remarks))\b[^?,]*)"
    r"[?.!\s]*$"
)
"""A closing clause that says only how something was said ("..., quoting the positive Ofsted comments"):
the rest asks what was said, and is asked alone as a clause of purpose is."""


def answer_question(
    text: str,
    index: ClaimIndex,
    conflicts: Sequence[Conflict] = (),
    sources: Sequence[Source] = (),
    source_text: SourceText | None = None,
) -> Answer:
    """The answer to one question, with the quotes that state it; "not stated" where none do.

    `sources` (the record's source entries) answer who wrote or published one of them, quoting the
    byline `source_text` reads where the record cites no line that prints the name. A question that
    ends in a clause saying why (`_PURPOSE`) and is not answered whole is asked again without it,
    as a loosened question: the rest must then match an item more closely. An answer that is neither
    of two the question offers (`How often — weekly or monthly?`) is "not stated"."""
    from trafford_timeline.claims.offered_answer import neither_offered

    return neither_offered(text, _answer_question(text, index, conflicts, sources, source_text))


def _answer_question(
    text: str,
    index: ClaimIndex,
    conflicts: Sequence[Conflict],
    sources: Sequence[Source],
    source_text: SourceText | None,
) -> Answer:
    if (plain := without_by_name(text)) != text:  # "which deputy leader, by name, ...?" asks a name anyway
        again = answer_question(plain, index, conflicts, sources, source_text)
        return replace(again, question=text)
    if (who := as_who(text)) is not None:  # "Name the deputy leader.": who held the post
        again = answer_question(who, index, conflicts, sources, source_text)
        return replace(again, question=text, explanation=f"{again.explanation} (asked as {who!r})")
    if (who := which_person_as_who(text)) is not None:  # "which people were promoted?": who was
        again = answer_question(who, index, conflicts, sources, source_text)
        if again.status == "answered":
            return replace(again, question=text, explanation=f"{again.explanation} (asked as {who!r})")
    from trafford_timeline.claims.times_per_period import answer_times_per_period
    from trafford_timeline.claims.two_part import answer_two_parts

    ask_whole = partial(
        answer_question, index=index, conflicts=conflicts, sources=sources, source_text=source_text
    )
    if (counted := answer_times_per_period(text, ask_whole)) is not None:
        return counted  # "how many times a year...": how often, counted over the year
    if (both := answer_two_parts(text, ask_whole)) is not None:
        return both  # "were there X, and what did Ofsted say of them?": the second part, never a bare yes
    answer = _answer_text(text, index, conflicts, sources, source_text)
    if answer.status == "disputed" and answer.kind == "yes_no":
        from trafford_timeline.claims.named_side import answer_named_side

        if sided := answer_named_side(text, answer, index, conflicts, sources):
            return sided  # "according to the 3 June bulletin, had X?": what that source says
    if answer.status == "not_stated" and answer.kind == "yes_no":  # "occasionally or regularly?"
        from trafford_timeline.claims.offered_answer import answer_offered

        ask = partial(
            _answer_text, index=index, conflicts=conflicts, sources=sources, source_text=source_text
        )
        if offered := answer_offered(text, ask):
            return offered
        from trafford_timeline.claims.sources_agree import answer_sources_agree

        if agreed := answer_sources_agree(text, index, conflicts, sources):
            return agreed  # "do A and B agree on whether...?": a recorded disagreement puts them apart
        from trafford_timeline.claims.meeting_time import placed_at_meeting

        if placed := placed_at_meeting(text, sources):
            rest, files = placed  # "by the time of the committee meeting": what its minutes state
            again = ask(rest)
            if (
                again.status == "answered"
                and again.evidence
                and all(e.source in files for e in again.evidence)
            ):
                note = "; the minutes of the meeting state it, so it held by the time of the meeting"
                return replace(again, question=text, explanation=again.explanation + note)
    if answer.status == "not_stated":
        # read only for a question answered nothing so far: most questions never need the relations
        from trafford_timeline.claims.lengths import (
            answer_how_long_after,
            answer_how_long_held,
            answer_how_soon,
            answer_over_period,
        )

        asked = read_question(text, index.glossary, index.vocabulary)
        lengths = (answer_how_soon, answer_how_long_held, answer_how_long_after, answer_over_period)
        if length := next((a for reader in lengths if (a := reader(asked, index))), None):
            return length  # "how soon after the inspection...", "how long without a permanent..."
        from trafford_timeline.claims.since_year import answer_since_year

        if since := answer_since_year(asked, index):
            return since  # "since which year had leaders...": the year the quote's "since" names
        if answer.kind == "person":
            from trafford_timeline.claims.reported_attitude import answer_reported_attitude

            if wanted := answer_reported_attitude(asked, index):
                return wanted  # "who wanted the council to...": "said she wanted", of the speaker
        if answer.kind == "quantity":  # "how many areas do the reviews cover?": the whole list's items
            from trafford_timeline.claims.list_count import answer_list_count

            ask = partial(
                _answer_text, index=index, conflicts=conflicts, sources=sources, source_text=source_text
            )
            if counted := answer_list_count(text, asked.folded, ask):
                return counted
    closing = set_aside_at_close(text) if answer.status == "answered" and answer.kind == "text" else None
    if closing and names_the_thing(answer.answer or "", closing):  # "which others, besides X?": not X
        why = f"the answer found names {closing!r}, which the question sets aside, and nothing else is stated"
        return Answer(text, "not_stated", None, None, answer.kind, why, related=answer.evidence[:3])
    aside = set_aside(text) if answer.kind == "text" else None
    if aside and (answer.status == "not_stated" or names_the_thing(answer.answer or "", aside[1])):
        rest, thing = aside  # "Besides the shadow board, what...?": asked without it, never answered by it
        again = _answer_text(rest, index, conflicts, sources, source_text, loosened=True)
        if (
            again.status == "answered"
            and again.kind == "text"
            and not names_the_thing(again.answer or "", thing)
        ):
            note = f"; {thing!r} is set aside by the question, and the answer is not it"
            return replace(again, question=text, explanation=again.explanation + note)
        left = left_apart(read_question(rest, index.glossary, index.vocabulary), thing, index)
        if left is not None:  # "apart from A, which role...?": the list of roles, less A
            return replace(left, question=text)
        if answer.status == "answered":  # the answer is the very thing the question sets aside
            why = f"the answer found names {thing!r}, which the question sets aside"
            return Answer(text, "not_stated", None, None, answer.kind, why, related=answer.evidence[:3])
    if answer.status == "not_stated" and (told := publication_named(text, sources)):
        rest, name, files = told  # "...to CYP Now?": where it was said, which the answer must quote
        again = _answer_text(rest, index, conflicts, sources, source_text)
        if again.status == "answered" and any(e.source in files for e in again.evidence):
            note = f"; {name} only says where it was said, and the answer quotes it"
            return replace(again, question=text, explanation=again.explanation + note)
    purpose = _PURPOSE.search(text)
    to_do = purpose is not None and fold(purpose["clause"]).startswith("to ")  # not "because of ..."
    if purpose is not None and to_do and TO_BE_DONE.match(fold(text[: purpose.start()]).strip()):
        # "when was the committee to see the plan?": what was to be done, no reason; a reason may follow
        purpose = _PURPOSE.search(text, purpose.start("clause") + 1)
    purpose = purpose or _MANNER.search(text)  # "..., quoting the report": how it was said
    if answer.status == "not_stated" and answer.kind == "yes_no" and purpose is not None:
        return _denied_without_purpose(text, answer, purpose, index, conflicts, sources, source_text)
    if answer.status != "not_stated" or answer.kind in {"yes_no"} or purpose is None:
        return answer
    rest = text[: purpose.start()].rstrip(" ,") + "?"
    if read_question(text, index.glossary, index.vocabulary).form in {"why", "yes_no"}:
        return answer  # the reason is what a `why` asks; a yes or no is the whole statement
    if (adjunct := _CLOSING_WHEN.search(purpose["clause"])) is not None:  # "...before the formal one?"
        shorter = text[: purpose.start("clause") + adjunct.start()].rstrip(" ,") + "?"
        kept = _answer_text(shorter, index, conflicts, sources, source_text, loosened=True)
        if kept.status == "answered":  # the reason kept, only the time it is placed at let go
            note = (
                f"; the phrase {adjunct[0].strip()!r} only places it in time, and no item states it, left out"
            )
            return replace(kept, question=text, explanation=kept.explanation + note)
    again = _answer_text(rest, index, conflicts, sources, source_text, loosened=True)
    if again.status != "answered":
        return answer
    whole = read_question(text, index.glossary, index.vocabulary)
    if (stating := _cause_stated_elsewhere(purpose["clause"], whole, again, index)) is not None:
        note = (
            f"; {stating} states the cause {purpose['clause']!r}, and the answer without it is another item's"
        )
        return replace(
            answer,
            explanation=answer.explanation + note,
            related=unique([*again.evidence[:1], *answer.related], 3),
        )
    note = f"; the clause {purpose['clause']!r} says only why or how, and no item states it, left out"
    return replace(again, question=text, explanation=again.explanation + note)


def _denied_without_purpose(
    text: str,
    answer: Answer,
    purpose: re.Match[str],
    index: ClaimIndex,
    conflicts: Sequence[Conflict],
    sources: Sequence[Source],
    source_text: SourceText | None,
) -> Answer:
    """`Had the staff grown to match demand?`: where the record says the staff did not grow, it did
    not grow to match anything, so a "no" to the question without its closing purpose is the answer.
    A "yes" is not: a thing done need not have been done for that purpose."""
    rest = text[: purpose.start()].rstrip(" ,") + "?"
    again = _answer_text(rest, index, conflicts, sources, source_text)
    if again.status != "answered" or again.answer != "no" or again.kind != "yes_no":
        return answer
    note = f"; without {purpose['clause']!r} the record says no, and what is not done is done for no purpose"
    return replace(again, question=text, explanation=again.explanation + note)


_CAUSE = re.compile(r"^(?:as a (?:result|consequence) of|because of)\b")
"""A closing cause ("because of gaps in management roles"); "in response to the recommendations" is the
occasion of a plan, which every item about the plan shares, not a cause that picks one item out."""


def _cause_stated_elsewhere(clause: str, whole: Question, again: Answer, index: ClaimIndex) -> str | None:
    """The item that states a question's closing cause ("because of gaps in management roles") and
    matches the whole question better than any item the answer found without the clause quotes: the
    question is about that item, so another item's words do not answer it. A cause stated by an item
    that matches only the cause (a piece of work that led to a panel's make-up) leaves the answer be."""
    if not _CAUSE.match(clause):
        return None
    matches = ranked(read(clause, index), index)
    if not matches or matches[0].coverage < MATCH:
        return None
    stating = matches[0].document.item.id
    if any(e.id == stating for e in again.evidence):
        return None

    def whole_coverage(item_id: str) -> float:
        return coverage_of(whole.content, index.document_of(item_id).bag, index)[0]

    answering = [whole_coverage(e.id) for e in again.evidence if e.id in index.numbers]
    return stating if answering and whole_coverage(stating) > max(answering) else None


def _slot_answer(question: Question, index: ClaimIndex) -> Answer:
    """The slot the question's form asks for, filled from the item it matches (light terms set)."""
    framed = answer_in_frame(question, index) if question.kind == "text" else None
    answer = count_kept(question, framed or ANSWERERS[question.form](question, index), index)
    if answer.status == "not_stated" and question.kind == "text":
        answer = answer_text_anew(question, index) or answer
    return list_kept_whole(question, answer, index)


def _asked_anew(question: Question, index: ClaimIndex) -> Answer:
    """A question with words left out, answered with its own light terms."""
    with light(light_terms(question, index.glossary, index.vocabulary)):
        return _slot_answer(question, index)


_OWNER = re.compile(
    r"\b([a-z]+)(?:'s|’s|-[a-z]+ed)\b"
    r"|\b(?!(?:was|were|is|are|be|been|being|has|have|had|get|got)\b)[a-z]+[\"”’]? "
    r"(?:[a-z]+ed|[a-z]+en|set|made|put|sent|held|led|laid(?: down)?|drawn up) by (?:the )?([a-z]+)\b"
)
"""A body as the owner of a thing: "the government's notice", "DfE-appointed", or the doer of a
participle after a noun ("the challenge set by Ofsted", "the plan drawn up by the DfE"), which is
"Ofsted's challenge" again; a passive after "was" ("who was appointed by the DfE") is the act asked of."""


def _body_unnamed(answer: Answer, question: Question, index: ClaimIndex, lights: frozenset[str]) -> Answer:
    """Not stated where the question has a body act ("how often did the Deputy Leader meet Ofsted",
    "when did the DfE appoint her", "could Ofsted issue a direction") and no item the answer quotes,
    nor its event, names that body: the item answers another question, of someone else's act (a
    "yes" too: the act is the notice's, not Ofsted's). A body named only as the owner of a
    thing ("the Ofsted report") is one of the question's light terms, and does not count."""
    if answer.status != "answered" or (answer.kind == "yes_no" and answer.answer != "yes"):
        return answer  # a "no" may rest on another body's act, which the question's body did not do
    owners = " ".join(" ".join(found) for found in _OWNER.findall(question.folded))
    named = (ACTING_BODIES & set(question.content.terms)) - lights - set(read(owners, index).terms)
    if not named:
        return answer
    if any(evidence.id not in index.numbers for evidence in answer.evidence):
        return answer  # quoted from a source line, not an item: nothing to hold it against
    bag = with_event_title if answer.kind == "yes_no" else with_event  # a "yes" is the act asked of
    held = set().union(*(bag(index.document_of(e.id), index) for e in answer.evidence))
    missing = named - held
    if not missing:
        return answer
    body = ", ".join(sorted(readable(term) for term in missing))
    return silent(question, index, f"no item that answers it names {body}; what it says is another's act")


_GRADE_ASKING = frozenset({"grade", "yes_no", "when", "which", "what"})
"""The forms that may ask for a grade, or whether or when one was given."""


def _answer_text(
    text: str,
    index: ClaimIndex,
    conflicts: Sequence[Conflict],
    sources: Sequence[Source],
    source_text: SourceText | None,
    loosened: bool = False,
) -> Answer:
    question = read_question(text, index.glossary, index.vocabulary)
    if loosened:
        question = replace(question, loosened=True)
    question = as_verdict(question)
    if question.form in _GRADE_ASKING and (beyond := grade_beyond_record(question, index)) is not None:
        return beyond  # "the re-inspection after 2019", "good again by 2022": a grade the record lacks
    if (byline := _authorship(question, index, sources, source_text)) is not None:
        return byline
    if (dated := _source_dated(question, sources)) is not None:
        return weekday_answer(dated, question)
    if (speaker := _quoted_speaker(question, index)) is not None:
        return _disputed(speaker, question, index, conflicts)
    if not question.content.terms and not question.content.dates:
        return Answer(
            question.text,
            "not_stated",
            None,
            None,
            question.kind,
            "the question has no words the record could speak to",
        )
    unknown = unknown_words(question.content, index)
    if question.form == "yes_no":  # "has X been identified?": the frame of `_unnamed_holder`
        pace = pace_words(question)  # "to keep pace with": `slots._denied_before_narrowing` reads it
        unknown = [word for word in unknown if not NAMING.fullmatch(word) and word not in pace]
    style = [word for word in unknown if stem(word) in STYLE_WORDS | LIGHT_VERBS]
    if style:
        question = without_words(question, style, index.glossary, index.vocabulary, loosen=False)
        unknown = [word for word in unknown if word not in style]
    ending_words = [word for word in unknown if not _modifier(word, question.folded) and stem(word) in ENDING]
    ending = {stem(word) for word in ending_words}
    if unknown and question.form == "yes_no" and (settled := checker_settles(question, index)):
        # read as the claim checker reads them: the rest of the path checks the claim; but a "yes" never
        # rests on its reading of a word of ending the record never uses ("resign" as "release")
        unknown = [word for word in ending_words if settled == "supported"]
    if unknown and (question.form == "yes_no" or ending):
        reason = f"the record never mentions {', '.join(repr(w) for w in unknown[:5])}"
        return silent(question, index, reason)
    if unknown:
        dropped = {stem(word) for word in unknown}
        known = {t for t in question.content.distinct_terms if t not in index.glossary.implied | dropped}
        event_unnamed = question.kind == "date" and names_the_event(unknown[0], question.folded)
        if len(unknown) > 1 or len(known) < 2 or event_unnamed:  # "when is the final reaudit?"
            reason = f"the record never mentions {', '.join(repr(w) for w in unknown[:5])}"
            return silent(question, index, reason)
        question = without_words(question, unknown, index.glossary, index.vocabulary)
    lights = light_terms(question, index.glossary, index.vocabulary)
    with light(lights):
        answer = _slot_answer(question, index)
        if answer.status == "not_stated" and question.form == "said":  # "who said X?": a finding's body
            from trafford_timeline.claims.inspectorate_said import said_by_inspectorate

            answer = said_by_inspectorate(question, index) or answer
        if answer.status == "not_stated":  # read only then, which keeps it out of most runs' start-up
            from trafford_timeline.claims.framing import unframed

            anew = partial(_asked_anew, index=index)
            answer = unframed(question, answer, index, sources, lights, anew) or answer
        answer = _disputed(answer, question, index, conflicts)
    answer = _body_unnamed(answer, question, index, lights)
    chosen = question.form == "yes_no" and answer.kind == "text"  # "full-time or part-time?": a word
    answer = replace(answer, kind=answer.kind if chosen else question.kind)
    if not loosened:  # "the inspection that led to the rating": dated as the inspection, if finer
        again = partial(_answer_text, index=index, conflicts=conflicts, sources=sources, loosened=True)
        answer = without_relative_clause(text, answer, lambda rest: again(rest, source_text=source_text))
        given = question_without_given(text) if answer.kind == "person" else None  # who, not which areas
        if answer.status == "not_stated" and given is not None:
            listed = again(given, source_text=source_text)  # everyone, less whom the question gives
            answer = replace(listed, question=answer.question) if listed.status == "answered" else answer
        if answer.status == "not_stated" and answer.kind == "person":  # "...the indicators that X use?"
            best = ranked(question.content, index)[:1]
            closest = best[0].document.item.id if best and best[0].coverage >= RELATED else None
            ask = partial(again, source_text=source_text)
            answer = who_without_closing_clause(text, answer, ask, closest)
            answer = who_the_one_who(text, answer, ask)  # "who was the leader who called it X?"
    answer = kind_kept(_only_the_focus(answer, question, index), question, index)
    answer = one_not_a_series(without_given(echoed(answer, question), question), question)
    answer = clause_said_of_whether(question, answer, index)  # "about whether X": the clause said of X
    answer = only_permitted(question, answer, index.glossary)  # "may require a review": not "yes, it did"
    answer = no_from_earlier(question, answer, index)  # "out of intervention by 2021?": 2019's are silent
    return weekday_answer(_too_vague(answer, question), question)
