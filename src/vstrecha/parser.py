"""yargy's Earley parser with two-token lookahead.

yargy predicts every production of a rule at every position, whatever the next tokens are, so a
grammar of many rules builds hundreds of thousands of chart states that die at their first or
second scan. Here every production knows which token tests its first token must pass, and which
its second token must pass, and a rule predicts only the productions the next two tokens allow.
Matches are exactly yargy's: a production left out could not have scanned those tokens anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from yargy.parser import Chart, Leaf, Node, Parser, State
from yargy.rule.bnf import BNFRule, is_rule

from vstrecha.predicates import PipelineTest, PredicateTable

Test = Callable[[object], bool]


def predicts_itself(rule: BNFRule) -> bool:
    """Pipeline rules (gazetteers) already index their productions by the next token."""
    return type(rule).predict is not BNFRule.predict


def reachable_rules(start: BNFRule) -> list[BNFRule]:
    seen: dict[int, BNFRule] = {}
    stack = [start]
    while stack:
        rule = stack.pop()
        if id(rule) in seen:
            continue
        seen[id(rule)] = rule
        if predicts_itself(rule):
            continue
        for production in rule.productions:
            stack.extend(term for term in production.terms if is_rule(term))
    return list(seen.values())


@dataclass
class Reach:
    """What a rule, a production or a predicate needs of the first two tokens of its matches."""

    nullable: bool = False  # can match no token
    single: bool = False  # can match exactly one token
    first: dict[int, Test] = field(default_factory=dict)  # the first token passes one of these
    second: dict[int, Test] = field(default_factory=dict)  # the second token passes one of these...
    second_any: bool = False  # ...unless the second token may be anything

    def absorb(self, other: Reach) -> bool:
        """Add another alternative; True when something was new."""
        before = (self.nullable, self.single, len(self.first), len(self.second), self.second_any)
        self.nullable |= other.nullable
        self.single |= other.single
        self.first.update(other.first)
        self.second.update(other.second)
        self.second_any |= other.second_any
        return before != (self.nullable, self.single, len(self.first), len(self.second), self.second_any)


class Lookahead:
    """The Reach of every rule reachable from the start rule, computed to a fixed point (rules may recurse)."""

    def __init__(self, start: BNFRule) -> None:
        self.rules = reachable_rules(start)
        self.reach: dict[int, Reach] = {}
        for rule in self.rules:
            if predicts_itself(rule):
                self.reach[id(rule)] = Reach(single=True, first={id(rule): PipelineTest(rule)}, second_any=True)
            else:
                self.reach[id(rule)] = Reach()
        changed = True
        while changed:
            changed = False
            for rule in self.rules:
                if predicts_itself(rule):
                    continue
                for production in rule.productions:
                    changed |= self.reach[id(rule)].absorb(self.of_terms(production.terms))

    def of_term(self, term: object) -> Reach:
        if is_rule(term):
            return self.reach[id(term)]
        return Reach(single=True, first={id(term): term})  # a yargy predicate is called on the token

    def of_terms(self, terms: Iterable[object]) -> Reach:
        """The Reach of a sequence: what its first and second tokens can be."""
        reach = Reach()
        empty_before, one_before = True, False  # can the terms so far match no token / exactly one
        for term in terms:
            part = self.of_term(term)
            if empty_before:
                reach.first.update(part.first)
                reach.second.update(part.second)
                reach.second_any |= part.second_any
            if one_before:
                reach.second.update(part.first)
            empty_before, one_before = (
                empty_before and part.nullable,
                (one_before and part.nullable) or (empty_before and part.single),
            )
            if not empty_before and not one_before:
                break
        reach.nullable, reach.single = empty_before, one_before
        return reach


@dataclass
class Row:
    rank: int  # the production's index in its rule, as yargy ranks it
    production: object
    first: int  # bit mask of the tests one of which the first token must pass
    second: int  # the same for the second token
    nullable: bool
    single: bool
    second_any: bool


class RuleTable:
    """One rule's productions with the tests their first two tokens must pass."""

    def __init__(self, rule: BNFRule, lookahead: Lookahead, tests: PredicateTable) -> None:
        self.rows = []
        for rank, production in enumerate(rule.productions):
            reach = lookahead.of_terms(production.terms)
            row = Row(
                rank,
                production,
                tests.mask(reach.first),
                tests.mask(reach.second),
                reach.nullable,
                reach.single,
                reach.second_any,
            )
            self.rows.append(row)
        self.first = 0
        for row in self.rows:
            self.first |= row.first
        # token type -> text -> bit mask of the rows it starts; ints only, so the garbage collector never scans them
        self.started: dict[str | None, dict[str | None, int]] = {}
        self.by_mask: dict[int, tuple[list[Row], int, list[tuple[int, object]]]] = {}

    def rows_of(self, mask: int) -> tuple[list[Row], int, list[tuple[int, object]]]:
        """The rows of a mask; the second-token tests some of them still need; their ranks and productions."""
        found = self.by_mask.get(mask)
        if found is None:
            rows = [row for index, row in enumerate(self.rows) if mask >> index & 1]
            needed = 0
            for row in rows:
                if not (row.nullable or row.single or row.second_any):
                    needed |= row.second
            found = self.by_mask[mask] = (rows, needed, [(row.rank, row.production) for row in rows])
        return found


