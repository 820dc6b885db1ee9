"""Persons: names of real people, the title before a name, and descriptions that stand for a named person.

Names are recognized by shape: a given name (dictionary tag Name, or a list of foreign given names) and a
surname, with its particles ("Ле Пен", "аль-Масри"); a family name first for East Asian names ("Ху Цзиньтао");
initials and a surname; a surname alone when the dictionary or the list of well-known persons knows it; a
given name alone; after a title, unlisted foreign names ("главой МИД Индонезии Сугионо"); Latin names in photo
credits ("Kevin Lamarque / Reuters") and as original spellings in parentheses. The resolver puts the words in
the nominative and links the mentions of one person.
"""

import runpy
from pathlib import Path

from yargy import and_, not_, or_, rule
from yargy.predicates import (
    custom,
    gram,
    in_,
    in_caseless,
    is_capitalized,
    is_lower,
    is_title,
    is_upper,
    length_eq,
    type,
)

from vstrecha.facts.persons import (
    NAME_PARTICLES,
    PATRONYMIC_PARTICLES,
    Name,
    PersonMention,
    PersonReference,
    data_files,
    declensions,
    east_asian_nominative,
    east_asian_shaped,
    plain,
    read_countries,
    read_known_persons,
    read_lines,
)
from vstrecha.grammar import Data, Grammar
from vstrecha.morph import shared_morph

HERE = Path(__file__).parent
# The data directories: the package's, then a user's (set when grammars(data) rebuilds this module for them).
DIRECTORIES = globals().get("PERSON_DIRECTORIES", (HERE,))
MORPH = shared_morph()
KNOWN = read_known_persons(*data_files(DIRECTORIES, "persons.tsv"))
COUNTRIES = read_countries(*data_files(DIRECTORIES, "person_countries.tsv"))
ROLE_WORDS = frozenset(plain(word) for word in read_lines(*data_files(DIRECTORIES, "person_roles.txt")))

GIVEN_NAMES = {plain(word) for word in read_lines(*data_files(DIRECTORIES, "person_first_names.txt"))}
GIVEN_NAMES |= {plain(part) for known in KNOWN for part in known.first.split()}
GIVEN_NAMES |= {part for name in GIVEN_NAMES for part in name.split("-")}
GIVEN_NAME_FORMS = frozenset(form for name in GIVEN_NAMES for form in declensions(name))
KNOWN_SURNAME_FORMS = frozenset(form for known in KNOWN if len(known.last) > 2 for form in known.forms)

# Descriptions: the head nouns that stand for a person, and the ones that name a head of state.
REFERENCE_HEADS = frozenset(
    {"лидер", "президент", "коллега", "правитель", "глава", "премьер", "премьер-министр", "канцлер", "хозяин"}
    | {"госсекретарь", "министр"}
)
# Organisations named after people, written like a surname.
NOT_PERSONS = frozenset({"рейтер", "рейтерс", "блумберг", "форбс", "юнайт", "ассошиэйтед"})
# first words of parliaments' and councils' own names: "Жогорку Кенеш", "Олий Мажлис", "Милли Меджлис"
INSTITUTION_WORDS = frozenset({"жогорку", "олий", "милли", "халк", "мажилис", "верховна", "сейм", "кнессет"})
PARTICLES = NAME_PARTICLES
FAMILY_NAMES = frozenset(form for known in KNOWN if known.family_first for form in declensions(known.last))
EAST_ASIAN_FAMILIES = frozenset(
    form
    for family in read_lines(*data_files(DIRECTORIES, "person_east_asian_surnames.txt"))
    if len(family) > 1
    for form in declensions(family)
)
ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XVI"})
POSSESSIVES = frozenset({"его", "ее", "её", "их", "свой", "своего", "своему", "своим", "своем", "своей", "свою"})

# Capitalized Latin words of photo credits and media names that are not people.
LATIN_NOT_NAMES = frozenset(
    """the of and news press images getty reuters pool kremlin sputnik associated agency photo photos tass ria
    novosti afp ap epa global look via shutterstock bloomberg new york washington post times financial daily
    media group inc ltd white house wall street journal press service office ministry vostock imago alamy
    picture alliance anadolu xinhua kommersant interfax rbc sipa usa today the fox cnn bbc
    bank tournament chess channel airlines airways partners project technologies international microsystems
    store web fund foundation university institute company corporation party front union council committee
    association registry club team motors energy oil gas records studios pictures entertainment games systems
    networks software labs capital holdings trust school college museum hospital center centre bureau service
    world digital cultural doctor mode""".split()
)


