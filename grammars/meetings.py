"""Meeting words, the cues that change their meaning, and occasions.

Three grammars, so that a cue may overlap a trigger ("отменил встречу" is both):
TRIGGERS name a meeting or a call, CUES carry status and roles, OCCASIONS name summits.
"""

import re

from yargy import and_, not_, or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import caseless, custom, dictionary, gram, in_, in_caseless, normalized, type

from vstrecha.doc import Doc, Sentence
from vstrecha.facts.meetings import Cue, Occasion, Topic, Trigger
from vstrecha.grammar import Data, Grammar, GrammarError
from vstrecha.morph import shared_morph


def trigger(head: str, format: str | None = None):
    interpretation = Trigger.head.const(head)
    if format:
        return lambda r: (
            r.interpretation(interpretation).interpretation(Trigger.format.const(format)).interpretation(Trigger)
        )
    return lambda r: r.interpretation(interpretation).interpretation(Trigger)


def cue(sign: str, *rules):
    return or_(*rules).interpretation(Cue.sign.const(sign)).interpretation(Cue)


INT = type("INT")
QUOTE = in_("«»\"„“”'")

# --- triggers -------------------------------------------------------------------------------

PHONE_TALK = or_(
    rule(normalized("телефонный"), dictionary({"разговор", "переговоры", "беседа", "контакт"})),
    rule(dictionary({"разговор", "переговоры", "беседа"}), caseless("по"), normalized("телефон")),
    rule(dictionary({"созвониться", "созваниваться"})),
    rule(
        dictionary({"поговорить", "переговорить", "говорить", "побеседовать", "пообщаться", "общаться", "обсудить"}),
        caseless("по"),
        normalized("телефон"),
    ),
)

VIDEO_TALK = or_(
    rule(dictionary({"видеоконференция", "видеосвязь", "видеозвонок", "видеообращение", "телемост"})),
    rule(dictionary({"переговоры", "встреча", "беседа", "разговор"}), caseless("по"), normalized("видеосвязь")),
)

MEETING_NOUN = dictionary({"встреча", "переговоры", "саммит", "дискуссия"})
# "Моргулов и Мори провели консультации", "консультации с Харадой": only with the sides named (assembly checks,
# as for "обсудил"); "эксперты продолжат консультации", "консультация юриста" are none
CONSULTATIONS = and_(normalized("консультация"), gram("plur"))
WORKING_MEAL = rule(dictionary({"рабочий", "деловой"}), dictionary({"завтрак", "обед", "ужин"}))
MEETING_VERB = dictionary(
    {
        "встретиться",
        "встречаться",
        "увидеться",
        "повидаться",
        "пообщаться",
        "общаться",
    }
)
# "виделись в прошлом году", "увидятся"; not "как видится будущее" (is seen)
SAW_EACH_OTHER = and_(normalized("видеться"), not_(gram("pres")))
# "вместе осмотрели завод", "совместно открыли выставку": two sides doing one thing together met
JOINT_ACTION = or_(
    rule(in_caseless({"вместе", "совместно"}), and_(gram("VERB"), gram("plur"), gram("past"))),
    # "в последний раз собирались вместе 27 октября": gathered together
    rule(and_(dictionary({"собраться", "собираться"}), gram("plur"), gram("past")), in_caseless({"вместе"})),
)
# "обсудил с Си Цзиньпином ситуацию", "С главой Statoil Миллер рассмотрел ход работ": assembly wants a person
# after "с" (or two named in the clause); the format comes from the text around, like a bare "разговор"
DISCUSS_VERB = and_(
    dictionary({"обсудить", "обсуждать", "рассмотреть", "обговорить"}), or_(gram("VERB"), gram("INFN"))
)  # "С Литвиным гость намерен обсудить ...": the infinitive's mood comes from the words before it
# "Медведев и Янукович подписали соглашение", "подписал с губернатором соглашение": the sides met to sign
SIGN_VERB = and_(dictionary({"подписать", "подписывать"}), or_(gram("VERB"), gram("INFN")))
# "X принимал Y", "прилетел в Москву", "посетить Россию": visits; assembly checks the object.
VISIT_VERB = dictionary(
    {"принимать", "принять", "прилететь", "посетить", "посещать", "приехать", "нанести", "побывать"}
)

