"""Russian number words as numbers, in every case and inside compound words.

News writes amounts in digits ("45", "3,5", "10-15"), in words that inflect ("двух", "тремя",
"полутора", "двадцати пяти") and fused into adjectives ("двухчасовая", "сорокапятиминутный").
Grammars match the words; these functions say which number they are. Word lemmas come from
pymorphy3, so one entry per number covers all of its case forms.
"""

from __future__ import annotations

import re
from fractions import Fraction

from vstrecha.morph import shared_morph

Number = float | int
# A run of more digits is no amount of anything (and int() refuses strings of over 4300 digits).
MAX_DIGITS = 100

UNITS: dict[str, int] = {
    "ноль": 0,
    "один": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
}
TEENS: dict[str, int] = {
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
}
TENS: dict[str, int] = {
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
}
HUNDREDS: dict[str, int] = {
    "сто": 100,
    "двести": 200,
    "триста": 300,
    "четыреста": 400,
    "пятьсот": 500,
    "шестьсот": 600,
    "семьсот": 700,
    "восемьсот": 800,
    "девятьсот": 900,
}
COLLECTIVES: dict[str, int] = {
    "двое": 2,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "шестеро": 6,
    "семеро": 7,
    "восьмеро": 8,
    "девятеро": 9,
    "десятеро": 10,
}
FRACTIONS: dict[str, Number] = {"полтора": 1.5, "полтораста": 150, "четверть": 0.25}
# Nouns that count like numbers before a unit: "пару часов", "четверть часа".
COUNTING_NOUNS = ("пара", "четверть")
CARDINALS: dict[str, Number] = {**UNITS, **TEENS, **TENS, **HUNDREDS, **COLLECTIVES, **FRACTIONS, "пара": 2}

ORDINALS: dict[str, int] = {
    "первый": 1,
    "второй": 2,
    "третий": 3,
    "четвёртый": 4,
    "четвертый": 4,
    "пятый": 5,
    "шестой": 6,
    "седьмой": 7,
    "восьмой": 8,
    "девятый": 9,
    "десятый": 10,
    "одиннадцатый": 11,
    "двенадцатый": 12,
    "тринадцатый": 13,
    "четырнадцатый": 14,
    "пятнадцатый": 15,
    "шестнадцатый": 16,
    "семнадцатый": 17,
    "восемнадцатый": 18,
    "девятнадцатый": 19,
    "двадцатый": 20,
    "тридцатый": 30,
}

# The genitive stems that open compound words: "двух|часовой", "сорока|пяти|минутный", "полу|часовой".
STEMS: dict[str, Number] = {
    "одно": 1,
    "двух": 2,
    "трех": 3,
    "четырех": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
    "одиннадцати": 11,
    "двенадцати": 12,
    "тринадцати": 13,
    "четырнадцати": 14,
    "пятнадцати": 15,
    "шестнадцати": 16,
    "семнадцати": 17,
    "восемнадцати": 18,
    "девятнадцати": 19,
    "двадцати": 20,
    "тридцати": 30,
    "сорока": 40,
    "пятидесяти": 50,
    "шестидесяти": 60,
    "семидесяти": 70,
    "восьмидесяти": 80,
    "девяноста": 90,
    "ста": 100,
    "двухсот": 200,
    "трехсот": 300,
    "полутора": 1.5,
    "полу": 0.5,
}
_STEM_PATTERN = re.compile("|".join(sorted(STEMS, key=len, reverse=True)))

HALF = ("с половиной", 0.5)
QUARTER = ("с четвертью", 0.25)
DASHES = "-–—‒"
_RANGE = re.compile(rf"^\s*(?:от\s+)?(?P<low>.+?)\s*(?:[{DASHES}]|\s+до\s+|\s+или\s+)\s*(?P<high>.+?)\s*$")
_DIGITS = re.compile(rf"^\d{{1,{MAX_DIGITS}}}(?:[.,]\d{{1,{MAX_DIGITS}}})?$")
# Case endings written after digits: "2-х", "5-ти", "7-ми", "3-м".
CASE_ENDINGS = ("х", "ти", "ми", "и", "ух", "ех", "ёх", "м", "мя", "ью", "ю")
_DIGITS_WITH_ENDING = re.compile(rf"^(\d{{1,{MAX_DIGITS}}})\s*-\s*(?:{'|'.join(CASE_ENDINGS)})$")


def _plain(text: str) -> str:
    return text.lower().replace("ё", "е").strip()


def _tidy(value: float) -> Number:
    return int(value) if float(value).is_integer() else value


