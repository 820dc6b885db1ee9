"""Hypothesis strategies for texts no one would write on purpose, and the checks every Document must pass.

Shared by the property tests (tests/test_fuzz.py, a bounded number of examples) and bench/fuzz.py (ten thousand
and more). A text is random Unicode, or pieces of news phrasing mixed with what breaks naive code: control,
zero-width and combining characters, other scripts, digit runs of any length, dates and times that cannot be,
ranges written backwards, headers with impossible dates.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from importlib.resources import files
from typing import Any

from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from test_edges import assert_document_in_shape

from vstrecha.models import Document

NEWS = (
    "Путин и Трамп встретились",
    "Владимир Путин провёл переговоры с Си Цзиньпином",
    "встреча",
    "переговоры",
    "беседа длилась",
    "телефонный разговор",
    "видеоконференция",
    "в Хельсинки",
    "в Москве",
    "в Анкоридже",
    "на Аляске",
    "в Мар-а-Лаго",
    "на полях саммита G20",
    "16 июля 2018 года",
    "в пятницу",
    "вчера",
    "завтра",
    "через неделю",
    "в прошлом году",
    "на этой неделе",
    "в начале декабря",
    "зимой",
    "летом 2025 года",
    "в ночь на 1 января",
    "накануне",
    "более двух часов",
    "около часа",
    "2 часа 15 минут",
    "полтора часа",
    "10-15 минут",
    "почти три года",
    "президент США",
    "министр иностранных дел",
    "глава МИД России Сергей Лавров",
    "госсекретарь Марко Рубио",
    "в 19:00",
    "в 7 утра",
    "с 5 по 3 мая",
    "с 31 декабря по 1 января",
    "в 2025—2024 годах",
    "10-11 ноября",
    "31 февраля 2025 года",
    "30 февраля",
    "0 января 0000 года",
    "32 декабря",
    "в 25:61",
    "в 99:99",
    "13-й месяц",
    "в 10000 году",
    "в 0 году",
    "1 января 1 года",
    "31 декабря 9999 года",
    "в 9999 году",
    "07.07.2017",
    "2025-13-45",
    "31.12.9999",
    "00.00.0000",
    "ЧМ-2018",
    "G7",
    "№ 5",
)
ODD = (
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\t",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u0301",
    "\u0306",
    "\u0308",
    "\u20dd",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2028",
    "\u2029",
    "\u00a0",
    "\u3000",
    "\ufffd",
    "\U0001f600",
    "\U0001f1f7\U0001f1fa",
    "中文",
    "العربية",
    "עברית",
    "ελληνικά",
    "Ελλάδα",
    "ﬁ",
    "Ⅻ",
    "²",
    "٣",
    "߃",
    "𝟗",
    "...",
    "—",
    "–",
    "-",
    "«",
    "»",
    "„",
    "“",
    "(",
    ")",
    ";",
    ":",
    ",",
    "!",
    "?",
    "…",
    "/",
    "\\",
    "*",
    "#",
)
SEPARATORS = (" ", " ", " ", ", ", ". ", "\n", "", "\u200b", "\t", " — ")


def digit_runs() -> st.SearchStrategy[str]:
    """Numbers of any length, the ones past int()'s limit and float's range included."""
    return st.builds(
        lambda digit, length, unit: digit * length + unit,
        st.sampled_from("0123456789"),
        st.sampled_from([1, 2, 3, 4, 5, 99, 100, 101, 309, 400, 4301]),
        st.sampled_from(["", " минут", " часов", " года", " мая", " лет", "-го", ":00", " декабря 2025 года"]),
    )


def pieces() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(NEWS),
        st.sampled_from(ODD),
        digit_runs(),
        st.text(max_size=12),
        st.text(alphabet=st.characters(categories=["Mn", "Me", "Cf", "Cc", "Zs", "Zl", "Zp"]), max_size=6),
        st.from_regex(r"\A[0-9]{1,4}[.:\-/][0-9]{1,4}(?:[.:\-/][0-9]{1,5})?\Z"),
    )


def headers() -> st.SearchStrategy[str]:
    """A ` date YYYY-MM-DD` first line, the impossible ones included."""
    stamp = st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z") | st.dates().map(date.isoformat)
    return st.one_of(st.just(""), stamp.map(lambda value: f" date {value}\n"))


def texts(max_pieces: int = 30) -> st.SearchStrategy[str]:
    mixed = st.builds(
        lambda header, parts, separators: (
            header + "".join(part + separators[index % len(separators)] for index, part in enumerate(parts))
        ),
        headers(),
        st.lists(pieces(), max_size=max_pieces),
        st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=5),
    )
    return st.one_of(mixed, st.text(max_size=200))


def published() -> st.SearchStrategy[Any]:
    """No date, or any day 0001-01-01..9999-12-31 as a date, a datetime or an ISO string."""
    day = st.dates()
    return st.one_of(
        st.none(),
        day,
        st.sampled_from([date.min, date.max, date(1, 1, 2), date(9999, 12, 30), date(2024, 2, 29)]),
        st.datetimes(),
        day.map(date.isoformat),
        st.datetimes().map(datetime.isoformat),
    )


@cache
def validator() -> Draft202012Validator:
    schema = json.loads(files("vstrecha").joinpath("schema/document.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def check_document(document: Document, text: str) -> None:
    """Valid against the shipped schema, the same after a JSON round trip, every value in its documented shape,
    every offset quoting the text."""
    data = document.to_dict()
    validator().validate(data)
    line = json.dumps(data, ensure_ascii=False)
    assert json.loads(line) == data
    assert Document.model_validate_json(line).to_dict() == data  # the page text a Document keeps is not JSON
    assert_document_in_shape(document)
    for entity in [*document.persons, *document.cities]:
        for mention in entity.mentions:
            assert 0 <= mention.start < mention.stop <= len(text)
            assert text[mention.start : mention.stop] == mention.text
    for value in [*document.dates, *document.durations]:
        assert 0 <= value.span.start < value.span.stop <= len(text)
        assert text[value.span.start : value.span.stop] == value.text
    for event in document.events:
        assert event.participants
        for span in event.evidence:
            assert 0 <= span.start < span.stop <= len(text)
