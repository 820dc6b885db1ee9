"""yargy's Earley parser with two-token lookahead, on plain tuples.

yargy predicts every production of a rule at every position, whatever the next tokens are, so a
grammar of many rules builds hundreds of thousands of chart states that die at their first or
second scan. Here a rule predicts only the productions the next two tokens allow (vstrecha.lookahead),
each rule once per column, and states are tuples rather than yargy's State objects. Matches are
exactly yargy's: a production left out could not have scanned those tokens anyway, and parses are
yargy Nodes, interpreted and chosen by yargy's own code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from yargy.interpretation.interpretator import InterpretatorInput
from yargy.parser import Leaf, Match, Node, Parser, prepare_trees
from yargy.pipelines import PipelineProduction
from yargy.rule.bnf import BNFRule, is_rule
from yargy.span import resolve_spans
from yargy.tree.constructors import Tree

from vstrecha.lookahead import Lookahead, RuleTable, awaits, predicts_itself
from vstrecha.predicates import PredicateTable


class Done:
    """A completed parse of the start rule, shaped as yargy's State where findall reads it."""

    __slots__ = ("node", "range")

    def __init__(self, node: Node, range: tuple[int, int]) -> None:
        self.node = node
        self.range = range


Item = tuple  # (rule, production, its terms, dot, start column, yargy Node or, at dot 0, the rank): an Earley state


class Earley:
    """One run of yargy's Earley loop over a token list, on plain tuples rather than yargy's State and
    Column objects. Each rule is predicted once per column with the productions its next two tokens
    allow; a parse is a yargy Node either way, so trees and matches are yargy's own.

    yargy's Column.append drops an item equal to one in the column (same rule, production, dot, start and
    children). Here that cannot happen, so it is not checked: every item has a node of its own, a scan
    attaches a new leaf, and a completion attaches the node of an item completed once to parents listed once.
    """

    def __init__(self, parser: LookaheadParser, tokens: list) -> None:
        self.parser = parser
        self.tokens = tokens
        size = len(tokens) + 1
        self.states: list[list[Item]] = [[] for _ in range(size)]
        self.waiting: list[dict[int, list[Item]]] = [{} for _ in range(size)]  # awaited rule -> items

    def run(self) -> list[Done]:
        tokens, parser = self.tokens, self.parser
        root = parser.rule
        passed, bits = parser.tests.passed, parser.tests.bits
        states, waiting, predict = self.states, self.waiting, self.predict
        tables, viable_in = parser.tables, parser.viable_in
        count = len(tokens)
        table = parser.tables.get(id(root))
        done: list[Done] = []
        for column in range(count + 1):
            items = states[column]
            token = tokens[column] if column < count else None
            if not items and table is not None:  # nothing reaches this column: it matters only if a match starts here
                if token is None:
                    if not table.nullable:
                        continue
                else:
                    texts = table.started.get(token.type)
                    started = texts.get(token.value) if texts is not None else None
                    if started is not None and not started[0] and not started[1]:
                        continue
            predicted = {id(root)}
            predict(column, root)
            here = waiting[column]
            second = tokens[column + 1] if column + 1 < count else None
            for rule, production, terms, dot, start, node in items:  # the list grows while it is read
                if dot >= len(terms):
                    if not dot:  # an empty production: its node was never needed until now
                        node = Node(rule, production, node, [])
                    parents = waiting[start].get(id(rule))
                    if parents:
                        for parent_rule, parent_production, parent_terms, at, parent_start, parent in parents:
                            # grows too, as in yargy
                            if at:
                                parent = Node(parent_rule, parent_production, parent.rank, parent.children + [node])
                            else:
                                parent = Node(parent_rule, parent_production, parent, [node])
                            at += 1
                            item = (parent_rule, parent_production, parent_terms, at, parent_start, parent)
                            items.append(item)
                            if at < len(parent_terms) and isinstance(parent_terms[at], BNFRule):
                                here.setdefault(id(parent_terms[at]), []).append(item)
                    if rule is root:
                        done.append(Done(node, (start, column)))
                    continue
                term = terms[dot]
                if isinstance(term, BNFRule):
                    if id(term) not in predicted:
                        predicted.add(id(term))
                        rules = tables.get(id(term))
                        if rules is None:  # a pipeline
                            predict(column, term)
                            continue
                        for rank, offered, offered_terms, awaited in viable_in(rules, token, second):  # predict()
                            item = (term, offered, offered_terms, 0, column, rank)
                            items.append(item)
                            if awaited is not None:
                                here.setdefault(awaited, []).append(item)
                elif token is not None:
                    bit = bits.get(id(term))  # None inside a pipeline, whose words are checked directly
                    if term(token) if bit is None else passed(token, 1 << bit):
                        leaf = Leaf(term, term.constrain(token))
                        if dot:
                            node = Node(rule, production, node.rank, node.children + [leaf])
                        else:
                            node = Node(rule, production, node, [leaf])
                        dot += 1
                        item = (rule, production, terms, dot, start, node)
                        states[column + 1].append(item)
                        if dot < len(terms) and isinstance(terms[dot], BNFRule):
                            waiting[column + 1].setdefault(id(terms[dot]), []).append(item)
        return done

    def predict(self, column: int, rule: BNFRule) -> None:
        """Items for the productions of a rule that its next two tokens allow; each rule once per column."""
        tokens = self.tokens
        first = tokens[column] if column < len(tokens) else None
        table = self.parser.tables.get(id(rule))
        if table is not None:
            second = tokens[column + 1] if column + 1 < len(tokens) else None
            productions: Iterable[tuple[int, object, tuple, int | None]] = self.parser.viable_in(table, first, second)
        elif first is None:  # a pipeline past the last token: nothing to scan
            return
        else:  # a pipeline, which may offer a production twice: yargy keeps the first
            offered: dict[int, tuple[int, object, tuple, int | None]] = {}
            for rank, production in enumerate(rule.predict(first)):
                offered.setdefault(id(production), (rank, production, *awaits(production)))
            productions = offered.values()
        if not productions:
            return
        states, waiting = self.states[column], self.waiting[column]
        for rank, production, terms, awaited in productions:
            item = (rule, production, terms, 0, column, rank)  # the Node is made when the item advances
            states.append(item)
            if awaited is not None:
                waiting.setdefault(awaited, []).append(item)


