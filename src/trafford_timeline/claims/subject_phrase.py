"""Where the words before a question's own close a subject phrase, when the question asks a subject.

A span cut at the first of the question's words may stop inside a noun phrase: "The virtual | school
works well" answers "Which school-related service works well?", and "school" is one of the question's
own words only because the question names its kind of thing with it; the answer runs on through
those words to the head noun ("The virtual school"). A span that opens with an existential "there" and
a form of "be" ("there are a good | range of ...") is no subject at all: what the clause speaks of
follows the copula, and the words before the question's own are a cut noun phrase.
"""

from __future__ import annotations

import re

from trafford_timeline.claims.language import fold, stem

_EXISTENTIAL = re.compile(r"^there (?:is|are|was|were|has been|have been|had been)\b")
_PLAIN_WORD = re.compile(r"[\w'’-]+")


def names_the_kind(focus: str | None) -> set[str]:
    """The stems of the words that modify the question's kind of thing ("school" of "school-related
    service"): the kind's own noun, its last word, is the thing asked and never one of the question's
    words in the quote."""
    if not focus:
        return set()
    modifiers = focus.split()[:-1]
    return {stem(part) for word in modifiers for part in re.split(r"[-’']", word) if len(part) > 2}


def through_the_kind(words: list[str], first: int, own: list[bool], focus: str | None) -> int:
    """Where a subject span ends: at `first`, the first of the question's own words, or past the run of
    them that modify the question's kind of thing, with no punctuation between ("The virtual | school
    works": "The virtual school")."""
    kind = names_the_kind(focus)
    end = first
    if first == 0 or not _PLAIN_WORD.fullmatch(words[first - 1]):
        return end  # the span closed on punctuation, or there is none: its phrase ended there
    while end < len(words) and own[end] and stem(fold(words[end]).strip(",")) in kind:
        end += 1
        if not _PLAIN_WORD.fullmatch(words[end - 1]):
            break  # "school," closes the phrase
    return end


def existential(words: list[str]) -> bool:
    """Whether the words open with "there" and a form of "be": the clause's subject follows them."""
    return _EXISTENTIAL.match(fold(" ".join(words[:3]))) is not None


__all__ = ["existential", "names_the_kind", "through_the_kind"]
