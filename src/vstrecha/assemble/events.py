"""Event assembly: candidates become events, or further mentions of an event already seen.

A dated candidate is a new event unless an event with the same sides and date exists. An undated
mention continues the latest event it is compatible with ("Беседа длилась 10-15 минут"). Sides
missing from a sentence come from the latest named pair ("президенты", "они", "Второй визит ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as date_type

from vstrecha.assemble.candidates import (
    GATHERINGS,
    SESSIONS,
    Candidate,
    instead,
    is_noun,
    sentence_candidates,
    title_start,
)
from vstrecha.assemble.clauses import clause_bounds, lemma
from vstrecha.assemble.gatherings import dated_by_the_gathering
from vstrecha.assemble.page import related_headlines
from vstrecha.assemble.places import home_of_occasion, placed_by_headline, placed_by_stay, placed_during_the_visit
from vstrecha.assemble.put_off import one_meeting_put_off
from vstrecha.doc import Doc, Found
from vstrecha.models import CityRef, Event, Occasion, Span, Venue
from vstrecha.resolve.dates import on_dateline
from vstrecha.resolve.persons import CASES, person_gender

STATUS_RANK = {"proposed": 1, "planned": 2, "cancelled": 3, "postponed": 4}  # "не состоялась: перенесли" is put off
SIGN_STATUS = ("not_cancelled", "declined", "cancelled", "postponed", "accepted", "proposed", "planned")
# "принял приглашение": the proposal is taken, the visit planned; "отклонил приглашение": it stays a proposal
STATUS_OF_SIGN = {"accepted": "planned", "declined": "proposed", "not_cancelled": "planned"}
PLACES = frozenset({"CITY_AT", "CITY_TOWN", "CITY_TO", "CITY_MISSPELT"})
NAMED_PLACES = PLACES | {"CITY", "DATELINE", "CITY_FROM"}  # "там", "в городе": whatever city was named last
RECENT = 3  # sentences: an undated mention this close to an event may continue it
PLAN_REACH = 6  # sentences: an undated plan of the pair this close after their meeting is how it came about
STORY_REACH = 5  # sentences: "он", "гость" stand for a person named as a subject this far back
TRIP_REACH = 6  # sentences a planned trip dates the meetings planned on it
NEXT_IN_LINE = frozenset({"затем", "потом", "следом", "далее", "после", "вечером", "следующий"})  # a day's series
LOOKING_BACK = frozenset({"накануне", "ранее", "прежде", "прошлый", "последний", "уже", "до"})  # a flashback's words
SUBORDINATE = frozenset({"что", "чтобы", "который", "где", "куда", "когда", "если", "хотя", "поскольку"})
VISITS = frozenset({"визит", "поездка", "приезд"})
AGAIN = frozenset({"снова", "вновь", "еще", "ещё", "новый", "следующий", "повторный", "очередной", "опять", "ответный"})
MANY_SIDED = frozenset({"международный", "многосторонний", "региональный", "общий", "массовый"})
CONVERSATION = frozenset({"беседа", "беседовать", "побеседовать"})
POSSESSIVE_GENDER = {"его": "masc", "ее": "femn", "её": "femn"}  # "его встречи с министрами": whose meetings
LOOKBACK = 10  # sentences: "там" points no further back than this


@dataclass
class Draft:
    status: str
    format: str
    persons: list[int]
    others: list[int] = field(default_factory=list)
    date: Found | None = None
    city: Found | None = None
    venue: Found | None = None
    occasion: tuple | None = None
    duration: Found | None = None
    planned_duration: Found | None = None
    ordinal: int | None = None
    topics: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    vague: bool = False  # no cue and no tense: a mention of whatever meeting the text is about
    open_format: bool = False  # a bare "разговор" fits a meeting or a call
    conversation: bool = False  # "беседа", "побеседовали": face to face unless the text says otherwise
    guessed: bool = False  # the format of a bare talk, guessed: a later mention that tells it wins
    guest: bool = False  # one side only, named after "с": the host is missing, not the guest
    aside: bool = False  # told after the sentence's first clause ("вернулся из Нью-Дели: накануне он провел ...")
    trip: bool = False  # "перенес поездку": only ever a further mention of a meeting told before
    discussed: bool = False  # "обсудил с X": a talk, in person unless the text says otherwise
    format_told: bool = True  # False for a bare "встреча": it may continue a video meeting told before
    face_to_face: bool = False
    lone: bool = False  # a visitor to a place: never half of a pair with someone from elsewhere
    arrival: bool = False  # "прилетел в Москву во вторник": the same visit as talks there a day later

    def sides(self) -> frozenset[int]:
        return frozenset(self.persons)


def status_of(candidate: Candidate) -> str | None:
    """None for a mention that is no event: negated, hypothetical, or a count of many."""
    signs = candidate.signs
    if "not_held" in signs:
        return "cancelled"  # "так и не увиделись в пятницу": expected, and it did not take place
    if "aggregate" in signs and one_day(candidate):
        signs = signs - {"aggregate"}  # "10 ноября президенты трижды смогли побеседовать": one day, one event
    if signs & {"negated", "staged"} or (signs & {"aggregate", "plural"} and not enumerated(candidate)):
        return None
    for sign in SIGN_STATUS:
        if sign in signs:
            return STATUS_OF_SIGN.get(sign, sign)
    if candidate.tense == "futr":
        return "planned"
    if candidate.tense == "infn":
        return None  # "Надо лучше встречаться": an infinitive that nothing says happened
    return "held"


def one_day(candidate: Candidate) -> bool:
    """One day or a summit's few days: talks counted on it are one occasion ("10-11 ноября ... трижды")."""
    days = {(f.value.start, f.value.end) for f in candidate.dates}
    if len(days) != 1:
        return False
    start, end = next(iter(days))
    if not (start and end and len(start) == len(end) == 10):
        return False
    try:
        return (date_type.fromisoformat(end) - date_type.fromisoformat(start)).days <= 2
    except ValueError:
        return False


def enumerated(candidate: Candidate) -> bool:
    """ "три встречи: первая — с X, вторая — с Y": many meetings, each told."""
    return len(candidate.ordinals) >= 2 and len(candidate.persons) >= 2


def _unique(values: list[int]) -> list[int]:
    return list(dict.fromkeys(values))


