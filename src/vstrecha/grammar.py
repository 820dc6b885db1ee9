"""Grammars: named yargy rules that contribute to one kind, and how they are found and run.

A grammar module (built-in in ``grammars/`` or a user's own) defines a module-level ``GRAMMAR``
(or a list ``GRAMMARS``) of :class:`Grammar`. Built-in and user grammars load the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from yargy import or_
from yargy.interpretation.fact import Fact
from yargy.rule import Rule
from yargy.tokenizer import MorphTokenizer

from vstrecha.datafiles import Row, layout_of, read_rows
from vstrecha.doc import Doc, GrammarMatch, Sentence
from vstrecha.errors import GrammarError
from vstrecha.morph import Morph
from vstrecha.parser import LookaheadParser, interpreted
from vstrecha.predicates import PredicateTable

KINDS = ("dates", "durations", "persons", "cities", "meetings")


class TokenListTokenizer(MorphTokenizer):
    """Hands yargy the tokens of the one segmentation pass; strings (pipeline keys) are tokenized here."""

    def __call__(self, text):  # type: ignore[override]
        if isinstance(text, list):
            return text
        return super().__call__(text)


@dataclass
class Grammar:
    """Named yargy rules for one kind.

    ``keywords`` are lowercase word stems: a sentence containing none of them is skipped, which
    keeps the parser off most of the text. Leave it empty for grammars that can match anywhere.
    """

    kind: str
    rules: Mapping[str, Rule]
    keywords: Iterable[str] = ()
    origin: str = ""
    when: Callable[[Doc, Sentence], bool] | None = None  # run only on sentences where this holds
    _parser: LookaheadParser | None = field(default=None, repr=False)
    _prefilter: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise GrammarError(
                f"{self.origin or 'grammar'}: unknown kind {self.kind!r} (expected one of {', '.join(KINDS)})"
            )
        for name, value in self.rules.items():
            if not isinstance(value, Rule):
                raise GrammarError(
                    f"{self.origin or 'grammar'}: rule {name!r} is not a yargy rule ({type(value).__name__})"
                )
        stems = sorted({stem.lower() for stem in self.keywords})
        if stems:
            self._prefilter = re.compile(any_of(stems), re.IGNORECASE)

    def compile(self, morph: Morph, tests: PredicateTable | None = None) -> None:
        """Build the parser once per process; yargy resolves dictionary words through our morphology here.
        ``tests``: the predicate table of the grammars compiled with this one (each token text is then looked
        up once for all of them)."""
        if self._parser is None:
            named = [rule.named(name) for name, rule in self.rules.items()]
            self._parser = LookaheadParser(
                or_(*named) if len(named) > 1 else named[0], tokenizer=TokenListTokenizer(morph=morph), tests=tests
            )

    def run(self, doc: Doc) -> list[GrammarMatch]:
        assert self._parser is not None, "compile() first"
        names = set(self.rules)
        found: list[GrammarMatch] = []
        for sentence in doc.sentences:
            if self._prefilter is not None and not self._prefilter.search(doc.text, sentence.start, sentence.stop):
                continue
            if self.when is not None and not self.when(doc, sentence):
                continue
            tokens = sentence.tokens
            starts: dict[int, int] = {}
            for match in self._parser.findall(tokens):
                if not starts:
                    starts = {token.span.start: index for index, token in enumerate(tokens)}
                first = starts[match.tokens[0].span.start]
                node = named_node(match, names)
                found.append(
                    GrammarMatch(
                        kind=self.kind,
                        rule=f"{self.origin}:{getattr(node.rule, 'name', None) or '?'}",
                        sentence=sentence.index,
                        first=first,
                        last=first + len(match.tokens),
                        start=match.span.start,
                        stop=match.span.stop,
                        fact=interpret(node, match),
                    )
                )
        return found


def any_of(words: Iterable[str]) -> str:
    """A pattern matching exactly the given words, as a tree of their common beginnings ("встре(?:т|ч)"): the
    regular expression engine then tries a few letters at each place of the text, not every word."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        ways = [re.escape(letter) + branch(node[letter]) for letter in sorted(node) if letter]
        if not ways:
            return ""
        if "" in node:
            return "(?:" + "|".join(ways) + ")?"
        return ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"

    return branch(tree)


