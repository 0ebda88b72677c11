"""The words of a question that name the whole service ("children's social care", "social services"),
which name no one judgement area.

`What rating did Trafford's children's social care drop to?` asks for the overall grade: "children" and
"care" in it are words of the service's own name, not the judgement "children in care", whose short name
shares them. A judgement's long name is looked for in the question's other words only.
"""

from __future__ import annotations

from trafford_timeline.claims.glossary import Glossary
from trafford_timeline.claims.language import term, tokens


def without_service_names(folded: str, glossary: Glossary) -> str:
    """The question's words, less every run the glossary reads, by its longest phrase there, as the
    council or its children's services as a whole (the glossary's `implied` concepts)."""
    words = tokens(folded)
    stems = [term(word) for word in words]
    kept: list[str] = []
    at = 0
    while at < len(words):
        phrase = next(
            ((held, meant) for held, meant in glossary.phrases.get(stems[at], ()) if
             tuple(stems[at : at + len(held)]) == held),
            None,
        )  # fmt: skip
        if phrase is not None and len(phrase[1]) == 1 and phrase[1][0] in glossary.implied:
            at += len(phrase[0])
            continue
        kept.append(words[at])
        at += 1
    return " ".join(kept)
