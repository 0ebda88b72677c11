"""`notice` as a verb of knowing, not the improvement notice.

The glossary reads the noun `notice` as the improvement notice, which a claim about the notice may
call just "the notice". Said as a verb ("failed to notice the weaknesses", "leaders didn't notice",
"had noticed"), it is a verb of knowing, as `spot` is, and is read as `spot`: "a failure to notice
the weaknesses" then says the same lack as the record's "unaware of the weaknesses". The verb is
known by its form (`noticed`, `noticing`) or by what comes before it: `to`, a denial, or a helping
verb (`did`, `could`), where a noun would have an article.
"""

from __future__ import annotations

import re

_VERB_NOTICE = re.compile(
    r"(?:(?<=\bto )|(?<=\bnot )|(?<=n't )|(?<=\bnever )|(?<=\bdid )|(?<=\bdo )|(?<=\bdoes )"
    r"|(?<=\bcould )|(?<=\bwould )|(?<=\bcan )|(?<=\bcannot )|(?<=\bfailed to )|(?<=\bfail to ))"
    r"notice\b(?!\s+to\s+improve\b)"
    r"|\bnotic(?P<ending>ed|ing)\b"
)
_SPOT = {None: "spot", "ed": "spotted", "ing": "spotting"}


def notice_as_knowing(text: str) -> str:
    """A folded text with each verb `notice` written as the glossary's verb of knowing, `spot`."""
    return _VERB_NOTICE.sub(lambda found: _SPOT[found["ending"]], text)
