"""Fuzzing at scale: ten thousand random texts (and random files) through extract() and the input reader.

The strategies and checks are those of the property tests (tests/fuzzing.py); the test suite runs a few dozen
examples, this script as many as asked. Every text goes through ``Extractor.extract`` with a random
publication date, and its Document is checked against the shipped schema, a JSON round trip, the documented
shapes of values and the offsets. Random bytes go through ``decode`` (the CLI's reader). An exception or a
failed check stops the run with the smallest input Hypothesis finds for it.

    python bench/fuzz.py                    # 10,000 texts, 10,000 byte strings, a random seed
    python bench/fuzz.py --examples 20000 --seed 7
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzzing import check_document, published, texts  # noqa: E402
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from vstrecha import Extractor  # noqa: E402
from vstrecha.io import InputError, decode  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=None, help="the run's seed (default: a random one, printed)")
    args = parser.parse_args()
    run_seed = args.seed if args.seed is not None else random.randrange(2**32)
    extractor = Extractor(plugins=False)
    counts = {"texts": 0, "bytes": 0}
    options = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    @seed(run_seed)
    @options
    @given(text=texts(), when=published())
    def extracted(text: str, when) -> None:
        counts["texts"] += 1
        check_document(extractor.extract(text, when), text)

    @seed(run_seed)
    @options
    @given(data=st.binary(max_size=2000))
    def decoded(data: bytes) -> None:
        counts["bytes"] += 1
        try:
            text, _ = decode(data, "x.txt")
        except InputError:
            return
        text.encode("utf-8")

    print(f"seed {run_seed}, {args.examples:,} examples each", flush=True)
    failures = 0
    for name, prove in (("texts", extracted), ("bytes", decoded)):
        started = time.perf_counter()
        outcome = "0 exceptions"
        try:
            prove()
        except Exception:  # noqa: BLE001 - the run reports what failed, with the input Hypothesis shrank it to
            failures += 1
            outcome = "FAILED (above: the smallest input found)"
            traceback.print_exc()
        seconds = time.perf_counter() - started
        print(f"{name}: {counts[name]:,} inputs in {seconds:.0f} s, {outcome}", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
