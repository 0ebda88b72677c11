"""A claim whose object a closing relative clause narrows, against an item that denies the statement
without it.

"Ofsted sets the performance indicators councils must use" (or "...the indicators Trafford must report
against", "...that Trafford's leaders are judged against") is false where the record says "Ofsted does
not set performance indicators": a thing not done at all is not done to the ones the clause picks out.
The clause's words, which the item need not say, would otherwise leave the claim not found. Read
without the clause, the claim is taken only where the item denies it; agreement would not say which
ones, so it never supports.
"""

from __future__ import annotations

import re

_NOUN = r"(?!(?:before|after|when|while|since|until|once|as|by|for|to|from|with|of|in|on|at)\b)[a-z'’-]+"
_AUXILIARY = r"(?:must|should|can|could|will|would|may|might|has to|have to|had to|is|are|was|were|get|gets)"
_DETERMINER = re.compile(r"\b(?:the|its|their) ")
_RELATIVE = re.compile(
    rf"(?P<head>(?:the|its|their) (?:{_NOUN} ){{0,3}}?{_NOUN})"
    r" (?:(?:that|which) (?P<clause>[^,;.!?]+)"
    r"|(?P<bare>(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:'s)?(?: [a-z]+)?|it|they|we|he|she|you)"
    rf" {_AUXILIARY} (?:[a-z]+ ){{0,2}}?[a-z]+)"
    rf"|(?P<plural>[a-z]+s {_AUXILIARY} (?:[a-z]+ ){{0,2}}?[a-z]+))"
    r"\s*[.!]?\s*$"
)
"""`...the indicators that Trafford's leaders use.`, `...the indicators Trafford must report against`,
`...the indicators councils must use`: a relative clause that closes the claim, after a noun phrase of
lower-case words; without "that", one whose subject is a name, a pronoun or a plural noun and whose
verb follows an auxiliary, which is where the noun phrase is known to end."""


def without_restriction(text: str) -> tuple[str, str] | None:
    """The claim without the relative clause that closes it, and the clause; None where it has none."""
    for start in reversed([m.start() for m in _DETERMINER.finditer(text)]):
        # the last noun phrase first: in "told the committee that Ofsted sets the indicators councils
        # use", "that" after "the committee" opens what was told, not a clause narrowing the committee
        if (found := _RELATIVE.match(text, start)) is not None:
            return text[: found.end("head")] + ".", found["clause"] or found["bare"] or found["plural"]
    return None
