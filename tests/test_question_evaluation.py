"""`ask`'s measured quality on every question set, so that a change that makes it worse fails CI."""

from __future__ import annotations

import pytest

from scores import ROOT, scored

pytestmark = pytest.mark.slow  # a subprocess per set


def evaluate(questions: str) -> dict[str, float]:
    return scored(
        "eval_questions.py",
        ROOT / "benchmarks" / "questions" / questions,
        {
            "right": r"answered right, with a source:\s+([\d.]+)",
            "not_stated": r"unanswerable -> not stated:\s+([\d.]+)",
            "wrong": r"wrong answers given as answered:\s+(\d+)",
        },
    )


NOT_STATED_FLOOR: dict[str, float] = {"heldout_ab.jsonl": 0.96, "heldout_an.jsonl": 0.96}
"""The share of unanswerable questions a set must get "not stated" where it is not all: heldout_m's first run
answered how often social workers get supervision (the record says some teams go without), not stated since
tests/test_ask_asked_slot.py. heldout_j's first run answered 2 of its 22 (a rating of a re-inspection the
record never mentions, and a count of children in care read from a date), both since not stated.
heldout_n's held-back first run answered 2 of its 31: when the notice was lifted, and exactly when the
shadow board was set up (the dates it was issued and the board was due), both not stated since
tests/test_ask_slots_c.py. heldout_p's held-back first run answers 2 of its 27: the staff turnover rate
("sickness") and the adviser's name (disputed, from the dispute over whether one was appointed), both not
stated since tests/test_ask_yes_no_d.py. heldout_q's first run answers 1 of its 27: who chaired the
scrutiny meeting that heard the Ofsted update (the deputy leader, whom officers met, not the chair);
heldout_r's held-back first run the same question in other words; both not stated since
tests/test_ask_wrong_kept.py. heldout_s's first run answers 2 of its 27: the grade of a re-inspection after
2019 and whether the services were good again by 2022, both from the 2019 inspection, not stated since
tests/test_ask_lists_c.py. heldout_t's held-back first run answers 2 of its 27: the unnamed adviser's name
("Department for Education") and the grade of a re-inspection after the 2019 judgement (the 2019 grade),
both not stated since tests/test_ask_wrong_e.py. heldout_u's first run answers 1 of its 28: whether
Trafford met the August 2020 deadline ("yes", from the deadline itself), not stated since
tests/test_ask_wrong_e.py. heldout_v's held-back first run answers 2 of its 31 (which indicators leadership
used, from a quote reporting members' question, and which other councils were visited besides one, from the
list of the one); the first is not stated since tests/test_ask_reported_question.py, the second since
tests/test_ask_wrong_f.py. heldout_w's first run answers 1 of its 29: whether Trafford has since been
re-inspected and rated good again ("no", from the 2019 grade), not stated since tests/test_ask_wrong_f.py.
heldout_x's held-back first run answers 1 of its 29: whether Andrew Weston stepped down as leader after the
inspection ("no", from "set up" read as the opposite of "step down"), not stated since
tests/test_ask_wrong_g.py. heldout_y's first run answers 1 of its 29: whether Sara Todd resigned after the
inadequate rating ("yes", from the 2019 grade and a statement of hers), not stated since
tests/test_ask_wrong_g.py. heldout_z's held-back first run answers 1 of its 30: whether the deputy leader's
progress meetings were weekly or monthly ("regularly"), not stated since tests/test_ask_wrong_h.py.
heldout_ab's held-back first run answers 1 of its 29: the specific actions in the final action plan (when
it would go to Ofsted). heldout_af's held-back first run answers 1 of its 32: exactly when in 2015 the
previous inspection was carried out ("2015", the year the record gives), not stated since
tests/test_ask_wrong_k.py. heldout_ah's held-back first run answers 1 of its 32: who held the joint
children's and adults' post before it was split ("managers from within the organisation", from the quote
naming who took the acting posts), not stated since tests/test_ask_wrong_l.py. heldout_ai's first run
answers 3 of its 31: the rating before 2015 (2015's "good"), whether Trafford was out of intervention by
2021 ("no", from the date of the announcement) and whether the adviser ordered a diagnostic review ("yes",
from the notice that says the adviser may), all three not stated since tests/test_ask_wrong_m.py.
heldout_aj's held-back first run called 1 of its 31 disputed (the date of the adviser's appointment, which
the favoured side says has yet to happen), not stated since tests/test_ask_disputed_date.py.
heldout_ak's held-back first run answers 1 of its 37: the date of a final re-inspection the record never
mentions ("13 August 2019", the date the action plan's final draft goes to Ofsted), not stated since
tests/test_ask_wrong_o.py. heldout_an's held-back first run answers 1 of its 31: when the services were
rated good again after 2019 ("2015", the year of the earlier good rating)."""


