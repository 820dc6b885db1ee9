"""The library's door: arguments checked with messages that say what to pass, and help that is short."""

from __future__ import annotations

import pydoc
from datetime import date, datetime
from pathlib import Path

import pytest

import vstrecha

STORY = "Министр обороны Андрей Белов и посол Индии Раджеш Кумар встретились в Казани 3 июня."


def test_text_of_another_type_says_what_to_pass(extractor):
    with pytest.raises(TypeError, match="text must be a str \\(or bytes\\), got NoneType"):
        extractor.extract(None)
    with pytest.raises(TypeError, match="got a path \\(PosixPath\\); read the file first"):
        extractor.extract(Path("article.txt"))
    with pytest.raises(TypeError, match="got int"):
        extractor.extract(42)


def test_bytes_are_decoded_as_the_cli_decodes_files(extractor):
    expected = extractor.extract(STORY, published="2024-06-05").to_dict()
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1251"):
        assert extractor.extract(STORY.encode(encoding), published="2024-06-05").to_dict() == expected, encoding
    assert extractor.extract(b"").events == []
    with pytest.raises(ValueError, match="binary file, not text; decode the bytes yourself"):
        extractor.extract(bytes(range(1, 9)) * 20)


def test_published_accepts_dates_and_writes_the_day(extractor):
    for given in (date(2024, 6, 5), datetime(2024, 6, 5, 23, 59), "2024-06-05", "2024-06-05T10:00"):
        document = extractor.extract(STORY, published=given)
        assert document.published == "2024-06-05"
        assert document.events[0].date.start == "2024-06-03"
    with pytest.raises(TypeError, match="published must be a date"):
        extractor.extract(STORY, published=20240605)
    with pytest.raises(ValueError, match="published date must be YYYY-MM-DD, got '05.06.2024'"):
        extractor.extract(STORY, published="05.06.2024")


def test_source_is_a_name(extractor):
    assert extractor.extract(STORY, source=Path("a/b.txt")).source == "a/b.txt"
    with pytest.raises(TypeError, match="source must be a str"):
        extractor.extract(STORY, source=3)


def test_help_of_the_package_is_short_and_has_the_example():
    text = pydoc.render_doc(vstrecha, renderer=pydoc.plaintext)
    assert len(text.splitlines()) < 200
    assert "vstrecha.extract(text, published=" in vstrecha.__doc__
    assert "pydantic" not in text.split("CLASSES")[1]
    for name in ("Document", "Event", "Grammar", "GrammarError", "Meeting", "Timeline"):
        assert getattr(vstrecha, name).__name__ == name


def test_public_functions_and_methods_have_docstrings():
    for item in (vstrecha.extract, vstrecha.Extractor, vstrecha.Extractor.extract, vstrecha.Extractor.analyze):
        assert item.__doc__ and len(item.__doc__) > 40, item
    for name in vstrecha.__all__:
        assert getattr(vstrecha, name).__doc__, name