def named_node(match, names: set[str]):
    """The tree node of the grammar's own named rule (the root is the or_ that joins them)."""
    node = match.tree.root
    while node is not None:
        if getattr(getattr(node, "rule", None), "name", None) in names:
            return node
        children = getattr(node, "children", None)
        node = children[0] if children else None
    return match.tree.root


def interpret(node, match) -> Any:
    """The rule's fact, or None for a rule without an interpretation."""
    try:
        return settle(interpreted(node).normalized)
    except ValueError:
        return None


class Settled:
    """What a fact keeps of its parse: the spans of its words, which yargy's ``Fact.spans`` reads.

    yargy's own record of the parse holds every matched token, two sets and a dict per fact: kept for every
    match of a long document, it was most of the document's memory. ``Fact.as_json`` is not available on a
    settled fact; its attributes are.
    """

    __slots__ = ("spans",)

    def __init__(self, spans: tuple) -> None:
        self.spans = spans


def settle(value: Any) -> Any:
    """The fact (and the facts inside it) with its parse record replaced by its spans; a fact whose spans
    yargy cannot give keeps its record."""
    if isinstance(value, Fact):
        raw = value._raw
        if raw is not None and not isinstance(raw, Settled):
            try:
                value._raw = Settled(tuple(raw.spans))
            except Exception:  # noqa: BLE001 - e.g. a normalizer over a rule: yargy has no spans for it either
                pass
        for key in value.__attributes__:
            settle(getattr(value, key, None))
    elif isinstance(value, list):
        for item in value:
            settle(item)
    return value


@cache
def builtin_grammar_dir() -> Path:
    """Inside an installed wheel the grammars sit in the package; in a source checkout, at the repo root."""
    packaged = Path(__file__).resolve().parent / "grammars"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "grammars"


class Data:
    """Data files of the grammars: the built-in file plus same-named files in user directories, in that order.

    User lines add to the built-in ones; they never replace them.
    """

    def __init__(self, directories: Sequence[Path]) -> None:
        self.directories = list(directories)

    @property
    def key(self) -> tuple[str, ...]:
        """Which directories the data comes from: grammars built from the same data are built once."""
        return tuple(str(directory.resolve()) for directory in self.directories)

    def rows(self, name: str, fields: int = 1, optional: int = 0) -> list[Row]:
        """The checked rows of every file called ``name`` (vstrecha.datafiles knows each file's columns; an
        unknown name has ``fields`` fields, the last ``optional`` may be left out, the first is required)."""
        layout = layout_of(name, fields, optional)
        rows: list[Row] = []
        for directory in self.directories:
            path = directory / name
            if path.is_file():
                rows.extend(read_rows(path, layout))
        return rows


def _line_in(error: BaseException, path: Path) -> str:
    """The line of ``path`` where the error was raised, for messages that name file and line."""
    line = None
    trace = error.__traceback__
    while trace is not None:
        if Path(trace.tb_frame.f_code.co_filename).resolve() == path.resolve():
            line = trace.tb_lineno
        trace = trace.tb_next
    return f"{path}:{line}" if line else str(path)


def grammars_of(module: ModuleType, origin: str, data: Data) -> list[Grammar]:
    """A module contributes through ``grammars(data)`` (when it reads data files), ``GRAMMARS`` or ``GRAMMAR``."""
    build = getattr(module, "grammars", None)
    path = Path(getattr(module, "__file__", "") or origin)
    if callable(build):
        try:
            found = list(build(data))
        except GrammarError:
            raise
        except Exception as error:
            raise GrammarError(f"{_line_in(error, path)}: {type(error).__name__}: {error}") from error
    else:
        found = getattr(module, "GRAMMARS", None)
        if found is None:
            single = getattr(module, "GRAMMAR", None)
            found = [] if single is None else [single]
    if not found:
        raise GrammarError(f"{path}: defines no GRAMMAR, GRAMMARS or grammars(data)")
    for grammar in found:
        if not isinstance(grammar, Grammar):
            raise GrammarError(f"{path}: GRAMMAR must be a vstrecha.grammar.Grammar, not {type(grammar).__name__}")
        grammar.origin = grammar.origin or origin
    return list(found)
