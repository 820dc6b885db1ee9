"""Command line: extract, timeline, eval, eval-timeline, explain, export-factrueval."""

from __future__ import annotations

import argparse
import gc
import json
import os
import signal
import sys
import traceback
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vstrecha.grammar import GrammarError
from vstrecha.io import DEFAULT_MAX_BYTES, Input, InputError, collect, read_input
from vstrecha.models import Document
from vstrecha.output import Output, OutputError, clash
from vstrecha.pipeline import NO_PLUGINS, Extractor, parse_published, plugins_refused
from vstrecha.render import jsonl_line, table
from vstrecha.tables import EVENT_COLUMNS, TIMELINE_COLUMNS, csv_text, event_records, timeline_records


def error(message: str) -> None:
    print(f"vstrecha: error: {message}", file=sys.stderr)


def positive(value: str) -> int:
    """--jobs: a whole number of at least 1 (0 or -1 workers would run nothing, or fail late)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, got {value!r}")
    return number


UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


def size(value: str) -> int:
    """--max-bytes: bytes, or with a K, M or G suffix (powers of 1024): 20M."""
    text = value.strip().upper().removesuffix("B")
    unit = text[-1:] if text[-1:] in UNITS else ""
    digits = text[: len(text) - len(unit)]
    if not digits.isdigit() or int(digits) < 1:
        raise argparse.ArgumentTypeError(f"must be a number of bytes such as 20000000 or 20M, got {value!r}")
    return int(digits) * UNITS[unit]


def seconds(value: str) -> float:
    """--timeout: seconds (a decimal number), 0 for no budget."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds (0 for no limit), got {value!r}")
    return number


# A news article takes well under a second; a document of the largest size --max-bytes lets through by default
# (20 MB) takes a few minutes. A document still running after this is caught in something we did not foresee.
DEFAULT_TIMEOUT = 600.0


def no_plugins(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--no-plugins",
        action="store_true",
        help=f"do not load the grammars of installed plugins (also {NO_PLUGINS}=1 in the environment)",
    )


def plugins(args: argparse.Namespace) -> bool:
    """Installed plugins run code in every run: --no-plugins or VSTRECHA_NO_PLUGINS=1 leaves them out."""
    return not args.no_plugins and not plugins_refused()


