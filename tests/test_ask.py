"""`ask`: each kind of question answered from a small record of our own, and the CLI's contract."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DatasetFactory
from scores import benchmark_module
from trafford_timeline.claims.answer import Answer, answer_question
from trafford_timeline.claims.check import ClaimIndex, build_index
from trafford_timeline.claims.question import question_form
from trafford_timeline.cli import app
from trafford_timeline.output.answer_contract import ANSWER_FIELDS, QUOTE_FIELDS, answer_json
from trafford_timeline.record.model import (
    Citation,
    CommitmentFact,
    Conflict,
    ConflictSide,
    DetailFact,
    Event,
    Fact,
    FigureFact,
    FindingFact,
    RatingFact,
    Record,
    RoleFact,
    Source,
    StatementFact,
)
from trafford_timeline.record.store import load_glossary, load_record, shipped_data_dir

SOURCE = "001_northstead.txt"


def cite(line: int, quote: str) -> tuple[Citation, ...]:
    return (Citation(source=SOURCE, line=line, quote=quote),)


def rating(year: int, area: str, grade: str, line: int) -> RatingFact:
    return RatingFact(
        id=f"rating-{year}-{area}", text=f"In {year} Ofsted rated {area} {grade}.", year=year,
        framework="SIF" if year < 2018 else "ILACS", area=area, grade=grade,  # type: ignore[arg-type]
        citations=cite(line, f"{area.replace('_', ' ')} was judged {grade.replace('_', ' ')} in {year}"),
    )  # fmt: skip


CHOSEN = cite(30, "the board has now chosen its new chair")
NOT_CHOSEN = cite(31, "the chair of the board is yet to be chosen")


def northstead() -> Record:
    """A made-up council, worded unlike the shipped record, so that no answer is learnt from it."""
    return Record(
        sources=(),
        events=(
            Event(
                id="inspection-2021",
                date="2021-06-07/2021-06-11",
                kind="inspection",
                status="occurred",
                title="Ofsted inspects Northstead's children's services",
                citations=cite(1, "inspectors visited Northstead between 7 and 11 June 2021"),
            ),
            Event(
                id="inspection-2016",
                date="2016-11",
                kind="inspection",
                status="occurred",
                title="An earlier Ofsted inspection of Northstead's children's services",
                citations=cite(16, "Ofsted last inspected Northstead's children's services in November 2016"),
            ),
            Event(
                id="selection-panel-2022",
                date="2022-03",
                kind="meeting",
                status="planned",
                title="A selection panel picks the new head of fostering",
                citations=cite(
                    2, "the selection panel to pick a new head of fostering will convene in March 2022"
                ),
            ),
            Event(
                id="audits-from-2021",
                date="2021-09/..",
                kind="review",
                status="planned",
                title="Quarterly audits of casework begin",
                citations=cite(3, "quarterly audits of casework will begin in September 2021"),
            ),
        ),
        facts=(
            rating(2017, "overall", "good", 4),
            rating(2021, "overall", "inadequate", 5),
            rating(2021, "children_in_care", "requires_improvement", 6),
            rating(2021, "care_leavers", "requires_improvement", 24),
            RoleFact(
                id="role-dcs",
                text="Priya Shah is the director of children's services.",
                role="director of children's services",
                person="Priya Shah",
                organisation="Northstead",
                citations=cite(7, "Priya Shah, the director of children's services"),
            ),
            RoleFact(
                id="role-safeguarding-head",
                text="An interim head of safeguarding, not named.",
                role="interim head of safeguarding",
                person=None,
                organisation="Northstead",
                citations=cite(8, "an interim head of safeguarding has been in post since spring"),
            ),
            StatementFact(
                id="statement-reed",
                text="Council leader Tom Reed said the findings were disappointing.",
                speaker="Tom Reed",
                citations=cite(9, "leader Tom Reed said the findings were \u201cdisappointing\u201d"),
            ),
            FigureFact(
                id="figure-referrals",
                text="Referrals had risen by 15% since 2019.",
                measure="referrals",
                value=15,
                unit="percent",
                citations=cite(10, "referrals had risen by 15% since 2019"),
            ),
            DetailFact(
                id="detail-teams-merged",
                text="Three social work teams were merged.",
                citations=cite(11, "three social work teams were merged into one"),
            ),
            CommitmentFact(
                id="commitment-auditor-reports",
                by="the external auditor",
                text="The external auditor will report to the board every three months.",
                citations=cite(12, "The external auditor will report to the board every three months"),
            ),
            DetailFact(
                id="detail-recording-system",
                text="Northstead was among the first to use a new system.",
                citations=cite(13, "Northstead was among the first to use the Mosaic Case Recording System"),
            ),
            DetailFact(
                id="detail-review-scope",
                text="The review will cover four areas.",
                citations=cite(14, "The review will cover safeguarding, adoption, fostering and early help."),
            ),
            FindingFact(
                id="finding-accommodation",
                polarity="strength",
                area="care_leavers",
                text="Most care leavers live in suitable accommodation.",
                citations=cite(15, "most care leavers live in suitable accommodation"),
            ),
            DetailFact(
                id="detail-report-published",
                date="2021-08",
                text="The inspection led to a report of August 2021, which judged Northstead inadequate.",
                citations=cite(17, "the inspection led to a report, in August 2021, judging it inadequate"),
            ),
            FindingFact(
                id="finding-audits-counted",
                polarity="weakness",
                area="leadership",
                text="Over the last nine months there were only three casework audits.",
                citations=cite(18, "over the last nine months there were only three casework audits"),
            ),
            DetailFact(
                id="detail-presentation",
                text="The Head of Early Help presented the audit findings to the scrutiny committee.",
                citations=cite(
                    19,
                    "The Head of Early Help gave a presentation on the audit findings "
                    "to the scrutiny committee",
                ),
            ),
            RoleFact(
                id="role-quality-interim",
                text="Joe Bloggs is the interim head of quality assurance.",
                role="interim head of quality assurance",
                person="Joe Bloggs",
                organisation="Northstead",
                citations=cite(20, "Joe Bloggs, interim head of quality assurance"),
            ),
            RoleFact(
                id="role-quality-permanent",
                text="Ann Lee is the head of quality assurance.",
                role="head of quality assurance",
                person="Ann Lee",
                organisation="Northstead",
                citations=cite(22, "Ann Lee, head of quality assurance, returns from leave in the spring"),
            ),
            DetailFact(
                id="detail-changes-agreed",
                text="After a review, the council agreed a series of changes.",
                citations=cite(
                    21,
                    "After a review between 3 and 9 May, the council said it had agreed a long series of "
                    "changes to improve its service",
                ),
            ),
            FindingFact(
                id="finding-ehat",
                polarity="weakness",
                area="help_and_protection",
                text="The early help assessment team's audits repeatedly found plans were late.",
                citations=cite(
                    23,
                    "audits by the early help assessment team (EHAT) repeatedly found that plans were late",
                ),
            ),
            DetailFact(
                id="detail-sanction",
                text="If the council fails to improve, a formal warning will be issued.",
                citations=cite(25, "If the council fails to improve, a formal warning will be issued"),
            ),
            FindingFact(
                id="finding-plans-not-reviewed",
                polarity="weakness",
                area="children_in_care",
                text="Care plans were not routinely reviewed.",
                citations=cite(27, "care plans were not routinely reviewed"),
            ),
            DetailFact(
                id="detail-complaint",
                text="A complaint was logged but nothing was done.",
                citations=cite(28, "after the complaint the risk was logged and no action was taken"),
            ),
            DetailFact(
                id="detail-chair-chosen", text="The board has chosen its new chair.", citations=CHOSEN
            ),
            DetailFact(
                id="detail-chair-not-chosen",
                text="The chair of the board is yet to be chosen.",
                citations=NOT_CHOSEN,
            ),
            DetailFact(
                id="detail-delivery-deadline",
                date="2022-01",
                text="The warning sets a deadline of January 2022 for delivery of the plan.",
                citations=cite(32, "the warning sets a deadline of January 2022 for delivery of the plan"),
            ),
            DetailFact(
                id="detail-delivery-panel",
                text="The warning requires a panel to oversee delivery of the plan.",
                citations=cite(33, "the warning requires a panel to oversee delivery of the plan"),
            ),
            DetailFact(
                id="detail-police-on-panel",
                text="Northstead Police sit on the safeguarding panel.",
                citations=cite(34, "officers of Northstead Police sit on the safeguarding panel"),
            ),
            DetailFact(
                id="detail-fostering-praised",
                text="The fostering panel was praised in 2019.",
                citations=cite(35, "the fostering panel was praised in 2019"),
            ),
            DetailFact(
                id="detail-posts-created",
                text="The council created two new posts.",
                citations=cite(
                    36, "the council created the new posts of head of fostering and head of adoption"
                ),
            ),
        ),
        conflicts=(
            Conflict(
                id="chair-chosen-or-not",
                topic="Whether the board's new chair had been chosen",
                sides=(
                    ConflictSide(statement="One report says the chair has been chosen.", citations=CHOSEN),
                    ConflictSide(
                        statement="A later report says the chair is yet to be chosen.", citations=NOT_CHOSEN
                    ),
                ),
                favours=1,
                assessment="The later report is more likely right.",
            ),
        ),
    )


def northstead_index(
    events: Sequence[Event] = (), facts: Sequence[Fact] = (), conflicts: Sequence[Conflict] = ()
) -> ClaimIndex:
    """The made-up council with a test module's own items added, read as `cite` and `ask` read it."""
    base = northstead()
    record = Record(
        sources=(),
        events=(*base.events, *events),
        facts=(*base.facts, *facts),
        conflicts=(*base.conflicts, *conflicts),
    )
    return build_index(record, load_glossary(shipped_data_dir()))


