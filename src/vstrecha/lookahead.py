"""What the first two tokens of a yargy rule's matches can be: LL(2) first sets, as bit masks.

For every production of a grammar, the tests its first token may pass and, for each, the tests the
second token must then pass, computed through optional, nested and recursive rules and pipelines.
The parser (vstrecha.parser) predicts a production only where the next two tokens allow it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

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
class Follow:
    """After a first token: the tests one of which the second token passes, unless ``free``."""

    second: dict[int, Test] = field(default_factory=dict)
    end: bool = False  # the phrase may end after the first token: the second is whatever follows it
    free: bool = False  # the second token may be anything (inside a gazetteer phrase)

    def copy(self) -> Follow:
        return Follow(dict(self.second), self.end, self.free)

    def absorb(self, other: Follow) -> bool:
        before = (len(self.second), self.end, self.free)
        self.second.update(other.second)
        self.end |= other.end
        self.free |= other.free
        return before != (len(self.second), self.end, self.free)


@dataclass
class Reach:
    """What a rule or production needs of its first two tokens: per test of the first token, a Follow."""

    nullable: bool = False  # can match no token
    first: dict[int, tuple[Test, Follow]] = field(default_factory=dict)

    def absorb(self, other: Reach) -> bool:
        """Add another alternative; True when something was new."""
        changed = other.nullable and not self.nullable
        self.nullable |= other.nullable
        for key, (test, follow) in other.first.items():
            if key in self.first:
                changed |= self.first[key][1].absorb(follow)
            else:
                self.first[key] = (test, follow.copy())
                changed = True
        return changed


class Lookahead:
    """The Reach of every rule reachable from the start rule, computed to a fixed point (rules may recurse)."""

    def __init__(self, start: BNFRule) -> None:
        self.rules = reachable_rules(start)
        self.reach: dict[int, Reach] = {}
        for rule in self.rules:
            if predicts_itself(rule):
                phrase = Follow(end=True, free=True)
                self.reach[id(rule)] = Reach(first={id(rule): (PipelineTest(rule), phrase)})
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
        return Reach(first={id(term): (term, Follow(end=True))})  # a yargy predicate reads one token

    def of_terms(self, terms: Iterable[object]) -> Reach:
        """The Reach of a sequence of terms."""
        reach = Reach(nullable=True)
        for term in terms:
            part = self.of_term(term)
            starts = {key: test for key, (test, _) in part.first.items()}
            for _, follow in reach.first.values():  # phrases that may end here go on with this term
                if follow.end:
                    follow.second.update(starts)
                    follow.end = part.nullable
            if reach.nullable:  # everything so far may be empty: this term may come first
                reach.absorb(Reach(first=part.first))
            reach.nullable = reach.nullable and part.nullable
            if not reach.nullable and not any(follow.end for _, follow in reach.first.values()):
                break
        return reach


@dataclass
class Row:
    rank: int  # the production's index in its rule, as yargy ranks it
    production: object
    nullable: bool
    starts: list[tuple[int, int, bool]]  # (first-token test bit, second-token test mask, second token free)


class RuleTable:
    """One rule's productions with what their first two tokens must pass."""

    def __init__(self, rule: BNFRule, lookahead: Lookahead, tests: PredicateTable) -> None:
        self.rows: list[Row] = []
        listed: set[int] = set()
        for rank, production in enumerate(rule.productions):
            if id(production) in listed:  # a production listed twice: yargy keeps the first
                continue
            listed.add(id(production))
            reach = lookahead.of_terms(production.terms)
            starts = []
            for key, (test, follow) in reach.first.items():
                starts.append((tests.bit(key, test), tests.mask(follow.second), follow.end or follow.free))
            self.rows.append(Row(rank, production, reach.nullable, starts))
        self.nullable = 0  # rows that may match nothing: always predicted
        self.by_first: dict[int, list[tuple[int, int, bool]]] = {}  # first-token test bit -> (row, second, free)
        for index, row in enumerate(self.rows):
            if row.nullable:
                self.nullable |= 1 << index
                continue
            for bit, second, free in row.starts:
                self.by_first.setdefault(bit, []).append((index, second, free))
        self.first = 0  # every test the first token of a row that cannot be empty may pass
        for bit in self.by_first:
            self.first |= bit
        # token type -> text -> (rows it starts whatever comes next, ((row, second-token tests), ...));
        # ints only, so the garbage collector never scans them
        self.started: dict[str | None, dict[str | None, tuple[int, tuple[tuple[int, int], ...]]]] = {}
        self.ranked: dict[int, list[tuple[int, object, tuple, int | None]]] = {}

    def ranked_rows(self, mask: int) -> list[tuple[int, object, tuple, int | None]]:
        """(rank, production, its terms, the rule its first term awaits) of the rows in a bit mask."""
        found = self.ranked.get(mask)
        if found is None:
            found = self.ranked[mask] = [
                (row.rank, row.production, *awaits(row.production))
                for index, row in enumerate(self.rows)
                if mask >> index & 1
            ]
        return found


def awaits(production) -> tuple[tuple, int | None]:
    """A production's terms, and the id of the rule its first term is (None for a token test or no term)."""
    terms = tuple(production.terms)
    return terms, (id(terms[0]) if terms and isinstance(terms[0], BNFRule) else None)