def normalized(tree: Tree) -> Tree:
    """``tree.normalized`` (yargy's PropogateEmptyTransformator: nodes left without children dropped), without
    yargy's visitor, which looks its method up by class name for every node."""
    return Tree(kept(tree.root), tree.range)


def kept(item: Node) -> Node | None:
    if isinstance(item, Leaf):
        return item
    children = [child for child in map(kept, item.children) if child]
    if children:
        return Node(item.rule, item.production, item.rank, children)
    return None


def interpreted(root: Node) -> object:
    """``Tree(root, range).interpret()``: yargy's KeepInterpretationNodesTransformator and
    InterpretationTransformator in one pass, interpretators called in the same order (children first)."""
    if not root.interpretator:
        raise ValueError("no .interpretation(...) for root rule")
    return interpret_node(root)


def interpret_node(item: Node) -> object:
    values = [child.token if isinstance(child, Leaf) else interpret_node(child) for child in interpreted_parts(item)]
    arguments = InterpretatorInput(values)
    if isinstance(item.production, PipelineProduction):
        arguments.key = item.production.value
    return item.interpretator(arguments)


def interpreted_parts(item: Node) -> Iterator[Node]:
    """The leaves and interpreted nodes under a node, its uninterpreted nodes looked through."""
    for child in item.children:
        if isinstance(child, Leaf) or child.interpretator:
            yield child
        else:
            yield from interpreted_parts(child)


