"""What the cities grammar produces: a place mention pointing at a gazetteer entry, and the gazetteer.

The gazetteer maps a word (any case form, dateline capitals, a near-miss spelling) to one entry: a
city, a country or a region. Lookups are dictionary hits on the lemmas pymorphy3 gives a token, so
the cost per token does not grow with the size of the gazetteer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from yargy import rule
from yargy.interpretation import fact
from yargy.predicates import custom
from yargy.predicates.constructors import Predicate

from vstrecha.errors import GrammarError
from vstrecha.morph import Form, Morph, shared_morph
from vstrecha.predicates import CAPITALIZED

if TYPE_CHECKING:
    from vstrecha.grammar import Data

Place = fact("Place", ["entry", "cue"])

PERSON_GRAMS = frozenset({"Name", "Surn", "Patr"})
CASE_ENDINGS = ("ами", "ах", "ом", "ой", "ою", "ем", "ей", "ям", "ях", "е", "а", "у", "ы", "и", "ю", "я")
VOWELS = set("аеёиоуыэюя")
ALIAS_OVER = 50  # times the population: a great city's other name wins over a small town's own name
MAJOR_CITY = 100_000  # a word pymorphy3 does not know is a city on its own only for a city this large
FUZZY_MIN_POPULATION = 50_000


@dataclass(frozen=True)
class Entry:
    kind: str  # city | country | region | venue
    name: str
    country: str | None = None
    population: int = 0
    latitude: float | None = None
    longitude: float | None = None
    city: str | None = None  # for a venue: the city it is in


def key(word: str) -> str:
    return word.lower().replace("ё", "е")


def osa_distance(left: str, right: str, limit: int) -> int:
    """Edit distance with adjacent transpositions ("Анкордиже" / "Анкоридже" is one edit); stops past ``limit``."""
    if abs(len(left) - len(right)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(right) + 1))
    for i, a in enumerate(left, 1):
        current = [i] + [0] * len(right)
        for j, b in enumerate(right, 1):
            cost = a != b
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a == right[j - 2] and left[i - 2] == b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def declined_lemmas(word: str) -> list[str]:
    """Nominatives an unknown inflected name may come from: "тяньцзине" -> "тяньцзинь", "кушадасы" stays."""
    lemmas = []
    for ending in CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            lemmas += [stem, stem + "ь", stem + "а", stem + "я", stem + "й"]
    return lemmas


def dwarfed(own: Entry, aliased: Entry) -> bool:
    """... unless that place is a small town and the other a great city: "Петербург" is Санкт-Петербург, not the
    town of 32,000 in Virginia."""
    return own.kind == aliased.kind == "city" and aliased.population >= ALIAS_OVER * max(own.population, 1)


class Gazetteer:
    """Entries by lowercased name; multi-word names are kept apart for the grammar's pipelines."""

    def __init__(self, entries: Iterable[tuple[Entry, list[str]]], morph: Morph | None = None) -> None:
        self.morph = morph or shared_morph()
        self.single: dict[str, Entry] = {}
        self.multi: dict[str, Entry] = {}
        self.by_letter: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        self._places: dict[str, Entry | None] = {}
        entries = list(entries)
        for entry, _ in entries:
            self.add(entry.name, entry)
        for entry, aliases in entries:  # a former or foreign name never hides another place's own name ...
            for alias in aliases:
                index = self.multi if " " in alias else self.single
                known = index.get(key(alias))
                if known is None or dwarfed(known, entry):
                    index[key(alias)] = entry
        for name, entry in self.single.items():
            if entry.kind == "city" and entry.population >= FUZZY_MIN_POPULATION and len(name) >= 5:
                self.by_letter[name[0]].append((name, entry))

    def add(self, name: str, entry: Entry) -> None:
        """One word goes to the lemma index, a spaced name to the pipelines; the larger city wins a shared name."""
        index = self.multi if " " in name else self.single
        best = index.get(key(name))
        if best is None or (best.kind == entry.kind and best.population < entry.population):
            index[key(name)] = entry

    @classmethod
    def from_rows(cls, rows: Iterable[list[str]]) -> Gazetteer:
        """Rows of cities.tsv: kind, name, country, population, latitude, longitude, aliases."""
        entries = []
        for kind, name, country, population, latitude, longitude, aliases in rows:
            entry = Entry(
                kind, name, country or None, int(population or 0), float(latitude or 0), float(longitude or 0)
            )
            entries.append((entry, [alias for alias in aliases.split("|") if alias]))
        return cls(entries)

    @classmethod
    def from_data(cls, data: Data) -> Gazetteer:
        """cities.tsv and venues.tsv of the package, plus the rows of same-named files in user directories."""
        gazetteer = cls.from_rows(row.fields for row in data.rows("cities.tsv", 7, optional=1))
        venues = data.rows("venues.tsv", 3, optional=1)
        for row in venues:
            city = row.fields[1]
            if city and key(city) not in gazetteer.single and key(city) not in gazetteer.multi:
                raise GrammarError(
                    f"{row.origin}: city {city!r} is not in cities.tsv (a venue's city is a place of the gazetteer, "
                    "or empty)"
                )
        gazetteer.add_venues(row.fields for row in venues)
        for row in data.rows("capitals.tsv", 2):
            city, names = row.fields
            entry = gazetteer.by_name(city)
            if entry is None or entry.kind != "city":
                raise GrammarError(f"{row.origin}: city {city!r} is not in cities.tsv")
            for name in filter(None, (name.strip() for name in names.split(";"))):
                gazetteer.multi.setdefault(key(name), entry)  # "китайская столица" is Пекин
        return gazetteer

    def add_venues(self, rows: Iterable[list[str]]) -> None:
        """Rows of venues.tsv: name, city, aliases; the venue's country comes from its city."""
        for name, city, aliases in rows:
            place = self.single.get(key(city)) or self.multi.get(key(city))
            entry = Entry("venue", name, place.country if place else None, city=city or None)
            for alias in [name, *filter(None, aliases.split("|"))]:
                (self.multi if " " in alias else self.single)[key(alias)] = entry

    def names(self, kinds: set[str], multiword: bool) -> list[str]:
        """Names of these kinds, for a yargy pipeline."""
        index = self.multi if multiword else self.single
        return sorted(name for name, entry in index.items() if entry.kind in kinds)

    def by_name(self, name: str) -> Entry | None:
        return self.multi.get(key(name)) or self.single.get(key(name))

    def lemma_hits(self, word: str) -> list[tuple[Entry, list[Form]]]:
        """Entries a word can be a form of, each with the pymorphy3 noun forms that lead to it.

        Only noun readings count: "в Северной Корее" is not the town Северный, "Грозном" is Грозный.
        """
        hits: dict[str, tuple[Entry, list[Form]]] = {}
        forms = self.morph(word)
        for form in forms:
            entry = self.single.get(key(form.normalized))
            if entry is not None and "NOUN" in form.grams:
                hits.setdefault(entry.name, (entry, []))[1].append(form)
        if not hits and not self.morph.is_known(word):
            for lemma in declined_lemmas(key(word)):
                entry = self.single.get(lemma)
                if entry is not None:
                    hits.setdefault(entry.name, (entry, []))
        entry = self.single.get(key(word))
        if entry is not None and not any(
            key(form.normalized) == key(word) and "NOUN" not in form.grams for form in forms
        ):
            hits.setdefault(entry.name, (entry, []))
        return list(hits.values())

    def place(self, word: str) -> Entry | None:
        """The gazetteer entry of a word, whatever else the word could be (asked by several predicates)."""
        if word in self._places:
            return self._places[word]
        if len(self._places) > 100_000:
            self._places.clear()
        place = self._places[word] = self._place(word)
        return place

    def _place(self, word: str) -> Entry | None:
        hits = self.lemma_hits(word)
        return max(hits, key=lambda hit: (hit[0].kind != "city", hit[0].population))[0] if hits else None

    def is_unambiguous(self, word: str, entry: Entry) -> bool:
        """A place on its own: known only as a place name, or unknown to pymorphy3 and the name of a big city."""
        if not self.morph.is_known(word):
            return entry.kind != "city" or entry.population >= MAJOR_CITY
        forms = self.morph(word)
        return any("Geox" in form.grams for form in forms) and all(self.is_place_form(form, entry) for form in forms)

    @staticmethod
    def is_place_form(form: Form, entry: Entry) -> bool:
        """A reading that cannot be anything but this place ("Саммит", "Тема", "Пушкин", "Хабаровском" can)."""
        if PERSON_GRAMS & form.grams.values:
            return False
        same_noun = key(form.normalized) == key(entry.name) and "NOUN" in form.grams and "anim" not in form.grams
        return "Geox" in form.grams or same_noun

    def near_miss(self, word: str) -> Entry | None:
        """A city a misspelt word stands for: one edit for short names, two for long ones."""
        word = key(word)
        stems = {word} | {word[: -len(ending)] for ending in CASE_ENDINGS if word.endswith(ending)}
        best: tuple[int, int, Entry] | None = None
        for stem in stems:
            if len(stem) < 5:
                continue
            limit = 1 if len(stem) < 9 else 2
            for name, entry in self.by_letter.get(stem[0], ()):
                distance = osa_distance(stem, name, limit)
                if distance <= limit and (best is None or (distance, -entry.population) < best[:2]):
                    best = (distance, -entry.population, entry)
        return best[2] if best else None


