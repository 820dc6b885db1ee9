"""Segmentation: the one razdel pass that every later stage reads.

razdel gives sentences and tokens with offsets; each razdel token is split into atoms
(words, numbers, single punctuation marks) so that "10-11", "07.07.2017" and "ЧМ-2018"
reach the grammars as separate numbers while "Буэнос-Айрес" stays one word.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from razdel import sentenize, tokenize
from yargy.token import MorphToken, Span, Token

from vstrecha.doc import Doc, Sentence
from vstrecha.morph import Morph
from vstrecha.numerals import MAX_DIGITS

HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?!\d)\s*")
LINE = re.compile(r"[^\n]+")  # a line is a paragraph: captions and headlines end without a full stop
ATOM = re.compile(
    r"(?P<RU>[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*)"
    r"|(?P<LATIN>[a-zA-ZÀ-ÖØ-öø-ɏ]+(?:['’-][a-zA-ZÀ-ÖØ-öø-ɏ]+)*)"
    r"|(?P<INT>\d+)"
    r"|(?P<PUNCT>[^\w\s])"
    r"|(?P<OTHER>\S)"
)


def read_header(text: str) -> tuple[date | None, int]:
    """The publication date of a ` date YYYY-MM-DD` first line, and where the body starts."""
    found = HEADER.match(text)
    if not found:
        return None, 0
    year, month, day = (int(part) for part in found.groups())
    try:
        return date(year, month, day), found.end()
    except ValueError:
        return None, found.end()


@lru_cache(maxsize=50_000)
def split(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """(kind, value, start, stop) of the atoms of a razdel token; the same words recur in every text."""
    return tuple((kind_of(found), found.group(), found.start(), found.end()) for found in ATOM.finditer(text))


def kind_of(found: re.Match[str]) -> str:
    """A digit run too long to be an amount is OTHER: no grammar reads it as a number (nor calls int() on it)."""
    kind = found.lastgroup or "OTHER"
    return "OTHER" if kind == "INT" and found.end() - found.start() > MAX_DIGITS else kind


def atoms(text: str, offset: int, morph: Morph) -> list[Token]:
    """yargy tokens of one razdel token; Russian words carry their pymorphy3 forms."""
    tokens: list[Token] = []
    for kind, value, start, stop in split(text):
        span = Span(offset + start, offset + stop)
        if kind == "RU":
            tokens.append(MorphToken(value, span, kind, list(morph(value))))
        else:
            tokens.append(Token(value, span, kind))
    return tokens


def segment(text: str, morph: Morph, published: date | None = None, source: str | None = None) -> Doc:
    """Split a text into sentences of tokens; offsets refer to the original text."""
    header_date, body_start = read_header(text)
    doc = Doc(text=text, source=source, published=published or header_date, body_start=body_start)
    for line in LINE.finditer(text, body_start):
        for raw in sentenize(line.group()):
            start = line.start() + raw.start
            tokens: list[Token] = []
            for token in tokenize(raw.text):
                tokens.extend(atoms(token.text, start + token.start, morph))
            if tokens:
                doc.sentences.append(Sentence(len(doc.sentences), start, line.start() + raw.stop, tokens))
    return doc
