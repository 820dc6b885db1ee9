"""Dates: every shape of issue 3 in several wordings and cases, through the real extractor."""

from __future__ import annotations

import pytest

from vstrecha import Extractor
from vstrecha.models import DateMention

FRIDAY = "2025-08-15"  # a Friday


def dates(extractor: Extractor, text: str, published: str | None = FRIDAY) -> list[DateMention]:
    return extractor.extract(text, published=published).dates


def only(extractor: Extractor, text: str, published: str | None = FRIDAY) -> DateMention:
    found = dates(extractor, text, published)
    assert len(found) == 1, [(date.text, date.start) for date in found]
    return found[0]


def assert_value(date: DateMention, start: str | None, end: str | None = None, mod: str | None = None) -> None:
    assert (date.start, date.end, date.mod) == (start, end or start, mod), date


@pytest.mark.parametrize(
    ("text", "phrase", "start"),
    [
        ("Первая встреча прошла 7 июля 2017 года в Гамбурге.", "7 июля 2017 года", "2017-07-07"),
        ("Договор подписан 7 июля 2017 г. в Гамбурге.", "7 июля 2017 г.", "2017-07-07"),
        ("К 7 июля 2017 года всё было готово.", "К 7 июля 2017 года", "2017-07-07"),
        ("Переговоры шли до 30 сентября 2024 года.", "до 30 сентября 2024 года", "2024-09-30"),
        ("Документ датирован 07.07.2017 и опубликован позже.", "07.07.2017", "2017-07-07"),
        ("Запись от 2017-07-07 сохранилась.", "от 2017-07-07", "2017-07-07"),
        ("Это случилось 1 декабря 2018 года в Буэнос-Айресе.", "1 декабря 2018 года", "2018-12-01"),
        ("МОСКВА, 15 авг - РИА Новости.", "15 авг", "2025-08-15"),
        ("Саммит открылся 3 сент. во Владивостоке.", "3 сент.", "2024-09-03"),
        ("Указ вступил в силу первого января 2020 года.", "первого января 2020 года", "2020-01-01"),
        ("Встреча прошла 22-го мая 2019 года.", "22-го мая 2019 года", "2019-05-22"),
        ("Это случилось двадцать первого июля 2021 года.", "двадцать первого июля 2021 года", "2021-07-21"),
        ("Лидеры встретились 16 августа текущего года.", "16 августа текущего года", "2025-08-16"),
        ("Контакты прервались 24 февраля 2022-го.", "24 февраля 2022-го", "2022-02-24"),
    ],
)
def test_full_dates_in_every_writing(extractor: Extractor, text: str, phrase: str, start: str) -> None:
    date = only(extractor, text)
    assert date.text == phrase
    assert_value(date, start)
    assert date.resolved
    assert text[date.span.start : date.span.stop] == date.text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Саммит АТЭС прошел 10-11 ноября 2017 года в Дананге.", "2017-11-10", "2017-11-11"),
        ("Саммит АТЭС прошел 10–11 ноября 2017 года в Дананге.", "2017-11-10", "2017-11-11"),
        ("Форум прошел с 20 по 22 марта 2023 года.", "2023-03-20", "2023-03-22"),
        ("Выставка работала 20–22.03.2023 в Казани.", "2023-03-20", "2023-03-22"),
        ("Фестиваль прошел с 1 по 3 июля 2007 года.", "2007-07-01", "2007-07-03"),
        ("Учения шли с 30 июня по 2 июля 2025 года.", "2025-06-30", "2025-07-02"),
        ("Каникулы длились с 28 декабря по 8 января 2021 года.", "2020-12-28", "2021-01-08"),
        ("В 2017–2019 годах лидеры встречались шесть раз.", "2017", "2019"),
        ("С 2014 по 2016 год санкции расширялись.", "2014", "2016"),
        ("Бюджет на 2025-2027 годы принят.", "2025", "2027"),
        ("Учения прошли 20.03.2023-22.03.2023 в Казани.", "2023-03-20", "2023-03-22"),
        ("Учения прошли с 01.04.2023 по 05.04.2023 в Казани.", "2023-04-01", "2023-04-05"),
        ("С марта по май 2024 года шли работы.", "2024-03", "2024-05"),
        ("В 1990-х годах отношения были иными.", "1990", "1999"),
        ("В 90-х годах отношения были иными.", "1990", "1999"),
        ("В 2000-е годы отношения были иными.", "2000", "2009"),
        ("В марте-апреле 2025 года шли работы.", "2025-03", "2025-04"),
        ("В июле – августе 2024 года шли работы.", "2024-07", "2024-08"),
        ("В декабре-январе прошлого года было холодно.", "2023-12", "2024-01"),
    ],
)
def test_ranges_give_both_ends(extractor: Extractor, text: str, start: str, end: str) -> None:
    assert_value(only(extractor, text), start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Саммит прошел в ночь с 15 на 16 августа по московскому времени.", "2025-08-15", "2025-08-16"),
        ("Атака произошла в ночь на 23 января.", "2025-01-22", "2025-01-23"),
        ("В ночь с 22-го на 23-е января 2026 года они встретились.", "2026-01-22", "2026-01-23"),
        ("Удар был нанесен в ночь на 1 марта 2024 года.", "2024-02-29", "2024-03-01"),
        ("Переговоры продлятся в ночь на субботу.", "2025-08-15", "2025-08-16"),
        ("Переговоры затянулись в ночь на субботу.", "2025-08-08", "2025-08-09"),
    ],
)
def test_nights_fill_both_ends(extractor: Extractor, text: str, start: str, end: str) -> None:
    assert_value(only(extractor, text), start, end)


