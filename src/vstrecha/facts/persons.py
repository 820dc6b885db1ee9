"""Person facts and the word shapes of names that the persons grammar and resolver share.

The grammar only marks where a name (and a title before it) is; the resolver turns the raw words
into nominative names. Both need the same view of how a name declines, so it lives here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from yargy.interpretation import fact

from vstrecha.datafiles import read_rows

Name = fact("Name", ["first", "middle", "last", "latin", "initials"])
PersonMention = fact("PersonMention", ["role", "name"])
PersonReference = fact("PersonReference", ["text"])

HISSING = "жшчщц"
# "son of", "daughter of" after a Turkic name: "Тургунбек уулу", "Мамедов оглы"; they never decline
PATRONYMIC_PARTICLES = frozenset({"уулу", "кызы", "оглы", "улы", "гызы"})
# Lower-case words inside a surname: "Ле Пен", "фон дер Ляйен", "Лула да Силва", "дос Сантос", "бен Салман".
NAME_PARTICLES = frozenset(
    {"ле", "де", "ди", "да", "дю", "дель", "делла", "ла", "ван", "фон", "дер", "бин", "ибн", "бен", "аль", "эль", "ас"}
    | {"ад", "ар", "ан", "аш", "ат", "дос", "душ", "дас", "даш", "дус"}
)
VOWELS = "аеёиоуыэюя"


def plain(word: str) -> str:
    """Lowercase with ё as е: the spelling every comparison uses."""
    return word.lower().replace("ё", "е")


def title(word: str) -> str:
    """Capitalize each part of a name ("франк-вальтер" -> "Франк-Вальтер", "чен ын" -> "Чен Ын")."""
    return " ".join("-".join(part[:1].upper() + part[1:] for part in piece.split("-")) for piece in word.split(" "))


@lru_cache(maxsize=20_000)
def declensions(word: str) -> frozenset[str]:
    """Forms a Russian-spelled name takes in the six cases, by its ending.

    Over-generation is harmless (the forms are only compared with capitalized words), and it covers
    foreign names the dictionary does not know ("Уиткофф" -> "Уиткоффа", "Уиткоффом").
    """
    base = plain(word)
    forms = {base}
    if base.endswith(("ов", "ев", "ин", "ын")):
        forms |= {base + ending for ending in ("а", "у", "ым", "е", "ом")}
    elif base.endswith(("ова", "ева", "ина", "ына")):
        forms |= {base[:-1] + ending for ending in ("ой", "у", "ою")}
    elif base.endswith(("ский", "цкий", "ской", "цкой")):
        forms |= {base[:-2] + ending for ending in ("ого", "ому", "им", "ом")}
    elif base.endswith(("ская", "цкая")):
        forms |= {base[:-2] + ending for ending in ("ой", "ую")}
    elif base.endswith(("й", "ь")):
        forms |= {base[:-1] + ending for ending in ("я", "ю", "ем", "е", "и", "ей")}
    elif base.endswith("а"):
        soft = base[-2:-1] in HISSING + "гкх"
        forms |= {base[:-1] + ending for ending in ("и" if soft else "ы", "е", "у", "ой", "ей")}
    elif base.endswith("я"):
        forms |= {base[:-1] + ending for ending in ("и", "е", "ю", "ей")}
    elif base[-1:] and base[-1] not in VOWELS:
        endings = ("а", "у", "е", "ом", "ем") if base[-1] in HISSING else ("а", "у", "е", "ом")
        forms |= {base + ending for ending in endings}
    return frozenset(forms)


# One syllable of a Chinese, Korean or Vietnamese name in Russian transcription: an initial ("цз", "чж",
# "тх", "нг", ...), a vowel core of up to three letters ("ао", "ыо", "уэ"), a final ("н", "нь", "нг", "м", ...).
EAST_ASIAN_INITIAL = "(?:цз|чж|цх|чх|пх|тх|кх|нг|нь|дж|[бвгджзйклмнпрстфхцчшщ])"
EAST_ASIAN_SYLLABLE = f"{EAST_ASIAN_INITIAL}?ь?[аеёиоуыэюя]{{1,3}}(?:нь|нг|ль|[нмпткчйр])?"
EAST_ASIAN_GIVEN_RE = re.compile(f"(?:{EAST_ASIAN_SYLLABLE}){{1,2}}")
EAST_ASIAN_FINALS = ("нь", "нг", "ль", "н", "м", "п", "т", "к", "р")  # "Ким Чен Иром" -> Ир
# Case endings the last syllable of an East Asian name takes, and whether the stem is soft ("Вэньсинем").
EAST_ASIAN_ENDINGS = (("ем", True), ("ом", False), ("я", True), ("ю", True), ("а", False), ("у", False), ("е", False))


def east_asian_shaped(word: str) -> bool:
    """One or two syllables of an East Asian given name ("Тхань", "Вэньсинь", "Кыонгом", "Нама")."""
    form = plain(word)
    return bool(EAST_ASIAN_GIVEN_RE.fullmatch(form)) or east_asian_nominative(form) != form


def east_asian_nominative(word: str) -> str:
    """The last syllable of an East Asian name without its case ending: "Цяном" -> "Цян", "Вэньсинем" ->
    "Вэньсинь", "Нама" -> "Нам", "Кхаем" -> "Кхай". Only an ending after a syllable's final is one ("Ли На" stays)."""
    form = plain(word)
    for ending, soft in EAST_ASIAN_ENDINGS:
        stem = form[: -len(ending)]
        if not form.endswith(ending) or len(stem) < 2:
            continue
        if stem[-1] in VOWELS:
            if not soft or stem[-1] not in "аоуэ":
                continue
            stem += "й"  # "Кхаем" -> "Кхай"
        elif soft and stem.endswith(("н", "л")):
            stem += "ь"  # "Вэньсинем" -> "Вэньсинь", "Чхолем" -> "Чхоль"
        elif soft and not (ending == "ем" and stem[-1] in HISSING):
            continue
        if stem.endswith((*EAST_ASIAN_FINALS, "й")) and EAST_ASIAN_GIVEN_RE.fullmatch(stem):
            return word[:1] + stem[1:] if word[:1].isupper() else stem
    return word


