"""The general-English thesaurus (WordNet) the claim reader uses for words the record never uses."""

from __future__ import annotations

from trafford_timeline.claims.thesaurus import SYNONYMS, synonyms


def test_a_word_is_found_as_written_and_through_its_inflections() -> None:
    assert "lead" in synonyms("head")
    assert "lead" in synonyms("heading")  # -ing undone
    assert "lead" in synonyms("heads")
    assert "lead" in synonyms("led")  # an irregular form from WordNet's exception list
    assert "small" in synonyms("tiny")  # an adjective's "similar to"


def test_a_word_wordnet_does_not_know_has_no_synonyms() -> None:
    assert synonyms("trafford") == ()
    assert synonyms("xqzv") == ()
    assert synonyms("") == ()


def test_the_table_is_sorted_so_bisection_finds_every_line() -> None:
    lines = SYNONYMS.read_bytes().splitlines()
    assert lines == sorted(lines)
    for line in lines[:: len(lines) // 200]:
        word, others = line.decode().split("\t")
        assert synonyms(word)[: len(others.split())] == tuple(others.split())