def test_night_is_one_expression_covering_its_words(extractor: Extractor) -> None:
    text = "Саммит прошел в ночь с 15 на 16 августа."
    date = only(extractor, text)
    assert date.text == "в ночь с 15 на 16 августа"


@pytest.mark.parametrize(
    ("text", "start", "end", "mod"),
    [
        ("Шестой визит состоялся в начале декабря.", "2024-12", None, "start"),
        ("Визит состоялся в середине марта.", "2025-03", None, "mid"),
        ("Разговор состоялся в конце декабря 2025 года.", "2025-12", None, "end"),
        ("Соглашение подписали в конце 2019 года.", "2019", None, "end"),
        ("С начала прошлого года Путин семь раз принимал делегацию.", "2024", None, "start"),
        ("Он приедет к концу года.", "2025", None, "end"),
        ("Он вернулся в первых числах августа.", "2025-08", None, "start"),
        ("Рост замедлился в первой половине года.", "2025-01", "2025-06", None),
        ("Во второй половине 2024 года рост ускорился.", "2024-07", "2024-12", None),
        ("В первом квартале 2025 года рост замедлился.", "2025-01", "2025-03", None),
        ("Весной 2021 года он уехал.", "2021-03", "2021-05", None),
        ("Летом 2019 года он отдыхал.", "2019-06", "2019-08", None),
        ("Осенью прошлого года начались консультации.", "2024-09", "2024-11", None),
        ("Зимой 2022 года всё изменилось.", "2021-12", "2022-02", None),
        ("В конце лета 2024 года всё изменилось.", "2024-06", "2024-08", "end"),
        ("В первой декаде сентября пройдет форум.", "2025-09", None, "start"),
        ("В начале 2000-х годов отношения были лучше.", "2000", "2009", "start"),
        ("В 1 квартале выручка выросла.", "2025-01", "2025-03", None),
        ("Во втором полугодии выручка выросла.", "2025-07", "2025-12", None),
        ("В первом полугодии 2024 года выручка выросла.", "2024-01", "2024-06", None),
    ],
)
def test_parts_of_periods(extractor: Extractor, text: str, start: str, end: str | None, mod: str | None) -> None:
    assert_value(only(extractor, text), start, end, mod)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Вчера Кремль анонсировал подготовку.", "2025-08-14", None),
        ("Сегодня лидеры проведут переговоры.", "2025-08-15", None),
        ("Завтра Путин проведет совещание.", "2025-08-16", None),
        ("Позавчера министры созвонились.", "2025-08-13", None),
        ("Накануне Кремль сообщил о встрече.", "2025-08-14", None),
        ("Министры созвонились накануне и договорились о встрече.", "2025-08-14", None),
        ("Вчера вечером президенты поговорили по телефону.", "2025-08-14", None),
        ("В прошлый вторник они созвонились.", "2025-08-12", None),
        ("В минувшую пятницу они созвонились.", "2025-08-08", None),
        ("В эту среду они созвонились.", "2025-08-13", None),
        ("В следующую среду пройдет заседание.", "2025-08-20", None),
        ("На прошлой неделе он улетел в Пекин.", "2025-08-04", "2025-08-10"),
        ("На этой неделе министры встретятся.", "2025-08-11", "2025-08-17"),
        ("В следующем месяце пройдет саммит.", "2025-09", None),
        ("В прошлом месяце делегация посетила Москву.", "2025-07", None),
        ("Две недели назад он был в Москве.", "2025-08-01", None),
        ("Три дня назад он был в Москве.", "2025-08-12", None),
        ("Год назад стороны не общались.", "2024", None),
        ("В прошлом году они не встречались.", "2024", None),
        ("В этом году они созванивались шесть раз.", "2025", None),
        ("В позапрошлом году они встречались.", "2023", None),
        ("В следующем году саммит пройдет в Китае.", "2026", None),
        ("Через неделю он уедет.", "2025-08-22", None),
        ("В выходные президент отдыхал.", "2025-08-09", "2025-08-10"),
        ("В ближайшие выходные пройдут выборы.", "2025-08-16", "2025-08-17"),
        ("В ноябре прошлого года они встретились.", "2024-11", None),
        ("15 ноября прошлого года они встретились.", "2024-11-15", None),
    ],
)
def test_relative_to_publication(extractor: Extractor, text: str, start: str, end: str | None) -> None:
    date = only(extractor, text)
    assert_value(date, start, end)
    assert date.resolved


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Путин и Трамп встретятся в пятницу в Анкоридже.", "2025-08-15"),  # future, published on a Friday
        ("Путин и Трамп встретились в пятницу в Анкоридже.", "2025-08-15"),
        ("Министры встретились в среду.", "2025-08-13"),
        ("Министры встретятся в среду.", "2025-08-20"),
        ("Министры созвонились в субботу.", "2025-08-09"),
        ("Министры созвонятся в субботу.", "2025-08-16"),
        ("Лидеры могут встретиться во вторник.", "2025-08-19"),
        ("Об этом сообщили в ближайшую среду.", "2025-08-20"),  # "ближайший" looks ahead whatever the verb
    ],
)
def test_weekday_follows_the_verb_tense(extractor: Extractor, text: str, start: str) -> None:
    assert_value(only(extractor, text), start)


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("Он прилетел 16 августа.", "2025-08-15", "2024-08-16"),
        ("Он прилетит 16 августа.", "2025-08-15", "2025-08-16"),
        ("Он прилетел 14 августа.", "2025-08-15", "2025-08-14"),
        ("Встреча состоится 10 января.", "2025-12-20", "2026-01-10"),
        ("Встреча состоялась 20 декабря.", "2026-01-10", "2025-12-20"),
        ("Путин приглашал Трампа в феврале.", "2026-01-25", "2025-02"),
        ("Трамп приедет в феврале.", "2026-01-25", "2026-02"),
        ("Пятый визит прошел 6 августа.", "2026-01-25", "2025-08-06"),
    ],
)
def test_year_less_dates_take_the_year_of_the_tense(
    extractor: Extractor, text: str, published: str, start: str
) -> None:
    date = only(extractor, text, published)
    assert_value(date, start)
    assert date.resolved


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("В 2018 году они встречались 16 июля в Хельсинки.", "2018-07-16"),
        ("10 ноября 2017 года лидеры побеседовали на ногах, а 11 ноября подписали заявление.", "2017-11-11"),
    ],
)
def test_a_year_stated_earlier_in_the_sentence_wins_over_publication(
    extractor: Extractor, text: str, start: str
) -> None:
    assert dates(extractor, text)[-1].start == start


