"""Event assembly: meeting triggers plus the resolved dates, places, persons and durations around them."""

from __future__ import annotations

from vstrecha.doc import Doc


def assemble_events(doc: Doc) -> None:
    doc.events = []