class Help(argparse.HelpFormatter):
    """Every option's help ends with its default, unless the help says it already or there is none to show."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        default = action.default
        if not action.option_strings or "default" in text or default in (None, False, [], argparse.SUPPRESS):
            return text
        return f"{text} (default: {default})"


def build_parser() -> argparse.ArgumentParser:
    from vstrecha import __version__

    parser = argparse.ArgumentParser(
        prog="vstrecha", description="Meeting events from Russian news text.", formatter_class=Help
    )
    parser.add_argument("--version", action="version", version=f"vstrecha {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help, description=help[:1].upper() + help[1:] + ".", formatter_class=Help)

    extract = command("extract", "extract events and entities from texts")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a directory of them, or - for stdin")
    extract.add_argument(
        "--format",
        choices=("json", "jsonl", "table", "csv", "html"),
        default="json",
        help="json: one Document (an array for a directory or several paths); jsonl: one Document per line; "
        "table: readable; csv: one row per event (UTF-8 with BOM); html: one self-contained page",
    )
    extract.add_argument(
        "--entities",
        action="store_true",
        help="with --format table: list persons, cities, dates and durations too (the other formats always have them)",
    )
    extract.add_argument("--published", metavar="DATE", help="publication date YYYY-MM-DD (overrides the header)")
    extract.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    extract.add_argument(
        "--grammars", action="append", default=[], metavar="DIR", help="a directory of user grammars (its code is run)"
    )
    no_plugins(extract)
    extract.add_argument(
        "--jobs", type=positive, default=1, metavar="N", help="worker processes (at least 1); output in input order"
    )
    extract.add_argument(
        "--max-bytes",
        type=size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="refuse inputs larger than this (bytes, or 500K, 20M, 1G; default 20M)",
    )
    extract.add_argument(
        "--timeout",
        type=seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="time budget of each document: past it, that document gets an error line and the run goes on "
        f"(default {DEFAULT_TIMEOUT:g}; 0 for none)",
    )
    extract.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on Dask: a scheduler address (tcp://host:8786) or local[:N] worker processes; "
        "writes OUT_DIR/part-NNNNN.jsonl (-o OUT_DIR), needs vstrecha[dask]",
    )
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    extract.add_argument("-v", "--verbose", action="store_true", help="report the encoding of each input")

    line = command("timeline", "merge the events of many reports into one chronology")
    line.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a directory of them, or - for stdin")
    line.add_argument("--person", metavar="NAME", help="only meetings with a participant whose name contains NAME")
    line.add_argument("--since", metavar="DATE", help="only meetings on or after DATE (YYYY-MM-DD); drops undated")
    line.add_argument("--until", metavar="DATE", help="only meetings on or before DATE (YYYY-MM-DD); drops undated")
    line.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "html"),
        default="json",
        help="json: one Timeline; jsonl: one Meeting per line; csv: one row per meeting; html: one page",
    )
    line.add_argument("--published", metavar="DATE", help="publication date YYYY-MM-DD of every input")
    line.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    line.add_argument("--grammars", action="append", default=[], metavar="DIR", help="a directory of user grammars")
    no_plugins(line)
    line.add_argument(
        "--max-bytes",
        type=size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="refuse inputs larger than this (bytes, or 500K, 20M, 1G; default 20M)",
    )
    line.add_argument("-v", "--verbose", action="store_true", help="report the encoding of each input")

    evaluate = command("eval", "score extraction against X.gold.json files")
    evaluate.add_argument("directory", metavar="DIR", help="a directory of X.txt with X.gold.json beside them")
    evaluate.add_argument(
        "--grammars", action="append", default=[], metavar="DIR", help="a directory of user grammars (its code is run)"
    )
    no_plugins(evaluate)
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument(
        "--glob", default="*.txt", metavar="PATTERN", help="score only the texts matching it, e.g. '3*.txt' (a batch)"
    )
    evaluate.add_argument("-v", "--verbose", action="store_true", help="list missed, wrong and extra events")

    merged = command("eval-timeline", "score which reports the timeline merges (pairwise links)")
    merged.add_argument("directory", metavar="DIR", help="a directory of X.txt with X.gold.json beside them")
    merged.add_argument("--gold", metavar="FILE", help="the timeline gold (default: DIR/timeline.gold.json)")
    merged.add_argument("--glob", default="*.txt", metavar="PATTERN", help="only the texts matching it")
    merged.add_argument(
        "--grammars", action="append", default=[], metavar="DIR", help="a directory of user grammars (its code is run)"
    )
    no_plugins(merged)
    merged.add_argument("--json", action="store_true", help="print the figures as JSON")
    merged.add_argument("-v", "--verbose", action="store_true", help="list wrong and missed links")

    explain = command("explain", "show which rule produced each value")
    explain.add_argument("path", metavar="FILE", help="a .txt file, or - for stdin")
    explain.add_argument("--sentence", type=int, metavar="N", help="only sentence N (0-based, as explain numbers them)")
    explain.add_argument("--published", metavar="DATE", help="publication date YYYY-MM-DD (overrides the header)")
    explain.add_argument(
        "--grammars", action="append", default=[], metavar="DIR", help="a directory of user grammars (its code is run)"
    )
    no_plugins(explain)

    export = command("export-factrueval", "write factRuEval task 3 meeting answers")
    export.add_argument("directory", metavar="DIR", help="a directory of book_N.txt")
    export.add_argument("output", metavar="OUT", help="the directory to write book_N.task3 into")
    export.add_argument(
        "--grammars", action="append", default=[], metavar="DIR", help="a directory of user grammars (its code is run)"
    )
    no_plugins(export)
    return parser


_worker: Extractor | None = None

# text, source, published, the name shown in messages, format, --entities, --timeout
Job = tuple[str, str | None, str | None, str, str, bool, float]
Piece = str | dict[str, Any] | Document  # one document rendered: a JSONL line, a table, CSV rows, the JSON object


@dataclass(frozen=True)
class Failure:
    """One document whose processing raised: the parent prints a line naming it (the traceback with -v)
    and goes on with the next."""

    name: str
    message: str
    trace: str


def _loaded(grammars: list[str], plugins: bool = True) -> Extractor:
    """An Extractor for the whole run. What it loads lives as long as the process, so the garbage
    collector is told to stop scanning it (and forked workers then share its memory pages)."""
    extractor = Extractor(grammars, plugins=plugins)
    gc.freeze()
    return extractor


def _init_worker(grammars: list[str], plugins: bool) -> None:
    """A forked worker inherits the parent's Extractor; a spawned one loads its own."""
    global _worker
    if _worker is None:
        _worker = _loaded(grammars, plugins)


