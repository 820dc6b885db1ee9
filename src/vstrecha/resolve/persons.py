"""Normalizes the persons grammar's matches: nominative names, one entity per real person, and the
descriptions ("американский лидер", "президенты России и США") resolved to the persons they stand for.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right, insort
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from yargy.token import Token

from vstrecha.doc import Doc, Found, GrammarMatch
from vstrecha.facts.persons import (
    HISSING,
    NAME_PARTICLES,
    PATRONYMIC_PARTICLES,
    VOWELS,
    KnownPerson,
    PersonMention,
    PersonReference,
    data_files,
    declensions,
    east_asian_nominative,
    phonetic_key,
    plain,
    read_countries,
    read_known_persons,
    read_lines,
    title,
)
from vstrecha.grammar import builtin_grammar_dir
from vstrecha.models import Mention, Person, PersonRef
from vstrecha.morph import Form, shared_morph

LEADER_OFFICES = frozenset(
    {"президент", "лидер", "премьер", "премьер-министр", "канцлер", "правитель", "король", "королева", "хозяин"}
)
MINISTER_OFFICES = frozenset({"министр", "госсекретарь"})
LEADER_BODIES = frozenset({"государство", "белый", "кремль", "правительство", "страна"})
RELATIONAL = frozenset(
    {"помощник", "советник", "спецпосланник", "посланник", "спецпредставитель", "представитель", "представительница"}
    | {"пресс-секретарь", "зять", "супруга", "жена", "муж", "сын", "дочь", "заместитель", "замминистра", "коллега"}
    | {"вдова", "отец", "мать", "брат", "сестра", "адвокат", "наставник", "тренер"}
)
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
LINKED_RULE = "persons:LINKED_SURNAME"


@dataclass(frozen=True)
class Data:
    known: tuple[KnownPerson, ...]
    countries: dict[str, str]
    roles: frozenset[str]
    given_names: frozenset[str]
    east_asian_families: frozenset[str]
    given_by_form: dict[str, str]  # a declined form of a listed given name -> the name (first in sorted order)
    brands: frozenset[str]  # forms of makes of goods written before a model's name ("Лада Веста")


DIRECTORIES: tuple[Path, ...] = ()  # the data directories of the document being resolved


def data() -> Data:
    return data_of(DIRECTORIES or (builtin_grammar_dir(),))


@cache
def data_of(directories: tuple[Path, ...]) -> Data:
    """The grammar's data files (the package's, then a user's of the same name), read once per set."""
    known = tuple(read_known_persons(*data_files(directories, "persons.tsv")))
    given = {plain(word) for word in read_lines(*data_files(directories, "person_first_names.txt"))}
    given |= {plain(part) for person in known for part in person.first.split()}
    given |= {part for name in given for part in name.split("-")}
    given_by_form: dict[str, str] = {}
    for name in sorted(given):
        for form in declensions(name):
            given_by_form.setdefault(form, name)
    return Data(
        known=known,
        countries=read_countries(*data_files(directories, "person_countries.tsv")),
        roles=frozenset(plain(word) for word in read_lines(*data_files(directories, "person_roles.txt"))),
        given_names=frozenset(given),
        east_asian_families=frozenset(
            plain(word) for word in read_lines(*data_files(directories, "person_east_asian_surnames.txt"))
        ),
        given_by_form=given_by_form,
        brands=frozenset(
            form for word in read_lines(*data_files(directories, "person_brands.txt")) for form in declensions(word)
        ),
    )


@dataclass
class NameMention:
    """One place where a person is named, with the name already in the nominative."""

    start: int
    stop: int
    sentence: int
    first_token: int
    last_token: int
    rule: str
    surface: str  # the surname as written, for linking
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    latin: bool = False
    family_first: bool = False
    original: bool = False  # a Latin spelling in parentheses after the name: "Юрген Клинсман (Jürgen Klinsmann)"
    initials: str | None = None  # "Н." of "Н. Кан", kept while the article gives no given name
    title_key: str | None = None  # the kind of title, for bare titles later: "губернатор", "президент"
    role: str | None = None
    country: str | None = None
    office: str | None = None  # "leader" | "minister" | None
    match: GrammarMatch | None = field(default=None, repr=False)


@dataclass
class Entity:
    first: str | None
    middle: str | None
    last: str
    latin: bool = False
    known: KnownPerson | None = None
    initials: str | None = None
    mentions: list[NameMention] = field(default_factory=list)
    spellings: Counter[str] = field(default_factory=Counter)
    stops: list[int] = field(default_factory=list)  # sorted ends of the mentions: "nearest" without a scan
    settled: tuple | None = None  # (role, country, office) once linking is done

    def note(self, mention: NameMention) -> None:
        self.mentions.append(mention)
        insort(self.stops, mention.stop)

    def settle(self) -> None:
        """Linking is done: what the mentions say is read once, not once per question."""
        self.settled = None
        self.settled = (self.role, self.country, self.office)

    @property
    def forms(self) -> set[str]:
        forms = {form for spelling in self.spellings for form in declensions(spelling)}
        forms |= {
            form
            for spelling in self.spellings
            if leading_word(spelling)
            for form in declensions(leading_word(spelling))
        }
        return forms | (set(self.known.forms) if self.known else set())

    @property
    def keys(self) -> set[str]:
        return {phonetic_key(spelling) for spelling in self.spellings}

    @property
    def spelling(self) -> str:
        return self.spellings.most_common(1)[0][0] if self.spellings else self.last

    @property
    def role(self) -> str | None:
        if self.settled is not None:
            return self.settled[0]
        return next((mention.role for mention in self.mentions if mention.role), None)

    @property
    def country(self) -> str | None:
        if self.settled is not None:
            return self.settled[1]
        found = next((mention.country for mention in self.mentions if mention.country), None)
        return found or (self.known.country if self.known else None)

    @property
    def office(self) -> str | None:
        if self.settled is not None:
            return self.settled[2]
        found = next((mention.office for mention in self.mentions if mention.office), None)
        return found or (office_class(self.known.office) if self.known else None)

    @property
    def title_keys(self) -> set[str]:
        keys = {mention.title_key for mention in self.mentions if mention.title_key}
        known = title_key(self.known.office, set()) if self.known else None
        return keys | {known} if known else keys

    def name(self) -> str:
        family_first = any(mention.family_first for mention in self.mentions)
        if self.first and (family_first or (self.known and self.known.family_first)):
            return f"{self.spelling} {self.first}"
        if not self.first and self.initials:
            return f"{self.initials} {self.spelling}"  # "Н. Кан": the fullest form the article gives
        return " ".join(part for part in (self.first, self.middle, self.spelling) if part)

    def ref(self) -> PersonRef:
        last = self.spelling or None
        return PersonRef(name=self.name(), first=self.first, middle=self.middle, last=last, role=self.role)


def leading_word(spelling: str) -> str:
    """The word that stands for a surname with an inner particle: "Лула" of "Лула да Силва"; none of "Ле Пен"."""
    words = spelling.split()
    if len(words) > 2 and plain(words[1]) in NAME_PARTICLES and plain(words[0]) not in NAME_PARTICLES:
        return words[0]
    return ""


TITLE_KEYS = {
    "президент": "президент",
    "губернатор": "губернатор",
    "премьер": "премьер",
    "премьер-министр": "премьер",
    "генконсул": "консул",
    "консул": "консул",
    "спикер": "спикер",
    "министр": "министр",
    "посол": "посол",
    "мэр": "мэр",
    "канцлер": "канцлер",
    "госсекретарь": "госсекретарь",
}
# "глава государства" is the president, "глава региона" the governor, "председатель Госдумы" the speaker.
BODY_KEYS = {
    "глава": {
        "государство": "президент",
        "регион": "губернатор",
        "область": "губернатор",
        "край": "губернатор",
        "республика": "губернатор",
        "город": "мэр",
        "правительство": "премьер",
        "мид": "министр",  # "глава МИД"
        "министерство": "министр",
        "ведомство": "министр",
    },
    "председатель": {
        "правительство": "премьер",
        "госдума": "спикер",
        "дума": "спикер",
        "парламент": "спикер",
        "собрание": "спикер",
        "сенат": "спикер",
        "совет": "спикер",
    },
}


