"""Scaling over processes: `extract --jobs 1/2` against `extract --dask local:1/local:2` on the same documents.

    python bench/scaling.py [DEVSET] [--corpus DIR] [--copies 6] [--rounds 1]

The devset and the corpus, repeated as distinct copies (bench/throughput.py, ``replicate``) until there are at
least 1,000 documents, are written as files; each configuration is one run of the command line, start-up (and
the Dask cluster's) included. The outputs are checked to be byte-identical.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from throughput import DEFAULT_CORPUS, DEFAULT_DEVSET, replicate, text_files

ROOT = Path(__file__).resolve().parents[1]


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(arguments: list[str]) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the run and every process it started (workers, a Dask cluster)."""
    started, cpu = time.perf_counter(), cpu_of_children()
    done = subprocess.run([sys.executable, "-m", "vstrecha", *arguments], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"scaling: vstrecha {' '.join(arguments)} failed:\n{done.stderr}")
    return time.perf_counter() - started, cpu_of_children() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--copies", type=int, default=6, help="copies of devset + corpus (6: 1,176 documents)")
    parser.add_argument("--rounds", type=int, default=1, help="runs per configuration; the fastest counts")
    args = parser.parse_args(argv)
    texts = [path.read_text(encoding="utf-8") for path in text_files(args.devset) + text_files(args.corpus)]
    texts = replicate(texts, args.copies)
    with tempfile.TemporaryDirectory(prefix="vstrecha-scaling-") as work:
        inputs = Path(work) / "in"
        inputs.mkdir()
        for index, text in enumerate(texts):
            (inputs / f"{index:06d}.txt").write_text(text, encoding="utf-8")
        kib = sum(len(text.encode("utf-8")) for text in texts) / 1024
        configurations = {
            "--jobs 1": ["--jobs", "1", "--format", "jsonl", "-o", str(Path(work) / "jobs1.jsonl")],
            "--jobs 2": ["--jobs", "2", "--format", "jsonl", "-o", str(Path(work) / "jobs2.jsonl")],
            "--dask local:1": ["--dask", "local:1", "-o", str(Path(work) / "dask1")],
            "--dask local:2": ["--dask", "local:2", "-o", str(Path(work) / "dask2")],
        }
        seconds = {}
        for name, arguments in configurations.items():
            print(f"running extract {name} over {len(texts)} documents...", file=sys.stderr, flush=True)
            seconds[name] = min(
                run(["extract", "--quiet", "--no-plugins", *arguments, str(inputs)]) for _ in range(args.rounds)
            )
        reference = (Path(work) / "jobs1.jsonl").read_bytes()
        outputs = {
            "--jobs 2": (Path(work) / "jobs2.jsonl").read_bytes(),
            **{
                f"--dask local:{n}": b"".join(p.read_bytes() for p in sorted((Path(work) / f"dask{n}").glob("part-*")))
                for n in (1, 2)
            },
        }
        identical = all(output == reference for output in outputs.values())
    load = f", load average {os.getloadavg()[0]:.1f} at the end" if hasattr(os, "getloadavg") else ""
    print(f"{len(texts)} documents, {kib:.0f} KiB; {os.cpu_count()} CPUs{load}; outputs identical: {identical}\n")
    print("| run | wall s | cpu s | KiB/s | docs/s | speed-up | cpu vs --jobs 1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (wall, cpu) in seconds.items():
        base = seconds["--jobs 1"] if name.startswith("--jobs") else seconds["--dask local:1"]
        rates = f"{kib / wall:.0f} | {len(texts) / wall:.1f}"
        ratio = f"{cpu / seconds['--jobs 1'][1]:.2f}"
        print(f"| `extract {name}` | {wall:.1f} | {cpu:.1f} | {rates} | {base[0] / wall:.2f}x | {ratio} |")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