class LookaheadParser(Parser):
    """A yargy Parser that predicts only the productions the next two tokens allow.

    Its tokenizer must pass a list of tokens through unchanged (vstrecha's does).
    """

    cache_limit = 50_000  # first tokens remembered per rule; past it the memory starts afresh

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
        self._tokens: list = []

    def findall(self, text):
        """yargy's findall, begun at the first token that can start a match: none before it can be in one."""
        tokens = list(text)
        start = self.first_start(tokens)
        return iter(()) if start is None else super().findall(tokens[start:])

    def first_start(self, tokens: list) -> int | None:
        if id(self.rule) not in self.tables:
            return 0
        for index, token in enumerate(tokens):
            second = tokens[index + 1] if index + 1 < len(tokens) else None
            if self.viable(self.rule, token, second):
                return index
        return None

    def chart(self, text, all=True):
        """yargy's Earley loop, predicting each rule once per column (a second time adds only duplicates)."""
        tokens = list(text)
        chart = Chart(tokens)
        self._tokens = tokens
        try:
            columns = chart.columns
            last = len(columns) - 1
            for index, column in enumerate(columns):
                next_column = columns[index + 1] if index < last else None
                predicted: set[int] = set()
                if index == 0 or all:
                    predicted.add(id(self.rule))
                    self.predict(column, next_column, self.rule)
                for state in column.states:  # the list grows while it is read
                    terms = state.production.terms
                    if state.dot_index >= len(terms):
                        self.complete(column, state)
                        continue
                    term = terms[state.dot_index]
                    if isinstance(term, BNFRule):
                        if id(term) not in predicted:
                            predicted.add(id(term))
                            self.predict(column, next_column, term)
                    elif next_column is not None:
                        self.scan(next_column, term, state)
        finally:
            self._tokens = []
        return chart

    def viable(self, rule: BNFRule, first, second) -> list[tuple[int, object]]:
        """The productions of a rule that can start with these two tokens (None: past the end), with their ranks."""
        table = self.tables[id(rule)]
        texts = table.started.get(first.type if first is not None else None)
        mask = texts.get(first.value) if texts is not None and first is not None else None
        if mask is None:
            mask = self.start(table, first)
        rows, needed, ranked = table.rows_of(mask)
        if not needed:
            return ranked
        passed = self.tests.passed(second, needed) if second is not None else 0
        return [
            (row.rank, row.production)
            for row in rows
            if row.nullable or row.single or (second is not None and (row.second_any or row.second & passed))
        ]

    def start(self, table: RuleTable, first) -> int:
        """The rows the first token can start, as a bit mask over the rule's rows."""
        passed = self.tests.passed(first, table.first) if first is not None else 0
        mask = 0
        for index, row in enumerate(table.rows):
            if row.nullable or row.first & passed:
                mask |= 1 << index
        if first is not None:
            texts = table.started.setdefault(first.type, {})
            if len(texts) > self.cache_limit:
                texts.clear()
            texts[first.value] = mask
        return mask

    def predict(self, column, next_column, rule):
        if next_column is None:
            first = second = None
        else:
            first = next_column.token
            second = self._tokens[next_column.index] if next_column.index < len(self._tokens) else None
        if id(rule) in self.tables:
            productions: Iterable[tuple[int, object]] = self.viable(rule, first, second)
        else:  # a pipeline
            productions = enumerate(rule.predict(first) if first is not None else rule.productions)
        for rank, production in productions:
            node = Node(rule, production, rank=rank, children=[])
            column.append(State(rule, production, dot_index=0, start_column=column, stop_column=column, node=node))

    def scan(self, column, predicate, state):
        token = column.token
        bit = self.tests.bits.get(id(predicate))  # None inside a pipeline, whose words are checked directly
        if predicate(token) if bit is None else self.tests.passed(token, 1 << bit):
            leaf = Leaf(predicate, predicate.constrain(token))
            node = state.node.attached(leaf)
            column.append(
                State(
                    state.rule,
                    state.production,
                    dot_index=state.dot_index + 1,
                    start_column=state.start_column,
                    stop_column=column,
                    node=node,
                )
            )
