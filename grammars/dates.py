"""Dates: every calendar expression of Russian news, from "7 июля 2017 года" to "на прошлой неделе".

The rules only read the words; the resolver (vstrecha.resolve.dates) places them on the calendar
against the publication date. Numbers that are not dates ("24 раза", "ЧМ-2018", "Ту-154", "G20")
never match because every rule needs a month, a year word, a weekday or a relative word.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yargy import and_, or_, rule
from yargy.predicates import caseless, custom, dictionary, eq, gram, gte, in_, in_caseless, length_eq, lte, normalized
from yargy.predicates import type as token_type

from vstrecha.facts.dates import Date, Point, Time
from vstrecha.grammar import Grammar
from vstrecha.morph import shared_morph
from vstrecha.numerals import CARDINALS, ORDINALS

MONTHS = {
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
}
MONTH_ABBREVIATIONS = {
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
}
WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среда": 2,
    "четверг": 3,
    "пятница": 4,
    "суббота": 5,
    "воскресенье": 6,
    "воскресение": 6,  # pymorphy3's first lemma of "воскресенье"
}
DAY_ORDINALS = {word: value for word, value in ORDINALS.items() if value <= 31}
AMOUNTS = {word: int(value) for word, value in CARDINALS.items() if 1 <= value <= 30 and value == int(value)}
DEIXIS = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
SHIFTS = {
    "позапрошлый": -2,
    "прошлый": -1,
    "минувший": -1,
    "прошедший": -1,
    "этот": 0,
    "текущий": 0,
    "нынешний": 0,
    "следующий": 1,
    "будущий": 1,
    "грядущий": 1,
    "наступающий": 1,
}
UNITS = {"день": "day", "сутки": "day", "неделя": "week", "месяц": "month", "год": "year"}
PERIODS = {"неделя": "week", "выходной": "weekend", "выходные": "weekend", "месяц": "month", "год": "year"}
PARTS = {"начало": "start", "середина": "mid", "конец": "end"}
SEASONS = {
    "весна": (3, 5),
    "весной": (3, 5),
    "лето": (6, 8),
    "летом": (6, 8),
    "осень": (9, 11),
    "осенью": (9, 11),
    "зима": (12, 2),
    "зимой": (12, 2),
}
HALVES = {"первый": (1, 6), "второй": (7, 12)}
QUARTER_MONTHS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
QUARTERS = {"первый": 1, "второй": 2, "третий": 3, "четвёртый": 4}
TIMES_OF_DAY = {"утром", "днем", "днём", "вечером", "ночью", "утра", "вечера"}
APPROXIMATELY = {"около", "примерно", "приблизительно", "ориентировочно"}
ONE_YEAR = {"год", "года", "году", "годом", "годе"}
YEARS = {"годы", "годов", "годах", "годам", "годами"}
TEN_DAYS = {"первый": "start", "второй": "mid", "третий": "end", "последний": "end"}  # "в первой декаде мая"
EDGE_DAYS = {"первый": "start", "последний": "end"}  # "в первых числах августа"
PREPOSITIONS = {"в", "во", "на", "за", "с", "со", "к", "ко", "до", "по", "от"}
CENTURY_PIVOT = 40  # "03.02.18" is 2018, "27.05.99" is 1999: news dates two-digit years from 1940 to 2039


def meaning(table: dict[str, Any]) -> Callable[[str], Any]:
    """The table's value for a word in any of its analyses: pymorphy3's first lemma is not always the right one."""

    def read(word: str) -> Any:
        lowered = word.lower().replace("ё", "е")
        for form in shared_morph()(word):
            for lemma in (form.normalized, form.normalized.replace("ё", "е")):
                if lemma in table:
                    return table[lemma]
        return table.get(lowered)

    return read


def words(table: dict[str, Any]) -> dict[str, Any]:
    """Dictionary keys with and without "ё", as texts write both."""
    return {**table, **{key.replace("ё", "е"): value for key, value in table.items()}}


MONTHS, WEEKDAYS, DAY_ORDINALS, AMOUNTS = words(MONTHS), words(WEEKDAYS), words(DAY_ORDINALS), words(AMOUNTS)
QUARTERS = words(QUARTERS)
UNITS_ORDINALS = {word: day for word, day in DAY_ORDINALS.items() if day < 10}
TENS = {"двадцать": 20, "тридцать": 30}


def month_pair(word: str) -> tuple[int, int] | None:
    """ "марте-апреле", "июль-август": two months in one hyphenated word."""
    if word.count("-") != 1:
        return None
    parts = word.split("-")
    months = tuple(meaning(MONTHS)(part) for part in parts)
    return months if len(months) == 2 and all(months) else None  # type: ignore[return-value]


def quarter_months(word: str) -> tuple[int, int]:
    """ "первом", "3" -> the first and last month of the quarter."""
    return QUARTER_MONTHS[int(word) if word.isdigit() else meaning(QUARTERS)(word)]


def full_year(year: int) -> int:
    """A two-digit year of a dotted date ("27.05.99") in the century news means by it."""
    return year + (2000 if year < CENTURY_PIVOT else 1900)


def compound_day(phrase: str) -> int:
    """ "двадцать первого" -> 21."""
    tens, units = phrase.split()
    return TENS[tens.lower()] + meaning(UNITS_ORDINALS)(units)


INT = token_type("INT")
DASH = in_({"-", "–", "—", "‒"})
DOT = eq(".")
COMMA = eq(",")
PREPOSITION = in_caseless(PREPOSITIONS)
APPROX = in_caseless(APPROXIMATELY).interpretation(Date.approx.const(True))
TIME_OF_DAY = in_caseless(TIMES_OF_DAY)

# --- parts of a calendar point -------------------------------------------------------------------

ORDINAL_ENDING = rule(DASH, in_caseless({"го", "е", "й", "ое", "ого", "ее", "м", "му"}))
DAY_NUMBER = and_(INT, gte(1), lte(31)).interpretation(Point.day.custom(int))
DAY_WORD = and_(dictionary(DAY_ORDINALS), gram("neut")).interpretation(Point.day.custom(meaning(DAY_ORDINALS)))
DAY_COMPOUND = rule(in_caseless(TENS), and_(dictionary(UNITS_ORDINALS), gram("neut"))).interpretation(
    Point.day.custom(compound_day)
)
DAY = or_(rule(DAY_NUMBER, ORDINAL_ENDING.optional()), rule(DAY_WORD), DAY_COMPOUND)

MONTH_NAME = dictionary(MONTHS).interpretation(Point.month.custom(meaning(MONTHS)))
MONTH_SHORT = rule(
    in_caseless(MONTH_ABBREVIATIONS).interpretation(Point.month.custom(lambda word: MONTH_ABBREVIATIONS[word.lower()])),
    DOT.optional(),
)
MONTH_AFTER_DAY = or_(rule(MONTH_NAME), MONTH_SHORT)
MONTH_NUMBER = and_(INT, gte(1), lte(12)).interpretation(Point.month.custom(int))
TWO_DIGIT_DAY = and_(INT, length_eq(2), gte(1), lte(31)).interpretation(Point.day.custom(int))
TWO_DIGIT_MONTH = and_(INT, length_eq(2), gte(1), lte(12)).interpretation(Point.month.custom(int))

YEAR_NUMBER = and_(INT, length_eq(4), gte(1000), lte(2100))
YEAR = YEAR_NUMBER.interpretation(Point.year.custom(int))
SHORT_YEAR = and_(INT, length_eq(2)).interpretation(Point.year.custom(lambda year: full_year(int(year))))
YEAR_ABBREVIATION = rule(in_caseless({"г", "гг"}), DOT.optional())
YEAR_WORD = or_(rule(in_caseless(ONE_YEAR)), YEAR_ABBREVIATION)  # not "лет": "2000 лет" is a span
YEARS_WORD = or_(rule(in_caseless(ONE_YEAR | YEARS)), YEAR_ABBREVIATION)
YEAR_ENDING = rule(DASH, in_caseless({"м", "го", "й", "му"}))
YEAR_MARK = or_(YEAR_WORD, YEAR_ENDING)

WEEKDAY = dictionary(WEEKDAYS).interpretation(Point.weekday.custom(meaning(WEEKDAYS)))

SHIFT = dictionary(SHIFTS).interpretation(Date.shift.custom(meaning(SHIFTS)))
YEAR_SHIFT = dictionary(SHIFTS).interpretation(Date.year_shift.custom(meaning(SHIFTS)))
RELATIVE_YEAR = rule(YEAR_SHIFT, normalized("год"))  # "прошлого года", "этого года"

TIME = rule(
    in_caseless({"в", "к", "около"}).optional(),
    and_(INT, gte(0), lte(23)).interpretation(Time.hour.custom(int)),
    in_({":", "."}),
    and_(INT, length_eq(2), gte(0), lte(59)).interpretation(Time.minute.custom(int)),
    rule(eq("по"), normalized("московский"), normalized("время")).optional(),
).interpretation(Time)
WHEN_IN_DAY = or_(rule(TIME_OF_DAY, TIME.interpretation(Date.time).optional()), TIME.interpretation(Date.time))

# --- calendar points -----------------------------------------------------------------------------

DAY_MONTH = rule(DAY, MONTH_AFTER_DAY).interpretation(Point)
DAY_MONTH_YEAR = rule(DAY, MONTH_AFTER_DAY, YEAR, YEAR_MARK.optional()).interpretation(Point)
NUMERIC = rule(DAY_NUMBER, DOT, MONTH_NUMBER, DOT, YEAR, YEAR_WORD.optional()).interpretation(Point)
# "27.05.99", "03.02.18": two digits in each part, so that "1.2.10" (a section number) is no date
NUMERIC_SHORT = rule(TWO_DIGIT_DAY, DOT, TWO_DIGIT_MONTH, DOT, SHORT_YEAR, YEAR_WORD.optional()).interpretation(Point)
# "5/6/2017", "05/06/2017": day first as Russian pages write it, unless the second number cannot be a month
SLASH = eq("/")
SLASHED = or_(
    rule(DAY_NUMBER, SLASH, MONTH_NUMBER, SLASH, YEAR),
    rule(MONTH_NUMBER, SLASH, and_(INT, gte(13), lte(31)).interpretation(Point.day.custom(int)), SLASH, YEAR),
).interpretation(Point)
ISO = rule(YEAR, eq("-"), TWO_DIGIT_MONTH, eq("-"), TWO_DIGIT_DAY).interpretation(Point)
MONTH_YEAR = rule(MONTH_NAME, YEAR, YEAR_MARK.optional()).interpretation(Point)
YEAR_ONLY = rule(YEAR, YEAR_MARK).interpretation(Point)
MONTH_ONLY = rule(MONTH_NAME).interpretation(Point)
WEEKDAY_ONLY = rule(WEEKDAY).interpretation(Point)
WEEKDAY_DATE = rule(WEEKDAY, COMMA.optional(), DAY, MONTH_AFTER_DAY, rule(YEAR, YEAR_WORD.optional()).optional())
WEEKDAY_DATE = WEEKDAY_DATE.interpretation(Point)

CALENDAR_DAY = or_(DAY_MONTH_YEAR, NUMERIC, NUMERIC_SHORT, SLASHED, ISO, WEEKDAY_DATE, DAY_MONTH)
RANGE_DAY = rule(DAY).interpretation(Point)
RANGE_SEPARATOR = or_(rule(DASH), rule(in_caseless({"по", "до", "на"})))
RANGE_START = in_caseless({"с", "со", "от"})

# --- date expressions ----------------------------------------------------------------------------
# Shared optional pieces are single objects so that the parser predicts each once per position.

MAYBE_APPROX = APPROX.optional()
MAYBE_PREPOSITION = PREPOSITION.optional()
LEAD = or_(rule(APPROX, PREPOSITION), rule(APPROX), rule(PREPOSITION)).optional()
MAYBE_RELATIVE_YEAR = RELATIVE_YEAR.optional()
# "в мае того же года", "20-го того же месяца": the year (month) of the previous date of the article
SAME_WORDS = rule(dictionary({"тот", "этот"}), caseless("же"))
OF_SAME_YEAR = rule(SAME_WORDS, normalized("год").interpretation(Date.same.const("year")))
OF_SAME_MONTH = rule(SAME_WORDS, normalized("месяц").interpretation(Date.same.const("month")))
YEAR_CONTEXT = or_(RELATIVE_YEAR, OF_SAME_YEAR).optional()
SAME_UNIT = dictionary({"день", "месяц", "год", "неделя"}).interpretation(Date.same.custom(meaning(UNITS)))
# "перенесена на 20-е", "к 25-му числу": a bare day of the month named just before
BARE_DAY = rule(
    in_caseless({"на", "к", "ко", "до", "с", "со", "по"}),
    rule(DAY_NUMBER).interpretation(Point).interpretation(Date.start),
    DASH,
    in_caseless({"е", "го", "ое", "ого", "му", "м"}).interpretation(Date.same.const("month")),
    normalized("число").optional(),
)
DAY_OF_SAME_MONTH = rule(
    LEAD, rule(DAY).interpretation(Point).interpretation(Date.start), normalized("число").optional(), OF_SAME_MONTH
)
DAY_OF_MONTH = or_(BARE_DAY, DAY_OF_SAME_MONTH).interpretation(Date)
MAYBE_WHEN_IN_DAY = WHEN_IN_DAY.optional()

FULL_DATE = rule(
    LEAD,
    CALENDAR_DAY.interpretation(Date.start),
    YEAR_CONTEXT,
    MAYBE_WHEN_IN_DAY,
).interpretation(Date)

DAY_RANGE = rule(  # "10-11 ноября", "с 30 июня по 2 июля", "7 и 8 июля" (a pair: two dates), "25 или 26 ноября"
    RANGE_START.optional(),
    or_(RANGE_DAY, DAY_MONTH, NUMERIC).interpretation(Date.start),
    or_(RANGE_SEPARATOR, rule(caseless("и").interpretation(Date.pair.const(True))), rule(caseless("или"))),
    or_(DAY_MONTH_YEAR, DAY_MONTH, NUMERIC).interpretation(Date.stop),
    MAYBE_RELATIVE_YEAR,
).interpretation(Date)

NUMERIC_RANGE = rule(
    rule(DAY_NUMBER).interpretation(Point).interpretation(Date.start),
    DASH,
    NUMERIC.interpretation(Date.stop),
).interpretation(Date)

NIGHT = rule(
    in_caseless({"в", "во"}).optional(),
    normalized("ночь").interpretation(Date.night.const(True)),
    or_(
        rule(
            RANGE_START.optional(),
            RANGE_DAY.interpretation(Date.start),
            RANGE_SEPARATOR,
            or_(DAY_MONTH_YEAR, DAY_MONTH).interpretation(Date.stop),
        ),
        rule(eq("на"), or_(CALENDAR_DAY, WEEKDAY_ONLY).interpretation(Date.start)),
    ),
    MAYBE_RELATIVE_YEAR,
).interpretation(Date)

FIRST_YEAR = rule(YEAR).interpretation(Point).interpretation(Date.start)
LAST_YEAR = rule(YEAR).interpretation(Point).interpretation(Date.stop)
YEAR_RANGE = or_(
    rule(MAYBE_PREPOSITION, FIRST_YEAR, RANGE_SEPARATOR, LAST_YEAR, YEARS_WORD),
    rule(MAYBE_PREPOSITION, FIRST_YEAR, caseless("и").interpretation(Date.pair.const(True)), LAST_YEAR, YEARS_WORD),
    rule(in_caseless({"с", "со"}), FIRST_YEAR, caseless("по"), LAST_YEAR),
).interpretation(Date)

DECADE_YEARS = rule(
    rule(YEAR).interpretation(Point).interpretation(Date.start),
    rule(DASH, in_caseless({"х", "е"})).interpretation(Date.decade.const(True)),
    YEARS_WORD.optional(),
)
SHORT_DECADE_YEARS = rule(  # "в 90-х годах": the last century, as Russian texts mean it
    and_(INT, length_eq(2), in_({"00", "10", "20", "30", "40", "50", "60", "70", "80", "90"}))
    .interpretation(Point.year.custom(lambda decade: 1900 + int(decade) if decade != "00" else 2000))
    .interpretation(Point)
    .interpretation(Date.start),
    rule(DASH, in_caseless({"х", "е"})).interpretation(Date.decade.const(True)),
    YEARS_WORD,
)
DECADE = rule(MAYBE_PREPOSITION, or_(DECADE_YEARS, SHORT_DECADE_YEARS)).interpretation(Date)

MONTH_RANGE = rule(
    MAYBE_PREPOSITION,
    MONTH_ONLY.interpretation(Date.start),
    RANGE_SEPARATOR,
    or_(MONTH_YEAR, MONTH_ONLY).interpretation(Date.stop),
    MAYBE_RELATIVE_YEAR,
).interpretation(Date)

MONTH_PAIR = custom(lambda word: month_pair(word) is not None, types="RU").interpretation(
    Date.months.custom(month_pair)
)
MONTH_PAIR_DATE = rule(
    MAYBE_PREPOSITION,
    MONTH_PAIR,
    or_(rule(YEAR, YEAR_WORD.optional()).interpretation(Point).interpretation(Date.start), RELATIVE_YEAR).optional(),
).interpretation(Date)

MONTH_DATE = rule(
    LEAD,
    MONTH_YEAR.interpretation(Date.start),
).interpretation(Date)

BARE_MONTH = rule(
    MAYBE_APPROX,
    in_caseless({"в", "во", "с", "со", "до", "к", "по", "на"}),
    MONTH_ONLY.interpretation(Date.start),
    YEAR_CONTEXT,
).interpretation(Date)

YEAR_DATE = rule(
    LEAD,
    YEAR_ONLY.interpretation(Date.start),
).interpretation(Date)

AHEAD = dictionary({"ближайший", "предстоящий"}).interpretation(Date.ahead.const(True))
# "на вечер вторника", "утром среды": a part of the day, then the day
PART_OF_WEEKDAY = rule(
    dictionary({"утро", "вечер", "день", "ночь", "полдень"}),
    and_(dictionary(WEEKDAYS), gram("gent")).interpretation(Point.weekday.custom(meaning(WEEKDAYS))),
)
WEEKDAY_DATE_RULE = or_(
    rule(
        in_caseless({"в", "во", "к", "ко", "до", "с", "со", "на"}),  # "на пятницу": the day something is set for
        or_(SHIFT, AHEAD).optional(),
        WEEKDAY_ONLY.interpretation(Date.start),
        MAYBE_WHEN_IN_DAY,
    ),
    rule(
        in_caseless({"на", "к", "до"}).optional(),
        rule(PART_OF_WEEKDAY).interpretation(Point).interpretation(Date.start),
    ),
).interpretation(Date)

PERIOD = dictionary(PERIODS).interpretation(Date.unit.custom(meaning(PERIODS)))
RELATIVE_PERIOD = rule(MAYBE_PREPOSITION, SHIFT, PERIOD).interpretation(Date)
WEEKEND = rule(
    in_caseless({"в", "во", "на"}),
    AHEAD.optional(),
    dictionary({"выходной", "выходные"}).interpretation(Date.unit.const("weekend")),
).interpretation(Date)

SEASON = dictionary(SEASONS).interpretation(Date.months.custom(meaning(SEASONS)))
WHEN_SEASON = and_(dictionary(SEASONS), or_(gram("ablt"), gram("ADVB"))).interpretation(
    Date.months.custom(meaning(SEASONS))
)
YEAR_OF_PORTION = or_(
    rule(YEAR, YEAR_WORD.optional()).interpretation(Point).interpretation(Date.start),
    RELATIVE_YEAR,
    rule(normalized("год").interpretation(Date.unit.const("year"))),
)
PART = or_(
    rule(dictionary(PARTS).interpretation(Date.part.custom(meaning(PARTS)))),
    rule(dictionary(EDGE_DAYS).interpretation(Date.part.custom(meaning(EDGE_DAYS))), normalized("число")),
    rule(dictionary(TEN_DAYS).interpretation(Date.part.custom(meaning(TEN_DAYS))), normalized("декада")),
)
PART_OF_PERIOD = rule(
    LEAD,
    PART,
    or_(
        rule(or_(MONTH_YEAR, YEAR_ONLY, MONTH_ONLY).interpretation(Date.start), YEAR_CONTEXT),
        rule(SAME_WORDS, SAME_UNIT),
        DECADE_YEARS,
        rule(SEASON, YEAR_OF_PORTION.optional()),
        rule(SHIFT, PERIOD),
        rule(PERIOD),
    ),
).interpretation(Date)

HALF_NUMBER = dictionary(HALVES).interpretation(Date.months.custom(meaning(HALVES)))
HALF = rule(HALF_NUMBER, normalized("половина"))  # needs a year: "во второй половине дня" is no date
HALF_YEAR = rule(HALF_NUMBER, normalized("полугодие"))
QUARTER_NUMBER = and_(INT, gte(1), lte(4)).interpretation(Date.months.custom(quarter_months))
QUARTER = rule(
    or_(
        rule(dictionary(QUARTERS).interpretation(Date.months.custom(quarter_months))),
        rule(QUARTER_NUMBER, ORDINAL_ENDING.optional()),
    ),
    normalized("квартал"),
)
EARLY_LATE = dictionary({"ранний", "поздний"}).interpretation(
    Date.part.custom(meaning({"ранний": "start", "поздний": "end"}))
)
SEASON_DATE = or_(
    rule(EARLY_LATE, WHEN_SEASON, YEAR_OF_PORTION.optional()),
    rule(MAYBE_PREPOSITION, YEAR_SHIFT, SEASON),
    rule(MAYBE_PREPOSITION, SEASON, YEAR_OF_PORTION),
    rule(WHEN_SEASON),
).interpretation(Date)
PORTION_OF_YEAR = or_(
    rule(MAYBE_PREPOSITION, HALF, YEAR_OF_PORTION),
    rule(MAYBE_PREPOSITION, or_(QUARTER, HALF_YEAR), YEAR_OF_PORTION.optional()),
).interpretation(Date)

DEIXIS_DAY = rule(
    TIME_OF_DAY.optional(),
    dictionary(DEIXIS).interpretation(Date.shift.custom(meaning(DEIXIS))),
    MAYBE_WHEN_IN_DAY,
).interpretation(Date)
EVE = rule(
    normalized("накануне").interpretation(Date.eve.const(True)),
    TIME_OF_DAY.optional(),
).interpretation(Date)

AMOUNT = or_(
    and_(INT, gte(1), lte(100)).interpretation(Date.amount.custom(int)),
    dictionary(AMOUNTS).interpretation(Date.amount.custom(meaning(AMOUNTS))),
)
UNIT = dictionary(UNITS).interpretation(Date.unit.custom(meaning(UNITS)))
ONE_UNIT = in_caseless({"день", "сутки", "неделю", "месяц", "год"}).interpretation(Date.unit.custom(meaning(UNITS)))
AGO = rule(
    or_(rule(AMOUNT, UNIT), rule(ONE_UNIT)),
    caseless("назад").interpretation(Date.ago.const(-1)),
).interpretation(Date)
LATER = rule(
    caseless("через").interpretation(Date.ago.const(1)),
    or_(rule(AMOUNT, UNIT), rule(ONE_UNIT)),
).interpretation(Date)

SAME = rule(
    TIME_OF_DAY.optional(),
    in_caseless({"в", "во", "на"}).optional(),
    dictionary({"тот", "этот"}),
    caseless("же"),
    SAME_UNIT,
).interpretation(Date)
NEXT_DAY = rule(  # "на следующий день", "днем позже": a day after the previous date of the article
    TIME_OF_DAY.optional(),
    or_(
        rule(
            in_caseless({"на", "в"}).optional(),
            dictionary({"следующий", "другой"}).interpretation(Date.shift.const(1)),
            normalized("день").interpretation(Date.same.const("day")),
        ),
        rule(
            in_caseless({"днем", "днём"}).interpretation(Date.same.const("day")),
            or_(
                caseless("позже").interpretation(Date.shift.const(1)),
                caseless("ранее").interpretation(Date.shift.const(-1)),
            ),
        ),
    ),
).interpretation(Date)


# No keyword prefilter: the parser's lookahead already leaves sentences without a date word at a glance.
GRAMMAR = Grammar(
    kind="dates",
    rules={
        "FULL_DATE": FULL_DATE,
        "DAY_RANGE": DAY_RANGE,
        "NUMERIC_RANGE": NUMERIC_RANGE,
        "NIGHT": NIGHT,
        "YEAR_RANGE": YEAR_RANGE,
        "DECADE": DECADE,
        "MONTH_RANGE": MONTH_RANGE,
        "MONTH_PAIR": MONTH_PAIR_DATE,
        "MONTH_DATE": MONTH_DATE,
        "BARE_MONTH": BARE_MONTH,
        "YEAR_DATE": YEAR_DATE,
        "WEEKDAY": WEEKDAY_DATE_RULE,
        "RELATIVE_PERIOD": RELATIVE_PERIOD,
        "WEEKEND": WEEKEND,
        "PART_OF_PERIOD": PART_OF_PERIOD,
        "SEASON": SEASON_DATE,
        "PORTION_OF_YEAR": PORTION_OF_YEAR,
        "DEIXIS": DEIXIS_DAY,
        "EVE": EVE,
        "AGO": AGO,
        "LATER": LATER,
        "SAME": SAME,
        "DAY_OF_MONTH": DAY_OF_MONTH,
        "NEXT_DAY": NEXT_DAY,
    },
)
