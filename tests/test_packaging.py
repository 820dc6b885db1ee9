"""Packaging: the wheel carries the grammars, their data and the schema, and an installed copy finds them.

The install check takes about 20 s: the wheel goes into a fresh virtual environment without network
(``--no-deps --no-index``); the dependencies, already installed for the tests, are borrowed through a
``.pth`` file, so nothing is downloaded and the package itself can only come from the wheel.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from vstrecha import Extractor

ROOT = Path(__file__).resolve().parents[1]
STORY = (
    " date 2025-08-15\n\n"
    "Президент России Владимир Путин и президент США Дональд Трамп встретятся в пятницу в Анкоридже.\n"
    "В 2018 году они встречались 16 июля в Хельсинки, переговоры продлились более двух часов.\n"
)
SCRIPTS = "Scripts" if os.name == "nt" else "bin"


def shipped_files(directory: Path) -> set[str]:
    """Files a source directory contributes (no caches or editor leftovers)."""
    return {
        path.relative_to(directory).as_posix()
        for path in directory.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".")
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (found,) = out.glob("vstrecha-*.whl")
    return found


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_contains_every_grammar_and_data_file(names: set[str]) -> None:
    grammar_files = shipped_files(ROOT / "grammars")
    assert any(name.endswith(".py") for name in grammar_files), "the checkout has grammar modules"
    missing = {f"vstrecha/grammars/{name}" for name in grammar_files} - names
    assert not missing
    shipped = {name for name in names if name.startswith("vstrecha/grammars/")}
    assert any(name.endswith(".py") for name in shipped)
    assert any(name.endswith((".tsv", ".txt", ".json")) for name in shipped), "gazetteer data ships too"


def test_wheel_contains_the_package_and_the_schema(names: set[str]) -> None:
    package = shipped_files(ROOT / "src" / "vstrecha")
    assert "schema/document.schema.json" in package
    assert not {f"vstrecha/{name}" for name in package} - names


def test_wheel_leaves_out_development_files(names: set[str]) -> None:
    for name in names:
        assert "__pycache__" not in name and not name.endswith(".pyc")
        assert not name.startswith(("tests/", "corpus/", "bench/", "scripts/", ".venv/", "grammars/"))


def test_wheel_schema_is_the_checkout_schema(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shipped = json.loads(archive.read("vstrecha/schema/document.schema.json").decode("utf-8"))
    checkout = ROOT / "src" / "vstrecha" / "schema" / "document.schema.json"
    assert shipped == json.loads(checkout.read_text(encoding="utf-8"))


def test_wheel_declares_the_console_script(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = [name for name in archive.namelist() if name.endswith(".dist-info/entry_points.txt")]
        text = archive.read(entry_points).decode("utf-8")
    assert "[console_scripts]" in text
    assert "vstrecha = vstrecha.cli:main" in text


def _dependency_paths() -> list[str]:
    """Where this interpreter finds razdel, pymorphy3, yargy...; lent to the fresh environment."""
    paths = [*site.getsitepackages(), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    return sorted(set(paths))


def _clean_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["PYTHONNOUSERSITE"] = "1"
    return env


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed offline; returns its scripts directory."""
    home = tmp_path_factory.mktemp("fresh") / "venv"
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / SCRIPTS / ("python.exe" if os.name == "nt" else "python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        env=_clean_env(),
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr
    # lent only now: pip must not see the vstrecha that the test interpreter itself may have installed
    Path(purelib, "borrowed_dependencies.pth").write_text("\n".join(_dependency_paths()) + "\n", encoding="utf-8")
    return home / SCRIPTS


def test_installed_package_comes_from_the_wheel_and_loads_builtin_grammars(
    installed: Path, tmp_path: Path, extractor: Extractor
) -> None:
    probe = (
        "import json, vstrecha, vstrecha.grammar as g; "
        "print(json.dumps([vstrecha.__file__, str(g.builtin_grammar_dir()), "
        "sorted(x.kind + ':' + x.origin for x in vstrecha.Extractor(plugins=False).grammars)]))"
    )
    done = subprocess.run(
        [str(installed / "python"), "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=_clean_env()
    )
    assert done.returncode == 0, done.stderr
    module_file, grammar_dir, grammars = json.loads(done.stdout)
    environment = installed.parent.resolve()
    assert Path(module_file).resolve().is_relative_to(environment), module_file
    assert Path(grammar_dir).resolve().is_relative_to(environment), grammar_dir
    assert grammars, "built-in grammars are found"
    assert grammars == sorted(f"{g.kind}:{g.origin}" for g in extractor.grammars)


def test_installed_command_runs_from_another_directory(installed: Path, tmp_path: Path, extractor: Extractor) -> None:
    (tmp_path / "article.txt").write_text(STORY, encoding="utf-8")
    command = installed / ("vstrecha.exe" if os.name == "nt" else "vstrecha")
    done = subprocess.run(
        [str(command), "extract", "article.txt"], capture_output=True, cwd=tmp_path, env=_clean_env(), timeout=300
    )
    assert done.returncode == 0, done.stderr.decode("utf-8")
    from_wheel = json.loads(done.stdout.decode("utf-8"))
    assert from_wheel["source"] == "article.txt"
    assert from_wheel["published"] == "2025-08-15"
    from_checkout = extractor.extract(STORY, source="article.txt").to_dict()
    assert from_wheel == from_checkout, "same grammars, same data, same output"
