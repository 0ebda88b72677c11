"""Two denials of one thing, whose reach falls on different words, are not opposites.

A denial is read as reaching the few words after it, so "pathway plans were failing to serve care
leavers as a useful tool" denies `serve` and `care leavers`, while "pathway plans are not used as a
helpful tool" denies `used` and `helpful`: the word `useful` is then denied by one side alone and the
two look opposed, though both say the plans do not serve. Where the claim and the record's clause
each deny something, and no word is denied by both, their denials are taken for the same denial
reaching differently: that is no opposite. A side that denies nothing, or both denying one word
while differing on another, is left to the ordinary reading; so is a denial of one word alone, a
quality said by its opposite (`weak`, read as *not strong*; `inappropriate`), which asserts a
quality rather than denying a thing.
"""

from __future__ import annotations

from trafford_timeline.claims.reading import Reading


def denials_apart(said: Reading, clause: Reading) -> bool:
    """Whether a claim and a record's clause each deny a phrase and deny no word in common."""
    claimed, recorded = _denials(said), _denials(clause)
    if not claimed or not recorded:
        return False
    return not set().union(*claimed) & set().union(*recorded)


def _denials(reading: Reading) -> list[frozenset[str]]:
    """A reading's denials that reach a phrase, not one word: a word said by its opposite (`weak` is
    *not strong*, `inappropriate` *not appropriate*) asserts a quality rather than denying a thing."""
    return [denied for denied in reading.negations if len(denied) > 1]
