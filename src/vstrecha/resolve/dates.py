"""Places the dates grammar's matches on the calendar.

A written date is often incomplete: "16 августа" has no year, "в пятницу" has no day, "вчера" means
nothing without the publication date. The year comes, in order, from the text itself, from the
publication date (in the direction the verb tense points), or from the last year stated earlier in an
article without a publication date; otherwise the value stays unresolved rather than guessed.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import MAXYEAR, MINYEAR, date, timedelta

from yargy.token import Token

from vstrecha.doc import Doc, Found, GrammarMatch, Sentence
from vstrecha.models import DateValue

PAST, UNKNOWN, FUTURE = -1, 0, 1
CONTENT_PARTS = ("NOUN", "ADJF", "PRTF", "NPRO", "NUMR")
TITLES_WITH_DEIXIS = {("россия", "сегодня")}  # the news agency, not a day
MODS = {"start", "mid", "end"}


@dataclass(frozen=True)
class Stamp:
    """A calendar value at the precision known: a year, a month or a day (any part may be unknown)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, day: date) -> Stamp:
        return cls(day.year, day.month, day.day)

    @classmethod
    def parse(cls, text: str | None) -> Stamp | None:
        if not text:
            return None
        if text.startswith("--"):
            parts = [int(part) for part in text[2:].split("-")]
            return cls(None, *parts)
        return cls(*(int(part) for part in text.split("-")))

    def iso(self) -> str | None:
        if self.year is None and self.month is None:
            return None
        head = f"{self.year:04d}" if self.year is not None else "-"
        if self.month is None:
            return head
        middle = f"{head}-{self.month:02d}"
        return middle if self.day is None else f"{middle}-{self.day:02d}"

    def truncated(self, unit: str) -> Stamp:
        if unit == "year":
            return Stamp(self.year)
        if unit == "month":
            return Stamp(self.year, self.month)
        return self

    def first_day(self) -> date:
        assert self.year is not None
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        assert self.year is not None
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])


@dataclass(frozen=True)
class Placed:
    """A date expression on the calendar: both ends, or nothing when nothing could be established."""

    start: Stamp | None
    end: Stamp | None

    @property
    def resolved(self) -> bool:
        return self.start is not None and self.start.year is not None and self.end is not None

    @classmethod
    def day(cls, day: date) -> Placed:
        return cls(Stamp.of(day), Stamp.of(day))

    @classmethod
    def days(cls, first: date, last: date) -> Placed:
        return cls(Stamp.of(first), Stamp.of(last))


NOTHING = Placed(None, None)
Builder = Callable[[int | None], Placed]


@dataclass
class Context:
    """What the resolver knows when it reaches a date: the publication date and the article so far."""

    published: date | None
    tense: int = UNKNOWN
    year: int | None = None  # the year of the last full date of the article (of the last bare year before any)
    full_date_seen: bool = False  # a date with a month and a year was stated: bare years no longer set the year
    sentence: int = -1
    sentence_year: int | None = None  # the last year stated earlier in the current sentence
    sentence_week: date | None = None  # the Monday of a week named earlier in the sentence ("на этой неделе, в среду")
    previous: Placed | None = None
    previous_day: Placed | None = None  # the last date to the day: "в тот же день" after a month named in passing
    dateline: Stamp | None = None  # "МОСКВА, 18 дек —" without a year: the day "сегодня" is, when nothing else says
    found: list[Found] = field(default_factory=list)


def resolve_dates(doc: Doc) -> None:
    context = Context(doc.published)
    for match in sorted(doc.matches.get("dates", []), key=lambda item: (item.start, -item.stop)):
        fact = match.fact
        sentence = doc.sentences[match.sentence]
        if fact is None or not stands_alone(fact, sentence, match):
            continue
        if match.sentence != context.sentence:
            context.sentence, context.sentence_year, context.sentence_week = match.sentence, None, None
        context.tense = FUTURE if fact.ahead else tense_near(sentence, match.first, match.last)
        placed = place(fact, context)
        if placed is None:
            continue
        context.previous = placed
        dateline = placed.start is not None and on_dateline(sentence.tokens, match.first, match.last)
        if context.dateline is None and dateline:
            context.dateline = placed.start
        if placed.start is not None and placed.start.day is not None:
            context.previous_day = placed
        if fact.unit == "week" and not fact.ago and placed.start is not None and placed.start.day is not None:
            context.sentence_week = placed.start.first_day()
        stated = stated_year(fact)
        if stated is not None:
            full = fact.start is not None and fact.start.month is not None
            if full or not context.full_date_seen:  # "5 марта 2011 года ... в 2009 году ... 8 февраля": 2011
                context.year, context.full_date_seen = stated, context.full_date_seen or full
            context.sentence_year = None if fact.stop is not None or fact.decade else stated
        for start, stop, value in pieces(doc, match, fact, placed):
            context.found.append(found_of(doc, match, fact, start, stop, value))
    doc.found["dates"] = context.found


