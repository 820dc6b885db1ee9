"""Lengths of time: "2 часа 15 минут", "более двух часов", "около часа", "10-15 минут", "двухчасовая беседа".

A duration is an amount of a unit (or two: "1 ч. 45 мин."), in digits or in words of any case, maybe
bounded ("более", "почти", "около") or left open ("час с небольшим"), or fused into an adjective
("пятичасовые переговоры", "45-минутная встреча"). Phrases that only look like durations (ages,
clock times, "две недели назад", calendar years) are matched as NotDuration so that their words
cannot be read as one; the resolver drops them.
"""

from __future__ import annotations

from functools import lru_cache

from yargy import and_, not_, or_, rule
from yargy.pipelines import caseless_pipeline
from yargy.predicates import caseless, custom, dictionary, eq, gram, gte, in_, in_caseless, lte, normalized
from yargy.predicates import type as token_type

from vstrecha import numerals
from vstrecha.doc import Doc, Sentence
from vstrecha.facts.durations import Duration, NotDuration, Part, RoughPart
from vstrecha.grammar import Grammar
from vstrecha.morph import shared_morph

UNITS = {
    "минута": "minute",
    "час": "hour",
    "сутки": "day",
    "день": "day",
    "неделя": "week",
    "месяц": "month",
    "год": "year",
}
ABBREVIATIONS = {"мин": "minute", "ч": "hour", "сут": "day", "нед": "week", "мес": "month"}
HALF_UNITS = {
    "полчаса": "hour",
    "полдня": "day",
    "полсуток": "day",
    "полнедели": "week",
    "полмесяца": "month",
    "полгода": "year",
}
# Adjective stems after a number: "двух|часов|ая", "45-|минутн|ая", "трех|дневн|ый".
ADJECTIVE_TAILS = {
    "минутн": "minute",
    "часов": "hour",
    "суточн": "day",
    "дневн": "day",
    "недельн": "week",
    "месячн": "month",
}
# "пятилетний" is as often an age as a length: it counts only before a word that names a period.
YEAR_ADJECTIVE_TAILS = {"летн": "year", "годичн": "year"}
PERIOD_NOUNS = {"срок", "перерыв", "период", "пауза", "мораторий", "отсутствие", "контракт", "план", "программа"}
# A bare "часовая" is one hour only before a word for a talk: "часовой пояс" is no length.
TALK_NOUNS = {
    "беседа",
    "разговор",
    "встреча",
    "переговоры",
    "интервью",
    "выступление",
    "речь",
    "совещание",
    "заседание",
}

# How a word before the amount bounds it: min ("более двух часов" -> 120..), max ("почти час" -> ..60),
# approx ("около часа" -> 60, approximately).
AT_LEAST = ("более", "больше", "свыше", "более чем", "больше чем", "чуть более", "чуть больше", "немногим более")
AT_LEAST += ("немногим больше", "не менее", "не меньше", "не менее чем", "не меньше чем", "минимум", "как минимум")
AT_LEAST += ("по меньшей мере", "по крайней мере")
AT_MOST = ("почти", "менее", "меньше", "менее чем", "меньше чем", "чуть менее", "чуть меньше", "не более")
AT_MOST += ("не больше", "не более чем", "не дольше", "не свыше", "максимум", "до", "в пределах", "без малого")
AT_MOST += ("чуть ли не", "неполных")
ABOUT = ("около", "примерно", "приблизительно", "порядка", "ориентировочно", "где-то", "в районе")
BOUNDS = {**dict.fromkeys(AT_LEAST, "min"), **dict.fromkeys(AT_MOST, "max"), **dict.fromkeys(ABOUT, "approx")}
# "час с небольшим" is a little over an hour: open above and approximate; "с лишним" only open above.
TAILS = {"с небольшим": "open_approx", "с лишним": "open"}
FRACTION_TAILS = {"с половиной": 0.5, "с четвертью": 0.25}
# Words that let a bare unit ("в течение часа") stand for one unit; they do not change the value.
FRAMES = ("в течение", "на протяжении", "в продолжение", "ровно")
# The same, inflecting: "целый час", "всю неделю", "вместо запланированного часа", "отведенных суток".
FRAME_WORDS = {"целый", "весь", "запланированный", "отведенный", "отведённый", "положенный", "отпущенный"}
DAYTIMES = {"утра", "дня", "вечера", "ночи", "пополудни"}
LOCAL_TIMES = {"московский", "местный", "вашингтонский", "киевский"}


