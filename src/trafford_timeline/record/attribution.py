"""Who holds which post, who said what and who promised what, as `draft` proposes them from news text.

The claim reader knows people only from the record's role facts, so a new document's people are read
here from the wording news copy uses: "Trafford chief executive Sara Todd", "Sara Todd, the council's
chief executive", "…, said Sara Todd", and a quoted paragraph that follows its speaker's line.
Every proposal cites its whole line and is kept modest in confidence: it is a reading, not a fact.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from trafford_timeline.record.model import Source
from trafford_timeline.record.verify import MIN_QUOTE_WORDS

_NAME = r"(?P<name>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?: [A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){1,2})"
"""Two or three capitalised words: a person's name as news copy prints it."""
_POST = (
    r"(?i:(?:deputy |interim |acting |new |former )?(?:council )?"
    r"(?:chief executive|director(?: of (?:[a-z'’]+ ){0,4}?services)?|leader|education secretary"
    r"|secretary of state|minister|chair|mayor|lead member(?: for (?:[a-z'’]+ ){0,3}?[a-z'’]+)?"
    r"|cabinet member(?: for (?:[a-z'’]+ ){0,3}?[a-z'’]+)?|commissioner|chief inspector|inspector))"
)
"""The posts news copy names people by; case-blind, as copy writes "Council leader" and "council leader"."""
_POST_BEFORE_NAME = re.compile(rf"(?P<org>(?:[A-Z][a-z]+ ){{0,2}}?)(?P<post>{_POST}) {_NAME}\b")
_OWNER = r"(?P<org>[A-Za-z][\w’']*(?:’s|'s) )?"
_NAME_COMMA_POST = re.compile(rf"{_NAME}, (?:the |its )?{_OWNER}(?P<post>{_POST})\b")
_THE_POST_COMMA_NAME = re.compile(rf"\b[Tt]he (?P<org>)(?P<post>{_POST}), {_NAME},")
_SAID_VERBS = r"(?:said|says|added|admitted|told|stated|announced|warned|insisted)"
_WORD = r"[A-Z][\w’'&-]*"
_SPEAKER_BEFORE = re.compile(
    rf"(?P<who>(?:[Tt]he )?{_WORD}(?: (?:[Ff]or |of )?{_WORD}){{0,5}}),? (?:also )?{_SAID_VERBS}\b"
)
_SPEAKER_AFTER = re.compile(rf"\b{_SAID_VERBS} (?P<who>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){{0,3}})")
_PRONOUN = re.compile(rf"^(?:She|He|They) (?:also )?{_SAID_VERBS}\b")
_PROMISE = re.compile(
    r"\b(?:will|am going to|are going to|is going to|pledged to|promised to)\b"
    rf"|\b{_SAID_VERBS}\b[^.;:]*\bwould\b",
    re.I,
)
"""A promise: "will", "going to", or "would" reported after the verb that says who said it ("said the
council would"); a bare "would" is as often a conditional ("had the inspection not taken place")."""
_QUOTES = re.compile(r"[“”\"‘’]")
_NOT_SPEAKERS = frozenset({"The", "It", "This", "That", "There", "But", "And", "In", "On", "At", "As"})
_MONTHS = frozenset(calendar.month_name[1:])
_NOT_NAMES = re.compile(r"\b(?:Council|Department|Ofsted|Trust|Board|Committee|Government)\b")


def _citation(source: Source, number: int, line: str) -> list[dict[str, Any]]:
    return [{"source": source.file, "line": number, "quote": line.strip()}]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-") or "item"


def _plain(text: str) -> str:
    """Text without quotation marks, so that the record never quotes words its citation does not."""
    return re.sub(r"\s+", " ", _QUOTES.sub("", text)).strip()


def _roles_in(line: str) -> list[dict[str, str]]:
    """(person, post, organisation) for each person the line names with a post, in line order."""
    found: dict[str, dict[str, str]] = {}
    for pattern in (_POST_BEFORE_NAME, _NAME_COMMA_POST, _THE_POST_COMMA_NAME):
        for match in pattern.finditer(line):
            name, post = match["name"], match["post"].lower()
            if _NOT_NAMES.search(name) or name.split()[0] in _NOT_SPEAKERS | _MONTHS:
                continue
            org = (match["org"] or "").strip().removesuffix("’s").removesuffix("'s").strip()
            org = "" if org.lower() in {"the", ""} else org
            found.setdefault(name, {"person": name, "post": post, "org": org})
    return sorted(found.values(), key=lambda r: line.find(r["person"]))


def _roles(source: Source, number: int, line: str) -> list[dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for read in _roles_in(line):
        name, post, org = read["person"], read["post"], read["org"]
        if name:
            found.setdefault(name, {
                "id": _slug(f"role-{post}-{name}"), "kind": "role",
                "text": f"{name} is {post}" + (f" ({org})." if org else "."),
                "event": None, "date": None, "citations": _citation(source, number, line), "note": None,
                "role": post, "person": name, "organisation": org or "not stated in the line",
                "confidence": 0.5, "why": f"Line {number} names {name} with the post {post!r}.",
            })  # fmt: skip
    return list(found.values())


def _speaker(line: str, last: str | None) -> str | None:
    """Who the line reports speaking: a name or body before or after the verb, or "she added" after
    a line that named her."""
    if _PRONOUN.search(line.strip()):
        return last
    verb = re.search(rf"\b{_SAID_VERBS}\b", line)
    if verb is None:
        return None
    posted = [r["person"] for r in _roles_in(line) if line.find(r["person"]) < verb.start()]
    if posted:
        return str(posted[0])
    candidates = [m["who"] for m in _SPEAKER_BEFORE.finditer(line)]
    candidates += [m["who"] for m in _SPEAKER_AFTER.finditer(line)]
    for who in candidates:
        words = who.split()
        while words and words[0] in _NOT_SPEAKERS:
            words = words[1:]
        if not words or words[-1] in _MONTHS or words[-1].endswith(("’s", "'s")):
            continue
        named = re.search(_NAME, " ".join(words))
        if named and not _NOT_NAMES.search(named["name"]):
            return str(named["name"])
        return " ".join(words)
    return None


def draft_attributions(source: Source, text: str) -> list[dict[str, Any]]:
    """Role, statement and commitment facts from the body lines of a news text."""
    facts: list[dict[str, Any]] = []
    last: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if any(r.first_line <= number <= r.last_line for r in source.regions) or (
            len(line.split()) < MIN_QUOTE_WORDS
        ):
            last = None
            continue
        facts += _roles(source, number, line)
        speaker = _speaker(line, last)
        if speaker is None and line.lstrip().startswith(("“", '"')) and last is not None:
            speaker = last  # a quoted paragraph carries on its speaker's words
        if speaker is None:
            last = None
            continue
        last = speaker
        words = _plain(line)
        if _PROMISE.search(line):
            facts.append({
                "id": _slug(f"commitment-{speaker}-{number}"), "kind": "commitment",
                "text": f"{speaker}, as reported: {words}", "event": None, "date": None,
                "citations": _citation(source, number, line), "note": None, "by": speaker,
                "confidence": 0.35, "why": f"Line {number} reports what {speaker} will do.",
            })  # fmt: skip
        else:
            facts.append({
                "id": _slug(f"statement-{speaker}-{number}"), "kind": "statement",
                "text": f"{speaker}, as reported: {words}", "event": None, "date": None,
                "citations": _citation(source, number, line), "note": None, "speaker": speaker,
                "confidence": 0.4, "why": f"Line {number} reports what {speaker} said.",
            })  # fmt: skip
    return facts
