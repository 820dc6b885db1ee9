"""One candidate per meeting word: the persons, dates, places and cues of its part of the sentence.

Each value found in a sentence goes to the nearest trigger of its clause; values of a clause with
no trigger go to the nearest trigger of the sentence. Speakers ("сообщил ... Рябков") and possessors
inside a role ("помощник Путина Юрий Ушаков") are never participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vstrecha.assemble.clauses import SPEECH, clause_bounds, lemma
from vstrecha.doc import Doc, Found, GrammarMatch, Sentence
from vstrecha.facts.meetings import Cue, Occasion, Topic, Trigger
from vstrecha.numerals import ORDINALS
from vstrecha.resolve.dates import on_dateline

# "после встречи", "по итогам беседы", "во время нынешнего визита": a meeting already told, as a time frame
ANCHORS = frozenset(
    {"после", "перед", "накануне", "итог", "завершение", "ход", "время", "рамка", "нынешний", "текущий"}
    | {"начало", "окончание", "конец", "до"}  # "перед началом беседы", "по окончании переговоров", "до разговора"
)
FACE_TO_FACE = frozenset(
    {"ужин", "обед", "завтрак", "поле", "саммит", "форум", "церемония", "лично", "личный", "очный", "кулуары"}
)
VENUE_KINDS = frozenset({"резиденция", "дворец", "дом", "замок", "вилла", "поместье", "усадьба", "здание"})
PLACE_VISITS = frozenset({"визит", "посетить", "посещать", "прилететь", "приехать", "прибыть", "побывать"})
INVITING = frozenset({"пригласить", "приглашать", "приглашение", "позвать", "звать", "предложить"})
# gatherings whose own schedule is the meeting's: "форум, который пройдет 14–17 июня"
GATHERINGS = frozenset({"форум", "саммит", "конференция", "сессия", "заседание", "церемония", "визит", "поездка"})
JOINING = frozenset({"а", "и"})  # "..., а также проведет переговоры": the same subject goes on
SUMMITS = frozenset({"саммит", "форум", "конференция", "сессия", "съезд", "ассамблея"})
SESSIONS = frozenset({"заседание", "совещание", "сессия", "конференция", "форум", "пленум", "съезд", "коллегия"})
OPINION = frozenset(
    {"считать", "рассчитывать", "ждать", "ожидать", "надеяться", "полагать", "опасаться", "понимать", "уверять"}
)
MOVING = frozenset({"перенести", "отложить", "перенос", "переноситься", "переносить", "откладывать"})
DELAYS = frozenset({"опоздание", "опоздать", "задержка", "задержать", "задерживаться", "отставание"})
WITH_HIM = {"ним": "masc", "ней": "femn", "нею": "femn"}
TO_MEET = frozenset(
    {"провести", "организовать", "устроить", "встретиться", "увидеться", "посетить", "приехать", "прилететь"}
    | {"побывать", "созвониться", "поговорить", "побеседовать", "обсудить", "принять", "нанести", "выступить"}
)
FATES = frozenset(
    {"отставка", "смерть", "гибель", "назначение", "избрание", "арест", "уход", "освобождение", "увольнение"}
)
CARRYING = frozenset({"передать", "вручить", "передавать", "вручать", "доставить"})
TRIP_NOUNS = ("визит", "поездка")  # "с визитом министр X": the frame ends before the title
AGREEING = frozenset({"условиться", "договориться", "договариваться", "условливаться", "сговориться"})
ARRIVALS = frozenset({"прилететь", "приехать", "прибыть", "прилетать", "приезжать"})
BACKWARD = frozenset({"предыдущий", "прошлый", "прежний"})
DEMONSTRATIVES = frozenset({"этот", "тот", "данный", "подобный", "такой", "указанный"})
COUNTABLE = frozenset(
    {"встреча", "беседа", "визит", "контакт", "разговор", "саммит"}
)  # plural: many meetings  # "после встречи с Путиным": a time anchor
PLANNED_LENGTH = frozenset({"запланировать", "запланированный", "отводиться", "планироваться", "рассчитать", "отвести"})
BOTH = frozenset({"оба", "обa", "два", "двое"})
GROUP_WORDS = frozenset(
    {
        "президент", "лидер", "глава", "сторона", "они", "их", "стороны", "министр", "премьер", "спикер",
        "губернатор", "мэр", "председатель", "коллега", "собеседник", "политик",
    }
)  # fmt: skip
# city rules whose frame can place a meeting: "в Гамбурге", "в городе Дананг", "прилетел в Москву", "в Анкордиже"
MEETING_PLACE = frozenset({"CITY_AT", "CITY_TOWN", "CITY_TO", "CITY_MISSPELT", "VENUE_AT"})
TITLE_GAP = (
    8  # tokens: "мэр «города алюминщиков» Владислав Поздняк", "министром иностранных и европейских дел Словакии X"
)
COUNTERPART_REACH = 16  # tokens after "с": "с президентом Международной федерации футбола (FIFA) Джанни Инфантино"
VIDEO_WORDS = frozenset(
    {"видеоконференция", "видеосвязь", "дистанционный", "онлайн", "видеоформат", "видеорежим", "телемост"}
)
# "он провел переговоры с ...", "гостья провела переговоры с ...": the one the story follows
STORY_SUBJECTS = frozenset({"он", "она", "гость", "гостья", "визитёр", "визитер", "дипломат"})
THREE_SIDED = frozenset({"трехсторонний", "трёхсторонний"})
TIME_NOUNS = frozenset({"утро", "вечер", "день", "ночь", "неделя", "год", "месяц", "число", "дата", "срок", "время"})
# "для переговоров с руководством Швеции", "встреча с правительством": no one named
COLLECTIVES = frozenset(
    {"руководство", "правительство", "администрация", "делегация", "коллектив", "общественность", "сторона"}
    | {"командование", "министерство", "ведомство", "парламент", "кабинет", "штаб", "посольство", "компания"}
)
PRESS = frozenset(
    {"корреспондент", "журналист", "обозреватель", "интервьюер", "репортёр", "репортер", "ведущий", "редакция"}
)
INSTEAD = frozenset({"вместо", "без"})  # "вместо Нетаньяху ...", "встреча ... — без Алиева": not a side
COMMA_GAP = 5  # tokens a comma counts for when a value is assigned to the nearest meeting word
DAY = 1440  # minutes: a meeting lasts hours; days, months and years are a visit's or a period's
CUE_REACH = 10  # tokens: "Планировалось, что Путин и Трамп проведут в Париже двустороннюю встречу"


@dataclass
class Candidate:
    sentence: int
    triggers: list[GrammarMatch]
    format: str = "in_person"
    signs: set[str] = field(default_factory=set)
    persons: list[int] = field(default_factory=list)  # person entity indexes, in text order
    positions: dict[int, int] = field(default_factory=dict)  # person entity -> its first token
    others: list[int] = field(default_factory=list)
    group: bool = False  # "президенты", "лидеры двух стран", "они": the sides named earlier
    dates: list[Found] = field(default_factory=list)
    cities: list[Found] = field(default_factory=list)
    venues: list[Found] = field(default_factory=list)
    durations: list[Found] = field(default_factory=list)
    planned_durations: list[Found] = field(default_factory=list)
    occasions: list[tuple[GrammarMatch, str]] = field(default_factory=list)
    ordinals: list[tuple[int, int]] = field(default_factory=list)  # (token index, value) of "второй", "седьмой"
    topics: list[str] = field(default_factory=list)
    anchor: bool = False
    anaphoric: bool = False  # "этого разговора", "подобный контакт": a meeting already told
    counterpart: bool = False  # "встреча с X": X is the other side
    open_format: bool = False  # a bare "разговор": in person or by phone, as the event it continues
    own_subject: bool = False  # "что делегация ... посещала Москву": its clause has a subject that is no person
    trip: bool = False  # only "поездка": it can change a meeting told before ("перенес поездку"), never start one
    signed: bool = False  # "подписали соглашение": the years after it are the document's
    discussed: bool = False  # only "обсудил с X": what follows the verb is the topic, its dates the topic's
    sides_of_three: bool = False  # "трехсторонняя встреча": the three sides named last
    same_format: bool = False  # "в таком же формате": as the meeting told before
    format_told: bool = False  # a word says how they met: "по телефону", "видеосвязь", "лично", "на полях"
    backward: bool = False  # "предыдущий разговор": an earlier meeting, told or not
    reach: int = 0
    proposed_at: int | None = None  # where "пригласил", "предложил" stands: a day before it is the proposal's
    of_another: bool = False  # in a relative clause about a gathering that names no meeting word
    with_him: str | None = None  # "с ним" / "с ней": the gender of the other side told of before
    hosts: bool = False  # "приняли X и Y": several received the one the story follows
    guest_pronoun: bool = False  # "его примет мэр X": X hosts whoever the story follows
    several: bool = False  # "принял сразу пятерых собеседников": people met, not named here
    inviter_from: int | None = None  # "по приглашению X": where the one who invited is named
    carrier_before: int | None = None  # "Мутко вручил X приглашение от Путина": who carries it is named before
    place_visit: bool = False  # "посетил Исламабад", "визит на острова": a visit to a place, its visitor only
    crowd: bool = False  # "встреча с журналистами": the other side is not a person
    pronoun: bool = False  # "он провел переговоры с ...": the one the story is about
    there: bool = False  # "провел там переговоры": the place just named
    face_to_face: bool = False  # "во время ужина", "на полях": a talk there was in person
    arrival: bool = False  # "прилетел в Москву": the visit whose talks are told beside it
    clause: tuple[int, int] = (0, 0)  # an anchored mention owns the words after it up to the next verb or comma
    tense: str | None = None

    @property
    def first(self) -> int:
        return self.triggers[0].first

    @property
    def last(self) -> int:
        return self.triggers[-1].last

    def owns(self, first: int, last: int) -> bool:
        """An anchored mention ("перед встречей с Зеленским") owns only the few words after it."""
        return not self.anchor or self.last <= first < self.reach

    def distance(self, first: int, last: int) -> int:
        if last <= self.first:
            return self.first - last
        if first >= self.last:
            return first - self.last
        return 0


def _kind(match: GrammarMatch, fact_type: type) -> bool:
    return isinstance(match.fact, fact_type)


def sentence_candidates(doc: Doc, sentence: Sentence) -> list[Candidate]:
    matches = doc.in_sentence(doc.matches.get("meetings", []), sentence.index)
    occasions = [m for m in matches if _kind(m, Occasion)]
    if not any(_kind(m, Trigger) for m in matches):
        return []
    tokens = sentence.tokens
    clauses = clause_bounds(tokens)
    triggers = [
        m
        for m in matches
        if _kind(m, Trigger)
        and not any(_names_occasion(m, o) for o in occasions)
        and _is_meeting(doc, sentence, m, clauses)
    ]
    if not triggers:
        return []
    candidates = _group(sentence.index, triggers, tokens)
    place_finds = [
        f
        for kind in ("cities", "countries", "venues")
        for f in doc.in_sentence(doc.found.get(kind, []), sentence.index)
    ]
    mentions = [
        f for kind in ("persons", "person_refs") for f in doc.in_sentence(doc.found.get(kind, []), sentence.index)
    ]
    mention_starts = {f.first for f in mentions}
    framing = {
        index
        for kind in ("dates", "cities", "venues")
        for f in doc.in_sentence(doc.found.get(kind, []), sentence.index)
        for index in range(max(0, f.first - 1), f.last)  # with its preposition
    }
    trigger_starts = {index for c in candidates for t in c.triggers for index in range(t.first, t.last)}
    named = {index for f in mentions for index in range(f.first, f.last)}
    people = {index for f in mentions if f.kind == "persons" for index in range(f.first, f.last)}
    for candidate in candidates:
        candidate.clause = next(c for c in clauses if c[0] <= candidate.first < c[1])
        _read_trigger(candidate, tokens, clauses)
        if not candidate.counterpart:  # "о встрече в среду в Пхеньяне с Ким Чен Иром": a day and a place between
            index = candidate.last
            while index in framing:
                index += 1
            candidate.counterpart = (
                index > candidate.last and index < len(tokens) and lemma(tokens[index]) in ("с", "со")
            )
        start = candidate.clause[0]
        antecedent = range(max(0, start - 7), start)
        candidate.of_another = (
            start > 1
            and lemma(tokens[start]) == "который"
            and bool({lemma(tokens[index]) for index in antecedent} & SESSIONS)
            and not any(index in trigger_starts for index in antecedent)
            and not any(start - 7 <= f.first < candidate.clause[1] for f in mentions)
        )  # "по итогам заседания Группы, которое также прошло по видеосвязи": another gathering's format
        while candidate.reach in named and candidate.reach < len(tokens):  # "с Моди" is no verb "модить"
            candidate.reach = next(
                (
                    i
                    for i in range(candidate.reach + 1, len(tokens))
                    if tokens[i].value in ",;:" or _finite_verb(tokens[i])
                ),
                len(tokens),
            )
        if candidate.counterpart:
            window = range(candidate.last + 1, min(candidate.reach, candidate.last + COUNTERPART_REACH))
            nobody = not any(start in window for start in mention_starts)
            crowd = nobody and _plural_object(tokens, window) and not candidate.with_him  # "с ним" is someone
            candidate.crowd = _press_object(tokens, window) or crowd
        candidate.own_subject = _noun_subject(tokens, range(candidate.clause[0], candidate.first), named)
        to_someone = candidate.last < len(tokens) and lemma(tokens[candidate.last]) == "у"  # "побывал у Путина"
        if all(lemma(tokens[t.first]) in PLACE_VISITS for t in candidate.triggers) and not to_someone:
            ahead = range(candidate.last, min(candidate.reach, candidate.last + 4))
            candidate.place_visit = any(f.first in ahead for f in place_finds)

    def owner(first: int, last: int) -> Candidate:
        clause = next((c for c in clauses if c[0] <= first < c[1]), clauses[-1])
        local = [c for c in candidates if clause[0] <= c.first < clause[1]]
        if not local and lemma(tokens[clause[0]]) == "который":
            # "о переговорах, которые он провел во вторник в Пекине с Цзян Цзэминем": the meeting word it is about
            about = [c for c in candidates if clause[0] - 3 <= c.last <= clause[0]]
            if about:
                return about[-1]
        main = [c for c in candidates if lemma(tokens[c.clause[0]]) != "который"]
        pool = local or (main if lemma(tokens[clause[0]]) != "который" else []) or candidates
        # "примет A и B, прилетевших в Москву": a participle after the names describes them; they are the verb's
        pool = [c for c in pool if not (c.first >= last and _participle(tokens[c.first]))] or pool
        return min(pool, key=lambda c: (not c.owns(first, last), c.distance(first, last) + commas(c, first), c.first))

    def commas(candidate: Candidate, first: int) -> int:
        """A comma between a word and a meeting word puts them further apart: ", переговоры длились"."""
        low, high = sorted((candidate.first, first))
        return COMMA_GAP * sum(token.value == "," for token in tokens[low:high])

    def cue_owner(first: int, last: int) -> Candidate | None:
        """A cue speaks of the meeting word after it ("отменил встречу", "надежды на встречу"), else the one before."""
        clause = next((c for c in clauses if c[0] <= first < c[1]), clauses[-1])
        following = [c for c in candidates if first <= c.first < clause[1] and not c.anchor]
        if following and following[0].distance(first, last) <= CUE_REACH:
            return following[0]
        reported = _reported_clause(tokens, clauses, clause, last)
        if reported is not None:  # "выразил надежду, что в следующий раз они встретятся"
            inside = [c for c in candidates if reported[0] <= c.first and not c.anchor]  # and the clauses within
            if inside:
                return inside[0]
        candidate = owner(first, last)
        if candidate.anchor:  # "встречи с Путиным на полях саммита не запланировано": the meeting, not its frame
            unanchored = [c for c in candidates if not c.anchor and clause[0] <= c.first < clause[1]]
            if unanchored:
                candidate = min(unanchored, key=lambda c: c.distance(first, last))
        own_clause = any(clause[0] <= other.first < clause[1] for other in candidates)
        if own_clause and candidate.distance(first, last) > CUE_REACH and not _its_predicate(tokens, candidate, first):
            return None
        if not own_clause and lemma(tokens[clause[0]]) in ("что", "чтобы") and candidate.first < clause[0]:
            return None  # "напомнил, что в 2000 году стороны наметили направления": what was said, not the meeting
        return candidate  # "..., но Трамп отменил ее": a clause of its own speaks of the meeting before

    trigger_tokens = {index for c in candidates for t in c.triggers for index in range(t.first, t.last)}
    speakers = _speaker_spans(doc, sentence, matches)
    others_from = [m.last for m in matches if _kind(m, Cue) and m.fact.sign == "others"]
    person_finds = doc.in_sentence(doc.found.get("persons", []), sentence.index)
    starts = {found.first for found in person_finds}
    by_start = {found.first: found for found in person_finds}
    for found in person_finds:
        touching = by_start.get(found.last)  # "Хельге Лундом Миллер рассмотрел": two people side by side
        if touching is not None and (touching.entity == found.entity or found.last - found.first == 1):
            continue
        if found.entity is None or any(a <= found.first < b for a, b in speakers) or _addressee(tokens, found):
            continue
        if instead(tokens, found.first) or whose_fate(tokens, found.first):
            continue
        if _subject_of_a_contrast(tokens, clauses, candidates, found):
            continue  # "встреча с мэром ..., а в 19:00 Ющенко должен был открыть концерт": that clause's own
        candidate = owner(found.first, found.last)
        is_other = any(
            start <= found.first and (found.first < candidate.first or start > candidate.last) for start in others_from
        )
        (candidate.others if is_other else candidate.persons).append(found.entity)
        candidate.positions.setdefault(found.entity, found.first)
    for found in doc.in_sentence(doc.found.get("person_refs", []), sentence.index):
        if any(a <= found.first < b for a, b in speakers) or _addressee(tokens, found):
            continue
        if in_a_title(doc, found):
            continue  # "советника индийского премьера по нацбезопасности Довала": whose adviser, not a side
        if any(0 <= start - found.last <= TITLE_GAP and _only_title(tokens, found.last, start) for start in starts):
            continue  # "мэр «города алюминщиков» Владислав Поздняк": the title of the name after it
        candidate = owner(found.first, found.last)
        entities = [entity for entity in (found.value or ()) if entity is not None]
        if entities:
            candidate.persons.extend(entities)
            for entity in entities:  # "российский президент побеседует с X и Y": where the host stands
                candidate.positions.setdefault(entity, found.first)
        else:
            candidate.group = True
    duration_starts = {f.first for f in doc.in_sentence(doc.found.get("durations", []), sentence.index)}
    for cue in (m for m in matches if _kind(m, Cue)):
        if cue.fact.sign in ("speaker", "others", "topic"):
            continue
        if cue.fact.sign == "planned" and {cue.last, cue.last + 1} & duration_starts:
            continue  # "вместо запланированных 30 минут": the length was planned, not the meeting
        if cue.fact.sign == "proposed" and _proposed_else(tokens, cue, trigger_tokens):
            continue  # "встретился с ним и предложил возглавить регион": proposing something else to do
        if cue.fact.sign == "proposed" and cue.first > 0 and lemma(tokens[cue.first - 1]) == "по":
            invited = cue_owner(cue.first, cue.last) or _agreeing(tokens, cue, candidates)
            if invited is not None:
                invited.inviter_from = cue.last  # "посещал Ханой по приглашению Хюэ": the host is named here
            continue  # "прибыл по приглашению Володина": the visit's own tense tells what came of the invitation
        candidate = cue_owner(cue.first, cue.last) or _agreeing(tokens, cue, candidates)
        if candidate is not None and candidate.discussed and cue.first >= candidate.last:
            continue  # "обсудили подготовку к ЧМ-2018": what was discussed, not how the talk stands
        if candidate is not None:
            candidate.signs.add(cue.fact.sign)
            if cue.fact.sign == "proposed" and candidate.proposed_at is None:
                candidate.proposed_at = cue.first
    if any("staged" in c.signs for c in candidates):
        for candidate in candidates:  # "обыграли хозяев со счетом 4:1, а следующую встречу проведут с ...": sport
            candidate.signs.add("staged")
    speaking = [clause for clause in clauses if any(clause[0] <= a < clause[1] for a, _ in speakers)]

    def said_in(found: Found) -> bool:
        """In a clause that only says who reported it ("сообщили в Елисейском дворце", "Песков 03.03 заявил")."""
        return any(a <= found.first < b for a, b in speaking) and not any(
            a <= c.first < b for a, b in speaking for c in candidates
        )

    for found in doc.in_sentence(doc.found.get("dates", []), sentence.index):
        said_when = (
            said_in(found)
            or _beside_speech(tokens, found, candidates)
            or on_dateline(tokens, found.first, found.last)
            or _of_another_thing(tokens, found, trigger_tokens)
            or _of_another_clause(tokens, found, trigger_tokens, people)
            or _in_speech_clause(tokens, found, candidates, clauses)
            or _in_what_was_said(tokens, found, candidates, clauses)
            or _moved_to(tokens, found)
            or _day_of_agreeing(tokens, found, candidates, clauses)
        )
        before = lemma(tokens[found.first - 1]) if found.first else ""
        if found.value.start is None or said_when:
            continue  # "Песков 03.03.2026 заявил, что ...": the day of the statement
        candidate = owner(found.first, found.last)
        if candidate.discussed and found.first >= candidate.last:
            continue  # "обсудил с Путиным вмешательство в выборы в 2016 году": the topic's year
        if candidate.signed and found.first >= candidate.last and len(found.value.start or "") == 4:
            continue  # "подписали программу на 2024–2026 годы": the years the document is for
        since = re.match(r"(?i)(с|со|после|до)\s", found.value.text) and found.value.start == found.value.end
        if not (before in ANCHORS or since):  # "после 2019 года", "с 2020 года": a reference point, not the day
            candidate.dates.append(found)
    for found in doc.in_sentence(doc.found.get("cities", []), sentence.index):
        if in_a_title(doc, found):
            continue  # "генконсул Германии в Новосибирске Михаэль Кантцлер": where the post is, not the meeting
        visited = found.first > 0 and lemma(tokens[found.first - 1]) in PLACE_VISITS  # "посетить Москву"
        framed = found.rule.split(":")[-1] in MEETING_PLACE or visited
        if any(0 <= found.first - o.last <= 1 and _anchored(tokens, o.first) for o in occasions):
            continue  # "вскоре после саммита G7 в Хиросиме": the summit's city, a time anchor
        if _of_another_clause(tokens, found, trigger_tokens, people):
            continue  # "заседания Госсовета, которое запланировано на 12 апреля в Москве": that session's place
        if _where_they_think(tokens, found):
            continue  # "В Москве рассчитывают, что ...", "В Токио этих переговоров ждали давно": who thinks so
        if framed and not said_in(found) and not _beside_speech(tokens, found, candidates):
            candidate = owner(found.first, found.last)
            if candidate.discussed and found.first >= candidate.last and not candidate.counterpart:
                if any(is_noun(token) for token in tokens[candidate.last : found.first]):
                    continue  # "рассмотрели строительство моста в Ульяновске": the topic's place
            candidate.cities.append(found)
    _share_opening_date(candidates)
    for found in doc.in_sentence(doc.found.get("venues", []), sentence.index):
        framed = found.rule.split(":")[-1] in MEETING_PLACE or _in_residence(tokens, found.first)
        if framed and not said_in(found) and not _where_they_think(tokens, found):
            owner(found.first, found.last).venues.append(found)
    for found in doc.in_sentence(doc.found.get("durations", []), sentence.index):
        candidate = owner(found.first, found.last)
        window = {lemma(token) for token in tokens[max(0, found.first - 4) : found.first]}
        if window & DELAYS or window & SESSIONS:
            continue  # "с опозданием на шесть часов", "Заседание продлится два дня": not how long they talked
        if (found.value.min or found.value.max or 0) >= DAY:
            continue  # "двухдневный визит", "за пять лет сотрудничества": a visit's or a period's length
        (candidate.planned_durations if window & PLANNED_LENGTH else candidate.durations).append(found)
        if window & PLANNED_LENGTH:
            candidate.signs.add("planned_length")
    for occasion in occasions:
        owner(occasion.first, occasion.last).occasions.append((occasion, occasion.fact.name))
    topic_cues = [m for m in matches if _kind(m, Cue) and m.fact.sign == "topic"]
    for topic in (m for m in matches if _kind(m, Topic)):
        clause = next(c for c in clauses if c[0] <= topic.first < c[1])
        if any(clause[0] <= cue.first < clause[1] for cue in topic_cues):
            owner(topic.first, topic.last).topics.append(topic.fact.name)
    for index, token in enumerate(tokens):
        word = lemma(token)
        if word in ORDINALS and index + 1 < len(tokens) and _counts_meetings(tokens, index, trigger_tokens):
            owner(index, index + 1).ordinals.append((index, ORDINALS[word]))
        modified = index > 0 and _adjective(tokens[index - 1]) and lemma(tokens[index - 1]) not in BOTH
        if word in GROUP_WORDS and _plural(token) and not modified:
            owner(index, index + 1).group = True  # "президенты", not "западные лидеры"
    return _lend_frames(candidates)


def _share_opening_date(candidates: list[Candidate]) -> None:
    """ "В тот же день она провела переговоры с A, а также встретилась с B": a date (and a city) that opens the
    sentence, before every meeting word, dates (and places) each of them that has none of its own."""
    if len(candidates) < 2:
        return
    opening = [f for f in candidates[0].dates if f.last <= candidates[0].first]
    places = [f for f in candidates[0].cities if f.last <= candidates[0].first]  # "В воскресенье в Улан-Баторе ..."
    for candidate in candidates[1:]:
        if candidate.signs:
            continue
        if not candidate.dates:
            candidate.dates = list(opening)
        if not candidate.cities and candidate.format == "in_person":
            candidate.cities = list(places)


def _lend_frames(candidates: list[Candidate]) -> list[Candidate]:
    """ "В воскресенье, в первый день саммита, Путин побеседовал с Пашиняном": a meeting word with nobody
    of its own is the frame of the one beside it; its day, place and occasion go to that one."""
    with_people = [c for c in candidates if c.persons or c.group]
    if not with_people:
        return candidates
    kept = []
    for candidate in candidates:
        if candidate.persons or candidate.group or candidate.anchor or candidate.signs:
            kept.append(candidate)
            continue
        # "предложение посетить Россию, сделанное на саммите": where a proposal was made is not its frame
        same_clause = [c for c in with_people if c.clause == candidate.clause and not c.signs & {"proposed", "planned"}]
        if not same_clause:
            kept.append(candidate)
            continue
        nearest = min(same_clause, key=lambda c: abs(c.first - candidate.first))
        for name in ("dates", "cities", "venues", "occasions", "durations", "planned_durations"):
            if not getattr(nearest, name):
                setattr(nearest, name, getattr(candidate, name))
    return kept


def _counts_meetings(tokens, index: int, trigger_tokens: set[int]) -> bool:
    """ "вторая встреча", "первая официальная встреча", "в седьмой раз", "первая — с ...": the ordinal counts
    meetings; not "Первой мировой войны" or "в первый день саммита"."""
    following = tokens[index + 1 : index + 4]
    if following and following[0].value in "—–-:":
        return True  # an enumeration: "первая — с главой МИД Индонезии"
    if following and lemma(following[0]) == "раз":
        return True
    for offset, token in enumerate(following, 1):
        if index + offset in trigger_tokens:
            return True
        if not _adjective(token):
            return False
    return False


def _only_title(tokens, first: int, last: int) -> bool:
    """Between a title and a name only the words of the title: no verb, comma, preposition or conjunction."""
    for index in range(first, last):
        token = tokens[index]
        forms = getattr(token, "forms", None) or []
        if (
            token.value.lower() == "и"
            and _adjective(tokens[index - 1])
            and index + 1 < last
            and _adjective(tokens[index + 1])
        ):
            continue  # "министром иностранных и европейских дел Словакии"
        if token.value in ",;:" or _finite_verb(token) or (forms and forms[0].grams & {"PREP", "CONJ"}):
            return False
    return True


AGREEMENT_GRAMS = ("masc", "femn", "neut", "plur")


def _agreeing(tokens, cue: GrammarMatch, candidates: list[Candidate]) -> Candidate | None:
    """ "Встреча ... — Лаврова и Шойгу с Керри и Хейгелом, — назначенная на пятницу": a participle far from
    its noun still agrees with it in gender or number and in case."""
    forms = getattr(tokens[cue.first], "forms", None) or []
    if not forms or not {"PRTF", "PRTS"} & forms[0].grams:
        return None
    grams = forms[0].grams
    short = "PRTS" in grams  # "визит ..., намеченный на эту неделю, перенесен": the predicate of its subject
    for candidate in candidates:
        head = getattr(tokens[candidate.first], "forms", None) or []
        if not head or "NOUN" not in head[0].grams or candidate.first > cue.first:
            continue
        noun = head[0].grams
        cases = ("nomn", "gent", "datv", "accs", "ablt", "loct")
        same_case = "nomn" in noun if short else any(case in grams and case in noun for case in cases)
        same_kind = any(kind in grams and kind in noun for kind in AGREEMENT_GRAMS)
        if same_case and same_kind:
            return candidate
    return None


def _reported_clause(tokens, clauses, clause: tuple[int, int], last: int) -> tuple[int, int] | None:
    """The "что"-clause a cue at the end of its own clause governs: "надеется, что", "планируется, что"."""
    if clause[1] - last > 2 or clause[1] >= len(tokens):
        return None
    following = next((c for c in clauses if c[0] == clause[1]), None)
    if following is None or lemma(tokens[following[0]]) not in ("что", "чтобы"):
        return None
    return following


def _beside_speech(tokens, found: Found, candidates: list[Candidate]) -> bool:
    """ "рассказал накануне в Красноярске", "3 марта сообщили, что": a date or place next to a verb of speech
    is the statement's, unless the meeting word stands right beside it too ("встреча 3 марта, сообщил Песков")."""
    after = []
    for token in tokens[found.last : found.last + 2]:
        if token.value in ",;:—–()":
            break  # "..., сообщили СМИ": a verb of speech after a comma speaks of the whole clause before
        after.append(token)
    window = tokens[max(0, found.first - 3) : found.first] + after
    near = [lemma(token) for token in window]
    if not set(near) & SPEECH:
        return False
    return not any(c.distance(found.first, found.last) <= 1 for c in candidates)


