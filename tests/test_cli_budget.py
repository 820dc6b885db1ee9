"""A document that never ends costs only itself (--timeout), and installed plugins can be left out.

Real processes: a user grammar whose rule stalls on one word stands for a document caught in something
nobody foresaw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from test_cli import NEWS, vstrecha

STALL = '''"""A rule that stalls on one word, far longer than any test waits."""

import time

from yargy import rule
from yargy.predicates import custom

from vstrecha.grammar import Grammar


def stall(word: str) -> bool:
    if word == "Затишье":
        time.sleep(300)
    return False


GRAMMAR = Grammar(kind="cities", rules={"STALL": rule(custom(stall))})
'''
STALLING = "Затишье перед саммитом. Путин и Трамп встретились в Хельсинки 16 июля 2018 года.\n"
ALARM = pytest.mark.skipif(not hasattr(__import__("signal"), "setitimer"), reason="the budget needs SIGALRM")


@pytest.fixture
def stalling(tmp_path: Path) -> tuple[Path, Path]:
    """A grammar directory with the stalling rule, and an input directory with a stalling text among good ones."""
    grammars = tmp_path / "stall"
    grammars.mkdir()
    (grammars / "stall.py").write_text(STALL, encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in NEWS.items():
        (inputs / name).write_text(text, encoding="utf-8")
    (inputs / "b_stall.txt").write_text(STALLING, encoding="utf-8")
    return grammars, inputs


@ALARM
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_over_its_time_budget_is_one_error_line_and_the_run_goes_on(
    stalling: tuple[Path, Path], jobs: str
) -> None:
    grammars, inputs = stalling
    run = vstrecha(
        "extract", str(inputs), "--grammars", str(grammars), "--timeout", "1", "--format", "jsonl", "--jobs", jobs
    )
    assert run.code == 1
    assert run.errors() == [f"vstrecha: error: {inputs / 'b_stall.txt'}: not finished within 1 s (--timeout); skipped"]
    assert [document["source"] for document in run.documents()] == [str(inputs / name) for name in sorted(NEWS)]
    assert run.documents()[-1]["events"], "the inputs after the stalled one are extracted in full"


@ALARM
def test_the_time_budget_leaves_the_extractor_usable_and_traces_with_verbose(stalling: tuple[Path, Path]) -> None:
    grammars, inputs = stalling
    run = vstrecha(
        "extract", "-v", str(inputs / "b_stall.txt"), str(inputs / "b_stall.txt"), str(inputs / "b_helsinki.txt"),
        "--grammars", str(grammars), "--timeout", "0.5", "--format", "jsonl",
    )  # fmt: skip
    assert run.code == 1
    assert len(run.errors()) == 2 and "time.sleep(300)" in run.stderr
    (document,) = run.documents()
    assert document["source"] == str(inputs / "b_helsinki.txt") and document["events"]


@pytest.mark.parametrize("value", ["-1", "soon", "nan", "inf"])
def test_a_timeout_that_is_no_number_of_seconds_is_refused(value: str) -> None:
    run = vstrecha("extract", "--timeout", value, "-")
    assert run.code == 2
    assert f"argument --timeout: must be a number of seconds (0 for no limit), got '{value}'" in run.stderr


def test_timeout_zero_means_no_budget(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NEWS["b_helsinki.txt"], encoding="utf-8")
    run = vstrecha("extract", str(tmp_path / "a.txt"), "--timeout", "0", "--format", "jsonl")
    assert run.code == 0 and run.documents()[0]["events"]


PLUGIN = """
from yargy import rule
from yargy.predicates import normalized

from vstrecha.facts.meetings import Trigger
from vstrecha.grammar import Grammar

HANDSHAKE = rule(normalized("рукопожатие")).interpretation(Trigger.head.const("рукопожатие"))
GRAMMAR = Grammar(kind="meetings", rules={"HANDSHAKE": HANDSHAKE.interpretation(Trigger)})
"""
HANDSHAKE = "Рукопожатие Сергея Лаврова и Марко Рубио состоялось 3 октября 2025 года в Будапеште.\n"


@pytest.fixture
def installed_plugin(tmp_path: Path) -> dict[str, str]:
    """An environment in which a plugin is installed (on the path, with its entry point), as pip leaves it."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "vstrecha_handshake.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = site / "vstrecha_handshake-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: vstrecha-handshake\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[vstrecha.grammars]\nhandshake = vstrecha_handshake\n", encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if key != "VSTRECHA_NO_PLUGINS"}
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), environment.get("PYTHONPATH")]))
    return environment


def events(environment: dict[str, str], *options: str, tmp_path: Path) -> int:
    (tmp_path / "handshake.txt").write_text(HANDSHAKE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "vstrecha", "extract", str(tmp_path / "handshake.txt"), "--format", "jsonl", *options],
        capture_output=True,
        text=True,
        env=environment,
        timeout=600,
        check=True,
    )
    return len(json.loads(done.stdout)["events"])


def test_no_plugins_and_the_environment_switch_leave_an_installed_plugin_out(
    installed_plugin: dict[str, str], tmp_path: Path
) -> None:
    assert events(installed_plugin, tmp_path=tmp_path) == 1, "the plugin is loaded by default"
    assert events(installed_plugin, "--no-plugins", tmp_path=tmp_path) == 0
    assert events(installed_plugin, "--jobs", "2", "--no-plugins", tmp_path=tmp_path) == 0
    assert events({**installed_plugin, "VSTRECHA_NO_PLUGINS": "1"}, tmp_path=tmp_path) == 0
    assert events({**installed_plugin, "VSTRECHA_NO_PLUGINS": "0"}, tmp_path=tmp_path) == 1


def test_the_environment_switch_holds_for_the_library_unless_plugins_are_asked_for(
    installed_plugin: dict[str, str],
) -> None:
    probe = (
        "from vstrecha import Extractor; "
        "print(sum(g.origin.startswith('plugin:') for g in Extractor().grammars), "
        "sum(g.origin.startswith('plugin:') for g in Extractor(plugins=True).grammars), "
        "sum(g.origin.startswith('plugin:') for g in Extractor(plugins=False).grammars))"
    )
    for switch, expected in (("", "1 1 0"), ("1", "0 1 0")):
        environment = {**installed_plugin, "VSTRECHA_NO_PLUGINS": switch}
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=environment, check=True
        )
        assert done.stdout.split() == expected.split()