def normals(word: str) -> set[str]:
    return {plain(form.normalized) for form in MORPH(word)}


def has_gram(word: str, gram: str) -> bool:
    return any(gram in form.grams for form in MORPH(word))


def is_given_name(word: str) -> bool:
    """A listed given name, or a Name reading of the dictionary (a vocative-only one like "Аль" does not count).

    For an unknown word the reading is a guess from its ending: good enough before a surname
    ("Беназир Бхутто"), not alone ("Чжуннаньхай"), nor for an unknown word with a surname suffix ("Силуанов").
    """
    if plain(word) in GIVEN_NAME_FORMS:
        return True
    if "-" in word:  # "Франком-Вальтером", not "Аль-Каиды"
        return all(plain(part) in GIVEN_NAME_FORMS or "Name" in MORPH(part)[0].grams for part in word.split("-"))
    if not MORPH.is_known(word) and plain(word).endswith(("ов", "ев", "ёв")):
        return False  # a guess from the ending: "Силуанов" is a surname, not the plural of "Силуан"
    forms = MORPH(word)
    plural_only = MORPH.is_known(word) and (has_gram(word, "Surn") or is_function_word(word))
    return any(is_single_name(form.grams, plural_only) for form in forms)


def is_single_name(grams, plural_only: bool) -> bool:
    """A given name reading of one person. A word the dictionary knows as a surname or a function word is a
    given name only in the singular: "Иванов", "Лавров" are plurals of Иван, Лавр only as words, and a
    surname comes first ("Лавров Сергей Викторович", "Иванов подтвердил"); "Аль" is no name. The number
    of other readings may be a gap of the dictionary ("Сулимы" of Сулима) or a guess ("Есимасы")."""
    return "Name" in grams and "voct" not in grams and (not plural_only or "sing" in grams or "Fixd" in grams)


def is_surname_shaped(word: str) -> bool:
    """An unknown word with a Russian surname's suffix ("Силуанов", "Кудрина"): no given name."""
    return plain(word).rstrip("аыуеойм").endswith(("ов", "ев", "ёв", "ин", "ын", "ск", "цк"))


def is_known_given_name(word: str) -> bool:
    return is_given_name(word) and (plain(word) in GIVEN_NAME_FORMS or MORPH.is_known(word))


def is_declined_given_name(word: str) -> bool:
    """A given name of the dictionary first of all, one that declines ("Валентина", "Ивана"); not a rare
    indeclinable one ("Сандали") nor a plural ("Лёв") that foreign surnames share."""
    forms = MORPH(word)
    first = forms[0].grams if forms else set()
    return MORPH.is_known(word) and "Name" in first and "sing" in first and "Fixd" not in first


def is_lower_given_name(word: str) -> bool:
    """A given name typed in lower case: the dictionary's first reading of the word is a given name of one
    person ("владимира", "ирина"), not a common word that is a name too ("вера", "надежда", "роман")."""
    forms = MORPH(word)
    first = forms[0].grams if forms else set()
    return MORPH.is_known(word) and "Name" in first and "sing" in first


def is_lower_surname(word: str) -> bool:
    """A surname typed in lower case: a well-known person's, or one the dictionary reads first as a surname."""
    if plain(word) in KNOWN_SURNAME_FORMS:
        return True
    forms = MORPH(word)
    return MORPH.is_known(word) and bool(forms) and "Surn" in forms[0].grams


def is_patronymic(word: str) -> bool:
    return has_gram(word, "Patr")


def is_lone_surname(word: str) -> bool:
    """A word that names a person by itself: a surname of the gazetteer of well-known persons, or one
    the dictionary knows as a surname of one person and not as an adjective ("Московский")."""
    if plain(word) in KNOWN_SURNAME_FORMS:
        return True
    if len(word) < 3 or is_function_word(word) or not MORPH.is_known(word):
        return False  # a guessed surname reading of an unknown word is no evidence ("Гагаузии")
    forms = MORPH(word)
    single = any("Surn" in form.grams and "sing" in form.grams for form in forms)
    return single and not any("ADJF" in form.grams for form in forms)


