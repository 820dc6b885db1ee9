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
SIDELINES = frozenset({"поле", "кулуары", "кулуар", "рамка"})  # "на полях саммита", "в рамках форума"
REACH = 10  # tokens after the gathering's name where its own days and city are told


@dataclass
class Gathering:
    name: str
    date: Found
    city: Found | None


def gatherings(doc: Doc) -> list[Gathering]:
    """Every named gathering told with its days right after its name ("саммита G20, который проходит 4–5
    сентября в китайском Ханчжоу", "на форуме АТЭС 8–9 ноября во Владивостоке"); in a text that names one
    gathering only, a bare "саммит" with its days is that one ("на саммите, проходящем 1–2 декабря")."""
    found: list[Gathering] = []
    matches = [m for m in doc.matches.get("meetings", []) if isinstance(m.fact, Occasion)]
    names = {m.fact.name for m in matches}
    places: list[tuple[int, int, str]] = [(m.sentence, m.last, m.fact.name) for m in matches]
    if len(names) == 1:
        (name,) = names
        for sentence in sorted({f.sentence for f in doc.found.get("dates", [])}):
            tokens = doc.sentences[sentence].tokens
            places += [(sentence, i + 1, name) for i, t in enumerate(tokens) if lemma(t) in GATHERING_WORDS]
    for sentence, last, name in places:
        dates = doc.in_sentence(doc.found.get("dates", []), sentence)
        after = [f for f in dates if last <= f.first <= last + REACH and f.value.start]
        if not after:
            continue
        cities = doc.in_sentence(doc.found.get("cities", []), sentence)
        near = [f for f in cities if last <= f.first <= last + REACH]
        found.append(Gathering(name, after[0], near[0] if near else None))
    return found


def on_the_sidelines(doc: Doc, draft: Draft) -> bool:
    """A sentence of the meeting says it was at a gathering: "на полях форума", "в рамках саммита"."""
    for index in draft.sentences:
        words = [lemma(token) for token in doc.sentences[index].tokens]
        if any(word in SIDELINES and nxt in GATHERING_WORDS for word, nxt in zip(words, words[1:], strict=False)):
            return True
    return False


def dated_by_the_gathering(doc: Doc, drafts: list[Draft]) -> None:
    """A meeting at the one gathering the text dates, with no day of its own, took place (or was to) within its
    days: "переговоры, которые планировалось провести в рамках саммита ОБСЕ, не состоялись"."""
    told = gatherings(doc)
    if len({g.name for g in told}) != 1 or len({(g.date.value.start, g.date.value.end) for g in told}) != 1:
        return  # no gathering told with its days, or several: which one is not for a guess
    gathering = told[0]
    for draft in drafts:
        if draft.date is not None or draft.format != "in_person" or draft.status in ("proposed", "planned"):
            continue  # a plan is dated by its own words or not at all
        own = draft.status == "held" and draft.occasion is not None and draft.occasion[1] == gathering.name
        if not (own or on_the_sidelines(doc, draft)):
            continue  # a meeting only planned must be told as the gathering's own, not merely named with it
        draft.date = gathering.date
        if draft.city is None and draft.venue is None and gathering.city is not None:
            draft.city = gathering.city
        doc.note(
            draft.sentences[0], f"at {gathering.name}, held {gathering.date.value.text}: the meeting is within its days"
        )
