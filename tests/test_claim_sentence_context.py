"""An item read with the whole source sentence its quote sits in.

A record item often quotes part of a sentence; a claim that paraphrases the whole sentence takes
some of its words from the part the item does not quote. Those words may count towards support,
from the sentence on the item's own cited line, and the sentence is then cited verbatim. They never
contradict, never give a date or a number, and a second fact of the opposite polarity in the same
sentence is not taken as agreeing. Every claim here is written for these tests.
"""

from __future__ import annotations

import dataclasses

from test_claim_readings import verdicts
from trafford_timeline.claims.check import ClaimIndex, check_claim
from trafford_timeline.claims.sentences import SourceSentences, sentence_around
from trafford_timeline.record.model import Citation, Region
from trafford_timeline.record.store import load_record, read_source, shipped_data_dir


def test_a_claim_worded_from_the_whole_sentence_is_supported(index: ClaimIndex) -> None:
    """Each item quotes part of a sentence; each claim takes a word or two from the rest of it
    (the shortfalls, the criticisms, the organisation the managers came from, the plans' use)."""
    assert (
        verdicts(
            index,
            [
                "Leaders had no system for monitoring MARAT practice and knew nothing of its shortfalls, the"
                " report said.",
                "Amid the criticisms, Ofsted recognised that children at immediate risk of harm get timely"
                " assessment that makes them safer.",
                "Managers from inside the organisation were promoted into the acting roles of corporate"
                " director of children's services and director of safeguarding.",
                "Young people told the council they had no copies of their pathway plans, which were not a"
                " helpful tool for them.",
            ],
        )
        == ["supported"] * 4
    )


def test_the_sentence_that_decides_is_cited_verbatim_from_the_items_own_line(index: ClaimIndex) -> None:
    """The evidence shown first is the whole sentence, on the line the item cites, word for word,
    and the explanation says which of the claim's words only the sentence says."""
    check = check_claim(
        "Leaders had no system for monitoring MARAT practice and knew nothing of its shortfalls, the"
        " report said.",
        index,
    )
    assert check.verdict == "supported"
    assert "whole sentence" in check.explanation
    assert "shortfalls" in check.explanation
    first = check.evidence[0]
    item = index.document_of(first.id).item
    own = [c for c in item.citations if (c.source, c.line) == (first.source, first.line)]
    assert own, "the sentence is on a line the item itself cites"
    assert all(len(first.quote) > len(c.quote) and c.quote in first.quote for c in own)
    line = read_source(shipped_data_dir(), first.source)[1].splitlines()[first.line - 1]
    assert first.quote in line


def test_a_second_fact_of_the_sentence_with_the_other_polarity_does_not_agree(index: ClaimIndex) -> None:
    """The sentence says leaders had no knowledge of the shortfalls: a claim that they knew nothing
    of them is supported, one that they knew of them is not. A word the record never uses beside a
    filled one (`outside` where the sentence says `within`) is left unsaid: not found."""
    assert verdicts(
        index,
        [
            "Leaders had no system for monitoring MARAT practice and knew nothing of its shortfalls, the"
            " report said.",
            "Leaders had no way to monitor practice in the MARAT and were fully aware of the shortfalls"
            " that existed.",
            "Managers from outside the organisation were promoted into the acting role of director of"
            " safeguarding.",
            "Amid the criticisms, Ofsted found that children at immediate risk of harm wait too long for"
            " assessment.",
        ],
    ) == ["supported", "contradicted", "not_found", "contradicted"]


def test_the_sentence_never_gives_a_date_or_a_number(index: ClaimIndex) -> None:
    """A date or a count the item does not state stays not found, whatever the sentence holds;
    the one claim beside them shows the sentence is read at all."""
    assert verdicts(
        index,
        [
            "The chief executive post was covered on an interim part-time basis from July 2018 until a"
            " permanent appointment began in June.",
            "Trafford's measures included bringing in an audit team and recruiting 40 temporary social"
            " workers.",
            "Managers from inside the organisation were promoted into the acting roles of corporate"
            " director of children's services and director of safeguarding.",
        ],
    ) == ["not_found", "not_found", "supported"]


def test_the_sentence_around_a_quote_is_the_sentences_it_overlaps() -> None:
    line = "First point here. The quoted part, and its unquoted end. A third one follows."
    assert sentence_around(line, "The quoted part") == "The quoted part, and its unquoted end."
    assert (
        sentence_around(line, "here. The quoted")
        == "First point here. The quoted part, and its unquoted end."
    )
    assert sentence_around(line, "A third one follows.") is None  # already the whole sentence
    assert sentence_around(line, "not on this line") is None


def test_a_caption_or_a_line_outside_the_body_gives_no_sentence() -> None:
    """A reader's comment or an advert is no part of what a source says: its line gives no sentence."""
    data = shipped_data_dir()
    record = load_record(data)
    cited = next(
        (c, source)
        for item in record.facts
        for c in item.citations
        for source in record.sources
        if source.file == c.source and not c.caption and _sentence_of(c) is not None
    )
    citation, source = cited
    assert SourceSentences(data, record.sources)(citation) is not None
    comments = Region(first_line=citation.line, last_line=citation.line, kind="comments")
    moved = dataclasses.replace(source, regions=(*source.regions, comments))
    assert SourceSentences(data, [moved])(citation) is None
    assert SourceSentences(data, record.sources)(dataclasses.replace(citation, caption=True)) is None


def _sentence_of(citation: Citation) -> str | None:
    lines = read_source(shipped_data_dir(), citation.source)[1].splitlines()
    return sentence_around(lines[citation.line - 1], citation.quote)
