"""The document every stage reads and enriches: text, sentences of tokens, matches, found values."""

from __future__ import annotations

from array import array
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from yargy.token import MorphToken, Span, Token

Word = tuple[str, str, "tuple | None"]  # token type, text, pymorphy3 forms (Russian words): shared by every occurrence


class Recent:
    """The sentences whose yargy tokens are made, oldest first: past ``size`` the oldest let theirs go.

    yargy tokens cost about 350 bytes each; kept for every sentence, they made a document's memory grow
    with its length. A sentence made again gives equal tokens (the same text, offsets and forms).
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self.made: deque[Sentence] = deque()

    def remember(self, sentence: Sentence) -> None:
        self.made.append(sentence)
        if len(self.made) > self.size:
            self.made.popleft().release()


class Sentence:
    """One sentence: its tokens as given, or kept compact (shared words and start offsets, 16 bytes a
    token) and made into yargy tokens when a stage asks for them."""

    __slots__ = ("index", "start", "stop", "_tokens", "_words", "_starts", "_recent")

    def __init__(
        self,
        index: int,
        start: int,
        stop: int,
        tokens: list[Token] | None = None,
        *,
        words: tuple[Word, ...] = (),
        starts: array | None = None,
        recent: Recent | None = None,
    ) -> None:
        self.index, self.start, self.stop = index, start, stop
        self._tokens = tokens
        self._words, self._starts, self._recent = words, starts, recent

    @property
    def tokens(self) -> list[Token]:
        tokens = self._tokens
        if tokens is None:
            tokens = self._tokens = make_tokens(self._words, self._starts or ())
            if self._recent is not None:
                self._recent.remember(self)
        return tokens

    def release(self) -> None:
        """Let the yargy tokens go; they are made again from the compact form when asked."""
        if self._starts is not None:
            self._tokens = None

    def __repr__(self) -> str:
        return f"Sentence(index={self.index}, start={self.start}, stop={self.stop})"


def make_tokens(words: tuple[Word, ...], starts) -> list[Token]:
    """yargy tokens of compact words; each token ends where its text does."""
    tokens: list[Token] = []
    for (kind, value, forms), start in zip(words, starts, strict=True):
        span = Span(start, start + len(value))
        tokens.append(Token(value, span, kind) if forms is None else MorphToken(value, span, kind, list(forms)))
    return tokens


@dataclass
class GrammarMatch:
    """One yargy match of a named rule: the raw fact before a resolver normalizes it."""

    kind: str
    rule: str  # "<grammar origin>:<rule name>"
    sentence: int
    first: int  # index of the first token in the sentence
    last: int  # index after the last token
    start: int  # character offsets in the original text
    stop: int
    fact: Any


@dataclass
class Found:
    """A resolved value at a place in the text, with the rule that produced it."""

    kind: str
    start: int
    stop: int
    sentence: int
    first: int
    last: int
    value: Any
    rule: str
    entity: int | None = None  # index of the document-level entity (persons, cities) it belongs to


@dataclass
class Doc:
    text: str
    source: str | None = None
    published: date | None = None
    published_from: str | None = None  # "argument" | "header" | "page": where the publication date was read
    body_start: int = 0
    data_directories: tuple[Path, ...] = ()  # where the grammars' data files come from: the package's, a user's
    sentences: list[Sentence] = field(default_factory=list)
    recent: Recent = field(default_factory=Recent, repr=False)  # sentences whose yargy tokens are made
    matches: dict[str, list[GrammarMatch]] = field(default_factory=dict)
    found: dict[str, list[Found]] = field(default_factory=dict)
    entities: dict[str, list[Any]] = field(default_factory=dict)
    events: list[Any] = field(default_factory=list)
    rejections: dict[int, list[str]] = field(default_factory=dict)  # sentence -> why a meeting word made no event
    notes: dict[int, list[str]] = field(default_factory=dict)  # sentence -> how an event's value was chosen
    _by_sentence: dict[int, tuple[list, int, dict[int, list]]] = field(default_factory=dict, repr=False)

    def in_sentence(self, items: list, index: int) -> list:
        """The items of one sentence, from an index built once per list (and again only when it grows).

        Stages ask this per sentence; scanning the whole list each time would make a long document quadratic.
        """
        known = self._by_sentence.get(id(items))
        if known is None or known[0] is not items or known[1] != len(items):
            grouped: dict[int, list] = {}
            for item in items:
                grouped.setdefault(item.sentence, []).append(item)
            known = (items, len(items), grouped)  # the list itself is kept, so its id is never reused meanwhile
            self._by_sentence[id(items)] = known
        return known[2].get(index, [])

    def forget_indexes(self) -> None:
        """Lists were reordered in place: the per-sentence indexes are built again when next asked."""
        self._by_sentence.clear()

    def note(self, sentence: int, reason: str) -> None:
        """Why an event took a value from elsewhere (the dateline, a rule that dropped one): shown by explain."""
        self.notes.setdefault(sentence, []).append(reason)

    def reject(self, sentence: int, reason: str) -> None:
        self.rejections.setdefault(sentence, []).append(reason)

    def quote(self, start: int, stop: int) -> str:
        return self.text[start:stop]