class Assembler:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.drafts: list[Draft] = []
        self.context: list[int] = []  # the latest sides named: "президенты" and "они" mean them
        self.latest: Draft | None = None
        self.series: Draft | None = (
            None  # "Путин несколько раз принимал Уиткоффа в Москве": sides and place of a series
        )
        self.trip: tuple[int, Found, int] | None = None  # a planned trip's traveller, day and sentence
        self.subjects: dict[tuple[int, bool], list[int]] = {}  # a sentence's subjects, read once
        self.words: dict[tuple[int, bool], frozenset[str]] = {}  # a sentence's lemmas or words, read once
        self.put_off: Draft | None = None  # "визит Лукашенко в Россию перенесен": its meetings told next are too
        self.put_off_day: Found | None = None  # the day that visit was to be
        self.day: Draft | None = None  # "Миллер в среду принял в Москве пятерых собеседников": host, day, place

    def sides(self, candidate: Candidate, subject: list[int]) -> list[int]:
        persons = _unique([p for p in candidate.persons if p not in candidate.others])
        if persons and candidate.discussed and not candidate.counterpart and self.all_after_s(candidate, persons):
            # "С председателем рады Литвиным гость намерен обсудить ...", "С X речь шла о ..., а с Y — о ...":
            # whoever stands after "с" is the other side of the one the sentence or the story is about
            host = [p for p in subject if p not in persons][:1]
            if not host:  # "С X речь шла о ...": no subject of its own, the one the story follows
                candidate.pronoun = True
                host = self.protagonist(candidate, persons)
            if host:
                candidate.counterpart = True
                candidate.positions[host[0]] = -1
                for guest in persons:  # guests, wherever "с" put them
                    candidate.positions[guest] = max(candidate.positions.get(guest, 0), candidate.last)
                return host + persons
        if candidate.with_him and len(persons) == 1:
            other = self.told_before(candidate, persons, candidate.with_him)
            if other:
                return persons + other  # "31 мая Путин встретился с ним": the one the sentence is about
        if candidate.guest_pronoun and len(persons) == 1:
            candidate.pronoun = True
            return persons + self.protagonist(candidate, persons)  # "его примет мэр Поздняк"
        if candidate.carrier_before is not None:  # "Мутко вручил Рогге приглашение от Путина": Путин and Рогге
            persons = [p for p in persons if candidate.positions.get(p, candidate.last) > candidate.carrier_before]
            subject = [p for p in subject if p in persons]
        if candidate.place_visit and not candidate.signs & {"proposed", "accepted", "declined"}:
            start = candidate.inviter_from
            host = [p for p in persons[1:] if start is not None and candidate.positions.get(p, -1) >= start][:1]
            persons = persons[:1] + host  # the visitor, and the one who invited him; whom else he met, the text
            # says elsewhere or not at all
        if len(persons) >= 2 and candidate.counterpart and not candidate.group and self.all_guests(candidate, persons):
            host = self.host(candidate, subject, persons)
            if host:
                candidate.positions.setdefault(host[0], -1)  # the host stands before the meeting word
            return host + persons  # "провел встречи с Лавровым и Шойгу": guests never meet each other here
        if candidate.sides_of_three and len(persons) < 3:
            three = self.three_sides(persons)
            if three:
                return three
        if len(persons) >= 2:
            return persons
        if candidate.group and len(self.context) >= 2 and (not persons or persons[0] in self.context):
            return list(self.context)
        if len(persons) == 1:
            if len(self.context) >= 2 and persons[0] in self.context:
                return list(self.context)
            if candidate.counterpart:  # "встреча с Зеленским": the other side is the sentence's subject
                host = self.host(candidate, subject, persons)
                if host:  # the host stands before the meeting word, wherever the sentence names him again
                    candidate.positions[host[0]] = min(candidate.positions.get(host[0], -1), -1)
                return host + persons  # the host first: the one the story follows
            return persons
        return list(self.context)

    def host(self, candidate: Candidate, subject: list[int], persons: list[int]) -> list[int]:
        """Who met the guests after "с": the sentence's subject; but "его встречи с X" in a clause of its own
        speaks of the one the story follows ("Евтушенкова принял премьер, кроме того, состоялись его встречи с
        министрами")."""
        own = [p for p in subject if p not in persons][:1]
        tokens = self.doc.sentences[candidate.sentence].tokens
        whose = tokens[candidate.first - 1].value.lower() if candidate.first else ""
        if whose in POSSESSIVE_GENDER and candidate.clause[0] > 0:
            return self.told_before(candidate, persons, POSSESSIVE_GENDER[whose]) or own
        return own or self.protagonist(candidate, persons)

    def three_sides(self, persons: list[int]) -> list[int]:
        """ "трехсторонней встречи" after talks of A with B and of A with C: A, B and C."""
        recent = [d for d in self.drafts if self.latest and d.sentences[-1] >= self.latest.sentences[-1] - 1]
        sides = _unique(persons + [p for d in recent for p in d.persons])
        return sides if len(sides) == 3 else []

    def names_listed_in_a_headline(self, candidate: Candidate, persons: list[int]) -> bool:
        """ "Алиев, Мори, Ганди: петербургские дни Путина прошли в переговорах": a line with no full stop that
        names three or more, one of them in another case than the list: the body tells who met whom."""
        sentence = self.doc.sentences[candidate.sentence]
        tokens = sentence.tokens
        if len(persons) < 3 or candidate.counterpart or candidate.sides_of_three or tokens[-1].value in ".!?…":
            return False
        found = self.doc.in_sentence(self.doc.found.get("persons", []), candidate.sentence)
        cases = {f.entity: _cases(tokens[f.last - 1]) for f in found if f.entity in persons}
        # "Встреча Путина, Назарбаева и Лукашенко" is one list; "Алиев, Мори, Ганди: ... дни Путина" is not
        return any(not one & other for one in cases.values() for other in cases.values())

    def all_after_s(self, candidate: Candidate, persons: list[int]) -> bool:
        """Each of them is named after "с" (the title included): "с президентом Якутии Борисовым"."""
        tokens = self.doc.sentences[candidate.sentence].tokens
        for person in persons:
            at = title_start(tokens, candidate.positions.get(person, 0))
            if not (0 < at and lemma(tokens[at - 1]) in ("с", "со")):
                return False
        return True

    @staticmethod
    def all_guests(candidate: Candidate, persons: list[int]) -> bool:
        """Everyone named stands after "с": "встречи с министром Лавровым и министром Шойгу"."""
        return all(candidate.positions.get(p, -1) >= candidate.last for p in persons)

    def add(self, candidate: Candidate, subject: list[int]) -> None:
        status = status_of(candidate)
        persons = self.sides(candidate, subject)
        words = _words(self.doc, candidate)
        if self.day_of_the_visit_put_off(candidate, persons):
            return
        if status is None:
            signs = sorted(candidate.signs & {"negated", "staged", "aggregate", "plural"}) or [
                "an infinitive nothing says happened"
            ]
            self.doc.reject(candidate.sentence, f"{words}: {' and '.join(signs)}")
            if {"aggregate", "plural"} & set(signs):
                self.open_day(candidate, persons, subject)
            if len(persons) >= 2:
                self.context = persons
                if {"aggregate", "plural"} & set(signs):
                    self.series = Draft("held", candidate.format, persons, city=_first(candidate.cities))
                    self.series.sentences = [candidate.sentence]
            return
        if len(persons) >= 2 and candidate.counterpart and self.all_guests(candidate, persons) and not candidate.group:
            self.doc.reject(candidate.sentence, f"{words}: the host of a meeting with several guests is not named")
            return
        if self.names_listed_in_a_headline(candidate, persons):
            self.doc.reject(candidate.sentence, f"{words}: a headline lists several people, not who met whom")
            return
        if (
            not candidate.persons
            and self.doc.sentences[candidate.sentence].tokens[candidate.first - 1 : candidate.first]
            and (lemma(self.doc.sentences[candidate.sentence].tokens[candidate.first - 1]) in MANY_SIDED)
        ):
            self.doc.reject(candidate.sentence, f"{words}: a meeting of many with no one named")
            return
        if candidate.of_another:
            self.doc.reject(candidate.sentence, f"{words}: told of another gathering, in a clause about it")
            return
        if candidate.crowd:
            self.doc.reject(candidate.sentence, f"{words}: met with a group, not a person")
            self.open_day(candidate, persons, subject)
            return
        visitors = [
            p for p in candidate.persons if candidate.clause[0] <= candidate.positions.get(p, -1) < candidate.clause[1]
        ]
        if candidate.place_visit and not visitors and not candidate.group and candidate.own_subject:
            self.doc.reject(
                candidate.sentence, f"{words}: a visit to a place by someone not named (its clause's subject)"
            )
            return
        if not persons and not (candidate.dates or candidate.cities):
            self.doc.reject(candidate.sentence, f"{words}: no participants found")
            return
        vague = status == "held" and candidate.tense is None and not candidate.dates and not candidate.signs
        for sides in self.pairs(candidate, persons):
            self.add_sides(candidate, status, sides, vague)
        if self.latest is not None and len(self.latest.persons) >= 2:
            self.context = list(self.latest.persons)

    def protagonist(self, candidate: Candidate, persons: list[int]) -> list[int]:
        """ "Он провел переговоры с ...", "последовали еще три встречи": the one the story follows: the subject
        of the sentences just before, else the first side of the latest meeting."""
        if candidate.pronoun:
            gender = self.pronoun_gender(candidate.sentence)
            for index in range(candidate.sentence - 1, max(-1, candidate.sentence - 1 - STORY_REACH), -1):
                subject = [p for p in self.subject_of(index, every=True) if p not in persons]
                subject = [p for p in subject if gender is None or self.gender(p) in (gender, None)]
                if subject:
                    return subject[:1]
        if (candidate.pronoun or enumerated(candidate)) and self.latest is not None:
            return [p for p in self.latest.persons[:1] if p not in persons]
        return []

    def at_the_summit(self, draft: Draft) -> bool:
        """ "В среду российский президент побеседует с президентом Ирана": a talk of someone at a summit or
        forum told just before, within its days, is in person there."""
        story = self.latest
        if story is None or story.occasion is None or story.format != "in_person" or story.date is None:
            return False
        if not set(draft.persons) & set(story.persons) or draft.sentences[0] - story.sentences[-1] > TRIP_REACH:
            return False
        return draft.date is None or _days_apart(draft.date, story.date) <= 2

    def told_before(self, candidate: Candidate, persons: list[int], gender: str) -> list[int]:
        """The person "он"/"она" stands for: named in the sentence before the meeting word, else the subject of the
        sentences just before, of that gender and not the side already named."""
        found = self.doc.in_sentence(self.doc.found.get("persons", []), candidate.sentence)
        named = [f.entity for f in found if f.entity is not None and f.first < candidate.first]
        pool = [p for p in named if p not in persons]
        for index in range(candidate.sentence - 1, max(-1, candidate.sentence - 1 - STORY_REACH), -1):
            pool += [p for p in self.subject_of(index, every=True) if p not in persons]
        return [p for p in _unique(pool) if self.gender(p) in (gender, None)][:1]

    def words_of(self, index: int, surface: bool = False) -> frozenset[str]:
        """The lemmas (``surface``: the lower-case words) of a sentence, read once however many meeting words ask."""
        if (index, surface) not in self.words:
            tokens = self.doc.sentences[index].tokens
            read = (lambda t: t.value.lower()) if surface else lemma
            self.words[index, surface] = frozenset(read(t) for t in tokens)
        return self.words[index, surface]

    def subject_of(self, index: int, every: bool = False) -> list[int]:
        """Who a sentence is about, read once per sentence however many meeting words ask."""
        if (index, every) not in self.subjects:
            self.subjects[index, every] = sentence_subject(self.doc, index, every)
        return self.subjects[index, every]

    def pronoun_gender(self, sentence: int) -> str | None:
        """ "он" or "она" in the sentence, when only one of them is: the story's subject has that gender."""
        words = self.words_of(sentence, surface=True)
        if ("он" in words) != ("она" in words):
            return "masc" if "он" in words else "femn"
        return None

    def gender(self, index: int) -> str | None:
        person = self.doc.entities["persons"][index]
        return person_gender(person.first, person.last)

    def pairs(self, candidate: Candidate, persons: list[int]) -> list[list[int]]:
        """ "Путин провел переговоры с Си, Моди и Эрдоганом": one meeting with each of them."""
        if enumerated(candidate) and candidate.signs & {"plural", "aggregate"}:
            host = self.protagonist(candidate, candidate.persons)
            return [host + [guest] for guest in _unique(candidate.persons)] if host else [persons]
        if candidate.hosts and len(persons) >= 2 and not candidate.counterpart:
            candidate.pronoun = True  # "гостя приняли генсек То Лам и премьер Фам Минь Тьинь": each received him
            guest = self.protagonist(candidate, persons)
            if guest:
                return [[host, guest[0]] for host in persons]
        if not candidate.counterpart or len(persons) < 3:
            return [persons]
        host = [p for p in persons if candidate.positions.get(p, candidate.last) < candidate.first]
        guests = [p for p in persons if candidate.positions.get(p, candidate.first) >= candidate.last]
        if len(host) != 1 or len(guests) < 2:
            return [persons]
        tokens = self.doc.sentences[candidate.sentence].tokens
        if named_as_a_party(tokens, candidate.last, min(candidate.positions[p] for p in guests)):
            return [persons]  # "встретился с руководством Евросоюза — A, B и C": one meeting with them all
        return [[host[0], guest] for guest in guests]

    def add_sides(self, candidate: Candidate, status: str, persons: list[int], vague: bool) -> None:
        words = _words(self.doc, candidate)
        for date, ordinal in self._dates(candidate, status) or [(None, None)]:
            draft = Draft(
                status=status,
                format=candidate.format,
                persons=persons,
                others=_unique(candidate.others),
                date=date,
                city=_first(candidate.cities),
                venue=_first(candidate.venues),
                occasion=_first(candidate.occasions),
                duration=_first(candidate.durations),
                planned_duration=_first(candidate.planned_durations),
                ordinal=ordinal if ordinal is not None else (candidate.ordinals[0][1] if candidate.ordinals else None),
                topics=list(dict.fromkeys(candidate.topics)),
                sentences=[candidate.sentence],
                vague=vague,
                open_format=candidate.open_format,
                conversation=all(
                    lemma(self.doc.sentences[candidate.sentence].tokens[t.first]) in CONVERSATION
                    for t in candidate.triggers
                ),
                format_told=candidate.format_told,
                discussed=candidate.discussed,
                trip=candidate.trip,
                aside=candidate.clause[0] > 0,
                arrival=candidate.arrival,
                face_to_face=candidate.face_to_face,
                lone=candidate.place_visit or candidate.trip,
            )
            if draft.status == "held" and candidate.tense != "past" and self.ahead(draft.date):
                draft.status = "planned"  # "На пятницу в графике значатся переговоры": not past, a day still ahead
                self.doc.note(candidate.sentence, f"{words}: not in the past tense and dated after the report")
            if candidate.there:
                draft.city = self.there(candidate, draft.city)
            draft.guest = len(persons) == 1 and candidate.counterpart and self.all_guests(candidate, persons)
            if candidate.same_format and self.latest is not None:
                draft.format = self.latest.format  # "в таком же формате": as the meeting just told
                draft.open_format = False
            if draft.date is None and self.on_the_trip(draft):
                assert self.trip is not None
                draft.date = self.trip[1]
                self.doc.note(candidate.sentence, f"{words}: on the trip planned for {draft.date.value.text}")
            visit = all(
                lemma(self.doc.sentences[candidate.sentence].tokens[t.first]) in VISITS for t in candidate.triggers
            )
            if len(persons) == 1 and visit and draft.status in ("postponed", "cancelled"):
                self.put_off = draft
                # "отказался от поездки, которая намечалась на 2 сентября": the day it was to be, not of the change
                self.put_off_day = draft.date if "planned" in candidate.signs else None
            elif self.on_the_visit_put_off(draft):
                assert self.put_off is not None
                draft.status = self.put_off.status
                if draft.date is None:
                    draft.date = self.put_off_day
                if draft.city is None and draft.venue is None:
                    draft.city = self.put_off.city  # "поездка в Одессу": where the visit was to go
                self.doc.note(candidate.sentence, f"{words}: on the visit {self.put_off.status} before")
            if len(persons) == 1 and candidate.several and draft.date and len(draft.date.value.start or "") == 10:
                self.day = draft  # "в среду принял сразу пятерых собеседников": the guests are told next
            elif draft.date is None and self.in_the_day(draft, candidate):
                assert self.day is not None
                draft.date = self.day.date
                if draft.city is None and draft.venue is None and draft.format == "in_person":
                    draft.city, draft.venue = self.day.city, self.day.venue
                told = self.day.date.value.text if self.day.date else _city(self.day)
                self.doc.note(candidate.sentence, f"{words}: one of the meetings of {told}")
            if draft.date is None and self.next_in_line(candidate, draft):
                assert self.latest is not None and self.latest.date is not None
                draft.date = self.latest.date
                same_sentence = self.latest.sentences[-1] == candidate.sentence  # "..., а затем был принят X"
                if (draft.status == "planned" or same_sentence) and draft.city is None and draft.venue is None:
                    draft.city, draft.venue = self.latest.city, self.latest.venue  # the same trip or day
                self.doc.note(
                    candidate.sentence, f"{words}: the same day as the meeting before it ({draft.date.value.text})"
                )
            framing = candidate.anchor and not candidate.counterpart  # "По итогам встречи премьер поручил ..."
            reason = self.place(draft, candidate.anchor, candidate.anaphoric, candidate.backward, framing)
            if reason:
                self.doc.reject(candidate.sentence, f"{words}: {reason}")

    def _dates(self, candidate: Candidate, status: str) -> list[tuple[Found, int | None]]:
        """One date, or several for an enumeration "второй — 13 марта, третий — 11 апреля"."""
        if status == "proposed" and candidate.proposed_at is not None:
            before = [found for found in candidate.dates if found.last <= candidate.proposed_at]
            for found in before:  # "11 июня пригласил президента приехать": the day of the invitation
                self.doc.note(candidate.sentence, f"{found.value.text!r} is the day of the proposal, not of the visit")
            candidate.dates = [found for found in candidate.dates if found not in before]
        if not candidate.dates:
            return []
        if len(candidate.dates) >= 2 and len(candidate.ordinals) >= 2:
            listed = []
            for found in candidate.dates:
                before = [value for index, value in candidate.ordinals if found.first - 3 <= index < found.first]
                if before:
                    listed.append((found, before[-1]))
            if len(listed) >= 2:
                return listed
        if listed_days(self.doc, candidate):
            return [(found, None) for found in candidate.dates]
        nearest = min(candidate.dates, key=lambda found: candidate.distance(found.first, found.last))
        inside = [f for f in candidate.dates if _precision(nearest) == 4 < _precision(f) and _same_time(f, nearest)]
        if inside:  # "в нынешнем году: в мае": the month within the year
            nearest = max(inside, key=_precision)
        return [(nearest, None)]

    def place(
        self, draft: Draft, anchor: bool, anaphoric: bool, backward: bool = False, framing: bool = False
    ) -> str | None:
        """Merge the draft into the event it mentions, or start a new event; the reason when it does neither.
        A framing mention ("по итогам встречи", without "с" and a side) never starts an event of its own."""
        if anchor:  # "во время телефонного разговора с Путиным 20 марта предложил ...": a call not told before is one
            told = [d for d in self.drafts if d.format == draft.format or not draft.format_told or draft.open_format]
            known = {person for existing in told for person in existing.persons}
            if not set(draft.persons) - known:
                return "names a meeting told before as a time anchor"
        if draft.trip:
            draft.date = None  # "накануне Рахмон перенес поездку": the day of the change, not of the meeting
        target = self.find(draft)
        if target is None and draft.trip:
            return "a trip that changes no meeting told before"
        if target is None and framing and self.drafts:
            return "names a meeting as a time frame; whoever the sentence names besides is not its side"
        if target is None:
            if anaphoric and draft.date is None:
                return "refers back to a meeting not found"
            if draft.open_format:  # a talk that continues nothing: in person where a place says so, else a call
                in_person = draft.city or draft.venue or draft.occasion or draft.face_to_face or draft.discussed
                if not in_person and self.at_the_summit(draft):
                    assert self.latest is not None
                    in_person, draft.city, draft.occasion = True, self.latest.city, self.latest.occasion
                    self.doc.note(draft.sentences[0], "a talk at the summit told before: in person, there")
                in_person = in_person or draft.conversation
                draft.format = "in_person" if in_person else "phone"
                draft.guessed = not (draft.city or draft.venue or draft.occasion or draft.face_to_face)
            self.inherit(draft)
            self.drafts.append(draft)
            if self.flashback(draft):
                self.doc.note(
                    draft.sentences[0], "an earlier meeting told in passing: the story goes on with the one before"
                )
                return None
            self.latest = draft
            return None
        self.merge(target, draft, new_sides=not anchor)
        if not (backward and draft.date is None):
            self.latest = target  # "во время предыдущей встречи в Гамбурге" looks back without moving the story
        return None

    def compatible(self, existing: Draft, draft: Draft) -> bool:
        guessed = existing.guessed and not draft.open_format and existing.sides() == draft.sides()
        formats_differ = existing.format != draft.format and not guessed
        if formats_differ and not draft.open_format and not self.video_met(existing, draft):
            return False
        if (
            not draft.vague
            and (draft.status == "held") != (existing.status == "held")
            and not self.plan_of(existing, draft)
        ):
            return False
        if existing is self.day and len(existing.persons) == 1:
            return False  # "принял сразу пятерых собеседников": the day as a whole is none of its meetings
        sides, other = draft.sides(), existing.sides()
        if len(sides) == 1 and len(other) == 1:  # each names one side: together they make the pair
            near = existing.sentences[-1] >= draft.sentences[0] - RECENT
            both_guests = draft.guest and existing.guest  # "встретился с X, а еще раньше провел переговоры с Y"
            return near and not (draft.lone or existing.lone or both_guests)
        if sides and other and not (sides <= other or other <= sides):
            return False
        return not (draft.ordinal and existing.ordinal and draft.ordinal != existing.ordinal)

    def plan_of(self, existing: Draft, draft: Draft) -> bool:
        """ "Встреча прошла ... Позже Поздняков рассказал, что встречу предложил сам Бах": an undated plan or proposal
        of the pair just told held is how that meeting came about (a plan and what came of it are one meeting)."""
        if existing.status != "held" or draft.status not in ("planned", "proposed") or draft.date is not None:
            return False
        if draft.lone:
            return False  # "пригласил посетить Турцию": a visit invited is another meeting
        if existing.sides() != draft.sides() or _city(draft):
            return False
        if existing.sentences[-1] < draft.sentences[0] - PLAN_REACH:
            return False
        words = self.words_of(draft.sentences[0])
        return not words & AGAIN

    def on_the_trip(self, draft: Draft) -> bool:
        """ "Миллер завтра, 22 сентября, отправится в Новгородскую область, где встретится с губернатором": a
        meeting planned on a trip planned for a day, a few sentences on, is of that day."""
        if self.trip is None or draft.status != "planned":
            return False
        traveller, _, sentence = self.trip
        return traveller in draft.persons and draft.sentences[0] - sentence <= TRIP_REACH

    def open_day(self, candidate: Candidate, persons: list[int], subject: list[int]) -> None:
        """A day of meetings told as a whole ("провел серию переговоров", "провел в Пекине переговоры с
        руководством города"): its host, day and place frame the meetings told next."""
        hosts = [p for p in persons if p in subject] or (persons if len(persons) == 1 else subject[:1])
        days = [d for d in candidate.dates if len(d.value.start or "") == 10]
        if len(hosts) == 1 and (days or candidate.cities):  # "провел в Москве серию рабочих встреч"
            self.day = Draft("held", candidate.format, hosts, date=_first(days), city=_first(candidate.cities))
            self.day.venue = _first(candidate.venues)
            self.day.sentences = [candidate.sentence]

    def ahead(self, found: Found | None) -> bool:
        """The day lies wholly after the report's publication."""
        published = self.doc.published
        start = found.value.start if found is not None else None
        if published is None or start is None or len(start) != 10:
            return False
        try:
            return date_type.fromisoformat(start) > published
        except ValueError:
            return False

    def day_of_the_visit_put_off(self, candidate: Candidate, persons: list[int]) -> bool:
        """ "Визит Лукашенко переносится. ... Поездка должна была пройти 26–27 мая": the first day told for the
        visit put off, in a sentence of its own that names nobody else, is the day its meetings were to be."""
        visit = self.put_off
        if visit is None or self.put_off_day is not None or not candidate.dates or not candidate.trip:
            return False
        if set(persons) - set(visit.persons) or not 0 < candidate.sentence - visit.sentences[0] <= TRIP_REACH:
            return False
        self.put_off_day = candidate.dates[0]
        self.doc.note(candidate.sentence, f"{candidate.dates[0].value.text!r} is the day the visit put off was to be")
        return True

    def on_the_visit_put_off(self, draft: Draft) -> bool:
        """ "Визит Лукашенко в Россию перенесен. Ранее ожидалось, что он проведет переговоры с Путиным": the
        talks planned on a visit put off or called off are put off or called off with it."""
        visit = self.put_off
        if visit is None or visit.persons[0] not in draft.persons:
            return False
        # "В программе его визита значились встреча с мэром": a meeting told as part of that visit
        part = draft.status == "held" and bool(self.words_of(draft.sentences[0]) & VISITS) and draft.date is None
        if draft.status != "planned" and not part:
            return False
        if _city(visit) and _city(draft) and _city(visit) != _city(draft):
            return False  # "визит в Токио перенесен ... все же проведут переговоры в Пекине": another meeting
        return 0 < draft.sentences[0] - visit.sentences[0] <= TRIP_REACH

    def in_the_day(self, draft: Draft, candidate: Candidate) -> bool:
        """A meeting of the host of a day told as a whole, a few sentences on, with no day of its own and no
        word of looking back ("встречаются не впервые: в октябре прошлого года ...")."""
        day = self.day
        if day is None or day.persons[0] not in draft.persons or draft.status != day.status:
            return False
        if not 0 < draft.sentences[0] - day.sentences[0] <= TRIP_REACH:
            return False
        words = self.words_of(candidate.sentence)
        return not words & LOOKING_BACK

    def next_in_line(self, candidate: Candidate, draft: Draft) -> bool:
        """ "После индийского премьера Путин встретился с Рамафосой, а затем провел переговоры с Си": the next
        meeting of a day's series, on the day of the one before; "он также проведет встречи с X" after a
        meeting of his planned for a day: another of that day (a visit told as held may span days)."""
        latest = self.latest
        if latest is None or latest.date is None or len(latest.date.value.start or "") != 10:
            return False
        if candidate.signs - {"planned"}:
            return False
        words = {lemma(token) for token in self.doc.sentences[candidate.sentence].tokens[: candidate.first]}
        if words & NEXT_IN_LINE and not candidate.signs:
            return True
        also = ("также" in words or candidate.pronoun) and draft.status == latest.status == "planned"
        also = also and draft.format == latest.format and bool(set(draft.persons) & set(latest.persons))
        return also and latest.sentences[-1] >= draft.sentences[0] - 1

    def flashback(self, draft: Draft) -> bool:
        """ "... куда вернулся из Нью-Дели: накануне он провел там переговоры с Моди": a held meeting dated before
        the story's own, told in passing; the words that follow ("начало встречи") still speak of the story."""
        story = next((d for d in self.drafts if len(d.persons) >= 2 and d.date is not None), None)
        if story is None or story is draft or draft.date is None or draft.status != "held" or self.latest is not story:
            return False
        words = self.words_of(draft.sentences[0])
        if not (draft.aside and words & LOOKING_BACK):
            return False
        before, after = draft.date.value, story.date.value
        if not (before.resolved and after.resolved and before.start and after.start):
            return False
        return (before.end or before.start) < after.start[: len(before.end or before.start)]

    @staticmethod
    def video_met(existing: Draft, draft: Draft) -> bool:
        """ "провел встречу в режиме видеоконференции ... Встречу пришлось прервать": a bare "встреча",
        undated, continues a video meeting; news calls those meetings too."""
        return existing.format == "video" and not draft.format_told and draft.date is None

    def find(self, draft: Draft) -> Draft | None:
        """The event this draft mentions again, if any: same day, or, undated, the same place and thread."""
        latest = self.latest
        # the place the story is at: not where a meeting is only planned ("договорились встретиться в Стамбуле")
        here = latest is not None and (latest.status not in ("planned", "proposed") or draft.status != "held")
        place = _city(draft) or (_city(latest) if here else None)
        if draft.vague and self.latest is not None and self.compatible(self.latest, draft):
            return self.latest
        for existing in reversed(self.drafts):
            if not self.compatible(existing, draft):
                continue
            there = _city(existing)
            if draft.date is not None:
                if existing.date is not None:
                    if _same_time(existing.date, draft.date) and (
                        not there or not _city(draft) or there == _city(draft)
                    ):
                        return existing
                    if (
                        draft.arrival
                        and there
                        and there == _city(draft)
                        and _days_apart(existing.date, draft.date) <= 2
                    ):
                        draft.date = None  # the talks' day stays the event's day
                        return existing
                    continue
                if (there and there == _city(draft)) or not (there and _city(draft)):
                    return existing  # the meeting told before (in the headline, say) now has its day
                continue
            if there and place and there != place:
                continue
            if there and there == place:
                return existing
            if draft.status != "held" and existing.sentences[-1] >= draft.sentences[0] - RECENT:
                return existing
            if draft.vague or (draft.status != "held" and _city(draft) is None and existing.sides() == draft.sides()):
                return existing  # "подготовка к саммиту" far below still means the summit being planned
            if existing is self.latest or existing.sentences[-1] >= draft.sentences[0] - RECENT:
                return existing
            return None
        return None

    def there(self, candidate: Candidate, city: Found | None) -> Found | None:
        """ "в резиденции в Сочи, куда вернулся из Нью-Дели: накануне он провел там переговоры": "там" is the
        place named last before it, not the first one of the sentence."""
        named = self.place_named_before(candidate.sentence, candidate.first)
        if city is None or (named is not None and named.sentence == city.sentence and named.first > city.last):
            if city is not None and named is not None:
                self.doc.note(candidate.sentence, f"«там» is {named.value.name}, named last, not {city.value.name}")
            return named
        return city

    def place_named_before(self, sentence: int, first: int) -> Found | None:
        """ "Турне началось в Куала-Лумпуре ... Лавров провел там переговоры": the place just named."""
        cities = self.doc.found.get("cities", [])
        for index in range(sentence, max(-1, sentence - LOOKBACK), -1):
            named = [
                f
                for f in self.doc.in_sentence(cities, index)
                if f.rule.split(":")[-1] in NAMED_PLACES and (index < sentence or f.last <= first)
            ]
            if named:
                return named[-1]
        return None

    def inherit(self, draft: Draft) -> None:
        """A new event missing its place or day takes them from the event or series just before it."""
        before = self.latest
        if draft.city is None and draft.venue is None and before is not None and before.city is not None:
            same_trip = draft.persons[:1] == before.persons[:1] and draft.date is not None and before.date is not None
            if same_trip and _days_apart(draft.date, before.date) <= 1 and draft.status == before.status:
                draft.city = before.city  # a tour: the next day's talks where the last ones were
        sources = (self.latest, self.series) if draft.date is None else (self.series,)
        candidates = [d for d in sources if d is not None and d.sides() == draft.sides()]
        if not candidates:
            return
        before = max(candidates, key=lambda d: d.sentences[-1])
        if draft.status == "held" and before.status in ("planned", "proposed"):
            return  # a meeting that took place is not where a future one is to be
        if draft.status == "proposed":
            return  # "пригласил посетить Турцию": a proposal is about another time and place
        if draft.city is None and draft.venue is None:
            draft.city, draft.venue = before.city, before.venue
            if draft.occasion is None:
                draft.occasion = before.occasion
        if draft.date is None and draft.status != "held" and _city(draft) and _city(draft) == _city(before):
            draft.date = before.date

    def merge(self, target: Draft, draft: Draft, new_sides: bool = True) -> None:
        """``new_sides`` False for a mention that names the meeting as a time frame ("По итогам встречи премьер
        поручил заместителям ..."): whoever it names besides were not at a meeting whose sides are known."""
        if new_sides or len(target.persons) < 2:
            target.persons = _unique(target.persons + draft.persons)
        target.others = _unique(target.others + [p for p in draft.others if p not in target.persons])
        if target.date is not None and draft.date is not None and _precision(draft.date) > _precision(target.date):
            target.date = draft.date  # "в августе 2025 года", then "в ночь с 15 на 16 августа"
        for name in ("duration", "planned_duration"):
            if refines(getattr(draft, name), getattr(target, name)):
                setattr(target, name, getattr(draft, name))
        for name in ("date", "city", "venue", "occasion", "duration", "planned_duration", "ordinal"):
            if getattr(target, name) is None:
                setattr(target, name, getattr(draft, name))
        if target.guessed and not draft.open_format:
            target.format, target.guessed = draft.format, False  # "поговорил" in the headline, "пообщался" in Пхенчхане
        if STATUS_RANK.get(draft.status, 0) > STATUS_RANK.get(target.status, 0) and not self.plan_of(target, draft):
            target.status = draft.status
        target.topics = list(dict.fromkeys(target.topics + draft.topics))
        target.sentences = sorted(set(target.sentences + draft.sentences))


