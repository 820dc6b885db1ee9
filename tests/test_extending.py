"""User grammars and data: they add to the built-ins, and their errors name the file and line."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from vstrecha import Extractor, GrammarError

MEETING_AT_NEW_FORUM = "Сергей Лавров и Марко Рубио провели переговоры на полях Валдайского форума 3 октября 2025 года."


def write(path, text: str) -> None:
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def test_user_data_adds_an_occasion_without_losing_built_ins(tmp_path):
    write(tmp_path / "occasions.tsv", "Валдай\tВалдайский форум; клуб «Валдай»\n")
    extractor = Extractor([tmp_path], plugins=False)
    (event,) = extractor.extract(MEETING_AT_NEW_FORUM).events
    assert event.occasion.name == "Валдай"
    g20 = extractor.extract("Путин и Трамп встретились на саммите G20 в Осаке 28 июня 2019 года.").events
    assert g20[0].occasion.name == "G20"


def test_user_rule_adds_a_phrasing(tmp_path):
    write(
        tmp_path / "handshake.py",
        """
        from yargy import rule
        from yargy.predicates import normalized

        from vstrecha.facts.meetings import Trigger
        from vstrecha.grammar import Grammar

        HANDSHAKE = rule(normalized("рукопожатие")).interpretation(Trigger.head.const("рукопожатие")).interpretation(
            Trigger
        )
        GRAMMAR = Grammar(kind="meetings", rules={"HANDSHAKE": HANDSHAKE})
        """,
    )
    text = "Рукопожатие Сергея Лаврова и Марко Рубио состоялось 3 октября 2025 года в Будапеште."
    assert Extractor(plugins=False).extract(text).events == []
    (event,) = Extractor([tmp_path], plugins=False).extract(text).events
    assert {p.last for p in event.participants} == {"Лавров", "Рубио"}


@pytest.mark.parametrize(
    ("name", "source", "message"),
    [
        ("broken.py", "GRAMMAR = (\n", "broken.py:1: syntax error"),
        ("kind.py", "from vstrecha.grammar import Grammar\nGRAMMAR = Grammar(kind='weather', rules={})\n", "kind.py:2"),
        (
            "notarule.py",
            "from vstrecha.grammar import Grammar\nGRAMMAR = Grammar(kind='dates', rules={'X': 'завтра'})\n",
            "is not a yargy rule",
        ),
        ("empty.py", "X = 1\n", "defines no GRAMMAR"),
    ],
)
def test_user_grammar_errors_name_the_file(tmp_path, name, source, message):
    (tmp_path / name).write_text(source, encoding="utf-8")
    with pytest.raises(GrammarError, match=message.replace("(", r"\(")) as error:
        Extractor([tmp_path], plugins=False)
    assert str(tmp_path / name) in str(error.value)


def test_malformed_data_line_names_file_and_line(tmp_path):
    write(tmp_path / "occasions.tsv", "# comment\nВалдай\n")
    with pytest.raises(GrammarError, match=r"occasions.tsv:2: expected 2 to 4 tab-separated fields"):
        Extractor([tmp_path], plugins=False)


def test_cli_reports_a_bad_grammar_before_any_document(tmp_path):
    (tmp_path / "broken.py").write_text("GRAMMAR = (\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text(MEETING_AT_NEW_FORUM, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "vstrecha", "extract", "--grammars", str(tmp_path), str(text)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert "broken.py:1: syntax error" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_an_installed_plugin_adds_its_grammar_through_the_entry_point_group(tmp_path, monkeypatch):
    """A distribution on the path that declares a module in the vstrecha.grammars group, as pip leaves it."""
    (tmp_path / "vstrecha_handshake.py").write_text(
        textwrap.dedent(
            """
            from yargy import rule
            from yargy.predicates import normalized

            from vstrecha.facts.meetings import Trigger
            from vstrecha.grammar import Grammar

            HANDSHAKE = rule(normalized("рукопожатие")).interpretation(Trigger.head.const("рукопожатие"))
            GRAMMAR = Grammar(kind="meetings", rules={"HANDSHAKE": HANDSHAKE.interpretation(Trigger)})
            """
        ),
        encoding="utf-8",
    )
    info = tmp_path / "vstrecha_handshake-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: vstrecha-handshake\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[vstrecha.grammars]\nhandshake = vstrecha_handshake\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    text = "Рукопожатие Сергея Лаврова и Марко Рубио состоялось 3 октября 2025 года в Будапеште."
    assert Extractor(plugins=False).extract(text).events == []
    extractor = Extractor()
    assert any(grammar.origin == "plugin:handshake" for grammar in extractor.grammars)
    (event,) = extractor.extract(text).events
    assert event.city.name == "Будапешт"


def test_a_user_module_named_like_a_built_in_adds_to_it(tmp_path):
    write(
        tmp_path / "dates.py",
        """
        from yargy import rule
        from yargy.predicates import normalized

        from vstrecha.grammar import Grammar

        GRAMMAR = Grammar(kind="dates", rules={"NOTHING_NEW": rule(normalized("никогда"))})
        """,
    )
    extractor = Extractor([tmp_path], plugins=False)
    origins = [grammar.origin for grammar in extractor.grammars if grammar.kind == "dates"]
    assert origins.count("dates") == 2
    (date,) = extractor.extract("Встреча прошла 7 июля 2017 года.").dates
    assert date.start == "2017-07-07"


def test_user_person_data_adds_a_person_and_leaves_other_extractors_alone(tmp_path):
    text = (
        "Встреча Шмыгунова и Марко Рубио прошла 3 октября 2025 года в Будапеште. "
        "Американский госсекретарь и его коллега Шмыгунов обсудили Украину."
    )
    assert [p.name for p in Extractor(plugins=False).extract(text).persons] == ["Марко Рубио"]
    write(tmp_path / "persons.tsv", "Аристарх\tШмыгунов\tРоссия\tминистр\t\t\n")
    document = Extractor([tmp_path], plugins=False).extract(text)
    assert [p.name for p in document.persons] == ["Шмыгунов", "Марко Рубио"]
    (event,) = document.events
    assert {p.last for p in event.participants} == {"Шмыгунов", "Рубио"}
    assert [p.name for p in Extractor(plugins=False).extract(text).persons] == ["Марко Рубио"]
