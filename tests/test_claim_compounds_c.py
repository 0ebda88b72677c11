"""Compound claims whose grade lies in another item of the passage, and past acts a date had read
as plans, each tested with sentences written for these tests: a grade or quality one item of a
pair leaves unsaid is given by the other; a concession put first is a clause of its own, and one
made of a grade word alone (`despite the failings`) is the rating that stands; a month named `May`
in the item's own words is a date, not the modal `may`; a verb of what a set holds (`included`)
before an activity says what a plan lists, not that it was done; and a participle after an article
(`a dedicated cabinet member`) describes a noun rather than telling of an act.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.test_claim_readings import verdicts

from builders import SOURCE_NAME, DatasetFactory, citation, event, finding, source_entry
from trafford_timeline.claims.check import ClaimIndex, build_index, check_claim
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.record.store import load_glossary, load_record

PLAN_ONLY = "was to happen"

SOURCE = (
    "Front door review\n"
    "\n"
    "A new head of the front door took over in May 2019, the council said.\n"
    "The council agreed its response: its measures include recruiting more foster carers and "
    "opening a second family hub.\n"
    "Managers may reorganise the duty rota next spring.\n"
)


@pytest.fixture
def small(make_dataset: DatasetFactory) -> ClaimIndex:
    """A record of one done act dated in May, a council's agreed measures, and a plan in `may`."""

    def fact(id: str, kind: str, text: str, line: int, quote: str, **extra: Any) -> dict[str, Any]:
        return {"id": id, "kind": kind, "text": text, "citations": [citation(line, quote)]} | extra

    record = {
        "sources": [source_entry(SOURCE_NAME, SOURCE)],
        "events": [event("review-2019", "2019-06", citations=[citation(1, "Front door review")])],
        "facts": [
            fact("head-took-over", "detail", "A new head of the front door took over in May 2019.", 3,
                 "A new head of the front door took over in May 2019"),
            fact("foster-carers", "commitment", "The council agreed to recruit more foster carers.", 4,
                 "recruiting more foster carers", by="The council"),
            fact("family-hub", "commitment", "The council agreed to open a second family hub.", 4,
                 "opening a second family hub", by="The council"),
            finding("duty-rota", "review-2019", polarity="weakness",
                    text="Managers may reorganise the duty rota.",
                    citations=[citation(5, "Managers may reorganise the duty rota")]),
        ],
    }  # fmt: skip
    root = make_dataset(record, sources={SOURCE_NAME: SOURCE})
    loaded = load_record(root)
    return build_index(loaded, load_glossary(root), sentences=SourceSentences(root, loaded.sources))


def test_a_month_in_the_items_own_words_is_not_the_modal_may(small: ClaimIndex, index: ClaimIndex) -> None:
    """The item "took over in May 2019" says the act was done; its `May` is the month. The shipped
    notice, "issued on 23 May 2019 ... after Ofsted found ...", is then a done act too, yet it must
    not make Ofsted the issuer: the notice's own event says the DfE issues it."""
    assert verdicts(
        small,
        [
            "A new head of the front door took over in May 2019.",
            "The front door's new head took over in May 2019.",
            "A new head of the front door has taken over.",
        ],
    ) == ["supported", "supported", "supported"]
    # guard: an item's own modal `may` is still a plan, and a done act is more than it says
    done = check_claim("Managers reorganised the duty rota.", small)
    assert done.verdict == "not_found"
    assert PLAN_ONLY in done.explanation
    assert verdicts(
        index,
        [
            "Ofsted issued the improvement notice to Trafford Council on 23 May 2019.",
            "On 23 May 2019 Ofsted issued an improvement notice to Trafford.",
            "The improvement notice was issued to Trafford Council on 23 May 2019.",
        ],
    ) == ["contradicted", "contradicted", "supported"]