def pieces(doc: Doc, match: GrammarMatch, fact, placed: Placed) -> list[tuple[int, int, Placed]]:
    """What to report: the whole expression, or two dates for a pair ("7 и 8 июля") or a move.

    "с 22 на 23 января" is one overnight span; "перенесли с 20 на 27 августа" names two dates.
    """
    if not (fact.pair or is_move(doc, fact, placed)):
        return [(match.start, match.stop, placed)]
    assert placed.start is not None and placed.end is not None
    tokens = doc.sentences[match.sentence].tokens
    middle = fact.start.spans[-1].stop
    joints = (index for index in range(match.first, match.last) if tokens[index].span.start >= middle)
    joint = next(index for index in joints if is_joint(tokens[index]))
    return [
        (match.start, tokens[joint - 1].span.stop, Placed(placed.start, placed.start)),
        (tokens[joint + 1].span.start, match.stop, Placed(placed.end, placed.end)),
    ]


def is_joint(token: Token) -> bool:
    return token.value.lower() in {"на", "и"}


def is_move(doc: Doc, fact, placed: Placed) -> bool:
    if fact.stop is None or fact.night or fact.start is None or fact.start.day is None or fact.stop.day is None:
        return False
    between = doc.text[fact.start.spans[-1].stop : fact.stop.spans[0].start].lower()
    if "на" not in between.replace("-", " ").split():
        return False
    first, last = placed.start, placed.end
    if first is None or last is None or first.month is None or last.month is None:
        return False
    year = first.year or 2001
    gap = date(last.year or year, last.month, last.day or 1) - date(year, first.month, first.day or 1)
    return gap.days != 1


def found_of(doc: Doc, match: GrammarMatch, fact, start: int, stop: int, placed: Placed) -> Found:
    placed = in_order(on_the_calendar(placed))
    mod = fact.part if fact.part in MODS else ("approx" if fact.approx else None)
    time = f"{fact.time.hour:02d}:{fact.time.minute:02d}" if fact.time is not None else None
    value = DateValue(
        text=doc.quote(start, stop),
        start=placed.start.iso() if placed.start else None,
        end=placed.end.iso() if placed.end else None,
        mod=mod,
        resolved=placed.resolved,
        time=time,
    )
    tokens = doc.sentences[match.sentence].tokens
    first = next(index for index, token in enumerate(tokens) if token.span.start >= start)
    last = next(index for index in range(len(tokens), 0, -1) if tokens[index - 1].span.stop <= stop)
    return Found("dates", start, stop, match.sentence, first, last, value, match.rule)


def on_the_calendar(placed: Placed) -> Placed:
    """Years before 1 or after 9999 (counted from a publication date at the calendar's edge) are not
    stated: the value keeps its month and day and is unresolved."""

    def year_kept(stamp: Stamp | None) -> Stamp | None:
        if stamp is None or stamp.year is None or MINYEAR <= stamp.year <= MAXYEAR:
            return stamp
        return replace(stamp, year=None) if stamp.month is not None else None

    start, end = year_kept(placed.start), year_kept(placed.end)
    if start is not None and start.year is None and end is not None and end.year is not None:
        end = replace(end, year=None)  # one end known and the other not is no range
    return Placed(start, end)