def title_key(head: str | None, words: set[str]) -> str | None:
    """The kind of title a head noun and the words after it name, shared by a title and a bare reference."""
    if head in BODY_KEYS:
        return next((key for body, key in BODY_KEYS[head].items() if body in words), None)
    return TITLE_KEYS.get(head or "")


def office_class(head: str | None) -> str | None:
    if head in LEADER_OFFICES:
        return "leader"
    if head in MINISTER_OFFICES:
        return "minister"
    return None


# Morphology of names


def name_forms(word: str) -> tuple[Form, ...]:
    return shared_morph()(word)


def case_and_gender(word: str) -> tuple[set[str], str | None]:
    """Cases and gender a given name shows; a surname next to it agrees with them."""
    forms = [form for form in name_forms(word) if "Name" in form.grams]
    cases = {case for form in forms for case in CASES if case in form.grams}
    genders = {gender for form in forms for gender in ("masc", "femn") if gender in form.grams}
    if not forms:
        return ending_cases(word), None
    return cases, genders.pop() if len(genders) == 1 else None


ENDING_CASES = {
    "": {"nomn"},
    "а": {"gent", "accs"},
    "я": {"gent", "accs"},
    "у": {"datv", "accs"},
    "ю": {"datv", "accs"},
    "ы": {"gent"},
    "и": {"gent", "datv", "loct"},
    "е": {"datv", "loct"},
    "ом": {"ablt"},
    "ем": {"ablt"},
    "ой": {"ablt", "gent", "datv"},
    "ей": {"ablt", "gent", "datv"},
}


def ending_cases(word: str) -> set[str]:
    """Cases of a listed given name the dictionary does not know, from the ending it took."""
    form = plain(word)
    for name in data().given_names:
        if form.startswith(name[:-1]) and form in declensions(name):
            ending = form[len(name) :] if form.startswith(name) else form[len(name) - 1 :]
            return set(ENDING_CASES.get(ending, CASES))
    return set(CASES)


def nominative_given(word: str, cases: set[str] | None = None, gender: str | None = None) -> str:
    """A given name in the nominative; hyphenated names part by part ("Франком-Вальтером").

    Only singular readings count ("Людмилы" is no plural nominative), and of those the one in the case and
    gender the surname agrees with ("Александра Мишарина" is Александр's genitive).
    """
    if "-" in word:  # "Аль-Хадж" keeps its particle: "аль" is no case of "Аля"
        parts = word.split("-")
        return "-".join(part if plain(part) in PARTICLES else nominative_given(part, cases, gender) for part in parts)
    given = data().given_names
    if plain(word) in given:
        return title(word)
    if cases == {"nomn"} and gender == "femn" and own_feminine_nominative(word):
        return title(word)  # "Марина", not a form of a listed "Марин"
    listed = data().given_by_form.get(plain(word))
    if listed:
        return title(listed)
    if not cases and indeclinable_given(word):
        return title(word)  # "Мамаду Ньянг": nothing says the case, and the name need not decline
    forms = [form for form in name_forms(word) if "Name" in form.grams and "Fixd" not in form.grams]
    forms = [form for form in forms if "sing" in form.grams]  # "Джен" is no plural of "Джена"
    agreeing = [form for form in forms if agrees(form, cases or set(), gender)]
    if not agreeing and gender and indeclinable_given(word):
        return title(word)  # "Хельге Лунд": no form of "Хельга" is a man's, the name does not decline
    forms = agreeing or forms
    if not forms:
        return title(strip_ending(word, cases, gender))
    if "nomn" in forms[0].grams:
        return title(word)
    return title(as_written(word, forms[0].inflect({"nomn", "sing"})))


MASCULINE_ENDINGS = {"ablt": ("ом", "ем"), "datv": ("у", "ю"), "gent": ("а", "я")}
FEMININE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ая", "яя")  # "Зузана Чапутова" is a woman's nominative


def parallel_endings(first: str, last: str) -> tuple[set[str], str] | None:
    """An unknown foreign given name before a surname with the same masculine ending ("Янезом Дрновшеком",
    "Янезу Дрновшеку"): both stand in that case."""
    if any("Name" in form.grams for form in name_forms(first)) or plain(first) in data().given_names:
        return None
    for case, endings in MASCULINE_ENDINGS.items():
        for ending in endings:
            stem = first[: -len(ending)]
            surname_endings = endings + (("ой", "ей") if case == "ablt" else ())  # "Янезом Яншей"
            if first.endswith(ending) and last.endswith(surname_endings) and len(stem) >= 3 and stem[-1] not in VOWELS:
                if case == "gent" and last.lower().endswith(FEMININE_SURNAME):
                    return None
                return {case}, "masc"
    return None


def strip_ending(word: str, cases: set[str] | None, gender: str | None) -> str:
    """ "Янезом" in the instrumental is Янез: an unknown masculine name loses the ending of its case."""
    if gender != "masc" or not cases or len(cases) != 1:
        return word
    for ending in MASCULINE_ENDINGS.get(next(iter(cases)), ()):
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[-1] not in VOWELS:
            return stem
    return word


def indeclinable_given(word: str) -> bool:
    """The dictionary reads the word as a given name that does not decline ("Хельге", "Анне"), or the list
    has it with an ending that never declines ("Ёсихико", "Таро")."""
    if plain(word) in data().given_names and plain(word)[-1:] in "оэеиую":
        return True
    return any({"Name", "Fixd"} <= set(form.grams.values) for form in name_forms(word))


def surname_gender(value: str) -> str | None:
    """The gender a surname form shows by itself: the dictionary's, else its likeliest paradigm's."""
    word = value.split()[-1]
    if dictionary_surname(word):
        genders = {g for form in name_forms(word) if "Surn" in form.grams for g in ("masc", "femn") if g in form.grams}
        return genders.pop() if len(genders) == 1 else None
    return next((gender for _, _, gender in surname_readings(word) if gender), None)


def person_gender(first: str | None, last: str | None) -> str | None:
    """A person's gender from the given name in the nominative, else from the surname ("он" is no Матвиенко)."""
    if first:
        genders = {
            g
            for form in name_forms(first.split()[0])
            if "Name" in form.grams and "nomn" in form.grams
            for g in ("masc", "femn")
            if g in form.grams
        }
        if len(genders) == 1:
            return genders.pop()
    return surname_gender(last) if last else None


def is_patronymic(word: str) -> bool:
    """A patronymic the dictionary knows, and not a surname too ("Марковны", not "Петрович")."""
    forms = name_forms(word)
    return (
        " " not in word
        and shared_morph().is_known(word)
        and any("Patr" in form.grams for form in forms)
        and not any("Surn" in form.grams for form in forms)
    )


def title_cases(tokens: list[Token]) -> set[str] | None:
    """The case of a title right before a lone surname, which the surname shares ("министра Колеца")."""
    if not tokens or not normals(tokens[-1]) & data().roles or normals(tokens[-1]) & RELATIONAL:
        return None
    cases = token_cases(tokens[-1])
    return cases if cases != set(CASES) else None


def role_cases(tokens: list[Token]) -> set[str] | None:
    """The case of the title a few words before a name ("президентом Монголии"), which the name shares."""
    for token in reversed(tokens[-5:]):
        if normals(token) & data().roles and not normals(token) & RELATIONAL:
            cases = token_cases(token)
            return cases if cases and cases != set(CASES) else None
        if token.value in ',;:()«»"':
            return None
    return None


def relative_of_another(tokens: list[Token], name) -> bool:
    """A genitive surname after a word of kinship or service, before a given name and patronymic: the
    surname is the other person's ("вдова Ельцина Наина Иосифовна", "помощник Петрова Иван Ильич")."""
    surname = word_index(tokens, name.last, last=False)
    given = word_index(tokens, name.first)
    if surname is None or given is None or not 0 < surname < given:
        return False
    return bool(normals(tokens[surname - 1]) & RELATIONAL) and "gent" in token_cases(tokens[surname])


