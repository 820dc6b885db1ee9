"""vstrecha: meeting events (who met whom, when, where, how long) from Russian news text."""

from vstrecha.grammar import Grammar, GrammarError
from vstrecha.models import Document, Event
from vstrecha.pipeline import Extractor, extract

__all__ = ["Document", "Event", "Extractor", "Grammar", "GrammarError", "extract"]
__version__ = "0.1.0"