@pytest.mark.parametrize(
    ("questions", "floor", "wrong"),
    [
        ("dev_questions.jsonl", 0.97, 0),
        ("probe_questions.jsonl", 0.97, 0),
        # heldout_a: 0.433 and 4 wrong on its first run; 0.900, then 0.933 after tests/test_ask_h.py
        # 0.950 after tests/test_ask_asked_slot.py (which government department: the body the noun names)
        # 0.967 after tests/test_ask_slots_c.py (another body's grade said in passing)
        ("heldout_a.jsonl", 0.96, 0),
        ("heldout_b.jsonl", 1.00, 0),  # 0.810 and 2 wrong on its first run
        ("heldout_c.jsonl", 1.00, 0),  # 0.788 and 3 wrong on its first run
        # heldout_d: 0.446 and 4 wrong on its first run; 0.786, then 0.821 after tests/test_ask_h.py;
        # 0.804 after tests/test_ask_i.py: "why did Ofsted downgrade" had been answered with the cause of
        # a deterioration "in Trafford", which shares only the council's name with the question
        # 0.821 after tests/test_ask_q.py (a counterfactual worded "picked up")
        # 0.839 after tests/test_ask_yes_no_b.py (yes/no questions framed by their own words)
        # 0.857 after tests/test_ask_slots_c.py (the kind of chair a board must have)
        ("heldout_d.jsonl", 0.85, 0),
        # heldout_e: 0.590 and 1 wrong on its first run (the right name given with too many words, read
        # as a list); 0.623 and none after the lead-in and request readings; 0.803 after the readings
        # of tests/test_ask_f.py; 0.852 after those of tests/test_ask_h.py
        # 0.885 after tests/test_ask_slots_b.py (who carries out the work a passive names; whom meetings
        # were held with)
        ("heldout_e.jsonl", 0.88, 0),
        # heldout_f: 0.571, 18/19 not stated and 3 wrong on its first run; 0.726, 19/19 and none
        # after the readings of tests/test_ask_g.py; 0.750 on main, 0.821 after tests/test_ask_h.py;
        # 0.810 after tests/test_ask_i.py, which withholds a cause cut off where the record quotes the
        # rest of its sentence apart (half of the key reason for the downgrade); 0.821 after
        # tests/test_ask_k.py (what someone asked for); 0.833 with tests/test_ask_l.py; 0.845 after
        # tests/test_ask_p.py (a counted list gathered from the findings one sentence lists)
        # 0.857 after tests/test_ask_yes_no_b.py (a publication named as where it was said) alone, 0.857
        # after tests/test_ask_asked_slot.py (what was weak about X) alone
        # 0.869 with all of the seventh session's ask work merged
        # 0.881 after tests/test_ask_slots_c.py (the years between the last two inspections)
        ("heldout_f.jsonl", 0.88, 0),
        # heldout_g: an eighth author's 122 questions, written on 2 December 2026; its first run, on
        # main after tests/test_ask_h.py, was 0.574, 20/21 not stated and 6 wrong; 0.723, 21/21 and
        # none after tests/test_ask_i.py; 0.733 after tests/test_ask_l.py; 0.782 after tests/test_ask_k.py
        # (what a finding says of its subject, what someone asked for, which parts of a thing as a list,
        # a thing set aside, whom a body met, what it preferred); 0.792 with both; 0.802 after
        # tests/test_ask_m.py (an opening saying who asks left out)
        # 0.832 after tests/test_ask_q.py (a refused act, all against some)
        # 0.822 after tests/test_ask_r.py alone (how soon, how long a post was held on an interim
        # basis); 0.851 with all
        # 0.861 after tests/test_ask_text_b.py (a topic that is a clause) alone, 0.861 after
        # tests/test_ask_slots_b.py (who meetings were held with, read with their event) alone; 0.871
        # with both
        # 0.891 after tests/test_ask_slots_c.py (another body's grade; the span looked back over)
        ("heldout_g.jsonl", 0.89, 0),
        # heldout_h: a ninth author's 120 questions, held back until ask8 and ask9 had merged; its first
        # run was 0.510, 21/22 not stated and 4 wrong (the session's starting code: 0.480, 21/22, 2);
        # 0.520, 22/22 and none after tests/test_ask_j.py (one of the four was right, in brackets the
        # scorer did not read as the gold answer's comma); 0.531 once an interval beside the question's
        # own words answers how often from a less close item; 0.541 once words quoted from a spoken
        # commitment are its committer's; 0.612 after tests/test_ask_l.py (plans and audiences framing
        # a question, a verdict on a judgement named in full, a holder's start in post, how long the
        # inspectors were there, the date a named piece carries); 0.582 after tests/test_ask_k.py alone;
        # 0.653 with both; 0.684 after tests/test_ask_o.py (a question's framing words: a verb of
        # telling, officers in committee minutes, left out where the closest item lacks only those);
        # 0.673 after tests/test_ask_p.py alone (a counted list gathered; the parts a quote lists after
        # its verb)
        # 0.663 after tests/test_ask_q.py (a refused act); 0.714 with all three
        # 0.694 after tests/test_ask_r.py alone (how soon a return was due); 0.724 with all
        # 0.735 after tests/test_ask_text_b.py (the example a speaker gave of a kind) alone; 0.745 after
        # tests/test_ask_slots_b.py (a post named with "of"; a clause closing a who-question) alone; 0.755
        # with both
        # 0.735 after tests/test_ask_yes_no_b.py ("one of the first" is an early adopter)
        # 0.765 with tests/test_ask_text_b.py, test_ask_slots_b.py and test_ask_yes_no_b.py merged
        # 0.776 with tests/test_claim_vocabulary_b.py merged too
        # 0.735 after tests/test_ask_asked_slot.py alone (what standard something was at); 0.735 after
        # tests/test_ask_text_b.py alone (the example a speaker gave of a kind); 0.745 with both
        # 0.786 with all of the seventh session's ask work merged
        # 0.806 after tests/test_ask_misses_d.py (whose view, conceding, a problem called a quality)
        ("heldout_h.jsonl", 0.80, 0),
        # heldout_i: a tenth author's 116 questions, written in the fifth session and run once on its
        # starting code: 0.632, 21/21 not stated and 3 wrong; 0.642 and 2 wrong after tests/test_ask_k.py
        # and tests/test_ask_l.py; 0.684 and none wrong after tests/test_ask_m.py (a list read after the
        # question's own preposition; a phrase restating the question is no answer; a thing a closing
        # clause picks out dated on its own where that date is finer and inside the first; "insisted"
        # and "stressed" as verbs of saying; "X has left them without Y" read as a cause; an opening
        # saying who asks, "As a councillor, ...", left out): 0.716; 0.726 after tests/test_ask_p.py
        # 0.747 after tests/test_ask_q.py (a refused act, an unnamed holder, a politician); 0.758 with both
        # 0.737 after tests/test_ask_r.py alone (how soon, how long a post was held on an interim
        # basis); 0.779 with all
        # 0.789 after tests/test_ask_slots_b.py (a panel's name ends where a participle opens a clause)
        # 0.821 after tests/test_ask_yes_no_b.py (framing, modal, unknown words read by the checker)
        # 0.832 with tests/test_ask_text_b.py, test_ask_slots_b.py and test_ask_yes_no_b.py merged
        # basis); 0.779 with all; 0.789 after tests/test_ask_asked_slot.py
        # 0.842 with all of the seventh session's ask work merged; 0.853 after tests/test_ask_yes_no_c.py
        # (a denial of a whole kind answers a narrowed one), and after tests/test_ask_text_d.py (a cause
        # asked as "what did X say caused"); 0.863 with both; 0.853 after tests/test_ask_slots_c.py alone
        # (the unnamed group that took two acting posts); 0.874 with all three
        ("heldout_i.jsonl", 0.87, 0),
        # heldout_j: an eleventh author's 117 questions, held back until the fifth session's ask work had
        # merged, then run once: 0.642, 20/22 not stated and 4 wrong (the session's starting code: 0.589,
        # 20/22, 4); 21/22 and 2 wrong once a day of a month is no count and "due to see" no reason;
        # 22/22 and 1 wrong once a re-inspection the record lacks has no grade; 0.653 after
        # tests/test_ask_o.py (a verb of asking, "demand", frames which review was asked for); none
        # wrong after tests/test_ask_p.py (one answer to a question asking two things, "what kind of
        # staff..., and with what preference?", is not given)
        # 0.674 after tests/test_ask_q.py (a refused act, all against some, a politician); 0.695 with all
        # 0.663 after tests/test_ask_r.py alone (two items quoting one length agree); 0.705 with all;
        # 0.726 after tests/test_ask_text_b.py (a topic that is a clause, the example given of a kind)
        # 0.663 after tests/test_ask_r.py alone (two items quoting one length agree); 0.705 with all
        # 0.716 after tests/test_claim_vocabulary_b.py ("decent" read as good)
        # 0.737 with tests/test_claim_vocabulary_b.py merged too
        # 0.726 after tests/test_ask_asked_slot.py alone (which government department; what was weak
        # about X); 0.726 after tests/test_ask_text_b.py alone (a topic that is a clause, the example
        # given of a kind); 0.747 with both
        # 0.758 with all of the seventh session's ask work merged
        # 0.779 after tests/test_ask_misses_d.py (a preposition of means, a problem called a quality)
        # 0.789 after tests/test_ask_slots_c.py (the grade leaders believed their services merited)
        ("heldout_j.jsonl", 0.80, 0),
        # heldout_k: a twelfth author's 112 questions, written in the sixth session and run once on its
        # starting code (e06dd72) before any fix: 0.667, 25/25 not stated and 1 wrong
        # 0.713 after tests/test_ask_q.py (refused act, figure, counterfactual, restated subject)
        # 0.690 after tests/test_ask_r.py alone (how soon; how long without a permanent chief
        # executive); 0.736 with both. Its one wrong answer is the right members of the shadow board,
        # "representatives from Greater Manchester Police" where the gold answer has "of"
        # 0.770 after tests/test_ask_slots_b.py (a body named beside one of two acts; a closing clause
        # without "that"; items matched equally are all read for who briefed the committee) alone; 0.747
        # after tests/test_ask_text_b.py (the example given of a kind) alone; 0.782 with both
        # 0.759 after tests/test_ask_yes_no_b.py (a long post before "tell"; an unnamed adviser)
        # 0.805 with tests/test_ask_text_b.py, test_ask_slots_b.py and test_ask_yes_no_b.py merged
        # 0.747 after tests/test_ask_asked_slot.py alone (which government department); 0.747 after
        # tests/test_ask_text_b.py alone (the example given of a kind); 0.759 with both
        # 0.805 with all of the seventh session's ask work merged
        # 0.816 after tests/test_ask_yes_no_c.py (the front door is the MARAT)
        # 0.828 after tests/test_ask_slots_c.py ("the current" holder of a post; the unnamed group that
        # took two acting posts)
        ("heldout_k.jsonl", 0.83, 1),
        # heldout_l: a thirteenth author's 110 questions, held back until the sixth session's ask work had
        # merged, then run once: 0.685, 21/21 not stated and none wrong (the session's starting code:
        # 0.652, 21/21, none wrong). Seventh session, each branch alone: 0.719 after
        # tests/test_ask_text_b.py (a topic that is a clause, a finding speaking for its report, the
        # example given of a kind); 0.764 after tests/test_ask_slots_b.py (a role at its event's date,
        # "briefed", "gets to decide", how many months apart, a closing condition, how long the
        # inspection lasted); 0.708 after tests/test_ask_asked_slot.py; 0.697 after
        # tests/test_claim_vocabulary_b.py ("decent" read as good); 0.820 with all of them merged;
        # 0.831 after tests/test_ask_misses_d.py (whose view a question is asked in)
        # 0.843 after tests/test_ask_slots_c.py (another body's grade said in passing)
        ("heldout_l.jsonl", 0.84, 0),
        # heldout_m: a fourteenth author's 151 questions, written in the seventh session and run once on
        # its starting code (7fa6c7e) before any fix: 0.717, 30/31 not stated and 2 wrong. Each branch
        # alone: 0.725 after tests/test_ask_slots_b.py; 0.775 after tests/test_ask_yes_no_b.py (yes/no
        # questions framed by their own words); 0.783, 31/31 and none wrong after
        # tests/test_ask_asked_slot.py (the subject asked for, a denied frequency, what X was like, a
        # level, a name, a body, judgements compared by year); 0.850, 31/31, none wrong with all merged;
        # 0.858 after tests/test_ask_text_c.py (a post asked for by its noun). Eighth session: 0.875 after
        # tests/test_ask_yes_no_c.py (a counterfactual's verb in WordNet's other word; the piece a holder
        # would be named in); 0.883 after tests/test_ask_text_d.py (a cause asked as "what did X blame
        # for", how X was described, an object left before "but"); 0.900 with both merged; 0.867 after
        # tests/test_ask_slots_c.py alone (another body's grade said in passing); 0.908 with all three
        ("heldout_m.jsonl", 0.91, 0),
        # heldout_n: a fifteenth author's 158 questions, written in the seventh session with heldout_m and
        # held back until all of the session's ask work had merged, then run once: 0.669, 29/31 not stated
        # and 4 wrong (the session's starting code, 7fa6c7e: 0.630, 29/31, 4 wrong). Eighth session:
        # 0.709 and 3 wrong after tests/test_ask_yes_no_c.py (a quality denied in a subjectless clause is
        # no longer "yes"; the front door; a refusal when asked; keeping pace; a counterfactual's verb);
        # 0.717 after tests/test_ask_text_d.py (a cause asked as "what", a subject before a perfect, the
        # part called weak, a preposition left at the end, an irregular past, the finding X quoted);
        # 0.756 and 3 wrong with both merged; 0.732, 31/31 and 1 wrong after tests/test_ask_slots_c.py (an
        # ending the record never gives, a bound for "when exactly", an answer stopped at an aside, another
        # body's grade, years between two ratings, the span looked back over, a required chair, a belief's
        # grade, a deadline, a tier) alone; 0.819, 31/31 and none wrong with all three
        ("heldout_n.jsonl", 0.83, 0),
        # heldout_o: a sixteenth author's 135 questions, written in the eighth session and run once on its
        # starting code (21884b8) before any fix: 0.664, 25/25 not stated and none wrong; 0.700 after
        # tests/test_ask_yes_no_c.py (an order both sides of a date dispute agree on, who imposed a
        # commitment, the front door, "According to X" without a comma); 0.691 after
        # tests/test_ask_text_d.py (a stranded preposition before a closing phrase, a cause asked as
        # "what", a closing clause of how it was said); 0.727 with both merged; 0.745 after
        # tests/test_ask_slots_c.py (a headline's publication, a publication named, the judgements counted
        # with one left out, a role named after the council's name, and more) alone; 0.809 with all three;
        # 0.736 after tests/test_ask_topic.py alone (a quote saying a thing exists says what follows of it);
        # 0.818 with all four
        ("heldout_o.jsonl", 0.81, 0),
        # heldout_p: a seventeenth author's 147 questions, written in the eighth session with heldout_o and
        # held back until all of the session's ask work had merged, then run once: 0.700, 25/27 not stated
        # and 4 wrong (the session's starting code, 21884b8: 0.692, 25/27, 4 wrong); ninth session: 0.733,
        # 27/27 and none wrong after tests/test_ask_yes_no_d.py, 0.733 after tests/test_ask_which_b.py, 0.767
        # with both
        ("heldout_p.jsonl", 0.76, 0),
        # heldout_q: an eighteenth author's 161 questions, written in the ninth session and run once on its
        # starting code (2af5d22) before any fix: 0.701, 26/27 not stated and 4 wrong; tenth session:
        # 27/27 and 2 wrong after tests/test_ask_wrong_kept.py
        ("heldout_q.jsonl", 0.73, 1),
        # heldout_r: a nineteenth author's 163 questions, written with heldout_q and held back until all of
        # the ninth session's work had merged, then run once: 0.750, 26/27 not stated and 6 wrong (the
        # session's starting code, 2af5d22: 0.743, 24/27, 8 wrong); tenth session: 0.757, 27/27, 4 wrong
        ("heldout_r.jsonl", 0.78, 1),
        # heldout_s: a twentieth author's 154 questions, written in the tenth session and run once on its
        # starting code (066e950) before any fix: 0.732, 25/27 not stated and 4 wrong; 0.811, 27/27 and 1
        # wrong after test_ask_lists_c.py, test_ask_said_quality.py and test_ask_wrong_kept.py
        ("heldout_s.jsonl", 0.82, 1),
        # heldout_t: a twenty-first author's 152 questions, written with heldout_s and held back until all of
        # the tenth session's work had merged, then run once: 0.736, 25/27 not stated and 5 wrong (the
        # session's starting code, 066e950: 0.712, 25/27, 6 wrong); eleventh session: 0.768, 27/27, 1 wrong
        ("heldout_t.jsonl", 0.77, 1),
        # heldout_u: a twenty-second author's 164 questions, written in the eleventh session and run once on
        # its starting code (3fa3ebf) before any fix: 0.647, 27/28 not stated and 6 wrong; 0.772, 28/28 and
        # 1 wrong after test_ask_polar_e.py, test_ask_wrong_e.py and test_ask_text_e.py
        ("heldout_u.jsonl", 0.77, 1),
        # heldout_v: a twenty-third author's 177 questions, written with heldout_u and held back until all of
        # the eleventh session's work had merged, then run once: 0.637, 29/31 not stated and 9 wrong (the
        # session's starting code, 3fa3ebf: the same 0.637, 29/31, 9 wrong); 7 wrong and 30/31 after
        # tests/test_ask_reported_question.py; twelfth session: 0.671, 31/31, 3 wrong; thirteenth: 0.678, 2
        ("heldout_v.jsonl", 0.67, 2),
        # heldout_w: a twenty-fourth author's 168 questions, written in the twelfth session and run once on
        # its starting code (36c96d0) before any fix: 0.676, 28/29 not stated and 2 wrong; 0.770, 29/29 and
        # none wrong after test_ask_text_f.py and test_ask_wrong_f.py; 0.791 in the thirteenth session
        ("heldout_w.jsonl", 0.79, 0),
        # heldout_x: a twenty-fifth author's 168 questions, written with heldout_w and held back until all of
        # the twelfth session's work had merged, then run once: 0.748, 28/29 not stated and 7 wrong (the
        # session's starting code, 36c96d0: 0.727, 28/29, 7 wrong); 0.777, 29/29, 4 wrong after
        # test_ask_wrong_g.py and test_ask_text_g.py
        ("heldout_x.jsonl", 0.77, 4),
        # heldout_y: a twenty-sixth author's 173 questions, written in the thirteenth session and run once on
        # its starting code (1803d98 with the relation fix) before any other change: 0.660, 28/29, 7 wrong;
        # 0.694, 29/29, 3 wrong after test_ask_wrong_g.py and test_ask_text_g.py
        ("heldout_y.jsonl", 0.69, 2),
        # heldout_z: a twenty-seventh author's 171 questions, written with heldout_y and held back until all
        # of the thirteenth session's work had merged, then run once: 0.645, 29/30 not stated and 8 wrong (the
        # session's starting code: 0.631, 29/30, 8 wrong)
        ("heldout_z.jsonl", 0.67, 5),
        # heldout_aa: a twenty-eighth author's 170 questions, written in the fourteenth session and run once
        # on its starting code (314c03d) before any fix: 0.621, 30/30 not stated, 2 wrong
        ("heldout_aa.jsonl", 0.67, 1),
        # heldout_ab: a twenty-ninth author's 165 questions, written with heldout_aa and held back until all
        # of the fourteenth session's work had merged, then run once: 0.684, 28/29 not stated and 7 wrong (the
        # session's starting code: the same)
        ("heldout_ab.jsonl", 0.71, 4),
        # heldout_ac: a thirtieth author's 173 questions, written in the fifteenth session and run once on its
        # starting code (983396d) before any fix: 0.664, 30/30 not stated, 3 wrong
        ("heldout_ac.jsonl", 0.73, 0),
        # heldout_ad: a thirty-first author's 171 questions, written with heldout_ac and held back until all
        # of the fifteenth session's work had merged, then run once: 0.702, 30/30 not stated and 6 wrong (the
        # session's starting code: 0.688, 30/30, 6 wrong)
        ("heldout_ad.jsonl", 0.70, 6),
        # heldout_ae: a thirty-second author's 188 questions, written in the sixteenth session and run once on
        # its starting code (8a37cb7) before any fix: 0.732, 31/31 not stated, 3 wrong
        ("heldout_ae.jsonl", 0.73, 3),
        # heldout_af: a thirty-third author's 191 questions, written with heldout_ae and held back until the
        # sixteenth session's work had merged, then run once: 0.629, 31/32 not stated, 7 wrong (the session's
        # starting code: the same)
        ("heldout_af.jsonl", 0.64, 3),
        # heldout_ag: a thirty-fourth author's 188 questions, written in the seventeenth session and run once
        # on 407d1cc before any fix: 0.729, 33/33 not stated, 3 wrong
        ("heldout_ag.jsonl", 0.76, 1),
        # heldout_ah: a thirty-fifth author's 198 questions, written with heldout_ag and held back until
        # the seventeenth session's work had merged, then run once: 0.687, 31/32 not stated, 8 wrong (the
        # session's starting code: 0.675, 31/32, 8 wrong)
        ("heldout_ah.jsonl", 0.70, 3),
        # heldout_ai: a thirty-sixth author's 192 questions, written in the eighteenth session and run once
        # on its starting code (cdd055e) before any fix: 0.702, 28/31 not stated, 5 wrong
        ("heldout_ai.jsonl", 0.72, 1),
        # heldout_aj: a thirty-seventh author's 199 questions, written in the nineteenth session, held back
        # from its helpers and run once on its starting code (904ee71): 0.643, 30/31 not stated, 1 wrong
        ("heldout_aj.jsonl", 0.64, 0),
        # heldout_ak: a thirty-eighth author's 214 questions, written in the nineteenth session, held back
        # and run once on the twentieth session's starting code (e51d358): 0.593, 36/37 not stated, 5 wrong;
        # 0.616, 37/37, 1 wrong now
        ("heldout_ak.jsonl", 0.61, 1),
        # heldout_al: a thirty-ninth author's 203 questions, written in the twentieth session, held back until
        # the session's work had merged and run once then: 0.690, 32/32 not stated, 5 wrong (four right in
        # substance in more words than the marker allows, one cut to its last noun: "plan")
        ("heldout_al.jsonl", 0.69, 5),
        # heldout_am: a fortieth author's 203 questions, written in the twenty-first session and run once on
        # its starting code (4579b84) before any fix: 0.692, 31/31 not stated, 8 wrong; 0.715, 6 wrong now
        ("heldout_am.jsonl", 0.71, 6),
        # heldout_an: a forty-first author's 206 questions, written in the twenty-first session, held back
        # until the session's work had merged and run once then: 0.737, 30/31 not stated, 3 wrong
        ("heldout_an.jsonl", 0.73, 3),
    ],
)
def test_ask_answers_at_least_its_floor_and_says_not_stated_when_the_sources_are_silent(
    questions: str, floor: float, wrong: int
) -> None:
    figures = evaluate(questions)
    assert figures["right"] >= floor
    assert figures["not_stated"] >= NOT_STATED_FLOOR.get(questions, 1.0)
    assert figures["wrong"] <= wrong