def is_prefixed_surname(word: str) -> bool:
    """Arabic and Romance surnames with a lowercase particle: "аль-Барадеи", "эль-Масри"."""
    prefix, _, rest = word.partition("-")
    return prefix in PARTICLES and rest[:1].isupper()


def is_plain_middle(word: str) -> bool:
    """A dictionary noun with no surname reading as the middle of a foreign name ("Мохаммад Багер Галибаф");
    a dictionary surname there ("Владимир Путин Кремль") ends the name instead."""
    forms = MORPH(word)
    return (
        MORPH.is_known(word)
        and bool(forms)
        and "NOUN" in forms[0].grams
        and not has_gram(word, "Surn")
        and plain(word) not in KNOWN_SURNAME_FORMS
        and not is_function_word(word)
    )


def can_be_place(word: str) -> bool:
    """ "Израиль", "Владимир": given names that are also places, unsafe as the first of three names."""
    return MORPH.is_known(word) and has_gram(word, "Geox")


def is_foreign_word(word: str) -> bool:
    """Not in the dictionary: a second given name like "Тайип" rather than a common word."""
    return not MORPH.is_known(word)


def is_place(word: str) -> bool:
    """The dictionary knows the word, its best reading is a place name and it knows no surname reading.

    Guesses for unknown words ("Тифензее", "Дуггана") often say Geox; they are no evidence.
    """
    forms = MORPH(word)
    known = MORPH.is_known(word)
    return known and bool(forms) and "Geox" in forms[0].grams and not has_gram(word, "Surn")


def is_role(word: str) -> bool:
    """A title noun in the singular: one person holds it ("президенты" is a description of several)."""
    return any(
        plain(form.normalized) in ROLE_WORDS and ("sing" in form.grams or "Fixd" in form.grams) for form in MORPH(word)
    )


def is_function_word(word: str) -> bool:
    forms = MORPH(word)
    return len(word) < 2 or not forms or bool({"CONJ", "PREP", "PRCL", "INTJ", "NPRO"} & forms[0].grams.values)


def is_role_modifier(word: str) -> bool:
    """A genitive word of a title: "главы МИД России", "помощник Путина", "Белого дома".

    Unknown words are left to the name ("премьер-министр Японии Санаэ Такаити").
    """
    if is_given_name(word) or is_function_word(word) or plain(word) in EAST_ASIAN_FAMILIES | FAMILY_NAMES:
        return False
    if not word.isupper() and not MORPH.is_known(word) and plain(word) not in KNOWN_SURNAME_FORMS:
        return False
    return has_gram(word, "gent") or has_gram(word, "Fixd") or is_role(word)


def is_national(word: str) -> bool:
    return has_gram(word, "ADJF") and bool(normals(word) & COUNTRIES.keys())


def is_country(word: str) -> bool:
    return bool(normals(word) & COUNTRIES.keys()) and not has_gram(word, "ADJF")


def is_reference_head(word: str) -> bool:
    return bool(normals(word) & REFERENCE_HEADS)


def is_plural_head(word: str) -> bool:
    return is_reference_head(word) and any("plur" in form.grams and "NOUN" in form.grams for form in MORPH(word))


def word(*words: str):
    """A word given by its normal forms, any case."""
    wanted = frozenset(words)
    return custom(lambda value: bool(normals(value) & wanted), types="RU")


WORD = and_(type("RU"), is_capitalized(), not_(is_upper()))
DOT = in_caseless({"."})
SLASH = in_caseless({"/"})

# Name shapes
GIVEN = and_(WORD, custom(is_given_name))
GIVEN_NOT_PLACE = and_(GIVEN, not_(custom(can_be_place)))
PATRONYMIC = and_(WORD, custom(is_patronymic))
SECOND_GIVEN = and_(WORD, or_(custom(is_given_name), custom(is_foreign_word)))
# The second and third given names of a foreign name: "Реджеп Тайип", "Мохаммад Багер", "Луис Инасиу".
MIDDLE_GIVEN = and_(WORD, or_(custom(is_given_name), custom(is_foreign_word), custom(is_plain_middle)))
SURNAME_WORD = and_(WORD, not_(custom(is_place)))


