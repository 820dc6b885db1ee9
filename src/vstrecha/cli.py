"""Command line: extract, eval, explain, export-factrueval."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TextIO

from vstrecha.grammar import GrammarError
from vstrecha.io import Input, InputError, collect, read_input
from vstrecha.models import Document
from vstrecha.pipeline import Extractor, parse_published
from vstrecha.render import jsonl_line, table


def error(message: str) -> None:
    print(f"vstrecha: error: {message}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vstrecha", description="Meeting events from Russian news text.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract events and entities from texts")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a directory of them, or - for stdin")
    extract.add_argument("--format", choices=("json", "jsonl", "table"), default="json")
    extract.add_argument("--entities", action="store_true", help="with --format table: list entities too")
    extract.add_argument("--published", metavar="DATE", help="publication date YYYY-MM-DD (overrides the header)")
    extract.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    extract.add_argument("--grammars", action="append", default=[], metavar="DIR", help="a directory of user grammars")
    extract.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    extract.add_argument("-v", "--verbose", action="store_true", help="report the encoding of each input")

    evaluate = commands.add_parser("eval", help="score extraction against X.gold.json files")
    evaluate.add_argument("directory", metavar="DIR")
    evaluate.add_argument("--grammars", action="append", default=[], metavar="DIR")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument(
        "--glob", default="*.txt", metavar="PATTERN", help="score only the texts matching it, e.g. '3*.txt' (a batch)"
    )
    evaluate.add_argument("-v", "--verbose", action="store_true", help="list missed, wrong and extra events")

    explain = commands.add_parser("explain", help="show which rule produced each value")
    explain.add_argument("path", metavar="FILE")
    explain.add_argument("--sentence", type=int, metavar="N", help="only sentence N (0-based)")
    explain.add_argument("--published", metavar="DATE")
    explain.add_argument("--grammars", action="append", default=[], metavar="DIR")

    export = commands.add_parser("export-factrueval", help="write factRuEval task 3 meeting answers")
    export.add_argument("directory", metavar="DIR", help="a directory of book_N.txt")
    export.add_argument("output", metavar="OUT", help="the directory to write book_N.task3 into")
    export.add_argument("--grammars", action="append", default=[], metavar="DIR")
    return parser


_worker: Extractor | None = None


def _loaded(grammars: list[str]) -> Extractor:
    """An Extractor for the whole run. What it loads lives as long as the process, so the garbage
    collector is told to stop scanning it (and forked workers then share its memory pages)."""
    extractor = Extractor(grammars)
    gc.freeze()
    return extractor


def _init_worker(grammars: list[str]) -> None:
    """A forked worker inherits the parent's Extractor; a spawned one loads its own."""
    global _worker
    if _worker is None:
        _worker = _loaded(grammars)


def _work(job: tuple[str, str, str | None]) -> Document:
    text, source, published = job
    assert _worker is not None
    return _worker.extract(text, published, source)


def _work_line(job: tuple[str, str, str | None]) -> str:
    """A JSONL line is written by the worker: the parent then only copies text to the output."""
    return jsonl_line(_work(job))


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


def _readable(inputs: list[Input], verbose: bool) -> Iterator[tuple[Input, str] | str]:
    for item in inputs:
        try:
            text, encoding = read_input(item)
        except InputError as problem:
            yield str(problem)
            continue
        if verbose:
            print(f"vstrecha: {item.name}: read as {encoding}", file=sys.stderr)
        yield item, text


def run_extract(args: argparse.Namespace) -> int:
    try:
        published = parse_published(args.published)
        extractor = _loaded(args.grammars)
    except (ValueError, GrammarError) as problem:
        error(str(problem))
        return 2
    inputs, problems = collect(args.paths)
    for problem in problems:
        error(problem)
    failed = bool(problems)
    progress = Progress(len(inputs), len(inputs) > 1 and not args.quiet and sys.stderr.isatty())
    published_text = published.isoformat() if published else None

    def jobs() -> Iterator[tuple[str, str, str | None]]:
        nonlocal failed
        for entry in _readable(inputs, args.verbose):
            if isinstance(entry, str):
                error(entry)
                failed = True
                progress.step()
                continue
            item, text = entry
            yield text, (None if item.path is None else item.name), published_text

    def documents() -> Iterator[Document | str]:
        global _worker
        _worker = extractor
        work = _work_line if args.format == "jsonl" else _work
        if args.jobs <= 1:
            for job in jobs():
                yield work(job)
                progress.step()
            return
        with ProcessPoolExecutor(args.jobs, initializer=_init_worker, initargs=(args.grammars,)) as pool:
            pending: deque[Future[Document | str]] = deque()
            for job in jobs():  # a few documents per worker in flight: memory stays flat, order stays
                pending.append(pool.submit(work, job))
                if len(pending) >= 4 * args.jobs:
                    yield pending.popleft().result()
                    progress.step()
            while pending:
                yield pending.popleft().result()
                progress.step()

    try:
        out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as problem:
        error(f"{args.output}: cannot write ({problem.strerror})")
        return 2
    try:
        write(documents(), args, out)
    finally:
        if args.output:
            out.close()
    return 1 if failed else 0


def write(documents: Iterator[Document | str], args: argparse.Namespace, out: TextIO) -> None:
    if args.format == "jsonl":
        for line in documents:
            out.write(f"{line}\n")
            out.flush()
        return
    collected = [document for document in documents if isinstance(document, Document)]
    if args.format == "table":
        out.write(table(collected, entities=args.entities))
        return
    single = len(args.paths) == 1 and (args.paths[0] == "-" or Path(args.paths[0]).is_file())
    payload = collected[0].to_dict() if single and len(collected) == 1 else [d.to_dict() for d in collected]
    out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def run_eval(args: argparse.Namespace) -> int:
    from vstrecha.evaluate import evaluate_dir, report

    directory = Path(args.directory)
    if not directory.is_dir():
        error(f"{args.directory}: not a directory")
        return 2
    try:
        extractor = Extractor(args.grammars)
    except GrammarError as problem:
        error(str(problem))
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


def run_explain(args: argparse.Namespace) -> int:
    from vstrecha.explain import explain

    try:
        extractor = Extractor(args.grammars)
        text, _ = read_input(Input(args.path, None if args.path == "-" else Path(args.path)))
        doc = extractor.analyze(text, parse_published(args.published), args.path)
    except (GrammarError, InputError, ValueError) as problem:
        error(str(problem))
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
        extractor = Extractor(args.grammars)
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
        if args.command == "export-factrueval":
            return run_export_factrueval(args)
        return run_explain(args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