def _decimal(text: str) -> Number:
    """Digits as written, exactly: "45" -> 45 however long, "3,5" -> 3.5 (never through a float for integers)."""
    value = Fraction(text.replace(",", "."))
    return value.numerator if value.denominator == 1 else float(value)


def word_value(word: str) -> Number | None:
    """The cardinal number a single word names, in any case: "двух" -> 2, "полутора" -> 1.5, "тремя" -> 3."""
    plain = _plain(word)
    if plain in CARDINALS:
        return CARDINALS[plain]
    for form in shared_morph()(plain):
        lemma = form.normalized.replace("ё", "е")
        if lemma in CARDINALS and ("NUMR" in form.grams or "Anum" in form.grams or lemma in COUNTING_NOUNS):
            return CARDINALS[lemma]
    return None


def is_number_word(word: str) -> bool:
    return word_value(word) is not None


def ordinal_value(word: str) -> int | None:
    """The ordinal a single word names, in any case and gender: "двадцатого" -> 20, "третьей" -> 3."""
    for form in shared_morph()(_plain(word)):
        if "Anum" in form.grams and form.normalized in ORDINALS:
            return ORDINALS[form.normalized]
    return None


def ordinal_phrase_value(text: str) -> int | None:
    """A compound ordinal: "двадцать второго" -> 22, "тридцать первое" -> 31, "пятого" -> 5."""
    *counts, last = _plain(text).split() or [""]
    ordinal = ordinal_value(last)
    values = [word_value(word) for word in counts]
    if ordinal is None or any(value is None for value in values):
        return None
    total = _compose([*values, ordinal])  # type: ignore[list-item]
    return None if total is None else int(total)


def _compose(values: list[Number]) -> Number | None:
    """Words of one number come largest first, each smaller than the last: "сто двадцать пять"."""
    total: Number = 0
    previous: Number | None = None
    for value in values:
        if previous is not None and (value >= previous or previous < 10 or (previous < 100 and value >= 10)):
            return None
        total += value
        previous = value
    return _tidy(total)


def number_value(text: str) -> Number | None:
    """A whole amount as written: "45", "3,5", "двадцати пяти", "три с половиной", "три четверти"."""
    plain = " ".join(_plain(text).split())
    if not plain:
        return None
    if _DIGITS.match(plain):
        return _decimal(plain)
    with_ending = _DIGITS_WITH_ENDING.match(plain)
    if with_ending:
        return int(with_ending[1])
    extra: Number = 0
    for words, fraction in (HALF, QUARTER):
        if plain.endswith(" " + words):
            plain, extra = plain[: -len(words) - 1].strip(), fraction
    parts = plain.split()
    if len(parts) == 2 and word_value(parts[1]) == 0.25:
        count = word_value(parts[0])
        return None if count is None else _tidy(count * 0.25)
    if len(parts) == 1 and _DIGITS.match(parts[0]):
        number = _decimal(parts[0])
        return number + extra if extra else number
    values = [word_value(part) for part in parts]
    if any(value is None for value in values):
        return None
    total = _compose(values)  # type: ignore[arg-type]
    return None if total is None else _tidy(total + extra)


def number_range(text: str) -> tuple[Number, Number] | None:
    """Low and high of an amount: "10-15" -> (10, 15), "от двух до трех" -> (2, 3), "45" -> (45, 45)."""
    single = number_value(text)
    if single is not None:
        return single, single
    found = _RANGE.match(_plain(text))
    if not found:
        return None
    low, high = number_value(found["low"]), number_value(found["high"])
    if low is None or high is None or low >= high:
        return None
    return low, high


def stem_value(stem: str) -> Number | None:
    """The number a compound's opening spells: "двух" -> 2, "сорокапяти" -> 45, "полутора" -> 1.5."""
    plain = _plain(stem)
    values: list[Number] = []
    while plain:
        found = _STEM_PATTERN.match(plain)
        if not found:
            return None
        values.append(STEMS[found.group()])
        plain = plain[found.end() :]
    return _compose(values) if values else None


def split_compound(word: str, tails: tuple[str, ...]) -> tuple[Number, Number, str] | None:
    """A compound word as (low, high, tail): "двухчасовая" -> (2, 2, "часов"), "двух-трехдневный" -> (2, 3, "дневн").

    ``tails`` are the stems allowed after the number; the longest number opening wins.
    """
    plain = _plain(word)
    for tail in sorted(tails, key=len, reverse=True):
        at = plain.find(tail, 1)
        if at < 0:
            continue
        opening = plain[:at].rstrip("".join(DASHES))
        low_text, _, high_text = opening.partition("-")
        low = stem_value(low_text)
        high = stem_value(high_text) if high_text else low
        if low is not None and high is not None and low <= high:
            return low, high, tail
    return None
