"""Meeting words, the cues that change their meaning, and occasions.

Three grammars, so that a cue may overlap a trigger ("отменил встречу" is both):
TRIGGERS name a meeting or a call, CUES carry status and roles, OCCASIONS name summits.
"""

from pathlib import Path

from yargy import or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import dictionary, eq, gram, in_, normalized, type

from vstrecha.facts.meetings import Cue, Occasion, Trigger
from vstrecha.grammar import Grammar

HERE = Path(__file__).parent


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
    rule(dictionary({"разговор", "переговоры", "беседа"}), eq("по"), normalized("телефон")),
    rule(dictionary({"созвониться", "созваниваться"})),
    rule(
        dictionary({"поговорить", "переговорить", "говорить", "побеседовать", "пообщаться", "обсудить"}),
        eq("по"),
        normalized("телефон"),
    ),
)

VIDEO_TALK = or_(
    rule(dictionary({"видеоконференция", "видеосвязь", "видеозвонок", "видеообращение"})),
    rule(dictionary({"переговоры", "встреча", "беседа", "разговор"}), eq("по"), normalized("видеосвязь")),
)

MEETING_NOUN = dictionary({"встреча", "переговоры", "саммит", "беседа", "визит", "контакт", "разговор", "дискуссия"})
WORKING_MEAL = rule(dictionary({"рабочий", "деловой"}), dictionary({"завтрак", "обед", "ужин"}))
MEETING_VERB = dictionary(
    {
        "встретиться",
        "встречаться",
        "увидеться",
        "побеседовать",
        "беседовать",
        "переговорить",
        "пообщаться",
        "общаться",
        "поговорить",
        "провести",
    }
)
# "X принимал Y", "прилетел в Москву", "посетить Россию": visits; assembly checks the object.
VISIT_VERB = dictionary({"принимать", "принять", "прилететь", "посетить", "посещать", "приехать", "нанести"})

TRIGGERS = Grammar(
    kind="meetings",
    rules={
        "PHONE_TALK": trigger("разговор", "phone")(PHONE_TALK),
        "VIDEO_TALK": trigger("видеосвязь", "video")(VIDEO_TALK),
        "WORKING_MEAL": trigger("завтрак")(WORKING_MEAL),
        "MEETING_NOUN": trigger("встреча")(rule(MEETING_NOUN)),
        "MEETING_VERB": trigger("встретиться")(rule(gram("VERB").optional(), MEETING_VERB)),
        "VISIT_VERB": trigger("визит")(rule(VISIT_VERB)),
    },
    keywords=(
        "встреч",
        "встрет",
        "переговор",
        "саммит",
        "бесед",
        "визит",
        "контакт",
        "разговор",
        "дискусси",
        "завтрак",
        "обед",
        "ужин",
        "увид",
        "пообщ",
        "общал",
        "поговор",
        "созвон",
        "телефон",
        "видео",
        "принима",
        "принял",
        "принять",
        "прилет",
        "посет",
        "посещ",
        "приех",
        "нанес",
        "провел",
        "провест",
        "провод",
    ),
)

# --- cues -------------------------------------------------------------------------------------

NOT = eq("не")

CUES = Grammar(
    kind="meetings",
    rules={
        "PLANNED": cue(
            "planned",
            rule(dictionary({"запланировать", "запланированный", "планироваться", "планировать", "предстоящий"})),
            rule(dictionary({"ожидаться", "ожидаемый", "ожидать", "намечать", "наметить", "анонсировать"})),
            rule(dictionary({"подготовка", "готовиться", "подготовить", "подготовительный"})),
            rule(normalized("должный"), normalized("быть").optional(), dictionary({"состояться", "пройти"})),
            rule(dictionary({"состояться", "пройти"}), gram("futr")),
            rule(normalized("предполагаться")),
        ),
        "CANCELLED": cue(
            "cancelled",
            rule(dictionary({"отменить", "отмена", "отменять", "сорваться", "срыв", "отказаться", "отказ"})),
            rule(NOT, dictionary({"состояться", "пройти"})),
        ),
        "POSTPONED": cue(
            "postponed",
            rule(dictionary({"отложить", "откладывать", "отсрочка", "перенести", "перенос", "переноситься"})),
        ),
        "PROPOSED": cue(
            "proposed",
            rule(dictionary({"предложить", "предлагать", "предложение", "пригласить", "приглашать", "приглашение"})),
        ),
        "NEGATED": cue(
            "negated",
            rule(NOT, dictionary({"исключить", "исключать"})),
            rule(dictionary({"надеяться", "надежда", "готовность", "возможный", "гипотетический"})),
            rule(eq("речь"), NOT, dictionary({"идти"})),
            rule(NOT, normalized("планироваться")),
        ),
        "AGGREGATE": cue(
            "aggregate",
            rule(or_(INT, gram("NUMR")), dictionary({"раз", "встреча", "визит", "разговор"})),
            rule(dictionary({"неоднократно", "многократно", "регулярно"})),
            rule(dictionary({"несколько", "много"}), normalized("раз")),
            rule(NOT, normalized("раз")),
        ),
        "OTHERS": cue(
            "others",
            rule(dictionary({"присутствовать", "сопровождать"})),
            rule(eq("вместе"), eq("с")),
            rule(eq("в"), dictionary({"сопровождение", "составе"})),
            rule(eq("с"), normalized("участие")),
        ),
        "SPEAKER": cue(
            "speaker",
            rule(eq("по"), dictionary({"слово", "данные", "мнение", "информация"})),
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
                    }
                )
            ),
        ),
    },
)

# --- occasions --------------------------------------------------------------------------------


def read_occasions(path: Path) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            canonical, variants = line.split("\t", 1)
            names[canonical] = [variant.strip() for variant in variants.split(";") if variant.strip()]
    return names


SUMMIT = dictionary({"саммит", "форум", "встреча", "заседание"})

OCCASIONS = Grammar(
    kind="meetings",
    rules={
        f"OCCASION_{index}": rule(
            SUMMIT.optional(),
            QUOTE.optional(),
            morph_pipeline(variants).interpretation(Occasion.name.const(canonical)),
            QUOTE.optional(),
        ).interpretation(Occasion)
        for index, (canonical, variants) in enumerate(read_occasions(HERE / "occasions.tsv").items())
    },
)

GRAMMARS = [TRIGGERS, CUES, OCCASIONS]