def in_order(placed: Placed) -> Placed:
    """No value ends before it starts.

    A range written backwards ("в 2025—2024 годах", "с 5 по 3 мая") is the interval between its two
    ends, so they are swapped. A year-less range from a later month to an earlier one ("с 31 декабря
    по 1 января", "зимой") runs into a following year nobody named: its end is not known, so only the
    start is kept.
    """
    start, end = placed.start, placed.end
    if start is None or end is None:
        return placed
    if start.year is not None and end.year is not None:
        return Placed(end, start) if start.first_day() > end.last_day() else placed
    if (start.month or 0, start.day or 0) <= (end.month or 13, end.day or 32):
        return placed
    if start.month == end.month:
        return Placed(end, start)
    return Placed(start, None)


def stands_alone(fact, sentence: Sentence, match: GrammarMatch) -> bool:
    """ "накануне саммита" and "через неделю после встречи" count from an event, not from the calendar."""
    following = sentence.tokens[match.last] if match.last < len(sentence.tokens) else None
    preceding = sentence.tokens[match.first - 1] if match.first > 0 else None
    if preceding is not None and fact.shift is not None and fact.unit is None and fact.start is None:
        title = (preceding.value.lower(), sentence.tokens[match.first].value.lower())
        return title not in TITLES_WITH_DEIXIS
    if fact.eve:
        return following is None or not governs_genitive(following)
    if fact.ago == FUTURE:
        return following is None or following.value.lower() not in {"после", "с"}
    bare_day = fact.same == "month" and fact.start is not None and fact.start.month is None
    if bare_day and not sentence.tokens[match.last - 1].value.lower().startswith("месяц"):
        return following is None or not is_content(following)  # "на 20-е место", "к 20-му юбилею"
    return True


def is_content(token: Token) -> bool:
    forms = getattr(token, "forms", None) or []
    return bool(forms) and any(part in forms[0].grams for part in CONTENT_PARTS)


def governs_genitive(token: Token) -> bool:
    """A noun phrase in the genitive: "накануне саммита", "накануне своего визита"."""
    forms = getattr(token, "forms", None) or []
    if not forms or not any(part in forms[0].grams for part in CONTENT_PARTS):
        return False
    return any("gent" in form.grams for form in forms if "Abbr" not in form.grams)


REPORTING = frozenset(
    {"сообщить", "заявить", "сказать", "рассказать", "отметить", "написать", "передать", "уточнить", "добавить"}
)
TENSE_REACH = 40  # tokens each side; a verb further away is in another clause
# "назначена на 2 июня", "перенесенная на 9-е", "планировалось провести 2 июня": a date set by a schedule is
# near the publication date, before or after it, whatever the tense of the announcement
SCHEDULING = frozenset(
    {"назначить", "назначать", "наметить", "намечать", "перенести", "переносить", "запланировать", "отложить"}
)
# a finite verb that sets a day ("перенесли на пятницу", "назначили на 5 мая"): the day is near, before or after
SCHEDULED = frozenset(
    {"планировать", "планироваться", "предполагаться", "намечаться"} | {"перенести", "назначить", "отложить"}
)


INTENDING = frozenset(
    {"пригласить", "приглашать", "предложить", "предлагать", "позвать", "договориться", "условиться"}
    | {"согласиться", "намереваться", "собираться", "обещать", "пообещать"}
)


def tense_near(sentence: Sentence, first: int, last: int) -> int:
    """The tense of the finite verb nearest to the date (the earlier one on a tie), looked for within
    TENSE_REACH tokens: where a year-less date is looked for."""
    tokens = sentence.tokens
    for distance in range(1, TENSE_REACH + 1):
        for index in (first - distance, last - 1 + distance):
            if not 0 <= index < len(tokens):
                continue
            forms = getattr(tokens[index], "forms", None)
            if forms and forms[0].normalized in REPORTING:
                continue  # "..., сообщили СМИ": the tense of the report, not of the dated event
            if forms and is_schedule(forms[0], tokens[index - 1] if index else None):
                return UNKNOWN
            if forms and "VERB" in forms[0].grams:
                return verb_tense(forms[0].grams, tokens[index + 1 : index + 3])
            if forms and "INFN" in forms[0].grams and proposed_infinitive(tokens, index):
                return FUTURE  # "пригласил приехать 20 августа", "договорились встретиться 5 мая"
            if (
                forms
                and forms[0].normalized == "должный"
                and "ADJS" in forms[0].grams
                and _infinitive_next(tokens, index)
            ):
                return FUTURE  # "визит, который должен состояться в декабре": due, still ahead
    return UNKNOWN


