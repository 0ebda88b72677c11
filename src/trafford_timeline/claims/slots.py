"""The slot each form of question asks for, and the reader that fills it from the record's structure.

`ANSWERERS` sends each form to its reader: when and what grade (`slots_time`), who and which
(`slots_people`), how many and how often (`slots_amounts`); yes or no, and what an abbreviation stands
for, are read here. Each reader returns "not stated" rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from trafford_timeline.claims.counterfactual import answer_otherwise, asks_otherwise
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.matching import (
    LOOSENED,
    Answer,
    answered,
    cite,
    silent,
)  # fmt: skip
from trafford_timeline.claims.negation_reach import denial_out_of_reach
from trafford_timeline.claims.question import SAYING, Question, read_question, without_words
from trafford_timeline.claims.reading import GRADE_PREFIX, read_text
from trafford_timeline.claims.refused import answer_refused, only_requested
from trafford_timeline.claims.slots_amounts import _answer_frequency, _answer_quantity
from trafford_timeline.claims.slots_people import _answer_what, _answer_which, _answer_who, answer_list
from trafford_timeline.claims.slots_reason import answer_why
from trafford_timeline.claims.slots_time import _answer_grade, _answer_when, asks_what_happened, only_planned
from trafford_timeline.claims.unknown_words import SETTLED_BY
from trafford_timeline.claims.unnamed_holder import NAMED_IN, NAMING, unnamed_roles
from trafford_timeline.claims.verdicts import ClaimCheck, Evidence
from trafford_timeline.record.model import CommitmentFact

# Yes or no -------------------------------------------------------------------------------------


def check_claim(claim: str, index: ClaimIndex) -> ClaimCheck:
    """The claim checker's verdict, the checker imported on first use: a yes or no question asks it,
    and a question of another form ("when", "who", "how many") is answered without loading it."""
    from trafford_timeline.claims.check import check_claim as checked

    return checked(claim, index)


def _answer_stands_for(question: Question, index: ClaimIndex) -> Answer:
    """`What does MARAT stand for?`: the words written before "(MARAT)" in a quote whose initials spell
    it ("multi-agency referral and assessment team"); joining words ("and", "of") may be left out."""
    acronym = (question.focus or "").upper()
    marked = re.compile(rf"\(\s*{re.escape(acronym)}\s*\)")
    for item in index.items():
        for citation in item.citations:
            if not (found := marked.search(citation.quote)):
                continue
            words = re.findall(r"[A-Za-z][A-Za-z'’]*", citation.quote[: found.start()])
            for start in range(len(words) - 1, -1, -1):
                phrase = words[start:]
                initials = "".join(w[0] for w in phrase if fold(w) not in STOPWORDS).upper()
                if initials == acronym and fold(phrase[0]) not in STOPWORDS:
                    text = citation.quote[: found.start()]
                    begin = [m.start() for m in re.finditer(r"[A-Za-z][A-Za-z'’]*", text)][start]
                    answer = text[begin:].strip(" ,;:")
                    explanation = f"the words {item.id} writes before ({acronym})"
                    return answered(question, answer, answer, explanation, [cite(item.id, citation)])
                if len(initials) > len(acronym):
                    break
    return silent(question, index, f"no quote spells out {acronym}")


_ALTERNATIVES = re.compile(r"\b(?!not\b)[a-z'-]+ or (?!not\b)[a-z'-]+")
"""`Was the previous rating good or outstanding?` offers two answers: "no" would say neither."""
_DONE = re.compile(r"^(?:did|had|has|have)\b")
"""`Did the panel meet?`, `Has the board met?` ask what happened; `Was the panel to meet?` may ask
about a plan, so only these openings are read as asking what happened."""


_DEMANDED = re.compile(
    r"^(?:did|had|has|have)(?: (?!(?:not)\b)[a-z'-]+){1,6}? (?:require|required|order|ordered|instruct|"
    r"instructed|direct|directed|demand|demanded|recommend|recommended|tell|told)\b"
)
"""`Did the notice require an independent chair?`, `Had the DfE told the council to set up a board?`:
what happened is the demand, so an item that holds the thing demanded as to be done (a commitment)
answers it, where "did the council set up a board?" asks whether it was done."""
_STANCE = re.compile(
    r"^(?:did|had|has|have)(?: (?!(?:not)\b)[a-z'-]+){1,6}?"
    r" (?:prefer|want|wish|hope|intend|aim|favour|favor)\b"
)
"""`Did the council prefer permanent staff?`, `Did it want an independent chair?`: what happened is the
stance, held when it was stated, so an item that holds the thing favoured as to be done answers it."""


_TWO_WORDS = re.compile(r"\b(?P<a>(?!not\b)[a-z'-]+) or (?P<b>(?!not\b)[a-z'-]+)$")


def _one_alternative(question: Question, index: ClaimIndex) -> Answer | None:
    """`Was the cover full-time or part-time?` offers two answers at its end: each is checked as the
    statement it makes, and the one the record supports is the answer where the other is not supported.
    Both supported, neither, or either one resting on a disputed matter: no answer here."""
    found = _TWO_WORDS.search(question.declarative)
    if found is None:
        return None
    checks = []
    for word in (found["a"], found["b"]):
        checks.append(check_claim(f"{question.declarative[: found.start()]}{word}", index))
    supported = [n for n, check in enumerate(checks) if check.verdict == "supported"]
    if len(supported) != 1 or any(check.conflict is not None for check in checks):
        return None
    check = checks[supported[0]]
    if not check.evidence or max(e.score for e in check.evidence) < LOOSENED:
        return None
    word = found["a"] if supported[0] == 0 else found["b"]
    if fold(word) not in fold(" ".join(e.quote for e in check.evidence)):
        return None  # the quote itself must say the word chosen, not only a concept near it
    explanation = f"of the two answers the question offers, the record supports {word!r}: {check.explanation}"
    return Answer(question.text, "answered", word, word, "text", explanation, check.evidence)


def _unnamed_holder(question: Question, index: ClaimIndex) -> Answer | None:
    """`Has the board's mentor been named?`, `Does the letter name the mentor?`: whether the holder of a
    post is named is a fact of the record's structure, not a sentence to check. A role the record
    holds with no person, well matched by the rest of the question (its post and organisation
    count), whose quote says the holder goes unnamed, answers "no"; where the record names anyone
    for a matching role, this says nothing and the question is checked as any other."""
    words = NAMING.findall(question.declarative)
    if not words:
        return None
    words += [found["where"] for found in NAMED_IN.finditer(question.declarative)]
    rest = without_words(question, words, index.glossary, index.vocabulary, loosen=False).content
    if not rest.terms:
        return None
    unnamed = unnamed_roles(rest, index)
    if unnamed is None:
        return None  # someone holds a post the question may mean
    if not unnamed:
        return _unnamed_at_the_time(question, index)
    held = unnamed[0][0].id
    explanation = f"the record holds {held} with no person, and its quote says the holder is unnamed"
    return answered(question, "no", "no", explanation, [evidence for _, evidence in unnamed])


_AT_THE_TIME = re.compile(r"\s(?:when|at the time|by the time)\s", re.IGNORECASE)


def _unnamed_at_the_time(question: Question, index: ClaimIndex) -> Answer | None:
    """`Was the adviser named when the notice was issued?`: a clause placing the naming in time does not
    change a holder no one is ever named for; the question without it is read as `_unnamed_holder`
    reads it, and that says nothing where the record names anyone for the post."""
    main = _AT_THE_TIME.split(question.text, maxsplit=1)[0].rstrip(" ,?")
    if main == question.text.rstrip(" ,?"):
        return None
    again = read_question(f"{main}?", index.glossary, index.vocabulary)
    if again.form != "yes_no" or (found := _unnamed_holder(again, index)) is None:
        return None
    clause = question.text[len(main) :].strip(" ?")
    return replace(
        found,
        question=question.text,
        explanation=f"{found.explanation}; the record names no one for it at any time ({clause!r})",
    )


def checker_settles(question: Question, index: ClaimIndex) -> str | None:
    """The verdict by which the claim checker settles a yes or no question that has words the record
    never uses ("were referrals logged as contacts?", "do young people hold copies of their plans?"):
    the question is the claim it asks about, so the checker's own readings of such words (WordNet's one
    record word, a light adverb passed over) are the ones it gets; a name, or a word of many senses,
    still leaves it unsettled (None), and the question not stated."""
    verdict = check_claim(question.declarative, index).verdict
    return verdict if verdict in SETTLED_BY else None


def _answer_yes_no(question: Question, index: ClaimIndex) -> Answer:
    reading = question.content
    specific = [
        t for t in reading.terms if t not in index.glossary.implied and not t.startswith(GRADE_PREFIX)
    ]
    if not specific and not reading.dates:
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            "the question does not say what it asks about: name the service, the year or the finding",
        )  # fmt: skip
    if asks_otherwise(question):
        return answer_otherwise(question, index)
    if (chosen := _one_alternative(question, index)) is not None:
        return chosen
    if (unnamed := _unnamed_holder(question, index)) is not None:
        return unnamed
    if _ALTERNATIVES.search(question.declarative):
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            "the question asks which of two things holds, which yes or no cannot answer: ask about one",
        )  # fmt: skip
    check = check_claim(question.declarative, index)
    if check.verdict == "not_found" and (refused := answer_refused(question, index)) is not None:
        return refused
    from trafford_timeline.claims.extent_answer import (  # reads extents as the claim checker does
        answer_all_denied_of_some,
        answer_all_of_some_only,
        answer_all_said_of_some,
    )

    if check.verdict == "not_found" and (fewer := answer_all_denied_of_some(question, index)) is not None:
        return fewer
    if check.verdict == "not_found" and (some := answer_all_said_of_some(question, index)) is not None:
        return some
    if check.verdict == "not_found" and (part := answer_all_of_some_only(question, index)) is not None:
        return part  # "high in every team?" against "high in some teams": only in part, so no
    if check.verdict == "not_found" and (unmatched := _denied_before_narrowing(question, index)) is not None:
        return unmatched
    if check.verdict == "not_found":
        return Answer(
            question.text, "not_stated", None, None, "yes_no", f"neither yes nor no: {check.explanation}",
            related=check.related,
        )  # fmt: skip
    if question.loosened and max((e.score for e in check.evidence), default=0.0) < LOOSENED:
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            f"with a word the record never uses left out, the rest matches too loosely: {check.explanation}",
            related=check.evidence[:3],
        )  # fmt: skip
    if check.verdict == "supported" and _DONE.match(question.folded) and asks_what_happened(question.folded):
        items = [
            index.documents[index.numbers[e.id]].item for e in check.evidence[:1] if e.id in index.numbers
        ]
        asked = _DEMANDED.match(question.folded) or _STANCE.match(question.folded)
        demanded = asked and items and isinstance(items[0], CommitmentFact)
        if items and only_planned(items[0], index) and not demanded:
            return Answer(
                question.text, "not_stated", None, None, "yes_no",
                f"neither yes nor no: the record says only that {items[0].id} was to happen, not that it did",
                related=check.evidence[:3],
            )  # fmt: skip
    if check.verdict == "supported" and (request := only_requested(question, check.evidence)) is not None:
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            f"neither yes nor no: the record says only that this was asked for ({request!r}), not done",
            related=check.evidence[:3],
        )  # fmt: skip
    if check.verdict == "supported" and (unsaid := _unsaid(question, index, check.evidence)):
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            f"neither yes nor no: the record does not quote anyone saying {', '.join(map(repr, unsaid))}",
            related=check.evidence[:3],
        )  # fmt: skip
    if check.verdict == "contradicted" and (outside := _outside_dispute(check)):
        explanation = (
            f"{outside[0].id} says this in {outside[0].source}, which takes no side in the dispute "
            f"{check.conflict.id if check.conflict else ''} the checker weighed"
        )
        return answered(question, "yes", "yes", explanation, outside)
    if check.verdict in {"supported", "contradicted"} and denial_out_of_reach(
        question.declarative, index, check.evidence, opposed=check.verdict == "contradicted"
    ):
        return Answer(
            question.text, "not_stated", None, None, "yes_no",
            f"neither yes nor no: the record's denial may reach the words at issue: {check.explanation}",
            related=check.evidence[:3],
        )  # fmt: skip
    weighed = check.conflict.id if check.conflict is not None else None
    if check.verdict == "disputed":  # the sources disagree and the record's assessment favours neither
        why, evidence = check.explanation, check.evidence
        return Answer(question.text, "disputed", None, None, "yes_no", why, evidence, weighed=weighed)
    answer = "yes" if check.verdict == "supported" else "no"
    return replace(answered(question, answer, answer, check.explanation, check.evidence), weighed=weighed)


_KEEPING_PACE = re.compile(
    r"\b(?:(?:so as |in order )?to )?(?:keep|keeps|kept|keeping)? ?(?:pace|up|step) with\b"
    r"|\b(?:(?:so as |in order )?to )?(?:match|matching) (?=(?:the )?(?:rising|growing|increasing|higher|"
    r"greater|extra|more)\b)"
)
"""`Did the workforce grow to keep pace with rising demand?`: growth said to match another's, in words
("pace", "keep up") an item that states the growth seldom uses."""
_CLOSING_RELATIVE = re.compile(
    r"\b(?:the|its|their) (?:[a-z'’-]+ ){0,3}?[a-z'’-]+(?P<clause> (?:that|which) [^,]+)$"
)
"""`Does Ofsted set the performance indicators that Trafford measures itself against?`: a clause
closing the question that narrows the noun before it to some of its kind."""


def pace_words(question: Question) -> set[str]:
    """The words of a yes or no question's phrase of keeping pace (`_KEEPING_PACE`), which
    `_denied_before_narrowing` reads: not words the record must use for the question to be asked."""
    if question.form != "yes_no":
        return set()
    return {word for found in _KEEPING_PACE.finditer(question.folded) for word in tokens(found[0])}


def _denied_before_narrowing(question: Question, index: ClaimIndex) -> Answer | None:
    """ "no" where what a question says before it narrows its statement is itself denied: a change said
    to keep pace with another ("did staffing grow to keep up with demand?") that the record says did not
    happen ("the workforce had stayed the same"), as growth that never happened kept pace with nothing;
    a thing narrowed by a closing clause ("does Ofsted set the indicators that Trafford measures
    itself against?") that the record denies of its whole kind ("Ofsted does not set performance
    indicators"). Only a denial or an opposite answers, never another date or figure (which may be
    another of the kind's), and never "yes": that would need the narrowing too."""
    pace = _KEEPING_PACE.search(question.folded)
    found = pace or _CLOSING_RELATIVE.search(question.folded)
    if found is None:
        return None
    head = question.folded[: found.start() if pace else found.start("clause")]
    again = read_question(f"{head}?", index.glossary, index.vocabulary)
    check = check_claim(again.declarative, index)
    if check.verdict != "contradicted" or check.conflict is not None:
        return None
    if not check.explanation.startswith(("the record says the opposite", "the claim says the opposite")):
        return None
    if pace:
        explanation = f"the change the question says kept pace did not happen: {check.explanation}"
    else:
        explanation = f"the record denies it of all {found[0].split(' that ')[0].split(' which ')[0]}: "
        explanation += check.explanation
    return answered(question, "no", "no", explanation, check.evidence)


def _outside_dispute(check: ClaimCheck) -> list[Evidence]:
    """The quotes of a claim's own item from sources outside the side of a dispute it was ruled against.

    A "no" that rests only on the record's assessment of a dispute ("only 000 says this, and the
    assessment favours the other side") is no "no" where the item stating the claim also quotes a
    source that is not on the losing side: the dispute is about something else, and that source says
    it outright. Such quotes answer "yes"; with none, the assessment stands."""
    note = check.conflict
    if note is None or not note.dissent:
        return []
    return [e for e in check.evidence if e.id != note.id and e.source not in note.dissent]


_SAYING_VERB = re.compile(rf"\b(?:{SAYING})\b")


def _unsaid(question: Question, index: ClaimIndex, evidence: Sequence[Evidence]) -> list[str]:
    """`Did Sara Todd call the report damning?`: in a question about what was said, a word a claim
    would read as mere style ("damning", "shocking") is what was said, so the quote must use it."""
    if not _SAYING_VERB.search(question.declarative):
        return []
    quoted = {stem(w) for e in evidence for w in tokens(e.quote)}
    return [
        word
        for word in tokens(question.declarative)
        if word not in STOPWORDS
        and not read_text(word, index.glossary, index.vocabulary).terms
        and stem(word) not in quoted
        and not _SAYING_VERB.fullmatch(word)
    ]


ANSWERERS: dict[str, Callable[[Question, ClaimIndex], Answer]] = {
    "when": _answer_when, "who": _answer_who, "said": _answer_who, "grade": _answer_grade,
    "how_many": _answer_quantity, "how_often": _answer_frequency, "which": _answer_which,
    "list": answer_list, "what": _answer_what, "yes_no": _answer_yes_no, "stands_for": _answer_stands_for,
    "why": answer_why,
}  # fmt: skip
