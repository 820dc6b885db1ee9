"""City mentions on the factRuEval-2016 devset, and the cost of loading the gazetteer.

Gold places: every object of type Location or LocOrg, its mention being the range from its first to its
last span. factRuEval marks every location, cities or not, so the two figures are:

- precision: a city mention of ours that overlaps no gold place is a false positive;
- recall: over the gold places whose name the gazetteer knows as a city, the share that a city
  mention of ours overlaps.

    python bench/cities_factrueval.py [DEVSET] [--misses N]
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

from vstrecha import Extractor
from vstrecha.facts.cities import Gazetteer
from vstrecha.grammar import Data, builtin_grammar_dir
from vstrecha.morph import shared_morph

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEVSET = ROOT / ".." / "shared" / "factrueval" / "devset"
PLACE_TYPES = {"Location", "LocOrg"}

Span = tuple[int, int]


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def gold_places(book: Path) -> list[Span]:
    """Location and LocOrg objects of a book as (start, stop) ranges over its text."""
    spans: dict[str, Span] = {}
    for line in read_text(book.with_suffix(".spans")).splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 4:
            start, length = int(fields[2]), int(fields[3])
            spans[fields[0]] = (start, start + length)
    places = []
    for line in read_text(book.with_suffix(".objects")).splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 3 and fields[1] in PLACE_TYPES:
            ranges = [spans[span] for span in fields[2:] if span in spans]
            if ranges:
                places.append((min(start for start, _ in ranges), max(stop for _, stop in ranges)))
    return sorted(set(places))


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def is_gazetteer_city(gazetteer: Gazetteer, text: str) -> bool:
    """The gold place is one of our cities: its name, in any case form, is a city in the gazetteer."""
    words = text.split()
    if len(words) == 1:
        entry = gazetteer.place(text)
    else:
        lemmas = [next(iter(gazetteer.morph(word)), None) for word in words]
        entry = gazetteer.by_name(
            " ".join(form.normalized if form else word for form, word in zip(lemmas, words, strict=True))
        )
    return entry is not None and entry.kind == "city"


@dataclass
class Score:
    predicted: int = 0
    precise: int = 0
    gold: int = 0
    recalled: int = 0

    def precision(self) -> float:
        return self.precise / self.predicted if self.predicted else 0.0

    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 0.0


def load_gazetteer() -> Gazetteer:
    return Gazetteer.from_data(Data([builtin_grammar_dir()]))


def measure_load() -> tuple[float, float]:
    """Seconds and MiB to read the gazetteer and venues, pymorphy3 being loaded already as in the pipeline.

    Timed without tracing; the memory is measured on a second load under tracemalloc.
    """
    shared_morph()
    started = time.perf_counter()
    load_gazetteer()
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    gazetteer = load_gazetteer()
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del gazetteer
    return elapsed, current / 2**20


def run(devset: Path, misses: int) -> Score:
    extractor = Extractor(plugins=False)
    extractor.grammars = [grammar for grammar in extractor.grammars if grammar.kind == "cities"]
    gazetteer = load_gazetteer()
    score, shown = Score(), 0
    for book in sorted(path.with_suffix("") for path in devset.glob("*.txt")):
        text = read_text(book.with_suffix(".txt"))
        places = gold_places(book)
        doc = extractor.analyze(text)
        mentions = [(found.start, found.stop) for found in doc.found["cities"]]
        cities = [span for span in places if is_gazetteer_city(gazetteer, text[span[0] : span[1]])]
        score.predicted += len(mentions)
        score.gold += len(cities)
        for mention in mentions:
            if any(overlaps(mention, place) for place in places):
                score.precise += 1
            elif shown < misses:
                shown += 1
                print(
                    f"{book.name}\textra\t{text[mention[0] : mention[1]]!r}\t{context(text, mention)!r}",
                    file=sys.stderr,
                )
        for city in cities:
            if any(overlaps(city, mention) for mention in mentions):
                score.recalled += 1
            elif shown < misses:
                shown += 1
                print(f"{book.name}\tmissed\t{text[city[0] : city[1]]!r}\t{context(text, city)!r}", file=sys.stderr)
    return score


def context(text: str, span: Span) -> str:
    return text[max(0, span[0] - 40) : span[1] + 20].replace("\n", " ")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--misses", type=int, default=0, help="print up to N wrong spans to stderr")
    args = parser.parse_args(argv)
    seconds, mebibytes = measure_load()
    score = run(args.devset, args.misses)
    print(f"city mentions: {score.predicted}, inside a gold place: {score.precise}, precision {score.precision():.3f}")
    print(f"gold places that are gazetteer cities: {score.gold}, found: {score.recalled}, recall {score.recall():.3f}")
    print(f"gazetteer load: {seconds * 1000:.0f} ms, {mebibytes:.1f} MiB")


if __name__ == "__main__":
    main()
