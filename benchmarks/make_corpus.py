"""Write a synthetic dataset folder of N events, to test `trafford` at the scale of every council.

    python benchmarks/make_corpus.py --events 100000 --out /tmp/corpus-100k

The folder holds `events.json` and one source file per council under `sources/`. Councils, people,
dates and wording are made up, but every event and fact is cited with a verbatim quote at its line,
so `trafford --data DIR verify` accepts it. The same N and seed always give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

COUNCILS = 153
"""England's councils with children's services, about as many as the synthetic ones."""
FIRST_DAY = date(2010, 1, 1)
DAYS = (date(2024, 12, 31) - FIRST_DAY).days

_STARTS = [
    "Ash",
    "Bram",
    "Carl",
    "Dun",
    "Elm",
    "Fair",
    "Glen",
    "Hart",
    "Ivy",
    "Kings",
    "Lang",
    "Mar",
    "North",
    "Oak",
    "Pen",
    "Red",
    "Stan",
    "Thorn",
    "Wes",
    "Yar",
]
_ENDS = ["bury", "field", "ford", "ham", "ley", "mouth", "stead", "ton", "wick", "worth"]
_FIRST = [
    "Alex",
    "Amira",
    "Ben",
    "Carys",
    "Dev",
    "Eleanor",
    "Femi",
    "Grace",
    "Harun",
    "Isla",
    "Jon",
    "Kiran",
    "Leah",
    "Marek",
    "Nia",
    "Owen",
    "Priya",
    "Ravi",
]
_LAST = [
    "Adeyemi",
    "Baker",
    "Chen",
    "Doyle",
    "Evans",
    "Fischer",
    "Gill",
    "Hughes",
    "Iqbal",
    "Jones",
    "Khan",
    "Lewis",
    "Morgan",
    "Nowak",
    "Okafor",
]

AREAS = ["leadership", "help_and_protection", "children_in_care", "care_leavers", None]
AREA_WORDS = {
    "leadership": "leaders and managers",
    "help_and_protection": "help and protection for children",
    "children_in_care": "planning for children in care",
    "care_leavers": "support for care leavers",
    None: "the service as a whole",
}
SUBJECTS = [
    "assessments of need", "management oversight of casework", "supervision of social workers",
    "the quality of child protection plans", "return home interviews", "pathway plans",
    "the multi-agency safeguarding hub", "caseloads for social workers", "recording of decisions",
    "the timeliness of strategy meetings", "placement stability", "the independent reviewing service",
    "early help", "the response to domestic abuse", "performance management", "training for staff",
    "the voice of the child", "permanence planning", "private fostering arrangements",
    "support for disabled children", "the out of hours service", "audits of practice",
]  # fmt: skip
STRENGTHS = ["are thorough and timely", "are consistently good", "have improved markedly",
             "are child-centred and effective", "are well established", "are a clear strength"]  # fmt: skip
WEAKNESSES = ["are inconsistent and often late", "are weak", "lack rigour", "have deteriorated",
              "are not effective enough", "remain too variable"]  # fmt: skip
MEASURES = ["agency social workers", "re-referrals within a year", "assessments completed on time",
            "children seen within five days", "care leavers in education or work"]  # fmt: skip
COMMITMENTS = ["recruit more permanent social workers", "publish an improvement plan",
               "review every open child protection plan", "train all managers in supervision",
               "set up an improvement board"]  # fmt: skip
EVENT_TEMPLATES = {
    "inspection": "Ofsted inspects {council} children's services",
    "publication": "Ofsted publishes its report on {council} children's services",
    "leadership": "A new director of children's services starts at {council}",
    "intervention": "The Department for Education issues {council} an improvement notice",
    "response": "{council} responds to the findings with an action plan",
    "meeting": "{council} scrutiny committee discusses children's social care",
    "improvement": "{council} reports progress on its improvement plan",
    "review": "A monitoring visit reviews {council} children's services",
    "deadline": "{council} must complete its improvement actions",
}


def council_names() -> list[str]:
    names = [start + end for start in _STARTS for end in _ENDS]
    random.Random(0).shuffle(names)
    return names[:COUNCILS]


def slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def long_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


class Corpus:
    """The record and the source lines being written, council by council."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.councils = council_names()
        self.lines: dict[str, list[str]] = {}
        self.events: list[dict[str, Any]] = []
        self.facts: list[dict[str, Any]] = []
        self.rated: set[tuple[int, str]] = set()

    def file_of(self, council: int) -> str:
        return f"{council:03d}_{slug(self.councils[council])}.txt"

    def cite(self, council: int, sentence: str, quote: str) -> dict[str, Any]:
        """Write `sentence` as the next line of the council's source and cite `quote` on it."""
        lines = self.lines.setdefault(self.file_of(council), [f"Reports on {self.councils[council]}", ""])
        lines.append(sentence)
        return {"source": self.file_of(council), "line": len(lines), "quote": quote}

    def add_event(self, number: int, council: int) -> None:
        name = self.councils[council]
        day = FIRST_DAY + timedelta(days=self.random.randrange(DAYS))
        kind = self.random.choice(list(EVENT_TEMPLATES))
        title = EVENT_TEMPLATES[kind].format(council=name)
        stored, when = day.isoformat(), f"On {long_date(day)}"
        if kind == "inspection":
            last = day + timedelta(days=4)
            stored, when = (
                f"{day.isoformat()}/{last.isoformat()}",
                f"From {long_date(day)} to {long_date(last)}",
            )
        elif number % 7 == 0:
            stored, when = day.isoformat()[:7], f"In {day.strftime('%B')} {day.year}"
        event: dict[str, Any] = {
            "id": f"{slug(name)}-{kind}-{number}",
            "date": stored,
            "kind": kind,
            "title": title,
            "status": "occurred",
            "citations": [self.cite(council, f"{when}: {title}.", f"{when}: {title}")],
        }
        if kind == "deadline":
            event |= {"status": "planned", "as_of": (day - timedelta(days=180)).isoformat()}
        self.events.append(event)
        for part in range(self.random.choice((2, 3, 3, 4))):
            self.add_fact(event, council, day, part)

    def add_fact(self, event: dict[str, Any], council: int, day: date, part: int) -> None:
        name = self.councils[council]
        area = self.random.choice(AREAS)
        base: dict[str, Any] = {"id": f"{event['id']}-{part}", "event": event["id"]}
        choice = self.random.random()
        if event["kind"] == "inspection" and part == 0 and area and (day.year, area) not in self.rated:
            self.rated.add((day.year, area))
            grade = self.random.choice(["outstanding", "good", "requires_improvement", "inadequate"])
            words = grade.replace("_", " ").replace("requires improvement", "requires improvement to be good")
            quote = f"{AREA_WORDS[area].capitalize()} in {name} {words}"
            fact = {
                "kind": "rating", "year": day.year, "framework": "SIF" if day.year < 2018 else "ILACS",
                "area": area, "grade": grade, "text": f"Ofsted judged {AREA_WORDS[area]} in {name} {words}.",
            }  # fmt: skip
        elif choice < 0.55:
            subject = self.random.choice(SUBJECTS)
            strength = self.random.random() < 0.4
            verdict = self.random.choice(STRENGTHS if strength else WEAKNESSES)
            quote = f"In {name}, {subject} {verdict}"
            fact = {
                "kind": "finding", "polarity": "strength" if strength else "weakness", "area": area,
                "text": f"Inspectors found that in {name} {subject} {verdict}.",
            }  # fmt: skip
        elif choice < 0.7:
            measure = self.random.choice(MEASURES)
            value = self.random.randrange(3, 95)
            quote = f"The share of {measure} in {name} was {value}%"
            fact = {
                "kind": "figure", "measure": measure, "value": float(value), "unit": "percent",
                "area": area, "text": f"{value}% of {measure} in {name}.",
            }  # fmt: skip
        elif choice < 0.85:
            speaker = f"{self.random.choice(_FIRST)} {self.random.choice(_LAST)}"
            subject = self.random.choice(SUBJECTS)
            quote = f"We are determined to improve {subject} in {name}"
            fact = {
                "kind": "statement", "speaker": speaker, "area": area,
                "text": f"{speaker} said the council was determined to improve {subject}.",
            }  # fmt: skip
        else:
            action = self.random.choice(COMMITMENTS)
            quote = f"{name} council will {action} by {long_date(day + timedelta(days=90))}"
            fact = {"kind": "commitment", "by": f"{name} council", "area": area, "text": f"{quote}."}
        sentence = f"{quote}, the report for {long_date(day)} says."
        self.facts.append(base | fact | {"citations": [self.cite(council, sentence, quote)]})

    def add_people(self, council: int) -> None:
        name = self.councils[council]
        for number, role in enumerate(("director of children's services", "council leader")):
            person = f"{_FIRST[(council + number) % len(_FIRST)]} {_LAST[council % len(_LAST)]} {name}"
            quote = f"{person} is the {role} of {name}"
            self.facts.append(
                {
                    "id": f"{slug(name)}-role-{number}",
                    "kind": "role", "role": role, "person": person, "organisation": f"{name} council",
                    "text": f"{person} is {name}'s {role}.",
                    "citations": [self.cite(council, f"{quote}.", quote)],
                }
            )  # fmt: skip

    def write(self, out: Path) -> None:
        (out / "sources").mkdir(parents=True, exist_ok=True)
        sources: list[dict[str, Any]] = []
        for council, name in enumerate(self.councils):
            file = self.file_of(council)
            if file not in self.lines:
                continue
            data = ("\n".join(self.lines[file]) + "\n").encode("utf-8")
            (out / "sources" / file).write_bytes(data)
            sources.append(
                {
                    "file": file, "title": f"Reports on {name}",
                    "description": f"Synthetic inspection reports and minutes about {name}.",
                    "publisher": None, "author": None, "kind": "news_report", "date": "2024-12-31",
                    "date_basis": "inferred", "date_reason": "Synthetic: after the last event.",
                    "sha256": hashlib.sha256(data).hexdigest(),
                }
            )  # fmt: skip
        record = {"sources": sources, "events": self.events, "facts": self.facts, "conflicts": []}
        with (out / "events.json").open("w", encoding="utf-8") as file_:
            json.dump(record, file_, ensure_ascii=False, separators=(",", ":"))


def make_corpus(events: int, out: Path, seed: int = 1) -> Path:
    corpus = Corpus(seed)
    for council in range(min(COUNCILS, events)):
        corpus.add_people(council)
    for number in range(events):
        corpus.add_event(number, number % COUNCILS)
    corpus.write(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, required=True, metavar="N", help="how many events to write")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="the dataset folder to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    if args.events < 1:
        parser.error("--events must be at least 1")
    make_corpus(args.events, args.out, args.seed)
    size = (args.out / "events.json").stat().st_size
    print(f"wrote {args.events:,} events to {args.out} ({size / 1024 / 1024:,.1f} MB events.json)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
