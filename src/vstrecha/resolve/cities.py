"""Normalizes the cities grammar's matches into values of the output contract.

Fills ``doc.found["cities"]`` (one per city mention, ``entity`` = index into ``doc.entities["cities"]``),
``doc.found["venues"]`` and ``doc.found["countries"]`` (countries and regions, so that nobody takes them
for cities). The rule name keeps the frame: ``cities:CITY_AT`` is a place where something happens,
``cities:CITY`` a bare mention (a dateline, or a city standing for its government).
"""

from __future__ import annotations

from dataclasses import replace

from vstrecha.doc import Doc, Found, GrammarMatch
from vstrecha.models import City, CityRef, Mention, Venue

CITY_RULES = {"CITY_AT", "CITY_TO", "CITY_FROM", "CITY_TOWN", "CITY_MISSPELT", "DATELINE", "CITY", "CITY_MAYBE"}
FRAMED_RULES = CITY_RULES - {"CITY", "CITY_MAYBE"}
VENUE_RULES = {"VENUE", "VENUE_AT"}
COUNTRY_RULES = {"COUNTRY", "REGION", "STATE"}
OPENING_QUOTES = {"«", '"', "„", "“", "'"}
JOINERS = {",", "и", "или"}
CUES = {"в", "во", "на", "под", "около", "близ", "возле", "вблизи", "у", "из", "до", "от", "через"}


def rule_of(match: GrammarMatch) -> str:
    return match.rule.rsplit(":", 1)[-1]


def place_span(doc: Doc, match: GrammarMatch) -> tuple[int, int, int]:
    """Offsets and first token of the place itself, without the preposition or the dateline comma."""
    tokens = doc.sentences[match.sentence].tokens[match.first : match.last]
    if rule_of(match) in VENUE_RULES:  # "вилла Ла Гранж": the venue may start with a lowercase word
        skip = 1 if rule_of(match) == "VENUE_AT" else 0
        return tokens[skip].span.start, tokens[-1].span.stop, match.first + skip
    words = [
        index
        for index, token in enumerate(tokens)
        if token.type == "RU" and token.value[0].isupper() and token.value.lower() not in CUES
    ]
    if not words:
        return match.start, match.stop, match.first
    if len(words) > 1 and tokens[words[0] - 1].value.lower().startswith("столиц"):
        words = words[1:]  # "столица Венгрии Будапешт": the country belongs to the cue
    first, last = words[0], words[-1]
    return tokens[first].span.start, tokens[last].span.stop, match.first + first


def found(doc: Doc, match: GrammarMatch, kind: str, value: object, entity: int | None = None) -> Found:
    start, stop, first = place_span(doc, match)
    return Found(kind, start, stop, match.sentence, first, match.last, value, match.rule, entity)


def namesakes(matches: list[GrammarMatch]) -> set[str]:
    """Cities whose name the text also gives a person ("Антон Чехов"): bare mentions of them are that person."""
    return {match.fact.entry.name for match in matches if rule_of(match) == "NAMESAKE" and match.fact.entry}


def confirmed(matches: list[GrammarMatch]) -> set[str]:
    """Cities the text names unmistakably at least once; only these count where the word could be something else."""
    return {match.fact.entry.name for match in matches if rule_of(match) in CITY_RULES - {"CITY_MAYBE"}}


def quoted(doc: Doc, match: GrammarMatch) -> bool:
    """«Славута», «Москва»: a brand, a paper or a ship named after a city."""
    tokens = doc.sentences[match.sentence].tokens
    return 0 < match.first and match.last < len(tokens) and tokens[match.first - 1].value in OPENING_QUOTES


def coordinated(doc: Doc, match: GrammarMatch, previous: Found | None) -> bool:
    """A city joined to the city before it shares its frame: "в Москве и Хабаровске", "с Омском и Томском"."""
    if previous is None or previous.sentence != match.sentence:
        return False
    tokens = doc.sentences[match.sentence].tokens
    return previous.last == match.first - 1 and tokens[match.first - 1].value.lower() in JOINERS


def into(doc: Doc, match: GrammarMatch) -> bool:
    """A multi-word name after "в" in the accusative ("в Нижний Новгород") is where one goes, not where one is."""
    tokens = doc.sentences[match.sentence].tokens
    head, last = tokens[match.first], tokens[match.last - 1]
    forms = getattr(last, "forms", [])
    return (
        head.value.lower() in ("в", "во")
        and match.last - match.first > 2
        and any("accs" in form.grams for form in forms)
        and not any("loct" in form.grams or "loc2" in form.grams for form in forms)
    )


def named_next(matches: list[GrammarMatch], position: int) -> bool:
    """A place named by a description ("столица Венгрии") right before its own name."""
    match = matches[position]
    for other in matches[position + 1 : position + 4]:
        if other.sentence == match.sentence and other.first == match.last and other.fact.entry is match.fact.entry:
            return True
    return False


def resolve_cities(doc: Doc) -> None:
    matches = [match for match in doc.matches.get("cities", []) if match.fact is not None and match.fact.entry]
    people = namesakes(matches)
    sure = confirmed(matches)
    cities: list[City] = []
    index: dict[str, int] = {}
    doc.found["cities"], doc.found["venues"], doc.found["countries"] = [], [], []
    frame: str | None = None
    for position, match in enumerate(matches):
        if frame is not None:
            match, frame = replace(match, rule=frame), None
        rule, entry = rule_of(match), match.fact.entry
        if named_next(matches, position):
            frame = match.rule  # "в столице Венгрии Будапеште": the name that follows is the mention, in this frame
            continue
        if rule in VENUE_RULES:
            start, stop, _ = place_span(doc, match)
            venue = Venue(text=doc.quote(start, stop), name=entry.name, city=entry.city)
            venue._country = entry.country
            doc.found["venues"].append(found(doc, match, "venues", venue))
        elif rule in COUNTRY_RULES:
            doc.found["countries"].append(found(doc, match, "countries", entry.name))
        elif rule in CITY_RULES and entry.kind == "city":
            if rule == "CITY_AT" and into(doc, match):
                match = replace(match, rule=match.rule.replace("CITY_AT", "CITY_TO"))
            previous = doc.found["cities"][-1] if doc.found["cities"] else None
            if rule not in FRAMED_RULES and coordinated(doc, match, previous):
                match = replace(match, rule=previous.rule)
            elif rule not in FRAMED_RULES and (entry.name in people or quoted(doc, match)):
                continue
            elif rule == "CITY_MAYBE" and entry.name not in sure:
                continue
            if entry.name not in index:
                index[entry.name] = len(cities)
                cities.append(City(name=entry.name, country=entry.country))
            item = found(doc, match, "cities", CityRef(name=entry.name, country=entry.country), index[entry.name])
            mention = Mention(start=item.start, stop=item.stop, text=doc.quote(item.start, item.stop))
            cities[index[entry.name]].mentions.append(mention)
            doc.found["cities"].append(item)
    for city in cities:
        city.mentions.sort(key=lambda mention: mention.start)
    doc.entities["cities"] = cities
