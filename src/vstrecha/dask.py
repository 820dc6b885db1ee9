"""Extraction on Dask: a bag of Documents (as dicts), each worker loading one Extractor and reusing it.

Needs ``pip install 'vstrecha[dask]'``. Paths are read where the work runs, so on a cluster of several hosts the
inputs (and the directories of user grammars) must be readable at the same path on every worker, as with
``dask.bag.read_text``.

    import vstrecha.dask

    bag = vstrecha.dask.extract_bag("archive/2018/*.txt", published=None)
    bag.filter(lambda document: document["events"]).count().compute()
    vstrecha.dask.to_jsonl(bag, "out/")  # part-00000.jsonl, part-00001.jsonl, ... in input order
"""

from __future__ import annotations

import ctypes
import gc
import glob as globbing
import json
import logging
import math
import os
import shutil
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

try:
    import dask
    import dask.bag as db
except ImportError as missing:  # pragma: no cover - the extra is not installed
    raise ImportError("vstrecha.dask needs Dask: pip install 'vstrecha[dask]'") from missing

from vstrecha.cli import Budget, OverBudget
from vstrecha.io import DEFAULT_MAX_BYTES, Input, InputError, collect, read_input
from vstrecha.pipeline import Extractor, parse_published

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 600.0
PART = "part-{:05d}.jsonl"
START_METHOD = "distributed.worker.multiprocessing-method"


@dataclass(frozen=True)
class Settings:
    """What a worker needs to build its Extractor; small, picklable and the key of the worker's cache."""

    grammars: tuple[str, ...] = ()
    plugins: bool | None = None


@dataclass(frozen=True)
class Job:
    """One input: a path the worker reads, or a text read by the caller (stdin)."""

    index: int
    name: str  # as shown in messages
    source: str | None  # Document.source
    path: str | None
    text: str | None = None


@dataclass(frozen=True)
class Failure:
    """An input that could not be read or whose processing raised: the one-line message of the CLI."""

    index: int
    name: str
    message: str
    trace: str = ""


_extractors = threading.local()  # one Extractor per worker thread and settings: yargy's parsers keep state


def extractor_for(settings: Settings) -> Extractor:
    """The Extractor of this worker (thread) for ``settings``: loaded on first use, then reused."""
    cache: dict[Settings, Extractor] | None = getattr(_extractors, "cache", None)
    if cache is None:
        cache = _extractors.cache = {}
    found = cache.get(settings)
    if found is None:
        found = cache[settings] = Extractor(list(settings.grammars), plugins=settings.plugins)
        gc.freeze()  # what it loaded lives as long as the worker: the collector stops scanning it
    return found


class ThreadBudget:
    """The per-document time budget in a worker thread, where SIGALRM cannot be used: a timer raises
    OverBudget in the working thread. Like the signal, it interrupts Python code; a sleep or a single step
    inside C code finishes first."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.thread = threading.get_ident()
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None
        self.done = False
        self.fired = False

    def _fire(self) -> None:
        with self.lock:
            if self.done:
                return
            self.fired = True
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread), ctypes.py_object(OverBudget))

    def __enter__(self) -> ThreadBudget:
        if self.seconds > 0:
            self.timer = threading.Timer(self.seconds, self._fire)
            self.timer.daemon = True
            self.timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        if self.timer is None:
            return
        with self.lock:
            self.done = True
            self.timer.cancel()
            if self.fired and kind is not OverBudget:  # raised too late to land: withdraw it
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread), None)


def budget(seconds: float) -> Budget | ThreadBudget:
    """SIGALRM in the main thread (the synchronous scheduler), a timer in a worker thread."""
    return Budget(seconds) if threading.current_thread() is threading.main_thread() else ThreadBudget(seconds)


def process(
    job: Job, settings: Settings, published: str | None, max_bytes: int, timeout: float, render: str
) -> dict[str, Any] | str | Failure:
    """One input read, extracted and rendered (a dict, or a JSONL line) where it runs; whatever goes wrong
    is this input's Failure, with the message the single-process CLI prints."""
    text = job.text
    if text is None:
        assert job.path is not None
        try:
            text, _ = read_input(Input(job.name, Path(job.path)), max_bytes)
        except InputError as problem:
            return Failure(job.index, job.name, str(problem))
    try:
        with budget(timeout):
            document = extractor_for(settings).extract(text, published, job.source)
            data = document.to_dict()
            return json.dumps(data, ensure_ascii=False) if render == "jsonl" else data
    except OverBudget:
        message = f"{job.name}: not finished within {timeout:g} s (--timeout); skipped"
        return Failure(job.index, job.name, message, traceback.format_exc())
    except Exception as problem:  # noqa: BLE001 - any bug on any text must cost that text only
        message = " ".join(str(problem).split())[:300]
        summary = f"{type(problem).__name__}: {message}" if message else type(problem).__name__
        return Failure(job.index, job.name, f"{job.name}: extraction failed ({summary})", traceback.format_exc())


