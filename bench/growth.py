"""Growth: time per MB and peak memory as one input gets longer.

Each case runs in a fresh process (`vstrecha extract FILE --format jsonl`), so its peak resident memory is
its own. The reference is the smallest case of each shape, measured in the same run: a linear pipeline keeps
time per MB within a small factor from the smallest to the largest input, and memory bounded.

    python bench/growth.py            # every case (several minutes)
    python bench/growth.py --quick    # the smaller sizes only
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "vstrecha", "extract", "--format", "jsonl"]


def corpus_text() -> str:
    parts = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        parts.append(text.split("\n", 1)[1] if text.startswith(" date") else text)
    return "\n".join(parts)


def sentence(unit: str, tokens: int, per_unit: int) -> str:
    return unit * (tokens // per_unit)


SHAPES = {
    "meeting words": ("встреча и переговоры и ", 4),
    "names": ("Путин, Си Цзиньпин, Трамп, ", 6),
    "dates": ("15 августа 2025 года, ", 5),
}


def run(path: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one extraction in its own process."""
    started = time.perf_counter()
    process = subprocess.Popen([*CLI, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return time.perf_counter() - started, usage.ru_maxrss // 1024


def cases(quick: bool) -> list[tuple[str, str, str]]:
    """(group, label, text); the first case of a group is its reference."""
    text = corpus_text()
    found = []
    for megabytes in (0.25, 1) if quick else (0.25, 1, 4):
        size = int(megabytes * 1024 * 1024)
        body = (text + "\n") * (size // len(text.encode("utf-8")) + 1)
        found.append(
            ("corpus as one document", f"{megabytes} MB", body.encode("utf-8")[:size].decode("utf-8", "ignore"))
        )
    for shape, (unit, per_unit) in SHAPES.items():
        for tokens in (1_000, 10_000) if quick else (1_000, 10_000, 50_000):
            found.append((f"one sentence of {shape}", f"{tokens:,} tokens", sentence(unit, tokens, per_unit)))
    for char in (".", "-", "\u200b"):
        for count in (100_000, 1_000_000) if not quick else (100_000,):
            found.append((f"one repeated character {char!r}", f"{count:,} chars", char * count))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    options = parser.parse_args()
    print(f"{'case':<40} {'size':>14} {'MB':>7} {'seconds':>8} {'s/MB':>7} {'x ref':>6} {'peak MB':>8}")
    reference: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for group, label, text in cases(options.quick):
            path = Path(folder) / "input.txt"
            path.write_text(text, encoding="utf-8")
            megabytes = path.stat().st_size / 1024 / 1024
            seconds, peak = run(path)
            per_mb = seconds / megabytes
            reference.setdefault(group, per_mb)
            ratio = per_mb / reference[group]
            print(f"{group:<40} {label:>14} {megabytes:7.2f} {seconds:8.2f} {per_mb:7.1f} {ratio:6.2f} {peak:8}")


if __name__ == "__main__":
    main()
