"""Score the claim checker on a labelled claims file: label accuracy, FEVER score, confusion table.

    python benchmarks/eval_claims.py ../shared/dev_claims.jsonl [--data DIR] [--show-errors]

Each line is {"claim": ..., "label": "supported"|"contradicted"|"not_found", "sources": [...]}.
A claim counts towards the FEVER score when its verdict is right and, unless it is not_found,
one of its gold sources is among the first three evidence items.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from trafford_timeline.claims.check import VERDICTS, ClaimCheck, build_index, check_claim
from trafford_timeline.claims.sentences import SourceSentences
from trafford_timeline.record.store import load_glossary, load_record, resolve_data_dir


def fever_hit(check: ClaimCheck, label: str, sources: list[str]) -> bool:
    if check.verdict != label:
        return False
    return label == "not_found" or any(e.source in sources for e in check.evidence[:3])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", type=Path, help="a JSON Lines file of labelled claims")
    parser.add_argument(
        "--data", type=Path, default=None, help="dataset folder (default: the shipped record)"
    )
    parser.add_argument("--show-errors", action="store_true", help="list every claim the checker gets wrong")
    args = parser.parse_args(argv)

    data_dir = resolve_data_dir(args.data)
    record = load_record(data_dir)
    index = build_index(record, load_glossary(data_dir), sentences=SourceSentences(data_dir, record.sources))
    rows = [json.loads(line) for line in args.claims.read_text(encoding="utf-8").splitlines() if line.strip()]
    confusion = {gold: dict.fromkeys(VERDICTS, 0) for gold in VERDICTS}
    correct = fever = 0
    for row in rows:
        check = check_claim(row["claim"], index)
        confusion[row["label"]][check.verdict] += 1
        correct += check.verdict == row["label"]
        fever += fever_hit(check, row["label"], row.get("sources", []))
        if args.show_errors and check.verdict != row["label"]:
            print(f"  {row['label']:>12} -> {check.verdict:<12} {row['claim']}\n{'':>30}{check.explanation}")

    total = len(rows) or 1
    print(f"claims:         {len(rows)}")
    print(f"label accuracy: {correct / total:.3f}  ({correct}/{len(rows)})")
    print(f"FEVER score:    {fever / total:.3f}  ({fever}/{len(rows)})")
    print("confusion (rows: gold label, columns: verdict)")
    print(f"{'':>14}" + "".join(f"{verdict:>14}" for verdict in VERDICTS))
    for gold in VERDICTS:
        print(f"{gold:>14}" + "".join(f"{confusion[gold][verdict]:>14}" for verdict in VERDICTS))
    false_supported = confusion["not_found"]["supported"] + confusion["contradicted"]["supported"]
    print(f"false 'supported': {false_supported}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