def process_partition(jobs: Iterable[Job], *arguments: Any) -> list[dict[str, Any] | str | Failure]:
    return [process(job, *arguments) for job in jobs]


def _kept(results: list[Any], errors: str) -> list[Any]:
    """Documents of a partition; a Failure is logged and dropped, or kept as ``{"source", "error"}``."""
    kept = []
    for result in results:
        if isinstance(result, Failure):
            log.warning("vstrecha: error: %s", result.message)
            if errors == "keep":
                kept.append({"source": result.name, "error": result.message})
            continue
        kept.append(result)
    return kept


def expand(paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[Input]:
    """Inputs in order: a glob pattern gives its matches sorted, a directory its *.txt sorted, a file itself."""
    names = [paths_or_glob] if isinstance(paths_or_glob, (str, os.PathLike)) else list(paths_or_glob)
    inputs: list[Input] = []
    for name in map(os.fspath, names):
        if globbing.has_magic(name):
            matches = sorted(globbing.glob(name))
            if not matches:
                raise FileNotFoundError(f"{name}: no file matches")
            found, problems = collect(matches)
        else:
            found, problems = collect([name])
        if problems:
            raise FileNotFoundError(problems[0])
        inputs.extend(found)
    return inputs


def jobs_of(inputs: Sequence[Input]) -> list[Job]:
    """Jobs in input order; stdin is read here, a path where the job runs."""
    jobs = []
    for index, item in enumerate(inputs):
        if item.path is None:
            jobs.append(Job(index, "<stdin>", None, None, read_input(item)[0]))
        else:
            jobs.append(Job(index, item.name, item.name, os.fspath(item.path)))
    return jobs


def partition_size(count: int, workers: int) -> int:
    """Documents per task: about eight tasks per worker so that the last ones even out, at most 64 documents
    (a task's results travel whole), at least 1."""
    return max(1, min(64, math.ceil(count / max(1, 8 * workers))))


def extract_bag(
    paths_or_glob: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    published: str | date | None = None,
    grammars: Sequence[str | os.PathLike[str]] = (),
    plugins: bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    partition_size: int | None = None,
    errors: Literal["skip", "keep"] = "skip",
) -> db.Bag:
    """A dask.bag of Documents as dicts (``Document.to_dict()``), in input order.

    ``paths_or_glob``: a file, a directory (its *.txt), a glob pattern, or a list of them. ``grammars``: user
    grammar directories, loaded by every worker with the built-in ones (and installed plugins unless
    ``plugins=False``). An input that cannot be read or fails is logged on its worker and left out
    (``errors="skip"``), or becomes ``{"source": NAME, "error": MESSAGE}`` (``errors="keep"``); it never fails
    the computation.
    """
    if errors not in ("skip", "keep"):
        raise ValueError(f"errors must be 'skip' or 'keep', got {errors!r}")
    day = parse_published(published)
    settings = Settings(tuple(os.fspath(Path(directory).resolve()) for directory in grammars), plugins)
    jobs = jobs_of(expand(paths_or_glob))
    size = partition_size or _default_partition_size(len(jobs))
    bag = db.from_sequence(jobs, partition_size=size)
    arguments = (settings, day.isoformat() if day else None, max_bytes, timeout, "dict")
    return bag.map_partitions(process_partition, *arguments).map_partitions(_kept, errors)


def _default_partition_size(count: int) -> int:
    """Per the workers of the current distributed client, if there is one; else for two."""
    try:
        from distributed import get_client

        workers = len(get_client().scheduler_info()["workers"])
    except (ImportError, ValueError):
        workers = 2
    return partition_size(count, workers)


def _write_part(documents: list[dict[str, Any]], directory: str, index: int) -> str:
    """One partition as one JSONL file, written beside its name and renamed: a part is whole or absent."""
    target = os.path.join(directory, PART.format(index))
    descriptor, temporary = tempfile.mkstemp(prefix=f".{PART.format(index)}.", suffix=".tmp", dir=directory)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        for document in documents:
            stream.write((document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)) + "\n")
    os.replace(temporary, target)
    return target