def test_year_is_inherited_from_an_earlier_full_date_without_publication(extractor: Extractor) -> None:
    text = (
        "В августе лидеры встречались в Анкоридже. 16 октября 2025 года Трамп провел телефонный разговор. "
        "После разговора 16 октября Трамп отказался от поставок. В том же месяце начались консультации."
    )
    found = dates(extractor, text, published=None)
    assert [(date.text, date.start, date.resolved) for date in found] == [
        ("В августе", "--08", False),
        ("16 октября 2025 года", "2025-10-16", True),
        ("16 октября", "2025-10-16", True),
        ("В том же месяце", "2025-10", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ожидавшаяся на этой неделе встреча отложена.",
        "Вчера Кремль анонсировал начало подготовки.",
        "В этом году они договорились о второй встрече.",
        "На прошлой неделе министры созвонились.",
        "В пятницу лидеры созвонились.",
        "Две недели назад лидеры созвонились.",
        "В ноябре прошлого года лидеры созвонились.",
    ],
)
def test_deictic_dates_without_publication_stay_unresolved(extractor: Extractor, text: str) -> None:
    date = only(extractor, text, published=None)
    assert (date.start, date.end, date.resolved) == (None, None, False)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Встреча может состояться 23 октября.", "--10-23"),
        ("Визит прошел 6-го августа.", "--08-06"),
        ("Переговоры прошли в начале декабря.", "--12"),
    ],
)
def test_year_less_dates_without_any_year_are_unresolved(extractor: Extractor, text: str, start: str) -> None:
    date = only(extractor, text, published=None)
    assert (date.start, date.end, date.resolved) == (start, start, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # moved in the past tense, to days near the publication date (2025-08-15): the coming ones
        ("Саммит перенесли с 20 на 27 августа.", [("с 20", "2025-08-20"), ("27 августа", "2025-08-27")]),
        ("Встречу перенесут с 3-го на 10-е сентября.", [("с 3-го", "2025-09-03"), ("10-е сентября", "2025-09-10")]),
        ("Лидеры встречались 7 и 8 июля 2017 года.", [("7", "2017-07-07"), ("8 июля 2017 года", "2017-07-08")]),
        ("Консультации пройдут 2 и 9 сентября.", [("2", "2025-09-02"), ("9 сентября", "2025-09-09")]),
        ("Они встречались в 2017 и 2019 годах.", [("в 2017", "2017"), ("2019 годах", "2019")]),
        ("Обстрел шел с 22 на 23 июля 2024 года.", [("с 22 на 23 июля 2024 года", "2024-07-22")]),
    ],
)
def test_pairs_and_moved_dates_are_two_dates_but_an_overnight_span_is_one(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(date.text, date.start) for date in dates(extractor, text)] == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("В прошлый четверг министры провели переговоры. На следующий день последовали еще три встречи.", "2025-08-15"),
        ("Переговоры прошли 30 июня 2024 года, а на другой день министр улетел.", "2024-07-01"),
        ("Саммит открылся 16 октября 2025 года. Днем ранее министры провели консультации.", "2025-10-15"),
    ],
)
def test_next_day_counts_from_the_previous_date(extractor: Extractor, text: str, start: str) -> None:
    assert dates(extractor, text)[-1].start == start