def surname_shape(word):
    """A surname with its particles ("Ле Пен", "О’Брайен", "аль-Масри"), its own word as given."""
    return or_(
        rule(in_caseless(PARTICLES).repeatable(max=2), word),
        rule(word, in_caseless(PARTICLES).repeatable(max=2), word),  # "Лула да Силва", "Ван дер Беллен"
        rule(in_caseless({"о", "д"}), in_caseless({"’", "'"}), word),
        rule(word, in_caseless(PATRONYMIC_PARTICLES)),  # "Тургунбек уулу", "Мамедов оглы"
        rule(word),
        rule(custom(is_prefixed_surname, types="RU")),
    )


SURNAME_SHAPE = surname_shape(SURNAME_WORD)
# After a word that is a given name only by a guess, a declining given name starts the name itself:
# "Спикер Совфеда Валентина Матвиенко" has no name "Совфеда Валентина".
SURNAME_SHAPE_NOT_GIVEN = surname_shape(and_(SURNAME_WORD, not_(custom(is_declined_given_name))))
SURNAME = and_(WORD, custom(is_lone_surname), not_(custom(is_place)), not_(in_caseless(NOT_PERSONS)))
INITIAL = and_(type("RU"), is_upper(), length_eq(1))
LATIN_WORD = and_(type("LATIN"), is_title(), not_(in_caseless(LATIN_NOT_NAMES)))
FOREIGN_GIVEN = and_(WORD, custom(is_foreign_word), not_(custom(can_be_place)), not_(in_caseless(INSTITUTION_WORDS)))

FOREIGN_FIRST = and_(
    GIVEN_NOT_PLACE, custom(is_known_given_name), not_(in_caseless(EAST_ASIAN_FAMILIES | FAMILY_NAMES))
)
FIRST_LAST = or_(
    rule(
        and_(GIVEN_NOT_PLACE, custom(is_known_given_name)).interpretation(Name.first),
        PATRONYMIC.interpretation(Name.middle).optional(),
        SURNAME_SHAPE.interpretation(Name.last),
    ),
    rule(
        and_(GIVEN_NOT_PLACE, not_(custom(is_known_given_name))).interpretation(Name.first),
        PATRONYMIC.interpretation(Name.middle).optional(),
        SURNAME_SHAPE_NOT_GIVEN.interpretation(Name.last),
    ),
    # "Владимира Путина", but not "Израиля Биньямин" of "правительства Израиля Биньямин Нетаньяху"
    rule(
        and_(GIVEN, custom(can_be_place)).interpretation(Name.first),
        PATRONYMIC.interpretation(Name.middle).optional(),
        and_(SURNAME_WORD, not_(in_caseless(GIVEN_NAME_FORMS))).interpretation(Name.last),
    ),
    # Three words need a given name the dictionary or the list knows first: "Спикер Совфеда Валентина
    # Матвиенко" is no name "Совфеда Валентина"
    rule(
        and_(GIVEN_NOT_PLACE, custom(is_known_given_name)).interpretation(Name.first),
        SECOND_GIVEN.interpretation(Name.middle),
        SURNAME_SHAPE.interpretation(Name.last),
    ),
    # Longer foreign names, not begun by an East Asian family name ("Кима Чен Ира Ким Ир Сен" is two names):
    # "Луис Инасиу Лула да Силва", "Мохаммад Багер Галибаф" (a dictionary noun in the middle, an unknown surname)
    rule(
        FOREIGN_FIRST.interpretation(Name.first),
        rule(SECOND_GIVEN, MIDDLE_GIVEN).interpretation(Name.middle),
        SURNAME_SHAPE.interpretation(Name.last),
    ),
    rule(
        FOREIGN_FIRST.interpretation(Name.first),
        rule(and_(MIDDLE_GIVEN, not_(SECOND_GIVEN)), MIDDLE_GIVEN.optional()).interpretation(Name.middle),
        and_(SURNAME_WORD, custom(is_foreign_word)).interpretation(Name.last),
    ),
    # a surname that is a place's name too, after a given name the dictionary or the list knows:
    # "Кирсти Ковентри", "Хайко Маасом"
    rule(
        and_(
            GIVEN_NOT_PLACE, custom(is_known_given_name), not_(in_caseless(EAST_ASIAN_FAMILIES | FAMILY_NAMES))
        ).interpretation(Name.first),
        and_(WORD, custom(is_place), not_(custom(is_given_name))).interpretation(Name.last),
    ),
    # two capitalized words no dictionary knows, the first shaped as a given name: "Лисбет Рикерман"
    rule(
        and_(
            FOREIGN_GIVEN, not_(custom(is_surname_shaped)), not_(length_eq(3)), not_(in_caseless(INSTITUTION_WORDS))
        ).interpretation(Name.first),
        and_(SURNAME_WORD, custom(is_foreign_word)).interpretation(Name.last),
    ),
)
# a ruler or patriarch with a regnal number: "Гарегин II", "Карл III", "Елизавета II"
REGNAL = rule(
    and_(GIVEN, custom(is_known_given_name)).interpretation(Name.first),
    and_(type("LATIN"), in_(ROMAN)).interpretation(Name.last),
)
# With a patronymic after the given name, an unknown word before them is a surname ("Силуанов Антон Германович").
LAST_FIRST_MIDDLE = rule(
    or_(SURNAME, and_(WORD, custom(is_foreign_word), not_(custom(is_place)))).interpretation(Name.last),
    GIVEN.interpretation(Name.first),
    PATRONYMIC.interpretation(Name.middle),
)
# "В.В. Путин"; the surname is one by the dictionary or unknown to it ("И. Изначально" is a sentence break)
INITIALS_LAST = rule(
    rule(INITIAL, DOT, rule(INITIAL, DOT).optional()).interpretation(Name.initials),
    and_(WORD, or_(custom(is_foreign_word), gram("Surn"), in_caseless(KNOWN_SURNAME_FORMS))).interpretation(Name.last),
)
FAMILY_FIRST = rule(
    and_(WORD, in_caseless(FAMILY_NAMES)).interpretation(Name.last),
    rule(GIVEN, GIVEN.optional()).interpretation(Name.first),
)
SYLLABLE = and_(type("RU"), is_capitalized(), or_(not_(is_upper()), length_eq(1)))  # "Ван И"