def to_jsonl(bag: db.Bag, directory: str | os.PathLike[str], compute: bool = True) -> list[str] | list[Any]:
    """Write the bag as ``DIR/part-00000.jsonl``, ... (one per partition, written by the workers); read in name
    order they are the JSONL of ``vstrecha extract --format jsonl`` over the same inputs. The directory must be
    reachable from the workers at that path."""
    directory = os.path.abspath(os.fspath(directory))
    os.makedirs(directory, exist_ok=True)
    writes = [dask.delayed(_write_part)(part, directory, index) for index, part in enumerate(bag.to_delayed())]
    return list(dask.compute(*writes)) if compute else writes


def _write_parquet_part(documents: list[dict[str, Any]], directory: str, index: int, kind: str) -> str:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from vstrecha.models import Document
    from vstrecha.tables import EVENT_COLUMNS, event_records

    documents = [document for document in documents if "error" not in document]
    if kind == "events":
        rows = event_records(Document.model_validate(document) for document in documents)
        schema = pa.schema([(column, _ARROW_TYPES.get(column, pa.string())) for column in EVENT_COLUMNS])
        table = pa.Table.from_pylist([{k: _cell(k, v) for k, v in row.items()} for row in rows], schema=schema)
    else:
        schema = pa.schema([("source", pa.string()), ("published", pa.string()), ("document", pa.string())])
        rows = [
            {
                "source": document.get("source"),
                "published": document.get("published"),
                "document": json.dumps(document, ensure_ascii=False),
            }
            for document in documents
        ]
        table = pa.Table.from_pylist(rows, schema=schema)
    target = os.path.join(directory, f"part-{index:05d}.parquet")
    pq.write_table(table, target)
    return target


def _cell(column: str, value: Any) -> Any:
    """A table value as its Parquet column holds it: numbers and flags as they are, anything else as text."""
    if value is None or column in _ARROW_TYPES:
        return value
    return str(value)


def _arrow_types() -> dict[str, Any]:
    try:
        import pyarrow as pa
    except ImportError:
        return {}
    return {
        "event": pa.int64(),
        "ordinal": pa.int64(),
        "date_resolved": pa.bool_(),
        "duration_min": pa.int64(),
        "duration_max": pa.int64(),
        "planned_duration_min": pa.int64(),
        "planned_duration_max": pa.int64(),
    }


_ARROW_TYPES = _arrow_types()


def to_parquet(
    bag: db.Bag, directory: str | os.PathLike[str], kind: Literal["documents", "events"] = "documents"
) -> list[str]:
    """Write the bag as Parquet (needs pyarrow), one ``part-NNNNN.parquet`` per partition with one schema:
    ``documents``: source, published and the Document as JSON text; ``events``: one row per event, the columns
    of ``--format csv``."""
    try:
        import pyarrow  # noqa: F401
    except ImportError as missing:
        raise ImportError("Parquet output needs pyarrow: pip install pyarrow") from missing
    if kind not in ("documents", "events"):
        raise ValueError(f"kind must be 'documents' or 'events', got {kind!r}")
    directory = os.path.abspath(os.fspath(directory))
    os.makedirs(directory, exist_ok=True)
    writes = [
        dask.delayed(_write_parquet_part)(part, directory, index, kind) for index, part in enumerate(bag.to_delayed())
    ]
    return list(dask.compute(*writes))


# --- the command line: vstrecha extract PATH... --dask ADDRESS|local[:N] -o OUT_DIR ------------------------------


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - dask without distributed: no CLI, the bag still works
    WorkerPlugin = object  # type: ignore[assignment,misc]