def _infinitive_next(tokens: list[Token], index: int) -> bool:
    following = tokens[index + 1 : index + 2]
    return bool(following) and any("INFN" in form.grams for form in getattr(following[0], "forms", [])[:1])


def proposed_infinitive(tokens: list[Token], index: int) -> bool:
    """An infinitive after a verb of inviting, agreeing or intending: what is to be done."""
    before = tokens[max(0, index - 5) : index]
    return any((forms := getattr(token, "forms", None)) and forms[0].normalized in INTENDING for token in before)


def is_schedule(form, previous: Token | None) -> bool:
    """A participle of scheduling ("намечена", "перенесенная"), a planning verb, or "должен был" + infinitive."""
    grams, lemma = form.grams, form.normalized
    if ("PRTS" in grams or "PRTF" in grams) and lemma in SCHEDULING:
        return True
    if "VERB" in grams and lemma in SCHEDULED:
        return True
    before = getattr(previous, "forms", None)
    return lemma == "быть" and "past" in grams and bool(before) and before[0].normalized == "должный"


def verb_tense(grams, following: list[Token]) -> int:
    if "past" in grams:
        return PAST
    if "futr" in grams:
        return FUTURE
    infinitive = any("INFN" in form.grams for token in following for form in getattr(token, "forms", [])[:1])
    return FUTURE if infinitive else UNKNOWN


def stated_year(fact) -> int | None:
    for point in (fact.stop, fact.start):
        if point is not None and point.year is not None:
            return point.year
    return None


# --- placing ------------------------------------------------------------------------------------


def place(fact, context: Context) -> Placed | None:
    """The value of one date expression, or None when the words cannot be a date (a 31 February)."""
    try:
        if fact.same:
            return same_as_before(fact.same, fact.shift or 0, context, fact.start)
        if fact.eve:
            return relative_days(-1, context)
        if fact.ago:
            return counted(fact, context)
        if fact.start is None and fact.months is None:
            if fact.unit is None and fact.shift is not None:
                return relative_days(fact.shift, context)
            return relative_period(fact, context)
        return on_calendar(fact, context)
    except OverflowError:  # counted past the calendar's edge from a publication date in year 1 or 9999
        return NOTHING
    except ValueError:
        return None


def same_as_before(unit: str, shift: int, context: Context, point=None) -> Placed:
    """ "в тот же день", "в том же месяце", "на следующий день": from the previous date of the article;
    "в мае того же года", "20-го того же месяца", "перенесена на 20-е": a point within its year or month."""
    previous = context.previous
    coarser = previous is not None and previous.start is not None and previous.start.day is None
    if unit == "day" and coarser and context.previous_day is not None:
        previous = context.previous_day  # "встречался в ноябре 2018 года ... В тот же день": the story's day
    if previous is None or previous.start is None or previous.start.year is None and unit == "year":
        return NOTHING
    stamp = previous.start.truncated(unit)
    if point is not None:
        month = stamp.month if unit == "month" else point.month
        if month is None:
            return NOTHING
        stamp = Stamp(stamp.year, month, point.day)
        return checked(Placed(stamp, stamp))
    if shift and stamp.month is not None and stamp.day is not None:
        moved = date(stamp.year or 2001, stamp.month, stamp.day) + timedelta(days=shift)
        stamp = Stamp(moved.year if stamp.year is not None else None, moved.month, moved.day)
    return Placed(stamp, stamp)


def relative_days(shift: int, context: Context) -> Placed:
    if context.published is None:
        return from_dateline(shift, context)
    return Placed.day(context.published + timedelta(days=shift))


def from_dateline(shift: int, context: Context) -> Placed:
    """ "МОСКВА, 18 дек — ... должен был сегодня провести": with no publication date, a day named by "сегодня",
    "вчера" or "завтра" is the dateline's day (or the one before or after), its year unknown."""
    stamp = context.dateline
    if stamp is None or stamp.month is None or stamp.day is None:
        return NOTHING
    moved = date(2001 if stamp.year is None else stamp.year, stamp.month, stamp.day) + timedelta(days=shift)
    day = Stamp(stamp.year if stamp.year is not None else None, moved.month, moved.day)
    return Placed(day, day)


