"""A question read into what it asks for: its form (when, who, what grade, how many...) and the rest.

The rest of the question is read as a claim is read (`reading.read_text`), so "When does the panel
to appoint a new director sit?" looks for the item that "The panel to appoint a new director sits in
October 2019" would match, and asks for that item's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from trafford_timeline.claims.asking import without_frames
from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.persona import without_persona
from trafford_timeline.claims.reading import Reading, Vocabulary, read_text

Form = Literal[
    "when",
    "who",
    "said",
    "grade",
    "how_many",
    "how_often",
    "which",
    "yes_no",
    "list",
    "what",
    "stands_for",
    "why",
]
Kind = Literal["date", "person", "grade", "quantity", "frequency", "yes_no", "text"]
KIND_OF_FORM: dict[Form, Kind] = {
    "when": "date", "who": "person", "said": "person", "grade": "grade", "how_many": "quantity",
    "how_often": "frequency", "yes_no": "yes_no", "which": "text", "list": "text", "what": "text",
    "stands_for": "text", "why": "text",
}  # fmt: skip

AUXILIARY = r"did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must"
_AUX = re.compile(rf"^(?:{AUXILIARY})\b")
_WHEN = re.compile(
    r"^(?:when|by when|until when|since when|from when|"
    r"(?:from|at|since|by|until|up to) (?:what|which) (?:point|stage)(?: in time)?|"
    r"(?:on|in|by|over|between|across|during|from) (?:what|which) (?:dates?|days?|weekdays?|months?|years?)|"
    r"(?:what|which) (?:dates?|days?|weekdays?|months?|years?)|"
    r"what (?:is|was|are|were) the (?:[a-z]+['’]s )?(?:deadline|date|day|month|year|timescale|timetable|"
    r"start date|end date|"
    r"publication date|release date)|"
    r"what (?:is|was|are|were) the (?:[a-z-]+ ){1,2}?(?:deadline|date|timescale|timetable)"
    r"(?= (?:set|for|in|of|by)\b)"
    r")\b"
)
"""`When...`, `On what date...`, `On which weekday...` (the date's day, `weekday_asked.py`), `What is the
deadline...` (or `the DfE's deadline`, whose owner says which); a noun before the deadline (`What's the
implementation deadline set in the notice?`) says which one, as long as the deadline's own words follow."""
_WHO = re.compile(r"^(?:(?:by|to|for|from|with|on|of|against|at) )?(?:who|whom|whose)\b")
"""`On whose behalf...`, `To whom...`, `With whom...`: a preposition before `who` still asks for a
person or body, never for the words a quote writes after the question's own."""
SAYING = (
    r"said|say|says|call|called|calls|describe|described|admit|admitted|characteri[sz]ed|"
    r"characteri[sz]e|told|tell|state|stated|warn|warned|declare|declared|comment|commented|"
    r"acknowledge|acknowledged|admitted|quoted|insist|insisted|insists|stress|stressed|stresses|"
    r"concede|conceded|concedes|admits|acknowledges|confess|confessed|confesses|argue|argued|argues|"
    r"emphasise|emphasised|emphasises|emphasize|emphasized|emphasizes|remarked|"
    r"promise|promised|promises|pledge|pledged|pledges|vow|vowed|vows"
)
"""Verbs that report words said: "who insisted the council could fix it?" asks for a speaker as
"who said" does (a speaker insists or stresses as often as they say); one promises or pledges in words.
"""
_SAID = re.compile(rf"^(?:who|whom)(?: (?:has|had|have|was|first|publicly|once|then))? (?:{SAYING})\b")
"""`Who said...`: the speaker is asked for. In `Who did Weston say would lead...`, the speaker is given."""
_WHICH_SAID = re.compile(rf"^(?:which|what)(?: (?!(?:{AUXILIARY})\b)[a-z'-]+){{1,4}}(?<!\bof) (?:{SAYING})\b")
"""`Which official described the report as...`: a speaker asked for by a noun, as `who said` asks."""
_SAYING = re.compile(
    rf"\b(?:{SAYING}|say|call|find|think|believe|conclude|suggest|suggested|mention|mentioned|named|cited|"
    r"singled out|single out|singles out|picked out|pick out|picks out)\b"
)
"""Verbs of saying and naming, which frame a question: "what did Sara Todd call the report?"."""
_ATTRIBUTION = re.compile(
    r"\b(?:find|found|say|said|report|reported|state|stated|conclude|concluded|note|noted|think|thought|"
    r"believe|believed|judge|judged|agree|agreed|consider|considered) that\b"
)
"""`Did Ofsted find that the workforce was stable?` asks whether the workforce was stable."""
_GRADE = re.compile(
    r"^(?:(?:what|which)(?: (?!(?:"
    + AUXILIARY
    + r")\b)[a-z'-]+){0,3} (?:grade|rating|judgement|judgment|verdict)(?= (?:"
    + AUXILIARY
    + r")\b)|"
    r"how (?:was|were|is|are|has|had|did|does|do)\b.*\b(?:graded|rated|rate|judged|judge|grade)|"
    r"what (?:was|is|were|are)\b.*\b(?:grade|rating|judgement|judgment|verdict)s?|"
    r"what (?:was|is|were|are) (?!(?:rated|graded|judged)\b)\S+.*\b(?:rated|graded|judged)|"
    r"how (?:did|does|do) .*\b(?:judgement|judgment|rating|grade)s? (?:come|turn) out|"
    r"what (?:did|does|do|will) .+? (?:rate|grade|judge)\b"
    r"(?! (?:as |to be )?(?:outstanding|good|inadequate|requir))|"
    r"what (?:did|does|do|will) .+? (?:get|receive|achieve|score|earn)\b"
    r"(?=.*\b(?:inspection|inspected|ofsted|(?:19|20)\d\d)\b))\b"
)
"""`What grade...`, `What overall effectiveness grade did...` (a few words may name the judgement
before its noun), `How was X rated...`, `What was X's rating...`, `What was X rated in 2015?` (a grade,
not the words after "rated"), `What did X get in the 2015 inspection?` (what an area gets from an
inspection, or in a year, is its grade), `How did the X judgement come out?`, `What did Ofsted rate X in
2015?` (the inspectorate's verb with its object); not `Which council was first rated`, `What was rated
inadequate?` nor `What did Ofsted rate as inadequate?`."""
_GRADE_WORD = r"(?: (?:grade|rating|judgement|judgment))?"
FROM_WHAT_TO_WHAT = re.compile(rf"\bfrom (?:what|which){_GRADE_WORD} to (?:what|which){_GRADE_WORD}\b")
"""`Leadership went from what to what between 2015 and 2019?`: the two grades of a change, asked where
they would stand in the statement ("went from outstanding to inadequate")."""
_GRADE_OF_OTHER_YEAR = re.compile(
    r"\b(?:to|into) (?:what|which) (?:grade|rating|judgement|judgment)\b"
    r"|\b(?:outstanding|good|requires improvement(?: to be good)?|inadequate) in (?:19|20)\d\d\b"
    r"[^?]*?\band what (?:in|by|for) (?:19|20)\d\d\b"
)
"""`Leadership went from outstanding in 2015 to what grade in 2019?`, `Care leavers: outstanding in 2015,
and what in 2019?`: a grade given for one year and asked for another is a grade question, though no
verb of rating opens it."""
_GRADE_NOUN = re.compile(
    r"^(?:and |so |what about )?(?:the |its |their )?(?:\w+ )?(?:grade|rating|judgement|judgment)s? "
    r"(?:for|of|on|given to)\b"
)
"""`And the judgement for children in care in 2019?`: a question put as the noun it asks for, no verb."""
_HOW_MANY = re.compile(
    r"^(?:(?:in|within|for|after|over|by) )?(?:(?:roughly|approximately|about|around|nearly|almost) )?"
    r"(?:how (?:many|much|long)|by how much|"
    r"what (?:percentage|proportion|share|number|amount)|"
    r"what (?:was|is) the (?:percentage|proportion|number|increase|rise))\b"
)
_STANDS_FOR = re.compile(r"^what (?:does|did|do) (?P<acronym>[a-z]{2,8}) (?:stand for|mean)\b")
"""`What does MARAT stand for?` asks for the words an acronym is made of."""
_WHY = re.compile(
    r"^(?:why|for what reason|what (?:(?:had|has|have) )?(?:caused|led to)|"
    r"what (?:did|does|do) [a-z' -]+? (?:blame|hold responsible) for|"
    r"what (?:was|were|is|are) (?:blamed|held responsible) for|"
    r"what (?:did|does|do) [a-z' -]+? (?:say|find|think|believe) (?:(?:had|has|have) )?(?:caused|led to)|"
    r"what (?:was|were|is|are) (?:the|a|an|one) (?:key |main |chief |major |big )?(?:cause|reason)s? "
    r"(?:of|for|why|behind)|"
    r"what (?:did|does|do) [a-z' -]+? (?:give|gave|cite|offer|name) as (?:the|a|an|one) "
    r"(?:key |main |chief |major |big )?(?:cause|reason)s? (?:of|for|why|behind)|"
    r"what (?:key |main |chief |major |big )?(?:cause|reason|explanation)s? "
    r"(?=(?:did|does|do|was|were|is|are|has|had|have)\b[a-z' -]*? (?:of|for|behind)\b))"
    r"(?:(?<= )(?:did|does|do|was|were|is|are|has|had|have)(?: [a-z']+)*? (?:give|gave|given|get|got|"
    r"cite|cited|offer|offered|provide|provided|receive|received)(?= (?:of|for|behind)\b))?\b"
)
"""`Why...`, `For what reason...`, `What was a key reason for...`, `What did X give as the reason
for...`, `What reason did X give for...`, `What explanation was given for...`, `What did X blame for...`,
`What did X say caused...`, `What was blamed for...`: a cause is asked for,
read only where an item states one (the name of a reason, "a key reason", is never the answer)."""
_HOW_OFTEN = re.compile(
    r"^(?:how (?:often|frequently|regularly|consistently|routinely)|at what (?:interval|frequency))\b"
)
_LIST_VERB = re.compile(r"\b(?:cover|covers|covered|include|includes|included|comprise|comprises|list)\b")
_WHICH = re.compile(r"^(?:which|what) (?P<focus>[a-z'-]+(?: [a-z'-]+)*?) (?:" + AUXILIARY + r")\b")
_WHICH_NOUN = re.compile(r"^which (?P<focus>[a-z'-]+) (?!(?:" + AUXILIARY + r")\b)")
"""`Which organisation issued the notice?`: the noun, where a verb follows it straight away."""
PREPOSITIONS = r"by|to|for|from|with|on|at|under|against|into"
PURPOSE_VERBS = r"""give|make|help|improve|address|understand|ensure|support|provide|keep|reduce|tackle|
deal|meet|show|allow|enable|see|hear|learn|check|prevent|protect|raise|strengthen|boost|speed|fix|cut|
avoid|stop|put|bring|offer|set|build|match""".replace("\n", "")
"""Verbs that open a clause of purpose after "to" ("to give young people a voice", "to provide them
with advice"): the end of what was done, not part of the thing it was done with."""
STRANDED = r"in|into|on|onto|of|as|with|from|at|by|about|without|under|through"
"""A preposition a `what` question may leave without its object at the gap (`copies of`, `used as`)."""
_ASKED_AFTER = re.compile(rf"^(?P<prep>{PREPOSITIONS}) (?:which|what|whom|whose|who)\b")
"""`With which office-holder...?`, `To whom...?`: the answer is what follows the same preposition in
the quote ("meetings with the Deputy Leader of the Council")."""
_PREP_WHICH = re.compile(
    rf"^(?:{PREPOSITIONS}) (?:which|what) (?P<focus>[a-z'-]+(?: [a-z'-]+)*?) (?:{AUXILIARY})\b"
)


_WHICH_IS = re.compile(
    r"^which (?:is|was|are|were) (?:the |a |an )(?:(?:first|last|only|next|new|main|other) )?"
    r"(?P<focus>[a-z'-]+)(?= (?:to|that|which|who|whose|of|in|for|with|on|at|by)\b)"
)
"""`Which was the first council to...?` asks which council: the noun after the article."""


def asked_preposition(folded: str) -> str | None:
    """The preposition a question opens with before its question word, if any."""
    found = _ASKED_AFTER.match(folded)
    return found["prep"] if found else None


_PASSIVE_SUBJECT = re.compile(
    r"^(?:which|what) (?:(?:is|are|was|were)(?: not)?(?: being)?|"
    rf"(?:{AUXILIARY})(?: not)? (?:be|been))(?: being)? [a-z]+ed\b"
)
"""`What will be considered if...?`, `What was decided?`: the thing the passive is said of is asked
for, by no noun. A passive needs a form of "be": in `What did Ofsted say...` the word after `did`
is the one who acted, whatever its ending."""
_LEADING = re.compile(
    r"^(?:and|so|but|then|also|tell me|please|q:|question:)\s+"
    r"|^(?:roughly|approximately|about|around|exactly|precisely|just)\s+(?=when\b)"
    r"|^(?:(?:can|could|would|will) you (?:please )?(?:tell me|remind me|say|confirm)|do you know|"
    r"does anyone know|i (?:would like|'d like|want|need) to know|i wonder|(?:please )?remind me)\s+"
    r"(?=(?:when|who|whom|whose|what|which|how|why|where)\b)"
)
"""Words before the question word that do not change what is asked: `So when...`, `Roughly when...`
(a hedge on a date asks for the date, at whatever precision the record holds it), and a polite
wrapper round the question (`Can you tell me when...`, `Do you know who...`), which is no yes/no."""
_FRONTED = re.compile(
    r"^(?P<clause>(?:in|after|before|at|during|following|by|since|as of|if|unless|once|should|"
    rf"(?:when|while|whilst)(?! (?:{AUXILIARY})\b))\b[^,]{{1,60}}),"
    r"\s*(?P<rest>(?:what|when|who|whom|whose|which|how|why|where|did|does|do|is|was|were|has|have|had|will|would"
    r"|can|could|must|should)\b.+)$"
)
"""`In the 2019 inspection, how was X graded?` (or `If the council fails, what...?`, `When Ofsted
came, was...?`) opens with a clause; the question's form is read from what follows it, and the
clause is kept at the end: `how was X graded in the 2019 inspection`."""
_NOT_IN_PHRASE = rf"(?!(?:{AUXILIARY}|what|when|who|whom|whose|which|how|why|where)\b)"
_FRONTED_BARE = re.compile(
    rf"^(?P<clause>(?:in|after|before|at|during|following|by|since) (?:{_NOT_IN_PHRASE}[a-z0-9'-]+ ){{1,6}}?)"
    rf"(?P<rest>(?:did|does|do|is|are|was|were|has|have|had)(?: {_NOT_IN_PHRASE}[a-z0-9'-]+)+)$"
)
"""`At the point of inspection was X ...?`: a fronted phrase with no comma before the yes/no verb. Read
as `_FRONTED` is only where neither the phrase nor what follows it holds another verb or question word
(`After the report was published did...` is left alone: where the phrase ends is not plain)."""
_OF_WHOLE = re.compile(
    r"^of (?P<whole>(?:the|its|their|these|those) [^,]{1,60}),\s*how (?P<much>many|much) (?P<rest>.+)$"
)
"""`Of the four judgements, how many were inadequate?` is `how many of the four judgements were
inadequate?`: the whole is put first, and what is counted in it follows."""
_SAME_AND_WHAT = re.compile(
    r"^(?:was|is|were|are) "
    r"(?P<noun>(?:the|its|their) (?:[a-z0-9'-]+ ){0,2}(?:rating|grade|judgement|judgment)) "
    r"(?P<one>(?:for|of) [^,]+?) the same as (?:(?:that|the one|those) )?(?:for|of) (?P<other>[^,]+?),?"
    r" and,? (?:if so,? )?what (?:was|is|were|are) (?:it|that|they)$"
)
"""`Was the rating for X the same as for Y, and if so what was it?` asks for the one grade of both, which
the reader of several areas gives only where the record grades them alike: `what was the rating for
X and Y`."""
_OPINION = r"(?:view|opinion|eyes|estimation|mind|reckoning)"
_OWNER_WORDS = r"(?:the )?(?:[a-z-]+ ){0,3}[a-z-]+"
_WHOSE_OPINION = (
    rf"(?:in {_OWNER_WORDS}(?:'s|s') (?:own )?{_OPINION}|in the {_OPINION} of [^,]{{1,60}}?"
    rf"|by {_OWNER_WORDS}(?:'s|s') (?:own )?account|as {_OWNER_WORDS} (?:sees|saw) it)"
)
_ACCORDING = re.compile(
    r"(?:^(?:according to|per|as per|going by) [^,]{1,60},\s*"
    r"|^(?:according to|as per|going by) (?!(?:which|what|whose|who)\b)"
    rf"(?:[a-z'’-]+ ){{1,4}}?(?=(?:{AUXILIARY})\b)"
    r"|,?\s*(?:according to|as per) [^,]{1,60}$"
    rf"|^{_WHOSE_OPINION},\s*|,?\s*{_WHOSE_OPINION}$)"
)
"""`According to the minutes, ...`, `Per the committee minutes, ...`, `Going by the report, ...` name
where the answer is said, not what it is about: left out, with or without the comma (`According to
Ofsted was the council...?` ends where the question's auxiliary opens it). So is whose view it is
(`..., in Ofsted's view`, `In the inspectors' opinion, ...`, `in the eyes of the DfE`, `by the
council's own account`, `as the committee saw it`), which the item that states the matter seldom
words as a view."""
_LIGHT_VERBS = re.compile(
    r"\b(?:stay|stayed|stays|remain|remained|remains|keep|kept|keeps|become|became|becomes|manage to|"
    r"managed to|go on to|went on to|actually|really|ever|at the time|at that time|currently|at present|"
    r"at (?:a |the )?(?:political|senior|officer|member|cabinet|board|executive|strategic|operational|"
    r"national|local|regional|team|management|leadership|corporate|council|government|ministerial|"
    r"directorate|front-line|frontline) level|"
    r"(?:current|present|incumbent|sitting) (?=(?:[a-z'-]+ ){0,3}?(?:leader|member|director|executive|chair|"
    r"secretary|minister|adviser|advisor)s?\b)|"
    r"held|take place|took place|takes place|taken place|arrangement|arrangements|"
    r"planned|scheduled|expected|expecting|expect|expects|intended|intending|"
    r"due to|possible|possibly|potential|potentially|prospective|"
    r"(?:turn|turns|turned|turning|show|shows|showed|showing) up|"
    r"take up (?:their|his|her|its|the) (?:roles?|posts?|positions?)|anywhere|anyway|somewhere|at all|basis|"
    r"in (?:one|a|a single|two|three|a few) words?|(?:one|a single|two|three) (?=words?\b))\b"
)
"""Words that carry no claim in a question: "stay in touch" asks what "in touch" says; "turned up"
only says that someone came, which the visit itself says; "anywhere" and "at all" only widen it;
"in one word" says how short the answer is to be; "on an interim basis" says no more than
"interim"; "the current council leader" is whoever holds the post, which the role itself says; "at
political level" (or any tier of an organisation) only says at which tier a thing was done, where "at
a reasonable level" is the thing asked."""


def _without_light_verbs(text: str, glossary: Glossary | None) -> str:
    """The text without its light verbs (`_LIGHT_VERBS`), but for one that opens a longer phrase the
    glossary reads whole: "stayed the same" and "remained the same size" say there was no rise, so
    "stayed" is kept there, where "the same" alone would be read as a word of its own."""

    def cut(found: re.Match[str]) -> str:
        if glossary is None:
            return " "
        said = len(tokens(found[0]))
        return found[0] if glossary.phrase_length(tokens(text[found.start() :])[: said + 4]) > said else " "

    return _LIGHT_VERBS.sub(cut, text)


PARTICLES = frozenset(stem(word) for word in ("up", "out", "off", "down"))
"""The particle of a phrasal verb ("made up", "single out"): part of its verb, which a quote may word
otherwise ("consisted of", "identified"), never a term an item must name itself. One the glossary
reads with its verb ("set up") is read as that phrase's concept first, and is not dropped."""
_GRADE_FRAME = re.compile(
    r"\b(?:give|gave|given|get|got|gets|receive|received|award|awarded|achieve|achieved|earn|earned|"
    r"score|scored|have|had|hold|held|(?:come|came|comes|turn|turned|turns) out|"
    r"following|followed by|in the wake of)\b"
)
"""The verbs of a grade question's frame: "what grade did Ofsted give leadership" asks only for a grade;
"how did the judgement come out" asks how it was graded, not when anything was published; "following
the 2019 inspection" only says which inspection graded it."""
_LASTING = re.compile(r"\b(?:last|lasted|lasts|take|took|takes|run|ran|runs|span|spanned)\b(?! place)")
"""The verbs of "how long did it last": what lasted is asked about, not the lasting."""
_TIME_UNITS = frozenset({"day", "week", "fortnight", "month", "year", "hour"})
"""A count of these is read from a date or a duration, not from a noun the item must name."""
_LIST_FRAME = re.compile(r"^(?:list|name)\b|\b(?:kind|sort|type|kinds|sorts|types) of\b")
"""`List the areas...`, `What kind of review...`: the frame, not what the question is about."""
_KIND_OF = re.compile(r"^(?:what|which) (?:kind|sort|type)s? of (?P<focus>[a-z'-]+)")
"""`What kind of review...` asks which review: a name ending in `review`."""
_NOT_NOUNS = frozenset(
    {"did", "does", "do", "is", "was", "were", "are", "the", "a", "an", "kind", "sort", "type"}
    | {"happens", "happened", "happen", "occurs", "occurred", "follows", "followed", "comes", "came"}
    | set(AUXILIARY.split("|"))
)
"""Words that open no noun: `What can happen if...` asks what, not which `can happen`; nor does `What
happens if the council is unable...` ask which `happens if the council`: a verb follows `what`."""
_QUESTION_WORDS = re.compile(
    r"\b(?:when|who|whom|whose|what|which|how|many|much|(?<=how )long|often|frequently|date|day|month|year|"
    r"grade|graded|rating|rated|rate|judged|judgement|judgment|percentage|proportion|number|"
    r"amount|times)\b"
)


_STYLE_WORDS = """coverage covered story stories article articles piece headline headlines press news report
reported reporting reporter minutes mention mentioned mentions attribute attributed attributes suggest
suggested suggests cite cited cites wrote write writes written track tracks tracked tracking describe
described official officials individual individuals spokesperson spokesman spokeswoman"""
STYLE_WORDS = frozenset(stem(word) for word in _STYLE_WORDS.split())
"""Words about how a matter was told or followed (the coverage, the story, the minutes, to track), or
that only say a person is asked for ("which official"), not what happened: a question may use them
where the record does not, so they never block an answer as a name, a number or a body the record
never mentions does."""


@dataclass(frozen=True)
class Question:
    text: str
    form: Form
    focus: str | None
    """The noun the question asks about: `system` in "Which system...", `visits` in "How many visits"."""
    content: Reading
    """The question without its question words, read as a claim is read."""
    declarative: str
    """A yes/no question as a statement ("Did the council stay..." -> "the council stay...")."""
    loosened: bool = False
    """A word the record never uses was left out, so the rest must match more closely."""

    @property
    def folded(self) -> str:
        """The question case folded, short forms spelt out (`who'll` is `who will`), no end mark."""
        return _folded(self.text)

    @property
    def kind(self) -> Kind:
        return KIND_OF_FORM[self.form]

    @property
    def focus_stem(self) -> str | None:
        return stem(self.focus.split()[-1]) if self.focus else None


_WORDING_NOUNS = frozenset({"word", "words", "term", "terms", "phrase", "phrases", "adjective", "adjectives"})
"""`What word did X use...` asks for the words X used, as `what did X call it` does: no name ends
in "word", so the noun is the frame of a question about what was said."""


_WORDING_FRAME = re.compile(r"^\W*(?:(?:one|single|a|the) )?(?:" + "|".join(sorted(_WORDING_NOUNS)) + r")\b")
"""The wording noun at the head of the question's content, left out: the quote need not say "word"."""


def _wording(focus: str) -> bool:
    """Whether the noun a `which`/`what` question names is a word for wording ("what term...")."""
    return focus.split()[-1] in _WORDING_NOUNS


_POSSESSED_POST = re.compile(
    r"^what(?:'s|’s| is| was| are| were)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s?\s+"
    r"(?:current\s+|new\s+|official\s+)?(?P<post>role|post|position|job|title|office)(?:\s+(?:on|in|at|within|with)\s+[\w\s'’]+)?\s*\??$"
)
"""`What is Andrew Weston's role?`, `What's Sara Todd's job title?` is not asked: a person's post, asked
with the post noun after a possessive, as `what role does Andrew Weston have` asks it."""


def question_form(folded: str) -> tuple[Form, str | None]:
    """The form of a folded question and the noun it asks about, from its opening words."""
    if _HOW_OFTEN.match(folded):
        return "how_often", None
    if _WHY.match(folded):
        return "why", None
    if match := _STANDS_FOR.match(folded):
        return "stands_for", match["acronym"]
    if match := _HOW_MANY.match(folded):
        rest = re.sub(r"^of (?:the|its|their|these|those) ", "", folded[match.end() :].strip())
        words: list[str] = []
        for word in rest.split():
            if word.isdigit() and not words:
                continue  # "how many of the 2019 judgement areas": the year is not the noun counted
            if re.fullmatch(AUXILIARY, word) or not word.isalpha():
                break
            words.append(word)
            if plural(word):
                break  # "how many thematic audits made up...": the noun counted ends at its plural
        focus = " ".join(words) or ("days" if match[0].endswith("long") else None)
        return "how_many", focus
    if _WHEN.match(folded):
        return "when", None
    if _SAID.match(folded) or _WHICH_SAID.match(folded):
        return "said", None
    if _WHO.match(folded):
        return "who", None
    if _GRADE.match(folded) or _GRADE_NOUN.match(folded) or FROM_WHAT_TO_WHAT.search(folded):
        return "grade", None
    if _GRADE_OF_OTHER_YEAR.search(folded):
        return "grade", None
    if match := _POSSESSED_POST.match(folded):
        return "which", match["post"]  # "what is Andrew Weston's role?" asks what role he has
    if match := _WHICH_IS.match(folded):
        return ("list" if plural(match["focus"]) else "which"), match["focus"]
    if (match := _PREP_WHICH.match(folded)) and match["focus"].split()[0] not in _NOT_NOUNS:
        return ("list" if plural(match["focus"]) else "which"), match["focus"]
    if _AUX.match(folded):
        return "yes_no", None
    if folded.startswith(("list ", "name ")):
        match = re.match(r"^(?:list|name) (?:the |all )?(?P<focus>[a-z'-]+)", folded)
        return "list", match["focus"] if match else None
    if folded.startswith(("what", "which")) and _LIST_VERB.search(folded):
        match = _WHICH.match(folded)
        focus = match["focus"] if match and match["focus"].split()[0] not in _NOT_NOUNS else None
        return "list", focus
    if (match := _WHICH.match(folded) or _WHICH_NOUN.match(folded)) and _wording(match["focus"]):
        return "what", None
    if _PASSIVE_SUBJECT.match(folded):
        return "which", None
    if match := _KIND_OF.match(folded):
        return "which", match["focus"]
    if (match := _WHICH.match(folded)) and match["focus"].split()[0] not in _NOT_NOUNS:
        focus = match["focus"]
        if _names_a_time(focus):
            return "when", focus
        return ("list" if plural(focus) else "which"), focus
    if (match := _WHICH_NOUN.match(folded)) and match["focus"] not in _NOT_NOUNS:
        focus = _compound_noun(folded)
        if _names_a_time(focus):
            return "when", focus
        return ("list" if plural(focus) else "which"), focus
    return "what", None


_PAST_VERB = re.compile(
    rf"[a-z]{{3,}}ed|{SAYING}|made|gave|took|led|ran|set|sent|won|held|wrote|chose|began|sat|met|saw|found|"
    r"brought|kept|sought|stood|oversaw|spoke|came|went"
)
_PRESENT_VERB = re.compile(r"[a-z]{2,}(?<![su])s")
"""`sits`, `runs`: a verb of the present after a noun of one thing (`which police force sits on...`)."""
COMPOUND_WORDS = 3
"""A noun after `which` runs to at most this many words ("which local education authority")."""


def _compound_noun(folded: str) -> str:
    """The noun a `which` question names, over as many words as come before its verb: `which government
    department issued...` asks which department, not which government. Without a past-tense verb
    within a few words, or with a word between that may be a verb ("gives") or opens a phrase
    ("most"), the noun is the one word after `which`."""
    after = folded.split()[1:]
    for end in range(2, min(COMPOUND_WORDS, len(after) - 1) + 1):
        words = after[:end]
        if any(_PAST_VERB.fullmatch(w) or w in STOPWORDS or w.endswith("s") for w in words[1:]):
            break  # "which team gives most disabled...": a verb or a determiner ends the noun
        if _PAST_VERB.fullmatch(after[end]):
            return " ".join(words)
        if (
            end == 2
            and not plural(words[0])
            and not words[1].endswith("ly")
            and _PRESENT_VERB.fullmatch(after[end])
        ):
            return " ".join(words)  # "which police force sits on": a singular noun, then its verb; not
            # "which body ultimately wants", whose adverb is no noun
    if _LEADING_PARTICIPLE.fullmatch(after[0]) and len(after) > 1 and after[1] not in STOPWORDS:
        return " ".join(after[:2])  # "which DfE-appointed adviser...": the adviser, not the appointing
    return after[0]


_LEADING_PARTICIPLE = re.compile(r"[a-z]+-[a-z]+ed")
"""A compound participle before a noun (`DfE-appointed`, `council-funded`) only says which of its kind
is meant: the noun after it is what a `which` question asks for."""


_TIME_NOUNS = frozenset(
    stem(word) for word in ("deadline", "date", "day", "month", "year", "timescale", "timetable", "time")
)


def _names_a_time(focus: str) -> bool:
    """`What implementation deadline does the notice set?` asks for a date, as `when` does: the noun
    asked about is a time, so the answer is the date of the matching item, never the words in front
    of the noun ("oversee implementation" is not a deadline)."""
    return stem(focus.split()[-1]) in _TIME_NOUNS


def plural(focus: str) -> bool:
    """Whether a noun phrase ends in a plural: `which roles` asks for a list."""
    last = focus.split()[-1]
    return last.endswith("s") and not last.endswith(("ss", "us", "is")) and stem(last) != last


_HELD_WHEN = re.compile(
    r"^(?P<main>(?:who|which [a-z' -]+?) (?:is|was|are|were|led|leads|headed|heads|ran|runs) .+?) "
    r"(?:when|while|at the time of|at the time|during|by the time of|as of|"
    r"(?P<told>(?:who was |who is |who )?"
    r"(?:quoted|named|cited|mentioned|interviewed|responding|reacting|speaking|commenting|"
    r"responded|reacted|spoke|commented))) .+$"
)
"""`Who was chief executive when the report came out?` (or `at the time of the report`, or `who led
the council when ...`, a post said by its verb) asks who held the post; the clause only places it in
time, and the item naming the holder need not say what happened then. So does a clause on how the
holder was told of (`Who is the leader quoted responding to the report?`): it says where the name
was read, not which post."""


_DATED = re.compile(r"\b\d{4}\b")


_PERSON_FRAME = re.compile(
    r"\b(?:official|officials|individual|individuals|spokesperson|spokesman|spokeswoman|person|"
    r"office-holder|office holder|officeholder|post-holder|post holder|postholder)\b"
)
_BECOMING = re.compile(r"\b(?:become|became|becomes|go on to become|went on to become)\b")
_RELATIVE_TIME = re.compile(r"\b(?:last|latest|most recently|most recent|recently|previously|previous)\b")
"""`When was it last inspected?`: which of several dated items is meant, never a word an item must
use ("Ofsted last inspected it in 2015" is an old source's "last", not the latest inspection)."""
_SECOND_SAYING = re.compile(
    rf"\s+(?:but|and|while)\s+(?:also\s+)?(?:{SAYING}|added|promised|pledged|vowed|insisted|went on)\b"
)
"""`Who called the report stark but promised to act?`: a second thing the speaker said or promised;
the first is enough to find the speaker."""


_MENTION_VERBS = r"mention|mentioned|cite|cited|name|named|suggest|suggested|put forward|point to|pointed to"
_MENTIONED_BY = re.compile(rf"\bdid (?:the )?(?:[a-z]+ )?[a-z]+s (?=(?:{_MENTION_VERBS})\b)")
"""`Which council did officers mention...`: who mentioned it is not what it is, and the item naming
the council need not say who brought it up (a body's name, with a capital, is kept)."""
_MENTIONED_AS = re.compile(
    r"\bas\s+(?:a|an|the|one)\s+(?:(?:possible|potential|likely|good)\s+)?"
    r"(?:(?:source|example|model|option|candidate)s?\s+of\b|"
    r"(?P<what>(?:[a-z'-]+\s+){0,2}?)partners?(?:\s+(?:for|to|of|with)\b)?)"
)
"""`...mention as a possible source of peer support`, `...cited as a possible peer-support partner
for X`: the frame, not the matter (peer support)."""


_AUDIENCE = re.compile(
    r"\b(?:(?:did|was|were|had|has) (?:the )?(?:committee|members|councillors) "
    r"(?:hear|heard|told|informed|learn|learned|learnt)|"
    r",? as (?:explained|reported|described|presented) to (?:the )?(?:committee|members|councillors))"
    r"(?: that)?\b"
)
"""`How many visits did the committee hear Ofsted would make?`, `..., as explained to the committee`: the
committee is who was told, which the minutes that record it never say of what they record."""
_AUDIENCE_ACTS = re.compile(
    r"\b(?:did|was|were|had|has) (?:the )?(?P<who>committee|members|councillors) "
    r"(?:hear|heard|told|informed|learn|learned|learnt)(?: that)? (?:it|they) "
    r"(?=(?:would|will|could|can|was going to|were going to|is going to|are going to|was to|were to)\b)"
)
"""`When was the committee told it would see the plan?`: the audience is the subject of what it was told
it would do, so it stays as that act's subject ("the committee would see") where the frame goes."""


def _without_audience(folded: str) -> str:
    """The question without the frame of who was told (`_AUDIENCE`), keeping the audience where it
    is told of its own act (`_AUDIENCE_ACTS`)."""
    return _AUDIENCE.sub(" ", _AUDIENCE_ACTS.sub(lambda found: f" the {found['who']} ", folded))


def _content(
    folded: str, form: Form, focus: str | None, declarative: str, glossary: Glossary | None = None
) -> str:
    """The words of the question that name what it is about, without its question words."""
    if form == "stands_for" and focus:
        return focus  # the acronym is all the question is about
    if form != "yes_no":
        folded = without_frames(_without_audience(folded), form)
    held = _HELD_WHEN.match(folded)
    if held and held["told"] and (form != "who" or held["main"].split()[-1] in STOPWORDS):
        held = None  # "which team was singled out for not responding": the clause is the matter
    if form in {"who", "which"} and held:
        years = _DATED.findall(folded[len(held["main"]) :])  # "when Ofsted inspected in 2015" still bounds it
        folded = " ".join([held["main"], *(f"in {year}" for year in years)])
    if form in {"said", "who", "which"}:  # "which official said...": a person is asked for, no more
        folded = _PERSON_FRAME.sub(" ", folded)
    if form == "said":  # "who described X as stark but said...": one speaker, one statement is enough
        folded = _SECOND_SAYING.split(folded, maxsplit=1)[0]
    if form == "why":  # "for what reason...", "what was the main reason for...": the frame, not the matter
        folded = _WHY.sub(" ", folded, count=1)
    if form == "when":  # "when did X become leader?" asks when X started as leader, not when X was one
        folded = _RELATIVE_TIME.sub(" ", _BECOMING.sub(" start ", folded))
        folded = re.sub(r"\b(?:what|which) (?:point|stage)(?: in time)?\b", " ", folded)  # "from what point"
    stripped = _without_light_verbs(
        declarative if form == "yes_no" else _QUESTION_WORDS.sub(" ", folded), glossary
    )
    if form == "grade":
        stripped = _GRADE_FRAME.sub(" ", stripped)
    if form == "how_many":
        stripped = _LASTING.sub(" ", stripped)
    if form in {"list", "which", "what"}:
        stripped = _LIST_FRAME.sub(" ", stripped)
    if form == "what":  # "what word did X use": the words asked for, not a word the item must use
        stripped = _WORDING_FRAME.sub(" ", stripped, count=1)
    if form in {"which", "list"}:  # "which council did officers mention as a source of X": X is the matter
        stripped = _MENTIONED_AS.sub(lambda m: f" {m['what'] or ''} ", _MENTIONED_BY.sub(" ", stripped))
    if form in {"said", "what", "who", "which", "list"}:
        stripped = _SAYING.sub(" ", stripped)
    head = focus.split()[-1] if focus else None
    kind_of = _KIND_OF.match(folded) is not None  # "what sort of chair": the chair is what it is about
    if (
        head
        and not kind_of
        and (form in {"which", "list", "when"} or (form == "how_many" and stem(head) in _TIME_UNITS))
    ):
        stripped = re.sub(rf"\b{re.escape(head)}\b", " ", stripped, count=1)
    return stripped


_SHORT_FORMS = {"'ll": " will", "'d": " would", "'re": " are", "'ve": " have"}
_QUESTION_IS = re.compile(r"\b(?P<word>what|who|when|where|how|which|that|there)'s(?P<has> (?:been|got)\b)?")
"""`What's the deadline...?` is `what is`, `Who's been appointed?` `who has`: after a question word
`'s` is a verb, never a possessive, so the form is read from the words it stands for."""
_NOUN_WORD = rf"(?!(?:{AUXILIARY})\b)[a-z'-]+"
_STRANDED = re.compile(
    rf"^(?P<asks>who|whom|(?:which|what) {_NOUN_WORD}(?: {_NOUN_WORD})?) (?P<rest>.+?) "
    r"(?P<prep>with|to|from|for|against|under)$"
)
"""`Who were the meetings held with?` asks `with whom were the meetings held`: a preposition left at
the end belongs before the question word, where it says the answer follows it in a quote."""


PREAMBLE_WORDS = 3
_QUESTION_START = r"(?:what|when|who|whom|whose|which|how|why|where|did|does|do|is|was|were|has|have|had)\b"
_PREAMBLE = re.compile(rf"^(?P<pre>[^?]{{1,80}}?)\s*(?:\s[-–—]|:)\s+(?P<rest>{_QUESTION_START}.+)$")
"""`Quick one - what grade...`, `I'm writing up the leadership judgement: what was it...`: a lead-in
before the question. A short one (three words or fewer) is dropped; a longer one may name what the
question's `it` is, so it is kept after the question, as a fronted clause is."""
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|theirs|this one|that one)\b")
"""`Care leavers - what was it rated?`: a question that says `it` names its matter in the lead-in,
however short, so the lead-in is kept (after the question), never dropped as a mere `Quick one -`."""
_REQUEST = re.compile(
    r"^(?:i need|i'd like|i would like|i want|can you give me|could you give me|give me|remind me of|"
    r"i'm looking for|i am looking for|looking for)\s+(?:the\s+)?(?P<what>date|day|month|year|name|number)"
    r"\s+(?:of\s+|when\s+|on which\s+|that\s+)?(?P<rest>.+)$"
    r"|^(?:the\s+)?(?P<bare>date|day|month|year|name|number)\s+of\s+(?P<of>.+)$"
)
"""A request put as a statement: `I need the date the notice went out` asks when it went out, and
`Name of the chief executive?` who the chief executive is (`Name the areas` stays a list)."""
_ASKED_AS = {
    "date": "when",
    "day": "when",
    "month": "when",
    "year": "when",
    "name": "who is",
    "number": "how many",
}