def named_as_a_party(tokens, start: int, first_guest: int) -> bool:
    """ "с руководством Евросоюза — A, B и C", "двух членов МОК: A и B": the guests are one party, met together."""
    between = tokens[start:first_guest]
    dash = next((i for i, token in enumerate(between) if token.value in ("—", "–", ":")), None)
    return dash is not None and any(is_noun(token) for token in between[:dash])


def listed_days(doc: Doc, candidate: Candidate) -> bool:
    """ "встречались 14 декабря 2021 года, 6 апреля и 23 мая 2022 года": held meetings on days listed one after
    another, each its own meeting (days next to each other are one meeting over two days)."""
    dates = sorted(candidate.dates, key=lambda found: found.first)
    if len(dates) < 2 or candidate.signs or candidate.tense != "past":
        return False
    if any(not found.value.resolved or len(found.value.start or "") != 10 for found in dates):
        return False
    tokens = doc.sentences[candidate.sentence].tokens
    for one, other in zip(dates, dates[1:], strict=False):
        between = [token.value for token in tokens[one.last : other.first]]
        if between not in ([","], ["и"], [",", "и"]) or _days_apart(one, other) <= 1:
            return False
    return True


def refines(new: Found | None, old: Found | None) -> bool:
    """ "более четырех часов", then "примерно 4 часа 20 минут": a closed length inside an open one is more precise."""
    if new is None or old is None:
        return False
    low, high = old.value.min, old.value.max
    if low is not None and high is not None:
        return False  # already closed
    if new.value.min is None or new.value.max is None:
        return False
    return (low is None or new.value.min >= low) and (high is None or new.value.max <= high)


