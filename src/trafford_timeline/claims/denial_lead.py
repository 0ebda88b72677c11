"""Two denials that lead into the same deed: "young people aren't being helped to give feedback"
and "young people are not supported enough to offer feedback" both deny what would bring the
giving about (the help, the support), and neither says whether feedback is given. The reader gives
a denial a few terms of reach, so the first denial, one word shorter, reaches `give` and the second,
spent on "supported enough", stops short of `offer`: read as they stand, one side denies the giving
and the other asserts it. Where one side's denial runs from words of its own into a shared term,
and the other side denies words of its own just before that same term, the shared term is the
deed both lead into, and neither is taken to deny it.
"""

from __future__ import annotations

from trafford_timeline.claims.reading import Reading


def _just_before(reading: Reading, term: str) -> set[str]:
    """The terms right before each place `term` stands in a reading's terms."""
    terms = reading.terms
    return {terms[at - 1] for at, said in enumerate(terms) if said == term and at > 0}


def deed_led_into(denying: Reading, other: Reading, shared: set[str]) -> set[str]:
    """Shared terms `denying` denies only as the reach of a denial of its own words, and `other`
    leaves asserted just after a denial of its own words: the deed both lead into, which neither
    side is taken to deny."""
    own_denials = [negated for negated in other.negations if negated and not negated & shared]
    if not own_denials:
        return set()
    found: set[str] = set()
    for negated in denying.negations:
        lead = negated - shared
        if not lead or lead & set(other.terms):
            continue
        for term in negated & shared:
            if other.negations_of({term}) or not _just_before(denying, term) & lead:
                continue
            if any(_just_before(other, term) & denied for denied in own_denials):
                found.add(term)
    return found
