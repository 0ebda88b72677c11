"""`draft`: propose events and facts, in the record's own shape, from one source; `--accept` merges them.

Every proposal cites a line of the source verbatim, carries a `confidence` from 0 to 1 and a one-line
`why`, and is left out when the record already holds it. An Ofsted report gives its inspection, its
publication, a rating for every row of its judgement table and its "what needs to improve" points;
other text gives the dated happenings its lines state, read with the claim reader's date finder, and
dates what a line places against something else the same source dates (a response to a dated report,
"at the start of this inspection"), with a `date_basis` quoting the wording wherever no one citation
states the date whole; `record/attribution.py` adds the posts, statements and promises it attributes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from trafford_timeline.errors import DataError, NotFound, UsageError, quoted
from trafford_timeline.record.model import RatingFact, Record, Region
from trafford_timeline.record.store import EVENTS_FILE, load_record, parse_record, read_source
from trafford_timeline.record.verify import MIN_QUOTE_WORDS


def _slug(text: str, limit: int = 60) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-") or "item"


def _in_region(line: int, regions: tuple[Region, ...]) -> bool:
    return any(r.first_line <= line <= r.last_line for r in regions)


def _quote(text: str) -> str | None:
    """A line as a quote: stripped, and long enough for `verify` to accept it as an anchor."""
    quote = text.strip()
    return quote if len(quote.split()) >= MIN_QUOTE_WORDS else None


def _citation(file: str, line: int, text: str, *, whole_line: bool = False) -> dict[str, Any] | None:
    """A citation of a line; a short one only where it quotes the whole line, as a table row does."""
    quote = text.strip() if whole_line and text.strip() else _quote(text)
    return {"source": file, "line": line, "quote": quote} if quote else None


def _already_held(record: Record, item: dict[str, Any]) -> bool:
    """The record holds this: the same id, the same rating, or an event of that date citing that line."""
    ids = {e.id for e in record.events} | {f.id for f in record.facts}
    if item["id"] in ids:
        return True
    if item.get("kind") == "rating":
        return any(
            isinstance(f, RatingFact) and (f.year, f.area) == (item["year"], item["area"])
            for f in record.facts
        )
    places = {(c["source"], c["line"]) for c in item["citations"]}
    if item.get("kind") == "figure":
        return any(
            f.kind == "figure" and getattr(f, "value", None) == item["value"]
            and any((c.source, c.line) in places for c in f.citations)
            for f in record.facts
        )  # fmt: skip
    for held in record.events:
        if held.date == item.get("date") and any((c.source, c.line) in places for c in held.citations):
            return True
    return False


def _unique(items: list[dict[str, Any]], taken: set[str]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        base, n = item["id"], 2
        while item["id"] in taken:
            item["id"] = f"{base}-{n}"
            n += 1
        taken.add(item["id"])
        out.append(item)
    return out


def draft_source(data_dir: Path, name: str) -> dict[str, Any]:
    """The draft contract: {"source": NAME, "events": [...], "facts": [...]}."""
    record = load_record(data_dir)
    source = next((s for s in record.sources if s.file in {name, f"{name}.txt"}), None)
    if source is None:
        raise NotFound("source", name, [s.file for s in record.sources][:5])
    _, text = read_source(data_dir, source.file)
    from trafford_timeline.record.ofsted import looks_like_ofsted_report

    if source.kind == "inspection_report" or looks_like_ofsted_report(text):
        from trafford_timeline.record.draft_ofsted import draft_ofsted

        events, facts = draft_ofsted(source, text)
    else:
        from trafford_timeline.record.attribution import draft_attributions
        from trafford_timeline.record.draft_text import draft_figures, draft_text

        events, facts = (
            draft_text(source, text),
            draft_figures(source, text) + draft_attributions(source, text),
        )
    events = [e for e in events if not _already_held(record, e)]
    facts = [f for f in facts if not _already_held(record, f)]
    taken = {e.id for e in record.events} | {f.id for f in record.facts}
    return {"source": source.file, "events": _unique(events, taken), "facts": _unique(facts, taken)}


def accept_draft(data_dir: Path, draft_path: Path) -> dict[str, int]:
    """Merge a reviewed draft into `events.json`: checked first, ids must not clash, written atomically
    with the previous file kept as `events.json.bak`."""
    from trafford_timeline.record.writer import BACKUP_SUFFIX, Change, events_bytes, writable_dataset

    writable_dataset(data_dir)
    try:
        draft = json.loads(draft_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no draft file {quoted(str(draft_path))}") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise DataError(str(draft_path), f"is not a JSON draft ({exc})") from None
    if not isinstance(draft, dict) or set(draft) != {"source", "events", "facts"}:
        raise DataError(str(draft_path), 'a draft is {"source": NAME, "events": [...], "facts": [...]}')
    if not isinstance(draft["events"], list) or not isinstance(draft["facts"], list):
        raise DataError(str(draft_path), "`events` and `facts` must be lists")
    events_path = data_dir / EVENTS_FILE
    old = events_path.read_bytes()
    document: dict[str, Any] = json.loads(old)
    held = {item.get("id") for group in ("events", "facts", "conflicts") for item in document.get(group, [])}
    clashes = []
    for group in ("events", "facts"):
        for i, item in enumerate(draft[group]):
            if not isinstance(item, dict):
                raise DataError(str(draft_path), f"{group}[{i}] is not an object")
            if item.get("id") in held:
                clashes.append(f"{group}[{i}].id: {item.get('id')!r} is already in the record")
            held.add(item.get("id"))
    if clashes:
        raise DataError(str(draft_path), f"has ids that clash with the record ({len(clashes)})", clashes)
    for group in ("events", "facts"):
        cleaned = [{k: v for k, v in item.items() if k not in {"confidence", "why"}} for item in draft[group]]
        document.setdefault(group, []).extend(cleaned)
    new = events_bytes(document)
    parse_record(events_path, new)
    change = Change(data_dir)
    change.put(EVENTS_FILE + BACKUP_SUFFIX, old)
    change.put(EVENTS_FILE, new)
    change.commit()
    return {"events": len(draft["events"]), "facts": len(draft["facts"])}
