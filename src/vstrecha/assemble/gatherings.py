"""A gathering's own days and city: "саммит G20, который проходит 4–5 сентября в Ханчжоу".

Talks on its sidelines told with no day or place of their own ("На полях форума он коротко переговорил с X")
took place within those days, in that city. Each heuristic here names itself in `explain`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vstrecha.assemble.clauses import lemma
from vstrecha.doc import Doc, Found
from vstrecha.facts.meetings import Occasion

if TYPE_CHECKING:
    from vstrecha.assemble.events import Draft

GATHERING_WORDS = frozenset({"саммит", "форум", "конференция", "сессия", "ассамблея"})
SIDELINES = frozenset({"поле", "кулуары", "кулуар"})  # "на полях саммита", "в кулуарах форума"
REACH = 10  # tokens after the gathering's name where its own days and city are told


@dataclass
class Gathering:
    name: str
    date: Found
    city: Found | None


def gatherings(doc: Doc) -> list[Gathering]:
    """Every named gathering told with its days right after its name ("саммита G20, который проходит 4–5
    сентября в китайском Ханчжоу", "на форуме АТЭС 8–9 ноября во Владивостоке")."""
    found: list[Gathering] = []
    matches = [m for m in doc.matches.get("meetings", []) if isinstance(m.fact, Occasion)]
    for match in matches:
        dates = doc.in_sentence(doc.found.get("dates", []), match.sentence)
        after = [f for f in dates if match.last <= f.first <= match.last + REACH and f.value.start]
        if not after:
            continue
        cities = doc.in_sentence(doc.found.get("cities", []), match.sentence)
        near = [f for f in cities if match.last <= f.first <= match.last + REACH]
        found.append(Gathering(match.fact.name, after[0], near[0] if near else None))
    return found


def on_the_sidelines(doc: Doc, draft: Draft) -> bool:
    """The meeting's sentence says it was at a gathering: "на полях форума", "в кулуарах саммита"."""
    words = [lemma(token) for token in doc.sentences[draft.sentences[0]].tokens]
    return any(
        word in SIDELINES and following in GATHERING_WORDS for word, following in zip(words, words[1:], strict=False)
    )


def dated_by_the_gathering(doc: Doc, drafts: list[Draft]) -> None:
    """A meeting held at the one gathering the text dates, with no day of its own, took place within its days."""
    told = gatherings(doc)
    if len({g.name for g in told}) != 1:
        return  # no gathering told with its days, or several: which one is not for a guess
    gathering = told[0]
    for draft in drafts:
        if draft.date is not None or draft.format != "in_person" or draft.status != "held":
            continue
        own = draft.occasion is not None and draft.occasion[1] == gathering.name
        if not (own or on_the_sidelines(doc, draft)):
            continue
        draft.date = gathering.date
        if draft.city is None and draft.venue is None and gathering.city is not None:
            draft.city = gathering.city
        doc.note(
            draft.sentences[0], f"at {gathering.name}, held {gathering.date.value.text}: the meeting is within its days"
        )