def given_readings(word: str) -> list[tuple[str, str | None]]:
    """The (case, gender) readings of a given name, the likeliest first ("Александра": masculine genitive,
    then feminine nominative)."""
    listed = data().given_by_form.get(plain(word))
    if listed and listed != plain(word):  # "Карла" of a listed "Карл": its case from the ending
        return [(case, None) for case in CASES if case in ending_cases(word)]
    forms = [form for form in name_forms(word) if "Name" in form.grams and "voct" not in form.grams]
    forms = [form for form in forms if "sing" in form.grams or "Fixd" in form.grams]
    readings = []
    for form in forms:
        gender = next((g for g in ("masc", "femn") if g in form.grams), None)
        cases = CASES if "Fixd" in form.grams else [case for case in CASES if case in form.grams]
        readings.extend((case, gender) for case in cases if (case, gender) not in readings)
    if not readings:
        readings = [(case, None) for case in CASES if case in ending_cases(word)]
    return readings


def surname_agrees(word: str, case: str, gender: str | None, declined: bool = False) -> bool:
    """A surname form that can be in this case and gender, by the dictionary or by its ending; ``declined``:
    by a reading of that case, not by the guess that the surname does not decline at all."""
    if known_spelling(word) is not None:
        return True
    if dictionary_surname(word):
        return any("Surn" in form.grams and agrees(form, {case}, gender) for form in name_forms(word))
    return any(
        case in cases and (gender is None or sex in (None, gender)) and not (declined and len(cases) == len(CASES))
        for _, cases, sex in surname_readings(word)
    )


def surname_cases(word: str, gender: str | None) -> set[str]:
    """The cases a surname's ending allows ("Петровой"); the nominative alone for one that may not decline."""
    if dictionary_surname(word):
        return {
            case
            for form in name_forms(word)
            if "Surn" in form.grams and agrees(form, set(), gender)
            for case in CASES
            if case in form.grams
        }
    readings = [cases for _, cases, sex in surname_readings(word) if gender is None or sex in (None, gender)]
    return {case for cases in readings if len(cases) < len(CASES) for case in cases}


def own_feminine_nominative(word: str) -> bool:
    """The dictionary's first reading of the word is a woman's given name in the nominative ("Марина"), not
    a rarer one behind a man's genitive ("Федора", "Дмитрия") nor an indeclinable one ("Ангеле")."""
    forms = name_forms(word)
    grams = set(forms[0].grams.values) if forms else set()
    return {"Name", "femn", "nomn", "sing"} <= grams and "Fixd" not in grams


def dictionary_feminine_nominative(word: str) -> bool:
    """The dictionary itself reads the surname as a woman's in the nominative ("Цветаева", not "Шмидта")."""
    return dictionary_surname(word) and any(
        {"Surn", "femn", "nomn"} <= set(form.grams.values) for form in name_forms(word)
    )


def agreeing_reading(first: str, last: str, middle: str | None = None) -> tuple[set[str], str | None] | None:
    """The case and gender that the given name, the patronymic (or second given names) and the surname all
    share, the likeliest reading of the given name first; None when they share none.

    A first part that does not decline ("Абдель Фаттаха ас-Сиси") leaves the case to the second given name."""
    surname = last.split()[-1]
    surname = surname.rpartition("-")[2] if surname.split("-")[0].islower() else surname
    patronymics = [form for form in name_forms(middle) if "Patr" in form.grams] if middle else []
    seconds = middle.split() if middle and not patronymics else []
    readings = given_readings(first)
    if own_feminine_nominative(first) and dictionary_feminine_nominative(surname):
        readings = [("nomn", "femn"), *readings]  # "Марина Цветаева" before the genitive of a listed "Марин"
    if indeclinable_given(first):
        readings = []  # "Ёсихико Ноды": the name says nothing of the case; the caller asks the surname
    tried = [readings] + ([given_readings(seconds[0])] if seconds else [])
    for pool in tried:
        if pool and pool[0][0] == "nomn" and {case for case, gender in pool if gender == pool[0][1]} == set(CASES):
            continue  # an indeclinable given name ("Фумио", "Инасиу", "Али") says nothing of the case
        # a case the surname declines in first: "Олега Дерипаску" is the accusative, not a genitive left as is
        for declined in (True, False) if all(case != "nomn" for case, _ in pool) else (False,):
            for case, gender in pool:
                if patronymics and not any(agrees(form, {case}, gender) for form in patronymics):
                    continue
                if not all(can_take(word, case, gender) for word in seconds):
                    continue
                if surname_agrees(surname, case, gender, declined):
                    return {case}, gender
    return None


def can_take(word: str, case: str, gender: str | None) -> bool:
    """A second given name that can be in this case: by its readings as a name, as a dictionary noun
    ("Багером"), or by the paradigms of names for a word the dictionary does not know."""
    readings = given_readings(word)
    if readings:
        return any(own == case and (gender is None or sex in (None, gender)) for own, sex in readings)
    forms = [form for form in name_forms(word) if "NOUN" in form.grams]
    if shared_morph().is_known(word) and forms:
        return any(agrees(form, {case}, None) for form in forms)
    return any(case in cases for _, cases, _ in surname_readings(word))


def family_first(words: list[str]) -> KnownPerson | None:
    """A well-known person whose family name comes first ("Си Цзиньпин", "Ким Чен Ын")."""
    for known in data().known:
        if not known.family_first:
            continue
        given = known.first.split()
        if len(words) != len(given) + 1 or plain(words[0]) not in declensions(known.last):
            continue
        if all(plain(word) in declensions(part) for word, part in zip(words[1:], given, strict=True)):
            return known
    return None


def nominative_middle(value: str, cases: set[str] | None = None, gender: str | None = None) -> str:
    """A patronymic (its own gender kept) or second given names in the nominative, in the case of the name:
    "Мохаммадом Багером" -> "Багер", "Абдель Фаттаха" -> "Фаттах"."""
    forms = [form for form in name_forms(value) if "Patr" in form.grams]
    if forms:
        return title(forms[0].inflect({"nomn", "sing"}))
    return " ".join(nominative_second(word, cases, gender) for word in value.split())


def nominative_second(word: str, cases: set[str] | None, gender: str | None) -> str:
    """A second given name in the name's case; as written when the case is unknown ("Жозе Эдуарду")."""
    if not cases:
        return title(word)
    if plain(word) in data().given_by_form or any("Name" in form.grams for form in name_forms(word)):
        return nominative_given(word, cases, gender)
    nouns = [form for form in name_forms(word) if "NOUN" in form.grams and agrees(form, cases or set(), None)]
    if shared_morph().is_known(word) and nouns:
        return title(as_written(word, nouns[0].inflect({"nomn", "sing"})))
    return nominative_surname(word, cases, gender)


def known_spelling(word: str) -> tuple[KnownPerson, str] | None:
    """The well-known person a surname form belongs to, and the spelling the form is of."""
    form = plain(word)
    for person in data().known:
        if form in person.forms:
            spelling = next(s for s in (person.last, *person.spellings) if form in declensions(s))
            return person, spelling
    return None


def agrees(form: Form, cases: set[str], gender: str | None) -> bool:
    if cases and not any(case in form.grams for case in cases) and "Fixd" not in form.grams:
        return False
    if gender and gender not in form.grams and "ms-f" not in form.grams and "Fixd" not in form.grams:
        return False
    return True


MASCULINE_SUFFIXES = ("ов", "ев", "ёв", "ин", "ын")
ADJECTIVAL = ("ский", "цкий")
INDECLINABLE = ("о", "их", "ых", "э", "и")  # "Гурченко", "Черных", "Гальяни"