_NAME_OF = re.compile(
    r"^what (?:is|was|are|were) (?:the )?names? of (?:the |this |that |its |their )?(?P<thing>.+)$"
)
"""`What was the name of the board set up with...?` asks which board: a name that ends in the noun,
as `which board` does, and only a name with capitals (`asks_a_name`): "the unnamed adviser" is none."""


_OWNER_FIRST = re.compile(r"^(?P<owner>[a-z-]+)'s (?P<noun>[a-z -]+?)(?=$| (?:who|that|which)\b)")
"""`the name of Trafford's chief executive` asks which chief executive of Trafford: the owner put after
the noun, so that `'s` is not read as a plural asking for a list."""


def asks_a_name(question: Question) -> bool:
    """Whether the question asks for the name of a thing (`What was the name of the board...?`)."""
    return _NAME_OF.match(fold(question.text).replace("what's", "what is")) is not None


_REFUSES = re.compile(r"\b(?:won't|will not|wo not)\b")
_CANNOT = re.compile(r"\b(?:can't|cannot|can not|ca not)\b")
_IF_CLAUSE = re.compile(r"\b(?:if|unless|should)\b.*$")


def _condition_words(folded: str) -> str:
    """`What happens if the council won't or can't act?` is the condition a record writes as
    "unwilling or unable to act": in an `if` clause a refusal and an inability are read as those
    words, which the record's quotes use, and no negation is left to deny the quote that states it."""
    found = _IF_CLAUSE.search(folded)
    if found is None:
        return folded
    clause = _CANNOT.sub("unable to", _REFUSES.sub("unwilling to", found[0]))
    clause = re.sub(r"\bunwilling to or unable to\b", "unwilling or unable to", clause)
    return folded[: found.start()] + clause


