"""One loading path: a directory, a module object and an installed plugin each bring their data files, and a
plugin that fails says which plugin, where, and how to leave plugins out."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vstrecha import Extractor, GrammarError

TEA_RULE = """
from yargy import rule
from yargy.predicates import normalized

from vstrecha.facts.meetings import Trigger
from vstrecha.grammar import Grammar

TEA = rule(normalized("чаепитие")).interpretation(Trigger.head.const("чаепитие")).interpretation(Trigger)
GRAMMAR = Grammar(kind="meetings", rules={"TEA": TEA})
"""
VILLAGE = "city\tКедровый Лог\tРоссия\t300\t56.1\t84.9\n"
STORY = "Глава района Олег Тарасов и посол Чехии Павел Новак устроили чаепитие в Кедровом Логе 5 мая 2025 года."


def package(root: Path, name: str, source: str, files: dict[str, str]) -> Path:
    """A package directory ``root/name`` with ``__init__.py`` and data files (paths relative to it)."""
    directory = root / name
    directory.mkdir(parents=True)
    (directory / "__init__.py").write_text(textwrap.dedent(source), encoding="utf-8")
    for relative, text in files.items():
        (directory / relative).parent.mkdir(parents=True, exist_ok=True)
        (directory / relative).write_text(text, encoding="utf-8")
    return directory


def summary(document) -> list[tuple[str, str | None]]:
    return [(event.status, event.city and event.city.name) for event in document.events]


def test_a_module_object_brings_the_data_beside_it(tmp_path, monkeypatch, extractor):
    package(tmp_path, "tea_beside", TEA_RULE, {"cities.tsv": VILLAGE})
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("tea_beside")
    assert summary(extractor.extract(STORY)) == []
    assert summary(Extractor(module, plugins=False).extract(STORY)) == [("held", "Кедровый Лог")]


def test_a_module_declares_its_data_directory(tmp_path, monkeypatch):
    package(tmp_path, "tea_declared", TEA_RULE + 'DATA_DIR = "data"\n', {"data/cities.tsv": VILLAGE})
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("tea_declared")
    assert summary(Extractor([module], plugins=False).extract(STORY)) == [("held", "Кедровый Лог")]


def test_a_declared_data_directory_that_is_missing_is_named(tmp_path, monkeypatch):
    package(tmp_path, "tea_missing", TEA_RULE + 'DATA_DIR = "dat"\n', {})
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(GrammarError, match=r"__init__.py: DATA_DIR 'dat' is not a directory"):
        Extractor([importlib.import_module("tea_missing")], plugins=False)


def test_a_module_data_error_names_the_modules_file(tmp_path, monkeypatch):
    package(tmp_path, "tea_bad_data", TEA_RULE, {"cities.tsv": "city\tКедровый Лог\tРоссия\tтриста\n"})
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(GrammarError, match=r"tea_bad_data/cities.tsv:1: expected 6 to 7 tab-separated fields"):
        Extractor([importlib.import_module("tea_bad_data")], plugins=False)


def installed(site: Path, name: str, source: str, files: dict[str, str]) -> dict[str, str]:
    """A package on the path with its entry point, as pip leaves it; the environment to run the CLI in."""
    package(site, name, source, files)
    info = site / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[vstrecha.grammars]\n{name} = {name}\n", encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if key != "VSTRECHA_NO_PLUGINS"}
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), environment.get("PYTHONPATH")]))
    return environment


def vstrecha(environment: dict[str, str], cwd: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vstrecha", *arguments]
    return subprocess.run(command, capture_output=True, text=True, env=environment, cwd=cwd, timeout=600)


def test_an_installed_plugin_brings_its_data(tmp_path):
    environment = installed(tmp_path / "site", "tea_plugin", TEA_RULE, {"cities.tsv": VILLAGE})
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    done = vstrecha(environment, tmp_path, "extract", "story.txt", "--format", "table", "--entities")
    assert done.returncode == 0, done.stderr
    assert "held" in done.stdout and "Кедровый Лог" in done.stdout.split("cities:")[1]


def test_a_plugin_that_fails_to_import_names_itself_its_line_and_the_switch(tmp_path):
    broken = "import os\n\nraise RuntimeError('half-written rule')\n"
    environment = installed(tmp_path / "site", "broken_plugin", broken, {})
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    done = vstrecha(environment, tmp_path, "extract", "story.txt")
    assert done.returncode == 2 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith("vstrecha: error: plugin broken_plugin (broken_plugin) failed to load: ")
    assert f"{tmp_path / 'site' / 'broken_plugin' / '__init__.py'}:3: RuntimeError: half-written rule" in line
    assert "--no-plugins" in line and "VSTRECHA_NO_PLUGINS=1" in line
    assert vstrecha(environment, tmp_path, "extract", "story.txt", "--no-plugins").returncode == 0


def test_a_plugin_whose_data_is_malformed_names_itself_and_the_file(tmp_path):
    environment = installed(tmp_path / "site", "tea_broken_data", TEA_RULE, {"cities.tsv": "town\tКедровый Лог\n"})
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    done = vstrecha(environment, tmp_path, "extract", "story.txt")
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert f"plugin tea_broken_data: {tmp_path / 'site' / 'tea_broken_data' / 'cities.tsv'}:1: " in line
    assert "--no-plugins" in line


def test_a_rule_module_error_has_its_line_with_a_relative_directory(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "bad.py").write_text("X = 1\n\nraise ValueError('no rule yet')\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    done = vstrecha(dict(os.environ), tmp_path, "extract", "--no-plugins", "--grammars", "mine", "story.txt")
    assert done.stderr == "vstrecha: error: mine/bad.py:3: ValueError: no rule yet\n"


def test_grammars_accepts_one_directory_as_str_or_path(tmp_path, monkeypatch):
    (tmp_path / "cities.tsv").write_text(VILLAGE, encoding="utf-8")
    (tmp_path / "tea.py").write_text(TEA_RULE, encoding="utf-8")
    for given in (str(tmp_path), tmp_path, [tmp_path], (str(tmp_path),)):
        assert summary(Extractor(given, plugins=False).extract(STORY)) == [("held", "Кедровый Лог")], given
        assert summary(Extractor(grammars=given, plugins=False).extract(STORY)) == [("held", "Кедровый Лог")]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (42, "grammars must be a directory (str or Path), a module, or a list of them, got int"),
        (b"mine", "grammars must be a directory (str or Path), a module, or a list of them, got bytes"),
        ([None], "each of grammars must be a directory (str or Path) or a module, got NoneType"),
    ],
)
def test_grammars_of_another_type_is_a_type_error(given, message):
    with pytest.raises(TypeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Extractor(given, plugins=False)


def test_plugins_must_be_a_bool_or_none():
    with pytest.raises(TypeError, match="plugins must be True, False or None"):
        Extractor(plugins="no")