def surname_readings(word: str) -> list[tuple[str, frozenset[str], str | None]]:
    """What a surname form the dictionary does not know can be: (nominative, cases, gender), by the
    paradigms of Russian surnames, the reading as written first ("Силуанов" stays, "Озерец" is no plural
    of "озерцо", "Франгуляна" is Франгулян's genitive, "Маехарой" is Маехара's instrumental)."""
    form = plain(word)
    all_cases = frozenset(CASES)
    readings: list[tuple[str, frozenset[str], str | None]] = []

    def add(stem_cut: int, tail: str, cases: tuple[str, ...], gender: str | None) -> None:
        nominative = word[: len(word) - stem_cut] + tail if stem_cut else word + tail
        readings.append((nominative, frozenset(cases), gender))

    if form.endswith(MASCULINE_SUFFIXES):
        add(0, "", ("nomn",), "masc")
    elif form.endswith(tuple(s + "а" for s in MASCULINE_SUFFIXES)):
        add(0, "", ("nomn",), "femn")
        add(1, "", ("gent", "accs"), "masc")
    elif form.endswith(tuple(s + "у" for s in MASCULINE_SUFFIXES)):
        add(1, "", ("datv",), "masc")
        add(1, "а", ("accs",), "femn")
    elif form.endswith(tuple(s + "ым" for s in MASCULINE_SUFFIXES)):
        add(2, "", ("ablt",), "masc")
    elif form.endswith(tuple(s + "е" for s in MASCULINE_SUFFIXES)):
        add(1, "", ("loct",), "masc")
    elif form.endswith(tuple(s + "ой" for s in MASCULINE_SUFFIXES)):
        add(2, "а", ("gent", "datv", "ablt", "loct"), "femn")
    elif form.endswith(ADJECTIVAL):
        add(0, "", ("nomn",), "masc")
    elif form.endswith(("ского", "цкого")):
        add(3, "ий", ("gent", "accs"), "masc")
    elif form.endswith(("скому", "цкому")):
        add(3, "ий", ("datv",), "masc")
    elif form.endswith(("ским", "цким")):
        add(2, "ий", ("ablt",), "masc")
    elif form.endswith(("ская", "цкая")):
        add(0, "", ("nomn",), "femn")
    elif form.endswith(("ской", "цкой")):
        add(2, "ая", ("gent", "datv", "ablt", "loct"), "femn")
        add(2, "а", ("ablt",), "masc")  # "Олегом Дерипаской"
    elif form.endswith(("скую", "цкую")):
        add(2, "ая", ("accs",), "femn")
    elif len(form) > 4 and form.endswith(("ем", "ю", "я")) and form[-3 if form.endswith("ем") else -2] in "аео":
        # a surname in -й after a vowel: "Макеем", "Макею", "Макея" of Макей
        cut, case = (2, "ablt") if form.endswith("ем") else (1, "datv" if form.endswith("ю") else "gent")
        add(cut, "й", (case,) if case != "gent" else ("gent", "accs"), "masc")
        add(0, "", CASES, None)
    elif form.endswith(INDECLINABLE):
        add(0, "", CASES, None)
    elif form.endswith(("ом", "ем")) and form[-3:-2] not in VOWELS:
        soft = form.endswith("ем") and form[-3:-2] not in HISSING
        add(2, "ь" if soft else "", ("ablt",), "masc")  # "Франгуляном", "Фогелем"
        add(0, "", ("nomn",), "masc")
    elif form[-1:] not in VOWELS + "йь":
        add(0, "", ("nomn",), "masc")  # "Озерец", "Франгулян"; a woman's such surname does not decline
        add(0, "", CASES, "femn")
    elif form[-2:-1] not in VOWELS and form.endswith(("а", "я")):
        add(0, "", ("nomn",), None)  # "Маехара"
        add(1, "" if form.endswith("а") else "ь", ("gent", "accs"), "masc")  # "Франгуляна", "Фогеля"
    elif form.endswith(("ой", "ей")) and form[-3:-2] not in VOWELS:
        add(2, "а", ("ablt", "gent", "datv", "loct"), None)  # "Кисидой"
        add(0, "", ("nomn",), "masc")
    elif form.endswith(("у", "ю")) and form[-2:-1] not in VOWELS:
        add(1, "" if form.endswith("у") else "ь", ("datv",), "masc")
        add(1, "а" if form.endswith("у") else "я", ("accs",), None)
        add(0, "", CASES, None)
    elif form.endswith("ы") and form[-2:-1] not in VOWELS:
        add(1, "а", ("gent",), None)  # "Маехары"
    elif form.endswith("е") and form[-2:-1] not in VOWELS:
        add(0, "", CASES, None)
        add(1, "", ("loct",), "masc")
        add(1, "а", ("datv", "loct"), None)
    if not readings or all(reading[1] != all_cases for reading in readings):
        readings.append((word, all_cases, None))
    return readings


def dictionary_surname(word: str) -> bool:
    """The dictionary itself knows the word as a surname (not a guess from its ending)."""
    return shared_morph().is_known(word) and any("Surn" in form.grams for form in name_forms(word))


def as_written(word: str, nominative: str) -> str:
    """The dictionary writes ё where the article may not ("Коноплева" -> "Коноплев", not "Коноплёв")."""
    return nominative if "ё" in word.lower() else nominative.replace("ё", "е").replace("Ё", "Е")


def nominative_surname(word: str, cases: set[str] | None = None, gender: str | None = None) -> str:
    return as_written(word, inflected_surname(word, cases, gender))


def inflected_surname(word: str, cases: set[str] | None = None, gender: str | None = None) -> str:
    """A surname in the nominative, agreeing with the given name next to it when there is one.

    A surname the dictionary knows goes by its readings; any other by the paradigms of surnames
    (`surname_readings`), so that an unknown "Силуанов" keeps its suffix.
    """
    known = known_spelling(word)
    if known:
        return title(known[1])
    cases = cases or set()
    if not dictionary_surname(word):
        for nominative, forms_cases, sex in surname_readings(word):
            if (not cases or cases & forms_cases) and (gender is None or sex in (None, gender)):
                return title(nominative)
    forms = [form for form in name_forms(word) if "NOUN" in form.grams or "ADJF" in form.grams]
    surnames = [form for form in forms if "Surn" in form.grams]
    if "nomn" in cases and any(agrees(form, {"nomn"}, gender) for form in forms):
        return title(word)
    for pool, strict in ((surnames, True), (forms, True), (surnames, False)):
        for form in pool:
            if agrees(form, cases, gender) if strict else agrees(form, set(), gender):
                return title(form.inflect({"nomn", "sing"}))
    if cases and "nomn" not in cases and plain(word).endswith(("ой", "ою")) and len(word) > 5:
        return title(word[:-2] + "а")  # a man's surname in -а declines like a noun: "Сангиампонгсой"
    return title(word)


# From matches to mentions


def tokens_of(doc: Doc, match: GrammarMatch) -> list[Token]:
    return doc.sentences[match.sentence].tokens[match.first : match.last]


def word_index(tokens: list[Token], value: str | None, last: bool = True) -> int | None:
    """Where the first word of a fact value is among the match's tokens (its last occurrence, or its first)."""
    if not value:
        return None
    head = value.split()[0].split(".")[0]  # "В.В." -> "В"
    order = range(len(tokens) - 1, -1, -1) if last else range(len(tokens))
    return next((index for index in order if tokens[index].value == head), None)


def normals(token: Token) -> set[str]:
    return {plain(form.normalized) for form in getattr(token, "forms", ())}


def role_head(tokens: list[Token]) -> int | None:
    roles = data().roles
    return next((index for index, token in enumerate(tokens) if normals(token) & roles), None)


def countries_in(tokens: list[Token]) -> list[str]:
    """Countries named by the words of a title or description, in text order."""
    table = data().countries
    found: list[str] = []
    words = [normals(token) | {plain(token.value)} for token in tokens]
    for index, forms in enumerate(words):
        pairs = {f"{a} {b}" for a in forms for b in (words[index + 1] if index + 1 < len(words) else ())}
        for key in sorted(pairs) + sorted(forms):
            if key in table and table[key] not in found:
                found.append(table[key])
                break
    return found


