"""`ask`: a list the record splits over several items, read whole from the source sentence they share.

An item's quote may open a list ("These include hiring a practice auditor") or be one part of it,
while the record's other items quote the other parts; the source sentence they were cut from lists
them all. A list question is answered by that sentence's list, but only where the record quotes every
part of it. Checked on Northstead's made-up record (`test_ask.py`) with a few items and source lines
added here, and on the shipped record; every question is worded here, unlike any benchmark question.
"""

from __future__ import annotations

import pytest

from test_ask import cite, northstead
from test_claim_readings import shipped_index
from trafford_timeline.claims.answer import answer_question
from trafford_timeline.claims.check import ClaimIndex, build_index
from trafford_timeline.claims.sentences import sentence_around
from trafford_timeline.record.model import Citation, CommitmentFact, Event, Record, RoleFact, StatementFact
from trafford_timeline.record.store import load_glossary, shipped_data_dir

LINES = {
    501: "After the verdict, Northstead Council said it had settled on a set of steps to turn things around.",
    502: (
        "These include hiring a practice auditor to review case files, opening two family hubs in the"
        " north of the borough and training every team manager in supervision."
    ),
    504: "I will appoint a portfolio holder for early help, and Ana Cole will take it on.",
    503: (
        "Its plans include a foster carer helpline, a review of short breaks and a new duty rota for"
        " the weekend."
    ),
}
"""The made-up source lines the items below quote from, in part."""

STEPS = (
    Event(
        id="council-settles-steps-2021",
        date="2021-09",
        kind="response",
        status="occurred",
        title="Northstead Council settles on a set of steps to turn things around",
        citations=(
            *cite(501, "Northstead Council said it had settled on a set of steps to turn things around"),
            *cite(502, "These include hiring a practice auditor to review case files"),
        ),
    ),
    StatementFact(
        id="council-settled-steps",
        speaker="Northstead Council",
        event="council-settles-steps-2021",
        text="Northstead Council said it had settled on a set of steps to turn things around.",
        citations=cite(501, "Northstead Council said it had settled on a set of steps to turn things around"),
    ),
    CommitmentFact(
        id="council-practice-auditor",
        by="Northstead Council",
        event="council-settles-steps-2021",
        text="Northstead Council settled on hiring a practice auditor to review case files.",
        citations=cite(502, "hiring a practice auditor to review case files"),
    ),
    CommitmentFact(
        id="council-family-hubs",
        by="Northstead Council",
        event="council-settles-steps-2021",
        text="Northstead Council settled on opening two family hubs in the north of the borough.",
        citations=cite(502, "opening two family hubs in the north of the borough"),
    ),
    CommitmentFact(
        id="council-manager-training",
        by="Northstead Council",
        event="council-settles-steps-2021",
        text="Northstead Council settled on training every team manager in supervision.",
        citations=cite(502, "training every team manager in supervision"),
    ),
    CommitmentFact(
        id="council-foster-helpline",
        by="Northstead Council",
        event="council-settles-steps-2021",
        text="Northstead Council plans a foster carer helpline and a review of short breaks.",
        citations=cite(503, "Its plans include a foster carer helpline, a review of short breaks"),
    ),
    RoleFact(
        id="role-early-help-portfolio-holder",
        text="Council leader Tom Reed said a new portfolio holder for early help would be taken by Ana Cole.",
        event="council-settles-steps-2021",
        role="portfolio holder for early help",
        person="Ana Cole",
        organisation="Northstead",
        citations=cite(504, "I will appoint a portfolio holder for early help, and Ana Cole will take it on"),
    ),
)


def _sentence(citation: Citation) -> Citation | None:
    line = LINES.get(citation.line)
    found = sentence_around(line, citation.quote) if line is not None else None
    return None if found is None else Citation(source=citation.source, line=citation.line, quote=found)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    base = northstead()
    events = tuple(item for item in STEPS if isinstance(item, Event))
    facts = tuple(item for item in STEPS if not isinstance(item, Event))
    record = Record(
        sources=(), events=(*base.events, *events), facts=(*base.facts, *facts), conflicts=base.conflicts
    )
    return build_index(record, load_glossary(shipped_data_dir()), sentences=_sentence)


@pytest.fixture(scope="module")
def shipped() -> ClaimIndex:
    """The shipped record read with the source sentences around its quotes, as `trafford ask` reads it."""
    return shipped_index()


@pytest.mark.parametrize(
    "question",
    [
        "Which steps did Northstead Council settle on to turn things around?",
        "What steps had Northstead Council settled on after the verdict?",
        "List the steps Northstead Council said it had settled on.",
    ],
)
def test_a_list_one_quote_opens_is_read_whole_from_its_sentence(index: ClaimIndex, question: str) -> None:
    """The event quotes only the list's opening; its sentence, whose every part an item quotes, lists
    all three steps, in the source's words, cited on its line."""
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    said = answer.answer or ""
    for part in (
        "hiring a practice auditor to review case files",
        "opening two family hubs in the north of the borough",
        "training every team manager in supervision",
    ):
        assert part in said
    assert all(evidence.line == 502 for evidence in answer.evidence)


def test_a_sentence_with_a_part_no_item_quotes_is_not_the_record_s_list(index: ClaimIndex) -> None:
    """Line 503 goes on to "a new duty rota" that no item quotes: the record's words stop short of
    that part, so the sentence's list is not given as the record's."""
    answer = answer_question("What plans for foster carers did Northstead Council have?", index)
    assert "duty rota" not in (answer.answer or "")


@pytest.mark.parametrize(
    "question",
    [
        "What measures had Trafford Council agreed following the inspection report?",
        "Which measures did the council say it had agreed, after Ofsted's report, to improve the service?",
    ],
)
def test_the_shipped_measures_are_read_whole(shipped: ClaimIndex, question: str) -> None:
    """The event quotes "These include bringing in an audit team..."; four items quote the parts."""
    answer = answer_question(question, shipped)
    assert answer.status == "answered", answer.explanation
    said = answer.answer or ""
    assert "bringing in an audit team" in said
    assert "developing a full action plan" in said
    assert any(evidence.source.startswith("000_") for evidence in answer.evidence)


@pytest.mark.parametrize(
    "question",
    [
        "What new post did Tom Reed say he would appoint?",
        "Which role did the council leader Tom Reed say he would create for early help?",
    ],
)
def test_a_post_asked_by_its_noun_is_the_role_the_record_names(index: ClaimIndex, question: str) -> None:
    """The quote never says "post" or "role": the role fact's field says which of its words are the
    post, and the post, not the person named to it, is the answer."""
    answer = answer_question(question, index)
    assert answer.status == "answered", answer.explanation
    assert answer.answer == "portfolio holder for early help"


def test_the_shipped_cabinet_post_is_named(shipped: ClaimIndex) -> None:
    answer = answer_question("Which cabinet post did Andrew Weston say he would create?", shipped)
    assert answer.answer == "dedicated cabinet member for children's social care"
