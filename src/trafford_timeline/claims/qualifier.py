"""A qualifier that names another kind of a thing than the one the record names.

The glossary lists some names of a thing both whole and cut short: "children's social care" and
"social care" are the record's one service, and "government adviser" and "adviser" its one post.
The word the whole name adds (`children`, `government`) says which kind of the thing it is. A claim
that puts another word in that place ("a cabinet role for adult social care") names another kind,
which the item's name says is not the one it speaks of: the two share every other word, and the
claim's own word is then content the item does not state, however little it weighs against them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from trafford_timeline.claims.glossary import CONCEPT, Glossary
from trafford_timeline.claims.language import FILLER, term, tokens

Stems = tuple[str, ...]
QualifiedName = tuple[Stems, Stems, str]
"""A name cut short, the words its whole name adds before it (`children`; `children`, `and`), and
the concept both name."""

_names_of: dict[int, tuple[Glossary, tuple[QualifiedName, ...]]] = {}


def qualified_names(glossary: Glossary) -> tuple[QualifiedName, ...]:
    """Each concept's name that the glossary also lists with a qualifying word before it."""
    kept = _names_of.get(id(glossary))
    if kept is not None and kept[0] is glossary:
        return kept[1]
    table = {key: meant for entries in glossary.phrases.values() for key, meant in entries}
    found: list[QualifiedName] = []
    for key, meant in table.items():
        if len(meant) != 1 or not meant[0].startswith(CONCEPT):
            continue
        for cut in range(1, len(key)):
            added = key[:cut]
            if not all(word.startswith(FILLER) for word in added) and table.get(key[cut:]) == meant:
                found.append((key[cut:], added, meant[0]))
    _names_of[id(glossary)] = (glossary, tuple(found))
    return tuple(found)


def _holds(stems: Sequence[str], name: Stems) -> Iterable[int]:
    """Where `name` begins in `stems`."""
    size = len(name)
    return (at for at in range(len(stems) - size + 1) if tuple(stems[at : at + size]) == name)


def _kind_named(concept: str, texts: Iterable[str], glossary: Glossary) -> tuple[Stems, str] | None:
    """The qualifier of a whole name of `concept` that one of the item's texts says, if any: its
    stems, and its words as written."""
    wholes = [(added, added + short) for short, added, meant in qualified_names(glossary) if meant == concept]
    for own in texts:
        words = tokens(own)
        stems = [term(word) for word in words]
        for added, whole in wholes:
            at = next(iter(_holds(stems, whole)), None)
            if at is not None:
                qualifier = tuple(word for word in added if not word.startswith(FILLER))
                return qualifier, " ".join(words[at : at + len(added)])
    return None


Qualified = tuple[str, str, str, frozenset[str]]
"""A word the claim puts before a name cut short: as written, its stem, the concept, and the stems of
the whole claim."""
_last_claim: list[tuple[str, Glossary, tuple[Qualified, ...]]] = []
"""The last claim's qualified names: every item a claim is compared with asks for them again."""


def _qualified_in(text: str, glossary: Glossary) -> tuple[Qualified, ...]:
    """Each word of the claim's that stands before a name cut short, in that name's place, where
    the glossary does not know the word (a quality such as `interim` is read by its own checks) and
    it makes no longer name with the words after it."""
    if _last_claim and _last_claim[0][0] == text and _last_claim[0][1] is glossary:
        return _last_claim[0][2]
    words = tokens(text)
    stems = [term(word) for word in words]
    found: list[Qualified] = []
    for short, _, concept in qualified_names(glossary):
        for at in _holds(stems, short):
            before = stems[at - 1] if at else FILLER
            if before.startswith(FILLER) or before in glossary.stems:
                continue
            if glossary.rewrite([before, *short]) == [before, concept]:
                found.append((words[at - 1], before, concept, frozenset(stems)))
    _last_claim[:] = [(text, glossary, tuple(found))]
    return tuple(found)


def other_qualifier(
    text: str, texts: Callable[[], Sequence[str]], said: frozenset[str], glossary: Glossary
) -> tuple[str, str] | None:
    """The claim's word before a name cut short, and the word the item's whole name puts there
    instead (`adult` against `children`), where the item does not say the claim's word and the claim
    does not say the item's; None where they do not differ. `said` is the item's terms, and `texts`
    gives the texts it says them in."""
    for written, before, concept, stems in _qualified_in(text, glossary):
        if before in said:
            continue
        named = _kind_named(concept, texts(), glossary)
        if named is not None and not set(named[0]) & stems:
            return written, named[1]
    return None
