"""Scoring extraction against hand-made gold files (format: corpus/README.md)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vstrecha.models import Document

ATTRIBUTES = ("date", "city", "participants", "status", "format", "duration", "planned_duration")
EXTRA_ATTRIBUTES = ("others", "occasion", "venue", "ordinal")  # informative; ordinal where the gold gives one
ENTITY_KINDS = ("persons", "cities", "dates", "durations")


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


def _surname(name: str) -> str:
    return _norm(name).split(" ")[-1] if name.strip() else ""


def _date(value: dict | None) -> tuple | None:
    return None if not value else (value.get("start"), value.get("end") or value.get("start"), value.get("mod"))


def _duration(value: dict | None) -> tuple | None:
    return None if not value else (value.get("min"), value.get("max"))


def _name(value: Any) -> str | None:
    if value is None:
        return None
    return _norm(value["name"] if isinstance(value, dict) else value)


def _people(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(_norm(value["name"] if isinstance(value, dict) else value) for value in values)


def event_view(event: dict) -> dict[str, Any]:
    """One comparable value per attribute; gold and predicted events both go through here."""
    occasion = event.get("occasion")
    venue = event.get("venue")
    return {
        "key_people": frozenset(_surname(name) for name in _people(event.get("participants", []))),
        "key_date": (_date(event.get("date")) or (None, None, None))[:2],
        "date": _date(event.get("date")),
        "city": _name(event.get("city")),
        "participants": _people(event.get("participants", [])),
        "status": event.get("status"),
        "format": event.get("format"),
        "duration": _duration(event.get("duration")),
        "planned_duration": _duration(event.get("planned_duration")),
        "others": _people(event.get("others", [])),
        "occasion": _name(occasion),
        "venue": _name(venue),
        "ordinal": event.get("ordinal"),
    }


def entity_values(kind: str, items: Iterable[Any]) -> set:
    values = set()
    for item in items:
        if kind in ("persons", "cities"):
            values.add(_name(item))
        elif kind == "dates":
            values.add(_date(item))
        else:
            values.add(_duration(item))
    return values


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.predicted, self.gold = (
            self.tp + other.tp,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Score:
    events: Counts = field(default_factory=Counts)
    strict: Counts = field(default_factory=Counts)
    attributes: dict[str, list[int]] = field(default_factory=lambda: {a: [0, 0] for a in ATTRIBUTES + EXTRA_ATTRIBUTES})
    entities: dict[str, Counts] = field(default_factory=lambda: {kind: Counts() for kind in ENTITY_KINDS})
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.events.add(other.events)
        self.strict.add(other.strict)
        for name, (right, total) in other.attributes.items():
            self.attributes[name][0] += right
            self.attributes[name][1] += total
        for kind, counts in other.entities.items():
            self.entities[kind].add(counts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "events": self.events.as_dict(),
            "strict": self.strict.as_dict(),
            "attributes": {
                name: round(right / total, 4) if total else None for name, (right, total) in self.attributes.items()
            },
            "entities": {kind: counts.as_dict() for kind, counts in self.entities.items()},
        }


def match_events(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> dict[int, int]:
    """Gold event index -> predicted event index, on the surnames of the sides and the date (event views);
    among several candidates the one with most attributes right."""
    used: set[int] = set()
    matched: dict[int, int] = {}
    for index, truth in enumerate(golds):
        candidates = [
            (sum(pred[a] == truth[a] for a in ATTRIBUTES), position)
            for position, pred in enumerate(preds)
            if position not in used
            and pred["key_people"] == truth["key_people"]
            and pred["key_date"] == truth["key_date"]
        ]
        if candidates:
            _, position = max(candidates, key=lambda item: (item[0], -item[1]))
            used.add(position)
            matched[index] = position
    return matched


def score(predicted: dict, gold: dict) -> Score:
    result = Score()
    golds = [event_view(event) for event in gold.get("events", [])]
    preds = [event_view(event) for event in predicted.get("events", [])]
    result.events.gold = result.strict.gold = len(golds)
    result.events.predicted = result.strict.predicted = len(preds)
    matched = match_events(preds, golds)
    used = set(matched.values())
    for index, truth in enumerate(golds):
        if index not in matched:
            note = gold["events"][index].get("note", "")
            result.misses.append(f"missed: {sorted(truth['key_people'])} {truth['key_date'][0]} {note}".rstrip())
            continue
        position = matched[index]
        pred = preds[position]
        result.events.tp += 1
        wrong = [a for a in ATTRIBUTES if pred[a] != truth[a]]
        if not wrong:
            result.strict.tp += 1
        else:
            result.misses.append(f"wrong {', '.join(wrong)}: {sorted(truth['key_people'])} {truth['key_date'][0]}")
        for name in ATTRIBUTES + EXTRA_ATTRIBUTES:
            if name == "ordinal" and "ordinal" not in gold["events"][index]:
                continue  # the gold says nothing of which meeting in a row this is
            result.attributes[name][0] += pred[name] == truth[name]
            result.attributes[name][1] += 1
    for position, pred in enumerate(preds):
        if position not in used:
            result.misses.append(f"extra: {sorted(pred['key_people'])} {pred['key_date'][0]} {pred['status']}")
    for kind in ENTITY_KINDS:
        got = entity_values(kind, predicted.get(kind, []))
        want = entity_values(kind, gold.get(kind, []))
        result.entities[kind] = Counts(len(got & want), len(got), len(want))
    return result


def evaluate_dir(directory: Path, extract: Callable[[str, str], Document], pattern: str = "*.txt") -> dict[str, Score]:
    """Scores per file name (and "TOTAL") for every X.txt (matching ``pattern``) with an X.gold.json beside it."""
    scores: dict[str, Score] = {}
    total = Score()
    for text_path in sorted(directory.glob(pattern)):
        gold_path = text_path.with_suffix(".gold.json")
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        document = extract(text_path.read_text(encoding="utf-8"), str(text_path))
        result = score(document.to_dict(), gold)
        scores[text_path.name] = result
        total.add(result)
    scores["TOTAL"] = total
    return scores


def report(scores: dict[str, Score], verbose: bool = False) -> str:
    head = f"{'file':<28} {'events P':>8} {'R':>5} {'F1':>5} {'strict':>6} " + " ".join(f"{k:>9}" for k in ENTITY_KINDS)
    lines = [head]
    for name, result in scores.items():
        if name == "TOTAL":
            lines.append("-" * len(head))
        e = result.events
        entity_cells = " ".join(f"{result.entities[k].f1:>9.2f}" for k in ENTITY_KINDS)
        lines.append(
            f"{name:<28} {e.precision:>8.2f} {e.recall:>5.2f} {e.f1:>5.2f} {result.strict.f1:>6.2f} {entity_cells}"
        )
        if verbose and name != "TOTAL":
            lines.extend(f"    {miss}" for miss in result.misses)
    total = scores["TOTAL"]
    accuracy = "  ".join(f"{name} {right / count:.2f}" for name, (right, count) in total.attributes.items() if count)
    lines.append(f"attribute accuracy on matched events: {accuracy or '-'}")
    lines.append(f"TOTAL event F1 {total.events.f1:.3f}  strict event F1 {total.strict.f1:.3f}")
    return "\n".join(lines)


# --- the timeline: which reports are the same meeting ---------------------------------------------


def gold_document(gold: dict, source: str) -> Document:
    """A Document made of a gold file's events, to score merging alone (without extraction errors)."""
    from vstrecha.models import CityRef, DateValue, DurationValue, Event, Occasion, PersonRef, Venue

    def duration(value: dict | None) -> DurationValue | None:
        return None if not value else DurationValue(text="", min=value.get("min"), max=value.get("max"))

    events = []
    for event in gold.get("events", []):
        date = event.get("date")
        events.append(
            Event(
                format=event["format"],
                status=event["status"],
                participants=[PersonRef(name=name, last=name.split()[-1]) for name in event.get("participants", [])],
                date=DateValue(
                    text="",
                    start=date.get("start"),
                    end=date.get("end"),
                    mod=date.get("mod"),
                    resolved=date.get("resolved", True),
                )
                if date
                else None,
                city=CityRef(name=event["city"]) if event.get("city") else None,
                venue=Venue(text="", name=event["venue"]) if event.get("venue") else None,
                occasion=Occasion(text="", name=event["occasion"]) if event.get("occasion") else None,
                duration=duration(event.get("duration")),
                planned_duration=duration(event.get("planned_duration")),
            )
        )
    return Document(source=source, published=gold.get("published"), events=events)