def phonetic_key(word: str) -> str:
    """One key for transliteration variants and typos of a surname: "Уиткофф" and "Виткофф" -> "виткоф",
    "Шольц" and "Шолц", "Нетаньяху" and "Нетаниягу" (ь, и before a vowel, г for х), "Абэ" and "Абе",
    "Зеленский" and "Зеленскиий". Endings are kept, so "Иванов" and "Иванова", "Ли" and "Лю" stay apart."""
    key = plain(word)
    if key.startswith("уи"):
        key = "в" + key[1:]
    key = key.replace("э", "е").replace("ь", "").replace("ъ", "").replace("г", "х")
    key = re.sub(r"(?<=.)и(?=[яюеё])", "", key)
    collapsed = [char for index, char in enumerate(key) if index == 0 or char != key[index - 1]]
    return "".join(collapsed)


def read_lines(*paths: Path) -> list[str]:
    """The words of one-word-per-line data files (the package's, then a user's of the same name), checked."""
    return [row.fields[0] for path in paths for row in read_rows(path)]


def data_files(directories: Iterable[Path], name: str) -> list[Path]:
    """The files called ``name`` in these directories, in their order."""
    return [directory / name for directory in directories if (directory / name).is_file()]


@dataclass(frozen=True)
class KnownPerson:
    """A well-known person: the country they speak for and their office, for resolving descriptions."""

    first: str
    last: str
    country: str
    office: str
    spellings: tuple[str, ...] = ()
    family_first: bool = False
    forms: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def name(self) -> str:
        return f"{self.last} {self.first}" if self.family_first else f"{self.first} {self.last}"


def read_known_persons(*paths: Path) -> list[KnownPerson]:
    known = []
    for path in paths:
        for row in read_rows(path):
            first, last, country, office, spellings, family_first = row.fields
            variants = tuple(spelling.strip() for spelling in spellings.split(",") if spelling.strip())
            forms = frozenset(form for spelling in (last, *variants) for form in declensions(spelling))
            known.append(KnownPerson(first, last, country, office, variants, family_first == "yes", forms))
    return known


def read_countries(*paths: Path) -> dict[str, str]:
    """Word (or two-word phrase) -> country, from tab-separated files."""
    return {row.fields[0]: row.fields[1] for path in paths for row in read_rows(path)}