_PRONOUN_ONE = re.compile(
    r"\b(?P<det>the|this|that|its|their|a) (?P<mod>(?:19|20)\d\d|new|old|previous|last|latest|first|next|"
    r"other|same|earlier|later) ones?\b"
)
"""`before the 2019 one`: "one" stands for a noun the question has named, and is no term an item must
use; "the 2019" is left, which a year bound reads as "the 2019 inspection"."""


_HELD_POST = re.compile(
    r"\b(?P<held>hold|holds|held|holding) (?P<title>the (?:[a-z'’-]+ ){1,4}?)"
    r"(?:post|role|position|office|job)\b"
)
"""A post held, named by its title and a noun of posts ("who held the council leader post"): the title
is the post, and the noun says only that it is one, which the role the record names never repeats."""


def _folded(text: str) -> str:
    folded = _condition_words(fold(text).rstrip("?!. "))
    folded = _PRONOUN_ONE.sub(lambda m: f"{m['det']} {m['mod']}", folded)
    folded = _QUESTION_IS.sub(lambda m: f"{m['word']} {'has' + m['has'] if m['has'] else 'is'}", folded)
    for short, full in _SHORT_FORMS.items():
        folded = re.sub(rf"(?<=[a-z]){short}\b", full, folded)
    folded = _ACCORDING.sub("", _LEADING.sub("", folded)).strip()
    folded = _HELD_POST.sub(lambda m: f"{m['held']} {m['title'].rstrip()}", folded)
    folded = without_persona(folded)  # "As a councillor, when should I expect...": who asks, not what
    lead = _PREAMBLE.match(folded)
    if lead and re.match(_QUESTION_START, lead["pre"]):
        lead = None  # "Who presented it - which officer?": the question first, a tail that restates it
        folded = re.split(r"\s*(?:\s[-–—]|:)\s+", folded, maxsplit=1)[0]
    if lead:
        brief = len(lead["pre"].split()) <= PREAMBLE_WORDS and not _PRONOUN.search(lead["rest"])
        folded = lead["rest"] if brief else f"{lead['rest']} {lead['pre']}"
    if request := _REQUEST.match(folded):
        asked = request["what"] or request["bare"]
        folded = f"{_ASKED_AS[asked]} {request['rest'] or request['of']}"
    if named := _NAME_OF.match(folded):
        folded = "which " + _OWNER_FIRST.sub(r"\g<noun> of \g<owner>", named["thing"])
    if whole := _OF_WHOLE.match(folded):
        folded = f"how {whole['much']} of {whole['whole']} {whole['rest']}"
    if same := _SAME_AND_WHAT.match(folded):
        folded = f"what was {same['noun']} {same['one']} and {same['other']}"
    if fronted := _FRONTED.match(folded):
        folded = f"{fronted['rest']} {fronted['clause']}"
    elif bare := _FRONTED_BARE.match(folded):
        folded = f"{bare['rest']} {bare['clause'].strip()}"
    stranded = _STRANDED.match(folded)
    if stranded and _AUX.match(stranded["rest"]) and not any(_AUX.match(w) for w in stranded["asks"].split()):
        asks = "whom" if stranded["asks"] in {"who", "whom"} else stranded["asks"]
        folded = f"{stranded['prep']} {asks} {stranded['rest']}"
    return folded