def _in_speech_clause(tokens, found: Found, candidates: list[Candidate], clauses: list[tuple[int, int]]) -> bool:
    """ "20 июля представитель МИД объявил, что встречи не будет", "в пятницу министр допускал, что в Иркутске
    подпишут": a date in the clause that governs the что-clause holding every meeting word is the day of the
    statement or the thought, not of the meeting."""
    clause = next((c for c in clauses if c[0] <= found.first < c[1]), None)
    if clause is None:
        return False
    told = [c for c in candidates if (c.counterpart or not c.anchor) and not _at_a_summit(tokens, c)]
    said = next((c[0] for c in clauses if c[0] >= clause[1] and lemma(tokens[c[0]]) in ("что", "чтобы")), None)
    if bool(told) and said is not None and all(c.first >= said for c in told):
        return True
    # "О том, что такая встреча запланирована, стало известно 31 октября": the что-clause told before the date
    before = [c for c in clauses if c[1] <= clause[0] and lemma(tokens[c[0]]) in ("что", "чтобы")]
    return bool(told) and any(all(a <= c.first < b for c in told) for a, b in before)


def _in_what_was_said(tokens, found: Found, candidates: list[Candidate], clauses: list[tuple[int, int]]) -> bool:
    """ "Открывая переговоры, президент напомнил, что в 2000 году стороны наметили ...": a date in the
    что-clause, with every meeting word before it, is of what was said."""
    said = next((c[0] for c in clauses if c[0] > 0 and lemma(tokens[c[0]]) in ("что", "чтобы")), None)
    if said is None or found.first < said:
        return False
    return all(c.first < said for c in candidates)


