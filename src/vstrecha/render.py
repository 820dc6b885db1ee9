"""From the working document to the public contract, and the contract to text formats."""

from __future__ import annotations

import json
from collections.abc import Iterable

from vstrecha.doc import Doc
from vstrecha.io import shown
from vstrecha.models import DateMention, DateValue, Document, DurationMention, DurationValue, Event, Mention, Span


def to_document(doc: Doc) -> Document:
    document = Document(
        source=shown(doc.source) if doc.source is not None else None,  # a name of raw bytes stays valid JSON
        published=doc.published.isoformat() if doc.published else None,
        published_from=doc.published_from if doc.published else None,
        events=list(doc.events),
        persons=list(doc.entities.get("persons", [])),
        cities=list(doc.entities.get("cities", [])),
        dates=[
            DateMention(**found.value.model_dump(), span=Span(start=found.start, stop=found.stop))
            for found in doc.found.get("dates", [])
        ],
        durations=[
            DurationMention(**found.value.model_dump(), span=Span(start=found.start, stop=found.stop))
            for found in doc.found.get("durations", [])
        ],
    )
    document._text = doc.text
    document._meeting_words = [
        Mention(start=match.start, stop=match.stop, text=doc.text[match.start : match.stop])
        for match in doc.matches.get("meetings", [])
    ]
    return document


MODS = {"start": "начало", "mid": "середина", "end": "конец", "approx": "около"}


def date_cell(value: DateValue | None) -> str:
    """A date as the table shows it: the range when it is one, its mod ("начало 2025-03"), "?" when unresolved."""
    if value is None or value.start is None:
        return ""
    span = value.start if value.end in (None, value.start) else f"{value.start}..{value.end}"
    if value.mod:
        span = f"{MODS[value.mod]} {span}"
    if value.time:
        span += f" {value.time}"
    return span + ("" if value.resolved else " ?")


def minutes_cell(value: DurationValue | None) -> str:
    """Minutes as the table shows them: "90", "60–90", open bounds "более 120" and "до 90", "≈" when approximate."""
    if value is None or (value.min is None and value.max is None):
        return ""
    if value.max is None:
        shown = f"более {value.min}"
    elif not value.min:
        shown = f"до {value.max}"
    elif value.min == value.max:
        shown = str(value.min)
    else:
        shown = f"{value.min}–{value.max}"
    return ("≈" if value.approx else "") + shown + " мин"


def place_cell(event: Event) -> str:
    city = event.city.name + (f", {event.city.country}" if event.city.country else "") if event.city else ""
    venue = event.venue.name if event.venue else ""
    return f"{venue} ({city})" if venue and city else venue or city


def event_rows(document: Document) -> list[list[str]]:
    return [
        [
            event.status,
            event.format,
            " + ".join(person.name for person in event.participants),
            date_cell(event.date),
            place_cell(event),
            event.occasion.name if event.occasion else "",
            minutes_cell(event.duration),
            minutes_cell(event.planned_duration),
            "; ".join(person.name for person in event.others),
        ]
        for event in document.events
    ]


HEADER = ["status", "format", "participants", "date", "place", "occasion", "duration", "planned", "others"]


def table(documents: Iterable[Document], entities: bool = False) -> str:
    """Readable rows, one per event; with ``entities`` the document's persons, cities, dates and durations
    follow ("-" when there are none)."""
    lines: list[str] = []
    for document in documents:
        lines.append(f"== {document.source or '<stdin>'}  published: {document.published or '-'}")
        rows = [HEADER] + event_rows(document)
        widths = [max(len(row[column]) for row in rows) for column in range(len(HEADER))]
        for row in rows:
            lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if entities:
            lists = {
                "persons": [person.name for person in document.persons],
                "cities": [city.name + (f" ({city.country})" if city.country else "") for city in document.cities],
                "dates": [f"{found.text} = {date_cell(found) or '?'}" for found in document.dates],
                "durations": [f"{found.text} = {minutes_cell(found) or '?'}" for found in document.durations],
            }
            for label, items in lists.items():
                lines.append(f"{label + ':':<11}" + ("; ".join(items) or "-"))
        lines.append("")
    return "\n".join(lines)


def jsonl_line(document: Document) -> str:
    return json.dumps(document.to_dict(), ensure_ascii=False)
