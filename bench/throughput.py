"""Throughput of vstrecha's full extraction against the job a natasha user runs, in one process and one run.

    python bench/throughput.py [DEVSET] [--corpus DIR] [--passes 3] [--json OUT]

Every system on every text set: its load (imports and models), a first pass over the texts with its caches
cold, then three passes with them warm (the fastest counts). One core: the BLAS thread pools of numpy (natasha's
taggers) are limited to one thread before anything imports numpy, and the process is
pinned to one CPU with --pin.
"""

from __future__ import annotations

import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_variable] = "1"  # before numpy is imported by anything: one core for every system

import argparse  # noqa: E402 - after the thread limits
import gc  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from dataclasses import asdict, dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEVSET = Path(os.environ.get("FACTRUEVAL_DEVSET", ROOT / ".." / "shared" / "factrueval" / "devset"))
DEFAULT_CORPUS = ROOT / "corpus"
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


# --- the systems: each loader gives a fresh instance, its caches empty ----------------------------------------


def fresh_vstrecha_state() -> None:
    """What one process keeps between Extractors, forgotten: the grammar modules (their compiled parsers and
    predicate answers), the process's morphology engine and every functools cache of vstrecha's modules (token
    atoms, data files, names)."""
    for name in [name for name in sys.modules if name.split(".")[0] == "vstrecha_grammars"]:
        del sys.modules[name]
    import vstrecha.morph

    vstrecha.morph._shared = None  # a fresh process has one engine, made by the first Extractor
    for name, module in list(sys.modules.items()):
        if name == "vstrecha" or name.startswith("vstrecha."):
            for value in list(vars(module).values()):
                if not isinstance(value, type) and callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def load_vstrecha() -> Process:
    from vstrecha import Extractor

    fresh_vstrecha_state()
    return Extractor(plugins=False).extract


def load_natasha_job() -> Process:
    """What a natasha user runs for the same job: persons normalized and split into names, places, dates.

    Spans of persons and places are normalized (an organization's normal form needs the syntax parser, which
    the job does not need); NamesExtractor reads each person's normal form; DatesExtractor the whole text."""
    from natasha import (
        LOC,
        PER,
        DatesExtractor,
        Doc,
        MorphVocab,
        NamesExtractor,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        Segmenter,
    )

    embedding, vocab = NewsEmbedding(), MorphVocab()
    segmenter, morph, ner = Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding)
    names, dates = NamesExtractor(vocab), DatesExtractor(vocab)

    def run(text: str) -> object:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        for span in doc.spans:
            if span.type in (PER, LOC):
                span.normalize(vocab)
            if span.type == PER:
                span.extract_fact(names)
        return doc.spans, list(dates(text))

    return run


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


def load_razdel_pymorphy3() -> Process:
    """The floor of any morphology-based pipeline: razdel sentences and tokens, pymorphy3 once per word form
    (as vstrecha calls it)."""
    from functools import lru_cache

    import pymorphy3
    from razdel import sentenize, tokenize

    parse = lru_cache(maxsize=200_000)(pymorphy3.MorphAnalyzer().parse)
    return lambda text: [[parse(t.text.lower()) for t in tokenize(s.text)] for s in sentenize(text)]


def load_razdel() -> Process:
    from razdel import sentenize, tokenize

    return lambda text: [list(tokenize(sentence.text)) for sentence in sentenize(text)]


SYSTEMS: dict[str, tuple[str, Callable[[], Process]]] = {
    "vstrecha": ("vstrecha full extraction", load_vstrecha),
    "natasha_job": ("natasha, the same job", load_natasha_job),
    "natasha_ner": ("natasha Segmenter + NewsNERTagger", load_natasha_ner),
    "razdel_pymorphy3": ("razdel + pymorphy3 per word form (floor)", load_razdel_pymorphy3),
    "razdel": ("razdel sentences + tokens", load_razdel),
    "natasha_dates": ("natasha DatesExtractor alone", load_natasha_dates),
    "natasha_names": ("natasha NamesExtractor alone", load_natasha_names),
}
DEFAULT_SYSTEMS = ["vstrecha", "natasha_job", "natasha_ner", "razdel_pymorphy3"]


# --- texts ---------------------------------------------------------------------------------------------------


def text_files(directory: Path) -> list[Path]:
    files = sorted(directory.glob("*.txt"))
    if not files:
        raise SystemExit(f"throughput: {directory}: no .txt files")
    return files


def replicate(texts: Sequence[str], copies: int) -> list[str]:
    """Distinct copies: each copy ends with its own sentence, so no per-document cache can reuse a result."""
    if copies == 1:
        return list(texts)
    result = []
    for copy in range(copies):
        day, month, year = 1 + copy % 28, MONTHS[copy % 12], 2000 + copy
        tail = f"\n\nКопия {copy + 1} из {copies}: материал обновлён {day} {month} {year} года."
        result.extend(text + tail for text in texts)
    return result


# --- measuring -----------------------------------------------------------------------------------------------


@dataclass
class Figures:
    docs: int
    kib: float
    load: float
    cold: float  # seconds of the first pass
    cold_cpu: float
    warm: float  # seconds of the fastest warm pass
    warm_cpu: float
    failed: int = 0
    passes: list[float] = field(default_factory=list)


