"""Meeting events from sentences written for these tests: every attribute checked, not just the names."""

from __future__ import annotations

import pytest


def events(extractor, text: str, published: str | None = "2025-10-20"):
    return extractor.extract(text, published=published).events


def sides(event) -> set[str]:
    return {person.last for person in event.participants}


@pytest.mark.parametrize(
    "text",
    [
        "Владимир Путин и Дональд Трамп встретились 16 июля 2018 года в Хельсинки.",
        "16 июля 2018 года в Хельсинки состоялась встреча Владимира Путина и Дональда Трампа.",
        "Президент России Владимир Путин провел переговоры с Дональдом Трампом в Хельсинки 16 июля 2018 года.",
        "Встреча между Владимиром Путиным и Дональдом Трампом прошла в Хельсинки 16 июля 2018 года.",
    ],
)
def test_held_meeting_in_other_words(extractor, text):
    (event,) = events(extractor, text)
    assert event.status == "held"
    assert event.format == "in_person"
    assert sides(event) == {"Путин", "Трамп"}
    assert (event.date.start, event.date.end) == ("2018-07-16", "2018-07-16")
    assert event.city.name == "Хельсинки"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Сергей Лавров и Марко Рубио встретятся в Будапеште.", "planned"),
        ("Запланирована встреча Сергея Лаврова и Марко Рубио в Будапеште.", "planned"),
        ("Встреча Сергея Лаврова и Марко Рубио в Будапеште отложена.", "postponed"),
        ("Встречу Сергея Лаврова и Марко Рубио в Будапеште перенесли.", "postponed"),
        ("Марко Рубио отменил встречу с Сергеем Лавровым в Будапеште.", "cancelled"),
        ("Встреча Сергея Лаврова и Марко Рубио в Будапеште не состоялась.", "cancelled"),
        ("Сергей Лавров предложил Марко Рубио встретиться в Будапеште.", "proposed"),
    ],
)
def test_status(extractor, text, status):
    (event,) = events(extractor, text)
    assert event.status == status
    assert sides(event) == {"Лавров", "Рубио"}
    assert event.city.name == "Будапешт"


@pytest.mark.parametrize(
    "text",
    [
        "Сергей Лавров и Марко Рубио поговорили по телефону 16 октября.",
        "16 октября Сергей Лавров провел телефонный разговор с Марко Рубио.",
        "Сергей Лавров и Марко Рубио созвонились 16 октября.",
    ],
)
def test_phone_call(extractor, text):
    (event,) = events(extractor, text)
    assert event.format == "phone"
    assert event.status == "held"
    assert sides(event) == {"Лавров", "Рубио"}
    assert event.date.start == "2025-10-16"


@pytest.mark.parametrize(
    "text",
    [
        "Дональд Трамп не исключил встречи с Владимиром Путиным.",
        "Надежды на встречу Дональда Трампа с Владимиром Путиным угасают.",
        "Владимир Путин и Дональд Трамп 24 раза поговорили по телефону.",
        "Дональд Трамп неоднократно встречался с Владимиром Путиным.",
    ],
)
def test_no_event_for_negated_hypothetical_or_counted_meetings(extractor, text):
    assert events(extractor, text) == []


def test_durations_planned_and_actual_and_others(extractor):
    text = (
        "Первая встреча Владимира Путина и Дональда Трампа состоялась 7 июля 2017 года в Гамбурге на полях "
        "саммита «Группы двадцати». На встрече также присутствовали Сергей Лавров и Рекс Тиллерсон. "
        "Вместо запланированных 30 минут беседа длилась более двух часов."
    )
    (event,) = events(extractor, text)
    assert sides(event) == {"Путин", "Трамп"}
    assert {person.last for person in event.others} == {"Лавров", "Тиллерсон"}
    assert event.occasion.name == "G20"
    assert (event.planned_duration.min, event.planned_duration.max) == (30, 30)
    assert (event.duration.min, event.duration.max) == (120, None)
    assert event.city.name == "Гамбург"
    assert event.date.start == "2017-07-07"
    assert len(event.evidence) == 3


def test_later_sentences_continue_the_same_event(extractor):
    text = (
        "Владимир Путин и Дональд Трамп встретились 28 июня 2019 года в Осаке. "
        "Беседа продолжалась почти полтора часа. Трамп назвал встречу хорошей."
    )
    (event,) = events(extractor, text)
    assert event.duration.max == 90
    assert event.city.name == "Осака"


def test_enumerated_visits_are_separate_events(extractor):
    text = (
        "Путин несколько раз принимал Стива Уиткоффа в Москве. "
        "Второй визит состоялся 13 марта, третий — 11 апреля, четвертый — 25 апреля."
    )
    found = events(extractor, text, published="2025-12-01")
    assert [(e.date.start, e.ordinal) for e in found] == [("2025-03-13", 2), ("2025-04-11", 3), ("2025-04-25", 4)]
    for event in found:
        assert sides(event) == {"Путин", "Уиткофф"}
        assert event.city.name == "Москва"
        assert event.status == "held"


