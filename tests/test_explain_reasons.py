"""explain gives a reason for every meeting word that made no event, and refuses a sentence it does not have."""

from __future__ import annotations

import subprocess
import sys

from vstrecha import Extractor
from vstrecha.explain import explain


def test_a_meeting_word_taken_into_an_occasion_alias_says_so(tmp_path):
    (tmp_path / "occasions.tsv").write_text("Кулуарный форум\tкулуары форума\n", encoding="utf-8")
    text = "Анна Петрова и Олег Смирнов поговорили в кулуарах форума."
    assert Extractor(plugins=False).extract(text).events, "a held talk without the alias"
    doc = Extractor([tmp_path], plugins=False).analyze(text)
    assert doc.events == []
    assert "no event: 'поговорили': read as part of the occasion 'кулуарах форума'" in explain(doc)


def test_every_meeting_word_without_an_event_has_a_reason(extractor):
    text = (
        "Глава района Игорь Белов ежегодно посещает Кедровск.\n"
        "Встреча прошла 3 мая.\n"
        "Чиновники обычно встречаются с послами по вторникам.\n"
        "Белов и посол Чехии Павел Новак провели переговоры 4 мая."
    )
    doc = extractor.analyze(text, "2025-05-05")
    shown = explain(doc)
    for sentence in doc.sentences:
        triggers = [
            m for m in doc.in_sentence(doc.matches["meetings"], sentence.index) if m.rule.endswith(("VERB", "NOUN"))
        ]
        has_event = any(any(span.start == sentence.start for span in event.evidence) for event in doc.events)
        if triggers and not has_event:
            block = shown.split(f"[{sentence.index}]")[1].split("\n[")[0]
            assert "no event:" in block, block


def test_an_unplaceable_date_shows_no_none(extractor):
    shown = explain(extractor.analyze("Встреча Анны Петровой и Олега Смирнова прошла вчера."))
    assert "None" not in shown and "= ? unresolved" in shown


def test_a_sentence_out_of_range_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("Встреча прошла 3 мая. Потом был обед.", encoding="utf-8")
    for number in ("2", "-1", "99"):
        done = subprocess.run(
            [sys.executable, "-m", "vstrecha", "explain", "--no-plugins", "--sentence", number, "a.txt"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
        )
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr == f"vstrecha: error: --sentence {number}: a.txt has sentences 0 to 1\n"