def _proposed_else(tokens, cue: GrammarMatch, trigger_tokens: set[int]) -> bool:
    """A verb of proposing followed by an infinitive that names no meeting or visit."""
    for index in range(cue.last, min(len(tokens), cue.last + 5)):  # "предложил Ли Цяну «сверить часы»"
        if index in trigger_tokens or tokens[index].value in ",;:":
            return False
        forms = getattr(tokens[index], "forms", None) or []
        if forms and "INFN" in forms[0].grams:
            return forms[0].normalized not in TO_MEET
        if forms and "VERB" in forms[0].grams:
            return False
    return False


def _where_they_think(tokens, found: Found) -> bool:
    """ "В Москве рассчитывают", "в Елисейском дворце объясняли": a place before a verb of opinion or speech in
    the plural with no subject is the government that thinks or says so, not a meeting place."""
    for token in tokens[found.last : found.last + 4]:
        forms = getattr(token, "forms", None) or []
        if forms and "VERB" in forms[0].grams:
            return forms[0].normalized in OPINION | SPEECH and "plur" in forms[0].grams
    return False


def _moved_to(tokens, found: Found) -> bool:
    """ "встречу перенесли на апрель", "отложена на неделю": the new day of a meeting put off; the meeting is
    dated by the day it was set for (corpus/README.md, Event conventions)."""
    words = [lemma(token) for token in tokens[max(0, found.first - 3) : found.first + 1]]
    return "на" in words[-2:] and bool(set(words) & MOVING)


