"""Facts of the dates grammar: what a date expression says, before it is placed on the calendar.

The grammar only records the words (a day, a month name, "прошлый", "в начале"); turning them into
calendar values needs the publication date and the rest of the article, which is the resolver's job.
"""

from __future__ import annotations

from yargy.interpretation import fact

Point = fact("Point", ["day", "month", "year", "weekday"])
"""A calendar point as written; any part may be missing ("16 августа", "в пятницу", "2019 года")."""

Time = fact("Time", ["hour", "minute"])
"""A time of day attached to a date ("15 августа в 19:00")."""

Date = fact(
    "Date",
    [
        "start",  # Point: the date, or the first end of a range
        "stop",  # Point: the second end of a range ("10-11 ноября", "с 2017 по 2019 год")
        "pair",  # "7 и 8 июля": start and stop are two dates, not a range
        "night",  # "в ночь на 23 января": the night that ends on the point
        "part",  # "start" | "mid" | "end" for "в начале / середине / конце ..."
        "months",  # (first, last) month of a season, half or quarter; first > last wraps into the previous year
        "decade",  # "в 1990-х годах": the point's year starts a decade
        "year_shift",  # "в ноябре прошлого года": the year relative to publication (-1, 0, +1)
        "ahead",  # "в ближайшую пятницу": the next such day, whatever the verb
        "shift",  # "вчера" -1, "на следующей неделе" +1: how many units from the publication date
        "unit",  # "day" | "week" | "weekend" | "month" | "year": the unit of a relative expression
        "ago",  # "две недели назад" (-1) / "через неделю" (+1): counted from the publication date
        "amount",  # the number of units of an "ago" expression
        "same",  # "в тот же день", "в том же месяце": the unit taken from the previous date of the article
        "eve",  # "накануне": the day before publication, unless a noun follows ("накануне саммита")
        "time",  # Time
        "approx",  # "около 15 августа", "примерно в середине марта"
    ],
)
