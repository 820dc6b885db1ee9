"""Segmentation: the one razdel pass that every later stage reads.

razdel gives sentences and tokens with offsets; each razdel token is split into atoms
(words, numbers, single punctuation marks) so that "10-11", "07.07.2017" and "ЧМ-2018"
reach the grammars as separate numbers while "Буэнос-Айрес" stays one word.
"""

from __future__ import annotations

import re
from array import array
from datetime import date
from functools import lru_cache

from razdel import sentenize, tokenize
from razdel.segmenters.tokenize import ATOM as RAZDEL_ATOM
from yargy.token import Token

from vstrecha.doc import Doc, Sentence, Word, make_tokens
from vstrecha.morph import Morph
from vstrecha.numerals import MAX_DIGITS

HEADER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?!\d)\s*")
LINE = re.compile(r"[^\n]+")  # a line is a paragraph: captions and headlines end without a full stop
# Bounds that keep every later step linear in the input. The longest sentence of the factRuEval devset and the
# corpus has 144 tokens and 538 characters; text without sentence punctuation (tables, lists, scraped pages)
# can be a single "sentence" of any length, and parsing cost grows faster than its length.
MAX_PIECE_CHARS = 4_000  # razdel reads a paragraph in pieces of at most this many characters
MAX_SENTENCE_TOKENS = 200  # a longer sentence is parsed as several, cut where a clause ends
PIECE_BREAKS = (re.compile(r"[.!?…]\s"), re.compile(r"[;,:]\s"), re.compile(r"\s"))
CLAUSE_ENDS = ((";",), (",", ":", "—", "–", "-", ")"))
ATOM = re.compile(
    r"(?P<RU>[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*)"
    r"|(?P<LATIN>[a-zA-ZÀ-ÖØ-öø-ɏ]+(?:['’-][a-zA-ZÀ-ÖØ-öø-ɏ]+)*)"
    r"|(?P<INT>\d+)"
    r"|(?P<PUNCT>[^\w\s])"
    r"|(?P<OTHER>\S)"
)


RUN = re.compile(r"\S+")  # razdel joins atoms into a token only where no space parts them
# an atom of each of razdel's atom types: of the atoms around a run, razdel's rules read only the type
TYPE_SAMPLES = {"RU": "я", "LAT": "z", "INT": "1", "PUNCT": ",", "OTHER": "§"}


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


VERBAL = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


def abbreviation(forms: list) -> list:
    """An all-capitals word is a name or an abbreviation ("МОК", "МИД", "МОСКВА"), never a verb ("мок")."""
    return [form for form in forms if not form.grams & VERBAL]


def words(text: str, morph: Morph, known: dict[str, tuple[tuple[Word, int], ...]]) -> tuple[tuple[Word, int], ...]:
    """The words of one razdel token with their offsets in it; Russian words carry their pymorphy3 forms.

    ``known`` holds them per token text for one document, so each occurrence shares one word.
    """
    found = known.get(text)
    if found is None:
        found = known[text] = tuple(
            ((kind, value, forms_of(kind, value, morph)), start) for kind, value, start, _ in split(text)
        )
    return found


def forms_of(kind: str, value: str, morph: Morph) -> tuple | None:
    if kind != "RU":
        return None
    forms = list(morph(value))
    if len(value) > 1 and value.isupper():
        forms = abbreviation(forms)
    return tuple(forms)


@lru_cache(maxsize=20_000)
def run_ends(run: str) -> tuple[str, str, bool]:
    """razdel's types of the first and the last atom of a run of non-space characters, and whether it is one atom."""
    types = [found.lastgroup or "OTHER" for found in RAZDEL_ATOM.finditer(run)]
    return types[0], types[-1], len(types) == 1


@lru_cache(maxsize=20_000)
def run_tokens(before: str | None, run: str, after: str | None) -> tuple[tuple[str, int], ...]:
    """razdel's tokens (text, offset) of a run of several atoms, between atoms of the types given (None: none).

    Deciding whether to join two atoms, razdel reads at most two atoms on either side, and of those beyond the
    run only their type; so the run between sample atoms of those types is cut as it is in its sentence.
    """
    left = TYPE_SAMPLES[before] + " " if before else ""
    text = left + run + (" " + TYPE_SAMPLES[after] if after else "")
    found = ((token.text, token.start - len(left)) for token in tokenize(text))
    return tuple((value, start) for value, start in found if 0 <= start < len(run))


def run_words(before: str | None, run: str, after: str | None, morph: Morph) -> tuple[tuple[Word, int], ...]:
    """The words of a run of non-space characters of several atoms, between atoms of the types given, with their
    offsets in it: its razdel tokens, each cut into words."""
    tokens = run_tokens(before, run, after)
    return tuple((word, offset + at) for value, offset in tokens for word, at in token_words(value, morph))


