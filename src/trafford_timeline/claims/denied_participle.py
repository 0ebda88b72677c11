"""A bare "denied" or "refused" that is a passive participle: "with a small number of children denied
assessments" says the children were denied them.

The glossary reads "were denied" and "was refused" as denials, and a bare "denied" as the speech act
("the council denied the report", the opposite of admitting). After "with" and a noun phrase, though,
the participle can only be passive: the absolute construction ("with staff refused leave", "with
families denied support") names what was withheld from the noun, which is what "were not offered"
says. Such a participle is read as the passive it is.
"""

from __future__ import annotations

import re

_ABSOLUTE = re.compile(
    r"\bwith (?P<noun>(?:(?!(?:who|which|that|and|or|it|they|he|she|we"
    r"|has|have|had|was|were|is|are|been|being)\b)[a-z'’-]+ ){1,6}?)(?P<verb>denied|refused)\b"
)
"""`with` and a noun phrase of up to six words, then the participle; a relative pronoun, a pronoun
subject or an auxiliary inside ("with the council, which denied", "with it denied") is another
construction, and is left alone."""


def passive_denials(text: str) -> str:
    """The folded text with each absolute-construction "denied"/"refused" made "were denied"/"were
    refused", the glossary's passive denial."""
    return _ABSOLUTE.sub(lambda found: f"with {found['noun']}were {found['verb']}", text)