TRIGGERS = Grammar(
    kind="meetings",
    rules={
        "PHONE_TALK": trigger("разговор", "phone")(PHONE_TALK),
        "VIDEO_TALK": trigger("видеосвязь", "video")(VIDEO_TALK),
        "WORKING_MEAL": trigger("завтрак")(WORKING_MEAL),
        "MEETING_NOUN": trigger("встреча")(rule(MEETING_NOUN)),
        "TALK_NOUN": trigger("разговор")(rule(dictionary({"разговор", "контакт", "беседа"}))),
        "TALK_VERB": trigger("разговор")(
            rule(dictionary({"поговорить", "переговорить", "побеседовать", "беседовать", "разговаривать"}))
        ),
        "MEETING_VERB": trigger("встретиться")(or_(rule(MEETING_VERB), rule(SAW_EACH_OTHER))),
        "VISIT_VERB": trigger("визит")(rule(VISIT_VERB)),
        "VISIT_NOUN": trigger("визит")(rule(dictionary({"визит", "поездка"}))),
        "JOINT_ACTION": trigger("встретиться")(JOINT_ACTION),
        "DISCUSSED_WITH": trigger("разговор")(
            or_(
                rule(DISCUSS_VERB),
                rule(caseless("речь"), and_(normalized("идти"), gram("past"))),  # "С губернатором речь шла о ..."
            )
        ),
        "CONSULTATIONS": trigger("встреча")(rule(CONSULTATIONS)),
        # "президенты Путин и Токаев по телефону поручили ...": by phone, with both sides named (assembly checks)
        "BY_PHONE": trigger("разговор", "phone")(rule(caseless("по"), normalized("телефон"))),
        # "Следующим собеседником Путина стал Моди": with both named (assembly checks); not "собеседник агентства"
        "COMPANION": trigger("разговор")(rule(and_(normalized("собеседник"), gram("ablt")))),
        "SIGNED_WITH": trigger("встретиться")(
            or_(
                rule(SIGN_VERB),
                rule(
                    and_(dictionary({"заключить", "заключать"}), gram("VERB")),
                    dictionary({"соглашение", "договор", "контракт", "меморандум"}),
                ),
            )
        ),
    },
    keywords=(
        "встреч",
        "речь",
        "встрет",
        "переговор",
        "саммит",
        "бесед",
        "обсу",
        "подпис",
        "заключ",
        "рассмотр",
        "обговор",
        "визит",
        "поездк",
        "контакт",
        "разговор",
        "разговар",
        "дискусси",
        "завтрак",
        "обед",
        "ужин",
        "увид",
        "видел",
        "видит",
        "видят",
        "повида",
        "вместе",
        "совместно",
        "пообщ",
        "общал",
        "поговор",
        "созвон",
        "созван",
        "телефон",
        "видео",
        "телемост",
        "принима",
        "принял",
        "примет",
        "приним",
        "принять",
        "прилет",
        "посет",
        "посещ",
        "побыва",
        "консульт",
        "собеседник",
        "приех",
        "нанес",
        "провел",
        "провест",
        "провод",
    ),
)

# --- cues -------------------------------------------------------------------------------------

NOT = caseless("не")
STAGES = frozenset({"сцена", "ринг", "корт", "финал", "полуфинал", "четвертьфинал", "матч", "турнир"})
AGREE = dictionary({"договориться", "условиться", "согласиться", "решить", "собираться", "намереваться"})
AGREED = dictionary(
    {
        "встретиться", "увидеться", "созвониться", "провести", "проведение", "организовать", "организация",
        "встреча", "переговоры", "саммит", "визит",
        "побеседовать", "поговорить", "переговорить", "пообщаться", "обсудить",
    }
)  # fmt: skip


def has_trigger(doc: Doc, sentence: Sentence) -> bool:
    """Cues, occasions and topics matter only beside a meeting word; elsewhere they are not looked for."""
    return any(isinstance(m.fact, Trigger) for m in doc.in_sentence(doc.matches.get("meetings", []), sentence.index))