def test_same_day_follows_the_previous_date(extractor: Extractor) -> None:
    text = "11 ноября 2018 года лидеры встретились в Париже. Вечером того же дня они поужинали."
    found = dates(extractor, text)
    assert [(date.text, date.start) for date in found] == [
        ("11 ноября 2018 года", "2018-11-11"),
        ("Вечером того же дня", "2018-11-11"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Лидеры собрались на саммите G20 в Осаке.",
        "Они поговорили по телефону 24 раза.",
        "Путин подарил Трампу мяч ЧМ-2018.",
        "Самолет Ту-154 разбился у Сочи.",
        "Встреча продлилась 2 часа 15 минут.",
        "Монета стоила 100 долларов.",
        "Начало встречи в 19:00.",
        "Звоните по телефону +7 (495) 123-45-67.",
        "Совбез ООН принял резолюцию 2254.",
        "Торжества по случаю 100-летия окончания войны.",
        "Городу более 2000 лет.",
        "Ожидается, что саммит состоится в ближайшие недели.",
        "Несколько лет назад он был там.",
        "Накануне саммита президент отменил встречу.",
        "Накануне своего визита министр дал интервью.",
        "Через неделю после встречи он уехал.",
        "Об этом сообщило МИА «Россия сегодня».",
        "Арабская весна изменила регион.",
        "Вторая половина дня была посвящена переговорам.",
        "Курс доллара составил 97.50 рубля.",
        "Счет матча 2:1 в пользу хозяев.",
        "Он получил 5 лет заключения.",
        "Самолет Ил-96 приземлился в 23:40.",
        "В номере 2018 проживал посол.",
        "Каждый год лидеры встречаются.",
        "За последние 10 лет товарооборот вырос.",
        "Третий визит прошел позже, пятый — тоже.",
    ],
)
def test_not_dates(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("Встреча состоится 16 августа в 19:00 по московскому времени.", "19:00"),
        ("Сегодня в 15:30 начнется заседание.", "15:30"),
        ("В пятницу в 10.00 откроется форум.", "10:00"),
    ],
)
def test_time_of_day_is_kept_with_its_date(extractor: Extractor, text: str, time: str) -> None:
    assert only(extractor, text).time == time


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("На этой неделе, в среду, министры созвонятся.", "2025-08-13"),
        ("На следующей неделе, в четверг, министры созвонятся.", "2025-08-21"),
        ("На прошлой неделе, во вторник, министры созвонились.", "2025-08-05"),
    ],
)
def test_weekday_falls_in_the_week_named_before_it(extractor: Extractor, text: str, weekday: str) -> None:
    assert dates(extractor, text)[-1].start == weekday


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("В четверг, 21 августа, он выступит.", "2025-08-21"),
        ("В среду, 21 августа, он выступил.", "2024-08-21"),  # 21 August was a Wednesday in 2024
    ],
)
def test_weekday_chooses_the_year_of_a_stated_date(extractor: Extractor, text: str, start: str) -> None:
    assert_value(only(extractor, text), start)


