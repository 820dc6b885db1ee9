"""The public output contract (docs/output-contract.md) as pydantic models.

Field names and meanings are a contract: add fields, never rename or repurpose one.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

Format = Literal["in_person", "phone", "video"]
Status = Literal["held", "planned", "cancelled", "postponed", "proposed"]
DateMod = Literal["start", "mid", "end", "approx"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    start: int = Field(ge=0)
    stop: int = Field(ge=0)


class Mention(_Model):
    start: int = Field(ge=0)
    stop: int = Field(ge=0)
    text: str


class PersonRef(_Model):
    name: str = Field(description="Fullest nominative form known in the document")
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    role: str | None = None


class Person(PersonRef):
    mentions: list[Mention] = Field(default_factory=list)


class CityRef(_Model):
    name: str = Field(description="Nominative, canonical spelling")
    country: str | None = None


class City(CityRef):
    mentions: list[Mention] = Field(default_factory=list)


# ISO 8601 at the precision known: a year 0001-9999, a month, a day ("YYYY", "YYYY-MM", "YYYY-MM-DD"), or without
# a year when it could not be established ("--MM-DD", "--MM"). No lookaround: the schema's regex dialect and
# pydantic's both read it.
_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = r"(?:0[1-9]|[12][0-9]|3[01])"
_YEAR = r"(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
DATE_PATTERN = rf"^(?:{_YEAR}(?:-{_MONTH}(?:-{_DAY})?)?|--{_MONTH}(?:-{_DAY})?)$"
TIME_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$"
MAX_MINUTES = 100 * 365 * 24 * 60  # a length over 100 years is not reported (docs/output-contract.md)


class DateValue(_Model):
    text: str
    start: str | None = Field(
        description='ISO at the precision known: "YYYY-MM-DD", "YYYY-MM" or "YYYY"; "--MM-DD" or "--MM" unresolved',
        pattern=DATE_PATTERN,
    )
    end: str | None = Field(default=None, pattern=DATE_PATTERN)
    mod: DateMod | None = None
    resolved: bool = Field(default=True, description="False when the year or day could not be established")
    time: str | None = Field(
        default=None, description='Time of day "HH:MM" when stated with the date', pattern=TIME_PATTERN
    )


class DateMention(DateValue):
    span: Span


class DurationValue(_Model):
    text: str
    min: int | None = Field(description="Minutes", ge=0, le=MAX_MINUTES)
    max: int | None = Field(description="Minutes", ge=0, le=MAX_MINUTES)
    approx: bool = False
    unit: str | None = Field(default=None, description="minute | hour | day | week | month | year, as written")


class DurationMention(DurationValue):
    span: Span


class Occasion(_Model):
    text: str
    name: str


class Venue(_Model):
    text: str
    name: str = Field(description="Canonical venue name, e.g. Мар-а-Лаго")
    city: str | None = Field(default=None, description="The city the venue is in, if known")
    _country: str | None = PrivateAttr(default=None)  # the country of that city, for the event's city

    def city_ref(self) -> CityRef | None:
        """The venue's city as an event's city: "в Кремле" is in Москва, Россия."""
        return CityRef(name=self.city, country=self._country) if self.city else None


class Event(_Model):
    format: Format
    status: Status
    participants: list[PersonRef]
    others: list[PersonRef] = Field(default_factory=list)
    date: DateValue | None = None
    city: CityRef | None = None
    venue: Venue | None = None
    occasion: Occasion | None = None
    duration: DurationValue | None = None
    planned_duration: DurationValue | None = None
    topics: list[str] = Field(default_factory=list)
    ordinal: int | None = Field(default=None, description='"третья встреча", "в седьмой раз" -> 3, 7')
    evidence: list[Span] = Field(default_factory=list)


class Document(_Model):
    source: str | None = None
    published: str | None = None
    published_from: Literal["argument", "header", "page"] | None = Field(
        default=None, description="Where published was read: the caller, a date header, or the page's timestamp"
    )
    events: list[Event] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    cities: list[City] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    durations: list[DurationMention] = Field(default_factory=list)
    # not part of the JSON: the text itself and the meeting words, for the HTML view (absent when read from JSON)
    _text: str | None = PrivateAttr(default=None)
    _meeting_words: list[Mention] = PrivateAttr(default_factory=list)

    @property
    def text(self) -> str | None:
        """The text the document was extracted from, or None for a Document read back from JSON."""
        return self._text

    @property
    def meeting_words(self) -> list[Mention]:
        """Where the text names a meeting or a call ("встреча", "переговоры", "созвонились")."""
        return self._meeting_words

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def events_frame(self):  # noqa: ANN201 - pandas is optional
        """The events as a pandas DataFrame, one row per event, the columns of ``--format csv``
        (needs ``vstrecha[pandas]``; an ImportError saying so otherwise)."""
        from vstrecha.tables import EVENT_COLUMNS, event_records, frame

        return frame(event_records([self]), EVENT_COLUMNS)

    def to_html(self) -> str:
        """One self-contained HTML page: the text with its mentions marked, and a card per event."""
        from vstrecha.html import document_page

        return document_page([self])

    def _repr_html_(self) -> str:
        from vstrecha.html import document_fragment

        return document_fragment(self)


def document_schema() -> dict[str, Any]:
    """JSON Schema of a Document, generated from the models (shipped as schema/document.schema.json)."""
    return Document.model_json_schema()
