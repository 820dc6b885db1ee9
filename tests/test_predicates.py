"""The predicate table answers from its indexes exactly what calling each predicate answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from yargy import and_, or_
from yargy.predicates import caseless, custom, eq, in_caseless, is_capitalized
from yargy.predicates.bank import CustomPredicate, DictionaryPredicate, GramPredicate, TypePredicate

from vstrecha import Extractor
from vstrecha.facts.cities import PlaceWord
from vstrecha.predicates import CAPITALIZED, Gate, PredicateTable, gate_of
from vstrecha.segment import segment

ARTICLES = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))


def called(table: PredicateTable, token) -> int:
    return sum(1 << bit for bit, test in enumerate(table.tests) if test(token))


@pytest.mark.parametrize("article", ARTICLES[1:8:3], ids=lambda path: path.stem)
def test_every_builtin_predicate_answers_as_called(extractor: Extractor, article: Path) -> None:
    doc = segment(article.read_text(encoding="utf-8"), extractor.morph)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    for grammar in extractor.grammars:
        table = grammar._parser.tests
        everything = (1 << len(table.tests)) - 1
        for token in tokens:
            assert table.passed(token, everything) == called(table, token), (grammar.origin, token.value)


def test_most_predicates_are_decided_without_a_call(extractor: Extractor) -> None:
    dates = next(grammar for grammar in extractor.grammars if grammar.kind == "dates")
    table = dates._parser.tests
    token = segment("Встреча прошла в Осаке.", extractor.morph).sentences[0].tokens[2]  # "в"
    known, _ = table.first_look(token)
    assert bin(known).count("1") > 0.8 * len(table.tests)


def test_gates_of_plain_and_composed_predicates(extractor: Extractor) -> None:
    months = DictionaryPredicate({"март", "апрель"})
    assert gate_of(months) == Gate("normal", frozenset({"март", "апрель"}), True)
    assert gate_of(in_caseless({"в", "во"})) == Gate("lower", frozenset({"в", "во"}), True)
    assert gate_of(or_(eq("."), eq(","))) == Gate("value", frozenset({".", ","}), True)
    name = gate_of(and_(TypePredicate("RU"), is_capitalized(), GramPredicate("Name")))
    assert name == Gate("gram", frozenset({"Name"}), False)  # a grammeme is rarer than a capital letter
    capital = gate_of(and_(TypePredicate("RU"), is_capitalized(), custom(str.istitle).activate(None)))
    assert capital == Gate("shape", frozenset({is_capitalized}), False)
    assert gate_of(or_(GramPredicate("ADJF"), GramPredicate("PRTF"))) == Gate("gram", frozenset({"ADJF", "PRTF"}), True)
    assert gate_of(and_(caseless("и"), GramPredicate("CONJ"))).kind == "lower"
    assert gate_of(custom(str.istitle).activate(None)) is None


def test_a_predicate_class_may_declare_its_gate(extractor: Extractor) -> None:
    """PlaceWord reads only capitalized words: a lowercase word is answered without asking the gazetteer."""
    cities = next(grammar for grammar in extractor.grammars if grammar.kind == "cities")
    table = cities._parser.tests
    places = [bit for bit, test in enumerate(table.tests) if isinstance(test, PlaceWord)]
    assert places and all(gate_of(table.tests[bit]) == CAPITALIZED for bit in places)
    tokens = segment("встреча в москве и в Москве", extractor.morph).sentences[0].tokens
    lower, upper = tokens[2], tokens[5]
    known, passed = table.first_look(lower)
    assert all(known >> bit & 1 and not passed >> bit & 1 for bit in places)
    known, _ = table.first_look(upper)
    assert not any(known >> bit & 1 for bit in places)
    assert any(table.passed(upper, 1 << bit) for bit in places)


def test_compiled_predicates_answer_as_yargys(extractor: Extractor) -> None:
    """``passed`` calls each predicate compiled to a plain function; on every token it answers as yargy's object."""
    from yargy import not_
    from yargy.predicates import eq, in_, is_lower, is_title, is_upper, length_eq

    from vstrecha.predicates import compiled

    ru = TypePredicate("RU")
    made = [
        and_(ru, is_capitalized(), not_(is_upper())),
        or_(eq("и"), in_({"В", "во"}), caseless("саммит"), in_caseless({"путин"})),
        and_(or_(is_lower(), is_title()), not_(length_eq(1))),
        CustomPredicate(lambda value: value.endswith("ом"), ["RU"]),
        custom(str.isdigit).activate(None),
        GramPredicate("Name"),
    ]
    builtin = [test for grammar in extractor.grammars for test in grammar._parser.tests.tests]
    text = "В Москве Путин и Си встретились 12 мая; саммит ООН, «Газпром» и Yahoo! — все во Владивостоке."
    tokens = segment(text, extractor.morph).sentences[0].tokens
    for test in made + builtin:
        function = compiled(test)
        assert [bool(function(token)) for token in tokens] == [bool(test(token)) for token in tokens], test


def test_grammars_loaded_together_share_one_table(extractor: Extractor) -> None:
    """What a token passes is found out once for every built-in grammar, not once per grammar."""
    tables = {id(grammar._parser.tests) for grammar in extractor.grammars}
    assert len(tables) == 1
    table = extractor.grammars[0]._parser.tests
    assert len(table.tests) == len({id(test) for test in table.tests})  # each predicate registered once
    token = segment("Саммит прошёл в Осаке.", extractor.morph).sentences[0].tokens[0]
    for grammar in extractor.grammars:
        list(grammar._parser.findall([token]))
    assert table.seen[token.type][token.value]  # one entry, read by every grammar
