"""Events and merged meetings as tables: CSV for spreadsheets, pandas DataFrames for analysts.

One row per event (per meeting for a timeline). The CSV starts with a UTF-8 byte order mark so that
spreadsheet programs (Excel above all) read the Cyrillic as UTF-8 without an import dialog; rows end in CRLF
(RFC 4180); cells that hold lists join them with "; ".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from vstrecha.models import DateValue, Document, DurationValue

if TYPE_CHECKING:
    from vstrecha.timeline import Timeline

BOM = "\ufeff"
JOIN = "; "

EVENT_COLUMNS = [
    "source",
    "published",
    "event",
    "status",
    "format",
    "participants",
    "others",
    "date_text",
    "date_start",
    "date_end",
    "date_mod",
    "date_resolved",
    "city",
    "country",
    "venue",
    "occasion",
    "duration_text",
    "duration_min",
    "duration_max",
    "planned_duration_text",
    "planned_duration_min",
    "planned_duration_max",
    "topics",
    "ordinal",
    "evidence",
]

TIMELINE_COLUMNS = [
    "meeting",
    "date_start",
    "date_end",
    "date_mod",
    "participants",
    "status",
    "format",
    "city",
    "country",
    "venue",
    "occasion",
    "duration_min",
    "duration_max",
    "planned_duration_min",
    "planned_duration_max",
    "topics",
    "sources_count",
    "sources",
    "conflicts",
]


def _date(value: DateValue | None) -> dict[str, Any]:
    if value is None:
        return {"date_text": None, "date_start": None, "date_end": None, "date_mod": None, "date_resolved": None}
    return {
        "date_text": value.text,
        "date_start": value.start,
        "date_end": value.end,
        "date_mod": value.mod,
        "date_resolved": value.resolved,
    }


def _duration(prefix: str, value: DurationValue | None, text: bool = True) -> dict[str, Any]:
    row: dict[str, Any] = {f"{prefix}_min": value.min if value else None, f"{prefix}_max": value.max if value else None}
    if text:
        row[f"{prefix}_text"] = value.text if value else None
    return row


def event_records(documents: Iterable[Document]) -> list[dict[str, Any]]:
    """One record per event of every document, in EVENT_COLUMNS; missing values are None."""
    records = []
    for document in documents:
        for index, event in enumerate(document.events):
            record: dict[str, Any] = {
                "source": document.source,
                "published": document.published,
                "event": index,
                "status": event.status,
                "format": event.format,
                "participants": JOIN.join(person.name for person in event.participants),
                "others": JOIN.join(person.name for person in event.others),
                **_date(event.date),
                "city": event.city.name if event.city else None,
                "country": event.city.country if event.city else None,
                "venue": event.venue.name if event.venue else None,
                "occasion": event.occasion.name if event.occasion else None,
                **_duration("duration", event.duration),
                **_duration("planned_duration", event.planned_duration),
                "topics": JOIN.join(event.topics),
                "ordinal": event.ordinal,
                "evidence": JOIN.join(f"{span.start}-{span.stop}" for span in event.evidence),
            }
            records.append({column: record[column] for column in EVENT_COLUMNS})
    return records


def timeline_records(line: Timeline) -> list[dict[str, Any]]:
    """One record per merged meeting, in TIMELINE_COLUMNS; sources as "document#event"."""
    records = []
    for meeting in line.meetings:
        date = meeting.date
        record: dict[str, Any] = {
            "meeting": meeting.id,
            "date_start": date.start if date else None,
            "date_end": date.end if date else None,
            "date_mod": date.mod if date else None,
            "participants": JOIN.join(person.name for person in meeting.participants),
            "status": meeting.status,
            "format": meeting.format,
            "city": meeting.city.name if meeting.city else None,
            "country": meeting.city.country if meeting.city else None,
            "venue": meeting.venue.name if meeting.venue else None,
            "occasion": meeting.occasion.name if meeting.occasion else None,
            **_duration("duration", meeting.duration, text=False),
            **_duration("planned_duration", meeting.planned_duration, text=False),
            "topics": JOIN.join(meeting.topics),
            "sources_count": len(meeting.sources),
            "sources": JOIN.join(f"{source.document or '<stdin>'}#{source.event}" for source in meeting.sources),
            "conflicts": JOIN.join(meeting.conflicts),
        }
        records.append({column: record[column] for column in TIMELINE_COLUMNS})
    return records


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def csv_text(records: list[dict[str, Any]], columns: list[str], bom: bool = True) -> str:
    """The records as CSV: a header row, then one row per record; the BOM first unless ``bom`` is False."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(record[column]) for column in columns])
    return (BOM if bom else "") + buffer.getvalue()


def frame(records: list[dict[str, Any]], columns: list[str] | None = None):  # noqa: ANN201 - pandas is optional
    """A pandas DataFrame of the records; a clear ImportError when pandas is not installed."""
    try:
        import pandas
    except ImportError as error:
        raise ImportError("a DataFrame needs pandas: pip install 'vstrecha[pandas]' (or pip install pandas)") from error
    if columns is None:
        columns = list(records[0]) if records else None
    return pandas.DataFrame.from_records(records, columns=columns)
