"""Whose name something was done in: one holder to an act, so another person named there is wrong.

A notice is issued `on behalf of` one person (the record: Education Secretary Damian Hinds). A claim
that names someone else in that place, whether a person the record knows in another role (`on
behalf of Andrew Weston`) or one it never mentions (`on behalf of Gavin Williamson`), names the wrong
holder, provided the record's item says the rest of the claim.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.compare import candidates
from trafford_timeline.claims.index import ClaimIndex, Person, own_text, weight
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.people import holder_name
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.verdicts import ClaimCheck, cite, unique

_BEHALF = re.compile(r"\bon (?:the )?behalf of\s+|\bon (?:his|her|their|whose) behalf\b")
"""Where a text names whose part an act was done in (`on behalf of`, `on whose behalf`)."""
NAME_REACH = 60
"""How many characters after `on behalf of` the holder's name may end: `education secretary Damian Hinds`."""
_CAPITALISED = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+")
"""A run of capitalised words: a title and a name (`Health Secretary Matt Hancock`)."""
SAID_REST = 0.75
"""The share of the claim's other words the item must say for its holder to be the claim's."""


def _named_after(text: str, at: int, index: ClaimIndex) -> Person | None:
    """The person the record knows whose name follows `at` closely, or who is named in a text that
    says `on whose behalf` (the text's subject)."""
    folded = fold(text)
    window = folded[at : at + NAME_REACH]
    found = [person for person in index.people if (name := fold(holder_name(person))) and name in window]
    return found[0] if len(found) == 1 else None


def _claimed_holder(claim: str, index: ClaimIndex) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """The name the claim gives after `on behalf of`, with the terms it reads as and those of the
    title written with it (`Health Secretary`), or None."""
    match = _BEHALF.search(fold(claim))
    if match is None or match.group(0).strip().endswith("behalf"):
        return None
    if (person := _named_after(claim, match.end(), index)) is not None:
        return holder_name(person), person.name, person.name
    capitalised = _CAPITALISED.match(claim, match.end()) or _CAPITALISED.search(claim, match.end())
    if capitalised is None or capitalised.start() > match.end() + NAME_REACH:
        return None
    known = index.vocabulary.words | index.glossary.words
    words = capitalised[0].split()
    while len(words) > 2 and words[-3].casefold() not in known:
        words = words[1:]  # the name's own words run back to the title
    name_words = [word for word in words[-2:] if word.casefold() not in known]
    if len(name_words) < 2:
        return None  # a title or body the record knows (`Education Secretary`), not a new name
    name = " ".join(name_words)
    titled = read_text(capitalised[0], index.glossary, index.vocabulary).terms
    return name, frozenset(read_text(name, index.glossary, index.vocabulary).terms), frozenset(titled)


def check_on_behalf(claim: str, reading: Reading, index: ClaimIndex) -> ClaimCheck | None:
    """Contradicted where the item that says the rest of the claim names another person in whose
    part it was done; None where the claim names no one there or no item settles it."""
    claimed = _claimed_holder(claim, index)
    if claimed is None:
        return None
    name, terms, titled = claimed
    rest = [term for term in reading.distinct_terms if term not in terms | titled]
    total = sum(weight(index, term) for term in rest)
    if not total:
        return None
    for comparison in candidates(reading, index, claim):
        document = comparison.document
        said = sum(weight(index, term) for term in rest if term in document.bag) / total
        if said < SAID_REST or terms <= document.bag or document.caption_only:
            continue
        item = document.item
        for text in (own_text(item), *(citation.quote for citation in item.citations)):
            match = _BEHALF.search(fold(text))
            holder = _named_after(text, match.end(), index) if match is not None else None
            if match is not None and match.group(0).strip().endswith("behalf"):
                holder = _named_after(text, 0, index)  # "Damian Hinds is ..., on whose behalf ..."
            if holder is None or holder.name <= terms:
                continue
            explanation = (
                f"the record says this was done on behalf of {holder_name(holder)}, not {name} [{item.id}]"
            )
            return ClaimCheck(
                claim, "contradicted", explanation, unique([cite(item.id, c, 1.0) for c in item.citations])
            )
    return None