def one_pass(process: Process, texts: list[str], name: str) -> tuple[float, float, int]:
    failed = 0
    started, cpu = time.perf_counter(), time.process_time()
    for index, text in enumerate(texts):
        try:
            process(text)
        except Exception as error:  # a bug on one text must not void the whole measurement
            failed += 1
            print(f"{name}: document {index}: {type(error).__name__}: {error}", file=sys.stderr)
    return time.perf_counter() - started, time.process_time() - cpu, failed


def measure(system: str, texts: list[str], passes: int) -> Figures:
    gc.collect()
    started = time.perf_counter()
    process = SYSTEMS[system][1]()
    load = time.perf_counter() - started
    cold, cold_cpu, failed = one_pass(process, texts, system)
    warm = [one_pass(process, texts, system)[:2] for _ in range(passes)]
    best = min(warm, key=lambda seconds: seconds[1])  # the least disturbed pass: the least CPU time
    kib = sum(len(text.encode("utf-8")) for text in texts) / 1024
    return Figures(len(texts), kib, load, cold, cold_cpu, best[0], best[1], failed, [seconds for seconds, _ in warm])


def pin_to_one_cpu() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


# --- the table -----------------------------------------------------------------------------------------------


def render(rows: list[list[str]], header: list[str]) -> str:
    """A Markdown table: the first two columns left-aligned, figures right-aligned."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---", "---"] + ["---:"] * (len(header) - 2)) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def table(results: dict[tuple[str, str], Figures], sets: dict[str, str]) -> str:
    """KiB/s by wall time and by CPU time (on a machine shared with other work, CPU time is the steadier
    measure); the ratios to vstrecha by CPU time."""
    header = ["system", "texts", "load s", "cold KiB/s", "cold KiB/s cpu", "warm KiB/s", "warm KiB/s cpu"]
    header += ["vstrecha/x cold", "vstrecha/x warm"]
    rows = []
    for text_set, label in sets.items():
        ours = results[("vstrecha", text_set)]
        for system, (name, _) in SYSTEMS.items():
            figures = results.get((system, text_set))
            if figures is None:
                continue
            failed = f" ({figures.failed} failed)" if figures.failed else ""
            rows.append(
                [
                    name + failed,
                    label,
                    f"{figures.load:.2f}",
                    f"{figures.kib / figures.cold:.0f}",
                    f"{figures.kib / figures.cold_cpu:.0f}",
                    f"{figures.kib / figures.warm:.0f}",
                    f"{figures.kib / figures.warm_cpu:.0f}",
                    f"{figures.cold_cpu / ours.cold_cpu:.2f}x",
                    f"{figures.warm_cpu / ours.warm_cpu:.2f}x",
                ]
            )
    return render(rows, header)


def targets(results: dict[tuple[str, str], Figures], text_set: str) -> list[str]:
    """The targets of the issue: warm >= 1.5x natasha Segmenter + NER, cold >= 5x natasha's same job."""
    lines = []
    ours = results[("vstrecha", text_set)]
    for system, which, goal in (("natasha_ner", "warm", 1.5), ("natasha_job", "cold", 5.0)):
        other = results.get((system, text_set))
        if other is None:
            continue
        ratio = getattr(other, f"{which}_cpu") / getattr(ours, f"{which}_cpu")
        verdict = "reached" if ratio >= goal else "missed"
        lines.append(f"{text_set}: vstrecha {which} {ratio:.2f}x {SYSTEMS[system][0]} (target {goal}x: {verdict})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET, help="directory of *.txt news")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--passes", type=int, default=3, help="warm passes; the fastest counts")
    parser.add_argument("--copies", type=int, default=1, help="each text set repeated (distinct copies)")
    parser.add_argument("--systems", nargs="+", choices=sorted(SYSTEMS), default=DEFAULT_SYSTEMS)
    parser.add_argument("--pin", action="store_true", help="pin the process to one CPU (an idle machine only)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the raw figures here")
    args = parser.parse_args(argv)
    pinned = pin_to_one_cpu() if args.pin else "one thread (not pinned)"
    directories = {"devset": args.devset.resolve(), "corpus": args.corpus.resolve()}
    texts = {
        name: replicate([path.read_text(encoding="utf-8") for path in text_files(directory)], args.copies)
        for name, directory in directories.items()
    }
    systems = ["vstrecha", *[name for name in args.systems if name != "vstrecha"]]
    results: dict[tuple[str, str], Figures] = {}
    for text_set, batch in texts.items():
        for system in systems:
            print(f"measuring {system} on {text_set}...", file=sys.stderr, flush=True)
            results[(system, text_set)] = measure(system, batch, args.passes)

    sets = {
        name: f"{name}, {len(batch)} texts, {results[('vstrecha', name)].kib:.0f} KiB" for name, batch in texts.items()
    }
    load = f"load average {os.getloadavg()[0]:.1f} at the end" if hasattr(os, "getloadavg") else ""
    print(f"python {sys.version.split()[0]}, one process, {pinned}, BLAS threads 1, {load}")
    print(f"cold: the first pass after load; warm: the fastest of {args.passes} passes after it; KiB of UTF-8;")
    print("ratios: the other system's CPU seconds over vstrecha's (above 1: vstrecha is faster)\n")
    print(table(results, sets))
    print()
    for text_set in texts:
        print("\n".join(targets(results, text_set)))
    if args.json:
        raw = {f"{system}@{text_set}": asdict(figures) for (system, text_set), figures in results.items()}
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