def normal_role(tokens: list[Token]) -> tuple[str, str | None]:
    """The title in the nominative ("президентом Украины" -> "президент Украины") and its head noun."""
    head = role_head(tokens)
    if head is None:
        return " ".join(token.value for token in tokens), None
    head_forms = [form for form in tokens[head].forms if plain(form.normalized) in data().roles]
    gender = next((g for g in ("masc", "femn") if head_forms and g in head_forms[0].grams), "masc")
    words = []
    for token in tokens[:head]:
        adjectives = [form for form in token.forms if "ADJF" in form.grams or "PRTF" in form.grams]
        agreeing = [form for form in adjectives if gender in form.grams] or adjectives
        words.append(agreeing[0].inflect({"nomn", "sing", gender}) if agreeing else token.value.lower())
    words.append(head_forms[0].inflect({"nomn", "sing"}) if head_forms else tokens[head].value.lower())
    words.extend(token.value for token in tokens[head + 1 :])
    return " ".join(words), plain(head_forms[0].normalized) if head_forms else None


def role_office(head: str | None, tail: list[Token]) -> str | None:
    if head == "глава":
        tail_words = set().union(*(normals(token) for token in tail)) if tail else set()
        if "мид" in {plain(token.value) for token in tail}:
            return "minister"
        return "leader" if tail_words & LEADER_BODIES else None
    return office_class(head)


def sentence_initial(doc: Doc, match: GrammarMatch, index: int) -> bool:
    before = doc.sentences[match.sentence].tokens[: match.first + index]
    return all(token.type == "PUNCT" for token in before)


def function_word(token: Token) -> bool:
    """A preposition, conjunction, particle or pronoun ("То", "До", "Во" are Vietnamese family names too)."""
    forms = getattr(token, "forms", ())
    return any({"PREP", "CONJ", "PRCL", "NPRO"} & form.grams for form in forms)


def weak_name(token: Token) -> bool:
    """Only a minor reading of the word is a name ("Песков" is first of all a form of "песок")."""
    if known_spelling(token.value) is not None or plain(token.value) in data().given_names:
        return False
    forms = getattr(token, "forms", ())
    return bool(forms) and "Surn" not in forms[0].grams and "Name" not in forms[0].grams


def common_words(given: Token, surname: str) -> bool:
    """A given name that is first of all a common word, before a dictionary word with no name reading."""
    morph = shared_morph()
    if not morph.is_known(given.value) or not weak_name(given) or not morph.is_known(surname):
        return False
    return not any({"Surn", "Name", "Patr"} & form.grams.values for form in name_forms(surname))


def in_city(doc: Doc, sentence: int, start: int, stop: int) -> bool:
    cities = doc.in_sentence(doc.found.get("cities", []), sentence)
    return any(found.start < stop and start < found.stop for found in cities)


def name_range(tokens: list[Token], name) -> tuple[int, int]:
    """The tokens of the name itself within a match: no title before it, no credit slash after it."""
    starts = [word_index(tokens, value) for value in (name.latin, name.first, name.last)]
    starts.append(word_index(tokens, name.initials, last=False))
    begin = min((index for index in starts if index is not None), default=0)
    if name.last and not name.first and name.initials is None:
        begin = word_index(tokens, name.last) or begin
    end = len(tokens)
    while end > begin + 1 and tokens[end - 1].type == "PUNCT":
        end -= 1
    return begin, end


PLACE_PREPOSITIONS = frozenset({"в", "во"})
PARTICLES = frozenset({"аль", "эль", "ас", "ад", "ле", "ла", "де", "лос", "лас", "сан", "санта"})
LONE_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS | {"на", "из", "под", "над"}


def word_before(doc: Doc, match: GrammarMatch, index: int, particles: bool = False) -> str:
    """The word before a name's first word; with particles, the one before them ("в Аль Аине")."""
    tokens = doc.sentences[match.sentence].tokens
    position = match.first + index
    while particles and position > 1 and plain(tokens[position - 1].value) in PARTICLES:
        position -= 1
    return tokens[position - 1].value if position > 0 else ""


def after_place_preposition(doc: Doc, match: GrammarMatch, index: int, lone: bool) -> bool:
    """After "в" a name-shaped word is a place ("в Бенрате", "в Аль Аине"); a lone one after "на", "из" too
    ("на Острове Уайт"), while "покушение на Ису Ямадаева" names a person."""
    before = word_before(doc, match, index, particles=lone).lower()
    return before in (LONE_PLACE_PREPOSITIONS if lone else PLACE_PREPOSITIONS)


def quoted(doc: Doc, match: GrammarMatch, index: int) -> bool:
    """A lone name in quotes is the title of a paper, a building or a brand («Демидов»)."""
    before = word_before(doc, match, index)
    return bool(before) and before in "«\"„“'"


def before_given_name(doc: Doc, match: GrammarMatch) -> bool:
    """The match is followed by a capitalized given name the list knows, or a declining one of the dictionary."""
    tokens = doc.sentences[match.sentence].tokens
    if match.last >= len(tokens):
        return False
    after = tokens[match.last]
    if not after.value[:1].isupper() or after.value.isupper():
        return False
    if plain(after.value) in data().given_by_form:
        return True
    forms = getattr(after, "forms", ())
    first = forms[0].grams if forms else set()
    return shared_morph().is_known(after.value) and "Name" in first and "Fixd" not in first


QUOTES_OPEN = frozenset("«\"„“'")
QUOTES_CLOSE = frozenset("»\"“”'")


def quoted_whole(doc: Doc, match: GrammarMatch, begin: int, end: int) -> bool:
    """A name that is all a quotation holds is the name of a thing: a film, a company, a prize, a ship
    («Иван Грозный», «Михаил Калашников», «Адмирал Нахимов»)."""
    tokens = doc.sentences[match.sentence].tokens
    opening = {match.first + begin - 1, match.first - 1}
    closing = match.first + end
    return (
        any(0 <= at and tokens[at].value in QUOTES_OPEN for at in opening)
        and closing < len(tokens)
        and tokens[closing].value in QUOTES_CLOSE
    )


def product_name(doc: Doc, match: GrammarMatch, begin: int) -> bool:
    """A make before a model's name, or as the name's first word: "Шкоду Октавию", "Лада Веста"; a make
    that is a given name too keeps a surname after it ("Лада Денисова")."""
    brands = data().brands
    tokens = doc.sentences[match.sentence].tokens
    at = match.first + begin
    if at > 0 and plain(tokens[at - 1].value) in brands:
        return True
    if plain(tokens[at].value) not in brands or at + 1 >= len(tokens):
        return False
    after = tokens[at + 1].value
    return not (dictionary_surname(after) or any(reading[2] for reading in surname_readings(after)))


def guessed_given(word: str) -> bool:
    """A given name only by the dictionary's guess from the ending ("Лула", "Куртулмушем")."""
    return plain(word) not in data().given_by_form and not shared_morph().is_known(word)


def sure_given(word: str) -> bool:
    """A given name by the lists or the dictionary; a word the dictionary only guesses at ("Дескальци") is none."""
    listed = plain(word) in data().given_by_form or plain(word) in data().given_names
    return listed or (shared_morph().is_known(word) and has_name_reading(word))


def has_name_reading(word: str) -> bool:
    return plain(word) in data().given_by_form or any("Name" in form.grams for form in name_forms(word))


def split_surname(name) -> bool:
    """Second given names that do not agree with the surname after them end the name before it, when the
    first of them makes a name with the given name ("Нуман Куртулмуш Анкару" has no third part)."""
    seconds = name.middle.split()
    if is_patronymic(seconds[0]) or agreeing_reading(name.first, name.last, name.middle) is not None:
        return False
    if indeclinable_given(name.first) and len(seconds) == 1:  # "с Хельге Лундом Миллер рассмотрел"
        second, last = surname_readings(seconds[0])[:1], surname_readings(name.last.split()[-1])[:1]
        return bool(second and last) and not second[0][1] & last[0][1]  # the likeliest readings disagree
    return agreeing_reading(name.first, seconds[0]) is not None