_PAST_OF = {
    "find": "found", "say": "said", "report": "reported", "state": "stated", "conclude": "concluded",
    "note": "noted", "judge": "judged", "rate": "rated", "grade": "graded", "describe": "described",
    "call": "called", "identify": "identified", "tell": "told", "think": "thought", "praise": "praised",
    "criticise": "criticised", "criticize": "criticized", "highlight": "highlighted",
}  # fmt: skip
"""Verbs of finding and saying, whose bare form after `did` reads as a noun ("find" as findings)."""
_PAST_OF |= {"meet": "met", "miss": "missed", "achieve": "achieved", "reach": "reached"}
"""Verbs of an outcome set against a plan or a deadline: only their past says it came about, so "did
Trafford meet the deadline" is "Trafford met the deadline", which the deadline itself, a plan, does not
state, where "Trafford meet the deadline" reads as the plan."""
SUBJECT_WORDS = 7
"""The most words a subject before a verb of saying may run to: `did the Interim Director of Children's
Services tell...` names its speaker by a whole post."""
_DID_VERB = re.compile(
    rf"^did\b(?P<subject>(?: (?!(?:not)\b)[a-z'-]+){{1,{SUBJECT_WORDS}}}?) (?P<verb>"
    + "|".join(_PAST_OF)
    + r")\b"
)
_MODAL = re.compile(r"^(?:could|can|may|might)\b(?! not\b)")
"""`Could the government issue a direction if...?` asks what may happen: the statement keeps its modal,
so an item that says it will be considered answers it, where "the government issue a direction if the
council did not comply" would ask whether it was done."""
_PLAN_AUX = re.compile(r"^(?P<aux>was|were|is|are)\b(?P<subject>.+?) (?P<plan>to be|going to)\b")