def short_syllable(value: str) -> bool:
    """A syllable of up to three letters, or one declined from it ("Иром" of Ир, "Ына" of Ын)."""
    if len(value) <= 3:
        return True
    forms = MORPH(value)
    common = (  # "Лапа" is a noun of its own
        bool(forms) and MORPH.is_known(value) and "NOUN" in forms[0].grams and len(forms[0].normalized) > 3
    )
    return len(east_asian_nominative(value)) <= 3 and not common


STRICT_EAST_ASIAN_GIVEN = and_(SYLLABLE, or_(custom(is_foreign_word), custom(short_syllable)))
EAST_ASIAN_GIVEN = and_(SYLLABLE, or_(STRICT_EAST_ASIAN_GIVEN, custom(east_asian_shaped)))
EAST_ASIAN_FAMILY = and_(WORD, in_caseless(EAST_ASIAN_FAMILIES))
# A family name that is a given name too ("Ян") takes only syllables no dictionary knows as words
# ("Ян Гуса" is Jan Hus); the others take any syllable-shaped word ("То Лама", "Ким Ён Нама").
EAST_ASIAN = or_(
    rule(
        and_(EAST_ASIAN_FAMILY, not_(custom(is_known_given_name))).interpretation(Name.last),
        rule(EAST_ASIAN_GIVEN, EAST_ASIAN_GIVEN.optional(), EAST_ASIAN_GIVEN.optional()).interpretation(Name.first),
    ),
    rule(
        and_(EAST_ASIAN_FAMILY, custom(is_known_given_name)).interpretation(Name.last),
        rule(STRICT_EAST_ASIAN_GIVEN, STRICT_EAST_ASIAN_GIVEN.optional()).interpretation(Name.first),
    ),
)
# A name typed in lower case (a quoted post, a caption): a given name and a surname by the dictionary, which
# the resolver keeps only when they agree in case and gender ("владимира путина", not "роза ветров").
LOWER_NAME = rule(
    and_(type("RU"), is_lower(), custom(is_lower_given_name)).interpretation(Name.first),
    and_(type("RU"), is_lower(), custom(is_lower_surname)).interpretation(Name.last),
)
LAST_ONLY = SURNAME.interpretation(Name.last)
# A surname of two words joined by a particle, alone: "Ван дер Беллен", "Лула да Силва"; not two surnames
# joined by "да" ("Петров да Сидоров").
JOINED_SURNAME = rule(
    SURNAME_WORD,
    in_caseless(PARTICLES).repeatable(max=2),
    and_(SURNAME_WORD, not_(gram("Surn")), not_(in_caseless(KNOWN_SURNAME_FORMS))),
).interpretation(Name.last)
GIVEN_ONLY = and_(WORD, custom(is_known_given_name)).interpretation(Name.first)
LATIN_NAME = rule(LATIN_WORD, LATIN_WORD, LATIN_WORD.optional()).interpretation(Name.latin)
ORIGINAL_SPELLING = rule(in_caseless({"("}), LATIN_NAME, in_caseless({")", ","}))
PHOTO_CREDIT = or_(
    rule(LATIN_NAME, SLASH),
    rule(SLASH, LATIN_NAME),
    rule(in_caseless({"фото", "photo"}), in_caseless({":"}).optional(), LATIN_NAME),
)
NAME = or_(
    REGNAL,
    FAMILY_FIRST,
    EAST_ASIAN,
    FIRST_LAST,
    LAST_FIRST_MIDDLE,
    INITIALS_LAST,
    LOWER_NAME,
    JOINED_SURNAME,
    rule(LAST_ONLY),
    rule(GIVEN_ONLY),
    PHOTO_CREDIT,
    ORIGINAL_SPELLING,
).interpretation(Name)
# After a title, two unknown capitalized words are a name even when the given name is not listed.
TITLED_NAME = rule(
    FOREIGN_GIVEN.interpretation(Name.first), SURNAME_SHAPE_NOT_GIVEN.interpretation(Name.last)
).interpretation(Name)

