"""Why each value was extracted: the grammar rule, the words it covered and the value it gave."""

from __future__ import annotations

from typing import Any

from vstrecha.assemble.candidates import _names_occasion
from vstrecha.doc import Doc, GrammarMatch
from vstrecha.facts.meetings import Occasion, Trigger


def unexplained(doc: Doc, matches: list[GrammarMatch], has_event: bool) -> list[str]:
    """A reason for each meeting word of a sentence that made no event and that assembly gave no reason for:
    taken as the start of an occasion's name (the test assembly uses), or not read as a meeting where it stands.
    A reason of the sentence that names no meeting word accounts for one of them."""
    triggers = [m for m in matches if isinstance(m.fact, Trigger)]
    if has_event or not triggers:
        return []
    given = doc.rejections.get(triggers[0].sentence, [])
    words = [doc.text[trigger.start : trigger.stop] for trigger in triggers]
    anonymous = sum(not any(word in reason for word in words) for reason in given)
    reasons = []
    for trigger, word in zip(triggers, words, strict=True):
        if any(word in reason for reason in given):
            continue
        occasion = next((m for m in matches if isinstance(m.fact, Occasion) and _names_occasion(trigger, m)), None)
        if occasion is not None:
            name = doc.text[occasion.start : occasion.stop]
            reasons.append(f"{word!r}: read as part of the occasion {name!r} ({occasion.rule}), not as a meeting")
        elif anonymous:
            anonymous -= 1
        else:
            reasons.append(f"{word!r}: not read as a meeting here (its tense or mood, or a general statement)")
    return reasons


def describe(value: Any) -> str:
    """A short reading of a resolved value."""
    kind = type(value).__name__
    if kind == "DateValue":
        if value.start is None:
            return "= ? unresolved (no publication date or year to place it)"
        span = value.start if value.end in (None, value.start) else f"{value.start}..{value.end}"
        return f"= {span}" + (f" ({value.mod})" if value.mod else "") + ("" if value.resolved else " unresolved")
    if kind == "DurationValue":
        return f"= {value.min}..{value.max} min" + (" approx" if value.approx else "")
    if kind == "Venue":
        return f"= {value.name}" + (f" ({value.city})" if value.city else "")
    if hasattr(value, "name"):
        return f"= {value.name}" + (f", {value.role}" if getattr(value, "role", None) else "")
    if isinstance(value, tuple):
        return "= refers to " + (", ".join(map(str, value)) or "nobody found")
    return f"= {value}" if value is not None else ""


def explain(doc: Doc, only: int | None = None) -> str:
    values = {(f.start, f.stop, f.rule): f.value for found in doc.found.values() for f in found}
    persons = doc.entities.get("persons", [])
    lines: list[str] = []
    if doc.published is not None and only is None:
        lines.append(f"published {doc.published.isoformat()} (from {doc.published_from})")
    for sentence in doc.sentences:
        if only is not None and sentence.index != only:
            continue
        matches = [m for kind in doc.matches.values() for m in doc.in_sentence(kind, sentence.index)]
        events = [e for e in doc.events if any(s.start == sentence.start for s in e.evidence)]
        if not matches and only is None:
            continue
        lines.append(f"[{sentence.index}] {doc.text[sentence.start : sentence.stop].strip()}")
        for match in sorted(matches, key=lambda m: m.start):
            value = values.get((match.start, match.stop, match.rule))
            if isinstance(value, tuple):
                value = tuple(persons[i].name for i in value if i is not None and i < len(persons))
            reading = describe(value) if value is not None else ""
            words = repr(doc.text[match.start : match.stop])
            lines.append(f"    {match.kind:<9} {words:<34} {match.rule:<28} {reading}".rstrip())
        for event in events:
            people = " + ".join(p.name for p in event.participants)
            when = event.date.start if event.date else "-"
            where = event.city.name if event.city else "-"
            lines.append(f"    => event {event.status} {event.format}: {people}; {when}; {where}")
        for reason in doc.notes.get(sentence.index, []):
            lines.append(f"    note: {reason}")
        for reason in doc.rejections.get(sentence.index, []) + unexplained(doc, matches, bool(events)):
            lines.append(f"    no event: {reason}")
    return "\n".join(lines)