def _statement(folded: str) -> str:
    """A yes/no question as the statement it asks about, its tense kept where the words carry it:
    "did Ofsted find high turnover" is "Ofsted found high turnover", as a claim would say it; "were
    carers to be involved" is "carers were to be involved", a plan, not "carers to be involved"."""
    if found := _DID_VERB.match(folded):
        return f"{found['subject'].strip()} {_PAST_OF[found['verb']]}{folded[found.end() :]}"
    if found := _PLAN_AUX.match(folded):
        return f"{found['subject'].strip()} {found['aux']} {found['plan']}{folded[found.end() :]}"
    if _MODAL.match(folded):
        return folded  # "could X happen if...": what may happen, which a plan or a condition states
    return _AUX.sub("", folded, count=1)


_MEANS = re.compile(r"\b(?:through|by means of|by way of)\b")
"""Prepositions of means, as `via` (a stopword) is: "kept informed through regular meetings" is kept
informed at them, which the item that states it words otherwise ("meetings with X took place to
update on..."), so the preposition is no term it must hold."""


def _read_content(source: str, glossary: Glossary, vocabulary: Vocabulary | None) -> Reading:
    """The content read as a claim is, less a phrasal verb's particle left as a term of its own, and
    less a preposition of means (`_MEANS`)."""
    source = _MEANS.sub(" ", source)
    content = read_text(source, glossary, vocabulary, correct=True)
    if not PARTICLES & set(content.terms):
        return content
    terms = tuple(t for t in content.terms if t not in PARTICLES)
    words = tuple(w for w in content.words if stem(w) not in PARTICLES)
    return replace(content, terms=terms, words=words)


