"""pypdf against pdfminer.six on the shared Ofsted reports: time, and whether a judgement row keeps its grade.

A row is "kept" when the line holding the row's label also holds its grade, which is what reading the
table by structure needs. Needs pdfminer.six, which trafford does not depend on:
    pip install pdfminer.six && python benchmarks/pdf_extractors.py
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

REPORTS = Path(__file__).resolve().parents[2] / "shared" / "ofsted" / "reports"
LABELS = (
    r"help and protection|leadership, management|impact of leaders|adoption performance"
    r"|overall effectiveness"
)
ROW = re.compile(rf"({LABELS}).*\b(outstanding|good|inadequate|requires? improvement)\b", re.I)
LABEL = re.compile(LABELS, re.I)


def pypdf_plain(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pypdf_layout(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text(extraction_mode="layout") for page in PdfReader(path).pages)


def pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def measure(extract: Callable[[Path], str]) -> dict[str, float | int]:
    seconds = 0.0
    kept = labels = 0
    for path in sorted(REPORTS.glob("*/*.pdf")):
        started = time.perf_counter()
        text = extract(path)
        seconds += time.perf_counter() - started
        head = text.splitlines()[:80]
        labels += sum(1 for line in head if LABEL.search(line))
        kept += sum(1 for line in head if ROW.search(line))
    return {"seconds": round(seconds, 1), "label_lines": labels, "label_lines_with_grade": kept}


if __name__ == "__main__":
    print(json.dumps({name: measure(f) for name, f in
                      [("pypdf", pypdf_plain), ("pypdf layout", pypdf_layout), ("pdfminer.six", pdfminer)]},
                     indent=2))  # fmt: skip
