"""Normalizes the persons grammar's matches into values of the output contract."""

from __future__ import annotations

from vstrecha.doc import Doc


def resolve_persons(doc: Doc) -> None:
    doc.found["persons"] = []