def _day_of_agreeing(tokens, found: Found, candidates: list[Candidate], clauses: list[tuple[int, int]]) -> bool:
    """ "О встрече условились только накануне": the day the meeting was agreed on, not the meeting's; the
    meeting word is the object of the verb of agreeing ("о встрече"), in the date's clause, and names nobody
    ("о визите Путина в Пекин весной" is dated by its own words)."""
    clause = next((c for c in clauses if c[0] <= found.first < c[1]), None)
    words = {lemma(token) for token in tokens[clause[0] : clause[1]]} if clause else set()
    if clause is None or not words & AGREEING or words & GROUP_WORDS:
        return False  # "О встрече лидеры условились в декабре в Париже": the leaders met then to agree
    return any(
        clause[0] <= c.first < clause[1] and c.first > 0 and lemma(tokens[c.first - 1]) in ("о", "об")
        for c in candidates
        if not c.persons and not c.group
    )


def _its_predicate(tokens, candidate: Candidate, cue_first: int) -> bool:
    """ "Встреча губернатора с принцем, назначенная на 30 июня, не состоится": the first verb after a meeting
    noun in the nominative is its predicate, however long the noun's own words."""
    head = getattr(tokens[candidate.first], "forms", None) or []
    if cue_first < candidate.last or not head or not {"NOUN", "nomn"} <= head[0].grams:
        return False
    return not any(_finite_verb(token) for token in tokens[candidate.last : cue_first])


