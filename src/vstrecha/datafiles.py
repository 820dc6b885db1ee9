"""The data files of the grammars: what each kind holds, read and checked in one place.

Data files are UTF-8 (a byte order mark is allowed), tab-separated, with ``#`` comment lines and blank lines
skipped. Each file name has its columns and value types here. A line that does not fit stops loading with one
line ``FILE:LINE: what was expected, got ...``, FILE as the user gave its directory, so that a mistake in a
user's file is never reported as a failure somewhere inside the library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from vstrecha.errors import GrammarError

Check = Callable[[str], "str | None"]  # None when the value is fine, else what was expected


class Row(NamedTuple):
    fields: list[str]
    origin: str  # "file:line", for error messages


def whole_number(value: str) -> str | None:
    return None if value == "" or value.isdigit() else "a whole number of 0 or more"


def between(low: float, high: float) -> Check:
    def check(value: str) -> str | None:
        if value == "":
            return None
        try:
            number = float(value)
        except ValueError:
            number = float("nan")
        return None if low <= number <= high else f"a decimal number from {low:g} to {high:g}"

    return check


def one_of(*choices: str) -> Check:
    def check(value: str) -> str | None:
        return None if value in choices else " or ".join(repr(choice) if choice else "empty" for choice in choices)

    return check


def one_word(value: str) -> str | None:
    return None if " " not in value else "one word per line (hyphens allowed, no spaces)"


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = False  # must be present and not empty
    check: Check | None = None


@dataclass(frozen=True)
class Layout:
    """The columns of one kind of data file; the trailing ``optional`` columns may be left out."""

    columns: tuple[Column, ...]
    optional: int = 0

    @property
    def names(self) -> str:
        return ", ".join(column.name for column in self.columns)

    def expected(self) -> str:
        most = len(self.columns)
        least = most - self.optional
        count = str(most) if least == most else f"{least} to {most}"
        return f"{count} tab-separated fields ({self.names})"


ONE_WORD = Layout((Column("word", required=True, check=one_word),))
NAMES_IN_TEXT = Layout((Column("canonical name", required=True), Column("names in the text", required=True)))

LAYOUTS: dict[str, Layout] = {
    "cities.tsv": Layout(
        (
            Column("kind", required=True, check=one_of("city", "country", "region")),
            Column("name", required=True),
            Column("country"),
            Column("population", check=whole_number),
            Column("latitude", check=between(-90, 90)),
            Column("longitude", check=between(-180, 180)),
            Column("aliases"),
        ),
        optional=1,
    ),
    "venues.tsv": Layout((Column("name", required=True), Column("city"), Column("aliases")), optional=1),
    "occasions.tsv": Layout(
        (
            Column("canonical name", required=True),
            Column("names in the text", required=True),
            Column("city"),  # where it is always held ("ПМЭФ": Санкт-Петербург); empty for a summit that moves
            Column("country"),
        ),
        optional=2,
    ),
    "topics.tsv": NAMES_IN_TEXT,
    "capitals.tsv": Layout((Column("city", required=True), Column("names in the text", required=True))),
    "meeting_words.tsv": Layout(
        (
            Column("word", required=True, check=one_word),
            Column("format", required=True, check=one_of("in_person", "phone", "video")),
        )
    ),
    "persons.tsv": Layout(
        (
            Column("first"),  # given names may be two words
            Column("last", required=True),
            Column("country"),
            Column("office"),
            Column("other spellings"),
            Column("family name first", check=one_of("yes", "")),
        ),
        optional=4,
    ),
    "person_countries.tsv": Layout((Column("word", required=True), Column("country", required=True))),
    "person_roles.txt": ONE_WORD,
    "person_first_names.txt": ONE_WORD,
    "person_east_asian_surnames.txt": ONE_WORD,
    "person_brands.txt": ONE_WORD,
}


def read_text(path: Path) -> str:
    """The file's text; a file that is not UTF-8 is refused with the line of its first bad byte."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        line = data.count(b"\n", 0, problem.start) + 1
        raise GrammarError(
            f"{path}:{line}: not UTF-8 (byte 0x{data[problem.start]:02x}); data files must be UTF-8 "
            "(convert it, e.g. iconv -f cp1251 -t utf-8)"
        ) from None


def layout_of(name: str, fields: int = 1, optional: int = 0) -> Layout:
    """The layout of a known data file; any other file is ``fields`` plain columns, the first required."""
    known = LAYOUTS.get(name)
    if known is not None:
        return known
    columns = tuple(Column(f"field {index}", required=index == 1) for index in range(1, fields + 1))
    return Layout(columns, optional)


def read_rows(path: Path, layout: Layout | None = None) -> list[Row]:
    """The checked rows of one data file, each padded to the layout's width."""
    layout = layout or layout_of(path.name)
    width = len(layout.columns)
    rows: list[Row] = []
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        origin = f"{path}:{number}"
        parts = [part.strip() for part in line.split("\t")]
        if not width - layout.optional <= len(parts) <= width:
            hint = "; are the fields separated by spaces instead of tabs?" if len(parts) < width and " " in line else ""
            raise GrammarError(f"{origin}: expected {layout.expected()}, got {len(parts)}: {line!r}{hint}")
        parts += [""] * (width - len(parts))
        for column, value in zip(layout.columns, parts, strict=True):
            if column.required and not value:
                raise GrammarError(f"{origin}: the {column.name} field is empty: {line!r}")
            if column.check is not None and value:
                wanted = column.check(value)
                if wanted is not None:
                    raise GrammarError(f"{origin}: {column.name} must be {wanted}, got {value!r}")
        rows.append(Row(parts, origin))
    return rows
