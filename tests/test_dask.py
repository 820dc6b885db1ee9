"""Extraction on Dask gives what one process gives, byte for byte: a real local cluster of two worker processes.

One cluster serves the module (starting one takes seconds); the command line reaches it by its address, as it
would reach a scheduler on another host, and once through ``--dask local:2`` in a process of its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli import NEWS
from test_cli_isolation import BOOM, CRASHING

from vstrecha import Extractor
from vstrecha.cli import main

distributed = pytest.importorskip("distributed")
vdask = pytest.importorskip("vstrecha.dask")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

SPIN = '''"""A rule that spins on one word: Python code that never returns."""

from yargy import rule
from yargy.predicates import custom

from vstrecha.grammar import Grammar


def spin(word: str) -> bool:
    while word == "Карусель":
        pass
    return False


GRAMMAR = Grammar(kind="cities", rules={"SPIN": rule(custom(spin))})
'''


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def feed(tmp_path: Path) -> tuple[Path, Path]:
    """A directory of news with a document that crashes a user grammar and an empty file among them."""
    grammars = tmp_path / "boom"
    grammars.mkdir()
    (grammars / "boom.py").write_text(BOOM, encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in NEWS.items():
        (inputs / name).write_text(text, encoding="utf-8")
    (inputs / "b_crash.txt").write_text(CRASHING, encoding="utf-8")
    (inputs / "b_empty.txt").write_bytes(b"")
    return grammars, inputs


def single(capsys: pytest.CaptureFixture[str], out: Path, *arguments: str) -> tuple[int, bytes, list[str]]:
    """The single-process run: exit code, output bytes, error lines."""
    code = main(["extract", "--no-plugins", "--quiet", "--format", "jsonl", "-o", str(out), *arguments])
    return code, out.read_bytes(), capsys.readouterr().err.splitlines()


def on_dask(capsys: pytest.CaptureFixture[str], out: Path, address: str, *arguments: str) -> tuple[int, bytes, list]:
    """The same run with --dask: exit code, the parts read in name order, error lines."""
    code = main(["extract", "--no-plugins", "--quiet", "--dask", address, "-o", str(out), *arguments])
    parts = sorted(out.glob("part-*.jsonl"))
    return code, b"".join(part.read_bytes() for part in parts), capsys.readouterr().err.splitlines()


def test_the_corpus_on_two_workers_is_the_single_process_output_byte_for_byte(
    client: distributed.Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = single(capsys, tmp_path / "one.jsonl", str(CORPUS))
    found = on_dask(capsys, tmp_path / "out", client.scheduler.address, str(CORPUS))
    assert found == expected
    assert expected[0] == 0 and expected[1].count(b"\n") == len(list(CORPUS.glob("*.txt")))
    assert len(list((tmp_path / "out").glob("part-*.jsonl"))) > 2  # split among tasks, joined in input order


def test_failed_inputs_give_the_same_error_lines_and_the_rest_is_written(
    client: distributed.Client, feed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    grammars, inputs = feed
    arguments = ("--grammars", str(grammars), str(inputs), str(tmp_path / "missing.txt"))
    expected = single(capsys, tmp_path / "one.jsonl", *arguments)
    found = on_dask(capsys, tmp_path / "out", client.scheduler.address, *arguments)
    assert found == expected
    code, output, errors = found
    assert code == 1
    assert errors == [
        f"vstrecha: error: {tmp_path / 'missing.txt'}: no such file or directory",
        f"vstrecha: error: {inputs / 'b_crash.txt'}: extraction failed (RuntimeError: a rule that fails on purpose)",
        f"vstrecha: error: {inputs / 'b_empty.txt'}: empty file",
    ]
    assert [json.loads(line)["source"] for line in output.splitlines()] == [str(inputs / name) for name in NEWS]


def test_a_second_run_replaces_the_parts_of_the_first(
    client: distributed.Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert on_dask(capsys, out, client.scheduler.address, *map(str, sorted(CORPUS.glob("*.txt"))[:20]))[0] == 0
    assert len(list(out.glob("part-*.jsonl"))) > 1
    one = tmp_path / "one.txt"
    one.write_text(NEWS["b_helsinki.txt"], encoding="utf-8")
    code, output, _ = on_dask(capsys, out, client.scheduler.address, str(one))
    assert code == 0
    assert [json.loads(line)["source"] for line in output.splitlines()] == [str(one)]
    assert not list(out.glob(".vstrecha-*"))  # no staging directory left


def test_the_bag_holds_the_documents_as_dicts_in_input_order(
    client: distributed.Client, feed: tuple[Path, Path], extractor: Extractor
) -> None:
    _, inputs = feed
    bag = vdask.extract_bag(str(inputs / "[ac]_*.txt"), plugins=False, partition_size=1)
    documents = bag.compute()
    names = ["a_anchorage.txt", "c_budapest.txt"]
    assert documents == [extractor.extract(NEWS[name], None, str(inputs / name)).to_dict() for name in names]
    assert bag.npartitions == 2
    assert sum(len(document["events"]) for document in documents) >= 3


def test_a_failed_document_never_fails_the_bag(client: distributed.Client, feed: tuple[Path, Path]) -> None:
    grammars, inputs = feed
    skipped = vdask.extract_bag(inputs, grammars=[grammars], plugins=False).compute()
    assert [document["source"] for document in skipped] == [str(inputs / name) for name in NEWS]
    kept = vdask.extract_bag(inputs, grammars=[grammars], plugins=False, errors="keep").compute()
    assert kept[1] == {
        "source": str(inputs / "b_crash.txt"),
        "error": f"{inputs / 'b_crash.txt'}: extraction failed (RuntimeError: a rule that fails on purpose)",
    }
    assert kept[2] == {"source": str(inputs / "b_empty.txt"), "error": f"{inputs / 'b_empty.txt'}: empty file"}


def test_to_jsonl_writes_the_jsonl_of_the_command_line(
    client: distributed.Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(CORPUS.glob("*.txt"))[:6]
    expected = single(capsys, tmp_path / "one.jsonl", *map(str, files))[1]
    written = vdask.to_jsonl(vdask.extract_bag(files, plugins=False, partition_size=4), tmp_path / "out")
    assert [Path(name).name for name in written] == ["part-00000.jsonl", "part-00001.jsonl"]
    assert b"".join(Path(name).read_bytes() for name in written) == expected


def test_parquet_holds_one_row_per_event_and_one_per_document(client: distributed.Client, tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    files = sorted(CORPUS.glob("*.txt"))[:4]
    bag = vdask.extract_bag(files, plugins=False, partition_size=2)
    documents = bag.compute()
    vdask.to_parquet(bag, tmp_path / "events", kind="events")
    events = parquet.read_table(tmp_path / "events").to_pylist()
    assert len(events) == sum(len(document["events"]) for document in documents) > 0
    assert events[0]["source"] == str(files[0]) and isinstance(events[0]["event"], int)
    vdask.to_parquet(bag, tmp_path / "documents")
    rows = parquet.read_table(tmp_path / "documents").to_pylist()
    assert [json.loads(row["document"]) for row in rows] == documents


def test_the_time_budget_holds_in_a_worker_thread(tmp_path: Path) -> None:
    """Dask runs a task in a thread, where SIGALRM cannot be set: the budget is a timer there."""
    grammars = tmp_path / "spin"
    grammars.mkdir()
    (grammars / "spin.py").write_text(SPIN, encoding="utf-8")
    text = "Карусель остановилась. Путин и Трамп встретились в Хельсинки 16 июля 2018 года.\n"
    settings = vdask.Settings((str(grammars),), False)
    job = vdask.Job(0, "spin.txt", "spin.txt", None, text)
    results: list[object] = []
    worker = threading.Thread(target=lambda: results.append(vdask.process(job, settings, None, 10**6, 0.5, "dict")))
    worker.start()
    worker.join(20)
    assert not worker.is_alive()
    assert results == [vdask.Failure(0, "spin.txt", "spin.txt: not finished within 0.5 s (--timeout); skipped", ANY)]


class _Any:
    def __eq__(self, other: object) -> bool:
        return True


ANY = _Any()


def test_local_cluster_from_the_command_line(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in NEWS.items():
        (inputs / name).write_text(text, encoding="utf-8")
    command = [sys.executable, "-m", "vstrecha", "extract", "--no-plugins", str(inputs)]
    serial = subprocess.run([*command, "--format", "jsonl"], capture_output=True, cwd=ROOT)
    run = subprocess.run([*command, "--dask", "local:2", "-o", str(tmp_path / "out")], capture_output=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr.decode()
    assert b"".join(path.read_bytes() for path in sorted((tmp_path / "out").glob("part-*.jsonl"))) == serial.stdout
    assert serial.stdout.count(b"\n") == len(NEWS)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "table", "-o", "out"], "--dask writes JSON Lines; --format table is not available with it"),
        ([], "--dask writes part files into a directory: give it with -o OUT_DIR"),
        (["-o", "out", "--dask", "local:0"], "--dask local:0: cannot start or reach the scheduler"),
    ],
)
def test_what_dask_cannot_do_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    (tmp_path / "a.txt").write_text(NEWS["b_helsinki.txt"], encoding="utf-8")
    arguments = [argument.replace("out", str(tmp_path / "out")) for argument in arguments]
    command = ["extract", "--no-plugins", "--dask", "local:1", *arguments, str(tmp_path / "a.txt")]
    assert main(command) == 2
    assert capsys.readouterr().err.startswith(f"vstrecha: error: {message}")
    assert not (tmp_path / "out").exists()