def _subject_of_a_contrast(tokens, clauses: list[tuple[int, int]], candidates: list[Candidate], found: Found) -> bool:
    """A person named in the nominative in a clause of its own begun by "а"/"но", with a verb of its own and no
    meeting word in it."""
    clause = next((c for c in clauses if c[0] <= found.first < c[1]), None)
    if clause is None or clause[0] == 0 or lemma(tokens[clause[0]]) not in ("а", "но", "однако"):
        return False
    if any(clause[0] <= c.first < clause[1] for c in candidates):
        return False
    own_verb = any(_finite_verb(token) for token in tokens[found.last : clause[1]])  # not "не X, а Y"
    return own_verb and _in_nominative(tokens, found.first)


def _in_nominative(tokens, index: int) -> bool:
    forms = getattr(tokens[index], "forms", None) or []
    return bool(forms) and "nomn" in forms[0].grams


def _addressee(tokens, found: Found) -> bool:
    """ "Путин рассказал американскому коллеге о переговорах с Си": whom he told is no side of what he told of."""
    start = title_start(tokens, found.first)
    before = [lemma(token) for token in tokens[max(0, start - 2) : start]]
    forms = getattr(tokens[start], "forms", None) or []
    return bool(set(before) & SPEECH) and bool(forms) and "datv" in forms[0].grams


def _at_a_summit(tokens, candidate: Candidate) -> bool:
    """ "находившийся в Стокгольме на саммите ЕС": where someone was, not a meeting told."""
    head = lemma(tokens[candidate.first])
    return head in ("саммит", "форум") and candidate.first > 0 and lemma(tokens[candidate.first - 1]) in ("на", "в")


def whose_fate(tokens, first: int) -> bool:
    """ "после отставки Дмитрия Азарова", "в связи с назначением X": the one something happened to is no side."""
    start = title_start(tokens, first)
    for token in tokens[max(0, start - 1) : first]:
        forms = getattr(token, "forms", None) or []
        if forms and forms[0].normalized in FATES and "accs" not in forms[0].grams:
            return True  # not "уходившего в отставку губернатора X": he is the one received
    return False


def in_a_title(doc: Doc, found: Found) -> bool:
    """ "генконсул Германии в Новосибирске Михаэль Кантцлер": a place inside a person's title is where the post
    is, neither a meeting's place nor where anyone stays."""
    names = doc.in_sentence(doc.matches.get("persons", []), found.sentence)
    return any(m.rule.endswith(":PERSON") and m.first < found.first and found.last < m.last for m in names)


def instead(tokens, first: int) -> bool:
    """ "вместо премьера Нетаньяху", "вместо Хантсмана", "принял не губернатор Цуканов, а вице-премьер": the one
    replaced is no side of the meeting."""
    before = [lemma(token) for token in tokens[max(0, first - 3) : first]]
    if set(before) & INSTEAD:
        return True
    start = title_start(tokens, first)
    if "не" not in {token.value.lower() for token in tokens[max(0, start - 1) : first]}:
        return False
    after = [token.value.lower() for token in tokens[first : first + 12]]
    return any(a == "," and b == "а" for a, b in zip(after, after[1:], strict=False))


def _first_noun(tokens, window: range):
    for index in window:
        if len(tokens[index].value) > 1 and tokens[index].value.isupper():
            return None  # an abbreviation: an organization ("переговоры с ДПНИ", "с МВФ")
        forms = getattr(tokens[index], "forms", None) or []
        if forms and "NOUN" in forms[0].grams:
            return forms[0]
    return None


def _plural_object(tokens, window: range) -> bool:
    """ "встреча с журналистами", "с жителями района", "с МВФ": the first noun after "с" names many people."""
    form = _first_noun(tokens, window)
    return form is None or "plur" in form.grams or form.normalized in COLLECTIVES


def _press_object(tokens, window: range) -> bool:
    """ "в беседе с корреспондентом «Голоса Америки»": the press, whose questions make an interview."""
    form = _first_noun(tokens, window)
    return form is not None and form.normalized in PRESS