def phrase(text: str) -> str:
    """A matched phrase as a lookup key: lowercase, single spaces."""
    return " ".join(text.lower().replace("ё", "е").split())


def bound_of(text: str) -> str | None:
    return BOUNDS.get(phrase(text))


def range_bound(_: str) -> str:
    """The bound of "от 30 минут до часа": low end from the first part, high end from the last."""
    return "range"


def tail_of(text: str) -> str | None:
    return TAILS.get(phrase(text))


def fraction_of(text: str) -> float:
    return FRACTION_TAILS.get(phrase(text), 0)


def unit_of(word: str) -> str | None:
    """The unit a unit word or abbreviation names, in any case: "лет" -> year, "ч." -> hour."""
    plain = word.lower().rstrip(".").strip()
    if plain in ABBREVIATIONS:
        return ABBREVIATIONS[plain]
    for form in shared_morph()(plain):
        if form.normalized in UNITS:
            return UNITS[form.normalized]
    return None


def half_part(word: str) -> Part:
    """Half a unit in one word: "полчаса", "полугода"."""
    lemmas = (form.normalized for form in shared_morph()(word))
    return Part(amount=(0.5, 0.5), unit=next((HALF_UNITS[lemma] for lemma in lemmas if lemma in HALF_UNITS), None))


def amount_of(text: str) -> tuple[numerals.Number, numerals.Number] | tuple[()]:
    """(low, high) of an amount; () when the words do not make one number ("пять три")."""
    return numerals.number_range(text) or ()


def is_unit_adjective(word: str) -> bool:
    """An adjective made of a unit alone, after digits: "45-|минутная", "2-|часовой"."""
    return any(word.lower().startswith(tail) for tail in ADJECTIVE_TAILS)


def is_hour_adjective(word: str) -> bool:
    return word.lower().startswith("часов")


def is_year_adjective(word: str) -> bool:
    return any(word.lower().startswith(tail) for tail in YEAR_ADJECTIVE_TAILS)


def adjective_unit(word: str) -> str | None:
    plain = word.lower()
    tails = {**ADJECTIVE_TAILS, **YEAR_ADJECTIVE_TAILS}
    return next((unit for tail, unit in tails.items() if plain.startswith(tail)), None)


def compound_part(word: str, tails: dict[str, str]) -> Part | None:
    found = numerals.split_compound(word, tuple(tails))
    if found is None:
        return None
    low, high, tail = found
    return Part(amount=(low, high), unit=tails[tail])


def is_compound_adjective(word: str) -> bool:
    """A number fused with a unit: "двухчасовая", "сорокапятиминутный", "полуторачасовой", "двух-трехдневный"."""
    return compound_part(word, ADJECTIVE_TAILS) is not None


def is_compound_year_adjective(word: str) -> bool:
    return compound_part(word, YEAR_ADJECTIVE_TAILS) is not None


def adjective_part(word: str) -> Part | None:
    return compound_part(word, ADJECTIVE_TAILS) or compound_part(word, YEAR_ADJECTIVE_TAILS)


def is_round(digits: str) -> bool:
    return int(digits) % 10 == 0


def is_word_range(word: str) -> bool:
    """One hyphenated word of two numbers: "два-три", "двух-трех", "полтора-два"."""
    return "-" in word and numerals.number_value(word) is None and numerals.number_range(word) is not None


INT = token_type("INT")
DASH = in_("-–—‒")
NUMBER_WORD = custom(numerals.is_number_word, types="RU")
WORD_RANGE = custom(is_word_range, types="RU")

