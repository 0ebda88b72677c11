"""`ask` on the shipped record: yes/no questions the reader gave up on, or answered wrong, for want of
reading how the record or the question is put.

The record may deny a quality in a clause with no subject of its own ("..., and was therefore
inaccurate"); a question may name where it was said with no comma after it ("According to Ofsted
was..."), call the MARAT the front door, ask of the order of two events whose exact date the sources
dispute, name who imposed a commitment, ask whether a refused act was done "when asked about" it,
say a change kept pace with another, or word what would have happened otherwise in a verb WordNet
gives for the record's. Each test also keeps a wrong "yes" or a guess out.
"""

from __future__ import annotations

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask_yes_no_b import _says, shipped
from trafford_timeline.claims.check import check_claim

__all__ = ["shipped"]  # the module's fixture, shared with test_ask_yes_no_b


def _not_answered(question: str, shipped: Shipped) -> None:
    got = ask(question, shipped)
    assert got.status != "answered", (got.answer, got.explanation)


def test_a_quality_denied_in_a_clause_without_a_subject(shipped: Shipped) -> None:
    """ "..., but this ... was therefore inaccurate": the last clause is only the quality, said of what
    came before it, so "were they accurate?" is "no", not a "yes" from the clause naming the reports."""
    _says(
        "Were the leaders' reports that said most practice was good accurate?",
        "no",
        "finding-reports-to-leaders-inaccurate",
        shipped,
    )
    index = shipped[0]
    claim = "Reports given to leaders, which said most practice was good, were accurate."
    assert check_claim(claim, index).verdict == "contradicted"
    true = "Reports to leaders that said most practice was good were inaccurate."
    assert check_claim(true, index).verdict == "supported"


def test_where_it_was_said_without_a_comma(shipped: Shipped) -> None:
    """`According to X` and `Going by X` end where the question's auxiliary begins."""
    _says(
        "According to the inspectors were thresholds applied consistently?",
        "no",
        "finding-thresholds-not-consistently-applied",
        shipped,
    )
    _says(
        "Going by the committee minutes was the council taking the right steps?",
        "yes",
        "committee-ofsted-right-steps",
        shipped,
    )


def test_the_front_door_is_the_marat(shipped: Shipped) -> None:
    _says(
        "At Trafford's front door, were thresholds consistently applied?",
        "no",
        "finding-thresholds-not-consistently-applied",
        shipped,
    )


def test_an_order_every_side_of_a_date_dispute_agrees_on(shipped: Shipped) -> None:
    """The sources dispute whether the permanent chief executive started in February or in March,
    but each puts the start before the inspection: the order is no dispute, the month still is."""
    _says(
        "Had the permanent appointment to chief executive begun before the inspection in 2019?",
        "yes",
        "chief-executive-starts-2019",
        shipped,
    )
    assert ask("Did Sara Todd start in March?", shipped).status == "disputed"


def test_who_imposed_a_commitment(shipped: Shipped) -> None:
    """The notice's commitment names what is to be done; the record's `required_by` says the
    Department for Education requires it, so the question naming that department is answered, and
    the one giving the requirement to Ofsted is answered no: the record gives that act to the DfE."""
    _says(
        "Did the Department for Education's notice require an independent chair for the improvement board?",
        "yes",
        "notice-improvement-board-independent-chair",
        shipped,
    )
    _says(
        "Did Ofsted require an independent chair for the improvement board?",
        "no",
        "notice-improvement-board-independent-chair",
        shipped,
    )


def test_a_refusal_when_asked_about_a_matter(shipped: Shipped) -> None:
    """ "when it was contacted about X" is the request the refusal answered: only X must be what was
    refused, and a matter the refusal's quote does not name is not refused."""
    _says(
        "Did Trafford comment further when it was contacted about the DfE's announcement?",
        "no",
        "dfe-announcement-2019",
        shipped,
    )
    _not_answered("Did Trafford comment further when it was approached about the Ofsted rating?", shipped)


def test_a_change_said_to_keep_pace_that_did_not_happen(shipped: Shipped) -> None:
    """Staffing that stayed the same kept pace with nothing; demand did rise, so whether it kept pace
    is not for this reading to say."""
    _says(
        "Did staffing rise to keep up with the growing demand?",
        "no",
        "committee-capacity-demand-increased-workforce-same",
        shipped,
    )
    _not_answered("Did demand rise to keep pace with the workforce?", shipped)


def test_what_would_have_happened_in_another_verb(shipped: Shipped) -> None:
    """ "spotted" is WordNet's other word for the record's "recognised", in the one item that says what
    would have happened without the inspection."""
    _says(
        "Would the council's weaknesses have been spotted had Ofsted not inspected?",
        "no",
        "finding-weaknesses-would-not-have-been-recognised-without-inspection",
        shipped,
    )
    _not_answered("Would the weaknesses have been fixed without the inspection?", shipped)


def test_a_denial_of_a_whole_kind_answers_a_narrowed_one(shipped: Shipped) -> None:
    """Ofsted sets no performance indicators, so none that managers monitor monthly; a "yes" would
    need the narrowing clause too. The item's clause that says the council sets its own indicators
    is the whole of "the council sets them", which the denial of Ofsted's setting them does not deny."""
    _says(
        "Does Ofsted set the performance indicators that frontline managers monitor every month?",
        "no",
        "committee-performance-indicators-set-by-council",
        shipped,
    )
    _says(
        "Does Trafford set its own performance indicators?",
        "yes",
        "committee-performance-indicators-set-by-council",
        shipped,
    )
    _says(
        "Does Ofsted set Trafford's own performance indicators?",
        "no",
        "committee-performance-indicators-set-by-council",
        shipped,
    )
    _not_answered(
        "Did the council set the performance indicators that frontline managers monitor every month?", shipped
    )


def test_the_piece_a_holder_would_be_named_in(shipped: Shipped) -> None:
    """ "named in the announcement" says where the naming would be, not what the post is: the role the
    record holds with no person, whose quote says the holder is unnamed, answers "no"."""
    _says(
        "Was Trafford's government adviser named in the DfE's announcement?",
        "no",
        "role-government-adviser",
        shipped,
    )
    _not_answered("Was the council leader named in the report?", shipped)