class OverBudget(BaseException):
    """A document ran past --timeout. Not an Exception: no ``except Exception`` inside the pipeline may keep
    the document running."""


def _over_budget(signum: int, frame: object) -> None:
    raise OverBudget


class Budget:
    """A per-document time budget: SIGALRM after ``seconds`` of wall time, in the process that extracts (the
    main one, or a worker). It interrupts Python code and sleeps; a single step inside C code ends first."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds if hasattr(signal, "setitimer") else 0.0
        self.previous: Any = None

    def __enter__(self) -> Budget:
        if self.seconds > 0:
            self.previous = signal.signal(signal.SIGALRM, _over_budget)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.seconds > 0:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous if self.previous is not None else signal.SIG_DFL)


def _work(job: Job) -> Piece | Failure:
    """One document extracted and rendered where it runs (a worker then hands back only text); whatever it
    raises, or a run past its time budget, stays this document's failure."""
    text, source, published, name, form, entities, timeout = job
    assert _worker is not None
    try:
        with Budget(timeout):
            document = _worker.extract(text, published, source)
            if form == "jsonl":
                return jsonl_line(document)
            if form == "table":
                return table([document], entities=entities)
            if form == "csv":
                return csv_text(event_records([document]), EVENT_COLUMNS, bom=False).split("\r\n", 1)[1]
            if form == "html":
                return document  # the page is written once every document is in
            return document.to_dict()
    except OverBudget:
        message = f"{name}: not finished within {timeout:g} s (--timeout); skipped"
        return Failure(name, message, traceback.format_exc())
    except Exception as problem:  # noqa: BLE001 - any bug on any text must cost that text only
        message = " ".join(str(problem).split())[:300]
        summary = f"{type(problem).__name__}: {message}" if message else type(problem).__name__
        return Failure(name, f"{name}: extraction failed ({summary})", traceback.format_exc())


