"""yargy's Earley parser with one-token lookahead.

yargy predicts every production of a rule at every position, whatever the next token is, so a
grammar of many rules builds thousands of chart states per sentence that die at the first scan.
Here each production knows which token tests can start it (its FIRST set), and a rule predicts
only the productions the next token can start. Matches are exactly yargy's: a production left
out could not have scanned the token anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from yargy.parser import Node, Parser, State
from yargy.rule.bnf import BNFRule, is_rule

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


def pipeline_test(rule: BNFRule) -> Test:
    def starts(token: object) -> bool:
        return next(iter(rule.predict(token)), None) is not None

    return starts


class FirstSets:
    """For every rule: whether it can match no tokens, and the tests one of which its first token passes."""

    def __init__(self, start: BNFRule) -> None:
        self.rules = reachable_rules(start)
        self.nullable: dict[int, bool] = {id(rule): False for rule in self.rules}
        self.first: dict[int, dict[int, Test]] = {id(rule): {} for rule in self.rules}
        for rule in self.rules:
            if predicts_itself(rule):
                self.first[id(rule)][id(rule)] = pipeline_test(rule)
        changed = True
        while changed:
            changed = False
            for rule in self.rules:
                if predicts_itself(rule):
                    continue
                for production in rule.productions:
                    tests, nullable = self.of_terms(production.terms)
                    first = self.first[id(rule)]
                    for key, test in tests.items():
                        if key not in first:
                            first[key] = test
                            changed = True
                    if nullable and not self.nullable[id(rule)]:
                        self.nullable[id(rule)] = True
                        changed = True

    def of_terms(self, terms: Iterable[object]) -> tuple[dict[int, Test], bool]:
        """The FIRST tests of a sequence of terms, and whether the whole sequence can be empty."""
        tests: dict[int, Test] = {}
        for term in terms:
            if not is_rule(term):
                tests[id(term)] = term  # a yargy predicate is called on the token
                return tests, False
            tests.update(self.first[id(term)])
            if not self.nullable[id(term)]:
                return tests, False
        return tests, True


class LookaheadParser(Parser):
    """A yargy Parser that predicts only productions the next token can start."""

    def __init__(self, rule, tokenizer=None, tagger=None) -> None:
        super().__init__(rule, tokenizer=tokenizer, tagger=tagger)
        sets = FirstSets(self.rule)
        # per rule: (production's index in the rule, production, its FIRST tests, whether it can be empty)
        self.table: dict[int, list[tuple[int, object, list[Test], bool]]] = {}
        for rule_ in sets.rules:
            if predicts_itself(rule_):
                continue
            rows = []
            for index, production in enumerate(rule_.productions):
                tests, nullable = sets.of_terms(production.terms)
                rows.append((index, production, list(tests.values()), nullable))
            self.table[id(rule_)] = rows
        self._passed: dict[tuple[int, int], bool] = {}
        self._viable: dict[tuple[int, int], list[tuple[int, object]]] = {}

    def chart(self, text, all=True):
        self._passed.clear()
        self._viable.clear()
        try:
            return super().chart(text, all=all)
        finally:
            self._passed.clear()
            self._viable.clear()

    def passes(self, test: Test, token: object) -> bool:
        key = (id(test), id(token))
        result = self._passed.get(key)
        if result is None:
            result = self._passed[key] = bool(test(token))
        return result

    def productions(self, rule: BNFRule, token: object | None) -> Iterable[tuple[int, object]]:
        """The productions the token can start, with their rank (the index yargy would give them)."""
        rows = self.table.get(id(rule))
        if rows is None:  # a pipeline
            return enumerate(rule.predict(token) if token is not None else rule.productions)
        key = (id(rule), id(token))
        viable = self._viable.get(key)
        if viable is None:
            viable = [
                (index, production)
                for index, production, tests, nullable in rows
                if nullable or (token is not None and any(self.passes(test, token) for test in tests))
            ]
            self._viable[key] = viable
        return viable

    def predict(self, column, next_column, rule):
        token = next_column.token if next_column else None
        for index, production in self.productions(rule, token):
            node = Node(rule, production, rank=index, children=[])
            column.append(State(rule, production, dot_index=0, start_column=column, stop_column=column, node=node))