ShippedRecord = tuple[ClaimIndex, tuple[Conflict, ...], tuple[Source, ...]]
"""The shipped record as `ask` reads it: its index, its conflicts and its sources."""


def shipped_record() -> ShippedRecord:
    data = shipped_data_dir()
    record = load_record(data)
    return build_index(record, load_glossary(data)), tuple(record.conflicts), tuple(record.sources)


def ask_shipped(question: str, shipped: ShippedRecord) -> Answer:
    index, conflicts, sources = shipped
    return answer_question(question, index, conflicts, sources)


def quotes(answer: Answer) -> str:
    """The quotes an answer shows, as one text to search."""
    return " ".join(e.quote for e in answer.evidence)


@pytest.fixture(scope="module")
def index() -> ClaimIndex:
    return build_index(northstead(), load_glossary(shipped_data_dir()))


def ask(question: str, index: ClaimIndex) -> Answer:
    return answer_question(question, index, northstead().conflicts)


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("When will the panel meet?", "when"),
        ("In what year was it rated good?", "when"),
        ("Who leads the council?", "who"),
        ("Who said the findings were disappointing?", "said"),
        ("What grade did leadership get in 2019?", "grade"),
        ("How was Trafford rated in 2015?", "grade"),
        ("How many teams were merged?", "how_many"),
        ("By how much did referrals rise?", "how_many"),
        ("How often will the auditor report?", "how_often"),
        ("Which system did the council adopt?", "which"),
        ("Which areas will the review cover?", "list"),
        ("Did most care leavers live in suitable homes?", "yes_no"),
        ("What did the leader call the findings?", "what"),
    ],
)
def test_a_question_is_read_by_its_opening_words(question: str, form: str) -> None:
    assert question_form(question.lower().rstrip("?"))[0] == form