def _in_residence(tokens, first: int) -> bool:
    """ "в резиденции «Бочаров Ручей»", "во дворце «Долмабахче»": a venue named after its kind, in quotes."""
    before = [lemma(token) for token in tokens[max(0, first - 3) : first] if token.value not in '«»"„“']
    return len(before) >= 2 and before[-2] in ("в", "во", "на") and before[-1] in VENUE_KINDS


def _participle(token) -> bool:
    forms = getattr(token, "forms", None)
    return bool(forms) and "PRTF" in forms[0].grams


def _finite_verb(token) -> bool:
    forms = getattr(token, "forms", None) or []
    return bool(forms) and "VERB" in forms[0].grams


def _names_occasion(trigger: GrammarMatch, occasion: GrammarMatch) -> bool:
    """ "саммита «Группы двадцати»", "форуме АТЭС": the summit word belongs to the occasion's name."""
    return occasion.first <= trigger.first < occasion.last or 0 <= occasion.first - trigger.last <= 1


def _of_another_thing(tokens, found: Found, trigger_tokens: set[int]) -> bool:
    """ "после президентских выборов 9 августа", "доклада от 9 ноября": a date right after a common noun that
    names no meeting is that thing's date."""
    if not found.first or found.first - 1 in trigger_tokens:
        return False
    a_year = (
        (found.value.start or "").isdigit()
        and len(found.value.start) == 4
        and lemma(tokens[found.first]) in ("в", "во")
    )
    if tokens[found.first].type != "INT" and not a_year:
        return False  # "президентом в конце декабря": a date with its preposition is the verb's
    # "итоги сотрудничества в уходящем году": a year right after a common noun is that thing's too
    token = tokens[found.first - 1]
    forms = getattr(token, "forms", None) or []
    if not forms or not token.value.islower():
        return False
    if found.first >= 2 and lemma(tokens[found.first - 2]) in ("в", "во", "на"):
        return False  # "приехать в регион 20 августа": where to go, then when
    grams = forms[0].grams
    return "NOUN" in grams and not grams & {"Name", "Surn", "Patr", "Geox"} and forms[0].normalized not in TIME_NOUNS


def _of_another_clause(tokens, found: Found, trigger_tokens: set[int], named: set[int]) -> bool:
    """ "в выборах, которые пройдут 13 сентября", "доклада, обнародованного в понедельник": a date in a relative
    or participial clause about a noun that names no meeting is that thing's date ("встречи, которая пройдет
    5 мая" keeps it: the pronoun agrees with the meeting word)."""
    start = found.first
    while start > 0 and tokens[start - 1].value not in (",", "—", "-", ":", "(") and found.first - start < 6:
        start -= 1
    if start == 0 or tokens[start - 1].value != ",":
        return False
    if any(found.last <= index <= found.last + 2 for index in trigger_tokens):
        return False  # "Намеченная на 12–13 марта встреча": the participle is the meeting word's own
    head = next(
        (
            forms[0]
            for token in tokens[start : found.first]
            if (forms := getattr(token, "forms", None))
            and (forms[0].normalized == "который" or "PRTF" in forms[0].grams)
        ),
        None,
    )
    if head is None:
        return False
    if any(start <= index < found.first for index in trigger_tokens):
        return False  # "которую глава государства провел": the meeting is in the clause itself
    before = {lemma(token) for token in tokens[max(0, start - 4) : start - 1]}
    going = {lemma(token) for token in tokens[max(0, start - 10) : start]} & (PLACE_VISITS | INVITING)
    if (before & GATHERINGS and going) or start - 2 in named:
        return False  # "посетить форум, который пройдет 14–17 июня", "Лавров, которого ожидают в Токио 15 апреля"
    for index in range(start - 2, max(-1, start - 25), -1):
        if index in trigger_tokens and _agree(tokens[index], head):
            return False
    return True


def _agree(token, head) -> bool:
    """Gender and number of a relative pronoun or participle that fit the noun ("встречи, которая")."""
    forms = getattr(token, "forms", None) or []
    numbers = {gram for gram in ("sing", "plur") if gram in head.grams}
    genders = {gram for gram in ("masc", "femn", "neut") if gram in head.grams}
    for form in forms:
        if numbers and not numbers & {gram for gram in ("sing", "plur") if gram in form.grams}:
            continue
        if "plur" in numbers or not genders or genders & {g for g in ("masc", "femn", "neut") if g in form.grams}:
            return True
    return False


def _noun_subject(tokens, span: range, named: set[int]) -> bool:
    """A nominative noun that is no part of a person's name or title: the clause's own subject."""
    for index in span:
        forms = getattr(tokens[index], "forms", None) or []
        if index in named or not forms:
            continue
        grams = forms[0].grams
        if "NOUN" in grams and "nomn" in grams and not grams & {"Name", "Surn", "Patr"}:
            return True
    return False


def clause_words_all(tokens, candidate: Candidate) -> set[str]:
    return {lemma(token) for token in tokens[max(0, candidate.first - 2) : candidate.last]}


def is_noun(token) -> bool:
    forms = getattr(token, "forms", None) or []
    return bool(forms) and "NOUN" in forms[0].grams


def _adjective(token) -> bool:
    forms = getattr(token, "forms", None) or []
    return bool(forms) and ("ADJF" in forms[0].grams or "PRTF" in forms[0].grams)


def _plural(token) -> bool:
    forms = getattr(token, "forms", None) or []
    return bool(forms) and "plur" in forms[0].grams


def _is_meeting(doc: Doc, sentence: Sentence, match: GrammarMatch, clauses: list[tuple[int, int]]) -> bool:
    """Visit verbs count only with their object: a guest for "принимал Уиткоффа", a place for "прилетел в
    Москву" and "посетил Пекин"; "приняли участие" and "приехали Медведев и Лужков" are no meetings."""
    if match.rule.split(":")[-1] in ("DISCUSSED_WITH", "SIGNED_WITH", "CONSULTATIONS", "COMPANION", "BY_PHONE"):
        return _discussed_with_someone(doc, sentence, match, clauses)
    if match.rule.split(":")[-1] == "VISIT_NOUN" and _on_a_visit(sentence.tokens, match.first):
        return False
    if match.rule.split(":")[-1] == "JOINT_ACTION":
        tokens = sentence.tokens
        clause = next(c for c in clauses if c[0] <= match.first < c[1])
        wished = "чтобы" in {lemma(token) for token in tokens[clause[0] : match.first]}
        taking_part = match.last < len(tokens) and lemma(tokens[match.last]) == "участие"
        return not (wished or taking_part)  # "хотим, чтобы ... совместно принимали участие": a wish
    if match.rule.split(":")[-1] != "VISIT_VERB":
        return True
    tokens = sentence.tokens
    verb = lemma(tokens[match.first])
    if match.last < len(tokens) and lemma(tokens[match.last]) in ("участие", "решение", "меры", "закон", "приглашение"):
        return False
    stop = next(
        (i for i in range(match.last, len(tokens)) if tokens[i].value in ",;:" or _finite_verb(tokens[i])), None
    )
    window = range(match.last, min(stop or len(tokens), match.last + 12))
    kinds = ("cities", "countries", "venues") if verb in PLACE_VISITS else ("persons", "cities", "countries", "venues")
    if verb in ("принять", "принимать"):
        kinds = ("persons", "person_refs")  # "принял посла"; not "не смог принять рейсы из Москвы"
        if any((forms := getattr(tokens[i], "forms", None)) and {"NOUN", "anim"} <= forms[0].grams for i in window):
            return True  # "принял сразу пятерых собеседников", "принимал гостей"
    clause = next(c for c in clauses if c[0] <= match.first < c[1])
    if {lemma(token) for token in tokens[clause[0] : match.first]} & INVITING:
        return True  # "пригласил губернатора приехать в регион", "позвал посетить его страну"
    if verb == "побывать":  # "побывали у Путина": a visit to a person; "побывал в Москве" is a trip
        if match.last >= len(tokens) or lemma(tokens[match.last]) != "у":
            return False
        kinds = ("persons",)
    objects = [f for kind in kinds for f in doc.in_sentence(doc.found.get(kind, []), sentence.index)]
    if any(found.first in window for found in objects):
        return True
    return verb not in PLACE_VISITS and any(lemma(tokens[i]) == "делегация" for i in window)


