"""What `verify`, `cite` and `ask` conclude, as listings: the verdict, its evidence and its sources."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trafford_timeline.output.contracts import claim_record, verification_record
from trafford_timeline.output.listings import Column, Listing, SourceNames, short_source, source_legend

if TYPE_CHECKING:  # each command imports only what it uses: start-up is most of its time
    from trafford_timeline.claims.answer import Answer
    from trafford_timeline.claims.check import ClaimCheck
    from trafford_timeline.record.verify import Verification


def verdict_line(result: Verification) -> str:
    verdict = "✓ verified" if result.ok else "✗ verification failed"
    return f"{verdict}: {result.citations_checked} citations in {result.sources_checked} sources"


def verification_listing(result: Verification) -> Listing:
    """One row per problem; the verdict and the count per code as its caption."""
    counts = ", ".join(f"{code}: {n}" for code, n in result.counts().items())
    return Listing(
        title=f"Verification: {len(result.problems)} problems",
        columns=[Column("Code"), Column("Where"), Column("Problem")],
        rows=[[p.code, p.where, p.message] for p in result.problems],
        records=verification_record(result),
        items=[{"code": p.code, "where": p.where, "message": p.message} for p in result.problems],
        csv_columns=["code", "where", "message"],
        caption=verdict_line(result) + (f". Count per code: {counts}" if counts else ""),
        empty_message="No problems.",
    )


VERDICT_STYLES = {
    "supported": "bold green",
    "contradicted": "bold red",
    "not_found": "bold yellow",
    "disputed": "bold magenta",
}
VERDICT_LABELS = {
    "supported": "supported",
    "contradicted": "contradicted",
    "not_found": "not found",
    "disputed": "disputed",
}


def conflict_line(check: ClaimCheck) -> str:
    """The recorded dispute a verdict touches, naming the sources on the other side."""
    if check.conflict is None:
        return ""
    favoured = check.conflict.favoured or "neither side"
    dissent = ", ".join(short_source(source) for source in check.conflict.dissent) or "none"
    return f"Conflict {check.conflict.id}: the record's assessment favours {favoured} Dissenting: {dissent}"


def claims_listing(checks: Sequence[ClaimCheck], names: SourceNames | None = None) -> Listing:
    counts = {verdict: sum(c.verdict == verdict for c in checks) for verdict in VERDICT_LABELS}
    caption = ", ".join(f"{n} {VERDICT_LABELS[v]}" for v, n in counts.items())
    return Listing(
        title=f"{len(checks)} claims checked",
        columns=[
            Column("#", justify="right", no_wrap=True),
            Column("Verdict", no_wrap=True),
            Column("Claim", ratio=3, main=True),
            Column("Why", ratio=3, secondary=True),
            Column("Evidence", ratio=1, secondary=True),
        ],
        rows=[
            [
                str(number),
                VERDICT_LABELS[check.verdict],
                check.claim,
                " ".join(filter(None, (check.explanation, conflict_line(check)))),
                " ".join(dict.fromkeys(f"{short_source(e.source)}:{e.line}" for e in check.evidence[:3])),
            ]
            for number, check in enumerate(checks, start=1)
        ],
        records=[claim_record(check) for check in checks],
        items=[
            {
                "claim": check.claim,
                "verdict": check.verdict,
                "explanation": check.explanation,
                "citations": [{"source": e.source, "line": e.line, "quote": e.quote} for e in check.evidence],
            }
            for check in checks
        ],
        caption=caption + "\n" + source_legend([e for check in checks for e in check.evidence[:3]], names),
        cell_styles=[["", VERDICT_STYLES[check.verdict], "", "", ""] for check in checks],
        empty_message="The batch holds no claims.",
    )


ANSWER_STYLES = {"answered": "bold green", "not_stated": "bold yellow", "disputed": "bold magenta"}
ANSWER_LABELS = {"answered": "answered", "not_stated": "not stated", "disputed": "disputed"}


def answer_text(answer: Answer) -> str:
    if answer.answer is not None:
        return answer.answer
    return "not stated in the sources" if answer.status == "not_stated" else "the sources disagree"


def answers_listing(answers: Sequence[Answer], names: SourceNames | None = None) -> Listing:
    """Answers in a table, one row each, with `ask --json`'s records for the other formats."""
    from trafford_timeline.output.answer_contract import answer_json

    counts = {status: sum(a.status == status for a in answers) for status in ANSWER_LABELS}
    caption = ", ".join(f"{n} {ANSWER_LABELS[s]}" for s, n in counts.items())
    return Listing(
        title=f"{len(answers)} questions asked",
        columns=[
            Column("#", justify="right", no_wrap=True),
            Column("Status", no_wrap=True),
            Column("Question", ratio=3, main=True),
            Column("Answer", ratio=2),
            Column("Evidence", ratio=1, secondary=True),
        ],
        rows=[
            [
                str(number),
                ANSWER_LABELS[answer.status],
                answer.question,
                answer_text(answer),
                " ".join(dict.fromkeys(f"{short_source(e.source)}:{e.line}" for e in answer.evidence[:3])),
            ]
            for number, answer in enumerate(answers, start=1)
        ],
        records=[answer_json(answer) for answer in answers],
        caption=caption + "\n" + source_legend([e for answer in answers for e in answer.evidence[:3]], names),
        cell_styles=[["", ANSWER_STYLES[answer.status], "", "", ""] for answer in answers],
        empty_message="The batch holds no questions.",
    )
