"""Where a meeting was when its own sentence names no place: the place the story has put one of its sides.

"В Иркутск с визитом прибыл генконсул Японии X. Вчера дипломат встретился с губернатором ..." — the
meeting is in Иркутск, because the guest is staying there. Each heuristic here names itself in `explain`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from vstrecha.assemble.candidates import ARRIVALS, in_a_title
from vstrecha.assemble.clauses import lemma
from vstrecha.doc import Doc, Found
from vstrecha.grammar import Data, builtin_grammar_dir
from vstrecha.models import CityRef

if TYPE_CHECKING:
    from vstrecha.assemble.events import Draft

STAYING = frozenset({"находиться", "пребывать", "гостить"})  # "находящийся в Москве с визитом"
VISITING = frozenset({"посетить", "побывать"})
STAY_REACH = 12  # sentences: a stay told this far back still places the guest's meetings


def stays(doc: Doc) -> dict[int, list[tuple[int, Found]]]:
    """Person -> (sentence, city) for each sentence that brings one named person to a city: "прибыл в Томск",
    "В Иркутск с визитом прибыл X", "находящийся в Ханое X", "Томск посетит X". A city inside a title
    ("генконсул в Новосибирске") is where the post is."""
    persons = doc.found.get("persons", [])
    result: dict[int, list[tuple[int, Found]]] = {}
    cities = doc.found.get("cities", [])
    for index in sorted({f.sentence for f in cities}):
        found = doc.in_sentence(cities, index)
        words = {lemma(token) for token in doc.sentences[index].tokens}
        found = [f for f in found if not in_a_title(doc, f)]
        into = [f for f in found if f.rule.endswith(":CITY_TO")]
        at = [f for f in found if f.rule.endswith(":CITY_AT")]
        named = [f for f in found if f.rule.endswith((":CITY", ":CITY_TO"))]
        if words & ARRIVALS and into:
            city = into[0]
        elif words & STAYING and at:
            city = at[0]
        elif words & VISITING and named:
            city = named[0]  # "Томск с официальным визитом посетит генконсул Германии"
        else:
            continue
        named = {f.entity for f in doc.in_sentence(persons, index) if f.entity is not None}
        refs = doc.in_sentence(doc.found.get("person_refs", []), index)
        named |= {e for f in refs if len(f.value or ()) == 1 for e in f.value if e is not None}  # "Мэр Саппоро"
        if len(named) == 1:
            result.setdefault(named.pop(), []).append((index, city))
    return result


def placed_by_stay(doc: Doc, drafts: Iterable[Draft], near_publication: Callable[[Doc, Draft], bool]) -> None:
    """A meeting in person with no place, of someone the story has just brought to a city, is in that city.
    Only a meeting of these days (or undated): an earlier one told in passing was elsewhere."""
    known = stays(doc)
    if not known:
        return
    for draft in drafts:
        if draft.format != "in_person" or draft.city is not None or draft.venue is not None:
            continue
        if draft.status not in ("held", "planned") or (draft.date is not None and not near_publication(doc, draft)):
            continue
        first = draft.sentences[0]
        told = [(index, city) for person in draft.persons for index, city in known.get(person, ()) if index <= first]
        if not told:
            continue
        index, city = max(told, key=lambda stay: stay[0])
        if first - index <= STAY_REACH:
            draft.city = city
            doc.note(first, f"a side is staying in {city.value.name} (sentence {index}): the meeting is there")


@cache
def occasion_homes(directories: tuple[Path, ...]) -> dict[str, CityRef]:
    """Forums always held in one city (occasions.tsv, third and fourth columns): "на полях ПМЭФ" is in
    Санкт-Петербург, "на ВЭФ" in Владивосток. Read once per set of data directories."""
    homes: dict[str, CityRef] = {}
    for row in Data(directories or (builtin_grammar_dir(),)).rows("occasions.tsv"):
        if len(row.fields) > 2 and row.fields[2]:
            country = row.fields[3] if len(row.fields) > 3 and row.fields[3] else None
            homes[row.fields[0]] = CityRef(name=row.fields[2], country=country)
    return homes


def home_of_occasion(doc: Doc, draft: Draft) -> CityRef | None:
    """The city of a meeting in person at a forum that is always held there, when the text names no place."""
    if draft.occasion is None or draft.format != "in_person" or draft.city is not None or draft.venue is not None:
        return None
    name = draft.occasion[1]
    home = occasion_homes(tuple(doc.data_directories)).get(name)
    if home is not None:
        doc.note(draft.sentences[0], f"{name} is always held in {home.name}: the meeting is there")
    return home


DURING = frozenset({"ход", "время", "рамка"})  # "в ходе визита", "во время поездки", "в рамках визита"


def placed_during_the_visit(doc: Doc, drafts: list[Draft]) -> None:
    """ "В ходе визита спикера также приняли генсек и премьер": a meeting told as part of the visit, with no
    place of its own, is where that side's visit has been told to take place (its last meeting with a city)."""
    placed: list[Draft] = []
    for draft in drafts:
        if draft.format == "in_person" and draft.status == "held" and draft.city is not None:
            placed.append(draft)
            continue
        if draft.format != "in_person" or draft.city is not None or draft.venue is not None:
            continue
        tokens = doc.sentences[draft.sentences[0]].tokens
        words = [lemma(token) for token in tokens]
        visits = [
            index
            for index, word in enumerate(words)
            if word in ("визит", "поездка") and index and words[index - 1] in DURING
        ]
        if not visits:
            continue
        # "во время визита в российскую столицу он встречался с ...": the visit's own place first
        own = [
            f
            for f in doc.in_sentence(doc.found.get("cities", []), draft.sentences[0])
            if f.rule.endswith((":CITY_AT", ":CITY_TO")) and 0 < f.first - visits[0] <= 3
        ]
        before = next((d for d in reversed(placed) if set(d.persons) & set(draft.persons)), None)
        city = own[0] if own else (before.city if before is not None else None)
        if city is not None:
            draft.city = city
            doc.note(draft.sentences[0], f"told as part of the visit: where it took place, {_name(city)}")


def _name(city: Found | None) -> str:
    return city.value.name if city is not None else "-"


def headline_city(doc: Doc) -> Found | None:
    """ "Мэр Саппоро приехал в Новосибирск", "Председатель парламента Вьетнама провела в Москве переговоры": the
    city a headline (a line of its own among the first, with no full stop) puts its story in."""
    cities = doc.found.get("cities", [])
    for sentence in doc.sentences[:4]:
        text = doc.text[sentence.start : sentence.stop].rstrip()
        if not text or text[-1] in ".!?…" or len(sentence.tokens) > 25:
            continue
        for found in doc.in_sentence(cities, sentence.index):
            if found.rule.endswith((":CITY_AT", ":CITY_TO")) and not in_a_title(doc, found):
                return found
    return None


def placed_by_headline(doc: Doc, drafts: list[Draft], near_publication: Callable[[Doc, Draft], bool]) -> None:
    """A meeting in person of these days with no place of its own is in the city the headline names."""
    city = headline_city(doc)
    if city is None:
        return
    for draft in drafts:
        if draft.format != "in_person" or draft.status != "held" or draft.city is not None or draft.venue is not None:
            continue
        if draft.date is not None and near_publication(doc, draft):
            draft.city = city
            doc.note(draft.sentences[0], f"the headline puts the story in {city.value.name}")
