"""Build `src/trafford_timeline/claims/synonyms.tsv` and `antonyms.tsv` from WordNet 3.0's database files.

    apt-get install wordnet-base        # Debian's copy of Princeton's WordNet 3.0
    python scripts/build_thesaurus.py [--wordnet /usr/share/wordnet] [--senses 3]

Each line is a one-word lemma, a tab, and the one-word lemmas that share one of its senses (with
`--senses N`, one of its first N: WordNet lists a lemma's senses most frequent first), and for an
adjective the adjectives those senses are "similar to". An irregular form from WordNet's exception lists
(`chosen`, `led`) has a line of its own, with its base form first. Lines are sorted, so
`claims/thesaurus.py` can find a word by bisecting the file's bytes. The same WordNet files give
the same bytes.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from trafford_timeline.claims.language import stem

POSES = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
OUT = Path(__file__).resolve().parent.parent / "src" / "trafford_timeline" / "claims" / "synonyms.tsv"
ANTONYMS = OUT.with_name("antonyms.tsv")


def _synsets(
    wordnet: Path,
) -> tuple[dict[tuple[str, str], list[str]], dict[tuple[str, str], list[tuple[str, str]]]]:
    """Each synset's words, and the synsets each adjective synset is similar to."""
    words: dict[tuple[str, str], list[str]] = {}
    similar: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for name, pos in POSES.items():
        for line in (wordnet / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence at the head of the file
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            key = (pos, fields[0])
            words[key] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * n]).lower() for n in range(count)]
            at = 4 + 2 * count
            pointers = [fields[at + 1 + 4 * n : at + 5 + 4 * n] for n in range(int(fields[at]))]
            similar[key] = [("a" if p[2] in "as" else p[2], p[1]) for p in pointers if p[0] == "&"]
    return words, similar


def build(wordnet: Path, senses: int | None) -> str:
    words, similar = _synsets(wordnet)
    table: dict[str, set[str]] = defaultdict(set)
    for name, pos in POSES.items():
        for line in (wordnet / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma = fields[0]
            if not lemma.isalpha():
                continue
            group: set[str] = set()
            for offset in fields[-int(fields[2]) :][:senses]:
                group.update(words[(pos, offset)])
                for other in similar[(pos, offset)]:
                    group.update(words[other])
            table[lemma].update(w for w in group if w.isalpha() and stem(w) != stem(lemma))
    lines = {lemma: sorted(others) for lemma, others in table.items() if others}
    for name in POSES:
        for line in (wordnet / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, base, *_ = line.split()
            if form.isalpha() and base.isalpha() and form not in lines and base in table:
                lines[form] = [base, *sorted(table[base] - {base})]
    return "".join(f"{key}\t{' '.join(lines[key])}\n" for key in sorted(lines))


QUALITIES = ("adj", "adv")
"""Antonyms are kept for adjectives and adverbs only: a noun's or verb's opposite depends on its
sense (`come` and `go`, `demand` and `supply`, `child` and `parent`), a quality's seldom does."""


def build_antonyms(wordnet: Path) -> str:
    """Each one-word adjective or adverb and the ones WordNet names as its antonyms (`early`, `late`):
    its direct, word-to-word antonyms only, never those it reaches through a similar adjective."""
    table: dict[str, set[str]] = defaultdict(set)
    for name in QUALITIES:
        lines = (wordnet / f"data.{name}").read_text(encoding="latin-1").splitlines()
        synsets = {
            line.split()[0]: line.split(" | ")[0].split() for line in lines if not line.startswith(" ")
        }
        for fields in synsets.values():
            count = int(fields[3], 16)
            at = 4 + 2 * count
            for n in range(int(fields[at])):
                symbol, offset, _, ends = fields[at + 1 + 4 * n : at + 5 + 4 * n]
                if symbol != "!" or offset not in synsets:
                    continue  # an antonym is always of the same part of speech, in the same file
                other = synsets[offset]
                source = re.sub(r"\(.*\)$", "", fields[4 + 2 * (int(ends[:2], 16) - 1)]).lower()
                target = re.sub(r"\(.*\)$", "", other[4 + 2 * (int(ends[2:], 16) - 1)]).lower()
                if source.isalpha() and target.isalpha():
                    table[source].add(target)
    return "".join(f"{key}\t{' '.join(sorted(table[key]))}\n" for key in sorted(table))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--senses", type=int, default=None, help="only each lemma's first N senses")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--antonyms", type=Path, default=ANTONYMS)
    args = parser.parse_args()
    args.out.write_text(build(args.wordnet, args.senses), encoding="utf-8")
    args.antonyms.write_text(build_antonyms(args.wordnet), encoding="utf-8")


if __name__ == "__main__":
    main()
