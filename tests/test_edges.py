"""Texts at the edges: numbers too long to be amounts, calendars ending, ranges written backwards.

Each case here once ended a run with an exception or reported a value out of its documented shape.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date, datetime

import pytest

from vstrecha import Extractor
from vstrecha.models import DateValue, Document

ISO = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$")
RELATIVE = (
    "вчера",
    "завтра",
    "через неделю",
    "в пятницу",
    "на прошлых выходных",
    "на этой неделе",
    "накануне",
    "в следующем месяце",
    "в прошлом году",
    "через год",
    "в ночь на 1 января",
    "16 августа",
    "зимой",
    "в декабре прошлого года",
    "29 февраля",
    "с 28 декабря по 8 января",
)
EDGES = (date(1, 1, 1), date(1, 1, 3), date(9999, 12, 31), date(9999, 12, 29))


def _parts(stamp: str) -> tuple[int, int, int]:
    """(year, month, day) with what is unknown as 0; a range's end is compared with the same precision."""
    numbers = [int(part) for part in stamp.lstrip("-").split("-")]
    if stamp.startswith("--"):
        numbers = [0, *numbers]
    return (*numbers, 0, 0)[:3]  # type: ignore[return-value]


def assert_in_shape(value: DateValue) -> None:
    for stamp in (value.start, value.end):
        assert stamp is None or ISO.match(stamp), stamp
        assert stamp is None or stamp.startswith("--") or 1 <= int(stamp[:4]) <= 9999, stamp
    if value.start and value.end:
        start, end = _parts(value.start), _parts(value.end)
        width = min(len(value.start.split("-")), len(value.end.split("-")))
        if value.start.startswith("--") == value.end.startswith("--"):
            assert start[: max(width, 1)] <= end[: max(width, 1)], (value.text, value.start, value.end)
    if value.resolved:
        assert value.start and value.end and not value.start.startswith("--")


def assert_document_in_shape(document: Document) -> None:
    for mention in document.dates:
        assert_in_shape(mention)
    for event in document.events:
        if event.date is not None:
            assert_in_shape(event.date)
    for duration in [*document.durations, *(e.duration for e in document.events if e.duration)]:
        for minutes in (duration.min, duration.max):
            assert minutes is None or (type(minutes) is int and 0 <= minutes <= 100 * 525600)
        if duration.min is not None and duration.max is not None:
            assert duration.min <= duration.max


@pytest.mark.parametrize("digits", [4301, 5000, 101, 100])
def test_a_digit_run_of_any_length_is_no_crash(extractor: Extractor, digits: int) -> None:
    document = extractor.extract("Встреча " + "1" * digits + " декабря длилась " + "2" * digits + " минут.")
    assert document.durations == [] and all("1" * 50 not in d.text for d in document.dates)


def test_a_duration_beyond_a_float_is_not_reported(extractor: Extractor) -> None:
    assert extractor.extract("9" * 309 + " минут").durations == []
    assert extractor.extract("Переговоры длились " + "9" * 99 + " часов.").durations == []


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Переговоры длились 99 лет.", 99 * 525600),
        ("Переговоры длились 4999999 минут.", 4999999),
        ("Переговоры длились 3,5 часа.", 210),
        ("Переговоры длились от двух часов до 30 минут.", None),
    ],
)
def test_durations_are_exact_integers(extractor: Extractor, text: str, minutes: int | None) -> None:
    (duration,) = extractor.extract(text).durations
    if minutes is not None:
        assert duration.min == duration.max == minutes
    else:
        assert (duration.min, duration.max) == (30, 120), "a range written backwards is the interval between its ends"
    assert type(duration.min) is int and type(duration.max) is int


@pytest.mark.parametrize("text", ["Переговоры длились 101 год.", "Переговоры длились 9007199254740993 минуты."])
def test_a_duration_over_a_hundred_years_is_not_a_duration(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).durations == []


@pytest.mark.parametrize("published", EDGES, ids=str)
@pytest.mark.parametrize("words", RELATIVE)
def test_relative_dates_at_the_edges_of_the_calendar(extractor: Extractor, words: str, published: date) -> None:
    document = extractor.extract(f"Лидеры встретились {words}, а 16 июля провели переговоры.", published)
    assert document.dates, "the expression is still reported"
    assert_document_in_shape(document)


@pytest.mark.parametrize("header", ["0001-01-01", "9999-12-31"])
def test_a_header_at_the_edge_of_the_calendar(extractor: Extractor, header: str) -> None:
    text = f" date {header}\nВладимир Путин и Дональд Трамп встретились вчера, а завтра встретятся снова."
    document = extractor.extract(text)
    assert document.published == header
    assert len(document.dates) == 2
    assert_document_in_shape(document)


def test_what_falls_off_the_calendar_is_unresolved(extractor: Extractor) -> None:
    yesterday, tomorrow = extractor.extract("Они встретились вчера и встретятся завтра.", date(1, 1, 1)).dates
    assert (yesterday.start, yesterday.end, yesterday.resolved) == (None, None, False)
    assert (tomorrow.start, tomorrow.resolved) == ("0001-01-02", True)
    (month,) = extractor.extract("Они встретятся в следующем месяце.", date(9999, 12, 31)).dates
    assert (month.start, month.resolved) == ("--01", False), "the month is known, the year 10000 is not"


@pytest.mark.parametrize(
    "published", [date(2025, 8, 15), datetime(2025, 8, 15, 23, 59), "2025-08-15", "2025-08-15T10:00:00"]
)
def test_published_as_date_datetime_or_iso_string(extractor: Extractor, published: date | str) -> None:
    document = extractor.extract("Путин и Трамп встретятся 1 января.", published)
    assert document.published == "2025-08-15"
    assert document.dates[0].start == "2026-01-01"


def test_published_of_another_type_is_a_clear_type_error(extractor: Extractor) -> None:
    with pytest.raises(TypeError, match="published must be"):
        extractor.extract("Путин и Трамп встретятся 1 января.", 20250815)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "resolved"),
    [
        ("Встреча прошла в 2025—2024 годах.", None, "2024", "2025", True),
        ("Форум пройдет с 5 по 3 мая 2025 года.", None, "2025-05-03", "2025-05-05", True),
        ("Форум пройдет с 5 по 3 мая.", "2025-01-10", "2025-05-03", "2025-05-05", True),
        ("Форум пройдет с 5 по 3 мая.", None, "--05-03", "--05-05", False),
        ("Саммит пройдет с 31 декабря по 1 января.", None, "--12-31", None, False),
        ("Они встречались зимой.", None, "--12", None, False),
        ("Они встречались зимой.", "2025-06-01", "2024-12", "2025-02", True),
        ("Каникулы продлятся с 28 декабря по 8 января 2021 года.", None, "2020-12-28", "2021-01-08", True),
    ],
)
def test_no_range_ends_before_it_starts(
    extractor: Extractor, text: str, published: str | None, start: str, end: str | None, resolved: bool
) -> None:
    document = extractor.extract(text, published)
    (value,) = document.dates
    assert (value.start, value.end, value.resolved) == (start, end, resolved)
    assert_document_in_shape(document)


def test_a_source_name_of_bytes_that_are_not_utf8_stays_valid_json(extractor: Extractor) -> None:
    name = os.fsdecode(b"news/\xff\xfe.txt")  # how Python hands over such a name: lone surrogates
    document = extractor.extract("Путин и Трамп встретились 16 июля 2018 года.", None, name)
    assert document.source == "news/\ufffd\ufffd.txt"
    assert json.loads(document.to_json().encode("utf-8"))["source"] == document.source
