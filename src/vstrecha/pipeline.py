"""The pipeline: segment once, run every grammar over the same tokens, resolve, assemble."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from vstrecha.assemble.events import assemble_events
from vstrecha.doc import Doc
from vstrecha.loading import NO_PLUGINS, GrammarSource, grammar_sources, load, plugins_refused
from vstrecha.models import Document
from vstrecha.morph import Morph, shared_morph
from vstrecha.render import to_document
from vstrecha.resolve.cities import resolve_cities
from vstrecha.resolve.dates import resolve_dates
from vstrecha.resolve.durations import resolve_durations
from vstrecha.resolve.persons import resolve_persons
from vstrecha.resolve.published import find_published
from vstrecha.segment import segment

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


__all__ = ["NO_PLUGINS", "Extractor", "GrammarSource", "extract", "parse_published", "plugins_refused"]


class Extractor:
    """Loads grammars, gazetteers and morphology once; reuse it for every document.

    Grammar directories and installed plugins are Python code, run when the Extractor is made: use only
    those you trust. ``plugins=False`` (or VSTRECHA_NO_PLUGINS=1 with the default ``plugins=None``) leaves
    installed plugins out; ``plugins=True`` loads them whatever the environment says.
    """

    def __init__(
        self, grammars: Sequence[GrammarSource] = (), *, plugins: bool | None = None, morph: Morph | None = None
    ):
        self.morph = morph or shared_morph()
        if plugins is not None and not isinstance(plugins, bool):
            raise TypeError(f"plugins must be True, False or None, got {type(plugins).__name__}")
        self.grammars, self.data = load(
            grammar_sources(grammars), plugins if plugins is not None else not plugins_refused()
        )
        # grammars that look only where others matched ("when") run after all the others
        self.grammars.sort(key=lambda grammar: grammar.when is not None)
        for grammar in self.grammars:
            grammar.compile(self.morph)

    def analyze(self, text: str, published: str | date | None = None, source: str | None = None) -> Doc:
        """The full working document, with every match and the rule behind it (for explain)."""
        doc = segment(text, self.morph, parse_published(published), source)
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

    def extract(self, text: str, published: str | date | None = None, source: str | None = None) -> Document:
        return to_document(self.analyze(text, published, source))


_default: Extractor | None = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(text: str, published: str | date | None = None) -> Document:
    """Extract events and entities from one text with the built-in grammars."""
    return default_extractor().extract(text, published)