def test_what_a_set_of_measures_included_is_what_was_agreed(small: ClaimIndex) -> None:
    """The council agreed to recruit foster carers and to open a hub: a response that included
    recruiting them is what was agreed; that they were recruited is more than the record says."""
    assert verdicts(
        small,
        [
            "The council's response included recruiting more foster carers.",
            "Its measures included opening a second family hub.",
            "The council's response to the review included opening a second family hub.",
        ],
    ) == ["supported", "supported", "supported"]
    for claim in [
        "The council recruited more foster carers.",
        "The council's response included foster carers who were recruited in May.",
        "The council opened a second family hub.",
    ]:
        check = check_claim(claim, small)
        assert check.verdict == "not_found", claim
        assert PLAN_ONLY in check.explanation, claim


def test_a_grade_one_item_of_a_pair_leaves_unsaid_is_given_by_the_other(index: ClaimIndex) -> None:
    """Morale is good in many teams (one finding); workers have a range of suitable training (the
    next line). Neither alone says both; together they do, the grade from the first."""
    assert verdicts(
        index,
        [
            "Morale in many teams is good and workers can get suitable training and development.",
            "Ofsted found good morale in many teams and a range of suitable training.",
            "Good morale in many teams goes with a range of suitable training for workers.",
        ],
    ) == ["supported", "supported", "supported"]
    # guards: a grade neither item gives, or one that the record denies, is not supported
    assert check_claim(
        "Morale in many teams is poor and workers can get suitable training and development.", index
    ).verdict in {"contradicted", "not_found"}
    assert check_claim(
        "Morale in many teams is good and workers can get outstanding training and development.", index
    ).verdict in {"contradicted", "not_found"}


def test_a_concession_put_first_keeps_its_denials_to_itself(index: ClaimIndex) -> None:
    """Performance data highlighted weaknesses (one finding) and no robust action was taken to find
    their cause (the next): the concession's `weaknesses` does not turn the main clause's denial
    into an assertion, so the true claim is not contradicted."""
    claims = [
        "Although good-quality performance data highlighted weaknesses, there was no robust action "
        "to determine the cause.",
        "Despite good-quality performance data highlighting the weaknesses, there was no robust "
        "action to determine the cause.",
    ]
    assert verdicts(index, claims) == ["supported", "supported"]
    # guard: a main clause that asserts what the record denies is still contradicted
    assert verdicts(
        index,
        [
            "Although good-quality performance data highlighted weaknesses, there was robust action to "
            "determine the cause.",
        ],
    ) == ["contradicted"]


def test_a_concession_made_of_a_grade_word_is_the_rating_that_stands(index: ClaimIndex) -> None:
    """`despite the failings` frames what follows with the latest rating (inadequate); the rest is
    checked as a claim of its own."""
    assert verdicts(
        index,
        [
            "Despite its failings, care leavers get some good support.",
            "Despite the failings, morale in many teams is good.",
            "Despite the failings, the workforce is stable.",
        ],
    ) == ["supported", "supported", "supported"]
    # guards: the rest contradicted still contradicts; a concession that says more is not a rating
    assert verdicts(
        index,
        [
            "Despite the failings, morale is poor in many teams.",
            "Despite the failings of its audits, morale is good in many teams.",
        ],
    ) == ["contradicted", "not_found"]


def test_a_participle_after_an_article_describes_and_does_not_tell_of_an_act(index: ClaimIndex) -> None:
    """Andrew Weston said he would create a dedicated cabinet member role: a promise of `a dedicated`
    role is the saying alone, while creating it is more than the record says."""
    assert verdicts(
        index,
        [
            "Andrew Weston promised a dedicated cabinet member for children's social care.",
            "Andrew Weston pledged a dedicated cabinet member for children's social care, to be "
            "Catherine Hynes.",
        ],
    ) == ["supported", "supported"]
    created = check_claim(
        "Andrew Weston created a dedicated cabinet member for children's social care.", index
    )
    assert created.verdict == "not_found"
    assert PLAN_ONLY in created.explanation