CUES = Grammar(
    kind="meetings",
    when=has_trigger,
    rules={
        "PLANNED": cue(
            "planned",
            rule(dictionary({"запланировать", "запланированный", "планироваться", "планировать", "предстоящий"})),
            rule(dictionary({"грядущий", "намеченный", "назначенный", "намечаться"})),
            rule(normalized("будущий"), gram("NOUN")),  # "будущая встреча"; not "в будущем" (some day)
            rule(dictionary({"ожидаться", "ожидаемый", "ожидать", "намечать", "наметить", "анонсировать"})),
            rule(dictionary({"подготовка", "готовиться", "подготовить", "подготовительный"})),
            rule(
                normalized("должный"), normalized("быть").optional(), or_(dictionary({"состояться", "пройти"}), AGREED)
            ),
            rule(dictionary({"состояться", "пройти"}), gram("futr")),
            rule(normalized("предполагаться")),
            rule(and_(dictionary({"собираться", "намереваться"}), not_(gram("past")))),  # "собираются обсудить"
            rule(dictionary({"намеренный", "предстоять"})),
            rule(normalized("рассчитывать"), dictionary({"провести", "встретиться", "обсудить", "увидеться"})),
            rule(AGREE, in_({"о", "об", "на"}).optional(), AGREED),
            rule(normalized("мочь"), dictionary({"состояться", "пройти"})),
        ),
        "NOT_CANCELLED": cue(
            "not_cancelled",  # "назначенная на пятницу встреча пока не отменена": still planned
            rule(NOT, dictionary({"отменить", "отменять", "отложить", "перенести"})),
        ),
        "NOT_HELD": cue(
            "not_held",  # "так и не увиделись": the meeting expected did not take place
            rule(
                caseless("так"), caseless("и"), NOT, or_(MEETING_VERB, normalized("видеться"), normalized("увидеться"))
            ),
        ),
        "CANCELLED": cue(
            "cancelled",
            rule(dictionary({"отменить", "отмена", "отменять", "сорваться", "срыв", "отказаться", "отказ"})),
            rule(dictionary({"сорвать", "срывать"})),  # "туман сорвал встречу"
            rule(dictionary({"помешать", "мешать"})),  # "встрече помешал снегопад"
            rule(NOT, dictionary({"состояться", "пройти"})),
            rule(NOT, and_(normalized("быть"), gram("futr"))),  # "встречи не будет"
        ),
        "POSTPONED": cue(
            "postponed",
            rule(dictionary({"отложить", "откладывать", "отсрочка", "перенести", "перенос", "переноситься"})),
        ),
        "DECLINED": cue(
            "declined",  # "отклонил приглашение", "отказался от приглашения": a proposal not taken up
            rule(
                dictionary({"отказаться", "отклонить", "отвергнуть", "отказ"}),
                in_({"от"}).optional(),
                normalized("его").optional(),
                normalized("приглашение"),
            ),
        ),
        "ACCEPTED": cue(
            "accepted",  # "принял приглашение посетить Москву": the visit is now planned
            rule(dictionary({"принять", "принимать", "принятие"}), normalized("приглашение")),
        ),
        "PROPOSED": cue(
            "proposed",
            rule(dictionary({"предложить", "предлагать", "предложение", "пригласить", "приглашать", "приглашение"})),
            rule(dictionary({"позвать", "звать"})),  # "позвал российского коллегу к себе на ранчо"
        ),
        "NEGATED": cue(
            "negated",
            rule(NOT, dictionary({"исключить", "исключать"})),
            rule(dictionary({"надеяться", "надежда", "готовность", "возможный", "гипотетический"})),
            rule(caseless("речь"), NOT, dictionary({"идти"})),
            rule(
                NOT, dictionary({"планироваться", "запланировать", "предусматриваться", "предусмотреть", "намечаться"})
            ),
            rule(NOT, dictionary({"наметить", "планировать", "назначить"})),  # "пока не намечено", "не назначена"
            rule(NOT, dictionary({"удаться", "получиться"})),
            rule(NOT, dictionary({"подтвердить", "подтверждать", "готовый"})),  # "не готов подтвердить, что ..."
            rule(NOT, MEETING_VERB),
            rule(NOT, normalized("видеться")),  # "мы не виделись с 15 ноября"
            rule(dictionary({"допустить", "допускать", "гипотетически"})),
            # "собирался приехать на парад"; not "собирались вместе", which says they met
            rule(and_(dictionary({"собираться", "намереваться"}), gram("past")), not_(in_caseless({"вместе"}))),
        ),
        "STAGED": cue(
            "staged",  # "встретятся на одной сцене", "встреча в финале": a performance or a match, not talks
            rule(in_caseless({"на", "в"}), caseless("одной").optional(), dictionary(STAGES)),
            rule(dictionary({"сборная", "матч", "тайм", "гол", "болельщик", "плей-офф", "турнир", "обыграть"})),
            rule(dictionary({"хоккеист", "футболист", "баскетболист", "волейболист", "теннисист"})),
            rule(caseless("со"), normalized("счёт")),  # "обыграли хозяев льда со счетом 4:1"
        ),
        "AGGREGATE": cue(
            "aggregate",
            rule(or_(INT, gram("NUMR")), dictionary({"раз", "встреча", "визит", "разговор"})),
            rule(dictionary({"неоднократно", "многократно", "регулярно"})),
            rule(in_caseless({"дважды", "трижды", "четырежды", "пятикратно", "многажды"})),  # "трижды говорили"
            rule(dictionary({"несколько", "много"}), normalized("раз")),
            rule(NOT, normalized("раз")),
        ),
        "OTHERS": cue(
            "others",
            rule(dictionary({"присутствовать", "сопровождать", "участвовать", "поучаствовать"})),
            rule(dictionary({"подключиться", "присоединиться"})),  # "к переговорам подключились министры"
            rule(caseless("вместе"), caseless("с")),
            rule(caseless("в"), dictionary({"сопровождение", "составе"})),
            rule(caseless("с"), normalized("участие")),
        ),
        "TOPIC": cue(
            "topic",
            rule(dictionary({"обсудить", "обсуждать", "обсуждение", "тема", "затронуть", "посвятить", "повестка"})),
            rule(dictionary({"поднять", "поднимать", "ставить"}), dictionary({"вопрос", "тема"})),
        ),
        "SPEAKER": cue(
            "speaker",
            rule(caseless("по"), dictionary({"слово", "данные", "мнение", "информация", "сообщение"})),
            rule(
                dictionary(
                    {
                        "заявить",
                        "сообщить",
                        "отметить",
                        "рассказать",
                        "добавить",
                        "подчеркнуть",
                        "написать",
                        "сказать",
                        "пояснить",
                        "уточнить",
                        "заверить",
                        "признать",
                        "назвать",
                        "оценить",
                        "поделиться",
                        "говорить",
                        "подтвердить",
                        "объявить",
                        "передать",
                        "констатировать",
                        "информировать",
                        "процитировать",
                        "отчитаться",
                    }
                )
            ),
        ),
    },
)

