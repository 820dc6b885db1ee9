"""Throughput of vstrecha against natasha and against the razdel + pymorphy3 floor, in one table.

Every measured system runs in a fresh interpreter of its own, so imports, caches and memory never mix:
the parent only lists files, starts workers (``--worker NAME``) and prints what they report.

    python bench/throughput.py [DEVSET] [--corpus DIR] [--rounds N] [--json OUT]

Measured per system and text set: load (import + models), cold start (load + the first document),
processing time of every document once, KiB/s of UTF-8 text, documents/s, peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEVSET = ROOT / ".." / "shared" / "factrueval" / "devset"
DEFAULT_CORPUS = ROOT / "corpus"
SIZES = (1, 4, 16)
MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)

Process = Callable[[str], object]


# --- the systems (each import happens inside its worker process) -------------------------------------------


def load_vstrecha() -> Process:
    from vstrecha import Extractor

    extractor = Extractor()
    return extractor.extract


def load_natasha_ner() -> Process:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def run(text: str) -> object:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return doc.spans

    return run


def load_natasha_dates() -> Process:
    from natasha import DatesExtractor, MorphVocab

    extractor = DatesExtractor(MorphVocab())
    return lambda text: list(extractor(text))


def load_natasha_names() -> Process:
    from natasha import MorphVocab, NamesExtractor

    extractor = NamesExtractor(MorphVocab())
    return lambda text: list(extractor(text))


def load_razdel() -> Process:
    from razdel import sentenize, tokenize

    return lambda text: [list(tokenize(sentence.text)) for sentence in sentenize(text)]


def load_razdel_pymorphy3() -> Process:
    """The floor of any morphology-based pipeline: every token analysed, nothing cached."""
    import pymorphy3
    from razdel import sentenize, tokenize

    morph = pymorphy3.MorphAnalyzer()
    return lambda text: [[morph.parse(t.text) for t in tokenize(s.text)] for s in sentenize(text)]


def load_razdel_pymorphy3_cached() -> Process:
    """The same floor with one analysis per distinct word form, as vstrecha does it."""
    from functools import lru_cache

    import pymorphy3
    from razdel import sentenize, tokenize

    parse = lru_cache(maxsize=200_000)(pymorphy3.MorphAnalyzer().parse)
    return lambda text: [[parse(t.text.lower()) for t in tokenize(s.text)] for s in sentenize(text)]


SYSTEMS: dict[str, tuple[str, Callable[[], Process]]] = {
    "vstrecha": ("vstrecha full extraction", load_vstrecha),
    "natasha_ner": ("natasha Segmenter + NewsNERTagger", load_natasha_ner),
    "natasha_dates": ("natasha DatesExtractor", load_natasha_dates),
    "natasha_names": ("natasha NamesExtractor", load_natasha_names),
    "razdel": ("razdel sentences + tokens", load_razdel),
    "razdel_pymorphy3": ("razdel + pymorphy3 every token", load_razdel_pymorphy3),
    "razdel_pymorphy3_cached": ("razdel + pymorphy3 cached per form", load_razdel_pymorphy3_cached),
}


# --- texts ---------------------------------------------------------------------------------------------------


def text_files(directory: Path) -> list[Path]:
    files = sorted(directory.glob("*.txt"))
    if not files:
        raise SystemExit(f"throughput: {directory}: no .txt files")
    return files


def replicate(texts: Sequence[str], copies: int) -> list[str]:
    """Distinct copies: each copy ends with its own sentence, so no per-document cache can reuse a result."""
    result = []
    for copy in range(copies):
        day, month, year = 1 + copy % 28, MONTHS[copy % 12], 2000 + copy
        tail = f"\n\nКопия {copy + 1} из {copies}: материал обновлён {day} {month} {year} года."
        result.extend(text + tail for text in texts)
    return result


# --- the worker ----------------------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def measure(system: str, files: list[Path], copies: int) -> dict[str, float]:
    texts = replicate([path.read_text(encoding="utf-8") for path in files], copies)
    started = time.perf_counter()
    process = SYSTEMS[system][1]()
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    first_done = loaded
    failed = 0
    for index, text in enumerate(texts):
        try:
            process(text)
        except Exception as error:  # a grammar bug on one text must not void the whole measurement
            failed += 1
            print(f"{system}: document {index}: {type(error).__name__}: {error}", file=sys.stderr)
        if index == 0:
            first_done = time.perf_counter()
    finished, cpu_finished = time.perf_counter(), time.process_time()
    return {
        "docs": len(texts),
        "failed": failed,
        "kib": sum(len(text.encode("utf-8")) for text in texts) / 1024,
        "load": loaded - started,
        "cold": first_done - started,
        "seconds": finished - loaded,
        "cpu": cpu_finished - cpu_loaded,
        "peak_mb": peak_rss_mb(),
    }


def run_worker(system: str, files: list[Path], copies: int, rounds: int) -> dict[str, float]:
    """The fastest of `rounds` fresh processes (the least disturbed by the rest of the machine)."""
    best: dict[str, float] | None = None
    for _ in range(rounds):
        command = [sys.executable, __file__, "--worker", system, "--copies", str(copies), *map(str, files)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            raise SystemExit(f"throughput: {system} failed:\n{done.stderr}")
        sys.stderr.write(done.stderr)
        result = json.loads(done.stdout.splitlines()[-1])
        if best is None or result["seconds"] < best["seconds"]:
            best = result
    assert best is not None
    return best


def cli_seconds(arguments: list[str], rounds: int = 3) -> float:
    """Wall time of a `python -m vstrecha` run, start-up included: the fastest of ``rounds`` runs.

    One wall-clock sample of a two-second run on a shared machine moves by a tenth of a second."""
    fastest = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "vstrecha", *arguments], capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            raise SystemExit(f"throughput: vstrecha {' '.join(arguments)} failed:\n{done.stderr}")
        fastest = min(fastest, time.perf_counter() - started)
    return fastest


# --- the table -----------------------------------------------------------------------------------------------


def rate(result: dict[str, float], key: str) -> float:
    return result[key] / result["seconds"] if result["seconds"] > 0 else float("inf")


def docs_cell(result: dict[str, float]) -> str:
    """Documents processed, with the number that raised an error (still timed) when there are any."""
    return f"{result['docs']:.0f}" + (f" ({result['failed']:.0f} failed)" if result.get("failed") else "")


def render(rows: list[list[str]], header: list[str]) -> str:
    """A plain-text table: the first column left-aligned, figures right-aligned."""
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]

    def line(row: list[str]) -> str:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(cells).rstrip()

    return "\n".join([line(header), "  ".join("-" * width for width in widths), *map(line, rows)])


def system_rows(results: dict[tuple[str, str], dict[str, float]], sets: list[str]) -> list[list[str]]:
    rows = []
    for text_set in sets:
        ours = results[("vstrecha", text_set)]
        for system, (label, _) in SYSTEMS.items():
            result = results.get((system, text_set))
            if result is None:
                continue
            rows.append(
                [
                    label,
                    text_set,
                    docs_cell(result),
                    f"{result['kib']:.0f}",
                    f"{result['load']:.2f}",
                    f"{result['cold']:.2f}",
                    f"{result['seconds']:.2f}",
                    f"{result['cpu']:.2f}",
                    f"{rate(result, 'kib'):.1f}",
                    f"{rate(result, 'docs'):.1f}",
                    f"{result['peak_mb']:.0f}",
                    f"{rate(ours, 'kib') / rate(result, 'kib'):.2f}x",
                ]
            )
    return rows


def worker(argv: list[str]) -> int:
    """One measurement in this fresh process; the figures go to stdout as one JSON line."""
    parser = argparse.ArgumentParser(prog="throughput.py --worker")
    parser.add_argument("system", choices=sorted(SYSTEMS))
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.system, args.files, args.copies)))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        return worker(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET, help="directory of *.txt news")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=1, help="fresh processes per measurement; the fastest counts")
    parser.add_argument("--systems", nargs="+", choices=sorted(SYSTEMS), default=list(SYSTEMS))
    parser.add_argument("--sizes", nargs="+", type=int, default=list(SIZES), help="corpus replication factors")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI start-up and --jobs measurements")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the raw figures here")
    args = parser.parse_args(argv)
    sets = {"devset": text_files(args.devset.resolve()), "corpus": text_files(args.corpus.resolve())}
    systems = ["vstrecha", *[name for name in args.systems if name != "vstrecha"]]
    results: dict[tuple[str, str], dict[str, float]] = {}
    for text_set, files in sets.items():
        for system in systems:
            print(f"measuring {system} on {text_set}...", file=sys.stderr, flush=True)
            results[(system, text_set)] = run_worker(system, files, 1, args.rounds)
    growth = {}
    for copies in args.sizes:
        print(f"measuring vstrecha on corpus x{copies}...", file=sys.stderr, flush=True)
        growth[copies] = run_worker("vstrecha", sets["corpus"], copies, args.rounds)

    header = [
        "system",
        "texts",
        "docs",
        "KiB",
        "load s",
        "cold s",
        "run s",
        "cpu s",
        "KiB/s",
        "docs/s",
        "peak MB",
        "vstrecha/x",
    ]
    busy = f"load average {os.getloadavg()[0]:.1f} at the end" if hasattr(os, "getloadavg") else ""
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, {busy}; every row a fresh process; KiB of UTF-8")
    print(render(system_rows(results, list(sets)), header))
    print()
    base = rate(growth[args.sizes[0]], "kib")
    growth_rows = [
        [
            f"vstrecha corpus x{copies}",
            docs_cell(result),
            f"{result['kib']:.0f}",
            f"{result['seconds']:.2f}",
            f"{result['cpu']:.2f}",
            f"{rate(result, 'kib'):.1f}",
            f"{rate(result, 'docs'):.1f}",
            f"{result['peak_mb']:.0f}",
            f"{rate(result, 'kib') / base:.2f}",
        ]
        for copies, result in growth.items()
    ]
    print(
        render(
            growth_rows,
            ["replicated", "docs", "KiB", "run s", "cpu s", "KiB/s", "docs/s", "peak MB", f"vs x{args.sizes[0]}"],
        )
    )

    cli: dict[str, float] = {}
    if not args.no_cli:
        print(file=sys.stderr)
        article = sets["corpus"][0]
        rounds = max(3, args.rounds)
        cli["cold_one_file"] = cli_seconds(["extract", "-o", os.devnull, str(article)], rounds)
        for jobs in (1, 2):
            print(f"measuring vstrecha extract --jobs {jobs} on devset...", file=sys.stderr, flush=True)
            arguments = ["extract", "--quiet", "--format", "jsonl", "-o", os.devnull, "--jobs", str(jobs)]
            cli[f"jobs_{jobs}"] = cli_seconds([*arguments, str(args.devset.resolve())], rounds)
        print()
        print(
            f"CLI, wall time with start-up, fastest of {rounds}: one article {cli['cold_one_file']:.2f} s; "
            f"devset --jobs 1 {cli['jobs_1']:.2f} s, --jobs 2 {cli['jobs_2']:.2f} s "
            f"(speed-up {cli['jobs_1'] / cli['jobs_2']:.2f}x)"
        )

    if args.json:
        raw = {
            "systems": {f"{system}@{text_set}": result for (system, text_set), result in results.items()},
            "growth": {f"x{copies}": result for copies, result in growth.items()},
            "cli": cli,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