def test_when_gives_the_date_at_the_precision_the_record_holds(index: ClaimIndex) -> None:
    answer = ask("When will the panel to pick a new head of fostering convene?", index)
    assert (answer.status, answer.answer, answer.value, answer.kind) == (
        "answered",
        "March 2022",
        "2022-03",
        "date",
    )
    assert answer.evidence[0].id == "selection-panel-2022"
    assert answer.evidence[0].source == SOURCE
    assert answer.evidence[0].line == 2


def test_when_gives_a_span_of_days_as_a_range(index: ClaimIndex) -> None:
    answer = ask("When did Ofsted inspect Northstead's children's services in 2021?", index)
    assert answer.answer == "7–11 June 2021"
    assert answer.value == "2021-06-07/2021-06-11"


def test_when_with_only_a_start_date_is_not_stated(index: ClaimIndex) -> None:
    answer = ask("When will the quarterly audits of casework take place?", index)
    assert answer.status == "not_stated"
    assert answer.answer is None


def test_how_many_days_counts_the_span(index: ClaimIndex) -> None:
    answer = ask("How many days did the inspection last?", index)
    assert answer.status == "answered"
    assert answer.value == 5
    assert answer.answer is not None
    assert answer.answer.startswith("five")


def test_who_gives_the_holder_of_the_role(index: ClaimIndex) -> None:
    answer = ask("Who is the director of children's services?", index)
    assert (answer.status, answer.answer, answer.kind) == ("answered", "Priya Shah", "person")
    assert answer.evidence[0].id == "role-dcs"


def test_who_for_a_role_the_record_leaves_unnamed_is_not_stated(index: ClaimIndex) -> None:
    answer = ask("Who is the interim head of safeguarding?", index)
    assert answer.status == "not_stated"
    assert answer.answer is None
    assert [e.id for e in answer.related][:1] == ["role-safeguarding-head"]


def test_who_said_gives_the_speaker(index: ClaimIndex) -> None:
    answer = ask("Who said the findings were disappointing?", index)
    assert (answer.status, answer.answer) == ("answered", "Tom Reed")


def test_who_will_gives_who_is_to_act(index: ClaimIndex) -> None:
    answer = ask("Who will report to the board every three months?", index)
    assert answer.answer == "the external auditor"


