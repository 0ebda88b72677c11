"""A rating said amid other words (`the 2019 verdict left services rated 'requires improvement' overall`).

A claim that rates one area in one year is checked against the rating facts only where every word
of it is a rating's; a word more (`left`) leaves it to the findings, which give no grade. Yet a grade
the record's rating of that year and area is not is wrong whatever the other words say of it, so such
a claim is contradicted by that rating. It is never supported this way: the other words may say
more than the rating does. Nothing is read where the rating is denied, hoped for, reported as
someone's word, or given to a body named in words the claim capitalises (another council).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.grades import years_of
from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import fold
from trafford_timeline.claims.reading import Reading, read_text
from trafford_timeline.claims.verdicts import ClaimCheck

CheckRating = Callable[[str, Reading, ClaimIndex], ClaimCheck]
"""`grades.check_rating`, handed in so that this module stays beside the other checks."""

MAX_OTHER_TERMS = 2
"""At most this many words besides the rating's: more, and the claim is about something else."""
_NOT_ASSERTED = re.compile(
    r"\b(?:would|could|might|may|should|must|will|shall|wo|if|unless|whether|hope[sd]?|hoping|expect(?:s|ed|ing)?|"
    r"aim(?:s|ed|ing)?|target(?:s|ed|ing)?|want(?:s|ed|ing)?|wish(?:es|ed)?|predict(?:s|ed|ing)?|"
    r"forecast(?:s|ing)?|fear(?:s|ed|ing)?|risk(?:s|ed|ing)?|likely|bid|push(?:es|ed|ing)?|aspir\w*|"
    r"plan(?:s|ned|ning)?|next|future|sa(?:y|ys|id)|claim(?:s|ed|ing)?|told|tell(?:s|ing)?|argu\w*|"
    r"insist\w*|believ\w*|th(?:ink|inks|ought)|fe(?:el|els|lt)|assum\w*|assert\w*|suggest\w*|"
    r"self[- ]assess\w*|own assessment|rather than|instead)\b"
)
"""Words that put the rating in a wish, a forecast, a condition or someone's mouth: not asserted."""
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _named_apart(text: str, other: set[str], index: ClaimIndex) -> bool:
    """Whether one of the claim's other words is a capitalised name (a council, a person), or a word
    the record never uses (a body it does not speak of)."""
    named = " ".join(_CAPITALISED.findall(text))
    unknown = {term for term in other if ":" not in term and term not in index.vocabulary.stems}
    return bool(unknown or other & set(read_text(named, index.glossary, index.vocabulary).terms))


def rating_amid_words(
    text: str, reading: Reading, other: list[str], index: ClaimIndex, check_rating: CheckRating
) -> ClaimCheck | None:
    """Contradicted, where the claim rates one area in one year otherwise than the record does,
    amid a few other words; None otherwise."""
    years = set(years_of(reading))
    rated_years = {year for year, _ in index.ratings}
    if (
        len(reading.grades) != 1
        or len(set(reading.areas)) != 1
        or len(years) != 1
        or not years <= rated_years
        or reading.negations
        or reading.quantities
        or not 0 < len(set(other)) <= MAX_OTHER_TERMS
        or _NOT_ASSERTED.search(fold(text))
        or _named_apart(text, set(other), index)
    ):
        return None
    checked = check_rating(text, reading, index)
    return checked if checked.verdict == "contradicted" else None
