"""The lookahead parser finds exactly what yargy's own parser finds, with far fewer chart states."""

from __future__ import annotations

from pathlib import Path

import pytest
from yargy import Parser, forward, or_, rule
from yargy.pipelines import caseless_pipeline, morph_pipeline
from yargy.predicates import dictionary, gram, in_caseless, type
from yargy.relations import gnc_relation

from vstrecha import Extractor
from vstrecha.grammar import TokenListTokenizer, interpret, named_node
from vstrecha.lookahead import Lookahead
from vstrecha.parser import Earley, LookaheadParser
from vstrecha.segment import segment

# every fourth corpus article: varied real text, in a test suite that stays quick as the corpus grows
ARTICLES = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))[::4]


def found(parser, tokens, names: set[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Span and interpreted fact of every match, read as the pipeline reads them."""
    return [
        (match.span.start, match.span.stop, repr(interpret(named_node(match, names), match)))
        for match in parser.findall(tokens)
    ]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda path: path.stem)
def test_every_builtin_grammar_finds_what_yargy_finds(extractor: Extractor, article) -> None:
    doc = segment(article.read_text(encoding="utf-8"), extractor.morph)
    for grammar in extractor.grammars:
        fast = grammar._parser
        plain = Parser(fast.rule, tokenizer=TokenListTokenizer(morph=extractor.morph))
        plain.rule = fast.rule  # the same compiled rule, predicted without lookahead
        for sentence in doc.sentences:
            names = set(grammar.rules)
            expected = found(plain, sentence.tokens, names)
            assert found(fast, sentence.tokens, names) == expected, (grammar.origin, sentence.index)


def test_a_token_that_starts_nothing_adds_no_chart_state(extractor: Extractor) -> None:
    meeting = rule(dictionary({"встреча", "переговоры"}), gram("PREP").optional(), type("INT"))
    parser = LookaheadParser(meeting, tokenizer=TokenListTokenizer(morph=extractor.morph))
    plain = Parser(meeting, tokenizer=TokenListTokenizer(morph=extractor.morph))
    tokens = segment("Вчера министры долго обсуждали повестку, а встреча 12 прошла спокойно.", extractor.morph)
    tokens = tokens.sentences[0].tokens
    assert found(parser, tokens) == found(plain, tokens) == [(43, 53, "None")]
    earley = Earley(parser, tokens)
    earley.run()
    assert sum(map(len, earley.states)) < sum(len(column.states) for column in plain.chart(tokens).columns) / 3


def test_lookahead_pairs_each_first_token_with_its_second(extractor: Extractor) -> None:
    """ "в 2019 года" and "2019 года": after a preposition a number must follow, after a number "года"."""
    role = rule(gram("ADJF").optional(), dictionary({"президент"}))
    phrase = or_(rule(gram("PREP").optional(), type("INT"), "года"), role)
    parser = LookaheadParser(phrase, tokenizer=TokenListTokenizer(morph=extractor.morph))
    lookahead = Lookahead(parser.rule)
    reach = lookahead.reach[id(parser.rule)]
    assert not reach.nullable
    follows = {test.label: follow for test, follow in reach.first.values()}
    assert set(follows) == {"gram('PREP')", "type('INT')", "gram('ADJF')", "dictionary(...)"}
    assert [test.label for test in follows["gram('PREP')"].second.values()] == ["type('INT')"]
    assert [test.label for test in follows["type('INT')"].second.values()] == ["'года'"]
    assert [test.label for test in follows["gram('ADJF')"].second.values()] == ["dictionary(...)"]
    assert follows["dictionary(...)"].end and not follows["gram('ADJF')"].end
    tokens = segment("Новый президент и новый закон", extractor.morph).sentences[0].tokens
    assert parser.viable(parser.rule, tokens[0], tokens[1])  # "Новый президент"
    assert not parser.viable(parser.rule, tokens[3], tokens[4])  # "новый закон"


def test_second_token_prunes_what_the_first_allows(extractor: Extractor) -> None:
    year = or_(rule(gram("PREP").optional(), type("INT"), "года"), rule(gram("PREP"), dictionary({"март"})))
    fast = LookaheadParser(year, tokenizer=TokenListTokenizer(morph=extractor.morph))
    plain = Parser(year, tokenizer=TokenListTokenizer(morph=extractor.morph))
    text = "В рамках визита в Москву он вспомнил о встрече в марте и в 2019 года"
    tokens = segment(text, extractor.morph).sentences[0].tokens
    assert [m.span for m in fast.findall(tokens)] == [m.span for m in plain.findall(tokens)] == [(47, 54), (57, 68)]
    earley = Earley(fast, tokens)
    earley.run()
    assert earley.states[0] == []  # "В" is a preposition, but "рамках" can start neither phrase


def test_first_sets_see_through_pipelines(extractor: Extractor) -> None:
    city = morph_pipeline(["Нижний Новгород", "Москва"])
    phrase = or_(rule(gram("PREP").optional(), city), rule(type("INT"), "года"))
    parser = LookaheadParser(phrase, tokenizer=TokenListTokenizer(morph=extractor.morph))
    doc = segment("Саммит в Нижнем Новгороде 2019 года", extractor.morph)
    assert [match.span for match in parser.findall(doc.sentences[0].tokens)] == [(7, 25), (26, 35)]


def test_agreement_relations_are_checked_as_yargy_checks_them(extractor: Extractor) -> None:
    """A grammar with a relation goes through yargy's own match validation: "новой встречи", not "новый встречи"."""
    agreement = gnc_relation()
    phrase = rule(gram("ADJF").match(agreement), dictionary({"встреча"}).match(agreement))
    fast = LookaheadParser(phrase, tokenizer=TokenListTokenizer(morph=extractor.morph))
    plain = Parser(phrase, tokenizer=TokenListTokenizer(morph=extractor.morph))
    assert fast.relations
    text = "После новой встречи и новый встречи был прошлый встреча, а затем долгая встреча."
    tokens = segment(text, extractor.morph).sentences[0].tokens
    spans = [match.span for match in fast.findall(tokens)]
    assert spans == [match.span for match in plain.findall(tokens)]
    assert [text[start:stop] for start, stop in spans] == ["новой встречи", "долгая встреча"]


def tricky_grammars():
    """yargy constructs the lookahead must see through: recursion, repetition, empty alternatives, pipelines."""
    noun, adjective, number = gram("NOUN"), gram("ADJF"), type("INT")
    nested = forward()
    nested.define(or_(rule(noun), rule(adjective, nested)))  # right recursion: "новой большой встречи"
    listed = rule(noun, rule(in_caseless({",", "и"}), noun).repeatable())  # "Путин, Си и Моди"
    maybe_everywhere = rule(adjective.optional(), rule(number.optional(), noun.optional()), gram("VERB"))
    twice = or_(rule(noun, number), rule(noun, number), rule(noun))  # the same phrase offered twice
    cities = morph_pipeline(["Нижний Новгород", "Москва", "Санкт-Петербург"])
    counts = caseless_pipeline(["два часа", "полтора часа", "час"])
    return {
        "nested": nested,
        "listed": listed,
        "maybe_everywhere": maybe_everywhere,
        "twice": twice,
        "pipelines": or_(rule(in_caseless({"в", "во"}), cities), rule(counts)),
        "repeatable_range": rule(adjective.repeatable(min=2, max=3), noun),
    }


@pytest.mark.parametrize("name", sorted(tricky_grammars()))
def test_tricky_constructs_parse_as_in_yargy(extractor: Extractor, name: str) -> None:
    # each parser gets its own copy: yargy cannot compile one forward rule twice
    fast = LookaheadParser(tricky_grammars()[name], tokenizer=TokenListTokenizer(morph=extractor.morph))
    plain = Parser(tricky_grammars()[name], tokenizer=TokenListTokenizer(morph=extractor.morph))
    found_any = False
    for article in ARTICLES[:5]:
        for sentence in segment(article.read_text(encoding="utf-8"), extractor.morph).sentences:
            expected = [(match.span, len(match.tokens)) for match in plain.findall(sentence.tokens)]
            assert [(match.span, len(match.tokens)) for match in fast.findall(sentence.tokens)] == expected
            found_any = found_any or bool(expected)
    assert found_any  # each construct matches somewhere in the supplied articles


def shape(item) -> object:
    """A tree as nested tuples: rule, production and rank of each node, the token of each leaf."""
    if not getattr(item, "children", None) and hasattr(item, "token"):
        return ("leaf", id(item.predicate), item.token.value, item.token.span)
    if item is None:
        return None
    return (id(item.rule), id(item.production), item.rank, tuple(shape(child) for child in item.children))


@pytest.mark.parametrize("article", ARTICLES[:6], ids=lambda path: path.stem)
def test_trees_are_normalized_and_interpreted_as_yargy_does(extractor: Extractor, article) -> None:
    """The parser's own tree passes (empty nodes dropped, facts interpreted) give what yargy's visitors give."""
    from yargy.tree.constructors import Tree

    from vstrecha.parser import interpreted, normalized

    doc = segment(article.read_text(encoding="utf-8"), extractor.morph)
    checked = 0
    for grammar in extractor.grammars:
        parser = grammar._parser
        for sentence in doc.sentences:
            for done in parser.matches(sentence.tokens):
                tree = Tree(done.node, done.range)
                assert shape(normalized(tree).root) == shape(tree.normalized.root)
                node = named_node(parser_match(normalized(tree)), set(grammar.rules))
                try:
                    expected = repr(Tree(node, tree.range).interpret().normalized)
                except ValueError as error:
                    expected = f"ValueError: {error}"
                try:
                    got = repr(interpreted(node).normalized)
                except ValueError as error:
                    got = f"ValueError: {error}"
                assert got == expected
                checked += 1
    assert checked > 5


def parser_match(tree):
    from yargy.parser import Match

    return Match(tree)


def test_keyword_prefilter_matches_exactly_the_stems() -> None:
    """The prefilter's tree of stems finds a stem where the plain alternation of the stems finds one."""
    import random
    import re

    from vstrecha.grammar import any_of

    stems = ["встре", "встреч", "переговор", "дн", "дневн", "ден", "лет", "летн", "г-н", "визит", "видео"]
    tree, plain = (re.compile(p, re.IGNORECASE) for p in (any_of(stems), "|".join(map(re.escape, stems))))
    assert tree.pattern != plain.pattern
    rng = random.Random(7)
    pieces = [*stems, "в", "с", "т", "е", "ч", "Д", "Н", "ЛЕТ", "-", " ", "г", "ё", "Ё", "видe"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        start = rng.randint(0, len(text))
        stop = rng.randint(start, len(text))
        assert bool(tree.search(text, start, stop)) == bool(plain.search(text, start, stop)), (text, start, stop)