_LIGHT_WORDS = """take takes took taken taking use uses used using follow follows followed following turn
turns turned get gets got getting make makes made making go goes went come comes came put puts regular
regularly periodic periodically routine routinely require requires required requiring request requests
requested ask asks asked asking fill fills filled filling"""
LIGHT_VERBS = frozenset(stem(word) for word in _LIGHT_WORDS.split()) | {"concept:require"}
"""Verbs that say little of their own ("take on", "use", "follow", "turn up"), and words that say only
that something recurs ("regular"), or only that it is required or asked for: a quote may word the
same thing otherwise ("led by", "an early adopter of", "comply with", "six-monthly", "orders the
council to", "must", "may require"), so they weigh little."""
_BODY_CONCEPTS = ("ofsted", "dfe")
BODIES = frozenset(f"concept:{body}" for body in _BODY_CONCEPTS)
"""The bodies whose documents the record is made of: Ofsted's reports and findings, the DfE's notice
and reviews. Named as the owner of a thing ("the Ofsted report", "the DfE's reviews") they only say
whose it is, which the item that names the thing seldom repeats."""
_DETERMINERS = frozenset({"the", "its", "their", "a", "an", "this", "that"})


def light_terms(
    question: Question, glossary: Glossary, vocabulary: Vocabulary | None = None
) -> frozenset[str]:
    """The question's terms that say little of what it is about, so that an item lacking one still
    matches: a light verb, and a body named only as the owner of a thing the question names ("the
    DfE's reviews", "the finished Ofsted action plan"), not as one that acts ("the DfE appointed")."""
    light = {term for term in question.content.terms if term in LIGHT_VERBS}
    bodies = BODIES
    words = re.findall(r"[a-z][a-z'’-]*", question.folded)
    names = {fold(w) for w in re.findall(r"\b[A-Z][A-Za-z]*", question.text)}
    for at, word in enumerate(words[1:-1], start=1):
        owner = re.sub(r"(?:'s|’s)$", "", word)
        noun = words[at + 1]
        if not _DETERMINERS & set(words[max(0, at - 2) : at]):
            continue  # a noun phrase opens with its determiner: "the (finished) Ofsted plan"
        if (
            noun in STOPWORDS
            or re.fullmatch(AUXILIARY, noun)
            or noun.endswith("ed")
            or _SAYING.fullmatch(noun)
        ):
            continue  # "the DfE appointed", "the DfE will", "the DfE said": the body acts
        noun_terms = set(read_text(noun, glossary, vocabulary).terms)
        possessive = owner != word  # "the government's notice": the owner, written as one
        if not possessive and owner not in names and not (noun_terms and noun_terms <= glossary.actors):
            continue  # "the inspectors turn up": only a body's name, or a body before a post ("the
            # government adviser"), is used as a modifier
        terms = set(read_text(owner, glossary, vocabulary).terms)
        if terms <= set(read_text(noun, glossary, vocabulary).terms):
            continue  # "the Ofsted inspectors" are Ofsted, not a thing of Ofsted's
        if terms and terms <= bodies:
            light |= terms
    return frozenset(light)


