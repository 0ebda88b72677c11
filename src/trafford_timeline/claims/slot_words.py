"""Word lists and patterns the readers of a question's slot share."""

from __future__ import annotations

import re

from trafford_timeline.claims.language import NUMBER_WORDS

EARLIER = re.compile(r"\b(?:previous|previously|before|earlier|former|formerly|prior|used to|had been)\b")
CHANGED_FROM = re.compile(
    r"\b(?:downgrad|upgrad|drop|dropp|fell|fall|slid|slip|slipp|declin|improv|rose|rise|rais|lower|mov|went|go)"
    r"[a-z]* (?:[a-z'’-]+ ){0,3}?from(?= (?:in|on|at|after|when|during|by)\b|\W*$)"
)
"""`What rating did Ofsted downgrade Trafford from in 2019?`: a grade changed from, asked for at the
end of the question, is the one held before, as `previous` asks; "downgraded from good to what?" is not."""
LATER_INSPECTION = re.compile(
    r"\bre-?inspect\w*|\b(?:next|follow-up|follow up|subsequent|later|future|fresh|new)\s+inspection"
)
"""An inspection after the ones a question's rating would otherwise be read from: a re-inspection."""
MODAL = re.compile(
    r"\b(?:will|would|must|should|shall|agreed|agree|promised|promise|going to|is to|are to)\b"
)
REQUIRE = re.compile(r"\b(?:require|required|requires|order|ordered|orders|impose|imposed|demand|demanded)\b")
_NUMBER_NAMES = {value: word for word, value in NUMBER_WORDS.items() if word != "dozen"}
_WORD_AT = re.compile(r"[A-Za-z0-9][\w'’-]*(?:\s*\([A-Z]{2,}\))?|[“”\"]")
_BOUNDARY_WORDS = """the a an its their his her this that these those of to for by with in on at from as such
was were is are be been had has have which who said says and or but into under over after before than one
some many most all any each no not never nor"""
_BOUNDARY = frozenset(_BOUNDARY_WORDS.split())
