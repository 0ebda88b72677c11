"""Whether an item says a claim's word through a glossary concept only by a second step of meaning.

A claim's word may be read as another that WordNet gives for it (`stand_ins`), and that other word
may be one of a glossary concept's many words: `resign` shares one sense with `submit` (to give
in), and `submit` is a word of the concept of sending a plan on (with `present`, `send`, `go to`);
`national` shares one with `public`, a word of the concept of publishing (with `issued`). An item
that holds the concept through a word of its own (`present the action plan`, `an improvement notice
was issued`) then seems to say the claim's word, though its word and the claim's share no sense:
each step chose a different sense of the word in the middle. The concept stands in only where the
item writes one of the claim word's own other words that the glossary reads as that concept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trafford_timeline.claims.holder_status import item_texts
from trafford_timeline.claims.index import Document
from trafford_timeline.claims.language import fold, stem
from trafford_timeline.claims.thesaurus import synonyms

_WORD = re.compile(r"[a-z]+")


def written_by_item(word: str, said: str, offered: Sequence[tuple[str, str]], document: Document) -> bool:
    """Whether the item writes one of the claim `word`'s `offered` other words that is read as
    `said`, or a word that WordNet gives as sharing a sense with it (`led`, which is `head`): always
    so for a plain word, which the item's own words give."""
    if ":" not in said:
        return True
    wanted = {stem(other) for other, term in offered if term == said}
    written = {found for text in item_texts(document) for found in _WORD.findall(fold(text))}
    return any(stem(found) in wanted or word in synonyms(found) for found in written)