def on_dateline(tokens: list[Token], first: int, last: int) -> bool:
    """ "ВАШИНГТОН, 21 окт —", "МОСКВА, 18 дек (Reuters) -": a date after an upper-case place and a comma,
    before a dash: the day the report was filed. Assembly never takes it for a meeting's day."""
    head = tokens[:first]
    if not head or head[-1].value != "," or not any(token.value.isupper() and len(token.value) > 1 for token in head):
        return False
    if not all(token.value.isupper() or not token.value.isalpha() for token in head):
        return False
    return last < len(tokens) and tokens[last].value in {"—", "–", "-", "("}


def counted(fact, context: Context) -> Placed:
    """ "две недели назад", "через месяц": a span of units from the publication date."""
    if context.published is None:
        return NOTHING
    amount = (fact.amount or 1) * fact.ago
    if fact.unit in ("day", "week"):
        return Placed.day(context.published + timedelta(days=amount * (7 if fact.unit == "week" else 1)))
    if fact.unit == "month":
        month = shift_month(context.published.year, context.published.month, amount)
        return Placed(month, month)
    year = Stamp(context.published.year + amount)
    return Placed(year, year)


def relative_period(fact, context: Context) -> Placed:
    """ "на прошлой неделе", "в этом году", "в выходные", "в конце месяца"."""
    published = context.published
    if published is None:
        return NOTHING
    shift = fact.shift or 0
    if fact.unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        return Placed.days(monday, monday + timedelta(days=6))
    if fact.unit == "weekend":
        return weekend(fact.shift, context)
    if fact.unit == "month":
        month = shift_month(published.year, published.month, shift)
        return Placed(month, month)
    year = Stamp(published.year + shift)
    return Placed(year, year)


def weekend(shift: int | None, context: Context) -> Placed:
    published = context.published
    assert published is not None
    if shift is not None:
        saturday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift, days=5)
    elif context.tense == FUTURE:
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
    else:
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    return Placed.days(saturday, saturday + timedelta(days=1))