def test_approximate_dates_are_marked(extractor: Extractor) -> None:
    date = only(extractor, "Визит ожидается около 20 сентября 2025 года.")
    assert_value(date, "2025-09-20", mod="approx")


def test_found_values_are_sorted_and_carry_their_rule(extractor: Extractor) -> None:
    text = "В 2016 году и 7 июля 2017 года, а также вчера и в этом году."
    doc = extractor.analyze(text, published=FRIDAY)
    found = doc.found["dates"]
    assert [item.start for item in found] == sorted(item.start for item in found)
    assert [text[item.start : item.stop] for item in found] == [
        "В 2016 году",
        "7 июля 2017 года",
        "вчера",
        "в этом году",
    ]
    assert all(item.rule.startswith("dates:") for item in found)
    assert all(item.kind == "dates" and item.value.text == text[item.start : item.stop] for item in found)


@pytest.mark.parametrize(
    ("text", "phrase", "start"),
    [
        ("Соглашение о дружбе городов заключено 14.08.97 в Иркутске.", "14.08.97", "1997-08-14"),
        ("Приказ вышел 01.03.21 и действует поныне.", "01.03.21", "2021-03-01"),
        ("Протокол от 9/4/2016 подписали оба мэра.", "от 9/4/2016", "2016-04-09"),
        ("Протокол от 4/19/2016 подписали оба мэра.", "от 4/19/2016", "2016-04-19"),
    ],
)
def test_two_digit_years_and_slashed_dates(extractor: Extractor, text: str, phrase: str, start: str) -> None:
    date = only(extractor, text, published=None)
    assert (date.text, date.start, date.resolved) == (phrase, start, True)