def _first(items: list):
    return items[0] if items else None


def _precision(found: Found) -> int:
    return len(found.value.start or "")


def _days_apart(one: Found, other: Found) -> int:
    try:
        return abs((date_type.fromisoformat(one.value.start) - date_type.fromisoformat(other.value.start)).days)
    except (TypeError, ValueError):
        return 10**6


def _same_time(one: Found, other: Found) -> bool:
    """Equal, or one lies within the other ("в августе 2025 года" and "15 августа 2025 года")."""
    a, b = one.value, other.value
    if (a.start, a.end) == (b.start, b.end):
        return True
    if not (a.start and b.start and a.resolved and b.resolved):
        return False
    wide, narrow = (a, b) if len(a.start) < len(b.start) else (b, a)
    return narrow.start.startswith(wide.start) and (narrow.end or narrow.start).startswith(wide.end or wide.start)


def _words(doc: Doc, candidate: Candidate) -> str:
    return repr(doc.text[candidate.triggers[0].start : candidate.triggers[-1].stop])


def _city(draft: Draft) -> str | None:
    if draft.city is not None:
        return draft.city.value.name
    if draft.venue is not None:
        return draft.venue.value.city
    return None


LASTING = frozenset({"длиться", "продлиться", "продолжаться", "занять"})
LEADING = frozenset({"возглавить", "возглавлять", "глава"})