def shift_month(year: int, month: int, shift: int) -> Stamp:
    index = year * 12 + month - 1 + shift
    return Stamp(index // 12, index % 12 + 1)


def on_calendar(fact, context: Context) -> Placed | None:
    point = fact.start
    if point is not None and point.weekday is not None and point.day is None:
        return on_weekday(fact, context)
    build = builder(fact)
    if context.published is None and is_deictic(fact):
        return NOTHING
    year = known_year(fact, context)
    if year is not None:
        return checked(build(year))
    return year_less(build, fact, context)


def known_year(fact, context: Context) -> int | None:
    """The year of the expression itself: written, or relative to publication ("прошлого года")."""
    year = stated_year(fact)
    if year is not None:
        return year
    if context.published is not None and fact.year_shift is not None:
        return context.published.year + fact.year_shift
    if context.published is not None and fact.unit == "year":
        return context.published.year + (fact.shift or 0)
    return None


def is_deictic(fact) -> bool:
    """ "в ноябре прошлого года", "в первой половине года": the year is counted from publication."""
    return stated_year(fact) is None and (fact.year_shift is not None or fact.unit == "year")


def builder(fact) -> Builder:
    """The expression as a function of the year it is placed in."""
    if fact.months is not None:
        return lambda year: portion_of_year(fact.months, year, fact.start)
    if fact.decade:
        return lambda year: decade(fact.start.year)
    return lambda year: span_of_points(fact.start, fact.stop, year, bool(fact.night))


def portion_of_year(months: tuple[int, int], year: int | None, point) -> Placed:
    first, last = months
    year = point.year if point is not None and point.year is not None else year
    start_year = year - 1 if year is not None and first > last else year
    return Placed(Stamp(start_year, first), Stamp(year, last))


def decade(year: int) -> Placed:
    return Placed(Stamp(year), Stamp(year + 9 if year % 10 == 0 else year))


def span_of_points(first, second, year: int | None, night: bool) -> Placed:
    """Both ends of a date or a range; the first end borrows what it lacks from the second ("10-11 ноября")."""
    last = second or first
    end = Stamp(last.year or year, last.month, last.day)
    month = first.month or last.month
    start_year = first.year or end.year
    if second is not None and first.year is None and end.year is not None and turns_the_year(first, month, last):
        start_year = end.year - 1  # "с 28 декабря по 8 января 2021 года"
    start = Stamp(start_year, month, first.day)
    if night and second is None and start.day is not None:
        return night_before(start)
    return Placed(start, end)


def turns_the_year(first, month: int | None, last) -> bool:
    """ "с 28 декабря по 8 января": an earlier month named after a later one. A first end without a month of
    its own ("с 5 по 3 мая") is in the same month, written backwards, not a year long."""
    return first.month is not None and (month or 0, first.day or 0) > (last.month or 0, last.day or 0)


def night_before(day: Stamp) -> Placed:
    """ "в ночь на 23 января" is the night from the 22nd to the 23rd."""
    leap_free = day.year if day.year is not None else 2001
    previous = date(leap_free, day.month, day.day) - timedelta(days=1)
    year = previous.year if day.year is not None else None
    return Placed(Stamp(year, previous.month, previous.day), day)


def checked(placed: Placed) -> Placed:
    """Raises ValueError for days that do not exist, so that they are not reported."""
    for stamp in (placed.start, placed.end):
        if stamp is not None and stamp.month is not None and stamp.day is not None:
            date(stamp.year or 2000, stamp.month, stamp.day)
    return placed


def year_less(build: Builder, fact, context: Context) -> Placed:
    """A year-less date: the year stated just before in the sentence, else the one nearest to publication in the
    tense's direction, else the article's last stated year."""
    published = context.published
    if context.sentence_year is not None:  # "В 2018 году они встречались 16 июля"
        return checked(build(context.sentence_year))
    if published is None:
        return checked(build(context.year))
    weekday = fact.start.weekday if fact.start is not None else None
    candidates = placeable(build, (published.year - 1, published.year, published.year + 1))
    if not candidates:  # a publication date at the calendar's edge, or a 29 February of no nearby year
        return checked(build(None))
    if weekday is not None and fact.start.day is not None:
        matching = [placed for placed in candidates if placed.start.first_day().weekday() == weekday]
        candidates = matching or candidates
    return nearest(candidates, published, context.tense)


def placeable(build: Builder, years: tuple[int, ...]) -> list[Placed]:
    """The values in those years that exist on the calendar (years 1 to 9999, no 29 February of 2025)."""
    candidates = []
    for year in years:
        try:
            placed = checked(build(year))
            placed.start.first_day(), placed.end.last_day()  # type: ignore[union-attr]
        except (ValueError, AttributeError, AssertionError):
            continue
        candidates.append(placed)
    return candidates


def nearest(candidates: list[Placed], published: date, tense: int) -> Placed:
    def distance(placed: Placed) -> int:
        first, last = placed.start.first_day(), placed.end.last_day()
        return 0 if first <= published <= last else min(abs((first - published).days), abs((last - published).days))

    if tense == PAST:
        before = [placed for placed in candidates if placed.start.first_day() <= published]
        return max(before, key=lambda placed: placed.start.first_day()) if before else candidates[0]
    if tense == FUTURE:
        after = [placed for placed in candidates if placed.end.last_day() >= published]
        return min(after, key=lambda placed: placed.end.last_day()) if after else candidates[-1]
    return min(candidates, key=lambda placed: (distance(placed), placed.start.first_day() > published))


def on_weekday(fact, context: Context) -> Placed:
    """ "в пятницу": the nearest such day in the tense's direction; "в прошлую пятницу": the last one before."""
    published = context.published
    if published is None:
        return NOTHING
    weekday = fact.start.weekday
    back = published - timedelta(days=(published.weekday() - weekday) % 7)
    ahead = published + timedelta(days=(weekday - published.weekday()) % 7)
    if fact.shift == 0:
        day = published - timedelta(days=published.weekday() - weekday)
    elif fact.shift is not None and fact.shift < 0:  # "в прошлый вторник": the last one before today
        day = back - timedelta(days=7 if back == published else 0)
    elif fact.shift is not None:  # "в следующий вторник": the first one after today
        day = ahead + timedelta(days=7 if ahead == published else 0)
    elif context.sentence_week is not None:
        day = context.sentence_week + timedelta(days=weekday)
    elif context.tense == PAST:
        day = back
    elif context.tense == FUTURE:
        day = ahead
    else:
        day = back if (published - back) <= (ahead - published) else ahead
    if fact.night:
        return Placed.days(day - timedelta(days=1), day)
    return Placed.day(day)
