"""Every data file is checked on load: one line naming the user's file and line, and what was expected."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vstrecha import Extractor, GrammarError

# (file name, content, what the message must say about the line)
MALFORMED = [
    ("persons.tsv", "# first\tlast\nАнна Кузнецова Россия министр\n", ":2: expected 2 to 6 tab-separated fields"),
    ("persons.tsv", "Анна\tКузнецова\tРоссия\tминистр\t\t\tлишнее\tещё\n", ":1: expected 2 to 6 tab-separated fields"),
    ("persons.tsv", "Анна\tКузнецова\tРоссия\tминистр\t\tда\n", ":1: family name first must be 'yes'"),
    ("persons.tsv", "Анна\t\tРоссия\tминистр\n", ":1: the last field is empty"),
    ("person_roles.txt", "советник\nстарший\tсоветник\n", ":2: expected 1 tab-separated fields (word), got 2"),
    ("person_roles.txt", "старший советник\n", ":1: word must be one word per line"),
    ("person_first_names.txt", "\n\nЭйвинд\tЭйвинда\n", ":3: expected 1 tab-separated fields"),
    ("person_countries.tsv", "норвежский\n", ":1: expected 2 tab-separated fields (word, country), got 1"),
    ("cities.tsv", "city\tБереговой\tРоссия\tмного\t55.1\t37.2\t\n", ":1: population must be a whole number"),
    ("cities.tsv", "city\tБереговой\tРоссия\t1200\t155.1\t37.2\t\n", ":1: latitude must be a decimal number"),
    ("cities.tsv", "town\tБереговой\tРоссия\t1200\t55.1\t37.2\t\n", ":1: kind must be 'city' or 'country'"),
    ("venues.tsv", "Дом рыбака\tНесуществующинск\t\n", ":1: city 'Несуществующинск' is not in cities.tsv"),
    (
        "occasions.tsv",
        "Северный форум\n",
        ":1: expected 2 to 4 tab-separated fields (canonical name, names in the text, city, country)",
    ),
    ("topics.tsv", "Рыболовство\t\n", ":1: the names in the text field is empty"),
    ("meeting_words.tsv", "посиделки\tin person\n", ":1: format must be 'in_person' or 'phone' or 'video'"),
]


@pytest.mark.parametrize(("name", "content", "message"), MALFORMED)
def test_a_malformed_data_line_is_one_line_naming_the_users_file(tmp_path, name, content, message):
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(GrammarError) as error:
        Extractor([tmp_path], plugins=False)
    text = str(error.value)
    assert text.startswith(f"{tmp_path / name}{message}"), text
    assert "\n" not in text and "vstrecha" not in text.split(":", 1)[0]


def test_spaces_for_tabs_are_named_as_the_likely_mistake(tmp_path):
    (tmp_path / "person_countries.tsv").write_text("норвежский Норвегия\n", encoding="utf-8")
    with pytest.raises(GrammarError, match="separated by spaces instead of tabs"):
        Extractor([tmp_path], plugins=False)


def test_a_data_file_that_is_not_utf8_says_so(tmp_path):
    (tmp_path / "occasions.tsv").write_bytes("# форумы\nСеверный форум\tСеверный форум\n".encode("cp1251"))
    with pytest.raises(GrammarError) as error:
        Extractor([tmp_path], plugins=False)
    assert str(error.value).startswith(f"{tmp_path / 'occasions.tsv'}:1: not UTF-8")
    assert "data files must be UTF-8" in str(error.value)


def test_a_byte_order_mark_is_no_error(tmp_path):
    (tmp_path / "occasions.tsv").write_text("Северный форум\tСеверный форум\n", encoding="utf-8-sig")
    Extractor([tmp_path], plugins=False)


def test_the_path_is_named_as_given(tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "person_countries.tsv").write_text("норвежский\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(GrammarError, match=r"^mine/person_countries.tsv:1: expected"):
        Extractor(["mine"], plugins=False)


def test_the_cli_prints_the_data_error_as_one_line_before_any_document(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cities.tsv").write_text("city\tБереговой\tРоссия\tмного\t55.1\t37.2\t\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Встреча прошла в Береговом.", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "vstrecha", "extract", "--no-plugins", "--grammars", "data", "a.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.returncode == 2 and run.stdout == ""
    assert (
        run.stderr
        == "vstrecha: error: data/cities.tsv:1: population must be a whole number of 0 or more, got 'много'\n"
    )


def test_a_well_formed_user_city_is_found(tmp_path):
    (tmp_path / "cities.tsv").write_text("city\tКедровск\tРоссия\t1200\t55.1\t37.2\n", encoding="utf-8")
    document = Extractor([tmp_path], plugins=False).extract("Губернатор приехал в Кедровск 3 мая 2024 года.")
    assert [(city.name, city.country) for city in document.cities] == [("Кедровск", "Россия")]