def _the_city(tokens, candidate: Candidate) -> bool:
    """ "Томск принимал консультации: в городе прошли переговоры": "в городе" with no name is the city just named."""
    words = [lemma(token) for token in tokens[candidate.clause[0] : candidate.clause[1]]]
    for index, word in enumerate(words[:-1]):
        if word in ("в", "во") and words[index + 1] in ("город", "столица"):
            following = tokens[candidate.clause[0] + index + 2 : candidate.clause[0] + index + 3]
            return not (following and following[0].value[:1].isupper())
    return False


def _hosting(tokens, candidate: Candidate) -> bool:
    """ "принял у себя посла Марьясова", "где его примет мэр": receiving someone named or the one the story
    follows; the host is the subject, as in "встреча с"."""
    if lemma(tokens[candidate.first]) not in ("принять", "принимать") or len(candidate.triggers) != 1:
        return False
    if candidate.first and tokens[candidate.first - 1].value.lower() in ("его", "её", "ее", "их"):
        candidate.guest_pronoun = True  # "где его примет мэр": the guest is the one the story follows
        return False
    index = candidate.last
    while index < len(tokens) and lemma(tokens[index]) in ("у", "себя", "в", "кремль", "свой", "резиденция"):
        index += 1
    forms = getattr(tokens[index], "forms", None) or [] if index < len(tokens) else []
    return bool(forms) and "accs" in forms[0].grams and bool(forms[0].grams & {"anim", "Name", "Surn"})


def _received(tokens, candidate: Candidate) -> bool:
    """ "был принят в Стамбуле президентом Эрдоганом": the host is named after the passive verb, the guest is
    the sentence's subject, as after "встреча с"."""
    forms = getattr(tokens[candidate.first], "forms", None) or []
    return bool(forms) and "PRTS" in forms[0].grams and "pssv" in forms[0].grams


def _anchored(tokens, first: int) -> bool:
    """ "после саммита", "накануне визита": the words before a mention make it a point in time."""
    before = [lemma(token) for token in tokens[max(0, first - 3) : first]]
    return bool(set(before) & ANCHORS)


def _on_a_visit(tokens, first: int) -> bool:
    """ "находящаяся с официальным визитом в Турции", "прибыл в Москву с рабочим визитом": the trip that frames
    the talks, not a meeting of its own."""
    before = [lemma(token) for token in tokens[max(0, first - 3) : first]]
    forms = getattr(tokens[first], "forms", None) or []
    return bool(forms) and "ablt" in forms[0].grams and bool({"с", "со"} & set(before))


def _discussed_with_someone(doc: Doc, sentence: Sentence, match: GrammarMatch, clauses: list[tuple[int, int]]) -> bool:
    """ "обсудил с Си Цзиньпином", "С главой Statoil Лундом Миллер рассмотрел": discussing is talking when a
    person stands after "с" in the verb's clause, or two persons are its subject ("Путин и Си обсудили")."""
    tokens = sentence.tokens
    clause = next(c for c in clauses if c[0] <= match.first < c[1])
    persons = [f for f in doc.in_sentence(doc.found.get("persons", []), sentence.index) if f.entity is not None]
    inside = [f for f in persons if clause[0] <= f.first < clause[1]]
    with_someone = any(_after_s(tokens, f.first) for f in inside)
    before = {f.entity for f in inside if f.first < match.first}
    subjects = {f.entity for f in inside if not _after_s(tokens, f.first)}
    # "Соглашение подписали президенты Медведев и Янукович": the two sides may follow the verb
    two_named = (
        match.rule.endswith(("SIGNED_WITH", "CONSULTATIONS", "COMPANION")) and len(subjects) >= 2
    )  # "консультации A и B"
    return with_someone or len(before) >= 2 or two_named


def _after_s(tokens, first: int) -> bool:
    start = title_start(tokens, first)
    return start > 0 and lemma(tokens[start - 1]) in ("с", "со")


def title_start(tokens, first: int) -> int:
    """Where the title before a name starts: "с главой норвежской Statoil Хельге Лундом" -> "главой"; never
    across "с визитом" or "с рабочей поездкой", which end the frame before a title in the nominative."""
    index = first
    while index > 0 and index > first - TITLE_GAP:
        word = lemma(tokens[index - 1])
        joined = word == "и" and index >= 2 and _adjective(tokens[index - 2]) and _adjective(tokens[index])
        if word in ("с", "со", ",", *TRIP_NOUNS) or (word == "и" and not joined):  # "иностранных и европейских дел"
            break
        forms = getattr(tokens[index - 1], "forms", None) or []
        if forms and forms[0].grams & {"VERB", "PRTS", "PREP"}:
            break
        index -= 1
    return index


def _group(sentence: int, triggers: list[GrammarMatch], tokens) -> list[Candidate]:
    """Adjacent meeting words ("рабочего завтрака и дискуссии", "провели переговоры") are one candidate;
    a noun between them makes the second its object ("обсудить по телефону подготовку встречи")."""
    candidates: list[Candidate] = []
    for trigger in sorted(triggers, key=lambda m: m.first):
        gap = trigger.first - candidates[-1].last if candidates else None
        if gap is not None and (gap <= 0 or (gap == 1 and not is_noun(tokens[trigger.first - 1]))):
            candidates[-1].triggers.append(trigger)
        elif gap is not None and gap <= 5 and _how(trigger, tokens, candidates[-1]):
            candidates[-1].triggers.append(trigger)  # "обсудили газовые вопросы по видеосвязи": how they talked
        elif gap is not None and gap <= 3 and _manner_first(candidates[-1], trigger, tokens):
            candidates[-1].triggers.append(trigger)  # "в режиме видеоконференции поочередно провел встречи"
        else:
            candidates.append(Candidate(sentence, [trigger]))
    return candidates


def _manner_first(before: Candidate, trigger: GrammarMatch, tokens) -> bool:
    """A format phrase told before its meeting word, with only a verb or an adverb between."""
    if len(before.triggers) != 1 or not before.triggers[0].fact.format:
        return False
    between = tokens[before.last : trigger.first]
    return all(
        (forms := getattr(token, "forms", None)) and forms[0].grams & {"VERB", "ADVB", "INFN"} for token in between
    )


def _how(trigger: GrammarMatch, tokens, before: Candidate) -> bool:
    """ "по видеосвязи", "по телефону" after a verb of talking and its object: the verb's manner, not a call of
    its own (unlike "обсудили по телефону подготовку встречи", where the meeting word is the object)."""
    verb = tokens[before.first]
    forms = getattr(verb, "forms", None) or []
    if not forms or not ({"VERB", "INFN"} & forms[0].grams) or not trigger.fact.format:
        return False
    between = {token.value for token in tokens[before.last : trigger.first]}
    return lemma(tokens[trigger.first - 1]) == "по" and not between & set(",;:—")


def _carried_invitation(tokens, candidate: Candidate) -> int | None:
    """ "вручил президенту МОК приглашение от Путина посетить Россию": the verb of handing an invitation from
    someone else; whoever stands before it only carries it."""
    words = [lemma(token) for token in tokens[candidate.clause[0] : candidate.first]]
    for index, word in enumerate(words[:-2]):
        if word in CARRYING and "приглашение" in words[index + 1 : index + 6]:
            at = words.index("приглашение", index + 1)
            if at + 1 < len(words) and words[at + 1] == "от":
                return candidate.clause[0] + index
    return None


