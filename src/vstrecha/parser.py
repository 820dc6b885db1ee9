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

from yargy.parser import Leaf, Match, Node, Parser, prepare_trees
from yargy.rule.bnf import BNFRule, is_rule
from yargy.span import resolve_spans

from vstrecha.lookahead import Lookahead, RuleTable, awaits, predicts_itself
from vstrecha.predicates import PredicateTable


class Done:
    """A completed parse of the start rule, shaped as yargy's State where findall reads it."""

    __slots__ = ("node", "range")

    def __init__(self, node: Node, range: tuple[int, int]) -> None:
        self.node = node
        self.range = range


Item = tuple  # (rule, production, its terms, dot, start column, yargy Node or, at dot 0, the rank): an Earley state


def advanced(item: Item, child: Node) -> Item:
    """The item with its dot moved over a child node (a completed rule or a scanned token)."""
    rule, production, terms, dot, start, node = item
    if dot:
        return rule, production, terms, dot + 1, start, node.attached(child)
    return rule, production, terms, 1, start, Node(rule, production, rank=node, children=[child])


class Earley:
    """One run of yargy's Earley loop over a token list, on plain tuples rather than yargy's State and
    Column objects. Each rule is predicted once per column with the productions its next two tokens
    allow; a parse is a yargy Node either way, so trees and matches are yargy's own."""

    def __init__(self, parser: LookaheadParser, tokens: list) -> None:
        self.parser = parser
        self.tokens = tokens
        size = len(tokens) + 1
        self.states: list[list[Item]] = [[] for _ in range(size)]
        self.waiting: list[dict[int, list[Item]]] = [{} for _ in range(size)]  # awaited rule -> items
        self.seen: list[set[tuple]] = [set() for _ in range(size)]

    def run(self) -> list[Done]:
        tokens, root = self.tokens, self.parser.rule
        passed, bits = self.parser.tests.passed, self.parser.tests.bits
        done: list[Done] = []
        for column, items in enumerate(self.states):
            predicted = {id(root)}
            self.predict(column, root)
            for rule, production, terms, dot, start, node in items:  # the list grows while it is read
                if dot >= len(terms):
                    if not dot:  # an empty production: its node was never needed until now
                        node = Node(rule, production, rank=node, children=[])
                    for parent in self.waiting[start].setdefault(id(rule), []):  # grows too, as in yargy
                        self.add(column, advanced(parent, node))
                    if rule is root:
                        done.append(Done(node, (start, column)))
                    continue
                term = terms[dot]
                if isinstance(term, BNFRule):
                    if id(term) not in predicted:
                        predicted.add(id(term))
                        self.predict(column, term)
                elif column < len(tokens):
                    token = tokens[column]
                    bit = bits.get(id(term))  # None inside a pipeline, whose words are checked directly
                    if term(token) if bit is None else passed(token, 1 << bit):
                        leaf = Leaf(term, term.constrain(token))
                        self.add(column + 1, advanced((rule, production, terms, dot, start, node), leaf))
        return done

    def add(self, column: int, item: Item) -> None:
        """yargy's Column.append: an item is new unless one with the same rule, production, dot, start and
        children is in the column already."""
        rule, production, terms, dot, start, node = item
        key = (id(rule), id(production), dot, start, *map(id, node.children))
        if key in self.seen[column]:
            return
        self.seen[column].add(key)
        self.states[column].append(item)
        if dot < len(terms) and isinstance(terms[dot], BNFRule):
            self.waiting[column].setdefault(id(terms[dot]), []).append(item)

    def predict(self, column: int, rule: BNFRule) -> None:
        """Items for the productions of a rule that its next two tokens allow; each rule once per column."""
        tokens = self.tokens
        first = tokens[column] if column < len(tokens) else None
        second = tokens[column + 1] if column + 1 < len(tokens) else None
        if id(rule) in self.parser.tables:
            productions: Iterable[tuple[int, object, tuple, int | None]] = self.parser.viable(rule, first, second)
        elif first is None:  # a pipeline past the last token: nothing to scan
            return
        else:  # a pipeline, which may offer a production twice: yargy keeps the first
            offered: dict[int, tuple[int, object, tuple, int | None]] = {}
            for rank, production in enumerate(rule.predict(first)):
                offered.setdefault(id(production), (rank, production, *awaits(production)))
            productions = offered.values()
        states, waiting = self.states[column], self.waiting[column]
        for rank, production, terms, awaited in productions:
            item = (rule, production, terms, 0, column, rank)  # the Node is made when the item advances
            states.append(item)
            if awaited is not None:
                waiting.setdefault(awaited, []).append(item)


class LookaheadParser(Parser):
    """A yargy Parser that predicts only the productions the next two tokens allow.

    Its tokenizer must pass a list of tokens through unchanged (vstrecha's does).
    """

    cache_limit = 20_000  # first tokens remembered per rule and token type; past it the memory starts afresh

    def __init__(self, rule, tokenizer=None, tagger=None) -> None:
        super().__init__(rule, tokenizer=tokenizer, tagger=tagger)
        lookahead = Lookahead(self.rule)
        self.tests = PredicateTable()
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
            return super().findall(tokens[start:])
        return self.resolved(tokens[start:])

    def resolved(self, tokens: list) -> Iterator[Match]:
        """yargy's findall for a grammar without agreement relations: every parse is valid, so the spans
        are chosen first and only the chosen ones are turned into matches (yargy prepares all of them)."""
        first: dict = {}
        for tree in sorted(prepare_trees(self.matches(tokens))):
            first.setdefault(tree.range, tree)
        for span in resolve_spans(list(first)):
            yield Match(first[span].normalized)

    def first_start(self, tokens: list) -> int | None:
        if id(self.rule) not in self.tables:
            return 0
        for index, token in enumerate(tokens):
            second = tokens[index + 1] if index + 1 < len(tokens) else None
            if self.viable(self.rule, token, second):
                return index
        return None

    def matches(self, text, all=True):
        """The completed parses of the start rule, in yargy's order (``all=False`` is left to yargy)."""
        if not all:
            return super().matches(text, all=all)
        return Earley(self, list(text)).run()

    def viable(self, rule: BNFRule, first, second) -> list[tuple[int, object, tuple, int | None]]:
        """The productions of a rule that can start with these two tokens (None: past the end), with their ranks."""
        table = self.tables[id(rule)]
        texts = table.started.get(first.type if first is not None else None)
        started = texts.get(first.value) if texts is not None and first is not None else None
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