# Amounts: "45", "3,5", "двадцати пяти", "три с половиной", "10-15", "от 30 до 40", "два-три".
FRACTION = caseless_pipeline(FRACTION_TAILS)
DECIMAL = rule(INT, in_(",."), INT)
# "2-х часов", "5-ти минут": a case ending written after the digits.
DIGITS = or_(DECIMAL, rule(INT, rule(DASH, in_caseless(numerals.CASE_ENDINGS)).optional()))
WORDS = rule(NUMBER_WORD.repeatable(max=4))
SINGLE = or_(rule(DIGITS, FRACTION.optional()), rule(WORDS, FRACTION.optional()))
RANGE = or_(
    rule(SINGLE, DASH, SINGLE),
    rule(caseless("от"), SINGLE, caseless("до"), SINGLE),
    rule(WORD_RANGE),
)
AMOUNT = or_(RANGE, SINGLE).interpretation(Part.amount.custom(amount_of))
DIGIT_AMOUNT = DIGITS.interpretation(Part.amount.custom(amount_of))

# Units: any case of "минута, час, сутки, день, неделя, месяц, год", and "мин.", "ч."; "в 2019 году" and
# "в 2017–2019 годах" name calendar years, so the locative "году/годах" is no unit.
UNIT_WORD = and_(dictionary(set(UNITS)), not_(in_caseless({"году", "годах"})))
ABBREVIATION = rule(in_caseless(set(ABBREVIATIONS)), eq(".").optional())
UNIT = or_(rule(UNIT_WORD), ABBREVIATION).interpretation(Part.unit.custom(unit_of))
BARE_UNIT = or_(
    rule(and_(UNIT_WORD, gram("sing"), not_(gram("loct")), not_(gram("ablt")))),
    rule(normalized("сутки")),
).interpretation(Part.unit.custom(unit_of))
FRACTION_PART = FRACTION.interpretation(Part.extra.custom(fraction_of))
TAIL = caseless_pipeline(TAILS).interpretation(Part.tail.custom(tail_of))

# Parts: "2 часа", "два с лишним часа", "час с половиной", "часа с небольшим", "полчаса".
PART = rule(AMOUNT, TAIL.optional(), UNIT, FRACTION_PART.optional(), TAIL.optional()).interpretation(Part)
OPEN_BARE_PART = or_(
    rule(BARE_UNIT, FRACTION_PART),
    rule(BARE_UNIT, TAIL),
    rule(BARE_UNIT, FRACTION_PART, TAIL),
).interpretation(Part)
BARE_PART = rule(BARE_UNIT, TAIL.optional()).interpretation(Part)
# "минут сорок", "часа полтора": unit first marks an estimate; number words only, minutes and hours only.
ROUGH_PART = rule(
    dictionary({"минута", "час"}).interpretation(Part.unit.custom(unit_of)),
    or_(rule(WORDS, FRACTION.optional()), rule(WORD_RANGE)).interpretation(Part.amount.custom(amount_of)),
).interpretation(RoughPart)
HALF_UNIT = dictionary(set(HALF_UNITS))
FUSED_PART = rule(HALF_UNIT).interpretation(Duration.word.custom(half_part))

# "2 часа 15 минут", "два часа и пятнадцать минут", "час двадцать минут".
PARTS = or_(
    rule(PART.interpretation(Duration.parts), rule(eq("и").optional(), PART.interpretation(Duration.parts)).optional()),
    rule(rule(BARE_UNIT).interpretation(Part).interpretation(Duration.parts), PART.interpretation(Duration.parts)),
)
# "от 30 минут до часа", "от часа до двух часов": each end has its own unit.
BETWEEN = rule(
    caseless("от").interpretation(Duration.bound.custom(range_bound)),
    or_(PART, BARE_PART).interpretation(Duration.parts),
    caseless("до"),
    or_(PART, BARE_PART).interpretation(Duration.parts),
)
# "менее чем за час", "более чем на два часа": the preposition sits between the bound and the amount.
# Hyphenated words ("где-то") are one token here, so they are matched as words, not as pipeline phrases.
BOUND_WORDS = or_(
    caseless_pipeline([words for words in BOUNDS if "-" not in words]),
    rule(in_caseless({words for words in BOUNDS if "-" in words})),
)
BOUND = rule(
    BOUND_WORDS.interpretation(Duration.bound.custom(bound_of)),
    in_caseless({"за", "на"}).optional(),
)
FRAME = or_(caseless_pipeline(FRAMES), rule(dictionary(FRAME_WORDS)))