def continue_latest(assembler: Assembler, doc: Doc, index: int) -> None:
    """A sentence with no meeting word may still finish the latest event's story.

    "Он продлился около двух часов." gives its duration; "Российскую делегацию возглавил Мединский,
    украинскую — Умеров." gives the sides of talks told between delegations; "было согласовано место —
    Будапешт" gives the place.
    """
    latest = assembler.latest
    if latest is None or latest.sentences[-1] < index - RECENT:
        return
    words = {lemma(token) for token in doc.sentences[index].tokens}
    durations = doc.in_sentence(doc.found.get("durations", []), index)
    of_another = words & (GATHERINGS | SESSIONS)  # "Заседание продлится два дня": another gathering's length
    if (
        words & LASTING
        and durations
        and not of_another
        and (latest.duration is None or refines(durations[0], latest.duration))
    ):
        latest.duration = durations[0]
        latest.sentences.append(index)
    cities = doc.in_sentence(doc.found.get("cities", []), index)
    if "место" in words and cities and latest.city is None and latest.venue is None:
        latest.city = cities[0]  # "согласовано место — Будапешт", "местом встречи станет Женева"
        latest.sentences.append(index)
    found = doc.in_sentence(doc.found.get("persons", []), index)
    persons = _unique([f.entity for f in found if f.entity is not None])
    if words & LEADING and "делегация" in words and len(latest.persons) < 2 and len(persons) >= 2 - len(latest.persons):
        latest.persons = _unique(latest.persons + persons)[:2]
        latest.sentences.append(index)
        assembler.context = list(latest.persons)


