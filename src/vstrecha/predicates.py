"""Which of a grammar's predicates a token passes, mostly answered by index lookups.

A grammar's parser asks, for every new token text, which of a hundred-odd predicates it passes.
Most predicates are, or contain, a plain condition: a word list (``in_caseless``, ``eq``), a
dictionary of lemmas (``dictionary``, ``normalized``, gazetteer pipelines), a token type or a
letter case. Such a condition, its *gate*, is indexed: one lookup per token text tells which
predicates can pass at all, and decides outright those that are nothing but their gate. Only
the rest are called, once per predicate and token text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from yargy.pipelines import CaselessPipelineBNFRule, MorphPipelineBNFRule, PipelineBNFRule
from yargy.predicates import bank
from yargy.predicates.constructors import AndPredicate, NotPredicate, OrPredicate
from yargy.token import is_morph_token

Test = Callable[[object], bool]
SHAPES: dict[type, Callable[[str], bool]] = {
    bank.is_capitalized: lambda value: value[:1].isupper(),
    bank.is_upper: str.isupper,
    bank.is_lower: str.islower,
    bank.is_title: str.istitle,
}
WORD_KINDS = ("value", "lower", "normal")  # the token's text, its lowercase text, its lemmas
GATE_ORDER = (*WORD_KINDS, "gram", "shape", "type")  # most selective first


@dataclass(frozen=True)
class Gate:
    """A condition every token passing the predicate meets; ``exact`` when it is the whole predicate."""

    kind: str  # "value", "lower", "normal", "gram", "shape" or "type"
    keys: frozenset  # words, lemmas, grammemes (any reading has one), shape names or token types
    exact: bool


CAPITALIZED = Gate("shape", frozenset({bank.is_capitalized}), False)  # for predicates of capitalized words only


def gate_of(test: object) -> Gate | None:
    """The most selective plain condition inside a predicate, or None.

    A predicate class of its own may declare a ``gate`` attribute: a condition every token it
    accepts meets (``CAPITALIZED`` for one that reads only capitalized words).
    """
    declared = getattr(test, "gate", None)
    if isinstance(declared, Gate) or isinstance(test, PipelineTest):
        return declared
    kind = type(test)
    if kind is bank.eq:
        return Gate("value", frozenset({test.value}), True)
    if kind is bank.in_:
        return Gate("value", frozenset(test.value), True)
    if kind is bank.caseless:
        return Gate("lower", frozenset({test.value}), True)
    if kind is bank.in_caseless:
        return Gate("lower", frozenset(test.value), True)
    if kind is bank.DictionaryPredicate:
        return Gate("normal", frozenset(test.value), True)
    if kind is bank.GramPredicate:
        return Gate("gram", frozenset({test.value}), True)
    if kind is bank.TypePredicate:
        return Gate("type", frozenset({test.value}), True)
    if kind in SHAPES:
        return Gate("shape", frozenset({kind}), True)
    if kind is bank.CustomPredicate and isinstance(test.types, (list, tuple, set, frozenset)) and test.types:
        return Gate("type", frozenset(test.types), False)
    if kind is bank.CustomPredicate and isinstance(test.types, str) and test.types:
        return Gate("type", frozenset({test.types}), False)
    if kind is AndPredicate:
        gates = [gate for gate in map(gate_of, test.predicates) if gate is not None]
        if not gates:
            return None
        best = min(gates, key=lambda gate: GATE_ORDER.index(gate.kind))
        return Gate(best.kind, best.keys, best.exact and len(test.predicates) == 1)
    if kind is OrPredicate:
        gates = [gate_of(predicate) for predicate in test.predicates]
        kinds = {gate.kind for gate in gates if gate is not None}
        if None in gates or len(kinds) != 1 or kinds.pop() not in (*WORD_KINDS, "gram"):
            return None
        return Gate(gates[0].kind, frozenset().union(*(gate.keys for gate in gates)), all(g.exact for g in gates))
    return None


def compiled(test: Test) -> Test:
    """The predicate as a plain function answering as it does: yargy's compositions call their parts through a
    generator, and its plain tests through a method; only predicates that reason on the token text in
    ``passed`` go through here, once per token text."""
    kind = type(test)
    if kind is AndPredicate or kind is OrPredicate:
        parts = tuple(map(compiled, test.predicates))
        if kind is AndPredicate:

            def every(token: object) -> bool:
                for part in parts:
                    if not part(token):
                        return False
                return True

            return every

        def some(token: object) -> bool:
            for part in parts:
                if part(token):
                    return True
            return False

        return some
    if kind is NotPredicate:
        inner = compiled(test.predicate)
        return lambda token: not inner(token)
    if kind is bank.CustomPredicate:
        function, types = test.function, test.types
        if not types:
            return lambda token: function(token.value)
        return lambda token: token.type in types and function(token.value)
    if kind is bank.TypePredicate:
        value = test.value
        return lambda token: token.type == value
    if kind is bank.is_capitalized:
        return lambda token: token.value[0].isupper()
    if kind is bank.is_upper:
        return lambda token: token.value.isupper()
    if kind is bank.is_lower:
        return lambda token: token.value.islower()
    if kind is bank.is_title:
        return lambda token: token.value.istitle()
    if kind is bank.length_eq:
        value = test.value
        return lambda token: len(token.value) == value
    if kind is bank.eq:
        value = test.value
        return lambda token: token.value == value
    if kind is bank.in_:
        value = test.value
        return lambda token: token.value in value
    if kind is bank.caseless:
        value = test.value
        return lambda token: token.value.lower() == value
    if kind is bank.in_caseless:
        value = test.value
        return lambda token: token.value.lower() in value
    return test


class PipelineTest:
    """Whether a pipeline rule (a gazetteer) has a phrase starting with the token."""

    def __init__(self, rule) -> None:
        self.rule = rule
        kinds = {MorphPipelineBNFRule: "normal", CaselessPipelineBNFRule: "lower", PipelineBNFRule: "value"}
        kind = kinds.get(type(rule))
        self.gate = Gate(kind, frozenset(rule.index), True) if kind else None

    def __call__(self, token: object) -> bool:
        return next(iter(self.rule.predict(token)), None) is not None


class PredicateTable:
    """Every predicate of a grammar numbered; what each token text passes, remembered.

    A predicate sees only a token's type and text (its forms follow from the text), so the
    answers hold across sentences and documents.
    """

    limit = 50_000  # token texts remembered per token type; past it the memory starts afresh

    def __init__(self) -> None:
        self.tests: list[Test] = []
        self.calls: list[Test] = []  # the tests compiled (vstrecha.predicates.compiled)
        self.bits: dict[int, int] = {}
        # token type -> text -> (bits known, bits passed); ints only, so the garbage collector never scans them
        self.seen: dict[str, dict[str, tuple[int, int]]] = {}
        self.ungated = 0
        self.exact = 0
        self.words: dict[str, dict[str, int]] = {kind: {} for kind in WORD_KINDS}
        self.grams: dict[str, int] = {}
        self.shapes: dict[type, int] = {}
        self.types: dict[str, int] = {}
        self.by_grams: dict[frozenset, int] = {}  # the bits one reading's grammemes open: readings share them

    def bit(self, key: int, test: Test) -> int:
        """The predicate's bit, registering it (and its gate in the indexes) the first time."""
        if key in self.bits:
            return 1 << self.bits[key]
        self.bits[key] = len(self.tests)
        self.tests.append(test)
        self.calls.append(compiled(test))
        self.by_grams.clear()
        bit = 1 << self.bits[key]
        gate = gate_of(test)
        if gate is None:
            self.ungated |= bit
            return bit
        if gate.exact:
            self.exact |= bit
        index = self.words.get(gate.kind)
        if index is None:
            index = {"gram": self.grams, "shape": self.shapes}.get(gate.kind, self.types)
        for value in gate.keys:
            index[value] = index.get(value, 0) | bit
        return bit

    def mask(self, tests: dict[int, Test]) -> int:
        mask = 0
        for key, test in tests.items():
            mask |= self.bit(key, test)
        return mask

    def first_look(self, token) -> tuple[int, int]:
        """(known, passed) for a new token text, from the indexes alone."""
        value = token.value
        possible = self.ungated | self.words["value"].get(value, 0) | self.words["lower"].get(value.lower(), 0)
        normal = self.words["normal"]
        if is_morph_token(token):
            by_grams = self.by_grams
            for form in token.forms:
                possible |= normal.get(form.normalized, 0)
                try:
                    grams = by_grams.get(form.grams)
                except TypeError:  # grammemes that are no set (yargy's own analyses): read one by one
                    grams = self.opened(form.grams)
                if grams is None:
                    grams = by_grams[form.grams] = self.opened(form.grams)
                possible |= grams
        else:
            possible |= normal.get(token.normalized, 0)
        for shape, bits in self.shapes.items():
            if SHAPES[shape](value):
                possible |= bits
        possible |= self.types.get(token.type, 0)
        everything = (1 << len(self.tests)) - 1
        return (everything & ~possible) | (possible & self.exact), possible & self.exact

    def opened(self, grams: frozenset) -> int:
        """The bits a reading with these grammemes makes possible."""
        bits = 0
        for gram in grams:
            bits |= self.grams.get(gram, 0)
        return bits

    def passed(self, token, needed: int) -> int:
        """Which of the ``needed`` predicates the token passes."""
        texts = self.seen.get(token.type)
        if texts is None:
            texts = self.seen[token.type] = {}
        entry = texts.get(token.value)
        if entry is None:
            if len(texts) > self.limit:
                texts.clear()
            entry = texts[token.value] = self.first_look(token)
        known, passed = entry
        missing = needed & ~known
        if missing:
            known |= missing
            while missing:
                low = missing & -missing
                if self.calls[low.bit_length() - 1](token):
                    passed |= low
                missing ^= low
            texts[token.value] = (known, passed)
        return passed & needed