# Adjectives: "двухчасовая", "45-минутная", "2-х часовой", "полуторачасовой", "пятилетний срок", and a bare
# "часовая беседа" (one hour) only before a word for a talk, since "часовой пояс" is no length.
COMPOUND_ADJECTIVE = and_(gram("ADJF"), custom(is_compound_adjective, types="RU"))
COMPOUND_YEAR_ADJECTIVE = and_(gram("ADJF"), custom(is_compound_year_adjective, types="RU"))
UNIT_ADJECTIVE = and_(gram("ADJF"), custom(is_unit_adjective, types="RU"))
YEAR_ADJECTIVE = and_(gram("ADJF"), custom(is_year_adjective, types="RU"))
PERIOD_NOUN = dictionary(PERIOD_NOUNS)
HOUR_ADJECTIVE = and_(gram("ADJF"), custom(is_hour_adjective, types="RU"))
TALK_NOUN = dictionary(TALK_NOUNS)
ADJECTIVE = or_(
    rule(COMPOUND_ADJECTIVE).interpretation(Duration.word.custom(adjective_part)),
    rule(
        rule(COMPOUND_YEAR_ADJECTIVE).interpretation(Duration.word.custom(adjective_part)),
        PERIOD_NOUN,
    ),
    rule(DIGIT_AMOUNT, DASH.optional(), UNIT_ADJECTIVE.interpretation(Part.unit.custom(adjective_unit)))
    .interpretation(Part)
    .interpretation(Duration.parts),
    rule(
        rule(HOUR_ADJECTIVE.interpretation(Part.unit.custom(adjective_unit)))
        .interpretation(Part)
        .interpretation(Duration.parts),
        TALK_NOUN,
    ),
    rule(
        rule(DIGIT_AMOUNT, DASH, YEAR_ADJECTIVE.interpretation(Part.unit.custom(adjective_unit)))
        .interpretation(Part)
        .interpretation(Duration.parts),
        PERIOD_NOUN,
    ),
)

DURATION = or_(
    rule(BOUND.optional(), PARTS),
    BETWEEN,
    rule(BOUND.optional(), FUSED_PART),
    rule(ROUGH_PART.interpretation(Duration.parts)),
    rule(BOUND.optional(), ADJECTIVE),
    rule(BOUND.optional(), OPEN_BARE_PART.interpretation(Duration.parts)),
    rule(BOUND, BARE_PART.interpretation(Duration.parts)),
    rule(FRAME, BARE_PART.interpretation(Duration.parts)),
).interpretation(Duration)

# Look-alikes. Each may start with a bound word, so that it wins over a duration starting there.
HOUR = or_(rule(normalized("час")), rule(caseless("ч"), eq(".").optional()))
CLOCK_HOUR = or_(and_(INT, lte(24)), NUMBER_WORD)
LATE_HOUR = and_(INT, gte(13), lte(24))
MINUTES = rule(INT, or_(rule(normalized("минута")), rule(caseless("мин"), eq(".").optional())))
DAYTIME = or_(
    rule(in_caseless(DAYTIMES)),
    rule(caseless("по"), dictionary(LOCAL_TIMES), normalized("время")),
)
CLOCK = (
    rule(
        BOUND.optional(),
        or_(
            rule(in_caseless({"в", "к"}), CLOCK_HOUR, HOUR, MINUTES.optional(), DAYTIME.optional()),
            # "после 15 часов", "с 10 часов" are times, "после двух часов переговоров" a length.
            rule(in_caseless({"после", "с"}), and_(INT, lte(24)), HOUR, MINUTES.optional(), DAYTIME.optional()),
            rule(caseless("до"), LATE_HOUR, HOUR, MINUTES.optional(), DAYTIME.optional()),
            rule(caseless("с"), CLOCK_HOUR, caseless("до"), CLOCK_HOUR, HOUR, DAYTIME.optional()),
            rule(CLOCK_HOUR, HOUR, MINUTES.optional(), DAYTIME),
        ),
    )
    .interpretation(NotDuration.reason.const("clock"))
    .interpretation(NotDuration)
)