@lru_cache(maxsize=8_000)  # the words of news recur; an open vocabulary is left to the morphology's own cache
def token_words(text: str, morph: Morph) -> tuple[tuple[Word, int], ...]:
    """words() of a razdel token, shared by every document: the same words recur in every text."""
    return words(text, morph, {})


def razdel_tokens(text: str) -> list[tuple[str, int]]:
    """razdel.tokenize(text) as (text, start): a run of one atom is one token, the others are cut once per
    run and neighbourhood (the same words recur in every text)."""
    runs = [(found.group(), found.start()) for found in RUN.finditer(text)]
    ends = [run_ends(run) for run, _ in runs]
    tokens: list[tuple[str, int]] = []
    for index, (run, start) in enumerate(runs):
        if ends[index][2]:
            tokens.append((run, start))
            continue
        before = ends[index - 1][1] if index else None
        after = ends[index + 1][0] if index + 1 < len(runs) else None
        tokens.extend((value, start + offset) for value, offset in run_tokens(before, run, after))
    return tokens


def atoms(text: str, offset: int, morph: Morph) -> list[Token]:
    """yargy tokens of one razdel token."""
    found = words(text, morph, {})
    return make_tokens(tuple(word for word, _ in found), [offset + start for _, start in found])


def pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """A paragraph in pieces of at most MAX_PIECE_CHARS, cut after a sentence end, else a clause, else a space."""
    found: list[tuple[int, int]] = []
    while stop - start > MAX_PIECE_CHARS:
        limit = start + MAX_PIECE_CHARS
        cut = limit
        for pattern in PIECE_BREAKS:
            ends = [match.end() for match in pattern.finditer(text, start + MAX_PIECE_CHARS // 2, limit)]
            if ends:
                cut = ends[-1]
                break
        found.append((start, cut))
        start = cut
    found.append((start, stop))
    return found


def clause_cuts(values: list[str]) -> list[tuple[int, int]]:
    """An overlong sentence as parts of at most MAX_SENTENCE_TOKENS tokens (index ranges of its token texts),
    each ending where a clause ends if it can."""
    parts: list[tuple[int, int]] = []
    begin = 0
    while len(values) - begin > MAX_SENTENCE_TOKENS:
        cut = MAX_SENTENCE_TOKENS
        for marks in CLAUSE_ENDS:
            ends = [i + 1 for i in range(MAX_SENTENCE_TOKENS // 2, MAX_SENTENCE_TOKENS) if values[begin + i] in marks]
            if ends:
                cut = ends[-1]
                break
        parts.append((begin, begin + cut))
        begin += cut
    parts.append((begin, len(values)))
    return parts


MONTH_CUT = re.compile(r"(?i)\b(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.$")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """razdel's sentences, except that a month cut short before a number goes on ("№720 от 18 янв. 2000")."""
    found: list[tuple[int, int, str]] = []
    for raw in sentenize(text):
        if found and MONTH_CUT.search(found[-1][2]) and raw.text[:1].isdigit():
            start = found[-1][0]
            found[-1] = (start, raw.stop, text[start : raw.stop])
        else:
            found.append((raw.start, raw.stop, raw.text))
    return found


def segment(text: str, morph: Morph, published: date | None = None, source: str | None = None) -> Doc:
    """Split a text into sentences of tokens; offsets refer to the original text.

    Sentences keep their tokens compact (see Sentence): the yargy tokens of a long document are never all
    held at once.
    """
    header_date, body_start = read_header(text)
    origin = "argument" if published else "header" if header_date else None
    doc = Doc(text=text, source=source, published=published or header_date, body_start=body_start)
    doc.published_from = origin
    for line in LINE.finditer(text, body_start):
        for piece_start, piece_stop in pieces(text, line.start(), line.end()):
            for raw_start, raw_stop, raw_text in sentences(text[piece_start:piece_stop]):
                start = piece_start + raw_start
                found: list[Word] = []
                starts: list[int] = []
                runs = [(run.group(), run.start()) for run in RUN.finditer(raw_text)]
                ends = [run_ends(run) for run, _ in runs]
                for index, (run, at_run) in enumerate(runs):
                    if ends[index][2]:  # one atom, one token
                        cut = token_words(run, morph)
                    else:
                        before = ends[index - 1][1] if index else None
                        after = ends[index + 1][0] if index + 1 < len(runs) else None
                        cut = run_words(before, run, after, morph)
                    offset = start + at_run
                    for word, at in cut:
                        found.append(word)
                        starts.append(offset + at)
                if not found:
                    continue
                parts = clause_cuts([value for _, value, _ in found])
                for first, last in parts:
                    if len(parts) == 1:
                        bounds = (start, piece_start + raw_stop)
                    else:
                        bounds = (starts[first], starts[last - 1] + len(found[last - 1][1]))
                    doc.sentences.append(
                        Sentence(
                            len(doc.sentences),
                            *bounds,
                            words=tuple(found[first:last]),
                            starts=array("q", starts[first:last]),
                            recent=doc.recent,
                        )
                    )
    return doc
