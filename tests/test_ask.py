"""`ask`: each kind of question answered from a small record of our own, and the CLI's contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DatasetFactory
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
    FigureFact,
    FindingFact,
    RatingFact,
    Record,
    RoleFact,
    StatementFact,
)
from trafford_timeline.record.store import load_glossary, shipped_data_dir

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
                id="detail-chair-chosen", text="The board has chosen its new chair.", citations=CHOSEN
            ),
            DetailFact(
                id="detail-chair-not-chosen",
                text="The chair of the board is yet to be chosen.",
                citations=NOT_CHOSEN,
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
    answer = ask("When did Ofsted inspect Northstead's children's services?", index)
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


def test_a_disputed_matter_gives_both_sides_and_the_assessment(index: ClaimIndex) -> None:
    answer = ask("Had the board's new chair been chosen?", index)
    assert answer.status == "disputed"
    assert answer.answer is None
    assert {(e.source, e.line) for e in answer.evidence} == {(SOURCE, 30), (SOURCE, 31)}
    assert answer.evidence[0].line == 31  # the side the assessment favours first
    assert "more likely right" in answer.explanation


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
