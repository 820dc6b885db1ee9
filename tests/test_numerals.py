"""Number words as numbers: every case, compound numbers, fractions, ranges and compound-word openings."""

from __future__ import annotations

import pytest

from vstrecha.numerals import (
    number_range,
    number_value,
    ordinal_phrase_value,
    ordinal_value,
    split_compound,
    stem_value,
    word_value,
)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("два", 2),
        ("двух", 2),
        ("двум", 2),
        ("двумя", 2),
        ("две", 2),
        ("трех", 3),
        ("трёх", 3),
        ("тремя", 3),
        ("четырьмя", 4),
        ("пяти", 5),
        ("пятью", 5),
        ("одного", 1),
        ("одну", 1),
        ("одиннадцати", 11),
        ("сорока", 40),
        ("девяноста", 90),
        ("ста", 100),
        ("двухсот", 200),
        ("полтора", 1.5),
        ("полторы", 1.5),
        ("полутора", 1.5),
        ("двое", 2),
        ("трое", 3),
        ("пару", 2),
        ("четверть", 0.25),
        ("ЧЕТЫРЕ", 4),
    ],
)
def test_word_value_in_every_case(word: str, value: float) -> None:
    assert word_value(word) == value


@pytest.mark.parametrize("word", ["встреча", "раз", "часа", "Путин", "несколько", "первый", ""])
def test_words_that_are_not_numbers(word: str) -> None:
    assert word_value(word) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("45", 45),
        ("3,5", 3.5),
        ("1.5", 1.5),
        ("двадцать пять", 25),
        ("двадцати пяти", 25),
        ("сорока пяти", 45),
        ("сто двадцать", 120),
        ("ста двадцати пяти", 125),
        ("три с половиной", 3.5),
        ("трех с половиной", 3.5),
        ("двух с четвертью", 2.25),
        ("3 с половиной", 3.5),
        ("три четверти", 0.75),
        ("2-х", 2),
        ("5-ти", 5),
        ("7-ми", 7),
        ("полутора", 1.5),
    ],
)
def test_number_value_of_whole_amounts(text: str, value: float) -> None:
    assert number_value(text) == value


@pytest.mark.parametrize("text", ["пять три", "двадцать тридцать", "три пять", "встреча", "10-15"])
def test_number_value_refuses_words_that_make_no_number(text: str) -> None:
    assert number_value(text) is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("10-15", 10, 15),
        ("10–15", 10, 15),
        ("10 — 15", 10, 15),
        ("от 30 до 40", 30, 40),
        ("от двух до трех", 2, 3),
        ("два-три", 2, 3),
        ("двух-трех", 2, 3),
        ("полтора-два", 1.5, 2),
        ("45", 45, 45),
        ("двух", 2, 2),
    ],
)
def test_number_range(text: str, low: float, high: float) -> None:
    assert number_range(text) == (low, high)


@pytest.mark.parametrize("text", ["15-10", "два-два", "пять-встреча"])
def test_number_range_refuses_backward_or_broken_ranges(text: str) -> None:
    assert number_range(text) is None


@pytest.mark.parametrize(
    ("stem", "value"),
    [("двух", 2), ("трех", 3), ("пяти", 5), ("сорокапяти", 45), ("двадцатипяти", 25), ("полутора", 1.5), ("полу", 0.5)],
)
def test_stem_value(stem: str, value: float) -> None:
    assert stem_value(stem) == value


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("двухчасовая", (2, 2, "часов")),
        ("пятичасовые", (5, 5, "часов")),
        ("Сорокапятиминутный", (45, 45, "минутн")),
        ("полуторачасовой", (1.5, 1.5, "часов")),
        ("получасовой", (0.5, 0.5, "часов")),
        ("двухдневного", (2, 2, "дневн")),
        ("двух-трехдневный", (2, 3, "дневн")),
        ("трёхмесячный", (3, 3, "месячн")),
    ],
)
def test_split_compound(word: str, expected: tuple) -> None:
    assert split_compound(word, ("часов", "минутн", "дневн", "месячн")) == expected


@pytest.mark.parametrize("word", ["часовой", "многочасовой", "сегодняшний", "переговоры"])
def test_split_compound_needs_a_number_opening(word: str) -> None:
    assert split_compound(word, ("часов", "дневн")) is None


@pytest.mark.parametrize(("word", "value"), [("первого", 1), ("третьей", 3), ("двадцатого", 20), ("седьмой", 7)])
def test_ordinal_value(word: str, value: int) -> None:
    assert ordinal_value(word) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("двадцать второго", 22), ("тридцать первое", 31), ("пятого", 5), ("Двадцать третьего", 23)],
)
def test_ordinal_phrase_value(text: str, value: int) -> None:
    assert ordinal_phrase_value(text) == value


@pytest.mark.parametrize("text", ["второго двадцать", "пять три", "встреча", ""])
def test_ordinal_phrase_value_refuses_non_ordinals(text: str) -> None:
    assert ordinal_phrase_value(text) is None
