"""The publication date read from the page when there is no ` date` header, and where it came from."""

from __future__ import annotations

import pytest

from vstrecha import Extractor


def read(extractor: Extractor, text: str, published: str | None = None) -> dict:
    return extractor.extract(text, published).to_dict()


def values(document: dict) -> list[tuple[str, str | None]]:
    return [(date["text"], date["start"]) for date in document["dates"]]


@pytest.mark.parametrize(
    ("text", "published", "relative"),
    [
        (
            "Новости | Регионы | Спорт\n\nМэр Томска принял делегацию\n\nОпубликовано: 03.02.2018, 11:20\n\n"
            "Во вторник мэр Томска Иван Кляйн принял делегацию из Новосибирска.",
            "2018-02-03",
            ("Во вторник", "2018-01-30"),
        ),
        (
            "Губернатор провел совещание\n\n14.09.2021 09:05\n\nСегодня губернатор Олег Ветров провел совещание.",
            "2021-09-14",
            ("Сегодня", "2021-09-14"),
        ),
        (
            "Губернатор встретит гостей\n\n2 марта 2015 г., 18:40\n\nЗавтра, 3 марта, губернатор встретит гостей.",
            "2015-03-02",
            ("3 марта", "2015-03-03"),
        ),
        (
            "Мэр открыл школу\n16 июня 2006\nВчера мэр Самары открыл новую школу.",
            "2006-06-16",
            ("Вчера", "2006-06-15"),
        ),
        (
            "Министр посетил завод\n\nВ пятницу министр Павел Орлов посетил завод.\n\n5/6/2017",
            "2017-06-05",
            ("В пятницу", "2017-06-02"),
        ),
        (
            "ТОМСК, 4 апреля 2007 года — Губернатор сегодня провел прием граждан.",
            "2007-04-04",
            ("сегодня", "2007-04-04"),
        ),
        (
            "ОРЕЛ, 9 июля 2008 года. Губернатор во вторник провел прием граждан.",
            "2008-07-09",
            ("во вторник", "2008-07-08"),
        ),
        (
            "Главная | Новости\nСамара | 12 мая 2011 | Общество\n\nВчера мэр Самары открыл новую школу.",
            "2011-05-12",
            ("Вчера", "2011-05-11"),
        ),
        (  # the stamp first, the rubric after a bar
            "14.05.2019, 10:30 | Новости / Город\n\nВчера мэр Самары открыл новую школу.",
            "2019-05-14",
            ("Вчера", "2019-05-13"),
        ),
        (  # a newspaper's issue line, its month cut short
            "Газета «Курьер» | №312 от 14 фев. 2003\n\nВчера мэр Самары открыл новую школу.",
            "2003-02-14",
            ("Вчера", "2003-02-13"),
        ),
    ],
)
def test_a_page_timestamp_or_a_dated_dateline_is_the_publication_date(
    extractor: Extractor, text: str, published: str, relative: tuple[str, str]
) -> None:
    document = read(extractor, text)
    assert (document["published"], document["published_from"]) == (published, "page")
    assert relative in values(document)
    assert any(start == published for _, start in values(document)), "the timestamp stays a date mention"


@pytest.mark.parametrize(
    "text",
    [
        "ОМСК, 23 дек — Сегодня губернатор встретился с мэром.",  # a dateline without a year
        "Визит губернатора\nСоглашение подписано 16 июня 2006 года.\nСегодня губернатор встретился с мэром.",
        "Визит губернатора\nВ 2006 году\nСегодня губернатор встретился с мэром.",  # a year is not a day
        "Итоги | Соглашение подписано 16 июня 2006 года в Самаре | Архив\nСегодня губернатор встретился с мэром.",
    ],
)
def test_a_date_in_running_text_is_not_the_publication_date(extractor: Extractor, text: str) -> None:
    document = read(extractor, text)
    assert (document["published"], document["published_from"]) == (None, None)


def test_the_header_and_the_argument_win_over_the_page(extractor: Extractor) -> None:
    text = " date 2020-01-01\nЗаголовок\n16 июня 2006\nСегодня губернатор встретился с мэром."
    document = read(extractor, text)
    assert (document["published"], document["published_from"]) == ("2020-01-01", "header")
    document = read(extractor, text, "2021-05-05")
    assert (document["published"], document["published_from"]) == ("2021-05-05", "argument")
    assert ("Сегодня", "2021-05-05") in values(document)


def test_a_timestamp_in_the_middle_of_a_long_page_is_not_read(extractor: Extractor) -> None:
    paragraphs = [f"Абзац номер {index} рассказывает о работе мэрии." for index in range(16)]
    paragraphs.insert(9, "16 июня 2006")
    document = read(extractor, "\n".join(paragraphs))
    assert document["published"] is None