class Progress:
    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            filled = int(30 * self.done / self.total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _readable(inputs: list[Input], verbose: bool, max_bytes: int) -> Iterator[tuple[Input, str] | str]:
    for item in inputs:
        try:
            text, encoding = read_input(item, max_bytes)
        except InputError as problem:
            yield str(problem)
            continue
        if verbose:
            print(f"vstrecha: {STDIN if item.path is None else item.name}: read as {encoding}", file=sys.stderr)
        yield item, text


class Terminated(BaseException):
    """SIGTERM, handled like Ctrl-C: the output is left as the docs say, then the run ends."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


STDIN = "<stdin>"  # how messages and tables name standard input (its Document's source is null)


def _gather(args: argparse.Namespace) -> tuple[list[Input], bool] | None:
    """The inputs named on the command line, each problem said once; None when -o would overwrite an input."""
    inputs, problems = collect(args.paths)
    refused = clash(args.output, args.paths, inputs)
    if refused is not None:
        error(refused)
        return None
    for problem in problems:
        error(problem)
    return inputs, bool(problems)


def run_extract(args: argparse.Namespace) -> int:
    if args.entities and args.format != "table":
        error(
            f"--entities is for --format table; --format {args.format} "
            + ("marks every mention already" if args.format == "html" else "has no entity lines")
            + (" (json and jsonl always hold persons, cities, dates and durations)" if "json" in args.format else "")
        )
        return 2
    if args.dask:
        try:
            from vstrecha.dask import run_cli
        except ImportError as missing:
            error(f"--dask: {missing}")
            return 2
        return run_cli(args, plugins(args))
    try:
        published = parse_published(args.published)
        extractor = _loaded(args.grammars, plugins(args))
    except (ValueError, GrammarError) as problem:
        error(str(problem))
        return 2
    gathered = _gather(args)
    if gathered is None:
        return 2
    inputs, failed = gathered
    progress = Progress(len(inputs), len(inputs) > 1 and not args.quiet and sys.stderr.isatty())
    published_text = published.isoformat() if published else None

    def jobs() -> Iterator[Job]:
        nonlocal failed
        for entry in _readable(inputs, args.verbose, args.max_bytes):
            if isinstance(entry, str):
                error(entry)
                failed = True
                progress.step()
                continue
            item, text = entry
            source = None if item.path is None else item.name
            name = STDIN if item.path is None else item.name
            yield text, source, published_text, name, args.format, args.entities, args.timeout

    def results() -> Iterator[Piece | Failure]:
        global _worker
        _worker = extractor
        if args.jobs <= 1:
            for job in jobs():
                yield _work(job)
            return
        with ProcessPoolExecutor(args.jobs, initializer=_init_worker, initargs=(args.grammars, plugins(args))) as pool:
            pending: deque[Future[Piece | Failure]] = deque()
            for job in jobs():  # a few documents per worker in flight: memory stays flat, order stays
                pending.append(pool.submit(_work, job))
                if len(pending) >= 4 * args.jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()

    def pieces() -> Iterator[Piece]:
        nonlocal failed
        for result in results():
            progress.step()
            if isinstance(result, Failure):
                error(result.message)
                if args.verbose:
                    sys.stderr.write(result.trace)
                failed = True
                continue
            yield result

    output = Output(args.output)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        output.open()
        write(pieces(), args, output)
        output.commit()
    except OutputError as problem:
        output.discard()
        error(str(problem))
        if args.output is None:
            _quiet_stdout()
        return 2
    except (KeyboardInterrupt, Terminated):
        kept = output.keep_partial() if args.format == "jsonl" else output.discard()
        if kept:
            print(
                f"vstrecha: interrupted; the {output.lines} complete documents written are in {kept}, "
                f"{output.name} is as it was",
                file=sys.stderr,
            )
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 1 if failed else 0


def write(pieces: Iterator[Piece], args: argparse.Namespace, output: Output) -> None:
    if args.format == "jsonl":
        for line in pieces:
            output.write(f"{line}\n", flush=True)
            output.lines += 1
        return
    if args.format == "table":
        output.write("\n".join(str(piece) for piece in pieces))
        return
    if args.format == "csv":
        output.write(csv_text([], EVENT_COLUMNS))
        for rows in pieces:
            output.write(str(rows))
        return
    if args.format == "html":
        from vstrecha.html import document_page

        output.write(document_page([piece for piece in pieces if isinstance(piece, Document)]))
        return
    # The shape follows the arguments, never the outcome: one named input is one object (null when it failed),
    # a directory or several paths an array of the documents that were read.
    collected = list(pieces)
    single = len(args.paths) == 1 and (args.paths[0] == "-" or not os.path.isdir(args.paths[0]))
    payload = (collected[0] if collected else None) if single else collected
    output.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _scoring_extractor(args: argparse.Namespace) -> Extractor | None:
    """The Extractor eval and eval-timeline score; None (the error said) when a grammar cannot load."""
    try:
        return Extractor(args.grammars, plugins=plugins(args))
    except GrammarError as problem:
        error(str(problem))
        return None


def run_eval(args: argparse.Namespace) -> int:
    from vstrecha.evaluate import evaluate_dir, report

    directory = Path(args.directory)
    if not directory.is_dir():
        error(f"{args.directory}: not a directory")
        return 2
    extractor = _scoring_extractor(args)
    if extractor is None:
        return 2
    scores = evaluate_dir(directory, lambda text, source: extractor.extract(text, None, source), args.glob)
    if len(scores) == 1:
        error(f"{args.directory}: no X.txt with an X.gold.json beside it")
        return 2
    if args.json:
        print(json.dumps({name: result.as_dict() for name, result in scores.items()}, ensure_ascii=False, indent=2))
    else:
        print(report(scores, verbose=args.verbose))
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    from vstrecha.timeline import select, timeline

    try:
        published = parse_published(args.published)
        since = parse_published(args.since)
        until = parse_published(args.until)
        extractor = _loaded(args.grammars, plugins(args))
    except (ValueError, GrammarError) as problem:
        error(str(problem).replace("published date", "date"))
        return 2
    gathered = _gather(args)
    if gathered is None:
        return 2
    inputs, failed = gathered
    documents: list[Document] = []
    for entry in _readable(inputs, args.verbose, args.max_bytes):
        if isinstance(entry, str):
            error(entry)
            failed = True
            continue
        item, text = entry
        name = STDIN if item.path is None else item.name
        try:
            documents.append(extractor.extract(text, published, None if item.path is None else item.name))
        except Exception as problem:  # noqa: BLE001 - one bad text costs that text only
            error(f"{name}: extraction failed ({type(problem).__name__}: {' '.join(str(problem).split())[:300]})")
            failed = True
    line = select(timeline(documents), args.person, since, until)
    output = Output(args.output)
    try:
        output.open()
        if args.format == "jsonl":
            for meeting in line.meetings:
                output.write(json.dumps(meeting.model_dump(mode="json"), ensure_ascii=False) + "\n")
        elif args.format == "csv":
            output.write(csv_text(timeline_records(line), TIMELINE_COLUMNS))
        elif args.format == "html":
            from vstrecha.html import timeline_page

            output.write(timeline_page(line))
        else:
            output.write(line.to_json() + "\n")
        output.commit()
    except OutputError as problem:
        output.discard()
        error(str(problem))
        return 2
    except KeyboardInterrupt:
        output.discard()
        raise
    return 1 if failed else 0


def run_eval_timeline(args: argparse.Namespace) -> int:
    from vstrecha.evaluate import evaluate_timeline, timeline_report

    directory = Path(args.directory)
    gold = Path(args.gold) if args.gold else directory / "timeline.gold.json"
    if not directory.is_dir():
        error(f"{args.directory}: not a directory")
        return 2
    if not gold.is_file():
        error(f"{gold}: no timeline gold (format: corpus/README.md, Timeline gold)")
        return 2
    extractor = _scoring_extractor(args)
    if extractor is None:
        return 2
    scores = {
        "extracted events": evaluate_timeline(
            directory, gold, lambda text, source: extractor.extract(text, None, source), args.glob
        ),
        "gold events": evaluate_timeline(directory, gold, None, args.glob),
    }
    if args.json:
        print(json.dumps({name: result.as_dict() for name, result in scores.items()}, ensure_ascii=False, indent=2))
    else:
        print(timeline_report(scores, verbose=args.verbose))
    return 0


def run_explain(args: argparse.Namespace) -> int:
    from vstrecha.explain import explain

    try:
        extractor = Extractor(args.grammars, plugins=plugins(args))
        text, _ = read_input(Input(args.path, None if args.path == "-" else Path(args.path)))
        doc = extractor.analyze(text, parse_published(args.published), args.path)
    except (GrammarError, InputError, ValueError) as problem:
        error(str(problem))
        return 2
    if args.sentence is not None and not 0 <= args.sentence < len(doc.sentences):
        error(f"--sentence {args.sentence}: {args.path} has sentences 0 to {len(doc.sentences) - 1}")
        return 2
    print(explain(doc, args.sentence))
    return 0


def run_export_factrueval(args: argparse.Namespace) -> int:
    from vstrecha.factrueval import answer_path, answer_text

    directory, out = Path(args.directory), Path(args.output)
    if not directory.is_dir():
        error(f"{args.directory}: not a directory")
        return 2
    try:
        extractor = Extractor(args.grammars, plugins=plugins(args))
        out.mkdir(parents=True, exist_ok=True)
    except GrammarError as problem:
        error(str(problem))
        return 2
    except OSError as problem:
        error(f"{args.output}: cannot write ({problem.strerror})")
        return 2
    failed = False
    for path in sorted(directory.glob("book_*.txt")):
        try:
            text, _ = read_input(Input(str(path), path))
        except InputError as problem:
            error(str(problem))
            failed = True
            continue
        answer_path(path, out).write_text(answer_text(extractor.extract(text, None, str(path))), encoding="utf-8")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return run_extract(args)
        if args.command == "eval":
            return run_eval(args)
        if args.command == "timeline":
            return run_timeline(args)
        if args.command == "eval-timeline":
            return run_eval_timeline(args)
        if args.command == "export-factrueval":
            return run_export_factrueval(args)
        return run_explain(args)
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    except Terminated:
        return 143


def _quiet_stdout() -> None:
    """stdout is gone (a closed pipe): what is still buffered goes nowhere instead of into a second error at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
