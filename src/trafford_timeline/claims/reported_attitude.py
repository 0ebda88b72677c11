"""Who wanted, hoped or believed a thing, read as the speaker of a statement whose quote reports it of
them: "said she wanted the council to 'embrace the challenge'".

`Who wanted the council to embrace the challenge?` asks for a person by a verb of wanting or hoping,
which the readers of people look for in a post or a speaker's own words; a statement's quote reports
it of its speaker with a pronoun after a verb of saying ("said she wanted", "says he hopes"). Where
the statements that match the question best have one speaker, and a quote of theirs reports the
question's own verb so, that speaker answers; a verb reported of anyone else ("said the council
wanted") is not the speaker's.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold, stem
from trafford_timeline.claims.matching import MATCH, Answer, answered, cite, floor_of, ranked
from trafford_timeline.claims.question import Question
from trafford_timeline.claims.verdicts import Evidence
from trafford_timeline.record.model import StatementFact

_ATTITUDE = re.compile(
    r"^who (?P<verb>wanted|wants|hoped|hopes|wished|wishes|believed|believes|felt|feels|expected|expects|"
    r"intended|intends)\b"
)
"""`Who wanted...`, `Who hoped...`: a person asked for by what they wanted, hoped or believed."""
_REPORTED = re.compile(
    r"\b(?:said|says|added|adds|stressed|insisted)(?: that)? (?:she|he|they) (?:had |has |have |was |is )?"
    r"(?P<verb>[a-z]+)\b"
)
"""`said she wanted`, `says he hopes`: a verb reported of the speaker, by the pronoun after the saying."""


def answer_reported_attitude(question: Question, index: ClaimIndex) -> Answer | None:
    """The one speaker of the best-matched statements whose quote reports the question's verb of them,
    or None."""
    found = _ATTITUDE.match(question.folded)
    if found is None:
        return None
    verb = stem(found["verb"])
    matches = ranked(question.content, index, lambda d: isinstance(d.item, StatementFact))
    good = [m for m in matches if m.coverage >= floor_of(question, MATCH)]
    if not good:
        return None
    speakers: dict[str, list[Evidence]] = {}
    for match in (m for m in good if m.coverage == good[0].coverage):
        item = match.document.item
        assert isinstance(item, StatementFact)
        for citation in item.citations:
            if any(stem(said["verb"]) == verb for said in _REPORTED.finditer(fold(citation.quote))):
                speakers.setdefault(item.speaker, []).append(cite(item.id, citation))
    if len(speakers) != 1:
        return None
    ((speaker, evidence),) = speakers.items()
    explanation = f"{evidence[0].id} reports it of its speaker"
    return answered(question, speaker, speaker, explanation, evidence)
