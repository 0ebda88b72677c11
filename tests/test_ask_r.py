"""`ask` on the shipped record: how soon a thing was to happen is the length the record states for it.

The record's committee minutes say when Ofsted would come back ("within six months"). A question may
word the return otherwise ("return", "be back"), say what the length runs from ("after the report"),
or which return it means ("the first visit"); the items that match it best all quote the one length,
so that length answers, quoted. A question about a thing for which no length is stated stays
"not stated".
"""

from __future__ import annotations

import pytest

from test_ask import ShippedRecord as Shipped
from test_ask import ask_shipped as ask
from test_ask import quotes, shipped_record


@pytest.fixture(scope="module")
def shipped() -> Shipped:
    return shipped_record()


def _six_months(question: str, shipped: Shipped) -> None:
    answer = ask(question, shipped)
    assert (answer.status, answer.answer) == ("answered", "within six months"), answer.explanation
    assert "come back for a monitoring visit within six months" in quotes(answer)
    assert {e.source for e in answer.evidence} == {"003_46fb6be4c90ae91a.txt"}


def test_the_point_a_length_runs_from_only_frames_it(shipped: Shipped) -> None:
    """ "after the publication of the report" says when the clock starts, not what the minutes must say."""
    _six_months(
        "How soon following the published report would inspectors return to monitor Trafford?", shipped
    )
    _six_months(
        "How soon after the 2019 inspection were inspectors due to come back on a monitoring visit?", shipped
    )


def test_which_visit_of_a_series_is_the_next_one(shipped: Shipped) -> None:
    """ "the first monitoring visit" is the next one, which the stated length is of."""
    _six_months("In what time was Ofsted expected back for its initial monitoring visit?", shipped)
    _six_months("Within which timescale would the inspector be back for the first monitoring visit?", shipped)


def test_items_quoting_one_length_agree(shipped: Shipped) -> None:
    """Two items quote the same line of the minutes: they state one length, not a choice between two."""
    _six_months("How soon was the inspector to come back to Trafford for monitoring?", shipped)


def test_no_length_stated_stays_not_stated(shipped: Shipped) -> None:
    """The record dates the report and the new director, but states no length within which either came."""
    for question in (
        "How soon after the inspection did Ofsted publish its report?",
        "How soon after the inspection was a new director of children's services appointed?",
        "Within what timeframe was the improvement board expected to report to the Secretary of State?",
    ):
        answer = ask(question, shipped)
        assert answer.status == "not_stated", (question, answer.answer)


def test_a_point_the_record_never_speaks_of_is_not_framing(shipped: Shipped) -> None:
    """ "after the tribunal": the record holds no tribunal, so the question is about something else."""
    answer = ask("How soon after the tribunal was Ofsted expected back for a monitoring visit?", shipped)
    assert answer.status == "not_stated"


def test_how_long_a_post_went_without_a_permanent_holder(shipped: Shipped) -> None:
    """Without a permanent chief executive is its interim holding: from July 2018 until the next one
    took up the post, both dated items quoted, the length in the interim item's own words."""
    for question in (
        "About how long was the council without a permanent chief executive before Sara Todd started?",
        "For how long was the chief executive post covered on an interim basis until a permanent "
        "appointment began?",
    ):
        answer = ask(question, shipped)
        assert answer.status == "answered", (question, answer.explanation)
        assert answer.value == "several months"
        assert "Jul 2018" in (answer.answer or "")
        said = quotes(answer)
        assert "interim chief executive for several months" in said
        assert "from July 2018" in said
        assert "Sara Todd, who started at the council in February" in said


def test_an_end_the_record_does_not_give_is_not_stated(shipped: Shipped) -> None:
    """The record ends the interim holding with Sara Todd's start, not with the DfE or another person;
    and it dates no interim holding of the council leader's post."""
    for question in (
        "How long was Trafford without a permanent chief executive before the DfE stepped in?",
        "How long was the chief executive post held on an interim basis until Andrew Weston took over?",
        "How long was Trafford without a permanent council leader?",
    ):
        answer = ask(question, shipped)
        assert answer.status == "not_stated", (question, answer.answer)


def test_how_long_after_one_dated_event_another_came(shipped: Shipped) -> None:
    """The inspection ran 4 to 8 March 2019 and the report came on 8 May: 61 to 65 days, about nine
    weeks whichever day is counted from; both dated items are quoted."""
    answer = ask("Roughly how many weeks after the inspection did Ofsted's report come out?", shipped)
    assert (answer.status, answer.value) == ("answered", "about 9 weeks"), answer.explanation
    said = quotes(answer)
    assert "published on 8 May" in said
    assert "between 4 and 8 March" in said
    # counted in days the dates leave it open (61 to 65): no one figure is given
    days = ask("How many days after the inspection was the Ofsted report published?", shipped)
    assert days.status == "not_stated"


def test_how_long_after_something_the_record_never_dates(shipped: Shipped) -> None:
    """No tribunal is on record, and no appointment of a new director is dated after the inspection."""
    for question in (
        "How long after the inspection was the tribunal held?",
        "How long after the inspection did the council appoint a new director?",
    ):
        answer = ask(question, shipped)
        assert answer.status == "not_stated", (question, answer.answer)