YEARS = rule(normalized("год"))
# "Путину 72 года", "ему 79 лет": a person in the dative before a number of years is an age.
TO_WHOM = or_(and_(gram("datv"), gram("Name")), and_(gram("datv"), gram("Surn")), in_caseless({"ему", "ей", "им"}))
AGE = (
    or_(
        rule(normalized("возраст"), BOUND.optional(), AMOUNT, YEARS),
        rule(normalized("исполниться"), in_caseless({"ему", "ей", "им"}).optional(), AMOUNT, YEARS),
        rule(in_caseless({"в", "свои", "своих", "старше", "моложе", "младше"}), AMOUNT, YEARS),
        rule(TO_WHOM, AMOUNT, YEARS),
        rule(AMOUNT, YEARS, caseless("от"), caseless("роду")),
    )
    .interpretation(NotDuration.reason.const("age"))
    .interpretation(NotDuration)
)

CALENDAR_YEAR = (
    rule(
        and_(INT, gte(1000)),
        rule(DASH, and_(INT, gte(1000))).optional(),
        YEARS,
    )
    .interpretation(NotDuration.reason.const("calendar year"))
    .interpretation(NotDuration)
)

# "пять встреч в один день", "в один и тот же день": the same day, not a length.
SAME_DAY = (
    rule(
        in_caseless({"в", "за"}),
        caseless("один"),
        rule(caseless("и"), caseless("тот"), caseless("же")).optional(),
        normalized("день"),
    )
    .interpretation(NotDuration.reason.const("the same day"))
    .interpretation(NotDuration)
)

# "90-х годов", "2010-е годы" are decades.
DECADE = (
    rule(custom(is_round, types="INT"), DASH, in_caseless({"х", "е", "ые", "ых", "м"}), YEARS)
    .interpretation(NotDuration.reason.const("decade"))
    .interpretation(NotDuration)
)

SPAN = or_(PARTS, FUSED_PART, rule(BARE_UNIT), ROUGH_PART)
OFFSET = (
    or_(
        rule(BOUND.optional(), SPAN, in_caseless({"назад", "спустя", "тому"})),
        rule(in_caseless({"через", "спустя"}), BOUND.optional(), SPAN),
        rule(caseless("за"), BOUND.optional(), SPAN, caseless("до")),
    )
    .interpretation(NotDuration.reason.const("offset"))
    .interpretation(NotDuration)
)

# A sentence is parsed only when it has a unit word, an abbreviation, a "пол-" word or a unit adjective
# ("двухчасовая", "45-минутная"): the stems are a cheap first look, the words a precise second one.
UNIT_STEMS = ("минут", "мин", "ч", "час", "сут", "дн", "ден", "недел", "нед", "месяц", "мес", "год", "лет", "пол")
KEYWORDS = UNIT_STEMS + tuple(ADJECTIVE_TAILS) + tuple(YEAR_ADJECTIVE_TAILS)


@lru_cache(maxsize=50_000)
def is_length_word(word: str) -> bool:
    plain = word.lower()
    if plain in ABBREVIATIONS or any(tail in plain for tail in (*ADJECTIVE_TAILS, *YEAR_ADJECTIVE_TAILS)):
        return True
    return any(form.normalized in UNITS or form.normalized in HALF_UNITS for form in shared_morph()(plain))


def names_a_length(doc: Doc, sentence: Sentence) -> bool:
    return any(is_length_word(token.value) for token in sentence.tokens if token.type == "RU")


GRAMMAR = Grammar(
    kind="durations",
    # Look-alikes first: on a tie for the same words, the earlier rule wins.
    rules={
        "CLOCK": CLOCK,
        "AGE": AGE,
        "CALENDAR_YEAR": CALENDAR_YEAR,
        "DECADE": DECADE,
        "SAME_DAY": SAME_DAY,
        "OFFSET": OFFSET,
        "DURATION": DURATION,
    },
    keywords=KEYWORDS,
    when=names_a_length,
)
