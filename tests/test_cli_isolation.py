"""Nothing a user gave us is lost: one failing input costs only itself, and -o never destroys a file.

Real processes over real files: a document whose processing raises (through a user grammar that fails on
one word), FIFOs and devices among the inputs, -o naming an input, file names that are not UTF-8, a run
killed half way.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from test_cli import NEWS, vstrecha

from vstrecha.io import collect

BOOM = '''"""A rule that raises on one word: a bug in a grammar, as a user's directory may have one."""

from yargy import rule
from yargy.predicates import custom

from vstrecha.grammar import Grammar


def explode(word: str) -> bool:
    if word == "Взрыв":
        raise RuntimeError("a rule that fails on purpose")
    return False


GRAMMAR = Grammar(kind="cities", rules={"BOOM": rule(custom(explode))})
'''
CRASHING = "Взрыв прогремел в Москве. Путин и Трамп встретились в Хельсинки 16 июля 2018 года.\n"
POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and byte file names are POSIX")


@pytest.fixture
def boom(tmp_path: Path) -> Path:
    directory = tmp_path / "boom"
    directory.mkdir()
    (directory / "boom.py").write_text(BOOM, encoding="utf-8")
    return directory


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """Three good news items with a crashing one in the middle."""
    directory = tmp_path / "in"
    directory.mkdir()
    for name, text in NEWS.items():
        (directory / name).write_text(text, encoding="utf-8")
    (directory / "b_crash.txt").write_text(CRASHING, encoding="utf-8")
    return directory


def good_sources(directory: Path) -> list[str]:
    return [str(directory / name) for name in sorted(NEWS)]


@pytest.mark.parametrize("form", ["json", "jsonl", "table"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crashing_document_is_one_error_line_and_the_others_are_written(
    boom: Path, inputs: Path, tmp_path: Path, form: str, jobs: str
) -> None:
    out = tmp_path / f"out.{form}"
    out.write_text("an older result\n", encoding="utf-8")
    run = vstrecha("extract", str(inputs), "--grammars", str(boom), "--format", form, "--jobs", jobs, "-o", str(out))
    assert run.code == 1
    assert run.errors() == [
        f"vstrecha: error: {inputs / 'b_crash.txt'}: extraction failed (RuntimeError: a rule that fails on purpose)"
    ]
    assert "Traceback" not in run.stderr
    written = out.read_text(encoding="utf-8")
    if form == "table":
        assert [line[3:].split("  published:")[0] for line in written.splitlines() if line.startswith("== ")] == (
            good_sources(inputs)
        )
    else:
        documents = json.loads(written) if form == "json" else [json.loads(line) for line in written.splitlines()]
        assert [document["source"] for document in documents] == good_sources(inputs)
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")], "no temporary file left"


def test_verbose_shows_the_traceback_of_the_failed_document(boom: Path, inputs: Path) -> None:
    for jobs in ("1", "2"):
        run = vstrecha("extract", "-v", "--jobs", jobs, "--format", "jsonl", "--grammars", str(boom), str(inputs))
        assert run.code == 1
        assert "Traceback (most recent call last)" in run.stderr
        assert 'raise RuntimeError("a rule that fails on purpose")' in run.stderr
        assert len(run.documents()) == len(NEWS)


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_below_one_are_refused_by_the_parser(inputs: Path, jobs: str) -> None:
    run = vstrecha("extract", "--jobs", jobs, str(inputs))
    assert run.code == 2
    assert f"argument --jobs: must be a whole number of at least 1, got '{jobs}'" in run.stderr
    assert run.stdout == ""


def test_output_naming_an_input_is_refused_before_anything_is_written(inputs: Path) -> None:
    first, second = (inputs / name for name in sorted(NEWS)[:2])
    before = second.read_bytes()
    run = vstrecha("extract", str(first), str(second), "-o", str(second))
    assert run.code == 2
    assert run.errors() == [f"vstrecha: error: {second}: -o names an input; refused, nothing was written"]
    assert second.read_bytes() == before
    link = inputs.parent / "link.json"
    link.symlink_to(second)
    assert vstrecha("extract", str(second), "-o", str(link)).code == 2, "a link to an input is the input"
    assert second.read_bytes() == before


def test_output_as_a_text_of_an_input_directory_is_refused(inputs: Path) -> None:
    target = inputs / sorted(NEWS)[-1]
    before = target.read_bytes()
    for name in (target.name, "new.txt"):
        run = vstrecha("extract", str(inputs), "--format", "jsonl", "-o", str(inputs / name))
        assert run.code == 2
        assert len(run.errors()) == 1 and "refused, nothing was written" in run.errors()[0]
    assert target.read_bytes() == before
    assert not (inputs / "new.txt").exists()
    beside = vstrecha("extract", str(inputs / "a_anchorage.txt"), "--format", "jsonl", "-o", str(inputs / "out.jsonl"))
    assert beside.code == 0, "a file beside the inputs that is no input is fine"


def test_output_that_cannot_be_written_keeps_the_older_file(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    out.write_text("[]\n", encoding="utf-8")
    out.chmod(0o640)
    run = vstrecha("extract", str(inputs / "a_anchorage.txt"), "-o", str(out))
    assert run.code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(inputs / "a_anchorage.txt")
    assert out.stat().st_mode & 0o777 == 0o640, "the file keeps its permissions"


@POSIX
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_error_line(inputs: Path) -> None:
    run = vstrecha("extract", str(inputs / "a_anchorage.txt"), "-o", "/dev/full")
    assert run.code == 2
    assert run.errors() == ["vstrecha: error: /dev/full: cannot write (No space left on device)"]
    assert "Traceback" not in run.stderr
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "vstrecha", "extract", str(inputs / "a_anchorage.txt")],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=600,
        )
    assert done.returncode == 2
    assert done.stderr.decode() == "vstrecha: error: <stdout>: cannot write (No space left on device)\n"


@POSIX
def test_fifos_and_devices_are_skipped_with_a_line_naming_them(inputs: Path) -> None:
    os.mkfifo(inputs / "c_fifo.txt")
    (inputs / "d_zero.txt").symlink_to("/dev/zero")
    run = vstrecha("extract", "--format", "jsonl", str(inputs / "d_zero.txt"), str(inputs))
    assert run.code == 1
    assert run.errors() == [
        f"vstrecha: error: {inputs / 'd_zero.txt'}: a character device, not a regular file; skipped",
        f"vstrecha: error: {inputs / 'c_fifo.txt'}: a FIFO, not a regular file; skipped",
        f"vstrecha: error: {inputs / 'd_zero.txt'}: a character device, not a regular file; skipped",
    ]
    assert [document["source"] for document in run.documents()] == [
        str(inputs / name) for name in ("a_anchorage.txt", "b_crash.txt", *sorted(NEWS)[1:])
    ]


def test_inputs_larger_than_max_bytes_are_refused(inputs: Path) -> None:
    small, large = inputs / "a_small.txt", inputs / "z_large.txt"
    small.write_text(CRASHING, encoding="utf-8")
    large.write_text(CRASHING * 20, encoding="utf-8")
    limit = str(len(CRASHING.encode("utf-8")))
    run = vstrecha("extract", "--format", "jsonl", "--max-bytes", limit, str(small), str(large), "-")
    assert run.code == 1
    assert run.errors() == [
        f"vstrecha: error: {large}: larger than {limit} bytes (--max-bytes), not read",
        "vstrecha: error: <stdin>: empty file",
    ]
    assert [document["source"] for document in run.documents()] == [str(small)]
    piped = vstrecha("extract", "--max-bytes", limit, "-", stdin=(CRASHING * 2).encode("utf-8"))
    assert piped.errors() == [f"vstrecha: error: <stdin>: larger than {limit} bytes (--max-bytes), not read"]
    assert vstrecha("extract", "--max-bytes", "1K", str(small)).code == 0


@POSIX
@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
@pytest.mark.parametrize("form", ["json", "jsonl"])
def test_file_names_that_are_not_utf8_stay_valid_json(inputs: Path, tmp_path: Path, form: str) -> None:
    raw = os.fsencode(inputs) + b"/\xff\xfe_name.txt"
    with open(raw, "wb") as handle:
        handle.write(NEWS["a_anchorage.txt"].encode("utf-8"))
    shown = f"{inputs}/\ufffd\ufffd_name.txt"
    out = tmp_path / f"out.{form}"
    to_file = vstrecha("extract", "--format", form, "-o", str(out), str(inputs / "a_anchorage.txt"), os.fsdecode(raw))
    assert to_file.code == 0, to_file.stderr
    to_stdout = vstrecha("extract", "--format", form, str(inputs))
    for written in (out.read_text(encoding="utf-8"), to_stdout.stdout):
        documents = json.loads(written) if form == "json" else [json.loads(line) for line in written.splitlines()]
        assert shown in [document["source"] for document in documents]


@POSIX
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL], ids=lambda s: s.name)
def test_a_jsonl_run_killed_half_way_loses_nothing(inputs: Path, tmp_path: Path, how: signal.Signals) -> None:
    """The run writes its first document and then waits on stdin, which is never closed: it is stopped there.

    The older output stays in place; the complete lines written so far are kept (OUT.partial after Ctrl-C or
    SIGTERM; the temporary file after SIGKILL, which no program can react to).
    """
    out = tmp_path / "out.jsonl"
    out.write_text('{"older": "result"}\n', encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "vstrecha", "extract", "--format", "jsonl", "-o", str(out)]
        + [str(inputs / "a_anchorage.txt"), "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        while not any(path.read_text(encoding="utf-8").endswith("\n") for path in tmp_path.glob(".out.jsonl.*.tmp")):
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            time.sleep(0.05)
        process.send_signal(how)
        _, stderr = process.communicate(timeout=600)
    finally:
        if process.poll() is None:
            process.kill()
        if process.stdin:
            process.stdin.close()
    assert out.read_text(encoding="utf-8") == '{"older": "result"}\n', "never a truncated file in place of an older one"
    if how == signal.SIGKILL:
        (kept,) = tmp_path.glob(".out.jsonl.*.tmp")
    else:
        assert process.returncode == (143 if how == signal.SIGTERM else 130)
        kept = tmp_path / "out.jsonl.partial"
        assert f"written are in {kept}" in stderr.decode()
        assert not list(tmp_path.glob(".out.jsonl.*.tmp"))
    lines = kept.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) == 1 and lines[0].endswith("\n")
    assert json.loads(lines[0])["source"] == str(inputs / "a_anchorage.txt")


def _collect_as_nobody(paths: list[str]) -> tuple[list[str], list[str]]:
    """collect() as a user permissions apply to: root (whom they do not stop) forks a child that becomes nobody."""
    if os.geteuid() != 0:
        found, errors = collect(paths)
        return [item.name for item in found], errors
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.setgid(65534)
            os.setuid(65534)
            found, errors = collect(paths)
            os.write(writer, json.dumps([[item.name for item in found], errors]).encode())
        finally:
            os._exit(0)
    os.close(writer)
    os.waitpid(child, 0)
    with os.fdopen(reader) as pipe:
        names, errors = json.loads(pipe.read())
    return names, errors


def test_a_path_inside_a_directory_we_may_not_search() -> None:
    with tempfile.TemporaryDirectory() as name:  # pytest's own temporary directories are private to root
        root = Path(name)
        root.chmod(0o755)
        (root / "open.txt").write_text(NEWS["a_anchorage.txt"], encoding="utf-8")
        locked = root / "locked"
        locked.mkdir()
        (locked / "x.txt").write_text(NEWS["a_anchorage.txt"], encoding="utf-8")
        locked.chmod(0o000)
        try:
            names, errors = _collect_as_nobody([str(locked / "x.txt"), str(locked), str(root / "open.txt")])
        finally:
            locked.chmod(0o755)
    assert names == [str(root / "open.txt")]
    assert errors == [
        f"{locked / 'x.txt'}: cannot read (Permission denied)",
        f"{locked}: cannot list directory (Permission denied)",
    ]
