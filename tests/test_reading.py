"""How text is read before it is compared: dates in prose, quantities, stems and the glossary."""

from __future__ import annotations

from datetime import date

import pytest

from trafford_timeline.claims.glossary import NOT, Glossary
from trafford_timeline.claims.language import fold, stem, tokens
from trafford_timeline.claims.mentions import find_dates
from trafford_timeline.claims.quantities import Quantity, agrees, find_quantities
from trafford_timeline.claims.reading import read_text
from trafford_timeline.record.store import load_glossary, shipped_data_dir


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(shipped_data_dir())


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("issued on 23 May 2019", date(2019, 5, 23), date(2019, 5, 23)),
        ("issued on 08/05/2019", date(2019, 5, 8), date(2019, 5, 8)),
        ("issued on 8.5.19", date(2019, 5, 8), date(2019, 5, 8)),
        ("issued on May 23rd, 2019", date(2019, 5, 23), date(2019, 5, 23)),
        ("issued on 2019-05-23", date(2019, 5, 23), date(2019, 5, 23)),
        ("issued in May 2019", date(2019, 5, 1), date(2019, 5, 31)),
        ("inspected from 4 to 8 March 2019", date(2019, 3, 4), date(2019, 3, 8)),
        ("between March and May 2019", date(2019, 3, 1), date(2019, 5, 31)),
        ("in the summer of 2019", date(2019, 6, 1), date(2019, 8, 31)),
        ("rated good in 2015", date(2015, 1, 1), date(2015, 12, 31)),
    ],
)
def test_dates_are_found_in_prose_at_their_precision(text: str, first: date, last: date) -> None:
    (mention,) = find_dates(fold(text))
    assert mention.span is not None
    assert (mention.span.first, mention.span.last) == (first, last)


def test_a_month_is_a_date_only_where_prose_makes_it_one() -> None:
    assert find_dates("the adviser may require a review") == []
    (mention,) = find_dates("the plan goes to ofsted on 13 august")
    assert (mention.span, mention.month, mention.day) == (None, 8, 13)


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("up by over 24% since the inspection", 24, "percent", "over"),
        ("a rise of 50 per cent", 50, "percent", "exactly"),
        ("paid £1,000 a day", 1000, "money", "exactly"),
        ("a £2m budget", 2_000_000, "money", "exactly"),
        ("six monitoring visits", 6, "count", "exactly"),
        ("within six months", 6, "months", "exactly"),
        ("reviews every six months", 6, "every_months", "exactly"),
        ("six-monthly reviews", 6, "every_months", "exactly"),
        ("reviews twice a year", 6, "every_months", "exactly"),
        ("reviews every three months", 3, "every_months", "exactly"),
        ("reviewed quarterly", 3, "every_months", "exactly"),
        ("reviewed annually", 12, "every_months", "exactly"),
        ("about 25%", 25, "percent", "about"),
    ],
)
def test_quantities_are_read_with_unit_and_qualifier(
    text: str, value: float, unit: str, qualifier: str
) -> None:
    (quantity,) = find_quantities(fold(text))
    assert (quantity.value, quantity.unit, quantity.qualifier) == (value, unit, qualifier)


def q(value: float, qualifier: str = "exactly", unit: str = "percent") -> Quantity:
    return Quantity(value, unit, qualifier, str(value), 0, 0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("claim", "record", "expected"),
    [
        (q(24), q(24, "over"), True),
        (q(25), q(24, "over"), True),
        (q(50), q(24, "over"), False),
        (q(10), q(24, "over"), False),
        (q(20, "over"), q(24, "over"), True),
        (q(30, "over"), q(24, "over"), False),
        (q(20, "under"), q(24, "over"), False),
        (q(6), q(6), True),
        (q(3), q(6), False),
        (q(5, "over"), q(6), True),
        (q(25, "about"), q(24), True),
    ],
)
def test_quantities_agree_only_as_far_as_their_qualifiers_allow(
    claim: Quantity, record: Quantity, expected: bool
) -> None:
    assert agrees(claim, record) is expected


def test_tokens_fold_case_quote_marks_and_possessives() -> None:
    assert tokens("Trafford’s Children’s SERVICES didn't") == [
        "trafford",
        "children",
        "services",
        "did",
        "not",
    ]
    assert stem("appointed") == stem("appointment") == stem("appoints")


@pytest.mark.parametrize(
    ("text", "terms", "negated"),
    [
        ("The workforce is unstable", ["concept:staff", "stabl"], ["stabl"]),
        ("Staff turnover was high", ["concept:turnover", "low"], ["low"]),
        ("The adviser is yet to be appointed", ["concept:adviser", "concept:appoint"], ["concept:appoint"]),
        ("The service did not have enough capacity", ["servic", "enough", "concept:capacity"], ["enough"]),
        ("A lack of effective oversight", ["effect", "concept:oversight"], ["effect"]),
    ],
)
def test_negations_and_opposites_are_read_as_not(
    glossary: Glossary, text: str, terms: list[str], negated: list[str]
) -> None:
    reading = read_text(text, glossary)
    assert list(reading.terms) == terms
    assert all(reading.negations_of({term}) % 2 == 1 for term in negated)
    assert NOT not in reading.terms


def test_synonyms_meet_in_one_concept(glossary: Glossary) -> None:
    def terms(text: str) -> tuple[str, ...]:
        return read_text(text, glossary).terms

    assert terms("the DfE") == terms("the Department for Education") == terms("the government")
    assert terms("looked-after children") == terms("children in care") == terms("children looked after")
    assert terms("the MARAT") == terms("the multi-agency referral and assessment team")
    assert terms("rated inadequate") == terms("judged inadequate") == terms("graded inadequate")
    assert terms("requires improvement to be good") == ("grade:requires_improvement",)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("risen by more than a fifth", 20, "over"),
        ("a quarter of staff", 25, "exactly"),
        ("half of them", 50, "exactly"),
    ],
)
def test_fractions_are_read_as_percentages(text: str, value: float, qualifier: str) -> None:
    (quantity,) = find_quantities(fold(text))
    assert (round(quantity.value), quantity.unit, quantity.qualifier) == (value, "percent", qualifier)