_TROUBLE = re.compile(
    r"^(?P<subject>.+?) (?:a|an) (?:(?:big|major|real|serious|significant|particular|key) )?"
    r"(?:problem|issue|concern|difficulty|worry)\b(?P<rest>.*)$"
)


def _without_trouble(declarative: str, glossary: Glossary, vocabulary: Vocabulary | None) -> str:
    """`Was high staff turnover a problem in X?` asks whether there was high turnover in X: where the
    subject already names a quality that has an opposite (`high`, `poor`, `unstable`), calling it a
    problem (an issue, a concern) adds nothing an item must say, and the item that states the opposite
    ("low turnover") answers no. A subject with no such quality ("was sickness an issue?") keeps the
    words, since only they say which way the question leans."""
    found = _TROUBLE.match(declarative)
    if found is None or not set(read_text(found["subject"], glossary, vocabulary).terms) & glossary.polar:
        return declarative
    return f"{found['subject']}{found['rest']}"


def read_question(text: str, glossary: Glossary, vocabulary: Vocabulary | None = None) -> Question:
    """Read a question: its form, and the rest read as a claim would be (typos corrected)."""
    clean = " ".join(text.split()).strip()
    folded = _folded(clean)
    form, focus = question_form(folded)
    declarative = folded
    if form == "yes_no":
        declarative = _ATTRIBUTION.sub(" ", _without_light_verbs(_statement(folded), glossary))
        declarative = _without_trouble(" ".join(declarative.split()), glossary, vocabulary)
    content = _read_content(_content(folded, form, focus, declarative, glossary), glossary, vocabulary)
    return Question(clean, form, focus, content, declarative)


