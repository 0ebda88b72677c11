"""A change said only as an aim is not said to have happened: "agreed measures to improve the
service" says the council meant to improve it, not that it improved, nor that it had declined.

A word of one pole of a change (`improve`, `decline`) is read as the change itself wherever it
stands, so a claim that the service declined reads as denying the improvement the measures aimed
at, and one that it did not decline as agreeing with it. Here such a word the item says only as
an infinitive of purpose or intent ("measures to improve", "an audit team to improve", "plans to
improve") settles neither. An infinitive after a verb that says the change under way or done
("began to improve", "continued to decline", "helped to improve", "failed to improve") still says
it, and so does "to" as a preposition ("led to declining standards"). A claim that itself names
an intent ("agreed measures for improvement") is left to the ordinary reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import read_text

_SAYS_IT = (
    r"begin|begins|began|begun|beginning|start|starts|started|starting|continue|continues|continued|"
    r"continuing|on|seem|seems|seemed|appear|appears|appeared|manage|manages|managed|fail|fails|"
    r"failed|failing|come|came|comes|prove|proves|proved|help|helps|helped|helping|used|tend|tends|"
    r"tended|due|owing|thanks|lead|leads|led|contribute|contributes|contributed|contributing|"
    r"linked|attributed|related|compared|prior|according|down|up|back|return|returned"
)
"""Words before "to" after which a change is said as under way or done, or "to" is a preposition."""
AIM = re.compile(
    rf"\b(?!(?:{_SAYS_IT})\b)[a-z']+ to (?:(?:further|significantly|rapidly|quickly) )?"
    r"(?P<change>[a-z]+)\b"
)
"""A change in the infinitive after any other word: "a series of measures to improve"."""
_INTENT = re.compile(
    r"\b(?:measures?|plans?|planned|planning|steps|actions?|aims?|aimed|aiming|intends?|intended|"
    r"efforts?|bid|drive|strategy|designed|order|ambition|determined|wants?|wanted|hopes?|hoped|"
    r"seeks?|sought|trying|tries|tried|attempts?|attempted|needs?|needed|must|ought|pledged?|"
    r"promised?|vowed?|proposals?|programme|package|expected|set|likely|team)\b"
)
"""Words of intent: a claim that names one ("agreed measures for improvement") may be about the aim."""
_BASE = re.compile(r"(?:ing|ed|ment|ion|s)$")
_FINITE = frozenset(("did", "does", "do", "not", "never", "didn't", "doesn't", "don't", "t"))
"""Words before a verb's plain form that make it a stated act ("did not decline"), not an
infinitive ("helping staff improve", "to improve")."""
"""Endings no infinitive has: "to declining standards", "to improvement" are nouns after "to"."""


def said_only_as_aim(
    terms: Iterable[str], claim_text: str, texts: Iterable[str], glossary: Glossary
) -> str | None:
    """The aim ("measures to improve") where every one of the item's texts that says one of the
    `terms` says it only as an aim, and the claim names no intent itself; None otherwise."""
    wanted = set(terms)
    if not wanted or _INTENT.search(fold(claim_text)) or _infinitive(wanted, fold(claim_text), glossary):
        return None
    aim = None
    for text in texts:
        folded = fold(text)
        found = [
            m
            for m in AIM.finditer(folded)
            if not _BASE.search(m["change"]) and wanted & set(read_text(m["change"], glossary).terms)
        ]
        rest = folded
        for m in reversed(found):
            rest = rest[: m.start("change")] + " " + rest[m.end("change") :]
        if wanted & set(read_text(rest, glossary).terms):
            return None  # the item says the change outright
        if found:
            aim = aim or found[0].group(0)
    return aim


def _infinitive(wanted: set[str], folded: str, glossary: Glossary) -> bool:
    """Whether the claim says the change in its plain form as an infinitive ("training was helping
    staff improve their work"): then it speaks of an aim or an effect as the record may, not of a
    change that happened."""
    words = re.findall(r"[a-z']+", folded)
    return any(
        at > 0
        and not _BASE.search(word)
        and words[at - 1] not in _FINITE
        and wanted & set(read_text(word, glossary).terms)
        for at, word in enumerate(words)
    )