def to_mention(doc: Doc, match: GrammarMatch, drop: str | None = None) -> NameMention | None:
    """A name match as a mention in the nominative; ``drop`` leaves out a word that `neighbours` found to
    belong to another person: "first" the given name, "last" the surname after second given names."""
    fact = match.fact
    name = copy.copy(fact.name)
    tokens = tokens_of(doc, match)
    if drop == "first":
        name.first, name.middle = None, None
    if name.first and name.last and not name.middle and is_patronymic(name.last):
        name.middle, name.last = name.last, None  # "Людмилы Марковны": a given name and patronymic
    if name.first and name.last and name.middle and relative_of_another(tokens, name):
        name.last = None  # "вдова Ельцина Наина Иосифовна": Ельцин is another person
    parts = (name.last or "").split()
    joined = name.first and len(parts) > 1 and not name.middle and plain(parts[0]) in NAME_PARTICLES
    if joined and guessed_given(name.first):
        name.first, name.last = None, f"{name.first} {name.last}"  # "Лула да Силва": one surname of two words
    trimmed = bool(name.first and name.middle and name.last and (drop == "last" or split_surname(name)))
    if trimmed:
        name.last, name.middle = name.middle.split()[0], None
    begin, end = name_range(tokens, name)
    if trimmed:
        end = (word_index(tokens, name.last) or begin) + 1
    if name.first and name.middle and in_city(doc, match.sentence, tokens[begin].span.start, tokens[begin].span.stop):
        name.first, name.middle = name.middle, None  # "в Тяньцзине Владимир Путин": the place is no given name
        begin, end = name_range(tokens, name)
    span_start, span_stop = tokens[begin].span.start, tokens[end - 1].span.stop
    lone = not name.latin and not name.initials and bool(name.first) != bool(name.last)
    if lone and (in_city(doc, match.sentence, span_start, span_stop) or quoted(doc, match, begin)):
        return None
    if not name.latin and after_place_preposition(doc, match, begin, lone):
        return None
    if not name.latin and (quoted_whole(doc, match, begin, end) or product_name(doc, match, begin)):
        return None
    if lone and name.last and fact.role and before_given_name(doc, match):
        return None  # "спикер Совфеда Валентина Матвиенко": the unknown word is the title's, not a name
    if lone and sentence_initial(doc, match, begin) and weak_name(tokens[begin]):
        return None
    if name.first and name.last and begin == word_index(tokens, name.first) and common_words(tokens[begin], name.last):
        return None  # "Слава Богу", "Надежда Москвы": two common words, capitalized
    if name.first and not name.last and not name.middle and any("Geox" in form.grams for form in tokens[begin].forms):
        return None  # "Израиля", "Владимира": a place as often as a person
    mention = NameMention(
        start=span_start,
        stop=span_stop,
        sentence=match.sentence,
        first_token=match.first + begin,
        last_token=match.first + end,
        rule=match.rule,
        surface=(name.last or name.latin or name.first or "").split()[-1],
        original=bool(name.latin) and tokens[0].value == "(",
        match=match,
    )
    words = [word for value in (name.last, name.first, name.middle) for word in (value or "").split()]
    known = family_first(words) or family_first(
        [word for value in (name.first, name.middle, name.last) for word in (value or "").split()]
    )
    if known:
        mention.first, mention.last, mention.family_first = known.first, known.last, True
    elif name.latin:
        parts = name.latin.split()
        mention.first, mention.last, mention.latin = parts[0], parts[-1], True
        mention.middle = " ".join(parts[1:-1]) or None
    elif name.first and name.last:
        family = word_index(tokens, name.last) or 0
        # "Кузнецов Иван Сергеевич" is Иван Сергеевич Кузнецов; only East Asian names keep the family first
        russian = bool(name.middle) and is_patronymic(name.middle)
        mention.family_first = family < (word_index(tokens, name.first) or 0) and not russian
        agreed = agreeing_reading(name.first, name.last, name.middle)
        if agreed is None and tokens[begin].value.islower():
            return None  # a name typed in lower case counts only when its words agree ("роза ветров" is none)
        # an indeclinable given name leaves the case and gender to the surname ("Хельге Лундом" is Хельге Лунд)
        if agreed is None and indeclinable_given(name.first):  # "министром Али Рашидом": the title's case
            gender = surname_gender(name.last)
            agreed = title_cases(tokens[:begin]) or surname_cases(name.last, gender), gender
        if agreed is None:
            agreed = parallel_endings(name.first, name.last)
        if agreed is None and role_cases(tokens[:begin]):  # "президентом Монголии Ухнаагийн Хурэлсухом"
            agreed = role_cases(tokens[:begin]), None
        cases, gender = agreed or case_and_gender(name.first)
        if mention.family_first and sentence_initial(doc, match, family) and function_word(tokens[family]):
            return None  # "До Пекина ...", "То Лама ...": a sentence's first word is the preposition
        if mention.family_first:
            mention.last = nominative_family(name.last)
            mention.first = given_after_family(name.first, name.last, mention.last)
        else:
            mention.first = nominative_given(name.first, cases, gender)
            mention.last = nominative_last(name.last, cases, gender)
        mention.middle = nominative_middle(name.middle, cases, gender) if name.middle else None
    elif name.first:
        mention.first = nominative_given(name.first)
        mention.middle = nominative_middle(name.middle) if name.middle else None
    else:
        mention.last = nominative_last(name.last, title_cases(tokens[:begin]))
        if name.initials:
            mention.initials = " ".join(f"{letter}." for letter in re.findall(r"[А-ЯЁ]", name.initials))
    if begin > 0 and fact.role:
        attach_role(mention, tokens[:begin], tokens[begin], given=bool(name.first))
    return mention


def nominative_family(word: str) -> str:
    """An East Asian family name as listed ("Чхве", not a case form of "Чхв"); a declined one by its ending."""
    families = data().east_asian_families
    if plain(word) in families:
        return title(word)
    listed = next((family for family in sorted(families) if plain(word) in declensions(family)), None)
    return title(listed) if listed else nominative_surname(word)


def given_after_family(given: str, family: str, nominative: str) -> str:
    """The given part of a family-first name declines at its end as the family name does ("Кима Чен Ира");
    after a family name that stays as it is, the last syllable alone takes the ending ("Ли Цяном")."""
    ending = plain(family)[len(nominative) :] if plain(family).startswith(plain(nominative)) else ""
    *syllables, last = given.split()
    if ending and plain(last).endswith(ending) and len(last) > len(ending) + 1:
        last = last[: -len(ending)]
    elif not ending and plain(nominative) in data().east_asian_families:
        last = east_asian_nominative(last)  # "Ли Цяном": only the last syllable declines
    return " ".join(title(word) for word in [*syllables, last])


def nominative_last(value: str, cases: set[str] | None = None, gender: str | None = None) -> str:
    """A surname with its particles as written ("Ле Пен", "аль-Барадеи"); only the surname itself declines."""
    *particles, surname = value.replace(" ’ ", "’").replace(" ' ", "'").split()
    if particles and surname.lower() in PATRONYMIC_PARTICLES:  # "Тургунбек уулу": the name before it declines
        return f"{nominative_last(' '.join(particles), cases, gender)} {surname.lower()}"
    prefix, dash, rest = surname.rpartition("-") if surname.split("-")[0].islower() else ("", "", surname)
    # a surname of two words joined by a particle declines in both ("Лулы да Силвы" -> "Лула да Силва")
    particles = [leading_part(word, cases, gender) if index == 0 else word for index, word in enumerate(particles)]
    return " ".join([*particles, prefix + dash + nominative_surname(rest, cases, gender)])


def leading_part(word: str, cases: set[str] | None, gender: str | None) -> str:
    """The first word of a surname with an inner particle, a word of its own ("Лула" of "Лула да Силва")."""
    if not word[:1].isupper() or plain(word) in NAME_PARTICLES or "’" in word or "'" in word:
        return word
    return nominative_surname(word, cases, gender)


