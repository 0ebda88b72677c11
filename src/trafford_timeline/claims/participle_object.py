"""The thing a question asks to be named, written before its participle in the quote.

`What did the DfE issue to Trafford?` asks for the object of "issue". A quote may name that object
before a past participle of the verb, in a reduced relative or a passive ("an improvement notice
issued to Trafford MBC", "an adviser was appointed"): the object is the noun phrase before the
participle, and the words after the question's own ("MBC after Ofsted found ...") are the rest of a
name and what came next, not the answer.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.language import STOPWORDS, fold, stem
from trafford_timeline.claims.question import AUXILIARY

_WHAT_DID = re.compile(rf"^what (?:{AUXILIARY}) (?P<rest>[a-z][a-z' -]*?)\s*\??$")
"""`What did the DfE issue to Trafford?`: the words after the auxiliary hold the subject, the verb
and what follows it."""
_IRREGULAR = {
    "make": "made", "give": "given", "set": "set", "send": "sent", "hold": "held", "lead": "led",
    "run": "run", "bring": "brought", "keep": "kept", "find": "found", "put": "put", "choose": "chosen",
    "take": "taken", "draw": "drawn", "write": "written", "build": "built", "seek": "sought",
}  # fmt: skip
_NOUN_PHRASE = r"(?P<object>(?:an?|the|its|their|this|that|these|those)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
_AFTER = r"(?=\s+(?:to|by|for|on|in|at|against|with|after|from|under|as)\b|\s*[,.;:]|\s*$)"
_BE = r"(?:\s+(?:was|were|is|are|has been|have been|had been|will be|would be|being|been))?"


def _participles(verb: str) -> set[str]:
    if verb in _IRREGULAR:
        return {_IRREGULAR[verb]}
    if verb.endswith("e"):
        return {verb + "d"}
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return {verb[:-1] + "ied"}
    return {verb + "ed", verb + verb[-1] + "ed"}


def object_before_participle(question_folded: str, quote: str) -> str | None:
    """The noun phrase the quote writes before a past participle of the question's verb, where the
    question is `what <auxiliary> <subject> <verb> ...`; None where there is no such phrase. The verb
    is the first word after the subject's first word whose participle the quote has."""
    found = _WHAT_DID.match(question_folded)
    if found is None:
        return None
    words = found["rest"].split()
    for verb in words[1:]:
        if verb in STOPWORDS or len(verb) < 3:
            continue
        for participle in _participles(verb):
            pattern = rf"\b{_NOUN_PHRASE}{_BE}\s+{re.escape(participle)}\b{_AFTER}"
            match = re.search(pattern, fold(quote))
            if match is None:
                continue
            phrase = {stem(word) for word in match["object"].split()}
            others = {stem(word) for word in words if word != verb and word not in STOPWORDS}
            if phrase & others:
                continue  # "the adviser appointed by the DfE", of "what did the DfE appoint him to do?"
            return _original(quote, match.start("object"), match.end("object"))
    return None


def _original(quote: str, start: int, end: int) -> str:
    """The quote's own spelling of a span found in its folded text (folding keeps word positions where
    the quote has no doubled spaces, and the words are matched again to be sure)."""
    words = fold(quote)[start:end].split()
    original = quote.split()
    folded = [fold(word) for word in original]
    for at in range(len(folded) - len(words) + 1):
        if [w.strip(",.;:") for w in folded[at : at + len(words)]] == words:
            return " ".join(original[at : at + len(words)]).strip(",.;:")
    return " ".join(words)