def test_grade_by_year_and_area_in_the_framework_s_words(index: ClaimIndex) -> None:
    answer = ask("What grade did children in care get in 2021?", index)
    assert (answer.status, answer.answer, answer.value, answer.kind) == (
        "answered", "requires improvement to be good", "requires_improvement", "grade",
    )  # fmt: skip
    assert answer.evidence[0].id == "rating-2021-children_in_care"


def test_grade_before_a_year_is_the_earlier_rating(index: ClaimIndex) -> None:
    assert ask("What was the council's overall grade before 2021?", index).answer == "good"


def test_grade_for_a_year_with_no_rating_is_not_stated(index: ClaimIndex) -> None:
    answer = ask("What rating did the council get in 2012?", index)
    assert (answer.status, answer.answer, answer.value) == ("not_stated", None, None)
    assert "2012" in answer.explanation


def test_how_many_reads_the_count_before_the_noun_asked_about(index: ClaimIndex) -> None:
    answer = ask("How many social work teams were merged?", index)
    assert (answer.answer, answer.value, answer.kind) == ("three", 3, "quantity")


def test_how_much_reads_a_percentage(index: ClaimIndex) -> None:
    answer = ask("By how much had referrals risen since 2019?", index)
    assert (answer.answer, answer.value) == ("15%", 15)


def test_how_often_reads_the_interval(index: ClaimIndex) -> None:
    answer = ask("How often will the external auditor report to the board?", index)
    assert (answer.answer, answer.kind) == ("every three months", "frequency")


def test_which_reads_the_name_ending_in_the_noun_asked_about(index: ClaimIndex) -> None:
    answer = ask("Which system was Northstead among the first to use?", index)
    assert answer.answer == "Mosaic Case Recording System"


def test_a_list_is_read_after_its_verb(index: ClaimIndex) -> None:
    answer = ask("Which areas will the review cover?", index)
    assert answer.answer == "safeguarding, adoption, fostering and early help"


def test_yes_and_no(index: ClaimIndex) -> None:
    yes = ask("Do most care leavers live in suitable accommodation?", index)
    assert (yes.status, yes.answer, yes.kind) == ("answered", "yes", "yes_no")
    assert yes.evidence[0].id == "finding-accommodation"
    no = ask("Was the council rated good overall in 2021?", index)
    assert (no.status, no.answer) == ("answered", "no")


def test_what_reads_the_quoted_words_after_the_question_s_own(index: ClaimIndex) -> None:
    assert ask("What did Tom Reed say the findings were?", index).answer == "disappointing"


@pytest.mark.parametrize(
    "question",
    [
        "Who runs the council's swimming pools?",
        "When did the council sell its offices?",
        "How much did the review cost?",
        "Was Northstead fined by Ofsted?",
        "What grade did adoption get in 2021?",
    ],
)
def test_questions_the_record_cannot_answer_are_not_stated(index: ClaimIndex, question: str) -> None:
    answer = ask(question, index)
    assert (answer.status, answer.answer, answer.value, answer.evidence) == ("not_stated", None, None, ())


def test_a_disputed_matter_follows_the_assessment_and_shows_the_other_side(index: ClaimIndex) -> None:
    """As `cite` does: the side the record's assessment favours answers, the other side is quoted."""
    answer = ask("Had the board's new chair been chosen?", index)
    assert (answer.status, answer.answer) == ("answered", "no")
    assert answer.evidence[0].line == 31  # the side the assessment favours
    assert 30 in {e.line for e in answer.related}
    assert "more likely right" in answer.explanation


def test_a_matter_the_record_cannot_settle_is_disputed_with_both_sides(index: ClaimIndex) -> None:
    unsettled = Conflict(
        id="chair-chosen-or-not", topic="Whether the board's new chair had been chosen",
        sides=(
            ConflictSide(statement="One report says the chair has been chosen.", citations=CHOSEN),
            ConflictSide(statement="A later report says it is yet to be chosen.", citations=NOT_CHOSEN),
        ),
        favours=None, assessment="The record cannot settle it.",
    )  # fmt: skip
    answer = answer_question("Had the board's new chair been chosen?", index, (unsettled,))
    assert (answer.status, answer.answer) == ("disputed", None)
    assert {e.line for e in answer.evidence} == {30, 31}
    assert "cannot settle" in answer.explanation


def test_the_contract_has_exactly_its_fields(index: ClaimIndex) -> None:
    data = answer_json(ask("When will the panel to pick a new head of fostering convene?", index))
    assert tuple(data) == ANSWER_FIELDS
    assert all(tuple(quote) == QUOTE_FIELDS for quote in data["evidence"])
    assert json.loads(json.dumps(data)) == data


runner = CliRunner()