def token_cases(token: Token) -> set[str]:
    forms = getattr(token, "forms", ())
    if not forms or any("Fixd" in form.grams for form in forms):
        return set(CASES)
    return {case for form in forms for case in CASES if case in form.grams}


def attach_role(mention: NameMention, tokens: list[Token], name: Token, given: bool) -> None:
    """The title before a name, when it is the person's own.

    The title's head noun must agree in case with the name ("помощник Дональда Трампа" is someone
    else's title); a bare genitive surname after a relational title is the other person
    ("спецпредставитель Трампа"), not the title holder.
    """
    roles = data().roles
    cases = case_and_gender(name.value)[0] if given else token_cases(name)
    heads = [index for index, token in enumerate(tokens) if normals(token) & roles and token_cases(token) & cases]
    if not heads:
        return
    head = heads[0]
    while head > 0 and "ADJF" in {gram for form in tokens[head - 1].forms for gram in form.grams.values}:
        head -= 1
    tokens = tokens[head:]
    head_index = role_head(tokens) or 0
    head_word = next(iter(normals(tokens[head_index]) & roles))
    if not given and head_index == len(tokens) - 1 and head_word in RELATIONAL:
        return
    mention.role, _ = normal_role(tokens)
    tail = tokens[head_index + 1 :]
    countries = countries_in(tail or tokens)
    mention.country = countries[0] if countries else None
    mention.office = role_office(head_word, tail)
    mention.title_key = title_key(head_word, set().union(*(normals(token) for token in tail)) if tail else set())


# Linking mentions into persons


def compatible(entity: Entity, mention: NameMention) -> bool:
    if entity.latin != mention.latin:
        return False
    if mention.first and entity.first and plain(mention.first) != plain(entity.first):
        return False
    return plain(mention.last or "") in {plain(s) for s in entity.spellings} or bool(
        {phonetic_key(mention.last or "")} & entity.keys
    )


def new_entity(mention: NameMention) -> Entity:
    known = known_spelling(mention.last or "")
    person = known[0] if known else None
    if person is not None and mention.first and plain(mention.first) not in {plain(w) for w in person.first.split()}:
        person = None  # "Екатерина Трофимовна Лукашенко" is no Alexander: a relative, not the known person
    return Entity(mention.first, mention.middle, mention.last or "", mention.latin, person)


def add(entity: Entity, mention: NameMention) -> None:
    entity.note(mention)
    if mention.last:
        entity.spellings[mention.last] += 2 if mention.first else 1
    entity.first = entity.first or mention.first
    entity.initials = entity.initials or mention.initials
    if mention.last or not entity.last:  # "Людмилы Марковны" of Людмила Гурченко adds no patronymic
        entity.middle = entity.middle or mention.middle


def nearest(entities: Iterable[Entity], offset: int) -> Entity | None:
    """The entity mentioned last before an offset (or first after it)."""
    best: tuple[int, Entity] | None = None
    for entity in entities:
        at = bisect_right(entity.stops, offset)
        distance = offset - entity.stops[at - 1] if at else 10**9 + entity.stops[0]
        if best is None or distance < best[0]:
            best = (distance, entity)
    return best[1] if best else None


def neighbours(doc: Doc, mentions: list[NameMention]) -> list[NameMention]:
    """Two persons side by side read as one name, split by what the article names elsewhere.

    "переговоров с Куртулмушем Матвиенко": a guessed given name that is the surname of another person named
    in full (Нуман Куртулмуш) is that person, the surname after it another one. "с Хельге Лундом Миллер":
    the surname of a person named in full with another given name (Алексей Миллер) is that person, after a
    second word that is no given name. The word left out is linked to its person later."""
    full = [m for m in mentions if m.first and m.last and not m.latin and not m.family_first]
    surnames: dict[str, set[str]] = {}
    for mention in full:
        for form in declensions(mention.last or ""):
            surnames.setdefault(form, set()).add(plain(mention.first or ""))
    result = []
    for mention in mentions:
        drop = None
        if mention in full and mention.match is not None:
            name = mention.match.fact.name
            given = name.first.split()[0]
            others = surnames.get(plain(given), set()) - {plain(mention.first or "")}
            if others and guessed_given(given) and not name.middle:
                drop = "first"
            seconds = (name.middle or "").split()
            owners = surnames.get(plain(name.last.split()[-1]), set()) - {plain(mention.first or "")}
            if owners and seconds and not sure_given(seconds[0]) and not is_patronymic(seconds[0]):
                drop = "last"
        changed = to_mention(doc, mention.match, drop) if drop and mention.match is not None else None
        result.append(changed or mention)
    return result


def link(mentions: list[NameMention]) -> list[Entity]:
    entities: list[Entity] = []
    originals = [m for m in mentions if m.original]
    mentions = [m for m in mentions if not m.original]
    full = [m for m in mentions if m.first and m.last]
    bare = [m for m in mentions if m.last and not m.first]
    given_only = [m for m in mentions if m.first and not m.last]
    for mention in full:
        entity = next((e for e in entities if compatible(e, mention)), None)
        if entity is None:
            entity = new_entity(mention)
            entities.append(entity)
        add(entity, mention)
    for mention in bare:
        surface = plain(mention.surface)
        matching = [e for e in entities if not e.latin and surface in e.forms and same_initial(e, mention)]
        if not matching:
            key = phonetic_key(mention.last or "")
            matching = [e for e in entities if not e.latin and key in e.keys and same_initial(e, mention)]
        entity = nearest(matching, mention.start)
        if entity is None:
            entity = new_entity(mention)
            entities.append(entity)
        add(entity, mention)
    for mention in given_only:
        first = plain(mention.first or "")
        entity = nearest([e for e in entities if not e.latin and plain(e.first or "") == first], mention.start)
        if entity is None:  # "Мишель созвонился" of Шарль Мишель, "Ли сказал" of Ли Цян: a surname too
            entity = nearest([e for e in entities if not e.latin and spelled_as(e, mention.surface)], mention.start)
        if entity is None:
            entity = new_entity(mention)
            entities.append(entity)
        add(entity, mention)
    for mention in originals:  # "(Al Ain)" after a place is no person
        entity = next((e for e in entities if any(spelled_before(m, mention) for m in e.mentions)), None)
        if entity is not None:
            entity.note(mention)
    return entities


def spelled_as(entity: Entity, word: str) -> bool:
    """A form of the person's surname, or a spelling variant of one ("Абе" of Абэ)."""
    return plain(word) in entity.forms or phonetic_key(word) in {phonetic_key(form) for form in entity.forms}


def same_initial(entity: Entity, mention: NameMention) -> bool:
    """ "Н. Кан" may be Наото Кан, not Андрей Кан."""
    if not mention.initials or not entity.first:
        return True
    return plain(entity.first)[:1] == plain(mention.initials)[:1]


def spelled_before(mention: NameMention, original: NameMention) -> bool:
    """The name right before "(" of an original spelling."""
    return mention.sentence == original.sentence and mention.last_token == original.first_token - 1


def link_remaining(doc: Doc, entities: list[Entity], covered: set[tuple[int, int]]) -> None:
    """Capitalized words the grammar left alone that are forms of a surname already named, or spelling
    variants of one ("Шолц" of Олаф Шольц, "Нетаниягу" of Нетаньяху, a typo "Зеленскиий")."""
    table: dict[str, list[Entity]] = {}
    variants: dict[str, list[Entity]] = {}
    for entity in entities:
        if not entity.latin:
            for form in entity.forms:
                table.setdefault(form, []).append(entity)
                if len(form) > 2:
                    variants.setdefault(phonetic_key(form), []).append(entity)
    for sentence in doc.sentences:
        for index, token in enumerate(sentence.tokens):
            if token.type != "RU" or not token.value[:1].isupper() or token.value.isupper():
                continue
            if (sentence.index, index) in covered:
                continue
            pool = table.get(plain(token.value))
            if pool is None and may_be_variant(token):
                pool = variants.get(phonetic_key(token.value))
            entity = likeliest(pool, token.value, token.span.start) if pool else None
            if entity is None or in_city(doc, sentence.index, token.span.start, token.span.stop):
                continue
            entity.note(
                NameMention(
                    token.span.start,
                    token.span.stop,
                    sentence.index,
                    index,
                    index + 1,
                    LINKED_RULE,
                    token.value,
                    last=entity.spelling,
                )
            )