def calls_have_no_place(doc: Doc, drafts: list[Draft]) -> None:
    """A call or video link joins two places: a city named beside it ("в связи с аварией в Соликамске",
    the dateline) is where something else happened, not where the sides met."""
    for draft in drafts:
        if draft.format != "in_person" and (draft.city is not None or draft.venue is not None):
            doc.note(draft.sentences[0], f"a {draft.format} talk has no meeting place: {_city(draft)} dropped")
            draft.city = draft.venue = None


def share_occasions(drafts: list[Draft]) -> None:
    """Meetings on one day in one city, one of them "на полях саммита ШОС": the others were at the summit too."""
    for draft in drafts:
        if draft.occasion is not None or draft.date is None or _city(draft) is None:
            continue
        for other in drafts:
            if other.occasion is None or other.date is None or _city(other) != _city(draft):
                continue
            if _same_time(other.date, draft.date) or _days_apart(other.date, draft.date) <= 1:
                draft.occasion = other.occasion
                break


def dateline_day(doc: Doc) -> Found | None:
    """The day of a dateline ("БРАЗИЛИА, 26 мая —") in the first sentences, if any."""
    for sentence in doc.sentences[:4]:
        for found in doc.in_sentence(doc.found.get("dates", []), sentence.index):
            if on_dateline(sentence.tokens, found.first, found.last):
                return found
    return None


