"""Peak memory of one Extractor over a long run of new words.

Every cache of vstrecha is keyed by word form, so a long run with an open vocabulary is what could
make memory grow. This script feeds one Extractor documents made of a corpus paragraph and 200
made-up words each (a third of them capitalized, so name and place rules try them too) and prints
the peak resident memory as it goes. The caches are bounded: memory must level off.

    python bench/memory.py                 # 3,000 documents, 600,000 new words
    python bench/memory.py --documents 500
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from pathlib import Path

from vstrecha import Extractor

ROOT = Path(__file__).resolve().parents[1]
LETTERS = "абвгдежзиклмнопрстуфхцчшэюя"


def made_up_words(generator: random.Random, count: int) -> list[str]:
    words = []
    for _ in range(count):
        word = "".join(generator.choice(LETTERS) for _ in range(generator.randint(4, 9)))
        words.append(word.capitalize() if generator.random() < 0.3 else word)
    return words


def peak_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--every", type=int, default=500, help="print a line every this many documents")
    args = parser.parse_args()
    generator = random.Random(7)
    paragraph = sorted((ROOT / "corpus").glob("0*.txt"))[0].read_text(encoding="utf-8")[:1500]
    extractor = Extractor()
    started = time.perf_counter()
    print(f"{'documents':>9}  {'new words':>9}  {'seconds':>7}  {'peak MB':>7}")
    for number in range(1, args.documents + 1):
        extractor.extract(paragraph + "\n" + " ".join(made_up_words(generator, 200)) + ".")
        if number % args.every == 0 or number == args.documents:
            print(f"{number:>9}  {number * 200:>9}  {time.perf_counter() - started:>7.1f}  {peak_mb():>7}", flush=True)


if __name__ == "__main__":
    main()
