"""Builders for national history CSVs in tmp_path, and where the shared real copy is."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "ofsted"
SHARED_HISTORY = SHARED / "ilacs_history.csv"
SHARED_LOOKUP = SHARED / "la_lookup.csv"

HEADER = [
    "urn", "local_authority", "inspection_link", "pdf_filename", "publication_date", "inspection_framework",
    "inspector_name", "inspection_start_date", "inspection_end_date", "overall_effectiveness_grade",
    "impact_of_leaders_grade", "help_and_protection_grade", "in_care_grade", "care_leavers_grade",
    "parser_version",
]  # fmt: skip
GRADE_COLUMNS = HEADER[9:14]


def report(
    council: str,
    urn: str,
    published: str,
    grades: tuple[str, str, str, str, str],
    framework: str = "standard",
    start: str = "",
    end: str = "",
) -> dict[str, str]:
    """One row: `published` dd/mm/yy, `start`/`end` dd/mm/yyyy, grades in the file's own words."""
    row = dict.fromkeys(HEADER, "")
    row |= {
        "urn": urn,
        "local_authority": council,
        "inspection_link": f"https://files.ofsted.gov.uk/v1/file/{urn}{published.replace('/', '')}",
        "pdf_filename": "children's services inspection.pdf",
        "publication_date": published,
        "inspection_framework": framework,
        "inspection_start_date": start,
        "inspection_end_date": end,
        "parser_version": "1",
    }
    return row | dict(zip(GRADE_COLUMNS, grades, strict=True))


UNREAD = ("", "data_unreadable", "data_unreadable", "data_unreadable", "data_unreadable")
RI = "requires improvement"
PRE = "inspection_pre_dates_judgement"


def small_history() -> list[dict[str, str]]:
    """Three councils across the three frameworks, with every marker."""
    return [
        report("trafford", "80573", "12/05/15", UNREAD, framework=""),
        report("trafford", "80573", "08/05/19", ("inadequate", "inadequate", RI, RI, PRE), "short",
               "04/03/2019", "08/03/2019"),
        report("trafford", "80573", "03/08/26",
               ("not_reported_post_reform", "inadequate", "inadequate", "good", RI), "standard",
               "08/06/2026", "19/06/2026"),
        report("stoke-on-trent", "80564", "10/03/15", UNREAD, framework=""),
        report("stoke-on-trent", "80564", "07/12/18", ("inadequate", "inadequate", "inadequate", RI, PRE),
               "standard", "22/10/2018", "02/11/2018"),
        report("stoke-on-trent", "80564", "15/07/25", ("good", "inadequate", "good", "good", "good"),
               "standard", "02/06/2025", "13/06/2025"),
        report("east riding of yorkshire", "80467", "20/01/17", UNREAD, framework=""),
        report("east riding of yorkshire", "80467", "01/05/19", ("good", "good", "good", "outstanding", PRE),
               "short", "25/03/2019", "29/03/2019"),
    ]  # fmt: skip


def csv_text(rows: list[dict[str, str]], header: list[str] = HEADER) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_history(folder: Path, rows: list[dict[str, str]] | None = None, text: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "history.csv"
    path.write_text(text if text is not None else csv_text(rows if rows is not None else small_history()))
    return path


def shared_history() -> Path:
    if not SHARED_HISTORY.is_file():
        pytest.skip(f"the shared national CSV is not at {SHARED_HISTORY} (../shared/ofsted/)")
    return SHARED_HISTORY