def without_words(
    question: Question,
    words: Iterable[str],
    glossary: Glossary,
    vocabulary: Vocabulary,
    *,
    loosen: bool = True,
) -> Question:
    """The question with words the record never uses left out (`sit` in "when does the panel sit?").

    Leaving out a word of substance loosens the question (the rest must match more closely); leaving
    out a style word (`STYLE_WORDS`) does not, as it said nothing of what is asked."""
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(set(words))) + r")\b")
    folded = " ".join(pattern.sub(" ", _folded(question.text)).split())
    declarative = " ".join(pattern.sub(" ", question.declarative).split())
    source = _content(folded, question.form, question.focus, declarative, glossary)
    content = _read_content(source, glossary, vocabulary)
    loosened = loosen or question.loosened
    return Question(question.text, question.form, question.focus, content, declarative, loosened=loosened)


TIME_CLAUSE = re.compile(r"\s(?:when|after|before|while|since|until|once)\s")
"""A clause that only places the question in time: "who was chief executive when the report was
published?" asks who held the post, not who published anything; "what job did she hold before joining?"
asks of another time than the post a role fact names."""


_WH_WORD = re.compile(r"\b(?:what|which)\b")


def asks_two_things(folded: str) -> bool:
    """Whether a question asks for two values ("went from what in 2015 to what in 2019?"): the words
    after one quote's match answer one of them at most, so a reader of one span must not answer."""
    return len(_WH_WORD.findall(folded)) > 1


_BY_NAME = re.compile(r",?\s*\bby name\b,?", re.IGNORECASE)
"""`Which chief executive, by name, said it?`: asks for the name, as `which` or `who` asks already."""


def without_by_name(text: str) -> str:
    """The question without `, by name,`, or the question itself where it has none."""
    if _BY_NAME.search(text) is None:
        return text
    return " ".join(_BY_NAME.sub(" ", text).split()).replace(" ?", "?")
