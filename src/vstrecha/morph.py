"""pymorphy3 analyses in the shape yargy's predicates and relations read.

yargy's own analyzer imports pymorphy2; these classes give yargy the same interface
(`forms`, `normalized`, `grams`) backed by pymorphy3, cached per word form.
"""

from __future__ import annotations

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


class Number:
    __slots__ = ("single", "plural", "only_single", "only_plural")

    def __init__(self, grams: frozenset[str]) -> None:
        self.single = "sing" in grams
        self.plural = "plur" in grams
        self.only_single = "Sgtm" in grams
        self.only_plural = "Pltm" in grams


class Case:
    __slots__ = ("mask", "fixed")

    def __init__(self, grams: frozenset[str]) -> None:
        self.mask = [case in grams for case in CASES]
        self.fixed = "Fixd" in grams


class Grams:
    """A set of grammemes, with the gender/number/case views yargy's agreement relations use."""

    __slots__ = ("values",)

    def __init__(self, values: frozenset[str]) -> None:
        self.values = values

    @property
    def gender(self) -> Gender:
        return Gender(self.values)

    @property
    def number(self) -> Number:
        return Number(self.values)

    @property
    def case(self) -> Case:
        return Case(self.values)

    def __contains__(self, value: object) -> bool:
        return value in self.values

    def __repr__(self) -> str:
        return f"Grams({','.join(sorted(self.values))})"


class Form:
    __slots__ = ("normalized", "grams", "raw")

    def __init__(self, normalized: str, grams: Grams, raw: pymorphy3.analyzer.Parse | None = None) -> None:
        self.normalized = normalized
        self.grams = grams
        self.raw = raw

    def inflect(self, grams: set[str] | frozenset[str] = frozenset({"nomn", "sing"})) -> str:
        inflected = self.raw.inflect(set(grams)) if self.raw is not None else None
        return inflected.word if inflected else self.normalized

    def __repr__(self) -> str:
        return f"Form({self.normalized!r}, {self.grams!r})"


class Morph:
    """The one morphology engine of a process: pymorphy3, cached per lowercased word form."""

    def __init__(self, cache_size: int = 200_000) -> None:
        self.raw = pymorphy3.MorphAnalyzer()
        self._analyze = lru_cache(maxsize=cache_size)(self._parse)

    def _parse(self, word: str) -> tuple[Form, ...]:
        return tuple(Form(p.normal_form, Grams(frozenset(p.tag.grammemes)), p) for p in self.raw.parse(word))

    def __call__(self, word: str) -> tuple[Form, ...]:
        return self._analyze(word.lower())

    def normalized(self, word: str) -> set[str]:
        return {form.normalized for form in self(word)}

    def check_gram(self, gram: str) -> None:
        if not self.raw.TagClass.grammeme_is_known(gram):
            raise ValueError(gram)

    def is_known(self, word: str) -> bool:
        """True when the dictionary knows the word (not a guess from its ending)."""
        return self.raw.word_is_known(word.lower())

    def cache_clear(self) -> None:
        self._analyze.cache_clear()


_shared: Morph | None = None


def shared_morph() -> Morph:
    """One analyzer per process: loading the dictionaries is the costly part."""
    global _shared
    if _shared is None:
        _shared = Morph()
    return _shared
