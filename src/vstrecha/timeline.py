"""Across documents: the events of many reports merged into one record per meeting, in date order.

Several reports of one meeting tell it differently: one gives the day, another only the month; one says the
talk lasted "более двух часов", another "2 часа 15 минут"; one report slips a year. A merged meeting keeps every
source and, per attribute, what each source said; values that cannot all be true are a conflict, and the
chosen value says why it was chosen.

Two events are the same meeting when (rules, each named in ``Link.why``):
- they come from different documents (one report tells each meeting once) and have the same sides (family
  names) and format;
- their statuses can be one story (a plan, then what happened; never "held" against "cancelled");
- their cities and occasions, where both are given, are the same;
- their dates are compatible: ``same``, one ``contains`` the other, ``near`` (a day apart, with the same city
  or occasion: a summit's days are reported differently), or ``year`` (the same day and month a year apart,
  in the same city: a slip of the year);
- an undated event joins only on strong evidence: the same city or occasion and the same status, and no other
  meeting fits (``undated``); or, with neither city nor occasion, the one undated meeting of those sides with
  that status (``undated-sole``).
Meetings are grown greedily from the strongest links; every two events of a meeting must be compatible.
Cost: events are compared only within the same sides and format, dated ones in a sweep over their dates.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from vstrecha.models import CityRef, DateValue, Document, DurationValue, Event, Occasion, PersonRef, Span, Venue

DATE_RANKS = {"same": 0, "contains": 1, "near": 2, "year": 3}
OUTCOME = {"held": "happened", "cancelled": "not", "postponed": "not", "planned": "future", "proposed": "future"}
ATTRIBUTES = ("date", "city", "venue", "occasion", "status", "format", "duration", "planned_duration")
SOLE_WINDOW_DAYS = 120  # undated reports of "the" planned meeting of two sides: only from reports this close


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    """One report of a meeting: which document, which of its events, and the sentences it rests on."""

    document: str | None = Field(description="The document's source (path), or null for a text without one")
    input: int = Field(description="0-based position of the document among the inputs")
    event: int = Field(description="0-based index of the event in that document's events")
    published: str | None = None
    evidence: list[Span] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list, description="The evidence text, when the document's text is known")


class Candidate(_Model):
    value: Any
    sources: list[int] = Field(description="Indexes into the meeting's sources that gave this value")


class Attribute(_Model):
    chosen: Any = None
    reason: str
    conflict: bool = False
    values: list[Candidate] = Field(default_factory=list)


class Link(_Model):
    a: int = Field(description="Index into sources")
    b: int
    why: str = Field(description="same | contains | near | year | undated | undated-sole")


class Meeting(_Model):
    id: str
    participants: list[PersonRef]
    format: str
    status: str
    date: DateValue | None = None
    city: CityRef | None = None
    venue: Venue | None = None
    occasion: Occasion | None = None
    duration: DurationValue | None = None
    planned_duration: DurationValue | None = None
    topics: list[str] = Field(default_factory=list)
    sources: list[Source]
    attributes: dict[str, Attribute]
    conflicts: list[str] = Field(default_factory=list, description="Attributes whose sources disagree")
    links: list[Link] = Field(default_factory=list, description="Why the sources were merged")


class Timeline(_Model):
    documents: list[str | None] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_frame(self):  # noqa: ANN201 - pandas is optional
        """The meetings as a pandas DataFrame, one row per meeting (needs ``vstrecha[pandas]``)."""
        from vstrecha.tables import TIMELINE_COLUMNS, frame, timeline_records

        return frame(timeline_records(self), TIMELINE_COLUMNS)


# --- dates as intervals of days ---------------------------------------------------------------------


@dataclass(frozen=True)
class Interval:
    """A date as the days it may be: resolved dates as ordinal days, year-less ones by month (and day)."""

    lo: int
    hi: int
    resolved: bool
    month: int | None = None  # year-less: the month (and day) known
    day: int | None = None

    @property
    def length(self) -> int:
        return self.hi - self.lo + 1


def _parse(value: str) -> tuple[int, int | None, int | None] | None:
    """ "2025-08-15" -> (2025, 8, 15); "2025-08" -> (2025, 8, None)."""
    try:
        numbers: list[int | None] = [int(part) for part in value.split("-")]
    except ValueError:
        return None
    year, month, day = (numbers + [None, None])[:3]
    return None if year is None else (year, month, day)


MOD_DAYS = {"start": (1, 10), "mid": (11, 20), "end": (21, 31)}
MOD_MONTHS = {"start": (1, 4), "mid": (5, 8), "end": (9, 12)}


def interval(value: DateValue | None) -> Interval | None:
    """The days a date covers: "в середине января 2026" is 11-20 January; "около 15 августа" three days either side."""
    if value is None or not value.start:
        return None
    if value.start.startswith("--"):
        parts = value.start[2:].split("-")
        try:
            month = int(parts[0])
            day = int(parts[1]) if len(parts) > 1 else None
        except ValueError:
            return None
        return Interval(0, 0, False, month, day)
    first = _parse(value.start)
    last = _parse(value.end or value.start)
    if first is None or last is None or last[0] is None:
        return None
    try:
        lo = _first_day(first, value.mod)
        hi = _last_day(last, value.mod)
    except ValueError:
        return None
    if value.mod == "approx" and first[2] is not None:
        lo, hi = lo - 3, hi + 3
    return Interval(lo, max(lo, hi), True)


def _first_day(parts: tuple, mod: str | None) -> int:
    year, month, day = parts
    if month is None:
        month = MOD_MONTHS[mod][0] if mod in MOD_MONTHS else 1
    if day is None:
        day = MOD_DAYS[mod][0] if mod in MOD_DAYS and parts[1] is not None else 1
    return date(year, month, day).toordinal()


def _last_day(parts: tuple, mod: str | None) -> int:
    year, month, day = parts
    if month is None:
        month = MOD_MONTHS[mod][1] if mod in MOD_MONTHS else 12
    days = calendar.monthrange(year, month)[1]
    if day is None:
        day = min(MOD_DAYS[mod][1], days) if mod in MOD_DAYS and parts[1] is not None else days
    return date(year, month, day).toordinal()


def _month_days(span: Interval) -> Iterable[tuple[int, int]]:
    """(month, day) of each day of a resolved interval of up to a year."""
    if span.length > 366:
        return ()
    start = date.fromordinal(span.lo)
    return ((day.month, day.day) for day in (start + timedelta(days=n) for n in range(span.length)))


def date_relation(a: Interval, b: Interval) -> str | None:
    """same | contains | near (a day apart) | None; year-less dates compare by month and day."""
    if not a.resolved or not b.resolved:
        if not a.resolved and not b.resolved:
            if a.month != b.month:
                return None
            if a.day == b.day:
                return "same"
            return "contains" if a.day is None or b.day is None else None
        known, loose = (a, b) if a.resolved else (b, a)
        days = list(_month_days(known))
        fits = any(month == loose.month and (loose.day is None or day == loose.day) for month, day in days)
        return "contains" if fits else None
    if a.lo == b.lo and a.hi == b.hi:
        return "same"
    if (a.lo <= b.lo and b.hi <= a.hi) or (b.lo <= a.lo and a.hi <= b.hi):
        return "contains"
    gap = max(a.lo, b.lo) - min(a.hi, b.hi)
    return "near" if gap <= 1 else None


def _shift_year(span: Interval, years: int) -> Interval | None:
    try:
        lo = date.fromordinal(span.lo)
        hi = date.fromordinal(span.hi)
        first, last = lo.replace(year=lo.year + years), hi.replace(year=hi.year + years)
        return Interval(first.toordinal(), last.toordinal(), True)
    except ValueError:
        return None


# --- events and their compatibility -----------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


def family(person: PersonRef) -> str:
    return _norm(person.last or person.name.split()[-1] if person.name.strip() else "")


@dataclass
class Item:
    """One event of one input, with what the merging compares."""

    number: int  # position among all items
    input: int
    event_index: int
    event: Event
    document: Document
    span: Interval | None
    published: int | None

    @property
    def city(self) -> str | None:
        return _norm(self.event.city.name) if self.event.city else None

    @property
    def occasion(self) -> str | None:
        return _norm(self.event.occasion.name) if self.event.occasion else None


def _published(document: Document) -> int | None:
    try:
        return date.fromisoformat(document.published).toordinal() if document.published else None
    except ValueError:
        return None


def statuses_fit(a: str, b: str) -> bool:
    """A plan fits what became of it; a meeting held is not the one cancelled."""
    one, other = OUTCOME.get(a, a), OUTCOME.get(b, b)
    return one == other or "future" in (one, other)


def _same_or_missing(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _shared(a: str | None, b: str | None) -> bool:
    return a is not None and a == b


def basic_fit(a: Item, b: Item) -> bool:
    """Everything but the date: another document, statuses of one story, no two cities or occasions."""
    return (
        a.input != b.input
        and statuses_fit(a.event.status, b.event.status)
        and _same_or_missing(a.city, b.city)
        and _same_or_missing(a.occasion, b.occasion)
    )


def dated_link(a: Item, b: Item) -> str | None:
    """Why two dated events are one meeting (a DATE_RANKS key), or None."""
    if a.span is None or b.span is None or not basic_fit(a, b):
        return None
    relation = date_relation(a.span, b.span)
    place = _shared(a.city, b.city) or _shared(a.occasion, b.occasion)
    if relation in ("same", "contains"):
        return relation
    if relation == "near":
        return "near" if place else None
    if _shared(a.city, b.city) and a.span.resolved and b.span.resolved and a.span.length <= 2 and b.span.length <= 2:
        for years in (-1, 1):
            shifted = _shift_year(a.span, years)
            if shifted is not None and date_relation(shifted, b.span) in ("same", "contains"):
                return "year"
    return None


@dataclass
class Cluster:
    items: list[Item]
    links: list[tuple[Item, Item, str]] = field(default_factory=list)

    @property
    def inputs(self) -> set[int]:
        return {item.input for item in self.items}

    @property
    def dated(self) -> bool:
        return any(item.span is not None for item in self.items)


class Merger:
    """Greedy merging of one block of events with the same sides and format."""

    def __init__(self, items: list[Item]) -> None:
        self.clusters: dict[int, Cluster] = {item.number: Cluster([item]) for item in items}
        self.owner: dict[int, int] = {item.number: item.number for item in items}
        self.items = items

    def cluster(self, item: Item) -> Cluster:
        return self.clusters[self.owner[item.number]]

    def join(self, a: Cluster, b: Cluster, link: tuple[Item, Item, str]) -> None:
        keep, gone = (a, b) if len(a.items) >= len(b.items) else (b, a)
        key = self.owner[keep.items[0].number]
        keep.items.extend(gone.items)
        keep.links.extend(gone.links)
        keep.links.append(link)
        del self.clusters[self.owner[gone.items[0].number]]
        for item in gone.items:
            self.owner[item.number] = key

    def dated_pairs(self) -> list[tuple[int, int, Item, Item, str]]:
        """Candidate links between dated events: a sweep over resolved dates, year-less ones by month, and the
        same day a year apart."""
        resolved = sorted((item for item in self.items if item.span and item.span.resolved), key=lambda i: i.span.lo)
        loose = [item for item in self.items if item.span and not item.span.resolved]
        pairs: list[tuple[Item, Item]] = []
        for position, item in enumerate(resolved):
            for other in resolved[position + 1 :]:
                if other.span.lo > item.span.hi + 1:
                    break
                pairs.append((item, other))
        by_month: dict[int, list[Item]] = {}
        by_day: dict[tuple[int, int], list[Item]] = {}
        for item in resolved:
            days = set(_month_days(item.span))
            for month in {month for month, _ in days}:
                by_month.setdefault(month, []).append(item)
            if item.span.length <= 2:
                for month_day in days:
                    by_day.setdefault(month_day, []).append(item)
        for item in loose:
            pairs.extend((item, other) for other in by_month.get(item.span.month or 0, []))
        for index, other in enumerate(loose):
            pairs.extend((other, more) for more in loose[index + 1 :])
        for group in by_day.values():
            for index, item in enumerate(group):
                pairs.extend((item, other) for other in group[index + 1 :] if item.span.lo != other.span.lo)
        ranked = []
        seen: set[tuple[int, int]] = set()
        for a, b in pairs:
            key = (min(a.number, b.number), max(a.number, b.number))
            if key in seen:
                continue
            seen.add(key)
            why = dated_link(a, b)
            if why is not None:
                equal = a.event.status == b.event.status
                ranked.append((DATE_RANKS[why], 0 if equal else 1, a, b, why))
        ranked.sort(key=lambda entry: (entry[0], entry[1], entry[2].number, entry[3].number))
        return [(rank, tie, a, b, why) for rank, tie, a, b, why in ranked]

    def fits(self, a: Cluster, b: Cluster, dated: bool) -> bool:
        if a.inputs & b.inputs:
            return False
        for one in a.items:
            for other in b.items:
                if not basic_fit(one, other):
                    return False
                if dated and one.span is not None and other.span is not None and dated_link(one, other) is None:
                    return False
        return True

    def run(self) -> list[Cluster]:
        for _, _, a, b, why in self.dated_pairs():
            one, other = self.cluster(a), self.cluster(b)
            if one is not other and self.fits(one, other, dated=True):
                self.join(one, other, (a, b, why))
        self.attach_undated()
        return list(self.clusters.values())

    def attach_undated(self) -> None:
        """Undated events join on strong evidence only: first undated with undated, then with a dated meeting,
        then, with no place to go by, the one undated meeting of the same status."""
        for against_dated in (False, True):
            for item in sorted((i for i in self.items if i.span is None), key=lambda i: (i.city is None, i.number)):
                home = self.cluster(item)
                if home.dated:
                    continue
                fitting = [
                    cluster
                    for cluster in self.clusters.values()
                    if cluster is not home and cluster.dated == against_dated and self.strong(item, home, cluster)
                ]
                if len(fitting) == 1:
                    self.join(home, fitting[0], (item, self._partner(item, fitting[0]), "undated"))
        for item in sorted((i for i in self.items if i.span is None), key=lambda i: i.number):
            home = self.cluster(item)
            if home.dated or item.city is not None or item.occasion is not None:
                continue
            fitting = [
                cluster
                for cluster in self.clusters.values()
                if cluster is not home and not cluster.dated and self.sole(item, home, cluster)
            ]
            if len(fitting) == 1:
                self.join(home, fitting[0], (item, fitting[0].items[0], "undated-sole"))

    def _partner(self, item: Item, cluster: Cluster) -> Item:
        for other in cluster.items:
            if other.event.status == item.event.status and (
                _shared(item.city, other.city) or _shared(item.occasion, other.occasion)
            ):
                return other
        return cluster.items[0]

    def strong(self, item: Item, home: Cluster, cluster: Cluster) -> bool:
        if not self.fits(home, cluster, dated=False):
            return False
        return any(
            other.event.status == item.event.status
            and (_shared(item.city, other.city) or _shared(item.occasion, other.occasion))
            for other in cluster.items
        )

    def sole(self, item: Item, home: Cluster, cluster: Cluster) -> bool:
        if not self.fits(home, cluster, dated=False):
            return False
        for other in cluster.items:
            if other.event.status != item.event.status:
                return False
            if item.published is not None and other.published is not None:
                if abs(item.published - other.published) > SOLE_WINDOW_DAYS:
                    return False
        return True


# --- choosing values ---------------------------------------------------------------------------------


def _date_key(value: DateValue) -> tuple:
    return (value.start, value.end or value.start, value.mod)


def _duration_key(value: DurationValue) -> tuple:
    return (value.min, value.max)


def _duration_span(value: DurationValue) -> tuple[float, float]:
    low = value.min if value.min is not None else 0
    high = value.max if value.max is not None else float("inf")
    return low, high


def _value_of(event: Event, name: str) -> tuple[Any, Any] | None:
    """(comparable key, value) of one attribute of an event, or None when the event does not give it."""
    value = getattr(event, name)
    if value is None:
        return None
    if name == "date":
        return (_date_key(value), value) if value.start else None
    if name in ("duration", "planned_duration"):
        return _duration_key(value), value
    if name in ("city", "venue", "occasion"):
        return _norm(value.name), value
    return value, value


def _consistent(name: str, values: list[Any]) -> bool:
    """Can every value be true at once? Dates and durations that overlap can."""
    if name == "date":
        spans = [interval(value) for value in values]
        return all(
            one is None or other is None or date_relation(one, other) in ("same", "contains")
            for index, one in enumerate(spans)
            for other in spans[index + 1 :]
        )
    if name in ("duration", "planned_duration"):
        spans = [_duration_span(value) for value in values]
        return max(low for low, _ in spans) <= min(high for _, high in spans)
    if name == "status":
        return len({OUTCOME.get(value, value) for value in values} - {"future"}) <= 1
    return False


def _precision(name: str, value: Any) -> float:
    """Smaller is more precise."""
    if name == "date":
        span = interval(value)
        if span is None:
            return float("inf")
        return span.length if span.resolved else 10_000 + (1 if span.day else 31)
    if name in ("duration", "planned_duration"):
        low, high = _duration_span(value)
        return high - low
    return 0.0


def choose(name: str, given: list[tuple[int, Any, Any, int | None]]) -> Attribute:
    """The value of one attribute from what each source gave: (source index, key, value, published)."""
    if not given:
        return Attribute(chosen=None, reason="no source gives it")
    groups: dict[Any, list[int]] = {}
    values: dict[Any, Any] = {}
    latest: dict[Any, int] = {}
    for source, key, value, published in given:
        groups.setdefault(key, []).append(source)
        values.setdefault(key, value)
        latest[key] = max(latest.get(key, -1), published or -1)
    candidates = [Candidate(value=_plain(values[key]), sources=sources) for key, sources in groups.items()]
    if len(groups) == 1:
        key = next(iter(groups))
        count = len(groups[key])
        reason = "one source" if count == 1 else f"all {count} sources that give it agree"
        return Attribute(chosen=_plain(values[key]), reason=reason, values=candidates)
    consistent = _consistent(name, list(values.values()))
    keys = list(groups)
    if name == "status" and consistent:
        outcomes = [key for key in keys if OUTCOME.get(key) != "future"]
        pick = max(outcomes or keys, key=lambda key: (len(groups[key]), latest[key]))
        reason = "an outcome reported over a plan" if outcomes else "most sources, then the latest report"
        return Attribute(chosen=_plain(values[pick]), reason=reason, values=candidates)
    if consistent:
        pick = min(keys, key=lambda key: (_precision(name, values[key]), -len(groups[key])))
        return Attribute(chosen=_plain(values[pick]), reason="most precise of values that agree", values=candidates)
    most = max(len(sources) for sources in groups.values())
    leaders = [key for key in keys if len(groups[key]) == most]
    if len(leaders) == 1:
        pick, reason = leaders[0], f"most sources ({most} of {len(given)})"
    else:
        best = min(_precision(name, values[key]) for key in leaders)
        precise = [key for key in leaders if _precision(name, values[key]) == best]
        if len(precise) == 1:
            pick, reason = precise[0], "most precise of the values with most sources"
        else:
            pick = max(precise, key=lambda key: latest[key])
            reason = "the latest report of the values with most sources"
    return Attribute(chosen=_plain(values[pick]), reason=reason, conflict=True, values=candidates)


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


# --- the timeline ------------------------------------------------------------------------------------


def _quotes(document: Document, evidence: list[Span]) -> list[str]:
    text = document.text
    if text is None:
        return []
    return [" ".join(text[span.start : span.stop].split()) for span in evidence]


def _meeting(cluster: Cluster, number: int) -> Meeting:
    items = sorted(cluster.items, key=lambda item: item.number)
    position = {item.number: index for index, item in enumerate(items)}
    sources = [
        Source(
            document=item.document.source,
            input=item.input,
            event=item.event_index,
            published=item.document.published,
            evidence=list(item.event.evidence),
            quotes=_quotes(item.document, item.event.evidence),
        )
        for item in items
    ]
    attributes: dict[str, Attribute] = {}
    chosen: dict[str, Any] = {}
    for name in ATTRIBUTES:
        given = []
        for index, item in enumerate(items):
            found = _value_of(item.event, name)
            if found is not None:
                given.append((index, found[0], found[1], item.published))
        attributes[name] = choose(name, given)
        chosen[name] = attributes[name].chosen
    people: dict[str, PersonRef] = {}
    for item in items:
        for person in item.event.participants:
            known = people.get(family(person))
            if known is None or len(person.name) > len(known.name) or (known.role is None and person.role):
                merged = person.model_copy()
                if known is not None and merged.role is None:
                    merged.role = known.role
                people[family(person)] = merged
    topics: list[str] = []
    for item in items:
        topics.extend(topic for topic in item.event.topics if topic not in topics)
    return Meeting(
        id=f"m{number}",
        participants=list(people.values()),
        format=chosen["format"],
        status=chosen["status"],
        date=chosen["date"],
        city=chosen["city"],
        venue=chosen["venue"],
        occasion=chosen["occasion"],
        duration=chosen["duration"],
        planned_duration=chosen["planned_duration"],
        topics=topics,
        sources=sources,
        attributes=attributes,
        conflicts=[name for name, attribute in attributes.items() if attribute.conflict],
        links=[Link(a=position[a.number], b=position[b.number], why=why) for a, b, why in cluster.links],
    )


def _order(cluster: Cluster) -> tuple:
    """Dated meetings by their first day, year-less dates after them, undated ones last."""
    spans = [item.span for item in cluster.items if item.span is not None]
    first = min(item.number for item in cluster.items)
    resolved = [span for span in spans if span.resolved]
    if resolved:
        return (0, min(span.lo for span in resolved), min(span.hi for span in resolved), first)
    if spans:
        return (1, min((span.month or 0) * 100 + (span.day or 0) for span in spans), 0, first)
    return (2, 0, 0, first)


def timeline(documents: Sequence[Document]) -> Timeline:
    """Every event of the documents, reports of the same meeting merged, in date order."""
    blocks: dict[tuple, list[Item]] = {}
    number = 0
    for input_index, document in enumerate(documents):
        for event_index, event in enumerate(document.events):
            sides = frozenset(family(person) for person in event.participants)
            item = Item(number, input_index, event_index, event, document, interval(event.date), _published(document))
            blocks.setdefault((sides, event.format), []).append(item)
            number += 1
    clusters: list[Cluster] = []
    for items in blocks.values():
        clusters.extend(Merger(items).run())
    clusters.sort(key=_order)
    return Timeline(
        documents=[document.source for document in documents],
        meetings=[_meeting(cluster, index + 1) for index, cluster in enumerate(clusters)],
    )


def select(line: Timeline, person: str | None = None, since: date | None = None, until: date | None = None) -> Timeline:
    """Only the meetings of a person (any part of a name, case and ё aside) and within dates; a date filter
    drops undated meetings and keeps a meeting whose date overlaps the range."""
    wanted = _norm(person) if person else None
    kept = []
    for meeting in line.meetings:
        if wanted and not any(wanted in _norm(p.name) for p in meeting.participants):
            continue
        if since or until:
            span = interval(DateValue(**meeting.date)) if isinstance(meeting.date, dict) else interval(meeting.date)
            if span is None or not span.resolved:
                continue
            if since and span.hi < since.toordinal():
                continue
            if until and span.lo > until.toordinal():
                continue
        kept.append(meeting)
    return Timeline(documents=line.documents, meetings=kept)