def test_cli_answers_with_exit_0_and_the_json_contract(make_dataset: DatasetFactory) -> None:
    result = runner.invoke(
        app, ["--data", str(make_dataset()), "ask", "When was the notice issued?", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert tuple(data) == ANSWER_FIELDS
    assert (data["status"], data["answer"], data["value"], data["kind"]) == (
        "answered", "23 May 2019", "2019-05-23", "date",
    )  # fmt: skip
    assert data["evidence"][0]["line"] == 4


def test_cli_not_stated_exits_1_with_a_null_answer(make_dataset: DatasetFactory) -> None:
    result = runner.invoke(
        app, ["--data", str(make_dataset()), "ask", "Who runs the swimming pools?", "--json"]
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert (data["status"], data["answer"], data["value"]) == ("not_stated", None, None)


def test_cli_table_shows_the_answer_and_the_quote(make_dataset: DatasetFactory) -> None:
    result = runner.invoke(app, ["--data", str(make_dataset()), "ask", "When was the notice issued?"])
    assert result.exit_code == 0
    assert "23 May 2019" in result.stdout
    assert "The notice issued today orders the council" in result.stdout


@pytest.mark.parametrize(
    "args",
    [[], [""], ["When?", "--batch", "-"], ["When was the notice issued?", "--format", "yaml"]],
)
def test_cli_usage_errors_exit_2(make_dataset: DatasetFactory, args: list[str]) -> None:
    result = runner.invoke(app, ["--data", str(make_dataset()), "ask", *args], input="")
    assert result.exit_code == 2
    assert result.stdout == ""


def test_cli_batch_prints_json_lines_and_exits_1_unless_all_answered(
    make_dataset: DatasetFactory, tmp_path: Path
) -> None:
    questions = tmp_path / "questions.txt"
    questions.write_text(
        'When was the notice issued?\n\n{"question": "Who runs the swimming pools?"}\n', encoding="utf-8"
    )
    result = runner.invoke(app, ["--data", str(make_dataset()), "ask", "--batch", str(questions), "--json"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["status"] for line in lines] == ["answered", "not_stated"]
    assert all(tuple(line) == ANSWER_FIELDS for line in lines)


def test_cli_batch_from_stdin_as_a_table_and_as_csv(make_dataset: DatasetFactory) -> None:
    root = str(make_dataset())
    table = runner.invoke(app, ["--data", root, "ask", "--batch", "-"], input="When was the notice issued?\n")
    assert table.exit_code == 0
    assert "1 questions asked" in table.stdout
    assert "23 May 2019" in table.stdout
    csv = runner.invoke(
        app, ["--data", root, "ask", "--batch", "-", "--format", "csv"], input="When was the notice issued?\n"
    )
    assert csv.stdout.splitlines()[0].startswith("question,status,answer,value,kind")


def test_who_will_needs_the_commitment_s_own_action(index: ClaimIndex) -> None:
    assert ask("Who will report to the board?", index).answer == "the external auditor"
    chair = ask("Who will chair the board?", index)
    assert (chair.status, chair.answer) == ("not_stated", None)


def test_a_person_the_question_names_is_never_its_answer(index: ClaimIndex) -> None:
    answer = ask("Who was the director of children's services before Priya Shah?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_who_did_someone_say_asks_about_what_they_said_not_the_speaker() -> None:
    assert question_form("who did the leader say would chair the board")[0] == "who"
    assert question_form("who first called the findings disappointing")[0] == "said"


def test_who_in_the_passive_asks_who_receives_not_who_acts(index: ClaimIndex) -> None:
    answer = ask("Who will the board be reported to every three months?", index)
    assert answer.answer != "the external auditor"


def test_what_is_the_date_is_a_when_question() -> None:
    assert question_form("what is the deadline for the plan")[0] == "when"


def test_which_body_is_answered_as_who_when_no_name_ends_in_the_noun(index: ClaimIndex) -> None:
    assert (
        ask("Which body will report to the board every three months?", index).answer == "the external auditor"
    )


def test_a_question_s_date_keeps_items_of_other_dates_out(index: ClaimIndex) -> None:
    answer = ask("Who was the director of children's services in 1990?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_what_someone_said_is_read_only_from_their_statements(index: ClaimIndex) -> None:
    answer = ask("What did Tom Reed say about the review?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_who_is_a_named_person_gives_their_role_and_nothing_else_does(index: ClaimIndex) -> None:
    assert ask("Who is Priya Shah?", index).answer == "director of children's services"
    assert ask("Who succeeded Priya Shah?", index).answer is None


def test_a_question_that_negates_does_not_match_an_item_that_asserts(index: ClaimIndex) -> None:
    answer = ask("Who is the permanent head of safeguarding?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


def test_a_commitment_answers_for_its_first_action_only() -> None:
    record = northstead()
    fact = CommitmentFact(
        id="commitment-panel", by="the council", text="The council must set up a panel to review casework.",
        citations=cite(20, "the council must set up a panel to review casework"),
    )  # fmt: skip
    index = build_index(
        Record(sources=(), events=(), facts=(*record.facts, fact)), load_glossary(shipped_data_dir())
    )
    assert answer_question("Who must set up a panel?", index).answer == "the council"
    assert answer_question("Who will review casework?", index).answer is None


def test_a_list_is_read_after_the_question_s_own_closing_verb() -> None:
    record = northstead()
    fact = DetailFact(
        id="detail-audit-scope", text="The audit looked at three things.",
        citations=cite(21, "The audit looked at supervision, caseloads and case recording."),
    )  # fmt: skip
    index = build_index(
        Record(sources=(), events=(), facts=(*record.facts, fact)), load_glossary(shipped_data_dir())
    )
    assert (
        answer_question("What did the audit look at?", index).answer
        == "supervision, caseloads and case recording"
    )
    assert answer_question("List the things the audit looked at.", index).answer == (
        "supervision, caseloads and case recording"
    )


def test_what_kind_of_is_a_which_question() -> None:
    assert question_form("what kind of review may the adviser require") == ("which", "review")


def test_short_forms_and_vague_yes_no_questions(index: ClaimIndex) -> None:
    assert ask("Who'll report to the board every three months?", index).answer == "the external auditor"
    vague = ask("Is it good?", index)
    assert (vague.status, vague.answer) == ("not_stated", None)


def test_what_year_with_a_grade_is_read_from_the_ratings(index: ClaimIndex) -> None:
    answer = ask("In what year was the council rated good overall?", index)
    assert (answer.answer, answer.value, answer.kind) == ("2017", "2017", "date")
    assert answer.evidence[0].id == "rating-2017-overall"


def test_an_open_what_question_is_not_answered_in_a_few_words(index: ClaimIndex) -> None:
    answer = ask("What did Ofsted find in June 2021?", index)
    assert (answer.status, answer.answer) == ("not_stated", None)


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("What overall effectiveness grade did Ofsted give Northstead in 2021?", "grade"),
        ("Which council leader said the findings were disappointing?", "said"),
        ("What official described the findings as disappointing?", "said"),
        ("Which council was first rated good?", "which"),
    ],
)
def test_a_grade_or_a_speaker_asked_for_by_a_longer_noun_phrase(question: str, form: str) -> None:
    assert question_form(question.lower().rstrip("?"))[0] == form


def test_a_judgement_named_by_its_long_name_is_its_area(index: ClaimIndex) -> None:
    overall = ask("What overall effectiveness grade did the council receive in 2021?", index)
    assert (overall.status, overall.answer) == ("answered", "inadequate")
    # ILACS's own name for the children-in-care judgement, which also names care leavers
    care = ask("How were the experiences of children in care and care leavers graded in 2021?", index)
    assert (care.status, care.answer) == ("answered", "requires improvement to be good")
    assert care.evidence[0].id == "rating-2021-children_in_care"


def test_an_opening_clause_does_not_hide_the_question_s_form(index: ClaimIndex) -> None:
    answer = ask("In the 2021 inspection, how was overall effectiveness judged?", index)
    assert (answer.status, answer.answer) == ("answered", "inadequate")
    named = ask("According to the minutes, who is the director of children's services?", index)
    assert (named.status, named.answer) == ("answered", "Priya Shah")


def test_which_person_said_gives_the_speaker(index: ClaimIndex) -> None:
    answer = ask("Which council leader said the findings were disappointing?", index)
    assert (answer.status, answer.answer) == ("answered", "Tom Reed")
    assert answer.evidence[0].id == "statement-reed"


def test_a_style_word_the_record_never_uses_does_not_block_but_a_content_word_does(
    index: ClaimIndex,
) -> None:
    styled = ask("Does the coverage say that three social work teams were merged?", index)
    assert (styled.status, styled.answer) == ("answered", "yes")
    content = ask("Did Northstead appeal against the inspection?", index)
    assert (content.status, content.answer) == ("not_stated", None)


def test_the_scorer_takes_the_same_list_in_other_punctuation_as_the_same_answer() -> None:
    scorer = benchmark_module("eval_questions.py")
    gold = ["Safeguarding; adoption; fostering and early help"]
    assert scorer.matches("safeguarding, adoption, fostering and early help", gold)
    assert not scorer.matches("safeguarding, adoption and fostering", gold)
    assert not scorer.matches("safeguarding, adoption, fostering and leaving care", gold)


def test_how_many_counts_the_noun_asked_about_not_a_span_of_months(index: ClaimIndex) -> None:
    answer = ask("How many casework audits took place over the last nine months?", index)
    assert (answer.status, answer.answer) == ("answered", "three")
    assert question_form("how many casework audits made up the work")[1] == "casework audits"


def test_when_names_an_event_s_kind_the_date_is_that_event_s(index: ClaimIndex) -> None:
    # the relative clause says which inspection: the last one before the report it led to
    led = ask("When did Ofsted carry out the inspection that led to the report judging it inadequate?", index)
    assert (led.status, led.answer) == ("answered", "7–11 June 2021")
    assert led.evidence[0].id == "inspection-2021"
    earlier = ask("In what year had Northstead previously been inspected before the 2021 inspection?", index)
    assert (earlier.status, earlier.answer) == ("answered", "November 2016")
    assert earlier.evidence[0].id == "inspection-2016"


def test_who_did_something_is_the_name_written_before_the_verb(index: ClaimIndex) -> None:
    answer = ask("Who gave the presentation on the audit findings to the committee?", index)
    assert (answer.status, answer.answer) == ("answered", "The Head of Early Help")
    assert answer.evidence[0].id == "detail-presentation"
    # no capitalised name before the verb: not stated, not a guess
    assert ask("Who merged three social work teams?", index).answer is None


def test_the_permanent_holder_is_not_the_interim_one(index: ClaimIndex) -> None:
    answer = ask("Who was the permanent head of quality assurance when the inspection took place?", index)
    assert (answer.status, answer.answer) == ("answered", "Ann Lee")


def test_a_clause_between_commas_is_not_a_list(index: ClaimIndex) -> None:
    answer = ask("Which changes did the council agree after the review?", index)
    assert answer.answer is None or "said it had agreed" not in answer.answer


def _news(file: str, author: str, byline: str | None) -> Source:
    return Source(
        file=file, title="Northstead merges its social work teams",
        description="News story on the merger of Northstead's social work teams.",
        publisher="Northstead Gazette", author=author, kind="news_report", date="2022-06-03",
        date_basis="stated", date_reason="The byline gives the date.",
        date_citations=(Citation(source=file, line=2, quote=byline),) if byline else (), sha256="0" * 64,
    )  # fmt: skip


def test_who_wrote_a_source_is_its_author_with_the_byline_as_evidence(index: ClaimIndex) -> None:
    question = "Which Gazette reporter wrote the story on Northstead merging its social work teams?"
    cited = _news(SOURCE, "Kim Ode", "By Kim Ode, Friday 3 June 2022")
    answer = answer_question(question, index, (), (cited,))
    assert (answer.status, answer.answer) == ("answered", "Kim Ode")
    assert answer.evidence[0].quote == "By Kim Ode, Friday 3 June 2022"
    # the record names the author but cites no line that prints it: not stated
    uncited = answer_question(question, index, (), (_news(SOURCE, "Kim Ode", "Friday 3 June 2022"),))
    assert (uncited.status, uncited.answer) == ("not_stated", None)
    assert "Kim Ode" in uncited.explanation


def test_stands_for_reads_the_words_whose_initials_spell_the_acronym(index: ClaimIndex) -> None:
    answer = ask("What does EHAT stand for?", index)
    assert (answer.status, answer.answer) == ("answered", "early help assessment team")
    assert answer.evidence[0].id == "finding-ehat"
    assert ask("What does QXZ stand for?", index).status == "not_stated"


def test_how_often_reads_a_frequency_adverb_next_to_the_question_s_verb(index: ClaimIndex) -> None:
    answer = ask("How often did the team's audits find that plans were late?", index)
    assert (answer.status, answer.answer) == ("answered", "repeatedly")


def test_a_hedged_percentage_question_is_a_count(index: ClaimIndex) -> None:
    assert question_form("by roughly what percentage had referrals risen")[0] == "how_many"
    assert ask("By roughly what percentage had referrals risen since 2019?", index).answer == "15%"


def test_how_many_areas_counts_the_year_s_own_judgements_with_that_grade(index: ClaimIndex) -> None:
    # care leavers share the children-in-care judgement under ILACS: one judgement, not two
    answer = ask("In how many of the 2021 judgement areas was Northstead rated requires improvement?", index)
    assert (answer.status, answer.answer) == ("answered", "one")
    assert [e.id for e in answer.evidence] == ["rating-2021-children_in_care"]


def test_who_said_one_thing_but_said_another_needs_one_statement(index: ClaimIndex) -> None:
    answer = ask(
        "Which leader said the findings were disappointing but said social work teams would be merged?", index
    )
    assert (answer.status, answer.answer) == ("answered", "Tom Reed")


def test_which_thing_in_the_passive_is_the_phrase_before_the_same_verb(index: ClaimIndex) -> None:
    answer = ask("What measure will be issued if the council fails to improve?", index)
    assert (answer.status, answer.answer) == ("answered", "a formal warning")
    assert answer.evidence[0].id == "detail-sanction"


def test_a_disagreement_about_when_does_not_dispute_who(index: ClaimIndex) -> None:
    sides = (
        ConflictSide(statement="One report says she began in May.", citations=cite(7, "Priya Shah")),
        ConflictSide(statement="Another says June.", citations=cite(26, "the new director began in June")),
    )
    when = Conflict(
        id="dcs-start", topic="When the director of children's services began", sides=sides,
        favours=None, assessment="The record cannot settle it.",
    )  # fmt: skip
    answer = answer_question("Who is the director of children's services?", index, (when,))
    assert (answer.status, answer.answer) == ("answered", "Priya Shah")


def test_a_noun_that_only_asks_for_a_person_is_not_a_term_to_match(index: ClaimIndex) -> None:
    # "official" and "spokesperson" say a person is asked for; the statement need not use them
    answer = ask("Which council official said the findings were disappointing?", index)
    assert (answer.status, answer.answer) == ("answered", "Tom Reed")
    styled = ask("Which spokesperson said in the coverage that the findings were disappointing?", index)
    assert (styled.status, styled.answer) == ("answered", "Tom Reed")


def test_a_negated_frequency_adverb_keeps_its_negation(index: ClaimIndex) -> None:
    answer = ask("How often were care plans reviewed?", index)
    assert (answer.status, answer.answer) == ("answered", "not routinely")


def test_a_phrase_with_a_negation_is_not_a_name(index: ClaimIndex) -> None:
    # "was reported and no action" ends in "action" but names nothing
    answer = ask("What action was taken after the complaint?", index)
    assert answer.answer is None


def test_a_which_question_about_a_time_is_a_when_question(index: ClaimIndex) -> None:
    assert question_form("what delivery deadline does the warning set")[0] == "when"
    answer = ask("What delivery deadline does the warning set?", index)
    assert (answer.status, answer.answer) == ("answered", "January 2022")


def test_only_a_name_may_end_in_the_modifier_of_the_noun_asked_about(index: ClaimIndex) -> None:
    # "oversee delivery" ends in "delivery" but is no delivery date; "Northstead Police" is a police force
    answer = ask("Which delivery panel does the warning require?", index)
    assert answer.answer != "oversee delivery"
    police = ask("Which police force sits on the safeguarding panel?", index)
    assert (police.status, police.answer) == ("answered", "Northstead Police")


def test_what_was_it_rated_asks_for_a_grade(index: ClaimIndex) -> None:
    assert question_form("what was the care leavers service rated in 2021")[0] == "grade"
    assert question_form("what was rated inadequate")[0] != "grade"
    answer = ask("What was the care leavers service rated in 2021?", index)
    assert (answer.status, answer.answer) == ("answered", "requires improvement to be good")


def test_the_question_s_own_words_are_never_its_answer(index: ClaimIndex) -> None:
    answer = ask("What was the fostering panel praised for in 2019?", index)
    assert answer.status == "not_stated"
    assert answer.answer is None


def test_over_which_dates_is_a_when_question(index: ClaimIndex) -> None:
    assert question_form("over which dates did inspectors visit northstead")[0] == "when"
    answer = ask("Over which dates did inspectors visit Northstead?", index)
    assert (answer.status, answer.answer) == ("answered", "7–11 June 2021")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which team did audits single out for late plans?", "early help assessment team (EHAT)"),
        ("How many social work teams were joined up into one?", "three"),
    ],
)
def test_a_phrasal_verb_s_particle_is_not_a_word_an_item_must_use(
    index: ClaimIndex, question: str, said: str
) -> None:
    answer = ask(question, index)
    assert (answer.status, answer.answer) == ("answered", said)


def test_what_will_be_done_asks_for_the_thing_the_passive_is_said_of(index: ClaimIndex) -> None:
    assert question_form("what will be issued if the council fails to improve") == ("which", None)
    answer = ask("What will be issued if the council fails to improve?", index)
    assert (answer.status, answer.answer) == ("answered", "a formal warning")


def test_a_list_may_follow_the_plural_noun_asked_about_and_of(index: ClaimIndex) -> None:
    answer = ask("Which new posts did the council create?", index)
    assert (answer.status, answer.answer) == ("answered", "head of fostering and head of adoption")
