"""A meeting put off is one meeting: its new time and the mentions that look ahead to it are the same event.

"Встреча ..., которая должна была пройти завтра, перенесена. Теперь встреча назначена на пятницу" is one
meeting, `postponed`, dated by the day it was to be held (corpus/README.md, Event conventions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vstrecha.doc import Doc

if TYPE_CHECKING:
    from vstrecha.assemble.events import Draft


def the_same_meeting_put_off(put_off: Draft, other: Draft) -> bool:
    """A planned mention of the same sides in the same way; or one that says only that it did not happen."""
    if other is put_off or other.sides() != put_off.sides() or other.format != put_off.format:
        return False
    return other.status == "planned" or (other.status == "cancelled" and other.date is None)


def one_meeting_put_off(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Merge the new time of a meeting put off, and its undated "did not take place", into the meeting itself."""
    kept: list[Draft] = []
    merged: set[int] = set()
    for draft in drafts:
        if draft.status != "postponed" or id(draft) in merged:
            continue
        for other in drafts:
            if id(other) in merged or not the_same_meeting_put_off(draft, other):
                continue
            merged.add(id(other))
            draft.sentences = sorted(set(draft.sentences + other.sentences))
            if draft.city is None and draft.venue is None:
                draft.city, draft.venue = other.city, other.venue
            draft.topics = list(dict.fromkeys(draft.topics + other.topics))
            doc.note(other.sentences[0], "the meeting put off, told again: its new time dates nothing")
    for draft in drafts:
        if id(draft) not in merged:
            kept.append(draft)
    return kept
