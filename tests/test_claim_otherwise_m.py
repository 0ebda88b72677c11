"""What merging four branches broke, and two readings they left wrong. A semicolon inside a word
("TL;DR") is no clause break; a condition that no comma ends ("without the inspection the weaknesses
would never ...") stops at `would`, so that the main clause keeps its denial; "nobody would have" and
"no action would have" deny what would have happened; a claim opposed only by an item saying what did
happen is decided by the well-matched item saying what would have; and "didn't just slip - it plunged"
is no denial of a change. Every sentence is written here, over the shipped record.
"""

from __future__ import annotations

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.otherwise import affirms_otherwise, denies_otherwise


def test_a_semicolon_inside_a_word_is_no_clause_break(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "TL;DR: the DfE handed Trafford an improvement notice on 23 May 2019",
            "tl;dr Trafford got an improvement notice in May 2019",
        ],
    ) == ["supported", "supported"]


def test_a_condition_without_a_comma_ends_at_would() -> None:
    assert not affirms_otherwise("without an inspection the failings would never have come to light")
    assert not affirms_otherwise("if ofsted had stayed away nobody would have noticed the failings")
    assert affirms_otherwise("even without ofsted, the council would have found the failings itself")
    assert denies_otherwise("if ofsted had stayed away nobody would have noticed the failings")
    assert denies_otherwise("had there been no visit, no action would have followed")
    assert not denies_otherwise("the council would have found the failings anyway")


def test_a_claim_of_what_would_not_have_happened_is_not_called_the_opposite(index: ClaimIndex) -> None:
    claims = [
        "Without the inspection the failings would never have been spotted, Ofsted said",
        "If Ofsted had not come in nobody would have known about the weaknesses",
        "Ofsted: had we not inspected, nobody would have spotted the weaknesses",
    ]
    assert all(check_claim(claim, index).verdict != "contradicted" for claim in claims)


def test_the_item_saying_what_would_have_happened_decides_over_what_did(index: ClaimIndex) -> None:
    check = check_claim(
        "Ofsted said no action would have been taken on the weaknesses without its visit", index
    )
    assert check.verdict == "supported"
    check = check_claim(
        "Had the inspection not happened, the council would have found the weaknesses anyway", index
    )
    assert check.verdict == "contradicted"


def test_not_just_a_slip_is_no_denial_of_the_fall(index: ClaimIndex) -> None:
    assert verdicts(
        index,
        [
            "Trafford's leadership rating didn't just slip - it plunged three rungs, from the top of the"
            " scale to the bottom",
            "Leadership did not just slip in 2019 - it plunged three grades, from outstanding to inadequate",
        ],
    ) == ["supported", "supported"]