@dataclass
class LinkScore:
    """Pairwise "same meeting" links: precision over predicted links, recall over gold links."""

    counts: Counts = field(default_factory=Counts)
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"links": self.counts.as_dict(), "wrong": self.wrong, "missed": self.missed}


def gold_meetings(path: Path) -> dict[tuple[str, int], int]:
    """(file name, gold event index) -> meeting number, for the events the timeline gold groups."""
    data = json.loads(path.read_text(encoding="utf-8"))
    meetings: dict[tuple[str, int], int] = {}
    for number, meeting in enumerate(data.get("meetings", [])):
        for reference in meeting["events"]:
            name, _, index = reference.rpartition("#")
            meetings[(name, int(index))] = number
    return meetings


def evaluate_timeline(
    directory: Path,
    gold_path: Path,
    extract: Callable[[str, str], Document] | None,
    pattern: str = "*.txt",
) -> LinkScore:
    """Merge the documents of ``directory`` into a timeline and score its links against ``gold_path``.

    With ``extract`` None the documents are the gold events themselves: the figure of the merging alone.
    A predicted event counts as the gold event the event scoring matches it to; links of unmatched events are
    wrong."""
    from vstrecha.timeline import timeline

    grouped = gold_meetings(gold_path)
    names: list[str] = []
    documents: list[Document] = []
    mapping: list[dict[int, int]] = []  # per input: predicted event index -> gold event index
    gold_sizes: dict[str, int] = {}
    for text_path in sorted(directory.glob(pattern)):
        gold_file = text_path.with_suffix(".gold.json")
        if not gold_file.exists():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if extract is None:
            document = gold_document(gold, str(text_path))
            pairs = {index: index for index in range(len(document.events))}
        else:
            document = extract(text_path.read_text(encoding="utf-8"), str(text_path))
            matched = match_events(
                [event_view(event) for event in document.to_dict()["events"]],
                [event_view(event) for event in gold.get("events", [])],
            )
            pairs = {predicted: truth for truth, predicted in matched.items()}
        names.append(text_path.name)
        documents.append(document)
        mapping.append(pairs)
        gold_sizes[text_path.name] = len(gold.get("events", []))

    def meeting_of(name: str, index: int) -> tuple:
        return ("gold", grouped[(name, index)]) if (name, index) in grouped else ("own", name, index)

    result = LinkScore()
    found: set[frozenset[tuple[str, int]]] = set()
    for meeting in timeline(documents).meetings:
        refs = []
        for source in meeting.sources:
            truth = mapping[source.input].get(source.event)
            refs.append((names[source.input], truth, source.event))
        for position, (name, truth, event) in enumerate(refs):
            for other_name, other_truth, other_event in refs[position + 1 :]:
                result.counts.predicted += 1
                label = f"{name}#{event} ~ {other_name}#{other_event} ({meeting.id})"
                if truth is None or other_truth is None:
                    result.wrong.append(f"{label}: an event the gold does not have")
                    continue
                if meeting_of(name, truth) == meeting_of(other_name, other_truth):
                    result.counts.tp += 1
                    found.add(frozenset({(name, truth), (other_name, other_truth)}))
                else:
                    result.wrong.append(f"{label}: different meetings in the gold")
    members: dict[int, list[tuple[str, int]]] = {}
    for (name, index), number in grouped.items():
        if name in gold_sizes and index < gold_sizes[name]:
            members.setdefault(number, []).append((name, index))
    for refs in members.values():
        refs.sort()
        for position, one in enumerate(refs):
            for other in refs[position + 1 :]:
                result.counts.gold += 1
                if frozenset({one, other}) not in found:
                    result.missed.append(f"{one[0]}#{one[1]} ~ {other[0]}#{other[1]}")
    return result


def timeline_report(scores: dict[str, LinkScore], verbose: bool = False) -> str:
    lines = [f"{'documents':<22} {'links P':>7} {'R':>5} {'F1':>5} {'right':>5} {'found':>5} {'gold':>5}"]
    for label, result in scores.items():
        c = result.counts
        lines.append(
            f"{label:<22} {c.precision:>7.3f} {c.recall:>5.3f} {c.f1:>5.3f} {c.tp:>5} {c.predicted:>5} {c.gold:>5}"
        )
        if verbose:
            lines.extend(f"    wrong: {line}" for line in result.wrong)
            lines.extend(f"    missed: {line}" for line in result.missed)
    return "\n".join(lines)
