"""Score `ask` on a file of questions with gold answers: answered right, not stated, wrong answers.

    python benchmarks/eval_questions.py benchmarks/questions/dev_questions.jsonl [--data DIR] [--show-errors]

Each line is {"question", "kind", "answerable": bool, "answer": str | null, "accept": [str],
"sources": [file names]}. An answer is right when it matches the gold answer or an accepted variant
(see `matches`; a list of three or more items matches the same items, as a set of normalised items,
in any punctuation or order: "A; B; C" and "A, B and C" are one answer; where the accepted variants
are three or more parts of the gold answer, an answer naming every part is right: `names_every_part`)
AND its evidence quotes at least one of the gold sources. A wrong answer given as answered (status
"answered" with an answer that matches nothing gold, or any answer to a question the sources cannot
answer) is the worst error, as a false "supported" is for claims.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from trafford_timeline.claims.answer import Answer, answer_question, source_text_in
from trafford_timeline.claims.check import build_index
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.record.store import load_glossary, load_record, resolve_data_dir

EXTRA_WORDS = 4
"""An answer may carry this many words beyond a gold variant it contains ("council leader Andrew
Weston" for "Andrew Weston"); more, and it is not that answer."""


def normal(text: str) -> str:
    """Case folded, quotes and dashes plain, a trailing "(…)" and a leading article dropped."""
    text = text.casefold().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("—", "-")
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text.strip())
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(" .,;:'\""))
    return " ".join(text.split())


def list_items(text: str) -> frozenset[str]:
    """The items of a list, split at commas, semicolons and a last "and", each normalised: the same
    list in other punctuation ("A; B; C" and "A, B and C") is the same answer. One item is no list."""
    parts = re.split(r"\s*[;,]\s*(?:and\s+)?|\s+and\s+", normal(text))
    return frozenset(normal(part) for part in parts if normal(part))


PARTS = 3
"""Accepted variants that are each one part of a compound gold answer ("elected members", "senior
officers", "independent chair" for who sits on a board): an answer naming every one of them names
the whole answer, however long it is."""


def _contains(said: str, part: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])", said) is not None


def names_every_part(answer: str, gold: str, accepted: list[str]) -> bool:
    """Whether the accepted variants are the parts of the gold answer (at least `PARTS` of them, each
    found in the gold answer or shorter than it) and the answer names every one."""
    parts = [normal(v) for v in accepted if normal(v)]
    if len(parts) < PARTS or any(len(p.split()) >= len(normal(gold).split()) for p in parts):
        return False
    said = normal(answer)
    return all(_contains(said, part) for part in parts)


def matches(answer: str, variants: list[str]) -> bool:
    """Equal to a gold variant once normalised, or containing one as whole words with few extra, or
    the same list items (as a set) where the gold answer is a list of at least three items."""
    said = normal(answer)
    clause = normal(re.sub(r"\s*\(([^)]*)\)\s*$", r", \1", answer.strip()))  # "X (led by Y)" as "X, led by Y"
    for variant in variants:
        gold = normal(variant)
        if not gold:
            continue
        if gold in {said, clause}:
            return True
        if len(items := list_items(variant)) >= 3 and items == list_items(answer):
            return True
        extra = len(said.split()) - len(gold.split())
        if 0 < extra <= EXTRA_WORDS and re.search(rf"(?<![\w-]){re.escape(gold)}(?![\w-])", said):
            return True
    return False


def judge(row: dict[str, Any], answer: Answer) -> str:
    """right, right_no_source, wrong, missed (no answer to an answerable question) or not_stated_ok."""
    if not row["answerable"]:
        return "not_stated_ok" if answer.status == "not_stated" else "wrong"
    if answer.answer is None:
        return "missed"
    accepted = row.get("accept", [])
    whole = normal(answer.answer.replace("(", ",").replace(")", ""))  # "(led by X)" is a part too
    if not matches(answer.answer, [row["answer"], *accepted]) and not names_every_part(
        whole, row["answer"], accepted
    ):
        return "wrong"
    sources = set(row.get("sources", []))
    return "right" if any(e.source in sources for e in answer.evidence) else "right_no_source"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("questions", type=Path, help="a JSON Lines file of questions with gold answers")
    parser.add_argument(
        "--data", type=Path, default=None, help="dataset folder (default: the shipped record)"
    )
    parser.add_argument("--show-errors", action="store_true", help="list every question not answered right")
    args = parser.parse_args(argv)

    data_dir = resolve_data_dir(args.data)
    record = load_record(data_dir)
    index = build_index(record, load_glossary(data_dir), sentences=SourceSentences(data_dir, record.sources))
    texts = source_text_in(data_dir)  # the sources' text, as `trafford ask` reads a byline
    rows = [
        json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    outcomes: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    wrong_answered = 0
    for row in rows:
        answer = answer_question(row["question"], index, record.conflicts, record.sources, texts)
        outcome = judge(row, answer)
        outcomes[outcome] += 1
        by_kind.setdefault(row.get("kind", "?"), Counter())[outcome] += 1
        wrong_answered += outcome == "wrong" and answer.status == "answered"
        if args.show_errors and outcome not in {"right", "not_stated_ok"}:
            gold = row["answer"] if row["answerable"] else "(not stated)"
            print(f"  {outcome:<15} {row['question']}\n{'':>18}gold: {gold!r}; said: {answer.answer!r} "
                  f"[{answer.status}] {answer.explanation[:140]}")  # fmt: skip

    answerable = sum(1 for row in rows if row["answerable"])
    unanswerable = len(rows) - answerable
    print(f"questions:                      {len(rows)} ({answerable} answerable, {unanswerable} not)")
    right = outcomes["right"]
    print(f"answered right, with a source:  {right / (answerable or 1):.3f}  ({right}/{answerable})")
    print(f"unanswerable -> not stated:     {outcomes['not_stated_ok'] / (unanswerable or 1):.3f}  "
          f"({outcomes['not_stated_ok']}/{unanswerable})")  # fmt: skip
    print(f"wrong answers given as answered: {wrong_answered}")
    print(f"other: {outcomes['missed']} answerable left unanswered, "
          f"{outcomes['right_no_source']} right but without a gold source")  # fmt: skip
    print("by kind (right or correctly not stated / total):")
    for kind, counts in sorted(by_kind.items()):
        good = counts["right"] + counts["not_stated_ok"]
        print(f"  {kind:<10} {good}/{sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
