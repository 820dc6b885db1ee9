"""Cities, venues, countries and regions, with the frame a city is named in.

The gazetteer (cities.tsv, from GeoNames) decides what a word is; the rules decide how sure we are.
A word known only as a place ("в Дананге", "Хельсинки", "МОСКВА") is a city anywhere. A word that is
also a surname or a common noun ("Пушкин", "Орёл", "Колон") is a city only in a place frame ("в
Пушкине", "под Орлом", "город Королёв"), and a first name or initials before it make it a person
("Антон Чехов"). A misspelt city is accepted only in a place frame and only for a word pymorphy3 does
not know. Countries and regions are matched too, so that they are never taken for cities. The rule
name tells the resolver and event assembly the frame: CITY_AT is where something happens.
"""

from yargy import and_, not_, or_, rule
from yargy.pipelines import morph_pipeline
from yargy.predicates import (
    caseless,
    custom,
    eq,
    gram,
    in_,
    in_caseless,
    is_capitalized,
    is_upper,
    length_eq,
    normalized,
    type,
)
from yargy.relations import case_relation

from vstrecha.doc import Doc, Sentence
from vstrecha.facts.cities import Gazetteer, Place, PlaceWord, key, misspelt_city, unknown_locative
from vstrecha.grammar import Data, Grammar
from vstrecha.morph import shared_morph


def framed(cue, place):
    return rule(cue.interpretation(Place.cue.normalized()), place)


def place_rule(*variants):
    """A named rule of the grammar: one Place fact, whichever variant matched."""
    return or_(*variants).interpretation(Place)


# where: "в Хельсинки", "на Бали", "под Москвой", "около Женевы"
IN = in_caseless({"в", "во", "на"})
UNDER = caseless("под")
NEAR = in_caseless({"около", "близ", "возле", "вблизи"})
FROM = in_caseless({"из", "до", "от", "через"})
# "в американском Анкоридже", "в южнокорейском Пусане"
EPITHET = and_(gram("ADJF"), not_(is_capitalized()))
# "Антон Чехов", "А. П. Чехов", "Вашингтон Ирвинг": a person named like a city
INITIAL = and_(type("RU"), length_eq(1), is_upper())
FIRST_NAME = and_(gram("Name"), is_capitalized(), not_(gram("PREP")), not_(gram("CONJ")))
SURNAME = and_(gram("Surn"), not_(gram("Geox")), is_capitalized(), not_(is_upper()))


