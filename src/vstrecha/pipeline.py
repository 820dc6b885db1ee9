"""The pipeline: segment once, run every grammar over the same tokens, resolve, assemble."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date, datetime

from vstrecha.assemble.events import assemble_events
from vstrecha.doc import Doc
from vstrecha.io import InputError, decode
from vstrecha.loading import NO_PLUGINS, GrammarSource, grammar_sources, load, plugins_refused
from vstrecha.models import Document
from vstrecha.morph import Morph, shared_morph
from vstrecha.predicates import PredicateTable
from vstrecha.render import to_document
from vstrecha.resolve.cities import resolve_cities
from vstrecha.resolve.dates import resolve_dates
from vstrecha.resolve.durations import resolve_durations
from vstrecha.resolve.persons import resolve_persons
from vstrecha.resolve.published import find_published
from vstrecha.segment import segment

__all__ = ["NO_PLUGINS", "Extractor", "GrammarSource", "extract", "parse_published", "plugins_refused"]
RESOLVERS = (find_published, resolve_dates, resolve_durations, resolve_cities, resolve_persons)


def parse_published(value: str | date | None) -> date | None:
    """A publication date from a date, a datetime (its day) or an ISO string ("2025-08-15", "2025-08-15T10:00")."""
    if value is None:
        return None
    if isinstance(value, datetime):  # a datetime is a date too, but compares with neither
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"published must be a date, a datetime or a YYYY-MM-DD string, got {type(value).__name__}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError as error:
        raise ValueError(f"published date must be YYYY-MM-DD, got {value!r}") from error


def checked_text(text: object) -> str:
    """The text to read: a str, or bytes decoded as the CLI decodes files (UTF-8 with or without BOM, UTF-16,
    cp1251); anything else is a TypeError saying what to pass."""
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray):
        if not bytes(text).strip():
            return ""
        try:
            return decode(bytes(text), "text")[0]
        except InputError as problem:
            raise ValueError(f"{problem}; decode the bytes yourself and pass a str") from None
    if isinstance(text, os.PathLike):
        raise TypeError(
            f"text must be the article's text (a str), got a path ({type(text).__name__}); read the file first: "
            "Path(name).read_text(encoding='utf-8')"
        )
    raise TypeError(f"text must be a str (or bytes), got {type(text).__name__}")


def checked_source(source: object) -> str | None:
    if source is None or isinstance(source, str):
        return source
    if isinstance(source, os.PathLike):
        return os.fspath(source)  # type: ignore[return-value]
    raise TypeError(f"source must be a str naming the document (or None), got {type(source).__name__}")


class Extractor:
    """Loads grammars, gazetteers and morphology once; reuse it for every document.

    ``grammars``: user grammars beside the built-in ones: one directory (a str or a Path), a module, or a list of
    them; each brings the data files beside it (docs/extending.md). Grammar directories and installed plugins are
    Python code, run when the Extractor is made: use only those you trust. ``plugins=False`` (or
    VSTRECHA_NO_PLUGINS=1 with the default ``plugins=None``) leaves installed plugins out; ``plugins=True`` loads
    them whatever the environment says. A grammar or data file that cannot be used raises GrammarError, one line
    naming the file and line.

    >>> extractor = Extractor()
    >>> document = extractor.extract("Путин и Си Цзиньпин провели переговоры в Пекине.", published="2024-05-16")
    """

    def __init__(
        self,
        grammars: GrammarSource | Iterable[GrammarSource] = (),
        *,
        plugins: bool | None = None,
        morph: Morph | None = None,
    ):
        self.morph = morph or shared_morph()
        if plugins is not None and not isinstance(plugins, bool):
            raise TypeError(f"plugins must be True, False or None, got {type(plugins).__name__}")
        self.grammars, self.data = load(
            grammar_sources(grammars), plugins if plugins is not None else not plugins_refused()
        )
        # grammars that look only where others matched ("when") run after all the others
        self.grammars.sort(key=lambda grammar: grammar.when is not None)
        tests = PredicateTable()  # shared by the grammars compiled here: a word's answers are found once
        for grammar in self.grammars:
            grammar.compile(self.morph, tests)

    def analyze(self, text: str | bytes, published: str | date | None = None, source: str | None = None) -> Doc:
        """The full working document, with every match and the rule behind it (what ``vstrecha explain`` shows)."""
        text, day, source = checked_text(text), parse_published(published), checked_source(source)
        doc = segment(text, self.morph, day, source)
        doc.data_directories = tuple(self.data.directories)
        for grammar in self.grammars:
            doc.matches.setdefault(grammar.kind, []).extend(grammar.run(doc))
        for matches in doc.matches.values():
            matches.sort(key=lambda match: (match.start, -match.stop))
        doc.forget_indexes()
        for resolve in RESOLVERS:
            resolve(doc)
        assemble_events(doc)
        return doc

    def extract(self, text: str | bytes, published: str | date | None = None, source: str | None = None) -> Document:
        """The events, persons, cities, dates and durations of one text.

        ``text``: the article (a str; bytes are decoded as the CLI decodes files). ``published``: its publication
        date (a date, a datetime or a YYYY-MM-DD string; written out as YYYY-MM-DD), which year-less and relative
        dates resolve against; without it, a date header or a dateline in the text is used. ``source``: a name kept
        in the Document (a file name, a URL). TypeError or ValueError for anything else.
        """
        return to_document(self.analyze(text, published, source))


_default: Extractor | None = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(text: str | bytes, published: str | date | None = None, source: str | None = None) -> Document:
    """The events and entities of one text, with the built-in grammars and installed plugins (one shared
    Extractor, made on first use). Arguments as for :meth:`Extractor.extract`."""
    return default_extractor().extract(text, published, source)