def may_be_variant(token: Token) -> bool:
    """Only a word the dictionary does not know, or knows as a name, may be another spelling of a surname:
    "Шолц", "Абе" (a form of "аба" too), never a common word that happens to sound alike."""
    if len(token.value) < 3 or not shared_morph().is_known(token.value):
        return len(token.value) >= 3
    return any({"Surn", "Name"} & form.grams.values for form in getattr(token, "forms", ()))


def likeliest(pool: list[Entity], value: str, offset: int) -> Entity | None:
    """Of the persons a surname form may belong to, the one spelled so in the nominative ("Иванова" is Ольга
    Иванова before it is Сергей Иванов's genitive), else the one named last before it."""
    if len(pool) == 1:
        return pool[0]
    spelled = [entity for entity in pool if plain(value) in {plain(s) for s in entity.spellings}]
    return nearest(spelled or pool, offset)


def merge_same_names(entities: list[Entity]) -> list[Entity]:
    """Persons that end up with one name are one person: the output lists each name once."""
    merged: dict[str, Entity] = {}
    for entity in entities:
        same = merged.setdefault(plain(entity.name()), entity)
        if same is not entity:
            for mention in entity.mentions:
                same.note(mention)
    return list(merged.values())


# Descriptions


def reference_office(tokens: list[Token]) -> str | None:
    """Which kind of person a description stands for; "коллега" takes whoever the country gives."""
    words = set().union(*(normals(token) for token in tokens))
    if "мид" in {plain(token.value) for token in tokens} or words & MINISTER_OFFICES:
        return "minister"
    return None if "коллега" in words else "leader"


def candidates(entities: list[Entity], country: str | None, office: str | None) -> list[Entity]:
    found = [e for e in entities if (country is None or e.country == country) and e.country]
    return [e for e in found if e.office == office] if office else found


GENERIC_TITLE_CONTEXT = frozenset(
    {"выборы", "пост", "должность", "кресло", "кандидат", "полномочие", "обязанность", "статус", "врио"}
    | {"кандидатура", "назначение", "исполняющий", "звание", "роль"}
)


def resolve_bare_title(doc: Doc, match: GrammarMatch, entities: list[Entity], index: dict[int, int]) -> tuple[int, ...]:
    """A bare title ("губернатор", "глава государства") stands for the one person named before it with a
    title of that kind; two such persons, or a qualified title ("новый губернатор"), resolve to none."""
    tokens = tokens_of(doc, match)
    before = doc.sentences[match.sentence].tokens[match.first - 1] if match.first > 0 else None
    forms = getattr(before, "forms", ())
    if forms and ({"ADJF", "PRTF"} & forms[0].grams and "Apro" not in forms[0].grams):
        return ()  # "новый губернатор", "бывший президент": maybe someone else
    if forms and normals(before) & GENERIC_TITLE_CONTEXT:
        return ()  # "выборы главы региона", "пост президента": the office, not its holder
    heads = normals(tokens[0]) & (TITLE_KEYS.keys() | BODY_KEYS.keys())
    words = set().union(*(normals(token) for token in tokens[1:])) if len(tokens) > 1 else set()
    key = next((title_key(head, words) for head in sorted(heads) if title_key(head, words)), None)
    if key is None:
        return ()
    fitting = [e for e in entities if key in e.title_keys and e.stops and e.mentions[0].start < match.start]
    return (index[id(fitting[0])],) if len(fitting) == 1 else ()


def resolve_reference(doc: Doc, match: GrammarMatch, entities: list[Entity], index: dict[int, int]) -> tuple[int, ...]:
    if match.rule.endswith("BARE_TITLE"):
        return resolve_bare_title(doc, match, entities, index)
    tokens = tokens_of(doc, match)
    office = reference_office(tokens)
    countries = countries_in(tokens)
    if match.rule.endswith("LEADERS_OF_TWO"):
        if len(countries) >= 2:
            picked = [nearest(candidates(entities, country, "leader"), match.start) for country in countries]
        else:
            pool = candidates(entities, None, "leader")
            picked = []
            for _ in range(2):
                choice = nearest([e for e in pool if e not in picked], match.start)
                if choice is not None:
                    picked.append(choice)
        if len(picked) < 2 or any(entity is None for entity in picked):
            return ()
        return tuple(sorted(index[id(entity)] for entity in picked if entity is not None))
    country = countries[0] if countries else None
    pool = candidates(entities, country, office)
    titled = [e for e in candidates(entities, country, None) if reference_key(tokens) in e.title_keys]
    # "российский премьер" after "председатель правительства России Медведев": the one with that title
    entity = nearest(titled or pool, match.start)
    if entity is None or not countries:
        return ()
    return (index[id(entity)],)


def reference_key(tokens: list[Token]) -> str | None:
    """The kind of title a description names ("российский премьер": премьер), if it names one."""
    for position, token in enumerate(tokens):
        words = set().union(*(normals(t) for t in tokens[position + 1 :])) if position + 1 < len(tokens) else set()
        for head in sorted(normals(token) & (TITLE_KEYS.keys() | BODY_KEYS.keys())):
            key = title_key(head, words)
            if key:
                return key
    return None


# The resolver


def resolve_persons(doc: Doc) -> None:
    global DIRECTORIES
    DIRECTORIES = tuple(doc.data_directories)
    matches = doc.matches.get("persons", [])
    mentions = [m for m in (to_mention(doc, x) for x in matches if isinstance(x.fact, PersonMention)) if m]
    mentions = neighbours(doc, mentions)
    mentions.sort(key=lambda mention: mention.start)
    entities = link(mentions)
    covered = {(m.sentence, index) for m in mentions for index in range(m.first_token, m.last_token)}
    link_remaining(doc, entities, covered)
    entities = merge_same_names(entities)
    for entity in entities:
        entity.mentions.sort(key=lambda mention: mention.start)
        entity.settle()
    entities.sort(key=lambda entity: entity.mentions[0].start)
    refs = [entity.ref() for entity in entities]
    doc.entities["persons"] = [
        Person(
            **ref.model_dump(),
            mentions=[Mention(start=m.start, stop=m.stop, text=doc.quote(m.start, m.stop)) for m in entity.mentions],
        )
        for entity, ref in zip(entities, refs, strict=True)
    ]
    doc.found["persons"] = sorted(
        (
            Found("persons", m.start, m.stop, m.sentence, m.first_token, m.last_token, refs[index], m.rule, index)
            for index, entity in enumerate(entities)
            for m in entity.mentions
        ),
        key=lambda found: found.start,
    )
    names = [match for match in matches if isinstance(match.fact, PersonMention)]
    index = {id(entity): number for number, entity in enumerate(entities)}
    refs = [
        Found(
            "person_refs",
            match.start,
            match.stop,
            match.sentence,
            match.first,
            match.last,
            resolve_reference(doc, match, entities, index),
            match.rule,
        )
        for match in matches
        if isinstance(match.fact, PersonReference) and not inside_name(doc, match, names)
    ]
    # a bare title that fits no one is a common noun ("губернатор должен..."), not a person left unnamed
    doc.found["person_refs"] = [found for found in refs if found.value or not found.rule.endswith("BARE_TITLE")]


def inside_name(doc: Doc, match: GrammarMatch, names: list[GrammarMatch]) -> bool:
    """A description that is the title of a named person ("президент России" of "... Владимир Путин")."""
    near = doc.in_sentence(names, match.sentence)
    return any(name.start <= match.start and match.stop <= name.stop for name in near)
