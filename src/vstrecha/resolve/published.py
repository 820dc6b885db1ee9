"""The publication date a page shows when the text has no ` date` header.

Scraped news keeps the page's timestamp on a line of its own near the top or the bottom ("Опубликовано:
03.02.2018, 11:20", "11.06.2020 15:20", "27 октября 2010 г., 11:22"), or opens with a dateline that names
the full date ("САЛЕХАРД, 23 марта 2004 года —"). Either is the day the article speaks from, so relative and
year-less dates are resolved against it. A dateline without a year ("МОСКВА, 23 дек —") says nothing by
itself. The timestamp stays a date mention: it is text of the page. Only the first and last few lines are
read, so the cost does not grow with the article.
"""

from __future__ import annotations

import re
from datetime import date

from vstrecha.doc import Doc, GrammarMatch

HEAD_LINES = 8  # a timestamp below the site menu, the headline and a subtitle
TAIL_LINES = 4  # or at the foot of the page, before a "Читайте также" list
LINE = re.compile(r"[^\n]*\S[^\n]*")
# what a timestamp line may hold besides the date: a label, a time of day, separators
STAMP_LABEL = (
    r"(?:опубликовано|опубликован|обновлено|изменено|дата публикации|дата|размещено|добавлено|новость"
    r"|(?:выпуск\s*)?№\s*\d+(?:\s*от)?)"  # a newspaper's issue: "№720 от 18 янв. 2000"
)
STAMP_MARKS = r"[\s|•·,:()\[\]/-]*"
STAMP_REST = re.compile(rf"^{STAMP_MARKS}(?:{STAMP_LABEL}\s*:?)?{STAMP_MARKS}(?:\d{{1,2}}:\d{{2}})?{STAMP_MARKS}$")
# "САЛЕХАРД, 23 марта 2004 года —", "НЬЮ-ЙОРК, 3 мая 2019 г. (Reuters) -"
DATELINE_HEAD = re.compile(r"^\s*[A-ZА-ЯЁ][A-ZА-ЯЁ .-]*[A-ZА-ЯЁ]\s*,\s*$")
DATELINE_TAIL = re.compile(r"^\s*(?:\([^)\n]{1,40}\)\s*)?(?:[—–-]|\.\s)")  # "СОЧИ, 31 августа 2004 года. Президент"


def find_published(doc: Doc) -> None:
    """Sets the publication date from a page timestamp or a dated dateline, if the text has none."""
    if doc.published is not None:
        return
    lines = edge_lines(doc)
    for match in doc.matches.get("dates", []):
        day = full_day(match)
        if day is None:
            continue
        line = next(((start, stop) for start, stop in lines if start <= match.start and match.stop <= stop), None)
        if line is not None and (
            is_timestamp(doc, match, line) or is_dateline(doc, match, line) or is_byline(doc, match, line)
        ):
            doc.published, doc.published_from = day, "page"
            return


def edge_lines(doc: Doc) -> list[tuple[int, int]]:
    """(start, stop) of the first HEAD_LINES and the last TAIL_LINES non-empty lines of the body."""
    text = doc.text
    head: list[tuple[int, int]] = []
    for line in LINE.finditer(text, doc.body_start):
        head.append((line.start(), line.end()))
        if len(head) == HEAD_LINES:
            break
    floor = head[-1][1] if head else doc.body_start
    tail: list[tuple[int, int]] = []
    stop = len(text)
    while len(tail) < TAIL_LINES and stop > floor:
        newline = text.rfind("\n", floor, stop)
        start = newline + 1 if newline >= 0 else floor
        if text[start:stop].strip():
            tail.append((start, stop))
        stop = max(newline, floor) if newline >= 0 else floor
    return head + tail[::-1]


def full_day(match: GrammarMatch) -> date | None:
    """The day of a single calendar date that names its year, else None."""
    fact = match.fact
    point = getattr(fact, "start", None)
    if fact is None or point is None or fact.stop is not None or fact.night:
        return None
    if point.year is None or point.month is None or point.day is None:
        return None
    try:
        return date(point.year, point.month, point.day)
    except ValueError:
        return None


def is_timestamp(doc: Doc, match: GrammarMatch, line: tuple[int, int]) -> bool:
    """The date alone on its line, with at most a label and a time of day."""
    rest = doc.text[line[0] : match.start] + " " + doc.text[match.stop : line[1]]
    return STAMP_REST.match(rest.lower()) is not None


def is_dateline(doc: Doc, match: GrammarMatch, line: tuple[int, int]) -> bool:
    """An upper-case place, a comma, the date, then a dash or a full stop: the wire's dateline."""
    before, after = doc.text[line[0] : match.start], doc.text[match.stop : line[1]]
    return DATELINE_HEAD.match(before) is not None and DATELINE_TAIL.match(after) is not None


BYLINE_FIELDS = re.compile(r"\s*[|•·]\s*")


def is_byline(doc: Doc, match: GrammarMatch, line: tuple[int, int]) -> bool:
    """ "Москва | 16 июня 2006 | Власть": a line of short fields split by bars, one of them the date alone."""
    before, after = doc.text[line[0] : match.start], doc.text[match.stop : line[1]]
    if not (BYLINE_FIELDS.search(before) or BYLINE_FIELDS.search(after)):
        return False
    fields = [field for field in BYLINE_FIELDS.split(before.strip() + " " + after.strip()) if field.strip()]
    near = BYLINE_FIELDS.split(before)[-1].strip() + BYLINE_FIELDS.split(after)[0].strip()
    if near and not STAMP_REST.match(near.lower()):
        return False  # the date shares its field with other words
    return 0 < len(fields) <= 5 and all(len(field.split()) <= 3 and not re.search(r"[.!?]", field) for field in fields)
