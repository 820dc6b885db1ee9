"""vstrecha: meeting events (who met whom, when, where, how long) from Russian news text."""

from vstrecha.grammar import Grammar, GrammarError
from vstrecha.models import Document, Event
from vstrecha.pipeline import Extractor, extract
from vstrecha.timeline import Meeting, Timeline, timeline


def timeline_frame(documents):  # noqa: ANN001, ANN201 - pandas is optional
    """The merged meetings of ``documents`` as a pandas DataFrame (needs ``vstrecha[pandas]``)."""
    return timeline(documents).to_frame()


__all__ = [
    "Document",
    "Event",
    "Extractor",
    "Grammar",
    "GrammarError",
    "Meeting",
    "Timeline",
    "extract",
    "timeline",
    "timeline_frame",
]
__version__ = "0.1.0"
