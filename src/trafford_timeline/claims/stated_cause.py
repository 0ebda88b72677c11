"""The cause or reason a claim gives, which it asserts as well as the thing it explains.

"Ofsted blamed the decline on high staff churn" and "inspectors blamed high staff churn for the
decline" assert that staff churn was high, and "Trafford lacked good performance data, which is why
the decline went unnoticed" that the data was lacking: where the record says the opposite of the
cause, the claim is wrong whatever it says of what followed, which the record may never tie to any
cause. `given_cause` is the one reader of the cause; it is checked alone, and only a cause the record
contradicts decides, since a cause the record confirms need not be the cause.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trafford_timeline.claims.index import ClaimIndex
from trafford_timeline.claims.language import STOPWORDS, stem
from trafford_timeline.claims.verdicts import ClaimCheck

_CAUSES = {
    "first": r"^(?P<cause>.+?),\s*which\s+(?:is|was|explains|explained)\s+(?:why|how)\s+\S",
    "blamed": r"\b(?:blamed|blames|blaming)\s+(?P<cause>.+?)\s+for\s+\S",
    "judged": r"\b(?:praised|praises|commended|commends|hailed|hails|criticised|criticises|criticized|"
    r"criticizes)\s+(?P<cause>.+?)\s+(?:as|for)\s+\S",
    "blamed on": r"\b(?:blamed|blames|blame|blaming)\b.{3,80}?\bon\s+(?P<cause>[^,.;:!?]+)",
    "down to": r"\b(?:put|puts|putting)\b.{3,80}?\bdown to\s+(?P<cause>[^,.;:!?]+)",
    "because": r"\b(?:due to|caused by|because of|owing to|as a result of|the result of|attributed to|"
    r"resulted from|stemmed from)\s+(?P<cause>[^,.;:!?]+)",
}
"""In the order they are tried: a cause put first and then what it explains (`X, which is why Y`),
blamed for something (`blamed X for Y`), judged, as described, for what it did (`praised Trafford's
high turnover as bringing new ideas` says turnover was high), or named after what it caused
(`blamed the decline on X`, `put it down to X`, `was due to X`)."""
_CAUSE = {form: re.compile(cause, re.IGNORECASE) for form, cause in _CAUSES.items()}
NAMED = ("blamed", "blamed on", "down to", "because")
"""The forms that name a cause in words of blame or causation."""
GIVEN = ("first", "blamed", "judged")
"""The forms that take a reason as given: put first, blamed, or judged as described."""
_AFTER = re.compile(r"\s+(?:for|in|at|across|among)\s.*$")
"""Where a cause turns to where or for whom (`high churn in the team`)."""
MIN_WORDS = 2
"""A cause of one word is a name (`blamed Ofsted for`), not a statement the record could deny."""


def given_cause(claim: str, forms: tuple[str, ...], index: ClaimIndex) -> str | None:
    """The cause a claim gives in one of `forms`, in its own words, as a statement of its own; None
    where it gives none, or gives it as the view of someone the record never mentions."""
    found = next((found for form in forms if (found := _CAUSE[form].search(claim)) is not None), None)
    if found is None or _stranger_blames(claim[: found.start()], index):
        return None
    cause = _AFTER.sub("", found["cause"].strip())
    return cause if len(cause.split()) >= MIN_WORDS else None


def check_stated_cause(
    claim: str, index: ClaimIndex, check: Callable[[str, ClaimIndex], ClaimCheck]
) -> ClaimCheck | None:
    """Contradicted where the record says the opposite of the cause the claim gives; None otherwise."""
    cause = given_cause(claim, NAMED, index)
    if cause is None:
        return None
    alone = check(cause, index)
    if alone.verdict != "contradicted" or "opposite" not in alone.explanation:
        return None
    explanation = f"the cause the claim gives ({cause!r}) is not so: {alone.explanation}"
    return ClaimCheck(claim, "contradicted", explanation, alone.evidence, alone.related, alone.conflict)


_BLAMER = re.compile(r"([\w'’-]+)\s+(?:has\s+|have\s+|had\s+)?$")


def _stranger_blames(before: str, index: ClaimIndex) -> bool:
    """Whether the one who blames or praises (`Unison blamed X for Y`) is a word the record never
    uses: what that body holds is its view, which the record can neither confirm nor deny, so the
    claim does not take the cause as given in the record's terms."""
    found = _BLAMER.search(before)
    if found is None:
        return False
    word = found[1].casefold().removesuffix("'s").removesuffix("’s")
    if word in STOPWORDS:
        return False
    return stem(word) not in index.vocabulary.stems and word not in index.glossary.words
