"""The claim checker's measured quality, so that a change that makes it worse fails CI."""

from __future__ import annotations

import pytest

from scores import ROOT, scored

pytestmark = pytest.mark.slow  # subprocesses and generated corpora: seconds each


def evaluate(claims: str) -> dict[str, float]:
    return scored(
        "eval_claims.py",
        ROOT / "benchmarks" / "claims" / claims,
        {
            "accuracy": r"label accuracy: ([\d.]+)",
            "fever": r"FEVER score:\s+([\d.]+)",
            "false_supported": r"false 'supported': (\d+)",
        },
    )


KNOWN_FALSE_SUPPORTED = {
    "heldout_ah.jsonl": 1,
    "heldout_ai.jsonl": 1,
}
"""The false "supported" answers a set still gets, each named where it is asserted; none elsewhere."""


@pytest.mark.parametrize(
    ("claims", "floor"),
    [
        ("dev_claims.jsonl", 1.00),
        ("written.jsonl", 0.97),
        ("heldout.jsonl", 0.93),  # 0.892, then 0.908 (test_claim_vocabulary_b.py, test_claim_hedges.py)
        ("heldout_b.jsonl", 0.78),  # 0.538 on its first run; 0.592, then 0.615 after fixes it prompted
        ("heldout_c.jsonl", 0.86),  # 0.500 on its first run; 0.560 after fixing its misreadings, then 0.610
        ("heldout_d.jsonl", 0.91),  # 0.675 on its first run with 1 false supported; 0.750 after round four
        ("heldout_e.jsonl", 0.80),  # 0.680 (FEVER 0.657) on its first run with 3 false supported; none now
        ("heldout_f.jsonl", 0.83),  # 0.642 on its first run with 2 false supported; none now
        ("heldout_g.jsonl", 0.88),  # 0.653 (FEVER 0.648) on its first run with 3 false supported; none now
        ("heldout_h.jsonl", 0.91),  # 0.721 (FEVER 0.715) on its first run with 1 false supported; none now
        ("heldout_i.jsonl", 0.77),  # 0.547 (FEVER 0.542) on its first run with 1 false supported; none now
        ("heldout_j.jsonl", 0.85),  # 0.661 (FEVER 0.646) on its first run, no false supported
        ("heldout_k.jsonl", 0.87),  # 0.662 (FEVER 0.652) on its first run with 2 false supported; none now
        ("heldout_l.jsonl", 0.89),  # 0.684 (FEVER 0.679) on its first run with 2 false supported; none now
        ("heldout_m.jsonl", 0.86),  # 0.727 (FEVER 0.717) held back, first run, 2 false supported; none now
        ("heldout_n.jsonl", 0.84),  # 0.711 (FEVER 0.705) on its first run with 2 false supported; none now
        ("heldout_o.jsonl", 0.88),  # 0.751 (FEVER 0.741) held back, first run, 5 false supported; none now
        ("heldout_p.jsonl", 0.74),  # 0.570 (FEVER 0.561) on its first run with 3 false supported; none now
        ("heldout_q.jsonl", 0.76),  # 0.615 (FEVER 0.611) held back, first run, 2 false supported; none now
        ("heldout_r.jsonl", 0.85),  # 0.755 (FEVER 0.750) on its first run, no false supported
        ("heldout_s.jsonl", 0.71),  # 0.629 (FEVER 0.613) held back, first run, 2 false supported; none now
        ("heldout_t.jsonl", 0.72),  # 0.695 (FEVER 0.682) on its first run, 1 false supported; none now
        ("heldout_u.jsonl", 0.71),  # 0.692 (FEVER 0.688) held back, first run, 1 false supported; none now
        ("heldout_v.jsonl", 0.79),  # 0.753 (FEVER 0.749) on its first run, 1 false supported; none now
        ("heldout_w.jsonl", 0.85),  # 0.833 (FEVER 0.819) held back, first run, 4 false supported; none now
        ("heldout_x.jsonl", 0.90),  # 0.837 (FEVER 0.833) on its first run, no false supported, 3 TC; none now
        ("heldout_y.jsonl", 0.82),  # 0.833 (FEVER 0.825) held back, first run, 2 false supported
        ("heldout_z.jsonl", 0.86),  # 0.801 (FEVER 0.788) on its first run, 3 false supported; none now
        ("heldout_aa.jsonl", 0.85),  # 0.838 (FEVER 0.829) held back, first run, 1 false supported; none now
        ("heldout_ab.jsonl", 0.85),  # 0.823 (FEVER 0.818) on its first run, 1 false supported; none now
        ("heldout_ac.jsonl", 0.73),  # 0.726 (FEVER 0.719) held back, first run, 1 FS, 4 TC; 0 FS now
        ("heldout_ad.jsonl", 0.84),  # 0.820 (FEVER 0.804) on its first run, 3 FS, 4 TC; 0 FS, 1 TC now
        ("heldout_ae.jsonl", 0.92),  # 0.900 (FEVER 0.896) held back, first run, 2 FS, 1 TC; 0 FS, 0 TC now
        ("heldout_af.jsonl", 0.89),  # 0.847 (FEVER 0.835) on its first run, 3 FS, no TC; 0 FS now
        ("heldout_ag.jsonl", 0.80),  # 0.814 (FEVER 0.806) held back, first run, 1 FS, no TC; 0 FS now
        ("heldout_ah.jsonl", 0.78),  # 0.783 (FEVER 0.780) on its first run, 1 false supported, 4 TC
        ("heldout_ai.jsonl", 0.64),  # 0.641 (FEVER 0.635) held back, on the 16th start, 3 FS, 5 TC; 2 FS now
        ("heldout_aj.jsonl", 0.79),  # 0.806 (FEVER 0.778) on its first run, 2 false supported, 1 TC; 0 FS now
        ("heldout_ak.jsonl", 0.79),  # 0.815 (FEVER 0.787) held back, first run, 2 FS, 1 TC; none now
        ("heldout_al.jsonl", 0.75),  # 0.754 (FEVER 0.746) on its first run, 1 false supported, 2 TC; none now
        ("heldout_am.jsonl", 0.71),  # 0.704 (FEVER 0.701) held back, first run, 3 FS, 5 TC; 0 FS, 3 TC now
        ("heldout_an.jsonl", 0.68),  # 0.681 (FEVER 0.673) held back, first run, no FS, 3 TC; 1 TC now
        ("heldout_ao.jsonl", 0.83),  # 0.843 (FEVER 0.831) held back to the merge, first run, 2 FS, 2 TC; 1 FS
        ("heldout_ap.jsonl", 0.78),  # 0.782 (FEVER 0.778) on the 21st start, first run, 1 FS, 2 TC; none now
        ("heldout_aq.jsonl", 0.83),  # 0.840 (FEVER 0.832) held back to the 21st merge, first run, 2 FS; 0 now
    ],
)
def test_the_checker_scores_at_least_its_floor_and_never_falsely_supports(claims: str, floor: float) -> None:
    figures = evaluate(claims)
    assert figures["accuracy"] >= floor
    assert figures["fever"] >= floor
    # heldout_l's one ("the council's data and intelligence could not be trusted", supported by "held valid
    # data and intelligence"), heldout_ag's one ("didn't see its rating fall at all - Ofsted still says
    # good") are not found or contradicted since tests/test_claim_false_support_l.py; heldout_ah's one,
    # "will pay Cheshire West and Chester for peer support" (a verb no record text uses, outweighed by the
    # rare names it shares), is left: blocking every unknown word cost 45 true claims;
    # heldout_g's one ("Weston said deputy leader Catherine Hynes would lead a new cabinet portfolio for adult
    # social care"), heldout_o's two ('cabinet member for adult social care'; 'the first notice Hinds
    # issued') and heldout_m's one ("..., with the council leader in the chair") are fixed as mechanisms in
    # tests/test_claim_false_support_g.py (another qualifier of a post; a rank word; a chair beside its body)
    # heldout_p's three on its first run (a start month a month late matched by a span running into
    # it, 'a late adopter' supported by 'an early adopter', a committee's full name it never gives)
    # are fixed as mechanisms in tests/test_claim_hedges.py
    # heldout_q's two, on its held-back first run: "hardly any care leavers were still in touch" (the
    # denial is not applied against "the vast majority"), and a scrutiny committee chaired by Councillor
    # Hynes (a chair the record never names, supported by her deputy leader's role), are fixed as
    # mechanisms in tests/test_claim_opposite_c.py
    # heldout_s's two, on its held-back first run: "a permanent chief executive throughout 2018" (the record
    # has an interim one from July 2018) and "the committee heard from the permanent Director of Children's
    # Services" (it was the interim one): a permanence the item denies is not compared
    # heldout_s's two are fixed as mechanisms in tests/test_claim_contradict_e.py (interim against permanent)
    # heldout_t's one, on its first run: "according to the minutes, Ofsted identified too many staff for the
    # level of demand" (the minutes: demand increased while the workforce stayed the same), now not found
    # (tests/test_claim_excess.py)
    # heldout_u's one, on its held-back first run: "The improvement notice was issued by Ofsted" (the DfE
    # issued it; a body given another's act), now contradicted (tests/test_claim_requirements.py)
    # heldout_v's one, on its first run: "Trafford slides from good to inadequate in just two years" (the
    # ratings are from 2015 and 2019), now contradicted (tests/test_claim_spans.py)
    # heldout_w's four, on its held-back first run: an interim chief executive "still" in post at the
    # inspection; recruitment plans said to favour agency staff over permanent ones; the notice said to name
    # the adviser (the record: not named); "one of five councils rated inadequate in May 2019"; all four
    # now contradicted or not found (tests/test_claim_false_support_e.py)
    # heldout_y's two, on its held-back first run: "At the start of the inspection, senior leaders told
    # Ofsted that services had declined" (they believed services remained good); "Damian Hinds called
    # Trafford's failings a national scandal" (the record never has him say so); the second not found since
    # tests/test_claim_false_support_i.py
    # heldout_z's three, on its first run: Catherine Hynes to lead a cabinet role "for adult social care" (the
    # record: children's); councillors to see the action plan before the shadow board (it went to the board
    # first); reports to leaders said to have warned that most practice was poor (they were inaccurate);
    # the first two now contradicted (tests/test_claim_false_support_g.py, _h.py), the third left
    # heldout_aa's one, on its held-back first run: "Trafford's leadership held its 2015 grade in 2019" (it
    # fell from outstanding to inadequate), supported by the self-assessment's date and words; contradicted
    # since tests/test_claim_false_support_i.py
    # heldout_ab's one, on its first run: "Ofsted said Trafford's council leader should resign" (the record
    # never says so), supported by the leader's pledge to submit an action plan, "submit" read as "resign";
    # not found since tests/test_claim_false_support_i.py
    # heldout_ac's one, on its held-back first run: "The inspection lasted five days, was led by eight
    # inspectors and found services inadequate" (the record never counts the inspectors)
    # heldout_ad's three, on its first run: Weston said to plan to scrap the improvement board (he pledged to
    # set one up); the improvement notice said to come "from Ofsted" (the DfE issued it); the board said to be
    # chaired by the Education Secretary (the record names an independent chair); the first now not found, the
    # others contradicted (tests/test_claim_false_support_j.py), as are heldout_y's and heldout_ac's last ones
    # heldout_ae's two, on its held-back first run: leaders said to have told inspectors at the outset that
    # services "had slipped to inadequate" (they believed services remained good); Sara Todd said to "resist,
    # not embrace" the challenge (she wanted the council to embrace it)
    # heldout_af's three, on its first run: "The inspection happened in March, and Ofsted rated Trafford good"
    # (March is 2019's, good is 2015's); the adviser to report until Trafford Council decides the post is
    # no longer needed (the DfE decides); Greater Manchester Police "excluded" from the shadow board (they sit
    # on it); all three contradicted since tests/test_claim_false_support_k.py, as are heldout_ae's two and
    # heldout_z's one ("reports to leaders had warned that most practice was poor")
    # heldout_ag's one, on its held-back first run: "Trafford didn't see its rating fall at all - Ofsted still
    # says good" (it fell from good to inadequate): the reader sees the denial and still supports the claim
    # heldout_ah's one, on its first run: Trafford said to "pay" Cheshire West and Chester for peer support
    # (the sources say nothing of payment): every word is in one item, none of them decides
    # heldout_ai's four, on its held-back first run: Hinds said to call the leadership "a disgrace" (no
    # source gives him the word), oversight "simply absent" (it happens but is poorly recorded), children
    # with intensive needs said to go unreferred, and "nothing the council did not already know"; the first
    # and last are fixed as mechanisms in tests/test_claim_false_support_m.py, as are heldout_aj's two
    # (agency staff preferred over permanent; Todd "shocked"); heldout_ak's two (leadership said to improve
    # between the two ratings; the board's chair said to be a former police chief) in
    # tests/test_claim_false_support_n.py; heldout_al's one ("Ofsted upgrades Trafford children's
    # services") in tests/test_claim_false_support_o.py; heldout_ai's oversight "simply absent" and
    # heldout_am's three (Weston deputy leader "under Hynes"; "Ofsted denied that" governance was
    # appropriate; oversight "absent altogether") in tests/test_claim_false_support_p.py and
    # tests/test_claim_roles_denials.py; heldout_ao's two, on its first run, held back until the twentieth
    # session's merge: management oversight said to be "thoroughly recorded" (it is poorly recorded; fixed
    # as a mechanism in tests/test_claim_false_support_q.py), and weaknesses said to be found in "SEND
    # services", the acronym read as the verb "send" and matched to a presentation at the inspection (an
    # initialism since tests/test_claim_false_support_r.py); heldout_ap's one, on its first run, on the
    # twenty-first session's start: inspectors "on site from 4 to 8 May", a run of days read as its month
    # (fixed as a mechanism in tests/test_claim_false_support_s.py); heldout_aq's two, on its first run,
    # held back until the twenty-first session's merge: the notice said to oblige the adviser to carry out a
    # diagnostic review (it says the adviser may require one; fixed as a mechanism in
    # tests/test_claim_false_support_u.py), and the action plan said to go to Ofsted before the report was
    # published (it was to go in August, after the May report; tests/test_claim_false_support_t.py)
    assert figures["false_supported"] == KNOWN_FALSE_SUPPORTED.get(claims, 0)