# A title before a name: "президент США", "глава МИД России", "помощник Путина", "официальная представительница"
ROLE_HEAD = custom(is_role, types="RU")
ROLE_MODIFIER = or_(custom(is_role_modifier, types="RU"), and_(is_upper(), not_(length_eq(1))))
# "генконсул Японии в Хабаровске", "постпред России при ООН": where the post is
POST_PLACE = rule(
    in_caseless({"в", "во", "при"}), and_(type("RU"), or_(is_capitalized(), is_upper()), not_(custom(is_given_name)))
)
# "помощник президента по международным вопросам", "советник по национальной безопасности": what the post covers
POST_FIELD = rule(
    in_caseless({"по"}),
    and_(gram("ADJF"), gram("datv"), not_(is_capitalized())).repeatable(max=2).optional(),
    and_(gram("NOUN"), gram("datv"), not_(is_capitalized())),
)
ROLE = rule(
    or_(gram("ADJF"), gram("PRTF")).repeatable(max=3).optional(),
    ROLE_HEAD,
    or_(rule(ROLE_MODIFIER), POST_PLACE, POST_FIELD).repeatable(max=6).optional(),
)
# After a title with its country, one unknown word is a name too ("главой МИД Индонезии Сугионо").
TITLED_SINGLE = FOREIGN_GIVEN.interpretation(Name.last).interpretation(Name)
PERSON = or_(
    rule(ROLE.interpretation(PersonMention.role).optional(), NAME.interpretation(PersonMention.name)),
    rule(ROLE.interpretation(PersonMention.role), TITLED_NAME.interpretation(PersonMention.name)),
    rule(ROLE.interpretation(PersonMention.role), TITLED_SINGLE.interpretation(PersonMention.name)),
).interpretation(PersonMention)