# --- occasions and data-driven words ----------------------------------------------------------


def nominative(phrase: str) -> str:
    """ "столетию окончания Первой мировой войны" -> "столетие окончания Первой мировой войны"."""
    words = re.sub(r"\s(?:со|с) (?:дня|момента)\b", "", phrase.replace(" - ", "-")).split()
    head = words[0].replace("100-лет", "столет")  # "100-летие" is written "столетие"
    forms = [form for form in shared_morph()(head) if "NOUN" in form.grams]
    words[0] = forms[0].inflect({"nomn", "sing"}) if forms else head
    return " ".join(words)


# "на мероприятиях, посвященных столетию окончания Первой мировой войны", "по случаю 80-летия Победы"
def is_anniversary(word: str) -> bool:
    """ "столетие", "80-летие", "годовщина", "День Победы": what a commemoration is of."""
    lemmas = {form.normalized for form in shared_morph()(word) if "NOUN" in form.grams}
    return any(lemma.endswith("летие") or lemma in ANNIVERSARIES for lemma in lemmas)


ANNIVERSARIES = frozenset({"годовщина", "юбилей", "день", "праздник", "праздновать", "празднование"})
ANNIVERSARY = rule(rule(type("INT"), caseless("-")).optional(), custom(is_anniversary))
SINCE_THE_DAY = rule(in_caseless({"со", "с"}), dictionary({"день", "момент"}))  # "столетию со дня окончания"
OF_WHAT = and_(or_(gram("NOUN"), gram("ADJF"), gram("PRTF")), not_(gram("PREP"))).repeatable(max=6)
COMMEMORATED = rule(ANNIVERSARY, SINCE_THE_DAY.optional(), OF_WHAT.optional()).interpretation(
    Occasion.name.custom(nominative)
)
COMMEMORATION = or_(
    rule(and_(normalized("посвятить"), gram("PRTF")), COMMEMORATED),
    rule(caseless("по"), caseless("случаю"), COMMEMORATED),
).interpretation(Occasion)


def named_phrases(data: Data, name: str, fact_type, attribute) -> dict:
    """One rule for all the names of a data file: canonical name <TAB> "; "-separated names in the text."""
    phrases = []
    for row in data.rows(name, 2):
        canonical, variants = row.fields[:2]  # occasions.tsv may add the city it is always held in
        names = [variant.strip() for variant in variants.split(";") if variant.strip()]
        phrases.append(morph_pipeline(names).interpretation(attribute.const(canonical)))
    if not phrases:
        return {}
    return {name.split(".")[0].upper(): or_(*phrases).interpretation(fact_type)}


def word_rules(data: Data) -> dict:
    """Meeting words added in meeting_words.tsv (word, then format: in_person, phone or video)."""
    by_format: dict[str, set[str]] = {}
    for row in data.rows("meeting_words.tsv", 2):
        word, format = row.fields
        if format not in ("in_person", "phone", "video"):
            raise GrammarError(f"{row.origin}: format must be in_person, phone or video, not {format!r}")
        by_format.setdefault(format, set()).add(word.lower())
    return {
        f"LISTED_{format.upper()}": trigger(sorted(words)[0], None if format == "in_person" else format)(
            rule(dictionary(words))
        )
        for format, words in sorted(by_format.items())
    }


def grammars(data: Data) -> list[Grammar]:
    listed = word_rules(data)
    triggers = TRIGGERS
    if listed:
        triggers = Grammar(kind="meetings", rules={**TRIGGERS.rules, **listed}, keywords=())
    occasions = Grammar(
        kind="meetings",
        rules={**named_phrases(data, "occasions.tsv", Occasion, Occasion.name), "COMMEMORATION": COMMEMORATION},
        when=has_trigger,
    )
    topics = Grammar(kind="meetings", rules=named_phrases(data, "topics.tsv", Topic, Topic.name), when=has_trigger)
    return [triggers, CUES, occasions, topics]
