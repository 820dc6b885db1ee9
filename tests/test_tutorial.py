"""docs/extending.md, run as written: its files are written and its commands run in a fresh directory.

`pip install` steps install into a fresh virtual environment (offline, without build isolation) that borrows
the test interpreter's dependencies and vstrecha through a ``.pth`` file; the commands after it run there, so the
plugin is found only as an installed distribution, through its entry point.
"""

from __future__ import annotations

import os
import re
import shlex
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from conftest import ROOT

import vstrecha

TUTORIAL = ROOT / "docs" / "extending.md"
STEP = re.compile(r"<!-- (file: (?P<path>\S+)|run) -->\n```\w*\n(?P<body>.*?)```", re.S)
SCRIPTS = "Scripts" if os.name == "nt" else "bin"


def clean_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PYTHONNOUSERSITE"] = "1"
    env.pop("VSTRECHA_NO_PLUGINS", None)
    return env


def fresh_environment(home: Path) -> Path:
    """A virtual environment of its own; the dependencies and vstrecha are lent, nothing is downloaded."""
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / SCRIPTS / ("python.exe" if os.name == "nt" else "python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    lent = {*site.getsitepackages(), sysconfig.get_paths()["purelib"], str(Path(vstrecha.__file__).parents[1])}
    Path(purelib, "borrowed.pth").write_text("\n".join(sorted(lent)) + "\n", encoding="utf-8")
    return python


def run_tutorial(directory: Path) -> list[str]:
    outputs = []
    python = Path(sys.executable)
    for step in STEP.finditer(TUTORIAL.read_text(encoding="utf-8")):
        if step["path"]:
            target = directory / step["path"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(step["body"], encoding="utf-8")
            continue
        for line in step["body"].strip().splitlines():
            words = shlex.split(line)
            if words[:2] == ["pip", "install"]:
                python = fresh_environment(directory / ".fresh")
                command = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps"]
                command += ["--no-index", "--no-build-isolation", *words[2:]]
            else:
                assert words[0] == "vstrecha"
                command = [str(python), "-m", "vstrecha", *words[1:]]
            done = subprocess.run(command, cwd=directory, capture_output=True, text=True, env=clean_env(), timeout=300)
            assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
            outputs.append(done.stdout)
    return outputs


def test_every_command_of_the_tutorial_works_and_shows_what_it_says(tmp_path):
    (before, explained, after, explained_after, scored, tea, _, tea_plugin, tea_without) = run_tutorial(tmp_path)
    assert "held" not in before
    assert "Сергей Лавров" in explained and "no participants found" in explained
    assert "held" in after and "Петер Сийярто" in after and "2025-09-12" in after and "Петербургский диалог" in after
    assert "Плёс" in after
    assert "CLOCK_CHECK" in explained_after
    assert "TOTAL event F1 1.000  strict event F1 1.000" in scored
    # the plugin package: its rule and its cities.tsv both reach the installed command
    assert "held" not in tea and "Свияжск" not in tea
    assert "held" in tea_plugin and "Ильсур Метшин" in tea_plugin and "Ахмет Йылмаз" in tea_plugin
    assert "2025-07-03" in tea_plugin and "Свияжск" in tea_plugin.split("cities:")[0]
    assert "Свияжск" in tea_plugin.split("cities:")[1]
    assert "held" not in tea_without