def _read_trigger(candidate: Candidate, tokens, clauses: list[tuple[int, int]]) -> None:
    candidate.carrier_before = _carried_invitation(tokens, candidate)
    candidate.arrival = all(lemma(tokens[t.first]) in ARRIVALS for t in candidate.triggers)
    candidate.open_format = all(t.fact.head == "разговор" and not t.fact.format for t in candidate.triggers)
    candidate.sides_of_three = bool(clause_words_all(tokens, candidate) & THREE_SIDED)
    candidate.trip = all(lemma(tokens[t.first]) == "поездка" for t in candidate.triggers)
    candidate.discussed = all(t.rule.endswith(":DISCUSSED_WITH") for t in candidate.triggers)
    candidate.signed = all(t.rule.endswith(":SIGNED_WITH") for t in candidate.triggers)
    candidate.face_to_face = bool({lemma(token) for token in tokens} & FACE_TO_FACE)
    clause_words = [lemma(token) for token in tokens[candidate.clause[0] : candidate.last]]
    sentence_words = [lemma(token) for token in tokens[: candidate.first]]
    # "он провел переговоры с X, а в воскресенье был принят Y": the guest received is the one the story follows
    received_by_him = _received(tokens, candidate) and bool(STORY_SUBJECTS & set(sentence_words))
    # "он прибудет в Анкару, а также проведет переговоры с Эрдоганом": a predicate joined to the one before
    joined = (
        bool(clause_words)
        and clause_words[0] in JOINING
        and bool(STORY_SUBJECTS & set(sentence_words[: candidate.clause[0]]))
    )
    said = next((c[0] for c in clauses if c[0] > 0 and lemma(tokens[c[0]]) in ("что", "чтобы")), len(tokens))
    # "по итогам переговоров с Фиданом он напомнил, что ...": the subject of the main clause, after the meeting word
    main_subject = candidate.first < said and bool(STORY_SUBJECTS & {lemma(token) for token in tokens[:said]})
    candidate.pronoun = (
        any(word in STORY_SUBJECTS for word in clause_words) or received_by_him or joined or main_subject
    )
    candidate.there = "там" in clause_words or _the_city(tokens, candidate)
    for trigger in candidate.triggers:
        if trigger.fact.format:
            candidate.format = trigger.fact.format
        head = tokens[trigger.first]
        forms = getattr(head, "forms", None) or []
        counted = [form for form in forms if form.normalized in COUNTABLE]
        if counted and all("plur" in form.grams for form in counted):
            candidate.signs.add("plural")
    clause_lemmas = {lemma(token) for token in tokens[candidate.clause[0] : candidate.clause[1]]}
    candidate.same_format = (
        "формат" in clause_lemmas and "же" in clause_lemmas and bool({"такой", "тот"} & clause_lemmas)
    )
    if candidate.format == "in_person" and clause_lemmas & VIDEO_WORDS:
        candidate.format = "video"  # "рабочая встреча в режиме видеоконференции", "дистанционная встреча"
    told = any(t.fact.format for t in candidate.triggers) or clause_lemmas & (VIDEO_WORDS | FACE_TO_FACE)
    candidate.format_told = bool(told or candidate.format != "in_person")
    before = tokens[max(0, candidate.first - 2) : candidate.first]
    if len(before) == 2 and not _adjective(before[1]):
        before = before[1:]  # "после первой встречи", "по итогам беседы"; not "накануне и договорились"
    candidate.anchor = bool({lemma(token) for token in before} & ANCHORS)
    if all(lemma(tokens[t.first]) in SUMMITS for t in candidate.triggers) and candidate.first > 0:
        # "графики двух лидеров на саммите": the gathering where they were, no meeting of theirs
        candidate.anchor = candidate.anchor or lemma(tokens[candidate.first - 1]) in ("на", "в")
    candidate.reach = next(
        (i for i in range(candidate.last, len(tokens)) if tokens[i].value in ",;:" or _finite_verb(tokens[i])),
        len(tokens),
    )
    near = tokens[max(0, candidate.first - 2) : candidate.first]
    if len(near) == 2 and not _adjective(near[1]):
        near = near[1:]  # "этого телефонного разговора", not "на данный момент встреча"
    candidate.anaphoric = bool({lemma(token) for token in near} & DEMONSTRATIVES)
    candidate.backward = bool({lemma(token) for token in near} & BACKWARD)
    after = [lemma(token) for token in tokens[candidate.last : candidate.last + 1]]
    candidate.counterpart = after in (["с"], ["со"]) or _received(tokens, candidate) or _hosting(tokens, candidate)
    following = tokens[candidate.last : candidate.last + 2]
    preceding = tokens[max(0, candidate.first - 2) : candidate.first]  # "где вечером с ним побеседует губернатор"
    for pair in (following, preceding):
        if len(pair) == 2 and lemma(pair[0]) in ("с", "со") and pair[1].value.lower() in WITH_HIM:
            candidate.with_him = WITH_HIM[pair[1].value.lower()]  # "встретился с ним": the one told of just before
    head = tokens[candidate.first]
    candidate.hosts = (
        len(candidate.triggers) == 1
        and lemma(head) in ("принять", "принимать")
        and any("plur" in form.grams and "VERB" in form.grams for form in (getattr(head, "forms", None) or [])[:1])
    )
    candidate.several = any(
        (forms := getattr(token, "forms", None))
        and {"NOUN", "plur", "anim"} <= forms[0].grams
        and "Surn" not in forms[0].grams
        for token in tokens[candidate.last : candidate.reach]
    )
    tenses = []
    for token in tokens[candidate.first : candidate.last]:
        for form in getattr(token, "forms", [])[:1]:
            if "VERB" in form.grams or "INFN" in form.grams:
                tenses.append(
                    "futr"
                    if "futr" in form.grams
                    else "past"
                    if "past" in form.grams
                    else "infn"
                    if "INFN" in form.grams
                    else "pres"
                )
    if tenses == ["infn"] and candidate.first and _finite_verb(tokens[candidate.first - 1]):
        tenses = []  # "смогли побеседовать": the tense of the verb it depends on
        for form in tokens[candidate.first - 1].forms[:1]:
            tenses.append("futr" if "futr" in form.grams else "past" if "past" in form.grams else "pres")
    if not tenses:  # a noun: the tense of its clause's verb ("подобный контакт отвлечет внимание")
        clause = next(c for c in clauses if c[0] <= candidate.first < c[1])
        for token in tokens[clause[0] : clause[1]]:
            for form in getattr(token, "forms", [])[:1]:
                if form.normalized in SPEECH:
                    continue  # "как сообщила Захарова": the report's tense, not the meeting's
                if "VERB" in form.grams and ("past" in form.grams or {"futr", "3per"} <= form.grams.values):
                    tenses.append("futr" if "futr" in form.grams else "past")
    candidate.tense = next((t for t in ("past", "futr") if t in tenses), tenses[0] if tenses else None)


def _speaker_spans(doc: Doc, sentence: Sentence, matches: list[GrammarMatch]) -> list[tuple[int, int]]:
    """Token ranges holding whoever a verb of speech names: "сообщил ТАСС замминистра Сергей Рябков", "по словам X"."""
    spans = []
    clauses = clause_bounds(sentence.tokens)
    trigger_starts = [m.first for m in matches if _kind(m, Trigger)]
    for cue in (m for m in matches if _kind(m, Cue) and m.fact.sign == "speaker"):
        clause = next(c for c in clauses if c[0] <= cue.first < c[1])
        if any(clause[0] <= start < clause[1] for start in trigger_starts):
            following = [start for start in trigger_starts if start >= cue.last]
            spans.append((cue.last, min([cue.last + 6, clause[1], *following])))
            told_about = [
                start
                for start in trigger_starts
                if clause[0] <= start < cue.first
                and {"о", "об", "про"} & {lemma(t) for t in sentence.tokens[max(0, start - 2) : start]}
            ]
            if told_about and not following:  # "О начале переговоров пресс-секретарь Дмитрий Песков сообщил"
                spans.append((max(told_about) + 1, cue.first))
        else:
            spans.append(clause)
    return spans