@pytest.mark.parametrize("text", ["См. пункт 1.2.10 регламента.", "Счет матча 2:1, версия 3.4.5 программы."])
def test_section_numbers_are_not_dotted_dates(extractor: Extractor, text: str) -> None:
    assert dates(extractor, text, published=None) == []


def test_year_less_dates_take_the_year_of_the_latest_full_date_across_paragraphs(extractor: Extractor) -> None:
    text = (
        "В марте 2016 года мэр Тулы открыл новый цех.\n\n"
        "Три года спустя, в 2013 году, о заводе вспоминали редко.\n\n"
        "14 октября мэр вернулся на завод вместе с министром."
    )
    found = dates(extractor, text, published=None)
    assert (found[-1].text, found[-1].start, found[-1].resolved) == ("14 октября", "2016-10-14", True)
    only_year = dates(extractor, "В 2014 году завод перестроили. 9 декабря его открыли.", published=None)
    assert only_year[-1].start == "2014-12-09", "without a full date a bare year still gives the year"
    published = dates(extractor, "В марте 2016 года завод открыли. 14 октября мэр приехал туда.", "2025-11-02")
    assert published[-1].start == "2025-10-14", "the publication date wins over the article's years"


@pytest.mark.parametrize(
    ("text", "phrase", "start", "mod"),
    [
        (
            "Меморандум подписали 9 апреля 2021 года. В июле того же года министры встретились.",
            "В июле того же года",
            "2021-07",
            None,
        ),
        (
            "Меморандум подписали 9 апреля 2021 года. 2 июля того же года министры встретились.",
            "2 июля того же года",
            "2021-07-02",
            None,
        ),
        (
            "Форум открылся 3 ноября 2012 года. 17-го того же месяца лидеры встретились.",
            "17-го того же месяца",
            "2012-11-17",
            None,
        ),
        (
            "Форум открылся 3 ноября 2012 года. 25 числа того же месяца лидеры встретились.",
            "25 числа того же месяца",
            "2012-11-25",
            None,
        ),
        ("Проект одобрили в мае 2009 года, а в конце того же года закрыли.", "в конце того же года", "2009", "end"),
    ],
)
def test_the_same_year_or_month_keeps_what_the_previous_date_gave(
    extractor: Extractor, text: str, phrase: str, start: str, mod: str | None
) -> None:
    date = dates(extractor, text, published=None)[-1]
    assert (date.text, date.start, date.end, date.mod) == (phrase, start, start, mod)


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "mod"),
    [
        ("В начале осени 2013 года губернатор посетил Тверь.", None, "2013-09", "2013-11", "start"),
        ("Поздней весной 2011 года министры встретились.", None, "2011-03", "2011-05", "end"),
        ("Ранней осенью 2019 года делегации обменялись визитами.", None, "2019-09", "2019-11", "start"),
        ("В конце зимы 2015 года прошел форум.", None, "2014-12", "2015-02", "end"),
        ("В 2017 году завод достроили. Поздней весной его открыли.", None, "2017-03", "2017-05", "end"),
        ("Поздней весной губернатор побывал в Твери.", "2022-10-04", "2022-03", "2022-05", "end"),
    ],
)
def test_parts_of_seasons_with_a_known_year(
    extractor: Extractor, text: str, published: str | None, start: str, end: str, mod: str
) -> None:
    date = dates(extractor, text, published)[-1]
    assert (date.start, date.end, date.mod) == (start, end, mod)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Встреча губернаторов должна была состояться 4 июня, но ее перенесли.", "2024-06-04"),
        ("Мэр должен был открыть мост 2 июня, однако церемонию отложили.", "2024-06-02"),
        ("Переговоры были назначены на 3 июня.", "2024-06-03"),
        ("Визит, намеченный на 1 июня, не состоялся.", "2024-06-01"),
        ("Консультации перенесены на 6 июня.", "2024-06-06"),
        ("Подписание планировалось провести 5 июня.", "2024-06-05"),
        ("Министры встретились 4 июня.", "2023-06-04"),  # a held meeting stays in the past
    ],
)
def test_a_scheduled_date_is_the_nearest_one_whatever_the_tense(extractor: Extractor, text: str, start: str) -> None:
    assert dates(extractor, text, "2024-05-28")[-1].start == start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Совещание, назначенное на 14 марта, перенесено на 21-е.",
            [("на 14 марта", "2023-03-14"), ("на 21-е", "2023-03-21")],
        ),
        ("Ремонт начали 2 марта 2023 года и обещали закончить к 25-му числу.", [("к 25-му числу", "2023-03-25")]),
    ],
)
def test_a_bare_day_belongs_to_the_month_just_named(
    extractor: Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(date.text, date.start) for date in dates(extractor, text, "2023-03-10")]
    assert found[-len(expected) :] == expected


