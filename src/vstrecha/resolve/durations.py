"""Normalizes the durations grammar's matches into values of the output contract.

The grammar has read the words (amounts, units, bounds); here they become minutes. The quoted span is
what the duration's own words cover: framing words the grammar needed ("в течение часа") stay outside.
"""

from __future__ import annotations

from fractions import Fraction

from vstrecha.doc import Doc, Found, GrammarMatch
from vstrecha.facts.durations import Duration, Part, RoughPart
from vstrecha.models import DurationValue

MINUTES: dict[str, int] = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43200, "year": 525600}
# Longer is not the length of anything a news text measures ("9999999 минут" is a number, not a duration):
# such a value is not reported.
LONGEST = 100 * MINUTES["year"]

Range = tuple[Fraction, Fraction]


def part_range(part: Part) -> Range | None:
    """Low and high of one part in minutes; a part without an amount is one unit ("около часа")."""
    amount = (1, 1) if part.amount is None else part.amount
    if not amount or part.unit not in MINUTES:
        return None
    extra = Fraction(part.extra or 0)
    low, high = (Fraction(end) for end in amount)  # exact: minutes are whole numbers however large
    return (low + extra) * MINUTES[part.unit], (high + extra) * MINUTES[part.unit]


def bounded(low: Fraction, high: Fraction, bound: str | None, tail: str | None) -> tuple[int | None, int | None, bool]:
    """min, max and approx: "более" keeps the low end open above, "почти" the high end open below."""
    minimum: Fraction | None = low
    maximum: Fraction | None = high
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
        low, high = min(low, high), max(low, high)  # "от двух часов до 30 минут": the interval between the ends
    else:
        low = sum((found[0] for found in ranges if found), Fraction(0))
        high = sum((found[1] for found in ranges if found), Fraction(0))
    if max(low, high) > LONGEST:
        return None
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