def build(GAZETTEER: Gazetteer, GIVEN: frozenset[str] = frozenset()) -> Grammar:  # noqa: N803 - read as constants
    """The rules over one gazetteer: the built-in one, or the built-in one plus a user's rows. ``GIVEN``: the
    listed given names, of which a few are towns too ("Милан", "Арарат")."""
    morph = shared_morph()

    def given_name(word: str) -> bool:
        return word.lower() in GIVEN or any(form.normalized in GIVEN for form in morph(word))

    CITY_WORD = PlaceWord(GAZETTEER, frozenset({"city"}), strict=False)
    SURE_CITY_WORD = PlaceWord(GAZETTEER, frozenset({"city"}), strict=True)
    COUNTRY_WORD = PlaceWord(GAZETTEER, frozenset({"country"}), strict=False)
    REGION_WORD = PlaceWord(GAZETTEER, frozenset({"region"}), strict=False)

    def entry_of(predicate):
        """A one-word place whose fact carries its gazetteer entry."""
        return rule(predicate).interpretation(Place.entry.custom(GAZETTEER.place))

    def entry_of_names(kinds: set[str]):
        """Multi-word names ("Нижний Новгород", "Саудовская Аравия", "Белый дом") in any case form."""
        return morph_pipeline(GAZETTEER.names(kinds, multiword=True)).interpretation(
            Place.entry.normalized().custom(GAZETTEER.by_name)
        )

    CITY_IN = entry_of(and_(CITY_WORD, or_(gram("loct"), gram("loc2"), unknown_locative(GAZETTEER))))
    CITY_UNDER = entry_of(and_(CITY_WORD, gram("ablt")))
    CITY_GENITIVE = entry_of(and_(CITY_WORD, gram("gent")))
    CITY_INTO = entry_of(and_(CITY_WORD, gram("accs"), not_(gram("loct"))))
    CITY_NAMES = entry_of_names({"city"})

    CITY_AT = place_rule(
        framed(IN, CITY_IN),
        framed(IN, rule(EPITHET, CITY_IN)),
        framed(UNDER, CITY_UNDER),
        framed(NEAR, CITY_GENITIVE),
        framed(or_(IN, UNDER, NEAR), CITY_NAMES),
    )
    CITY_TO = place_rule(framed(in_caseless({"в", "во"}), CITY_INTO))
    CITY_FROM = place_rule(framed(FROM, CITY_GENITIVE), framed(FROM, CITY_NAMES))

    # "город Королёв", "г. Пушкин", "столица Венгрии Будапешт"
    TOWN = or_(
        rule(normalized("город")),
        rule(caseless("г"), eq(".")),
        rule(normalized("столица"), rule(COUNTRY_WORD).optional()),
    )
    CITY_TOWN = place_rule(framed(TOWN, entry_of(CITY_WORD)), framed(TOWN, CITY_NAMES))

    # "в Анкордиже (штат Аляска, США)"
    CITY_MISSPELT = place_rule(framed(or_(IN, UNDER, NEAR, FROM), misspelt_city(GAZETTEER)))

    # "МОСКВА, 15 авг - РИА Новости.", "ЖЕНЕВА (Reuters) —"
    DATELINE = place_rule(rule(entry_of(and_(CITY_WORD, is_upper())), in_({",", ".", "(", "—", "-"})))

    CITY = place_rule(entry_of(SURE_CITY_WORD), CITY_NAMES)
    # "Анкоридж" alone, a word that could be something else: a city only if the text confirms it elsewhere
    CITY_MAYBE = place_rule(entry_of(CITY_WORD))

    VENUE_NAMES = or_(entry_of(PlaceWord(GAZETTEER, frozenset({"venue"}), strict=False)), entry_of_names({"venue"}))
    VENUE_AT = place_rule(framed(or_(IN, UNDER, NEAR, FROM), VENUE_NAMES))
    VENUE = place_rule(VENUE_NAMES)

    COUNTRY = place_rule(entry_of(COUNTRY_WORD), entry_of_names({"country"}))
    # "штат Вашингтон", "штат Нью-Йорк": a state, whatever else the name is
    STATE = place_rule(framed(or_(normalized("штат"), normalized("провинция")), entry_of(or_(CITY_WORD, REGION_WORD))))
    REGION = place_rule(entry_of(REGION_WORD), entry_of_names({"region"}))

    AGREE = case_relation()  # "с Араратом Мирзояном", never "мэром Москвы Собяниным"
    NAMESAKE = place_rule(
        framed(or_(FIRST_NAME, and_(is_capitalized(), custom(given_name))), entry_of(CITY_WORD)),
        framed(rule(INITIAL, eq("."), rule(INITIAL, eq(".")).optional()), entry_of(CITY_WORD)),
        rule(entry_of(and_(CITY_WORD, gram("Name"))), and_(gram("Surn"), is_capitalized())),
        # "Арарат Мирзоян": a town's name given to a person, then a surname that is no place
        rule(entry_of(and_(CITY_WORD, not_(is_upper())).match(AGREE)), SURNAME.match(AGREE)),
        # "Миланом Кучаном": a listed given name, then a capitalized word the dictionary does not know
        rule(
            entry_of(and_(CITY_WORD, not_(is_upper()), custom(given_name)).match(AGREE)),
            and_(is_capitalized(), not_(is_upper()), custom(lambda word: not morph.is_known(word))).match(AGREE),
        ),
    )

    return Grammar(
        kind="cities",
        when=place_words(GAZETTEER),
        rules={
            "NAMESAKE": NAMESAKE,
            "STATE": STATE,
            "VENUE_AT": VENUE_AT,
            "VENUE": VENUE,
            "CITY_AT": CITY_AT,
            "CITY_TO": CITY_TO,
            "CITY_FROM": CITY_FROM,
            "CITY_TOWN": CITY_TOWN,
            "CITY_MISSPELT": CITY_MISSPELT,
            "DATELINE": DATELINE,
            "CITY": CITY,
            "CITY_MAYBE": CITY_MAYBE,
            "COUNTRY": COUNTRY,
            "REGION": REGION,
        },
    )


def place_words(gazetteer: Gazetteer):
    """A sentence can name a place only with a capitalized word the gazetteer knows in some form, or one
    pymorphy3 does not know at all (a misspelt or rare name); the parser skips every other sentence."""
    morph = shared_morph()
    first_words = {name.split()[0] for name in gazetteer.multi}
    names = (
        set(gazetteer.single) | first_words | {key(lemma) for word in first_words for lemma in morph.normalized(word)}
    )

    def might_name_a_place(doc: Doc, sentence: Sentence) -> bool:
        for token in sentence.tokens:
            word = token.value
            if word[:6].lower() == "столиц":
                return True  # "в китайской столице", "в северной столице"
            if not word[:1].isupper() or token.type not in ("RU", "LATIN"):
                continue
            if key(word) in names or token.type == "LATIN" or not morph.is_known(word):
                return True
            if any(key(form.normalized) in names for form in getattr(token, "forms", ())):
                return True
        return False

    return might_name_a_place


_built: dict[tuple[str, ...], Grammar] = {}


def grammars(data: Data) -> list[Grammar]:
    """Built once per set of data directories: the gazetteer is the costly part."""
    if data.key not in _built:
        given = frozenset(row.fields[0].strip().lower() for row in data.rows("person_first_names.txt"))
        _built[data.key] = build(Gazetteer.from_data(data), given)
    return [_built[data.key]]