SOON = 3  # days: a meeting planned this soon after a dated report is where the reporter is


def _today(doc: Doc, draft: Draft) -> bool:
    """ "МОСКВА, 14 января — Фрадков в пятницу примет губернатора", "КИЕВ, 19 фев — Янукович в понедельник, 20
    февраля, встретится с X": planned for the day of the report or the days right after it, where it is."""
    if doc.published is None or draft.date is None or draft.venue is not None:
        return False
    start, end = draft.date.value.start, draft.date.value.end
    if start is None or start != end or len(start) != 10:
        return False
    try:
        ahead = (date_type.fromisoformat(start) - doc.published).days
    except ValueError:
        return False
    return 0 <= ahead <= SOON


def _on_dateline_day(doc: Doc, draft: Draft) -> bool:
    """ "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 29 авг — Губернатор сегодня провел встречу": with no year known, the meeting
    of the dateline's own day."""
    day = dateline_day(doc)
    return day is not None and draft.date is not None and draft.date.value.start == day.value.start


def dated_by_dateline(doc: Doc, drafts: list[Draft]) -> None:
    """ "МОСКВА, 23 дек — Путин провел телефонные разговоры ...": the wire item reports that day's news, so a
    held meeting of its lead that the text dates no other way is of the dateline's day."""
    day = dateline_day(doc)
    if day is None:
        return
    for draft in drafts:
        lead = draft.sentences[0] <= day.sentence + 1 and len(draft.persons) >= 2
        if draft.date is None and draft.status == "held" and lead:
            draft.date = day
            doc.note(draft.sentences[0], f"dated by the dateline: {day.value.text}")


def dateline_city(doc: Doc) -> Found | None:
    """The city of a dateline ("МОСКВА, 15 авг —") in the first sentences, if any."""
    for found in doc.found.get("cities", []):
        if found.sentence > 3:
            break
        if found.rule.endswith(":DATELINE"):
            return found
        tokens = doc.sentences[found.sentence].tokens
        word = tokens[found.first].value
        if (
            found.first == 0
            and word.isupper()
            and len(word) > 2
            and found.last < len(tokens)
            and tokens[found.last].value == ","
        ):
            return found
    return None