class Preload(WorkerPlugin):
    """A worker plugin: every worker loads its Extractor when it starts, before its first document."""

    name = "vstrecha-extractor"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        extractor_for(self.settings)


def cluster(address: str) -> tuple[Any, Any]:
    """A client of the scheduler at ``address``, or of a local cluster (``local``, ``local:N``) of N worker
    processes with one thread each (the work holds the GIL; processes give parallelism)."""
    from distributed import Client, LocalCluster

    if address == "local" or address.startswith("local:"):
        count = address.partition(":")[2]
        if count and not (count.isdigit() and int(count) >= 1):
            raise ValueError(f"--dask local:N needs a whole number of at least 1, got {address!r}")
        workers = int(count) if count else (os.cpu_count() or 1)
        # On Linux the worker processes are forked: they start with this process's modules imported and its
        # grammars compiled (the command line loads an Extractor before it starts the cluster), not afresh.
        method = "fork" if sys.platform.startswith("linux") else dask.config.get(START_METHOD)
        with dask.config.set({START_METHOD: method}):
            local = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        return Client(local), local
    return Client(address, timeout=30), None


def run_cli(args: Any, plugins: bool) -> int:
    """``vstrecha extract ... --dask``: the documents computed on the cluster and written here, in input order,
    as ``OUT_DIR/part-NNNNN.jsonl``; error lines as without Dask. Exit codes as without Dask."""
    from vstrecha.cli import error
    from vstrecha.grammar import GrammarError

    if args.format not in ("json", "jsonl"):
        error(f"--dask writes JSON Lines; --format {args.format} is not available with it")
        return 2
    if not args.output:
        error("--dask writes part files into a directory: give it with -o OUT_DIR")
        return 2
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        error(f"{args.output}: -o with --dask names a directory, and this is not one")
        return 2
    try:
        day = parse_published(args.published)
        settings = Settings(tuple(os.fspath(Path(d).resolve()) for d in args.grammars), plugins)
        Extractor(list(settings.grammars), plugins=plugins)  # a broken grammar stops the run here, not per worker
        gc.freeze()  # what it loaded lives as long as the run (and forked local workers share its pages)
    except (ValueError, GrammarError) as problem:
        error(str(problem))
        return 2
    inputs, problems = collect(args.paths)
    for problem in problems:
        error(problem)
    failed = bool(problems)
    try:
        jobs = jobs_of(inputs)
    except InputError as problem:  # stdin unreadable
        error(str(problem))
        return 1
    try:
        client, local = cluster(args.dask)
    except (ValueError, OSError) as problem:
        error(f"--dask {args.dask}: cannot start or reach the scheduler ({problem})")
        return 2
    staging = None
    try:
        client.register_plugin(Preload(settings))
        workers = max(1, len(client.scheduler_info()["workers"]))
        bag = db.from_sequence(jobs, partition_size=partition_size(len(jobs), workers)) if jobs else None
        arguments = (settings, day.isoformat() if day else None, args.max_bytes, args.timeout, "jsonl")
        parts = bag.map_partitions(process_partition, *arguments).to_delayed() if bag is not None else []
        futures = client.compute(parts)
        out.mkdir(parents=True, exist_ok=True)
        staging = tempfile.mkdtemp(prefix=".vstrecha-", suffix=".tmp", dir=out)
        for index, future in enumerate(futures):
            results = future.result()
            future.release()
            lines = []
            for result in results:
                if isinstance(result, Failure):
                    error(result.message)
                    if args.verbose and result.trace:
                        sys.stderr.write(result.trace)
                    failed = True
                else:
                    lines.append(result + "\n")
            with open(os.path.join(staging, PART.format(index)), "w", encoding="utf-8") as stream:
                stream.writelines(lines)
        for old in out.glob("part-*.jsonl"):  # the output of an earlier run is replaced as a whole
            old.unlink()
        for part in sorted(os.listdir(staging)):
            os.replace(os.path.join(staging, part), out / part)
    except OSError as problem:
        error(f"{args.output}: cannot write ({problem.strerror or problem})")
        return 2
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        client.close()
        if local is not None:
            local.close()
    return 1 if failed else 0