# Descriptions that stand for a person named elsewhere in the article
COUNTRY = or_(
    rule(custom(is_country, types="RU")),
    rule(and_(is_upper(), custom(is_country))),
    rule(word("соединенный", "соединить"), word("штат")),
)
OFFICE = in_caseless({"МИД", "правительства", "государства"})
HEAD = custom(is_reference_head, types="RU")
NATIONAL_LEADER = rule(in_caseless(POSSESSIVES).optional(), custom(is_national, types="RU"), HEAD)
LEADER_OF_COUNTRY = rule(HEAD, OFFICE.optional(), COUNTRY)
HEAD_OF_HOUSE = rule(word("глава", "хозяин"), or_(rule(word("белый"), word("дом")), rule(word("кремль"))))
HEAD_OF_STATE = rule(word("глава"), custom(is_national, types="RU"), word("государство"))
PARTY_MEMBER = rule(word("республиканец"))
# A bare title that stands for the one person named before with it: "глава государства провел встречу с
# губернатором", "генконсул отметил". Singular only; the resolver keeps it only when one person fits.
BARE_TITLE_HEADS = frozenset(
    {"президент", "губернатор", "премьер", "премьер-министр", "генконсул", "консул", "спикер", "министр"}
    | {"посол", "мэр", "канцлер", "госсекретарь"}
)
BARE_TITLE_BODIES = ("государство", "регион", "область", "край", "республика", "город", "правительство")


def is_title_noun(word: str, heads: frozenset[str] = BARE_TITLE_HEADS | {"глава"}) -> bool:
    """A title read as a noun first of all: "после" is a preposition, not a form of "посол"."""
    forms = MORPH(word)
    return bool(forms) and "NOUN" in forms[0].grams and plain(forms[0].normalized) in heads


BARE_TITLE = or_(
    rule(and_(custom(is_role, types="RU"), word(*BARE_TITLE_HEADS), custom(is_title_noun))),
    rule(
        and_(custom(is_role, types="RU"), word("глава"), custom(is_title_noun)),
        or_(and_(word(*BARE_TITLE_BODIES), gram("gent"), gram("sing")), in_caseless({"мид"})),  # "глава МИД"
    ),
)
LEADERS_OF_TWO = rule(
    custom(is_plural_head, types="RU"),
    or_(rule(word("два"), word("страна", "государство")), rule(COUNTRY, in_caseless({"и"}), COUNTRY)),
)


def reference(body):
    return body.interpretation(PersonReference.text).interpretation(PersonReference)


# Names run everywhere; descriptions only in sentences with one of their head words. A description
# inside a titled name ("президент России Владимир Путин") is dropped by the resolver.
NAMES = Grammar(kind="persons", rules={"PERSON": PERSON})
DESCRIPTIONS = Grammar(
    kind="persons",
    rules={
        "NATIONAL_LEADER": reference(NATIONAL_LEADER),
        "LEADER_OF_COUNTRY": reference(LEADER_OF_COUNTRY),
        "HEAD_OF_HOUSE": reference(HEAD_OF_HOUSE),
        "HEAD_OF_STATE": reference(HEAD_OF_STATE),
        "PARTY_MEMBER": reference(PARTY_MEMBER),
        "LEADERS_OF_TWO": reference(LEADERS_OF_TWO),
        "BARE_TITLE": reference(BARE_TITLE),
    },
    keywords=("лидер", "президент", "глав", "коллег", "правител", "премьер", "канцлер", "хозя", "республикан")
    + ("госсекретар", "министр", "губернатор", "консул", "спикер", "посол", "мэр"),
)
GRAMMARS = [NAMES, DESCRIPTIONS]
PERSON_FILES = ("persons.tsv", "person_countries.tsv", "person_roles.txt", "person_first_names.txt")
_rebuilt: dict[tuple[str, ...], list[Grammar]] = {}


def grammars(data: Data) -> list[Grammar]:
    """The rules hold the data's words, so a user's person files mean rules built anew with them added."""
    users = [directory for directory in data.directories if directory.resolve() != HERE.resolve()]
    if not any(data_files(users, name) for name in (*PERSON_FILES, "person_east_asian_surnames.txt")):
        return GRAMMARS
    if data.key not in _rebuilt:
        rebuilt = runpy.run_path(__file__, init_globals={"PERSON_DIRECTORIES": (HERE, *users)})
        _rebuilt[data.key] = rebuilt["GRAMMARS"]
    return _rebuilt[data.key]
