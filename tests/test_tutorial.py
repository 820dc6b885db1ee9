"""docs/extending.md, run as written: its files are written and its commands run in a fresh directory."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

from conftest import ROOT

TUTORIAL = ROOT / "docs" / "extending.md"
STEP = re.compile(r"<!-- (file: (?P<path>\S+)|run) -->\n```\w*\n(?P<body>.*?)```", re.S)


def run_tutorial(directory) -> list[str]:
    outputs = []
    for step in STEP.finditer(TUTORIAL.read_text(encoding="utf-8")):
        if step["path"]:
            target = directory / step["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step["body"], encoding="utf-8")
            continue
        for line in step["body"].strip().splitlines():
            words = shlex.split(line)
            assert words[0] == "vstrecha"
            done = subprocess.run(
                [sys.executable, "-m", "vstrecha", *words[1:]], cwd=directory, capture_output=True, text=True
            )
            assert done.returncode == 0, f"{line}\n{done.stderr}"
            outputs.append(done.stdout)
    return outputs


def test_every_command_of_the_tutorial_works_and_shows_what_it_says(tmp_path):
    before, explained, after, explained_after, scored = run_tutorial(tmp_path)
    assert "held" not in before
    assert "Сергей Лавров" in explained and "no participants found" in explained
    assert "held" in after and "Петер Сийярто" in after and "2025-09-12" in after and "Петербургский диалог" in after
    assert "Плёс" in after
    assert "CLOCK_CHECK" in explained_after
    assert "TOTAL event F1 1.000  strict event F1 1.000" in scored
