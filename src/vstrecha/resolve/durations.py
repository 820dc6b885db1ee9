"""Normalizes the durations grammar's matches into values of the output contract.

The grammar has read the words (amounts, units, bounds); here they become minutes. The quoted span is
what the duration's own words cover: framing words the grammar needed ("в течение часа") stay outside.
"""

from __future__ import annotations

from vstrecha.doc import Doc, Found, GrammarMatch
from vstrecha.facts.durations import Duration, Part, RoughPart
from vstrecha.models import DurationValue

MINUTES: dict[str, int] = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43200, "year": 525600}

Range = tuple[float, float]


def part_range(part: Part) -> Range | None:
    """Low and high of one part in minutes; a part without an amount is one unit ("около часа")."""
    amount = (1, 1) if part.amount is None else part.amount
    if not amount or part.unit not in MINUTES:
        return None
    extra = part.extra or 0
    low, high = amount
    return (low + extra) * MINUTES[part.unit], (high + extra) * MINUTES[part.unit]


def bounded(low: float, high: float, bound: str | None, tail: str | None) -> tuple[int | None, int | None, bool]:
    """min, max and approx: "более" keeps the low end open above, "почти" the high end open below."""
    minimum: float | None = low
    maximum: float | None = high
    approx = bound == "approx"
    if bound == "min":
        maximum = None
    elif bound == "max":
        minimum = None
    if tail is not None:
        maximum = None
        approx = approx or tail == "open_approx"
    return (
        None if minimum is None else round(minimum),
        None if maximum is None else round(maximum),
        approx,
    )


def duration_value(fact: Duration, text: str) -> DurationValue | None:
    parts: list[Part] = [part for part in [*fact.parts, fact.word] if isinstance(part, Part)]
    ranges = [part_range(part) for part in parts]
    if not parts or any(found is None for found in ranges):
        return None
    if fact.bound == "range":
        low, high = ranges[0][0], ranges[-1][1]  # type: ignore[index]
    else:
        low = sum(found[0] for found in ranges if found)
        high = sum(found[1] for found in ranges if found)
    tail = next((part.tail for part in parts if part.tail), None)
    minimum, maximum, approx = bounded(low, high, fact.bound, tail)
    approx = approx or any(isinstance(part, RoughPart) for part in parts)
    if minimum == 0 and maximum == 0:
        return None
    return DurationValue(text=text, min=minimum, max=maximum, approx=approx, unit=parts[0].unit)


def own_span(match: GrammarMatch) -> tuple[int, int]:
    """The characters of the words that make the value, without framing words around them."""
    spans = list(match.fact.spans)
    if not spans:
        return match.start, match.stop
    return min(span.start for span in spans), max(span.stop for span in spans)


def found_of(doc: Doc, match: GrammarMatch) -> Found | None:
    start, stop = own_span(match)
    value = duration_value(match.fact, doc.quote(start, stop))
    if value is None:
        return None
    tokens = doc.sentences[match.sentence].tokens
    first = next(index for index, token in enumerate(tokens) if token.span.start >= start)
    last = next(index for index, token in enumerate(tokens) if token.span.stop >= stop) + 1
    return Found(
        kind="durations",
        start=start,
        stop=stop,
        sentence=match.sentence,
        first=first,
        last=last,
        value=value,
        rule=match.rule,
    )


def resolve_durations(doc: Doc) -> None:
    found: list[Found] = []
    for match in doc.matches.get("durations", []):
        if isinstance(match.fact, Duration):
            item = found_of(doc, match)
            if item is not None:
                found.append(item)
    doc.found["durations"] = sorted(found, key=lambda item: (item.start, item.stop))