class PlaceWord(Predicate):
    """A capitalized word that is a form of a gazetteer entry of the given kinds."""

    __attributes__ = ["kinds", "strict"]
    gate = CAPITALIZED  # the parser need not ask about other words

    def __init__(self, gazetteer: Gazetteer, kinds: frozenset[str], strict: bool) -> None:
        self.gazetteer = gazetteer
        self.kinds = kinds
        self.strict = strict

    def __call__(self, token) -> bool:
        if token.type != "RU" or not token.value[0].isupper():
            return False
        entry = self.gazetteer.place(token.value)
        if entry is None or entry.kind not in self.kinds:
            return False
        return not self.strict or self.gazetteer.is_unambiguous(token.value, entry)

    @property
    def label(self) -> str:
        return f"PlaceWord({','.join(sorted(self.kinds))}, strict={self.strict})"


class MisspeltCity(Predicate):
    """A capitalized word pymorphy3 does not know and the gazetteer misses by an edit or two."""

    __attributes__: list[str] = []
    gate = CAPITALIZED

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, token) -> bool:
        if token.type != "RU" or not token.value[0].isupper() or len(token.value) < 5:
            return False
        if self.gazetteer.morph.is_known(token.value) or self.gazetteer.place(token.value) is not None:
            return False
        return self.gazetteer.near_miss(token.value) is not None

    @property
    def label(self) -> str:
        return "MisspeltCity()"


def unknown_locative(gazetteer: Gazetteer):
    """A name pymorphy3 does not know, in a form that can be locative: inflected ("в Вонсане") or an
    indeclinable vowel-final name ("в Кушадаси"); "в Куала-Лумпур" is the direction, not the place."""

    def locative(value: str) -> bool:
        if gazetteer.morph.is_known(value):
            return False
        entry = gazetteer.place(value)
        return entry is not None and (key(value) != key(entry.name) or key(value)[-1] in VOWELS)

    return custom(locative)


def misspelt_city(gazetteer: Gazetteer):
    return rule(MisspeltCity(gazetteer)).interpretation(Place.entry.custom(gazetteer.near_miss))
