"""A quotation puts words in someone's mouth: "Todd said she had been 'appalled'", "the minister
called it 'a scandal'". The claim says those words were used, so a record that never uses a quoted
word does not bear the quotation out, however many of the claim's other words (the speaker, the
report) it shares, and however near in sense a word it does use is (`stark` is no `appalled`). Only
short quotations are read so: a long passage in quotation marks is more often a paraphrase set off,
and only content words count (`a`, `the` and the like say nothing of what was said).
"""

from __future__ import annotations

import re

from trafford_timeline.claims.language import STOPWORDS, fold, stem, tokens
from trafford_timeline.claims.reading import Vocabulary

_QUOTED = re.compile(r"(?<![\w'])(?P<mark>['\"])(?P<words>[^'\"]+?)(?P=mark)(?![\w'])")
"""A passage between matching quotation marks, single or double, that do not sit inside a word
(`Trafford's`, `they'd`)."""
QUOTED_WORDS = 4
"""The most words a quotation may have to be read as the speaker's own words."""


def unused_quoted_word(claim: str, vocabulary: Vocabulary) -> str | None:
    """The first content word of a short quotation in the claim that no record text uses, in any
    form of its stem; None where every quoted word is the record's, or the claim quotes nothing."""
    for found in _QUOTED.finditer(fold(claim)):
        words = tokens(found["words"])
        if not words or len(words) > QUOTED_WORDS:
            continue
        for word in words:
            if word.isalpha() and word not in STOPWORDS and stem(word) not in vocabulary.stems:
                return word
    return None