class LookaheadParser(Parser):
    """A yargy Parser that predicts only the productions the next two tokens allow.

    Its tokenizer must pass a list of tokens through unchanged (vstrecha's does).
    """

    cache_limit = 20_000  # first tokens remembered per rule and token type; past it the memory starts afresh

    def __init__(self, rule, tokenizer=None, tagger=None, tests: PredicateTable | None = None) -> None:
        """``tests``: a predicate table to share with other parsers (what a token passes is then found out
        once for all of them); a table of its own by default."""
        super().__init__(rule, tokenizer=tokenizer, tagger=tagger)
        lookahead = Lookahead(self.rule)
        self.tests = tests if tests is not None else PredicateTable()
        for rule_ in lookahead.rules:
            if not predicts_itself(rule_):
                for production in rule_.productions:
                    for term in production.terms:
                        if not is_rule(term):
                            self.tests.bit(id(term), term)
        self.tables = {
            id(rule_): RuleTable(rule_, lookahead, self.tests)
            for rule_ in lookahead.rules
            if not predicts_itself(rule_)
        }
        self.relations = any(getattr(rule_, "relation", None) for rule_ in lookahead.rules)

    def findall(self, text):
        """yargy's findall, begun at the first token that can start a match: none before it can be in one."""
        tokens = list(text)
        start = self.first_start(tokens)
        if start is None:
            return iter(())
        if self.relations:
            return self.validated(tokens[start:])
        return self.resolved(tokens[start:])

    def resolved(self, tokens: list) -> Iterator[Match]:
        """yargy's findall for a grammar without agreement relations: every parse is valid, so the spans
        are chosen first and only the chosen ones are turned into matches (yargy prepares all of them)."""
        first: dict = {}
        for tree in sorted(prepare_trees(self.matches(tokens))):
            first.setdefault(tree.range, tree)
        for span in resolve_spans(list(first)):
            yield Match(normalized(first[span]))

    def validated(self, tokens: list) -> Iterator[Match]:
        """yargy's findall (``prepare_resolved_matches``): per span, the first parse whose agreement holds."""
        spans = []
        chosen: dict = {}
        for tree in sorted(prepare_trees(self.matches(tokens))):
            if tree.range in chosen:
                continue
            tree = normalized(tree)
            relations = tree.relations
            if relations.validate():
                spans.append(tree.range)
                chosen[tree.range] = Match(tree.constrain(relations))
        for span in resolve_spans(spans):
            yield chosen[span]

    def first_start(self, tokens: list) -> int | None:
        table = self.tables.get(id(self.rule))
        if table is None:
            return 0
        started = table.started
        for index, token in enumerate(tokens):
            texts = started.get(token.type)
            known = texts.get(token.value) if texts is not None else None
            if known is not None and not known[0] and not known[1]:  # starts nothing, whatever follows
                continue
            second = tokens[index + 1] if index + 1 < len(tokens) else None
            if self.viable_in(table, token, second):
                return index
        return None

    def matches(self, text, all=True):
        """The completed parses of the start rule, in yargy's order (``all=False`` is left to yargy)."""
        if not all:
            return super().matches(text, all=all)
        return Earley(self, list(text)).run()

    def viable(self, rule: BNFRule, first, second) -> list[tuple[int, object, tuple, int | None]]:
        """The productions of a rule that can start with these two tokens (None: past the end), with their ranks."""
        return self.viable_in(self.tables[id(rule)], first, second)

    def viable_in(self, table: RuleTable, first, second) -> list[tuple[int, object, tuple, int | None]]:
        """viable() for the rule of a table."""
        started = None
        if first is not None:
            texts = table.started.get(first.type)
            if texts is not None:
                started = texts.get(first.value)
        if started is None:
            started = self.start(table, first)
        mask, pending = started
        if pending:
            needed = 0
            for _, tests in pending:
                needed |= tests
            passed = self.tests.passed(second, needed) if second is not None else 0
            for index, tests in pending:
                if tests & passed:
                    mask |= 1 << index
        found = table.ranked.get(mask)
        return found if found is not None else table.ranked_rows(mask)

    def start(self, table: RuleTable, first) -> tuple[int, tuple[tuple[int, int], ...]]:
        """The rows the first token starts whatever follows, and those that still depend on the second token."""
        passed = self.tests.passed(first, table.first) if first is not None else 0
        mask = table.nullable
        pending: dict[int, int] = {}
        while passed:
            bit = passed & -passed
            passed ^= bit
            for index, second, free in table.by_first[bit]:
                if free:
                    mask |= 1 << index
                else:
                    pending[index] = pending.get(index, 0) | second
        started = (mask, tuple((index, tests) for index, tests in pending.items() if not mask >> index & 1))
        if first is not None:
            texts = table.started.setdefault(first.type, {})
            if len(texts) > self.cache_limit:
                texts.clear()
            texts[first.value] = started
        return started
