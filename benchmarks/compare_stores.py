"""Compare the two ways to keep a dataset between runs: one pickle loaded whole, or SQLite read on demand.

    python benchmarks/compare_stores.py /tmp/corpus-100k

Both start from the cache files `record/dataset.py` and `claims/stored.py` build, in `--cache-dir`
(default: a new temporary folder).
For each, the time to answer `timeline --from 2019-05-01 --to 2019-05-31` and one `cite` claim,
in this process and without the interpreter's start-up: the in-process store unpickles the whole
record or claim index and then asks; SQLite reads only the rows asked for.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.dates import parse_user_date
from trafford_timeline.query import Filters, date_window, select_events
from trafford_timeline.record.cache import CACHE_DIR_VAR, NO_CACHE_VAR
from trafford_timeline.record.dataset import open_dataset

CLAIM = "Ofsted inspects Northstead children's services"


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--claim", default=CLAIM)
    parser.add_argument(
        "--cache-dir", type=Path, help="where the cache is built (default: a temporary folder)"
    )
    args = parser.parse_args(argv)
    cache_dir = args.cache_dir or Path(tempfile.mkdtemp(prefix="trafford-compare-"))
    os.environ[CACHE_DIR_VAR] = str(cache_dir)
    os.environ.pop(NO_CACHE_VAR, None)
    window = date_window(parse_user_date("2019-05-01"), parse_user_date("2019-05-31"))
    filters = Filters(window=window)

    dataset = open_dataset(args.data)
    index = dataset.claim_index()
    whole_index = ClaimIndex(
        index.glossary, index.vocabulary, list(index.documents), dict(index.postings), dict(index.idf),
        index.unknown_weight, index.record_years, index.ratings, index.people, index.actors,
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        record_file, index_file = Path(folder) / "record.pickle", Path(folder) / "index.pickle"
        record_file.write_bytes(pickle.dumps(dataset.record(), protocol=5))
        index_file.write_bytes(pickle.dumps(whole_index, protocol=5))

        def pickled_timeline() -> object:
            return select_events(pickle.loads(record_file.read_bytes()), filters)

        def pickled_cite() -> object:
            return check_claim(args.claim, pickle.loads(index_file.read_bytes()))

        def sqlite_timeline() -> object:
            return select_events(open_dataset(args.data).record_of_events(window), filters)

        def sqlite_cite() -> object:
            return check_claim(args.claim, open_dataset(args.data).claim_index())

        rows = [
            ("in-process (one pickle)", pickled_timeline, pickled_cite, record_file, index_file),
            ("SQLite, read on demand", sqlite_timeline, sqlite_cite, None, None),
        ]
        print(f"data: {args.data}; median of {args.runs} runs, in one process (no start-up)")
        print("| store | timeline --from --to | cite | size on disk |")
        print("| --- | --- | --- | --- |")
        for name, timeline, cite, *files in rows:
            sizes = [f.stat().st_size for f in files if f is not None] or [
                p.stat().st_size for p in cache_dir.glob("*.sqlite")
            ]
            print(
                f"| {name} | {median_ms(timeline, args.runs):,.0f} ms | {median_ms(cite, args.runs):,.0f} ms "
                f"| {sum(sizes) / 1024 / 1024:,.0f} MB |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
