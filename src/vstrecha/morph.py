"""pymorphy3 analyses in the shape yargy's predicates and relations read.

yargy's own analyzer imports pymorphy2; these classes give yargy the same interface
(`forms`, `normalized`, `grams`) backed by pymorphy3, cached per word form.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import pymorphy3

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


class Gender:
    __slots__ = ("male", "female", "neutral", "bi", "general")

    def __init__(self, grams: frozenset[str]) -> None:
        self.male = "masc" in grams
        self.female = "femn" in grams
        self.neutral = "neut" in grams
        self.bi = "Ms-f" in grams or "ms-f" in grams
        self.general = "GNdr" in grams

    def __iter__(self) -> Iterator[bool]:  # yargy's agreement relations unpack it
        return iter((self.male, self.female, self.neutral, self.bi, self.general))


class Number:
    __slots__ = ("single", "plural", "only_single", "only_plural")

    def __init__(self, grams: frozenset[str]) -> None:
        self.single = "sing" in grams
        self.plural = "plur" in grams
        self.only_single = "Sgtm" in grams
        self.only_plural = "Pltm" in grams

    def __iter__(self) -> Iterator[bool]:
        return iter((self.single, self.plural, self.only_single, self.only_plural))


class Case:
    __slots__ = ("mask", "fixed")

    def __init__(self, grams: frozenset[str]) -> None:
        self.mask = [case in grams for case in CASES]
        self.fixed = "Fixd" in grams

    def __iter__(self) -> Iterator[object]:
        return iter((self.mask, self.fixed))


class Grams(frozenset):
    """A set of grammemes, with the gender/number/case views yargy's agreement relations use.

    A frozenset itself, so that ``"NOUN" in form.grams``, asked millions of times, stays in C.
    """

    __slots__ = ()

    @property
    def values(self) -> frozenset[str]:
        return self

    @property
    def gender(self) -> Gender:
        return Gender(self)

    @property
    def number(self) -> Number:
        return Number(self)

    @property
    def case(self) -> Case:
        return Case(self)

    def __repr__(self) -> str:
        return f"Grams({','.join(sorted(self))})"


class Form:
    """One analysis of a word. It keeps the word and the analysis's place rather than pymorphy3's
    parse object: a cache of many thousand words then holds one small object per analysis."""

    __slots__ = ("normalized", "grams", "word", "index", "analyzer")

    def __init__(
        self,
        normalized: str,
        grams: Grams,
        word: str = "",
        index: int = 0,
        analyzer: Morph | None = None,
    ) -> None:
        self.normalized = normalized
        self.grams = grams
        self.word = word
        self.index = index
        self.analyzer = analyzer

    def inflect(self, grams: set[str] | frozenset[str] = frozenset({"nomn", "sing"})) -> str:
        """The word in other grammemes (the analysis is looked up again, and the answer remembered)."""
        if self.analyzer is None:
            return self.normalized
        inflected = self.analyzer.inflection(self.word, self.index, frozenset(grams))
        return inflected if inflected is not None else self.normalized

    def __repr__(self) -> str:
        return f"Form({self.normalized!r}, {self.grams!r})"


class Morph:
    """The one morphology engine of a process: pymorphy3, cached per lowercased word form."""

    def __init__(self, cache_size: int = 50_000) -> None:
        self.raw = pymorphy3.MorphAnalyzer()
        self._analyze = lru_cache(maxsize=cache_size)(self._parse)
        self._known = lru_cache(maxsize=cache_size)(self.raw.word_is_known)  # grammars ask it of most words
        self._inflections = lru_cache(maxsize=cache_size)(self._inflect)
        self._grams: dict[str, Grams] = {}  # one Grams per tag: a few thousand tags serve every word

    def _parse(self, word: str) -> tuple[Form, ...]:
        return tuple(
            Form(parse.normal_form, self._grams_of(parse.tag), word, index, self)
            for index, parse in enumerate(self.raw.parse(word))
        )

    def inflection(self, word: str, index: int, grams: frozenset[str]) -> str | None:
        """The word of its ``index``-th analysis in other grammemes, or None when pymorphy3 has no such form."""
        return self._inflections(word, index, grams)

    def _inflect(self, word: str, index: int, grams: frozenset[str]) -> str | None:
        inflected = self.raw.parse(word)[index].inflect(set(grams))
        return inflected.word if inflected else None

    def _grams_of(self, tag) -> Grams:
        key = str(tag)
        grams = self._grams.get(key)
        if grams is None:
            grams = self._grams[key] = Grams(frozenset(tag.grammemes))
        return grams

    def __call__(self, word: str) -> tuple[Form, ...]:
        return self._analyze(word.lower())

    def normalized(self, word: str) -> set[str]:
        return {form.normalized for form in self(word)}

    def check_gram(self, gram: str) -> None:
        if not self.raw.TagClass.grammeme_is_known(gram):
            raise ValueError(gram)

    def is_known(self, word: str) -> bool:
        """True when the dictionary knows the word (not a guess from its ending)."""
        return self._known(word.lower())

    def cache_clear(self) -> None:
        self._analyze.cache_clear()
        self._known.cache_clear()
        self._inflections.cache_clear()


_shared: Morph | None = None


def shared_morph() -> Morph:
    """One analyzer per process: loading the dictionaries is the costly part."""
    global _shared
    if _shared is None:
        _shared = Morph()
    return _shared
