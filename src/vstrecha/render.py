"""From the working document to the public contract, and the contract to text formats."""

from __future__ import annotations

import json
from collections.abc import Iterable

from vstrecha.doc import Doc
from vstrecha.io import shown
from vstrecha.models import DateMention, Document, DurationMention, Mention, Span


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


def _ref(person) -> str:
    return person.name


def _duration(value) -> str:
    return value.text if value else ""


def event_rows(document: Document) -> list[list[str]]:
    rows = []
    for event in document.events:
        rows.append(
            [
                event.status,
                event.format,
                " + ".join(map(_ref, event.participants)),
                event.date.start or "" if event.date else "",
                (event.city.name if event.city else "") or (event.venue.name if event.venue else ""),
                event.occasion.name if event.occasion else "",
                _duration(event.duration),
            ]
        )
    return rows


def table(documents: Iterable[Document], entities: bool = False) -> str:
    header = ["status", "format", "participants", "date", "place", "occasion", "duration"]
    lines: list[str] = []
    for document in documents:
        lines.append(f"== {document.source or '<text>'}  published: {document.published or '-'}")
        rows = [header] + event_rows(document)
        widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
        for row in rows:
            lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if entities:
            lines.append("persons:   " + "; ".join(person.name for person in document.persons))
            lines.append("cities:    " + "; ".join(city.name for city in document.cities))
            lines.append("dates:     " + "; ".join(f"{d.text} = {d.start}" for d in document.dates))
            lines.append("durations: " + "; ".join(f"{d.text} = {d.min}..{d.max}" for d in document.durations))
        lines.append("")
    return "\n".join(lines)


def jsonl_line(document: Document) -> str:
    return json.dumps(document.to_dict(), ensure_ascii=False)
