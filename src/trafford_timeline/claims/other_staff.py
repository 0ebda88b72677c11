"""`What extra staff did the council recruit?` is not answered by "permanent staff".

A question that asks for people by a general word with the words that say which ("extra staff") asks
for the people those words pick out; the quote names them by their posts ("additional social workers
and team leaders"). A phrase of the quote's that ends in the general word itself with a word of its own
before it ("permanent staff") picks out staff another way: it says what kind of staff were preferred,
not which staff were the extra ones. Such a phrase answers only a question that says none of the
question's own words for which (or asks what kind or type of staff: `What type of staff...?`). Asked
what type of staff were wanted "for social worker posts", a phrase ending in the question's own noun
("additional social workers") gives back the posts the question names, not the type asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens


def names_other_people(
    focus: str, phrase: Sequence[str], terms_of: Callable[[str], set[str]], general: frozenset[str]
) -> bool:
    """Whether `phrase` ends in the general word for people the question's `focus` ends in ("staff"),
    and says none of what the focus's own words before it say (`terms_of` reads a word's terms): it
    names people of another kind than the ones asked for."""
    words = focus.split()
    head = fold(phrase[-1]).strip(",;:.") if phrase else ""
    if len(words) < 2 or fold(words[-1]) not in general or head != fold(words[-1]):
        return False
    asked = [w for w in words[:-1] if fold(w) not in STOPWORDS]
    said = [fold(w) for w in phrase[:-1] if fold(w) not in STOPWORDS]
    if not asked or not said:
        return False
    asked_stems = {stem(fold(w)) for w in asked}
    said_stems = {stem(w) for w in said}
    asked_terms = {t for w in asked for t in terms_of(w)}
    said_terms = {t for w in said for t in terms_of(w)}
    return not asked_stems & said_stems and not asked_terms & said_terms


def given_back(focus: str, phrase: Sequence[str], folded: str) -> bool:
    """Whether a phrase answering `what type of <focus>...?` ends in a noun the question itself gives
    outside its focus ("for new social worker posts" and "additional social workers"): the phrase names
    the posts the question is about, not the type of people asked for."""
    head = stem(fold(phrase[-1]).strip(",;:.")) if phrase else ""
    own = {stem(w) for w in tokens(folded) if w not in STOPWORDS}
    kind = {stem(w) for w in tokens(focus)}
    return bool(head) and head in own - kind


__all__ = ["given_back", "names_other_people"]
