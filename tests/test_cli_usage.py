"""The command line explains itself: --version, help and defaults for every option, one output shape per
format, one name for standard input, and a table that shows what the JSON holds."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

import vstrecha
from vstrecha.cli import build_parser

TALKS = (
    "Переговоры министра энергетики Сергея Цивилёва и министра нефти Ирака Хайяна Абдель-Гани в Багдаде в середине "
    "апреля продлились более трёх часов, хотя планировались на 90 минут. На встрече присутствовал Павел Сорокин. "
    "С 10 по 12 сентября министры проведут новую встречу в Москве."
)


def vstrecha_cli(*args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vstrecha", *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, cwd=cwd, timeout=300)


def test_version():
    run = vstrecha_cli("--version")
    assert run.returncode == 0 and run.stdout == f"vstrecha {vstrecha.__version__}\n"


def subcommands() -> dict[str, argparse.ArgumentParser]:
    (group,) = [action for action in build_parser()._actions if isinstance(action, argparse._SubParsersAction)]
    return dict(group.choices)


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_every_option_and_positional_has_help_and_shows_its_default(name):
    command = subcommands()[name]
    for action in command._actions:
        assert action.help, f"{name} {action.option_strings or action.dest}"
    shown = " ".join(command.format_help().split())
    for action in command._actions:
        default = action.default
        if action.option_strings and default not in (None, False, [], argparse.SUPPRESS):
            assert "default" in (action.help or "") or f"(default: {default})" in shown, action.option_strings


@pytest.mark.parametrize("form", ["json", "jsonl", "csv", "html"])
def test_entities_with_another_format_than_table_is_refused(tmp_path, form):
    (tmp_path / "a.txt").write_text(TALKS, encoding="utf-8")
    run = vstrecha_cli("extract", "--no-plugins", "--entities", "--format", form, "a.txt", cwd=tmp_path)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith(f"vstrecha: error: --entities is for --format table; --format {form} ")


def test_json_shape_follows_the_arguments_not_the_outcome(tmp_path):
    (tmp_path / "good.txt").write_text(TALKS, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    one_good = vstrecha_cli("extract", "--no-plugins", "good.txt", cwd=tmp_path)
    assert isinstance(json.loads(one_good.stdout), dict)
    one_failed = vstrecha_cli("extract", "--no-plugins", "empty.txt", cwd=tmp_path)
    assert one_failed.returncode == 1 and json.loads(one_failed.stdout) is None
    two = vstrecha_cli("extract", "--no-plugins", "good.txt", "empty.txt", cwd=tmp_path)
    assert [document["source"] for document in json.loads(two.stdout)] == ["good.txt"]


def test_standard_input_has_one_name(tmp_path):
    run = vstrecha_cli("extract", "--no-plugins", "-v", "--format", "table", "-", stdin=TALKS)
    assert run.stderr == "vstrecha: <stdin>: read as utf-8\n"
    assert run.stdout.startswith("== <stdin>  published: -")
    empty = vstrecha_cli("extract", "--no-plugins", "-", stdin="")
    assert empty.stderr == "vstrecha: error: <stdin>: empty file\n"
    assert json.loads(vstrecha_cli("extract", "--no-plugins", "-", stdin=TALKS).stdout)["source"] is None


def test_table_shows_ranges_mods_open_bounds_planned_length_and_others():
    run = vstrecha_cli(
        "extract", "--no-plugins", "--published", "2025-04-20", "--format", "table", "--entities", "-", stdin=TALKS
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[1].split() == ["status", "format", "participants", "date", "place", "occasion", "duration"] + [
        "planned",
        "others",
    ]
    held, planned = lines[2], lines[3]
    assert "середина 2025-04" in held and "Багдад, Ирак" in held
    assert "более 180 мин" in held and "90 мин" in held and "Павел Сорокин" in held
    assert "2025-09-10..2025-09-12" in planned and "Москва, Россия" in planned
    assert "None" not in run.stdout
    assert "durations: более трёх часов = более 180 мин; 90 минут = 90 мин" in run.stdout


def test_an_empty_entity_list_is_a_dash():
    run = vstrecha_cli("extract", "--no-plugins", "--format", "table", "--entities", "-", stdin="Погода была хорошей.")
    assert "durations: -" in run.stdout.splitlines() and "persons:   -" in run.stdout.splitlines()