@pytest.mark.parametrize(
    "text",
    [
        "3 марта 2023 года команда поднялась на 12-е место в таблице.",
        "С 3 марта 2023 года музей готовится к 40-му юбилею.",
    ],
)
def test_an_ordinal_before_a_noun_is_not_a_day(extractor: Extractor, text: str) -> None:
    assert [date.text for date in dates(extractor, text, "2023-03-10")] == [
        date.text for date in dates(extractor, text, "2023-03-10") if "март" in date.text
    ]


def test_the_same_day_is_the_storys_day_not_a_month_named_in_passing(extractor):
    text = (
        "В среду Мишустин принял гостя. Он напомнил, что уже встречался с ним в ноябре 2018 года. "
        "В тот же день гость посетил Казань."
    )
    document = extractor.extract(text, published="2019-12-12")
    same = next(d for d in document.dates if d.text == "В тот же день")
    assert (same.start, same.end) == ("2019-12-11", "2019-12-11")


def test_a_weekday_something_is_set_for(extractor: Extractor) -> None:
    document = extractor.extract("Встреча, назначенная на пятницу, пока не отменена.", published="2013-08-07")
    assert [(d.text, d.start) for d in document.dates] == [("на пятницу", "2013-08-09")]


def test_today_is_the_datelines_day_when_nothing_else_dates_the_text(extractor: Extractor) -> None:
    document = extractor.extract("КИЕВ, 14 апр — Сегодня премьер провел совещание. Вчера он был в Харькове.")
    assert [(d.text, d.start) for d in document.dates] == [
        ("14 апр", "--04-14"),
        ("Сегодня", "--04-14"),
        ("Вчера", "--04-13"),
    ]


def test_a_day_to_come_after_an_invitation_is_ahead(extractor):
    doc = extractor.extract("Губернатор пригласил министра приехать в регион 20 августа.", published="2021-06-12")
    assert [(d.start, d.end) for d in doc.dates] == [("2021-08-20", "2021-08-20")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("На вечер вторника назначена встреча министров.", "2011-01-25"),
        ("Утром среды делегация прилетела в Берн.", "2011-01-19"),
    ],
)
def test_a_part_of_a_weekday_is_that_day(extractor, text, start):
    doc = extractor.extract(text, published="2011-01-25")
    assert [d.start for d in doc.dates] == [start]