def test_group_words_take_the_sides_named_before(extractor):
    text = (
        "Владимир Путин и Дональд Трамп встретились 16 июля 2018 года в Хельсинки. "
        "11 ноября 2018 года президенты кратко побеседовали в Париже."
    )
    found = events(extractor, text)
    assert len(found) == 2
    assert sides(found[1]) == {"Путин", "Трамп"}
    assert found[1].city.name == "Париж"
    assert found[1].date.start == "2018-11-11"


def test_video_call(extractor):
    (event,) = events(extractor, "Владимир Путин и Си Цзиньпин провели переговоры по видеосвязи 30 декабря 2024 года.")
    assert event.format == "video"
    assert event.date.start == "2024-12-30"


@pytest.mark.parametrize(
    "text",
    [
        "Сергей Лавров на встрече с журналистами прокомментировал слова Наото Кана.",
        "Владимир Путин провел встречу со студентами, после чего уехал к Александру Лукашенко.",
    ],
)
def test_meetings_with_a_crowd_are_not_meetings_with_someone_named_nearby(extractor, text):
    assert events(extractor, text) == []


def test_present_tense_meeting_is_reported(extractor):
    (event,) = events(extractor, "Владимир Путин и Дональд Трамп сегодня встречаются в Хельсинки.")
    assert event.status == "held"
    assert event.city.name == "Хельсинки"


def test_several_guests_make_one_meeting_each(extractor):
    text = (
        "16 июля 2025 года Владимир Путин провел в Тяньцзине переговоры "
        "с Си Цзиньпином, Нарендрой Моди и Реджепом Эрдоганом."
    )
    found = events(extractor, text)
    names = sorted(sorted(p.name for p in e.participants) for e in found)
    assert names == [
        ["Владимир Путин", "Нарендра Моди"],
        ["Владимир Путин", "Реджеп Эрдоган"],
        ["Владимир Путин", "Си Цзиньпин"],
    ]
    assert {e.city.name for e in found} == {"Тяньцзинь"}


def test_listed_meetings_follow_the_protagonist_and_the_place(extractor):
    text = (
        "Сергей Лавров провел в Куала-Лумпуре переговоры с Марко Рубио 10 июля. "
        "На следующий день последовали еще две встречи: первая — с Хаканом Фиданом, вторая — с Мохамадом Хасаном."
    )
    found = events(extractor, text, published="2025-07-14")
    assert [(sorted(sides(e)), e.date.start, e.city.name) for e in found] == [
        (["Лавров", "Рубио"], "2025-07-10", "Куала-Лумпур"),
        (["Лавров", "Фидан"], "2025-07-11", "Куала-Лумпур"),
        (["Лавров", "Хасан"], "2025-07-11", "Куала-Лумпур"),
    ]


def test_an_arrival_is_part_of_the_visit(extractor):
    text = (
        "В среду Владимир Путин принимал в Кремле Реджепа Эрдогана. "
        "Турецкий лидер прилетел в Москву во вторник вечером."
    )
    (event,) = events(extractor, text, published="2026-03-12")
    assert event.date.start == "2026-03-11"
    assert event.venue.name == "Кремль" and event.city.name == "Москва"


@pytest.mark.parametrize(
    "text",
    [
        "Джон Керри, посетивший Исламабад после гибели Усамы бин Ладена, выступил с речью.",
        "Эмманюэль Макрон прилетел в Пекин, где выступил в университете, как год назад Олаф Шольц.",
    ],
)
def test_a_visit_to_a_place_is_not_a_meeting_with_someone_named_nearby(extractor, text):
    assert events(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        (
            "Путин и Трамп побеседовали 11 ноября 2018 года в Париже на мероприятиях, посвященных 100-летию "
            "окончания Первой мировой войны.",
            "столетие окончания Первой мировой войны",
        ),
        (
            "Лавров и Рубио встретились 9 мая 2025 года в Москве на торжествах по случаю 80-летия Победы.",
            "80-летие Победы",
        ),
    ],
)
def test_a_commemoration_is_the_occasion(extractor, text, occasion):
    (event,) = events(extractor, text)
    assert event.occasion.name == occasion


def test_meetings_of_one_day_in_one_city_share_the_summit(extractor):
    text = (
        "1 сентября в Тяньцзине Владимир Путин провел переговоры с Си Цзиньпином на полях саммита ШОС. "
        "В тот же день в Тяньцзине Путин встретился с Нарендрой Моди."
    )
    found = events(extractor, text, published="2025-09-02")
    assert [e.occasion.name for e in found] == ["ШОС", "ШОС"]


def test_the_place_agreed_in_the_next_sentence(extractor):
    text = (
        "Владимир Путин и Дональд Трамп договорились провести вторую личную встречу. "
        "Ее дата пока неизвестна, но было согласовано место — Будапешт."
    )
    (event,) = events(extractor, text)
    assert event.status == "planned"
    assert event.city.name == "Будапешт"


def test_a_venue_named_in_quotes_after_its_kind(extractor):
    text = "Владимир Путин и Александр Лукашенко встретились 9 марта 2026 года в резиденции «Бочаров Ручей»."
    (event,) = events(extractor, text)
    assert event.venue.name == "Бочаров Ручей"
    assert event.city.name == "Сочи"
