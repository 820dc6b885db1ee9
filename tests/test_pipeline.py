"""The pipeline as a whole: one morphology engine, grammars loaded once, the library entry points."""

from __future__ import annotations

import subprocess
import sys

from conftest import CORPUS

import vstrecha
from vstrecha.grammar import Settled


def test_pymorphy3_is_the_only_morphology_engine_loaded():
    probe = (
        "import sys, vstrecha; "
        "vstrecha.extract('Путин и Трамп встретились 16 июля 2018 года в Хельсинки.'); "
        "print('pymorphy2' in sys.modules, 'pymorphy3' in sys.modules, 'natasha' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "False"]


def test_an_extractor_is_reused_and_its_grammars_are_compiled_once(extractor):
    parsers = [grammar._parser for grammar in extractor.grammars]
    text = (CORPUS / "002_69461b43884e9923.txt").read_text(encoding="utf-8")
    first = extractor.extract(text)
    again = extractor.extract(text)
    assert [grammar._parser for grammar in extractor.grammars] == parsers
    assert first == again
    assert first.published == "2025-08-07"


def test_extract_takes_published_and_the_header_does_not_become_a_date():
    text = " date 2025-08-15 Путин и Трамп встретятся в пятницу в Анкоридже."
    document = vstrecha.extract(text)
    assert document.published == "2025-08-15"
    assert [d.start for d in document.dates] == ["2025-08-15"]
    assert text[document.dates[0].span.start : document.dates[0].span.stop] == "в пятницу"
    overridden = vstrecha.extract(text, published="2025-08-20")
    assert overridden.published == "2025-08-20"
    assert [d.start for d in overridden.dates] == ["2025-08-22"]
    (event,) = overridden.events
    assert event.status == "planned" and event.city.name == "Анкоридж"


def test_facts_keep_their_word_spans_and_let_the_parse_go(extractor):
    """A match's fact keeps the spans of its words (durations and date ranges read them), not yargy's parse."""
    text = "Переговоры в Казани 3 мая длились 2 часа 40 минут, с 5 по 7 июня прошли консультации."
    doc = extractor.analyze(text)
    matches = doc.matches["durations"] + doc.matches["dates"]
    assert matches
    for match in matches:
        assert isinstance(match.fact._raw, Settled)
        spans = match.fact.spans
        assert spans and match.start <= spans[0].start and spans[-1].stop <= match.stop
    assert [d.text for d in extractor.extract(text).durations] == ["2 часа 40 минут"]


def test_per_sentence_lookups_never_answer_for_another_list(extractor):
    """The index of a list is its own: a list built later, even at the same address, gets its own."""
    doc = extractor.analyze("Путин встретился с Си. Лавров поговорил с Ван И.")
    first = [found for found in doc.found["persons"] if found.sentence == 0]
    assert [f.sentence for f in doc.in_sentence(first, 0)] == [0] * len(first)
    for _ in range(50):
        other = [found for found in doc.found["persons"] if found.sentence == 1]
        assert doc.in_sentence(other, 1) == other and doc.in_sentence(other, 0) == []