def _near_publication(doc: Doc, draft: Draft) -> bool:
    if doc.published is None or draft.date is None or not draft.date.value.start or not draft.date.value.resolved:
        return False
    try:
        day = date_type.fromisoformat(draft.date.value.start)
    except ValueError:
        return False
    return abs((doc.published - day).days) <= 3


def sentence_subject(doc: Doc, index: int, every: bool = False) -> list[int]:
    """Who the sentence is about: its first person in the nominative of the main clause (``every``: all of
    them, for a pronoun to choose from by gender)."""
    tokens = doc.sentences[index].tokens
    found = doc.in_sentence(doc.found.get("persons", []), index)
    clauses = clause_bounds(tokens)
    subordinate = [c for c in clauses if c[0] > 0 and lemma(tokens[c[0]]) in SUBORDINATE]
    said = next((c[0] for c in clauses if c[0] > 0 and lemma(tokens[c[0]]) in ("что", "чтобы")), None)
    if said is not None:  # "он напомнил, что ...: турецкого спикера принял Путин": all that follows is what was said
        subordinate.append((said, len(tokens)))
    persons = [
        f.entity
        for f in found
        if f.entity is not None
        and not instead(tokens, f.first)
        and _nominative(tokens, f)
        and not any(a <= f.first < b for a, b in subordinate)  # "он напомнил, что Москву посетил Куртулмуш"
    ]
    references = doc.in_sentence(doc.found.get("person_refs", []), index)
    refs = [
        e
        for f in references
        for e in (f.value or ())
        if e is not None and _nominative(tokens, f) and _can_be_subject(tokens[f.first])
    ]
    return _unique(persons + refs[:1]) if every else _unique(persons[:1] + refs[:1])


def _can_be_subject(token) -> bool:
    """ "американскому коллеге" is whom one speaks to, not who acts."""
    forms = getattr(token, "forms", None) or []
    return not forms or any("nomn" in form.grams for form in forms)


def _cases(token) -> set[str]:
    """The cases of the likeliest reading ("Путина" is Путин's genitive, not the noun "путина"); every case for a
    word that does not decline ("Лукашенко", "Мори")."""
    forms = getattr(token, "forms", None) or []
    if not forms or any("Fixd" in form.grams for form in forms):
        return set(CASES)
    return {case for case in CASES if case in forms[0].grams}


def _nominative(tokens, found: Found) -> bool:
    """The subject is not the one met: "он провел переговоры с Чхве Сон Хи", "с министром Лавровым"."""
    start = title_start(tokens, found.first)
    if start == 0:
        return True
    forms = getattr(tokens[start - 1], "forms", None) or []
    passive = bool(forms) and {"PRTS", "pssv"} <= forms[0].grams  # "принят председателем Ким Чен Ыном"
    return not passive and lemma(tokens[start - 1]) not in ("с", "со")


def planned_trip(doc: Doc, index: int) -> tuple[int, Found, int] | None:
    """ "Миллер завтра, 22 сентября, отправится с рабочей поездкой в Новгородскую область": one traveller, a
    trip word, a day and a verb in the future: the meetings planned on the trip are of that day."""
    words = doc.in_sentence(doc.matches.get("meetings", []), index)
    if not any(m.rule.endswith(("VISIT_NOUN", "VISIT_VERB")) for m in words):
        return None
    persons = {f.entity for f in doc.in_sentence(doc.found.get("persons", []), index) if f.entity is not None}
    days = [f for f in doc.in_sentence(doc.found.get("dates", []), index) if len(f.value.start or "") == 10]
    future = any(
        "futr" in forms[0].grams
        for token in doc.sentences[index].tokens
        if (forms := getattr(token, "forms", None)) and "VERB" in forms[0].grams
    )
    if len(persons) != 1 or not days or not future:
        return None
    return next(iter(persons)), days[-1], index


def assemble_events(doc: Doc) -> None:
    assembler = Assembler(doc)
    elsewhere = related_headlines(doc)
    for sentence in doc.sentences:
        if sentence.index in elsewhere:
            doc.reject(sentence.index, "a headline of another story, listed under «Читайте также»")
            continue
        assembler.trip = planned_trip(doc, sentence.index) or assembler.trip
        subject = assembler.subject_of(sentence.index)
        candidates = sentence_candidates(doc, sentence)
        for candidate in candidates:
            assembler.add(candidate, subject)
        if not candidates:
            continue_latest(assembler, doc, sentence.index)
    dated_by_dateline(doc, assembler.drafts)
    dated_by_the_gathering(doc, assembler.drafts)
    placed_by_stay(doc, assembler.drafts, _near_publication)
    placed_during_the_visit(doc, assembler.drafts)
    dateline = dateline_city(doc)
    for draft in assembler.drafts:
        held = draft.status == "held"  # a meeting only planned or put off need not be where the reporter is
        if (
            dateline is not None
            and held
            and draft.city is None
            and draft.venue is None
            and (_near_publication(doc, draft) or _on_dateline_day(doc, draft))
        ) or (dateline is not None and draft.status == "planned" and _today(doc, draft) and draft.city is None):
            draft.city = dateline  # "ТЯНЬЦЗИНЬ, 1 сен —": the news is written where the meeting is
    if dateline is None:
        placed_by_headline(doc, assembler.drafts, _near_publication)
    calls_have_no_place(doc, assembler.drafts)
    share_occasions(assembler.drafts)
    assembler.drafts = one_meeting_put_off(doc, assembler.drafts)
    for draft in assembler.drafts:
        if len(draft.persons) < 2:
            doc.reject(draft.sentences[0], "one side only: the other side of the meeting is not named")
    doc.events = [to_event(doc, draft) for draft in assembler.drafts if len(draft.persons) >= 2]


def to_event(doc: Doc, draft: Draft) -> Event:
    persons = doc.entities.get("persons", [])

    def ref(index: int):
        person = persons[index]
        return person.model_dump(exclude={"mentions"})

    venue = None
    if draft.venue is not None:
        venue = Venue.model_validate(draft.venue.value.model_dump())
    city = CityRef.model_validate(draft.city.value.model_dump()) if draft.city is not None else None
    if city is None and draft.venue is not None:
        city = draft.venue.value.city_ref()
    if city is None:
        city = home_of_occasion(doc, draft)
    occasion = None
    if draft.occasion is not None:
        match, name = draft.occasion
        occasion = Occasion(text=doc.text[match.start : match.stop], name=name)
    evidence = [Span(start=doc.sentences[i].start, stop=doc.sentences[i].stop) for i in draft.sentences]
    return Event(
        format=draft.format,
        status=draft.status,
        participants=[ref(i) for i in draft.persons],
        others=[ref(i) for i in draft.others if i not in draft.persons],
        date=draft.date.value if draft.date else None,
        city=city,
        venue=venue,
        occasion=occasion,
        duration=draft.duration.value if draft.duration else None,
        planned_duration=draft.planned_duration.value if draft.planned_duration else None,
        ordinal=draft.ordinal,
        topics=draft.topics,
        evidence=evidence,
    )
