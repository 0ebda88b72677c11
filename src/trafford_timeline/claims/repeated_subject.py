"""What a "there is" quote says of the thing asked about, without the thing's own name said again.

Asked what was said about "the range of early help services", a quote "there are a good range of early
help services that support children well" says of that range that it is good and supports children
well: "a good range that support children well". The complement "of early help services" only names
again what the question named, and an answer that repeats it is the question's words, not what was
said. The complement is left out only where the noun it hangs on is itself the question's (the
range asked about), every word of it is the question's (or a service noun after the area's name:
"early help" asked, "early help services" said), and something is said after it.
"""

from __future__ import annotations

from trafford_timeline.claims.language import fold, stem, tokens

_ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her"})
"""Words that may open the complement beside the subject's own ("of the early help services")."""
_SERVICE_NOUNS = frozenset(stem(word) for word in ("service", "services"))
"""Nouns a part of the service is called by after its name: no more of the complement than the area is."""


def _stems(word: str) -> set[str]:
    return {stem(t) for t in tokens(fold(word))}


def without_repeated_complement(phrase: str, subject: set[str]) -> str:
    """The phrase with its first "of ..." complement left out, where the noun before "of" and every
    word of the complement are the subject's (`subject`: the stems of the question's thing) and the
    phrase goes on after it; else the phrase as it is."""
    words = phrase.split()
    if "of" not in (low := [fold(w) for w in words]):
        return phrase
    at = low.index("of")
    if at == 0 or words[at - 1].endswith(",") or not _stems(words[at - 1]) & subject:
        return phrase  # "a good range of X": the range is asked of; "the views of X": not so
    end = at + 1
    while end < len(words) and not words[end - 1].endswith(","):
        opening = low[end] in _ARTICLES and end == at + 1
        said = _stems(low[end])
        if not opening and not (said and said <= subject | _SERVICE_NOUNS):
            break
        end += 1
    named = {s for w in words[at + 1 : end] for s in _stems(w)} - _SERVICE_NOUNS
    if not named or not named <= subject or end == len(words) or words[end - 1].endswith(","):
        return phrase  # nothing after it, or a word the question lacks: the complement says something
    return " ".join(words[:at] + words[end:])


__all__ = ["without_repeated_complement"]
