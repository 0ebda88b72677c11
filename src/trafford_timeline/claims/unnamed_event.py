"""A question that asks when a thing happened, where the thing is named by a word the record never uses.

"On what date is the board's final reaudit scheduled?": the record may date other things the
question's remaining words name ("the board", "final"), but the thing asked about, the head noun of its
phrase ("reaudit"), is never named, so no date in the record is its date. A word the record lacks that
only modifies ("the *fresh* plan"), or stands outside the asked thing's phrase, may still be left out.
"""

from __future__ import annotations

import re

_OPENING = r"(?:\b(?:the|a|an|its|their|this|that|his|her)|['’]s)"
_CLOSING = (
    r"(?:of|for|by|into|in|on|at|to|with|is|was|were|are|be|been|being|will|would|"
    r"scheduled|due|set|planned|expected|happen|happened|take|took|start|started|begin|began)"
)


def names_the_event(word: str, folded: str) -> bool:
    """Whether `word` heads the noun phrase of the thing a date question asks about: after a
    determiner or an owner and at most two modifiers, and before a preposition, a verb of the thing's
    happening or the question's end ("Ofsted's final *reaudit* of the council"), and not after "of",
    where it completes another noun ("the day of the *week*")."""
    at = rf"{_OPENING} (?:[a-z'’-]+ ){{0,2}}{re.escape(word)}(?= {_CLOSING}\b|\s*\??$)"
    for found in re.finditer(at, folded):
        before = folded[: found.start()].split()
        if found[0].startswith(("'", "’")):
            before = before[:-1]  # the owner's own word: "of Ofsted's reaudit" is after "of" too
        if not before or before[-1] != "of":
            return True  # "what day of the week was ...": the word after "of" completes another noun
    return False


__all__ = ["names_the_event"]
