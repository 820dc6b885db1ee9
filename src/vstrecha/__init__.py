"""vstrecha: meeting events (who met whom, when, where, how long) from Russian news text.

    import vstrecha

    document = vstrecha.extract(text, published="2025-08-15")
    for event in document.events:
        print(event.status, [p.name for p in event.participants], event.date and event.date.start)

    extractor = vstrecha.Extractor()  # loads grammars and dictionaries once; reuse it
    document = extractor.extract(text)
    document.to_dict()
    document.to_json()

    documents = [extractor.extract(text, source=name) for name, text in texts.items()]
    for meeting in vstrecha.timeline(documents).meetings:
        print(meeting.date and meeting.date.start, len(meeting.sources), meeting.conflicts)

The public names (help shows the first four):

- ``extract(text, published=None, source=None)``: a :class:`Document` for one text.
- ``Extractor(grammars=(), plugins=None)``: grammars loaded once, with user grammars and their data.
- ``timeline(documents)``: reports of the same meeting merged into one chronology (a :class:`Timeline`).
- ``timeline_frame(documents)``: the same as a pandas DataFrame (``vstrecha[pandas]``).
- ``Document``, ``Event``, ``Meeting``, ``Timeline``: the output models (pydantic; ``help(vstrecha.Document)``).
- ``Grammar``, ``GrammarError``: for grammars of your own (docs/extending.md).

The command line (``vstrecha --help``) does the same for files: extract, timeline, eval, explain.
"""

from vstrecha.errors import GrammarError as GrammarError
from vstrecha.grammar import Grammar as Grammar
from vstrecha.models import Document as Document
from vstrecha.models import Event as Event
from vstrecha.pipeline import Extractor, extract
from vstrecha.timeline import Meeting as Meeting
from vstrecha.timeline import Timeline as Timeline
from vstrecha.timeline import timeline


def timeline_frame(documents):  # noqa: ANN001, ANN201 - pandas is optional
    """The merged meetings of ``documents`` as a pandas DataFrame (needs ``vstrecha[pandas]``)."""
    return timeline(documents).to_frame()


# What help(vstrecha) documents: the entry points. The models and the grammar classes are importable from
# here too, but their help (pydantic's and Exception's inherited methods) would bury the rest.
__all__ = ["Extractor", "extract", "timeline", "timeline_frame"]
__version__ = "0.1.0"
