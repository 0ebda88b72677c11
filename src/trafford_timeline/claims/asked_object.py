"""Guards on where an answer read from running text starts: the question's own words are not its answer.

Three ways a quote's words can look like an answer yet only restate the question:

- `To which bodies would the plan be presented?` asks for what follows "to" ("present our plan to
  the DfE and Ofsted"); the words just after the verb are the plan, which the question already names.
  `after_asked_preposition` moves a list read after the verb to start after the question's own
  preposition.
- `What kind of staff did it prefer when adding social workers?`: "additional social workers" ends in
  a word for staff, but says nothing the question does not: "additional" is "adding" in another
  form. `restates` tells such a phrase apart from one that says something new ("permanent staff").
- `What works with professionals to meet children's education needs?` has its question word as the
  subject of "works": the answer is who or what works ("the virtual school"), written before the verb
  in a quote; the words after the question's own are what it does, which the question already says.
  `asked_subject` reads that shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.question import AUXILIARY, PREPOSITIONS, Question, asked_preposition

SHARED_ROOT = 3
"""Two words are read as forms of one where the stem of one, at least this long, opens the stem of
the other ("add", of "added" and "adding", opens "addit", of "additional"): loose, but enough for a
guard that only ever withholds an answer, never gives one."""


def after_asked_preposition(question: Question, listed: str) -> str:
    """The part of `listed` after the preposition the question opens with (`To which bodies...`),
    or `listed` whole for a question that opens with none or where the preposition is not in it (the
    question's "promoted into" is the quote's "promoted to take on the roles of"): only a list that
    goes on past the preposition is known to start with the verb's own object."""
    prep = asked_preposition(question.folded)
    if prep is None:
        return listed
    found = re.search(rf"\b{re.escape(prep)}\b", listed, re.IGNORECASE)
    return listed[found.end() :].strip(' ,."“”') if found is not None else listed


def _same_root(word: str, other: str) -> bool:
    one, two = sorted((stem(word), stem(other)), key=len)
    return len(one) >= SHARED_ROOT and two.startswith(one)


def restates(phrase: Sequence[str], question: Question) -> bool:
    """Whether every content word of `phrase` is a word of the question or another form of one, and
    one at least is another form ("additional" for the question's "adding"): such a phrase tells the
    asker nothing they did not say, whatever noun it ends in. A phrase of the question's very words
    is left to the callers' own term checks, which let through a name the glossary reads as one
    thing ("improvement board")."""
    asked = [w for w in tokens(question.folded) if w not in STOPWORDS or len(w) > SHARED_ROOT]
    # a light verb is a stop word, yet "added" is what "additional" restates; "the" opens "theme"
    words = [fold(w) for w in phrase if fold(w) not in STOPWORDS]
    if not words or all(w in asked for w in words):
        return False
    return all(any(_same_root(w, a) for a in asked) for w in words)


PARTITIVE = r"(?:part|aspect|element|section|side|branch|arm|bit|piece)"
"""Nouns for a part of a whole: "which part of the service works well" asks for the part that works,
named by the quote ("the virtual school"), not by any word "part"."""
_REPORTED = r"(?:said|found|reported|judged|seen|thought|considered|believed|known|described as)"
_SUBJECT_VERB = re.compile(
    rf"^(?:what|(?:what|which) (?P<part>{PARTITIVE}) (?:of|in|within)(?: [a-z'’-]+){{1,4}}?)"
    r"(?: (?:did|do|does) (?:[a-z'’-]+ ){1,3}?(?P<told>say|find|report|think|believe|feel|note))?"
    rf"(?: (?:was|were|is|are) (?P<reported>{_REPORTED}) to (?P<bare>[a-z]{{3,}})"
    r"| (?P<verb>[a-z]{2,}(?<![siu])s|[a-z]{3,}ed|made|gave|took|led|ran|set|sent|held|wrote|"
    r"brought|began|won|left|kept|put|drove|got))"
    rf" (?=(?:{PREPOSITIONS}|the|a|an|its|their|his|her|this|that|these|those|well|most|all|some|many|"
    rf"each|every|about|over|out|up|[a-z]+ly)\b)(?!.*\b(?:{AUXILIARY})\b)"
)
"""`What works with...`, `What replaced the...`, `What prompted the...`: `what` and a verb in the present
or the past with its object, its preposition or an adverb straight after, and no other verb to come,
so `what` is the verb's subject; so too `which part of X` (the part is the subject) and `what was
said to work` (what is said to work is the subject of "work"), and either with who said so before the
verb (`what did inspectors find works...`). A noun after `what` is followed by its
own verb ("what measures did", "what areas improved") or by "of" ("what parts of the service"), never
by these alone."""
_NOT_ASKING_SUBJECT = frozenset(
    {"happens", "happened", "occurs", "occurred", "follows", "followed", "needs", "needed", "means", "meant"}
    | {"caused", "causes", "led", "leads"}
)
"""Verbs whose subject is no thing asked for: "what happens if" asks for a consequence, "what needs to
change" for a change, "what caused" (read as `why`) for a reason."""


def asked_subject(question: Question) -> str | None:
    """The verb a `what` question asks the subject of (`works` in "What works with professionals to
    meet..."), or None where `what` is not the subject of the verb after it."""
    found = _SUBJECT_VERB.match(question.folded) if question.form in {"what", "which"} else None
    verb = (found["verb"] or found["bare"]) if found else None
    if found is None or (question.form == "which") != bool(found["part"]):
        return None  # "which team works...": a name ending in the noun asked about, read elsewhere
    if verb is None or verb in _NOT_ASKING_SUBJECT or verb in STOPWORDS:
        return None
    return verb


def subject_frame(question: Question) -> list[str]:
    """The question's words that only frame an asked subject (`asked_subject`): the noun for a part
    ("which part of the service") and the verb of reporting ("was said to work", "did Ofsted say
    works"), which the quote naming the part need not hold."""
    found = _SUBJECT_VERB.match(question.folded)
    return [word for word in (found["part"], found["reported"], found["told"]) if word] if found else []
