"""How many things a whole list names: `How many areas do the reviews cover?` counts what they cover.

The record seldom states such a count; it quotes the list ("reviews ... covering leadership,
management and governance, workforce ..."). A count is read only from a list given whole, after a
word that says it is all of them ("covering", "comprising", "made up of"), never after "including"
or "such as", which give some: a count of part of a list is a wrong answer. The items are the list's
comma-separated parts, with the last "and" parting the last two (`slots_gathered.listed_items`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from trafford_timeline.claims.language import NUMBER_WORDS
from trafford_timeline.claims.matching import Answer
from trafford_timeline.claims.slots_gathered import listed_items

_HOW_MANY = re.compile(
    r"^how many (?P<noun>(?:[a-z'’-]+ ){0,2}?[a-z'’-]+s) "
    r"(?P<rest>(?:do|does|did|will|would|can|could|should|must)\b.*?)[?.!\s]*$"
)
"""`How many policy areas do the reviews cover?`: a count of plural things something is said to hold."""
_WHOLE_LIST = re.compile(
    r"\b(?:covering|covers|cover|covered|comprising|comprises|comprise|comprised|consisting of|"
    r"consists of|consist of|made up of)\s*:?\s*[\"“]?$",
    re.IGNORECASE,
)
"""The words that open a list as all of its kind; "including" and "such as" open only some."""
_NAMES = {value: word for word, value in NUMBER_WORDS.items() if word != "dozen"}
MIN_ITEMS = 2


def answer_list_count(text: str, folded: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The count of the items of the whole list a `which` question would be answered with, or None
    where the question counts no such thing or the list is not given whole."""
    found = _HOW_MANY.match(folded)
    if found is None:
        return None
    listed = ask(f"which {found['noun']} {found['rest']}?")
    if listed.status != "answered" or listed.kind != "text" or not listed.answer or not listed.evidence:
        return None
    said = listed.answer
    quote = listed.evidence[0].quote
    at = quote.find(said)
    if at < 0 or not _WHOLE_LIST.search(quote[:at]):
        return None  # "including A and B", or a list read from elsewhere: perhaps not all of them
    items = listed_items(said)
    if len(items) < MIN_ITEMS or any(not item for item in items):
        return None
    count = len(items)
    explanation = f"the {count} items of the list {listed.evidence[0].id} gives: {said}"
    return replace(
        listed,
        question=text,
        answer=_NAMES.get(count, str(count)),
        value=count,
        kind="quantity",
        explanation=explanation,
    )
